"""`/subscribe player|club`, `/unsubscribe`, `/subscriptions`: a channel follows players or clubs.

Changing subscriptions needs Manage Channels: checked in the command (for the
target channel too) and set as the commands' default member permissions, so
server admins see the right defaults in Integrations. A new subscription alerts
only claims stored after it (no flood of history).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.checks import member_permissions, require_permissions_in
from bot.cogs.common import OwnedView, PagerView
from bot.cogs.errors import UserError
from bot.cogs.rumours import club_autocomplete, player_autocomplete
from bot.names import best_matches
from bot.render.embeds import clean
from bot.store import subscriptions as subs

if TYPE_CHECKING:
    from bot.client import TransferBot

MANAGE = discord.Permissions(manage_channels=True)
LIST_PAGE_CHARS = 3800  # an embed description holds 4,096

# "From this stage on": the value is STAGE[kind] (bot.models.STAGE); None = every report.
StageChoice = Literal["every report", "talks and beyond", "bids and beyond", "agreements and beyond",
                      "completed moves only"]
STAGE_OF: dict[str, int | None] = {"every report": None, "talks and beyond": 1, "bids and beyond": 2,
                                   "agreements and beyond": 3, "completed moves only": 4}
STAGE_NAME = {v: k for k, v in STAGE_OF.items()}
ModeChoice = Literal["alert", "saga", "digest"]


def describe(s: subs.Subscription) -> str:
    parts = [f"**{clean(s.name, 80)}** ({s.kind}) in <#{s.channel_id}>"]
    if s.min_stage is not None:
        parts.append(STAGE_NAME.get(s.min_stage, f"stage {s.min_stage}+"))
    if s.min_tier is not None:
        parts.append(f"sources of tier {s.min_tier} or better")
    if s.mode == "saga":
        parts.append("one living message per saga")
    if s.mode == "digest":
        parts.append(f"a daily digest at {s.digest_time} {s.digest_tz}")
    return " · ".join(parts)


_ZONES: list[str] = []


async def timezone_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """IANA timezone names containing what was typed (the list is read once)."""
    if not _ZONES:
        import zoneinfo

        _ZONES.extend(sorted(zoneinfo.available_timezones()))
    typed = (current or "").strip().lower().replace(" ", "_")
    names = [z for z in _ZONES if typed in z.lower()] if typed else ["UTC", "Europe/London", "Europe/Madrid",
                                                                       "America/New_York", "Asia/Tokyo"]
    return [app_commands.Choice(name=z, value=z) for z in names[:25]]


class PickEntity(OwnedView):
    """The name was ambiguous: pick which player or club to follow."""

    def __init__(self, cog: Subscriptions, owner_id: int, kind: str, candidates: list[tuple[int, str]],
                 params: dict) -> None:
        super().__init__(owner_id)
        self.cog, self.kind, self.params = cog, kind, params
        self.names = {str(eid): name for eid, name in candidates[:25]}
        select: discord.ui.Select = discord.ui.Select(placeholder=f"Which {kind} did you mean?", options=[
            discord.SelectOption(label=name[:100], value=str(eid)) for eid, name in candidates[:25]])
        select.callback = self._chosen  # type: ignore[method-assign]
        self.select = select
        self.add_item(select)

    async def _chosen(self, interaction: discord.Interaction) -> None:
        value = self.select.values[0]
        self.stop()
        text = await self.cog.subscribe_entity(interaction, self.kind, int(value), self.names[value], **self.params)
        await interaction.response.edit_message(content=text, embed=None, view=None)


class Subscriptions(commands.Cog):
    subscribe = app_commands.Group(name="subscribe", description="Post new transfer reports about a player or "
                                   "club in a channel", guild_only=True, default_permissions=MANAGE)

    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    @property
    def store(self):
        return self.bot.store

    # -- shared ----------------------------------------------------------------------------
    def _target(self, interaction: discord.Interaction, channel: discord.TextChannel | discord.ForumChannel | None,
                mode: str = "alert") -> discord.TextChannel | discord.Thread | discord.ForumChannel:
        target = channel or interaction.channel
        if isinstance(target, discord.ForumChannel) and mode != "saga":  # a forum holds posts, not messages
            raise UserError("A forum channel takes sagas (one post per player): choose mode saga, or a text channel.")
        if not isinstance(target, discord.TextChannel | discord.Thread | discord.ForumChannel) \
                or interaction.guild is None:
            raise UserError("Alerts can only go to a text channel in this server.")
        require_permissions_in(target, interaction.user, manage_channels=True)
        me = interaction.guild.me
        if me is not None:
            perms = target.permissions_for(me)
            if not (perms.view_channel and perms.send_messages):
                raise UserError(f"I can't post in {target.mention}: give me View Channel and Send Messages there.")
        return target

    async def _resolve(self, kind: str, name: str) -> list[tuple[int, str]]:
        # Indexed look-ups: loading every alias per command would be slow on a large database.
        return [(m.entity_id, m.name) for m in await best_matches(self.store, kind, name)]

    async def subscribe_entity(self, interaction: discord.Interaction, kind: str, entity_id: int, name: str, *,
                               channel_id: int, min_stage: int | None, min_tier: int | None,
                               mode: str = "alert", digest_time: str | None = None,
                               digest_tz: str | None = None) -> str:
        assert interaction.guild is not None
        next_at = None
        if mode == "digest" and digest_time and digest_tz:
            from bot.answer.digest import next_digest_at

            next_at = next_digest_at(discord.utils.utcnow(), digest_time, digest_tz)
        try:
            sub, created = await subs.add_subscription(
                self.store, guild_id=interaction.guild.id, channel_id=channel_id, kind=kind, entity_id=entity_id,
                name=name, min_stage=min_stage, min_tier=min_tier, created_by=interaction.user.id,
                limit=self.bot.settings.max_subscriptions_per_guild, mode=mode, digest_time=digest_time,
                digest_tz=digest_tz, next_digest_at=next_at)
        except subs.SubscriptionLimitReached:
            raise UserError(f"This server already has {self.bot.settings.max_subscriptions_per_guild} "
                            "subscriptions, the most it may have; remove one with /unsubscribe first.") from None
        verb = "Subscribed" if created else "Updated the subscription:"
        if mode == "digest" and next_at is not None:
            return (f"{verb} {describe(sub)}. One message a day with what changed; nothing on a day when "
                    f"nothing did. The first is due <t:{int(next_at)}:f>.")
        if mode == "saga":
            return (f"{verb} {describe(sub)}. The first new report about a player posts one message there (a "
                    "post, in a forum) that later reports edit; a completed move or a collapse gets a short "
                    "final note.")
        return f"{verb} {describe(sub)}. New reports will be posted there; past ones are not."

    async def _subscribe(self, interaction: discord.Interaction, kind: str, name: str, stage: str | None,
                         min_tier: int | None, channel: discord.TextChannel | discord.ForumChannel | None,
                         mode: str | None = None, time: str | None = None, timezone: str | None = None) -> None:
        target = self._target(interaction, channel, mode or "alert")
        digest_time = digest_tz = None
        if mode == "digest":
            from bot.answer.digest import DigestSettingError, parse_time, zone

            try:
                digest_time, digest_tz = parse_time(time or "18:00"), str(zone(timezone or "UTC"))
            except DigestSettingError as exc:
                raise UserError(str(exc)) from None
        elif time or timezone:
            raise UserError("A time and a timezone are for mode digest.")
        params: dict[str, Any] = {"channel_id": target.id, "min_stage": STAGE_OF.get(stage or "every report"),
                  "min_tier": min_tier, "mode": mode or "alert", "digest_time": digest_time, "digest_tz": digest_tz}
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = await self._resolve(kind, name)
        if not found:
            raise UserError(f"I don't know a {kind} called “{clean(name, 60)}”; pick one from the suggestions.")
        if len(found) > 1:
            view = PickEntity(self, interaction.user.id, kind, found, params)
            msg = await interaction.followup.send(f"“{clean(name, 60)}” could be several {kind}s: which one?",
                                                  view=view, ephemeral=True, wait=True)
            view.message = msg
            return
        eid, canonical = found[0]
        text = await self.subscribe_entity(interaction, kind, eid, canonical, **params)
        await interaction.followup.send(text, ephemeral=True)

    # -- commands ----------------------------------------------------------------------------
    @subscribe.command(name="player", description="Post new reports about a player in a channel")
    @app_commands.describe(name="The player", kinds="Only from this stage on, e.g. bids and beyond",
                           min_tier="Only sources of this reliability tier or better (1 = most reliable)",
                           channel="Where to post (default: here; a forum takes sagas)",
                           mode="alert: a message per new report; saga: one message per player, edited as news "
                                "arrives; digest: one message a day",
                           time="digest: the time of day, HH:MM (default 18:00)",
                           timezone="digest: the timezone of that time, e.g. Europe/London (default UTC)")
    @app_commands.autocomplete(name=player_autocomplete, timezone=timezone_autocomplete)
    @member_permissions(manage_channels=True)
    async def subscribe_player(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100],
                               kinds: StageChoice | None = None,
                               min_tier: app_commands.Range[int, 1, 4] | None = None,
                               channel: discord.TextChannel | discord.ForumChannel | None = None,
                               mode: ModeChoice | None = None, time: app_commands.Range[str, 1, 8] | None = None,
                               timezone: app_commands.Range[str, 1, 60] | None = None) -> None:
        await self._subscribe(interaction, "player", name, kinds, min_tier, channel, mode, time, timezone)

    @subscribe.command(name="club", description="Post new reports about a club in a channel")
    @app_commands.describe(name="The club", kinds="Only from this stage on, e.g. bids and beyond",
                           min_tier="Only sources of this reliability tier or better (1 = most reliable)",
                           channel="Where to post (default: here; a forum takes sagas)",
                           mode="alert: a message per new report; saga: one message per player, edited as news "
                                "arrives; digest: one message a day",
                           time="digest: the time of day, HH:MM (default 18:00)",
                           timezone="digest: the timezone of that time, e.g. Europe/London (default UTC)")
    @app_commands.autocomplete(name=club_autocomplete, timezone=timezone_autocomplete)
    @member_permissions(manage_channels=True)
    async def subscribe_club(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100],
                             kinds: StageChoice | None = None,
                             min_tier: app_commands.Range[int, 1, 4] | None = None,
                             channel: discord.TextChannel | discord.ForumChannel | None = None,
                             mode: ModeChoice | None = None, time: app_commands.Range[str, 1, 8] | None = None,
                             timezone: app_commands.Range[str, 1, 60] | None = None) -> None:
        await self._subscribe(interaction, "club", name, kinds, min_tier, channel, mode, time, timezone)

    async def _unsubscribe_autocomplete(self, interaction: discord.Interaction,
                                        current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild is None:
            return []
        out = []
        for s in await subs.list_subscriptions(self.store, guild_id=interaction.guild.id):
            channel = interaction.guild.get_channel(s.channel_id)
            label = f"{s.name} ({s.kind}) in #{channel.name if channel else s.channel_id}"
            if current.lower() in label.lower():
                out.append(app_commands.Choice(name=label[:100], value=str(s.id)))
        return out[:25]

    @app_commands.command(name="unsubscribe", description="Stop posting reports about a player or club")
    @app_commands.describe(subscription="The subscription to remove (start typing)")
    @app_commands.autocomplete(subscription=_unsubscribe_autocomplete)
    @app_commands.guild_only()
    @member_permissions(manage_channels=True)
    async def unsubscribe(self, interaction: discord.Interaction, subscription: str) -> None:
        assert interaction.guild is not None
        if not subscription.isdigit():
            raise UserError("Pick the subscription from the suggestions; /subscriptions lists them.")
        sub = await subs.get_subscription(self.store, int(subscription))
        if sub is None or sub.guild_id != interaction.guild.id:
            raise UserError("There is no such subscription in this server; /subscriptions lists them.")
        # The command's own check looked at the channel it was typed in; the subscription may post
        # elsewhere, and removing it needs Manage Channels there too (as adding it did).
        require_permissions_in(interaction.guild.get_channel_or_thread(sub.channel_id), interaction.user,
                               manage_channels=True)
        removed = await subs.remove_subscription(self.store, interaction.guild.id, sub.id)
        if removed is None:
            raise UserError("There is no such subscription in this server; /subscriptions lists them.")
        await interaction.response.send_message(f"Unsubscribed: {describe(removed)}.", ephemeral=True)

    @app_commands.command(name="subscriptions", description="The players and clubs this server follows")
    @app_commands.guild_only()
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        rows = await subs.list_subscriptions(self.store, guild_id=interaction.guild.id)
        limit = self.bot.settings.max_subscriptions_per_guild
        # Whole lines per page, never a description cut inside a line (or a channel mention).
        pages: list[list[str]] = [[]]
        size = 0
        for s in rows:
            line = f"• {describe(s)}"
            if pages[-1] and size + len(line) + 1 > LIST_PAGE_CHARS:
                pages.append([])
                size = 0
            pages[-1].append(line)
            size += len(line) + 1
        embeds = []
        for i, lines in enumerate(pages, 1):
            e = discord.Embed(title="Subscriptions", colour=discord.Colour.blurple(), description="\n".join(lines)
                              or "None yet. Someone with Manage Channels can add one with /subscribe.")
            e.set_footer(text=f"{len(rows)} of {limit}" + (f" · page {i} of {len(pages)}" if len(pages) > 1 else ""))
            embeds.append(e)
        if len(embeds) == 1:
            await interaction.response.send_message(embed=embeds[0], ephemeral=True)
            return
        view = PagerView(embeds, interaction.user.id)
        await interaction.response.send_message(embed=embeds[0], view=view, ephemeral=True)
        view.message = await interaction.original_response()

    # -- channels that go away ------------------------------------------------------------------
    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        await subs.drop_channel(self.store, channel.id, "channel deleted")

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await subs.drop_guild(self.store, guild.id)


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Subscriptions(bot))
