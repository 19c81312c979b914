"""Our own fixtures around the Discord simulator (SimCord, pinned in pyproject).

Tests talk to `World` only — members, channels, slash commands, clicks, time —
never to SimCord directly, so the simulator can be swapped by rewriting this file.

Every test gets the real bot from `create_bot(settings)` over its own copy of a
database built once per session (opening a new database ingests the seed
articles, which is the slow part).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
import simcord
from discord import app_commands

from bot.client import TransferBot, create_bot
from bot.cogs.errors import user_message
from bot.config import Settings, load_settings
from bot.models import Article, Claim, Extraction

DEV_GUILD_ID = 1_100_000_000_000_000_001
OWNER_ID = 4242


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bot.ingest import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"

    async def build() -> None:
        store = await open_database(load_settings(db=path))
        await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await store.close()

    asyncio.run(build())
    return path


@pytest.fixture
def settings(template_db: Path, tmp_path: Path) -> Settings:
    db = tmp_path / "t.db"
    shutil.copyfile(template_db, db)
    base = load_settings(db=db)
    # Whatever .env or the environment says, tests use the simulated guild and no real feeds.
    return base.model_copy(update={
        "dev_guild_id": DEV_GUILD_ID, "owner_ids": [OWNER_ID], "discord_token": None,
        "shard_count": 1, "question_rate": 50, "question_per_seconds": 60.0,
        "alert_interval_seconds": 15.0, "bot_poll_seconds": 60.0,
    })


class FakePoller:
    """Stands in for bot.ingest.polling.poll_due: ingests the articles a test queues, no network."""

    def __init__(self) -> None:
        self.queue: list[tuple[Article, Extraction]] = []
        self.calls = 0

    async def __call__(self, bot: TransferBot) -> list[Any]:
        self.calls += 1
        out = []
        while self.queue:
            article, extraction = self.queue.pop(0)
            out.append(await bot.store.add_article(article, extraction))
        return out


def make_bot(settings: Settings, poller: FakePoller) -> TransferBot:
    bot = create_bot(settings)
    bot.poller = poller
    return bot


@dataclass
class Reply:
    """What the bot answered to one action, whatever the simulator's shape for it."""

    message: discord.Message | None
    ephemeral: bool
    raw: Any = None

    @property
    def embeds(self) -> list[discord.Embed]:
        return list(self.message.embeds) if self.message else []

    @property
    def embed(self) -> discord.Embed:
        assert self.embeds, f"no embed in the reply: {self.text!r}"
        return self.embeds[0]

    @property
    def text(self) -> str:
        return self.message.content if self.message else ""

    @property
    def all_text(self) -> str:
        parts = [self.text]
        for e in self.embeds:
            parts += [e.title or "", e.description or "", e.footer.text or ""]
            parts += [f"{f.name} {f.value}" for f in e.fields]
        return "\n".join(parts)

    def buttons(self) -> list[str]:
        if not self.message:
            return []
        return [c.label or "" for row in self.message.components for c in getattr(row, "children", [row])
                if isinstance(c, discord.Button)]

    def select_options(self) -> dict[str, str]:
        """label -> value of the select menu's options."""
        if not self.message:
            return {}
        return {o.label: o.value for row in self.message.components for c in getattr(row, "children", [row])
                if isinstance(c, discord.SelectMenu) for o in c.options}


