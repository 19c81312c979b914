"""The feed polling loop: every `bot_poll_seconds`, poll the feeds that are due (bot.ingest.polling.poll_due).

New claims reach the outbox in their own transaction as they are stored; the
loop then dispatches `claims_stored`, on which the Alerts cog delivers at once
instead of waiting for its turn.
Polling stops when the cog unloads. Set TRANSFERBOT_BOT_POLL_FEEDS=0 to leave
polling to a separate `transferbot poll` process (e.g. cron).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

if TYPE_CHECKING:
    from bot.client import TransferBot

log = logging.getLogger(__name__)


class Feeds(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot
        self.poll.change_interval(seconds=bot.settings.bot_poll_seconds)
        self.polls = 0

    async def cog_load(self) -> None:
        if self.bot.settings.bot_poll_feeds:
            self.poll.start()

    async def cog_unload(self) -> None:
        self.poll.cancel()

    @tasks.loop(seconds=60)
    async def poll(self) -> None:
        try:
            results = await self.bot.poller(self.bot)
        except Exception:  # a broken feed or network must not stop the loop
            log.exception("feed polling failed")
            return
        self.polls += 1
        new = [r for r in results if getattr(r, "status", None) == "new"]
        if new:
            log.info("polled feeds: %d new articles", len(new))
            self.bot.dispatch("claims_stored", new)

    @poll.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Feeds(bot))
