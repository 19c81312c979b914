"""Settings in one place: environment variables and `.env`, read when asked, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.paths import PROJECT_ROOT, default_db_path, default_knowledge_dir

__all__ = ["PROJECT_ROOT", "Settings", "default_db_path", "default_knowledge_dir", "load_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TRANSFERBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
    )

    db: Path = Field(default_factory=default_db_path, description="the SQLite database file")
    knowledge_dir: Path = Field(default_factory=default_knowledge_dir)
    max_article_bytes: int = 5 * 1024 * 1024

    # Discord. The token is a secret: never printed, never logged.
    discord_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_TOKEN")
    dev_guild_id: int | None = Field(default=None, validation_alias="DEV_GUILD_ID")
    # The Discord bot (bot/client.py). Owners may run the global command sync; JSON list in the env.
    owner_ids: list[int] = Field(default_factory=list)
    shard_count: int | None = None  # None: Discord's recommendation (AutoShardedBot)
    max_subscriptions_per_guild: int = 25
    alert_interval_seconds: float = 15.0  # how often the delivery loop looks at the outbox
    alert_batch: int = 10  # alerts posted per loop turn at most (gentle on rate limits)
    alert_max_attempts: int = 8
    question_rate: int = 5  # questions per user ...
    question_per_seconds: float = 60.0  # ... per this many seconds
    bot_poll_feeds: bool = True  # the bot polls the feeds itself (bot.ingest.polling.poll_due)
    bot_poll_seconds: float = 60.0

    # Fetching from the network.
    allow_private_addresses: bool = False
    user_agent: str = "transferbot/0.1 (+https://github.com/transferbot/transferbot)"
    fetch_timeout: float = 20.0
    max_fetch_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    poll_interval_minutes: int = 30
    # Teaser pages fetched per feed per poll at most (at one a second per host, a feed of 5,000 teasers
    # would hold a poll for hours); the rest are fetched by the next polls.
    max_page_fetches_per_poll: int = 100
    # Politeness per host: requests at once, and seconds between the starts of two requests.
    fetch_host_concurrency: int = 2
    fetch_host_delay: float = 1.0
    # Backoff after a feed fails: the interval doubles per failure, capped here.
    poll_max_backoff_minutes: int = 24 * 60


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `.env`, with explicit overrides (CLI flags) on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
