"""`/source name:`: a journalist's or outlet's measured record beside its shipped tier.

Autocomplete answers from a list of source names kept in memory (never a query per
keystroke); a background loop refreshes that list and the records the answers'
likelihoods read (bot.answer.scorecards.refresh_records), since new articles change both.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.cogs.errors import UserError
from bot.render.scorecards import scorecard_embed

if TYPE_CHECKING:
    from bot.client import TransferBot

log = logging.getLogger(__name__)

REFRESH_MINUTES = 30.0


class Sources(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot
        self.names: list[str] = []  # every source's name, for autocomplete

    async def cog_load(self) -> None:
        await self.refresh_names()
        self.refresh.start()

    async def cog_unload(self) -> None:
        self.refresh.cancel()

    async def refresh_names(self) -> None:
        if self.bot.store_is_open:
            self.names = sorted({r[0] for r in await self.bot.store.source_rows()}, key=str.casefold)

    @tasks.loop(minutes=REFRESH_MINUTES)
    async def refresh(self) -> None:
        from bot.answer.scorecards import refresh_records

        try:
            await self.refresh_names()
            if self.bot.store_is_open:
                await refresh_records(self.bot.store)
        except Exception:  # the loop must survive; the next turn tries again
            log.exception("refreshing source records failed")

    @refresh.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def name_autocomplete(self, interaction: discord.Interaction,
                                current: str) -> list[app_commands.Choice[str]]:
        from rapidfuzz import fuzz, process, utils

        if not current:
            names = self.names[:25]
        else:
            names = [n for n, _, _ in process.extract(current, self.names, scorer=fuzz.WRatio,
                                                       processor=utils.default_process, limit=25, score_cutoff=50)]
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names[:25]]

    @app_commands.command(name="source", description="A journalist's or outlet's record: how many of its "
                                                     "reported links came true")
    @app_commands.describe(name="The journalist or outlet (start typing for suggestions)")
    @app_commands.autocomplete(name=name_autocomplete)
    async def source(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        from bot.answer.scorecards import scorecard_for

        card, others = await scorecard_for(self.bot.store, name)
        if card is None:
            raise UserError(f"I don't know a source called “{name[:60]}”; start typing to see the ones I know.")
        await interaction.response.send_message(embed=scorecard_embed(card, others))


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Sources(bot))
