"""Owner-only maintenance: `/sync` publishes the slash commands globally (discord.py: only on request)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import UserError

if TYPE_CHECKING:
    from bot.client import TransferBot


class NotOwner(UserError, app_commands.CheckFailure):
    """Raised by the owner check. Being a CheckFailure (an AppCommandError) is what makes discord.py route
    it to the tree's on_error, which answers with the sentence; a plain exception from a check would leave
    the user with no answer at all."""


async def is_owner(interaction: discord.Interaction) -> bool:
    """Owner-only commands (/sync, /news ...): the bot's owners, from the application or owner_ids."""
    if not await interaction.client.is_owner(interaction.user):  # type: ignore[attr-defined]
        raise NotOwner("Only the bot's owner can do that.")
    return True


class Admin(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    @app_commands.command(name="sync", description="Owner only: publish the slash commands to every server")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_owner)
    async def sync(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        synced = await self.bot.tree.sync()
        await interaction.followup.send(f"Synced {len(synced)} commands globally; Discord may take a while to "
                                        "show them everywhere.", ephemeral=True)


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Admin(bot))
