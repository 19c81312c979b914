"""How every failure in a command or a view reaches the user: one sentence, only to them.

`report_error` is the one path, used by the command tree's on_error and by every
view's on_error (Red-DiscordBot's redbot/core/tree.py is the model): an error the
user caused (a UserError, a missing permission, a cooldown) becomes its sentence;
anything else is logged with its traceback and the user gets an apology.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again later."


class UserError(Exception):
    """Something the user can fix; its message is one sentence shown to them only (ephemeral)."""


def user_message(error: BaseException) -> str | None:
    """The one sentence for an error the user caused, or None for a bug."""
    if isinstance(error, app_commands.CommandInvokeError | commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the {perms} permission to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I need the {perms} permission here to do that."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {max(1, round(error.retry_after))} s."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.TransformerError):
        return f"I couldn't understand {error.value!r}."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    return None


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """Respond, or follow up when the response is done; when the interaction has expired (Discord keeps
    its token for 15 minutes) say it in the channel instead; failing all, log. Never raises."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
        return
    except discord.NotFound:  # Unknown interaction / webhook: the token expired
        pass
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)
        return
    channel = interaction.channel
    try:
        if isinstance(channel, discord.abc.Messageable):
            await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException:
        log.warning("could not tell the user about an error (interaction expired)", exc_info=True)


async def report_error(interaction: discord.Interaction, error: BaseException, where: str = "") -> None:
    """The user's sentence for `error`, or a logged bug and an apology."""
    text = user_message(error)
    if text is None:
        if not where:
            where = f"/{interaction.command.qualified_name}" if interaction.command else "an interaction"
        log.error("Unexpected error in %s", where, exc_info=error)
        text = APOLOGY
    await send_ephemeral(interaction, text)
