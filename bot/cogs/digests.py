"""Digest subscriptions: one message a day, at a local time, with what changed; nothing when nothing did.

The digest subscriptions of a channel due at the same time (same time of day and timezone)
share one message, a section per followed player or club, so a channel that follows ten
players gets one message a day, not ten.

Exactly once across crashes, like alerts: a digest is recorded 'sending' (with the claims it
covers) before it is posted, and marked delivered together with moving the subscription on.
An unfinished digest found at the next turn (after a restart, or a failed post) is looked for
in the channel by its marker ("digest #<id>") from the moment its post started, and posted
only when it is not there. An unknown or forbidden channel drops its subscriptions.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands, tasks

from bot.cogs.common import messageable
from bot.store import digests
from bot.store import subscriptions as subs

if TYPE_CHECKING:
    from bot.client import TransferBot

log = logging.getLogger(__name__)

CLOCK_SKEW = dt.timedelta(minutes=1)


class Digests(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot
        self._lock = asyncio.Lock()

    async def cog_load(self) -> None:
        self.send.start()

    async def cog_unload(self) -> None:
        self.send.cancel()

    @property
    def store(self):
        return self.bot.store

    @tasks.loop(seconds=60)
    async def send(self) -> None:
        try:
            await self.send_due()
        except Exception:  # the loop must survive; unfinished digests are resumed next turn
            log.exception("digest delivery failed")

    @send.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def send_due(self) -> int:
        """One turn: finish what a crash left, then the digests whose time has come; returns posts made."""
        from bot.answer.digest import next_digest_at

        posted = 0
        async with self._lock:
            for d in await digests.unfinished(self.store):
                posted += await self._deliver(d, look_first=True)
            now = discord.utils.utcnow()
            groups: dict[tuple[int, str, str], list[subs.Subscription]] = {}
            for sub in await digests.due_subscriptions(self.store, now.timestamp()):
                assert sub.digest_time is not None and sub.digest_tz is not None
                groups.setdefault((sub.channel_id, sub.digest_time, sub.digest_tz), []).append(sub)
            for (channel_id, at, tz), group in groups.items():
                next_at = next_digest_at(now, at, tz)
                parts = []
                for sub in group:
                    after = sub.digest_after_claim_id if sub.digest_after_claim_id is not None \
                        else sub.after_claim_id
                    rows = await digests.changed_claim_rows(self.store, sub, after)
                    if rows:
                        parts.append(digests.Part(sub.id, after, max(int(r[0]) for r in rows)))
                    else:  # nothing changed for it: only its next time
                        await digests.skip(self.store, sub.id, next_at)
                if parts:
                    d = await digests.start(self.store, channel_id, tz, parts, next_at, now.timestamp())
                    posted += await self._deliver(d, look_first=False)
        return posted

    async def _posted(self, channel: discord.abc.Messageable, d: digests.Digest) -> discord.Message | None:
        from bot.render.digest import digest_marker

        marker, me = digest_marker(d.id), self.bot.user
        since = dt.datetime.fromtimestamp(d.sending_at, dt.UTC) - CLOCK_SKEW
        try:
            async for msg in channel.history(limit=None):
                if msg.created_at < since:
                    break
                if me is not None and msg.author.id == me.id and any(
                        (e.footer.text or "").endswith(marker) for e in msg.embeds):
                    return msg
        except discord.Forbidden:  # cannot read history: post (a duplicate beats a loss)
            return None
        return None

    async def _deliver(self, d: digests.Digest, look_first: bool) -> int:
        from bot.answer.digest import digest_entries, zone
        from bot.answer.shapes import ClaimRow
        from bot.render.digest import digest_embed

        try:
            channel = await messageable(self.bot, d.channel_id)
            if look_first:
                found = await self._posted(channel, d)
                if found is not None:
                    await digests.finish(self.store, d, found.id)
                    return 0
            sections = []
            for part in d.parts:
                sub = await subs.get_subscription(self.store, part.subscription_id)
                if sub is None:  # unsubscribed meanwhile
                    continue
                rows = await digests.changed_claim_rows(self.store, sub, part.after_claim_id, part.through_claim_id)
                sections.append((sub.name, digest_entries(ClaimRow.from_row(r) for r in rows)))
            if not any(entries for _, entries in sections):
                await digests.drop(self.store, d.id)
                return 0
            day = dt.datetime.fromtimestamp(d.sending_at, zone(d.tz)).date().isoformat()
            msg = await channel.send(embed=digest_embed(d.id, sections, day))
            await digests.finish(self.store, d, msg.id)
            return 1
        except (discord.NotFound, discord.Forbidden) as exc:
            log.info("dropping the subscriptions of channel %s: %s", d.channel_id, exc)
            await subs.drop_channel(self.store, d.channel_id, f"{type(exc).__name__}")
            await digests.drop(self.store, d.id)
            return 0
        except (discord.HTTPException, OSError, TimeoutError) as exc:  # stays 'sending': next turn looks first
            log.info("digest %s failed (%s); trying again next turn", d.id, exc)
            return 0


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Digests(bot))