@dataclass
class World:
    env: simcord.Env
    settings: Settings
    poller: FakePoller
    guild: Any
    channel: Any
    bots: list[TransferBot] = field(default_factory=list)
    _acked: set[int] = field(default_factory=set)

    @property
    def bot(self) -> TransferBot:
        return self.env.bot  # type: ignore[return-value]

    # -- arrange -----------------------------------------------------------------------------
    def member(self, name: str, *, manage_channels: bool = False) -> Any:
        user = self.env.create_user(name)
        roles = []
        if manage_channels:
            roles.append(self.guild.create_role(f"{name}-mods",
                                                permissions=discord.Permissions(manage_channels=True)))
        return self.guild.add_member(user, roles=roles)

    def user(self, name: str) -> Any:
        return self.env.create_user(name)

    def text_channel(self, name: str, **kw: Any) -> Any:
        return self.guild.create_text_channel(name, **kw)

    def visible_commands(self, actor: Any) -> tuple[str, ...]:
        """The slash commands this member's client offers in #general."""
        return actor.available_commands(self.channel)

    def allow_command(self, command: str, actor: Any) -> None:
        """A server admin's per-command override (Integrations): let this member see the command."""
        for cmd in self.env.backend.commands.get(self.guild.id, {}).values():
            if cmd["name"] == command:
                self.guild.set_command_permissions(int(cmd["id"]), {actor: True})
                return
        raise AssertionError(f"no synced command {command!r}")

    def delete_channel(self, channel: Any) -> None:
        self.env.backend.delete_channel(channel.id)

    async def settle(self) -> None:
        await self.env.settle()

    # -- act ---------------------------------------------------------------------------------
    async def slash(self, actor: Any, command: str, /, *, where: Any = None, **options: Any) -> Reply:
        """Run a slash command as `actor` in `where` (default: #general); options by their names."""
        result = await actor.slash(where or self.channel, command, **options)
        return _reply(result)

    async def autocomplete(self, actor: Any, command: str, option: str, value: str, /,
                           **filled: Any) -> list[str]:
        choices = await actor.autocomplete(self.channel, command, option, value, **filled)
        return [c["name"] for c in choices]

    async def autocomplete_raw(self, actor: Any, command: str, option: str, value: str) -> list[dict]:
        return await actor.autocomplete(self.channel, command, option, value)

    async def say(self, actor: Any, text: str, channel: Any = None, reply_to: Any = None) -> Reply:
        channel = channel or self.channel
        before = {m.id for m in channel.history()}
        await actor.send(channel, text, reply_to=reply_to)
        new = [m for m in channel.history() if m.id not in before and m.author.id == self.bot.user.id]
        return Reply(new[-1] if new else None, False)

    async def dm(self, user: Any, text: str) -> Reply:
        await user.send_dm(text)
        mine = [m for m in user.dm_channel.history() if m.author.id == self.bot.user.id]
        return Reply(mine[-1] if mine else None, False)

    async def click(self, actor: Any, reply: Reply, label: str) -> Reply:
        assert reply.message is not None
        result = await actor.click(reply.message, label=label)
        return _reply(result, fallback=self._refetch(reply))

    async def choose(self, actor: Any, reply: Reply, value: str) -> Reply:
        assert reply.message is not None
        result = await actor.select(reply.message, [value])
        return _reply(result, fallback=self._refetch(reply))

    def _refetch(self, reply: Reply) -> discord.Message | None:
        assert reply.message is not None
        for m in self._history(reply.message.channel.id):
            if m.id == reply.message.id:
                return m
        return None

    def _history(self, channel_id: int) -> list[discord.Message]:
        from simcord.results import to_discord_message

        msgs = self.env.backend.messages.get(channel_id, {})
        return [to_discord_message(self.env, m) for m in sorted(msgs.values(), key=lambda m: m.id)]

    async def advance(self, seconds: float) -> None:
        await self.env.advance_time(seconds)

    async def restart(self) -> TransferBot:
        """The bot process dies and a new one starts over the same database (no clean shutdown)."""
        old = self.bot
        new = make_bot(self.settings, self.poller)
        await self.env.restart_bot(new)
        await old.close_store()  # the dead process's connection
        self.bots.append(new)
        return new

    async def store_article(self, text: str, claims: list[Claim], *, url: str | None = None,
                            title: str | None = None, date: dt.date = dt.date(2024, 1, 20)) -> list[int]:
        """Store an article with hand-made claims through the real Store (as ingest does)."""
        article = Article(text=text, date=date, origin=url or f"test/{abs(hash(text))}.txt", url=url, title=title)
        extraction = Extraction(claims=claims, players=[c.player for c in claims])
        result = await self.bot.store.add_article(article, extraction)
        return result.claim_ids

    # -- assert ------------------------------------------------------------------------------
    def bot_messages(self, channel: Any) -> list[discord.Message]:
        return [m for m in self._history(channel.id) if m.author.id == self.bot.user.id]

    def alerts(self, channel: Any) -> list[discord.Message]:
        """The alert posts in a channel (not answers to commands)."""
        return [m for m in self.bot_messages(channel)
                if any("alert #" in (e.footer.text or "") for e in m.embeds) or "alert #" in m.content]

    def all_messages(self) -> list[discord.Message]:
        out = []
        for cid in list(self.env.backend.messages):
            out += [m for m in self._history(cid) if m.author.id == self.bot.user.id]
        return out

    def user_errors(self) -> list[BaseException]:
        """Errors the bot reported to users (permission refusals, cooldowns...), acknowledged here."""
        return [e for e in self.env.errors if user_message(e) is not None]

    def unexpected_errors(self) -> list[BaseException]:
        """Bugs the bot ran into (fail the test at teardown unless acknowledged)."""
        return [e for e in self.env.errors if user_message(e) is None and id(e) not in self._acked]

    def acknowledge_errors(self) -> list[BaseException]:
        """A test that provokes a bug on purpose takes the errors here, so teardown does not fail."""
        errors = self.unexpected_errors()
        self._acked.update(id(e) for e in errors)
        return errors


def _reply(result: Any, fallback: discord.Message | None = None) -> Reply:
    msg = None
    followups = result.followups
    if followups:
        msg = followups[-1].message
        eph = followups[-1].ephemeral
    elif result.response is not None:
        msg = result.response.message
        eph = result.response.ephemeral
    else:
        msg, eph = fallback, False
    return Reply(msg, eph, result)


@pytest.fixture
def poller() -> FakePoller:
    return FakePoller()


@pytest.fixture
async def sim_env(settings: Settings, poller: FakePoller):
    """The simulator running the real bot, in a guild whose id is DEV_GUILD_ID (so setup_hook syncs there)."""
    bot = make_bot(settings, poller)
    env = simcord.Env(bot, shard_count=1, check_errors=False, approved_intents=discord.Intents.default())
    env.create_guild("Transfer Talk", id=DEV_GUILD_ID)
    await env.start()
    env._transferbot_bots = [bot]  # type: ignore[attr-defined]
    try:
        yield env
    finally:
        await env.shutdown()
        for b in env._transferbot_bots:  # type: ignore[attr-defined]
            await b.close_store()
            await b.fetcher.close()


@pytest.fixture
async def world(sim_env: simcord.Env, settings: Settings, poller: FakePoller):
    guild = sim_env.guild
    channel = guild.create_text_channel("general")
    w = World(env=sim_env, settings=settings, poller=poller, guild=guild, channel=channel,
              bots=sim_env._transferbot_bots)  # type: ignore[attr-defined]
    yield w
    unexpected = w.unexpected_errors()
    assert not unexpected, f"the bot raised unexpected errors: {unexpected!r}"


__all__ = ["OWNER_ID", "Reply", "World", "app_commands"]
