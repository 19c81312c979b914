"""`/rumours latest`, `/player`, `/club`: structured look-ups, with autocomplete from the database."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import build_reply
from bot.cogs.errors import UserError

if TYPE_CHECKING:
    from bot.answer.shapes import Answer
    from bot.client import TransferBot

TIMELINE_FILE = "timeline.png"
KindChoice = Literal["interest", "talks", "bid", "agreement", "signed", "loan", "ended"]


def complete_names(bot: TransferBot, kind: str, current: str) -> list[app_commands.Choice[str]]:
    """At once, from the cached resolver (an empty list while it warms up, never a slow query)."""
    from bot.answer.resolve import cached_resolver, get_resolver

    if not bot.store_is_open:
        return []
    store = bot.store
    resolver = cached_resolver(store)
    if resolver is None:
        bot.loop.create_task(get_resolver(store))  # warm it for the next keystroke
        return []
    names = resolver.complete(kind, current or "", limit=25)
    return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names[:25]]


async def player_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return complete_names(interaction.client, "player", current)  # type: ignore[arg-type]


async def club_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return complete_names(interaction.client, "club", current)  # type: ignore[arg-type]


def parse_since(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"“{value[:40]}” is not a date; use the form YYYY-MM-DD, e.g. 2024-01-18.") from None


class Rumours(commands.Cog):
    rumours = app_commands.Group(name="rumours", description="The newest transfer rumours")

    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    def _check_rate(self, interaction: discord.Interaction) -> None:
        limit = self.bot.question_limit
        retry = limit.retry_after(interaction.user.id)
        if retry:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(limit.rate, limit.per), retry)

    async def _send(self, interaction: discord.Interaction, answer: Answer, choose,
                    picture: bool = False) -> None:
        reply = build_reply(answer, interaction.user.id, choose)
        kwargs = reply.kwargs()
        if picture and answer.players and answer.intent == "profile":
            timeline = await self._timeline(answer.players[0])
            if timeline is not None:  # the saga's picture under the first page
                kwargs["file"] = timeline
                reply.embeds[0].set_image(url=f"attachment://{TIMELINE_FILE}")
        msg = await interaction.followup.send(wait=True, **kwargs)
        if reply.view is not None:
            reply.view.message = msg

    async def _timeline(self, player: str) -> discord.File | None:
        """The player's timeline image (drawn off the event loop), or None when he has no reports."""
        import asyncio
        import io

        from bot.answer.timeline import timeline_for
        from bot.render.timeline import timeline_png

        timeline = await timeline_for(self.bot.store, player)
        if timeline.empty:
            return None
        png = await asyncio.to_thread(timeline_png, timeline)
        return discord.File(io.BytesIO(png), filename=TIMELINE_FILE)

    @rumours.command(name="latest", description="The newest rumours, optionally about one player or club")
    @app_commands.describe(player="Only about this player", club="Only about this club",
                           kind="Only this stage (interest, talks, bid, ...)",
                           since="Only reports from this date on (YYYY-MM-DD)")
    @app_commands.autocomplete(player=player_autocomplete, club=club_autocomplete)
    async def latest(self, interaction: discord.Interaction, player: str | None = None, club: str | None = None,
                     kind: KindChoice | None = None, since: str | None = None) -> None:
        from bot.answer.compose import latest

        day = parse_since(since)  # a user error before we defer: answered ephemerally
        self._check_rate(interaction)
        await interaction.response.defer(thinking=True)
        store = self.bot.store
        answer = await latest(store, player=player, club=club, kind=kind, since=day)

        async def choose(name: str) -> Answer:
            if player and answer.suggestions and name in answer.suggestions and not answer.players:
                return await latest(store, player=name, club=club, kind=kind, since=day)
            return await latest(store, player=player, club=name, kind=kind, since=day)

        await self._send(interaction, answer, choose)

    async def _profile(self, interaction: discord.Interaction, kind: str, name: str) -> None:
        """/player and /club: the profile, with a menu when the name is ambiguous (a player's with his timeline)."""
        from bot.answer.compose import club_profile, player_profile

        profile = player_profile if kind == "player" else club_profile
        self._check_rate(interaction)
        await interaction.response.defer(thinking=True)
        store = self.bot.store

        async def choose(choice: str) -> Answer:
            return await profile(store, choice)

        await self._send(interaction, await profile(store, name), choose, picture=kind == "player")

    @app_commands.command(name="player", description="A player's profile: club, facts, live suitors, timeline")
    @app_commands.describe(name="The player (start typing for suggestions)")
    @app_commands.autocomplete(name=player_autocomplete)
    async def player(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        await self._profile(interaction, "player", name)

    @app_commands.command(name="club", description="A club's targets, incoming and outgoing")
    @app_commands.describe(name="The club (start typing for suggestions)")
    @app_commands.autocomplete(name=club_autocomplete)
    async def club(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        await self._profile(interaction, "club", name)


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Rumours(bot))
