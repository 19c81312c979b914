"""Permission checks that also set what Discord shows: one decorator per kind of guard.

A check alone lets everyone see a command they cannot use; default permissions
alone are advice a server admin can override. Each decorator here sets both
(RoboDanny's `hybrid_permissions_check` is the model), so a command states its
guard once. Discord ignores default permissions on subcommands: a group sets
them for its subcommands (`app_commands.Group(default_permissions=...)`), and
the check still runs on each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.cogs.errors import UserError

T = TypeVar("T")


class NotOwner(UserError, app_commands.CheckFailure):
    """Raised by the owner check. Being a CheckFailure (an AppCommandError) is what makes discord.py route
    it to the tree's on_error, which answers with the sentence; a plain exception from a check would leave
    the user with no answer at all."""


def member_permissions(**perms: bool) -> Callable[[T], T]:
    """The member needs `perms` in the channel: checked on every call, and the command's default."""
    def decorator(func: T) -> T:
        func = app_commands.checks.has_permissions(**perms)(func)
        return app_commands.default_permissions(**perms)(func)
    return decorator


def require_permissions_in(channel: Any, member: discord.abc.User, **perms: bool) -> None:
    """A check on another channel than the one the command was typed in (a subscription that posts
    elsewhere): the member needs `perms` there too, or a UserError names the channel. A channel the bot
    cannot see (deleted) or a member it does not know as one asks for nothing more."""
    if channel is None or not isinstance(member, discord.Member):
        return
    have = channel.permissions_for(member)
    missing = [name for name, value in perms.items() if value and not getattr(have, name)]
    if missing:
        names = " and ".join(name.replace("_", " ").title() for name in missing)
        raise UserError(f"You need the {names} permission in {channel.mention} to do that.")


async def is_owner(interaction: discord.Interaction) -> bool:
    """The bot's owners, from the application or owner_ids."""
    client: Any = interaction.client  # a commands.Bot: is_owner is not on discord.Client
    if not await client.is_owner(interaction.user):
        raise NotOwner("Only the bot's owner can do that.")
    return True


def owner_only() -> Callable[[T], T]:
    """Only the bot's owners may run it; hidden by default from everyone but administrators."""
    def decorator(func: T) -> T:
        func = app_commands.check(is_owner)(func)
        return app_commands.default_permissions(administrator=True)(func)
    return decorator
