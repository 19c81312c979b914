"""The Discord bot: `create_bot(settings)` builds it, `transferbot run` starts it.

Nothing here runs at import: no settings read, no bot built, no token touched.
`setup_hook` opens the store and the one long-lived HTTP fetcher (bot.sources.fetch:
the address guard and per-host politeness, shared by polling and `/news read`),
loads the cogs, and syncs the commands to DEV_GUILD_ID when it is set; the global sync happens only on
request (`transferbot sync`, or the owner-only `/sync`), as discord.py advises. It ends by freezing the
start-up heap out of garbage collection (`freeze_startup_heap`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.errors import UserError, report_error
from bot.config import Settings, load_settings
from bot.ratelimit import UserRateLimit

if TYPE_CHECKING:
    from bot.ingest import Ingestor
    from bot.sources.fetch import Fetcher
    from bot.store import Store

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.cogs.ask",
    "bot.cogs.rumours",
    "bot.cogs.subscriptions",
    "bot.cogs.alerts",
    "bot.cogs.feeds",
    "bot.cogs.news",
    "bot.cogs.admin",
    "bot.cogs.sources",
    "bot.cogs.digests",
)


def intents() -> discord.Intents:
    """No privileged intents: a mention and a DM carry their content without message_content."""
    i = discord.Intents.default()
    i.members = False
    i.presences = False
    i.message_content = False
    return i


class TransferTree(app_commands.CommandTree):
    """Every app-command failure gets an answer: one ephemeral sentence, or a logged bug and an apology."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await report_error(interaction, error)


class StoreNotOpen(UserError):
    """The store is opened in setup_hook, before the bot connects; nothing should ask for it earlier."""


Poller = Callable[["TransferBot"], Awaitable[list[Any]]]


async def default_poller(bot: TransferBot) -> list[Any]:
    """Poll the feeds that are due (bot.ingest.polling.poll_due); new claims reach the outbox as they are stored."""
    from bot.ingest.polling import poll_due

    ingestor = bot.ingestor()
    return await poll_due(ingestor.store, bot.settings, bot.fetcher, ingestor=ingestor)


class TransferBot(commands.AutoShardedBot):
    _heap_frozen_by: int | None = None  # id() of the bot whose start-up froze the heap (one per process)

    def __init__(self, settings: Settings) -> None:
        options: dict[str, Any] = {}
        if settings.owner_ids:
            options["owner_ids"] = set(settings.owner_ids)
        shard_ids = settings.shard_ids()  # this process's range (--shards), of shard_count
        if shard_ids is not None:
            options["shard_ids"] = shard_ids
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            tree_cls=TransferTree,
            shard_count=settings.shard_count,
            max_ratelimit_timeout=60.0,
            activity=discord.Activity(type=discord.ActivityType.listening, name="transfer rumours"),
            **options,
        )
        self.settings = settings
        self._store: Store | None = None
        self._fetcher: Fetcher | None = None
        self.poller: Poller = default_poller
        self.extension_failures: dict[str, BaseException] = {}
        self._ingestor: Ingestor | None = None
        # One budget per user for everything that answers from the database: /ask, messages, /player,
        # /club and /rumours (a member could otherwise run the answer path without limit).
        self.question_limit = UserRateLimit(settings.question_rate, settings.question_per_seconds)

    def ingestor(self) -> Ingestor:
        """The bot's one Ingestor (polling and /news read): its gazetteer is loaded once, not at every poll."""
        if self._ingestor is None or self._ingestor.store is not self.store:
            from bot.ingest import Ingestor

            self._ingestor = Ingestor(self.store, self.settings)
        return self._ingestor

    @property
    def store(self) -> Store:
        """The database; always there once setup_hook has run (before any command or event)."""
        if self._store is None:
            raise StoreNotOpen("The database is not open yet; try again in a moment.")
        return self._store

    @property
    def store_is_open(self) -> bool:
        """False only before setup_hook (autocomplete, which must answer at once, asks)."""
        return self._store is not None

    @property
    def fetcher(self) -> Fetcher:
        """The bot's one HTTP fetcher, for polling and `/news read` (opened in setup_hook)."""
        if self._fetcher is None:
            from bot.sources.fetch import Fetcher

            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    async def setup_hook(self) -> None:
        from bot.answer.resolve import get_resolver
        from bot.ingest import open_database

        self._store = await open_database(self.settings)
        await self.fetcher.open()
        await get_resolver(self.store)  # warm, so autocomplete answers at once
        for ext in EXTENSIONS:
            try:
                await self.load_extension(ext)
            except Exception as exc:
                self.extension_failures[ext] = exc
                log.exception("failed to load extension %s", ext)
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to the development guild %s", len(synced), guild.id)
        self.freeze_startup_heap()

    def freeze_startup_heap(self) -> None:
        """Leave what start-up loaded out of every later garbage collection: one full collection now, then
        gc.freeze() moves every object alive (the knowledge, the resolver's name index, the cogs,
        discord.py's own) to the permanent generation, which collections never walk.

        A full collection walks every container object the process holds, and whichever thread allocates
        runs it holding the GIL: the event loop runs nothing meanwhile. Over the start-up heap that was
        0.1 s with the shipped knowledge and 0.26 s at 50,000 players (bench/bench_loop_stall.py --bot),
        repeated whenever allocations add up (the resolver rebuilt after a poll stored a new player), so a
        running bot stalled. Frozen objects are still freed by reference counting; what start-up made and
        later drops inside a reference cycle is kept until close_store() unfreezes."""
        gc.collect()
        gc.freeze()
        TransferBot._heap_frozen_by = id(self)
        log.info("start-up heap frozen out of garbage collection: %d objects", gc.get_freeze_count())

    async def on_message(self, message: discord.Message) -> None:
        # No prefix commands: questions in messages are handled by the Ask cog's listener.
        return

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guilds", self.user, len(self.guilds))

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            if self._fetcher is not None:
                await self._fetcher.close()
                self._fetcher = None
            await self.close_store()

    async def close_store(self) -> None:
        if self._store is not None:
            await self._store.close()
            self._store = None
        if TransferBot._heap_frozen_by == id(self):  # this bot's start-up heap may go now (tests start many)
            TransferBot._heap_frozen_by = None
            gc.unfreeze()


def create_bot(settings: Settings | None = None) -> TransferBot:
    """The bot, built from `settings` (default: the environment and `.env`, like the CLI)."""
    return TransferBot(settings if settings is not None else load_settings())


async def sync_global(settings: Settings) -> int:
    """Log in with the token, sync the commands globally, log out (`transferbot sync`)."""
    if settings.discord_token is None:
        raise UserError("DISCORD_TOKEN is not set")
    bot = create_bot(settings)
    async with bot:
        await bot.login(settings.discord_token.get_secret_value())  # runs setup_hook: cogs loaded
        synced = await bot.tree.sync()
    return len(synced)
