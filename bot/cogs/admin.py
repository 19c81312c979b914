"""Owner-only maintenance: `/sync` publishes the slash commands globally (discord.py: only on request)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.checks import owner_only

if TYPE_CHECKING:
    from bot.client import TransferBot


class Admin(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    @app_commands.command(name="sync", description="Owner only: publish the slash commands to every server")
    @owner_only()
    async def sync(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        synced = await self.bot.tree.sync()
        await interaction.followup.send(f"Synced {len(synced)} commands globally; Discord may take a while to "
                                        "show them everywhere.", ephemeral=True)


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Admin(bot))
