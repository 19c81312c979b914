"""Settings in one place: environment variables and `.env`, read when asked, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.paths import PROJECT_ROOT, default_db_path, default_knowledge_dir

__all__ = ["PROJECT_ROOT", "Settings", "default_db_path", "default_knowledge_dir", "load_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TRANSFERBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
    )

    # A SQLite file path, or a postgresql:// URL (bot/store/base.py). A URL stays a string: as a
    # Path its '//' would collapse.
    db: Path | str = Field(default_factory=default_db_path, description="the SQLite file or a PostgreSQL URL")
    knowledge_dir: Path = Field(default_factory=default_knowledge_dir)
    max_article_bytes: int = 5 * 1024 * 1024
    # `transferbot ingest` of many articles extracts them in worker processes (bot/ingest/pool.py):
    # this many (None: one per available core; 0 or 1: none, extraction in a thread) once a run has
    # ingest_pool_min_articles articles (fewer do not pay the workers' start-up).
    ingest_workers: int | None = Field(default=None, ge=0)
    ingest_pool_min_articles: int = Field(default=300, ge=1)

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

    # Several bot processes (README "Running at scale"): the shards this process runs, e.g. "0-3",
    # of shard_count; None: every shard. Alert rows are leased to a process for this long.
    shards: str | None = None
    alert_lease_seconds: float = 120.0
    # A feed being polled is taken by one process (bot.store.feeds.claim_feed) for this long.
    poll_lease_minutes: int = 10

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


    @field_validator("db", mode="before")
    @classmethod
    def _db_target(cls, value: object) -> object:
        if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
            return value
        return Path(value) if isinstance(value, str) else value

    @field_validator("shards")
    @classmethod
    def _shard_range(cls, value: str | None) -> str | None:
        if value is not None:
            parse_shards(value)
        return value

    def shard_ids(self) -> list[int] | None:
        """The shard ids this process runs (`shards` within `shard_count`), None for every shard."""
        if self.shards is None:
            return None
        ids = parse_shards(self.shards)
        if self.shard_count is None or max(ids) >= self.shard_count:
            raise ValueError(f"shards {self.shards} need a shard_count above {max(ids)}")
        return ids


def parse_shards(text: str) -> list[int]:
    """'0-3' -> [0, 1, 2, 3]; '5' -> [5]; '0-1,4' -> [0, 1, 4]."""
    ids: set[int] = set()
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            raise ValueError(f"not a shard range: {text!r} (write it like 0-3)")
        first, last = int(lo), int(hi or lo)
        if last < first:
            raise ValueError(f"not a shard range: {text!r} (write it like 0-3)")
        ids.update(range(first, last + 1))
    return sorted(ids)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and `.env`, with explicit overrides (CLI flags) on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
