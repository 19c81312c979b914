"""Delivering alerts: a background loop posts the outbox rows that ingest queued, exactly once.

The outbox row is written in the claim's own transaction (bot.store.subscriptions
.enqueue_alerts), so nothing stored is ever forgotten. Delivery is:

1. `mark_sending(row, attempt_id, now)` — committed before the post;
2. post the alert; every alert carries its marker ("alert #<row id>") in the footer;
3. `mark_delivered(row, message_id)`.

The crash window is between 2 and 3: the message may be posted while the row
still says 'sending'. A row found in 'sending' (after a restart, or when step 3
failed) is therefore never posted blindly: the loop first reads the channel's
messages back to the moment the post started (however many came after it) for
one of ours with that marker, and only posts if there is none. So an alert is
posted once across restarts, however busy the channel was meanwhile. (Rows written before the start time was kept fall
back to the HISTORY_LOOKBACK newest messages.) The attempt id also goes out as
the message nonce (discord.py 2.7's `send` has no `enforce_nonce`, so Discord
does not dedupe on it; the marker check is what guarantees once).

Several processes (shard ranges, README "Running at scale"): each turn first *claims* its due
rows (`subs.claim_alerts`: `FOR UPDATE SKIP LOCKED` on PostgreSQL, then a lease of
`alert_lease_seconds`), only rows of guilds on this process's shards, so no two processes post
the same row; one killed -9 mid-post leaves its rows leased until the lease ends, and whoever
takes them then finds them 'sending' and looks before posting, as after a restart. On
PostgreSQL a NOTIFY from the transaction that queued alerts wakes delivery at once; the loop's
interval stays as the fallback (and is all there is on SQLite).

Failures: an unknown or forbidden channel drops its subscriptions (and their
undelivered alerts); anything else is retried with exponential backoff up to
`alert_max_attempts`. At most `alert_batch` alerts go out per turn, one at a
time; discord.py's HTTP client waits out Discord's rate-limit buckets, and a
429 that outlasts `max_ratelimit_timeout` becomes a retry with backoff.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import discord
from discord.ext import commands, tasks

from bot.cogs.common import embeds_allowed, messageable
from bot.render.embeds import alert_marker, alert_text, render_alert
from bot.store import subscriptions as subs

if TYPE_CHECKING:
    from bot.client import TransferBot

log = logging.getLogger(__name__)

HISTORY_LOOKBACK = 100  # only for 'sending' rows that have no start time
CLOCK_SKEW = dt.timedelta(minutes=1)  # our clock against Discord's snowflakes
BACKOFF_BASE = 30.0  # seconds; doubled per failed attempt
BACKOFF_MAX = 3600.0


def backoff(attempts: int) -> float:
    return min(BACKOFF_MAX, BACKOFF_BASE * 2 ** max(0, attempts - 1))


class Alerts(commands.Cog):
    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot
        self._lock = asyncio.Lock()  # one delivery at a time: the loop and the poller never race for a row
        self._waker: asyncio.Task[None] | None = None
        self._rewake = False
        self.listening = False
        self.deliver.change_interval(seconds=bot.settings.alert_interval_seconds)

    async def cog_load(self) -> None:
        self.deliver.start()
        try:
            self.listening = await self.store.listen_alerts(self._wake)
        except Exception:  # LISTEN is a speed-up: the loop's interval still delivers everything
            log.exception("could not listen for new alerts; delivering on the interval only")
            self.listening = False

    async def cog_unload(self) -> None:
        self.deliver.cancel()
        if self._waker is not None:
            self._waker.cancel()

    def _wake(self) -> None:
        """Alerts were queued (NOTIFY): deliver now. A burst of notifications makes one task, which takes
        another turn if more came while it was delivering (they may not have been claimable yet)."""
        self._rewake = True
        if self.bot.is_ready() and (self._waker is None or self._waker.done()):
            self._waker = asyncio.get_running_loop().create_task(self._deliver_on_wake())

    async def _deliver_on_wake(self) -> None:
        while self._rewake:
            self._rewake = False
            await self.deliver_now()

    def shards(self) -> subs.Shards | None:
        """The shards whose guilds this process delivers to; None when it runs them all."""
        ids = self.bot.settings.shard_ids()
        if ids is None:
            return None
        assert self.bot.settings.shard_count is not None
        return subs.Shards(tuple(ids), self.bot.settings.shard_count)

    @property
    def store(self):
        return self.bot.store

    @commands.Cog.listener()
    async def on_claims_stored(self, results: list) -> None:
        """New claims were stored (a poll, `/news read`): deliver what is due now, not at the loop's turn."""
        await self.deliver_now()

    @tasks.loop(seconds=15)
    async def deliver(self) -> None:
        try:
            await self.deliver_due()
        except Exception:  # the loop must survive anything; the rows stay and are retried next turn
            log.exception("alert delivery failed")

    @deliver.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    @contextlib.asynccontextmanager
    async def holding(self) -> AsyncIterator[None]:
        """No delivery turn runs in this block (the feed poll holds it while it stores articles)."""
        async with self._lock:
            yield

    async def deliver_now(self) -> int:
        """Deliver what is due now (after a poll), without waiting for the loop's turn."""
        try:
            return await self.deliver_due()
        except Exception:
            log.exception("alert delivery failed")
            return 0

    async def deliver_due(self) -> int:
        """One turn: deliver what is due now; returns the number of alerts posted."""
        async with self._lock:
            return await self._deliver_due()

    async def _deliver_due(self) -> int:
        now = discord.utils.utcnow().timestamp()
        posted = 0
        settings = self.bot.settings
        rows = await subs.claim_alerts(self.store, now, settings.alert_lease_seconds, limit=settings.alert_batch,
                                       shards=self.shards())
        for row in rows:
            if await self.deliver_one(row):
                posted += 1
        return posted

    async def _already_posted(self, channel: discord.abc.Messageable, row: subs.OutboxRow) -> discord.Message | None:
        marker = alert_marker(row.id)
        me = self.bot.user
        # Newest first, back to the moment the post started: every message since then is read,
        # however many. (Paging forward with `after=` would read fewer, but SimCord serves the
        # newest page after the id rather than the oldest, so it could not be tested.)
        if row.sending_at is not None:
            history = channel.history(limit=None)
            since = dt.datetime.fromtimestamp(row.sending_at, dt.UTC) - CLOCK_SKEW
        else:
            history = channel.history(limit=HISTORY_LOOKBACK)
            since = None
        try:
            async for msg in history:
                if since is not None and msg.created_at < since:
                    break
                if me is not None and msg.author.id != me.id:
                    continue
                texts = [msg.content] + [e.footer.text or "" for e in msg.embeds]
                if any(t and t.endswith(marker) for t in texts):
                    return msg
        except discord.Forbidden:  # no Read Message History: cannot check, so post (a duplicate beats a loss)
            return None
        return None

    async def deliver_one(self, row: subs.OutboxRow) -> bool:
        """Post one alert (or confirm an earlier attempt did); True when it was posted now."""
        posting = False
        try:
            sub = await subs.get_subscription(self.store, row.subscription_id) if row.subscription_id else None
            if sub is not None and sub.mode == "saga":  # one living message per player (bot/cogs/saga_delivery.py)
                from bot.cogs.saga_delivery import deliver_saga, saga_channel

                posting = True  # a failure may have posted: the retry looks first
                return await deliver_saga(self, row, sub, await saga_channel(self, row.channel_id))
            channel = await messageable(self.bot, row.channel_id)
            if row.status == "sending":  # an earlier attempt may have posted it: look before posting
                found = await self._already_posted(channel, row)
                if found is not None:
                    await subs.mark_delivered(self.store, row.id, found.id)
                    return False
            claims = await self.store.claims_by_id(row.claim_ids)
            if not claims:
                await subs.mark_failed(self.store, row.id, row.attempts, "claims no longer stored")
                return False
            following = sub.name if sub else claims[0].player
            chance = await self._likelihood(claims[0].player, claims[0].club)  # before the post is marked
            attempt = uuid.uuid4().hex[:20]
            sending = await subs.mark_sending(self.store, row.id, attempt, discord.utils.utcnow().timestamp())
            posting = True  # from here a failure may still have posted: the retry looks first
            if sorted(sending) != sorted(row.claim_ids):  # a report merged in since the row was read
                claims = await self.store.claims_by_id(sending) or claims
            if embeds_allowed(channel):
                msg = await channel.send(embed=render_alert(row.id, claims, following, chance), nonce=attempt)
            else:
                msg = await channel.send(alert_text(row.id, claims, following, chance), nonce=attempt)
            await subs.mark_delivered(self.store, row.id, msg.id)
            return True
        except (discord.NotFound, discord.Forbidden) as exc:
            log.info("dropping the subscriptions of channel %s: %s", row.channel_id, exc.text or exc)
            await subs.drop_channel(self.store, row.channel_id, f"{type(exc).__name__}: {exc.text or exc.code}")
            return False
        except (discord.HTTPException, discord.RateLimited, OSError, TimeoutError) as exc:
            await self._retry(row, exc, posting)
            return False

    async def _likelihood(self, player: str, club: str) -> float | None:
        """How likely the alerted link is now (None when it is not a live link, or on any failure: the
        alert matters more than its extra line)."""
        from bot.answer.likelihood import link_report

        try:
            lk, _ = await link_report(self.store, player, club, discord.utils.utcnow().date())
        except Exception:
            log.exception("likelihood for an alert failed")
            return None
        return None if lk is None else lk.probability

    async def _retry(self, row: subs.OutboxRow, exc: BaseException, posting: bool) -> None:
        attempts = row.attempts + 1
        if attempts >= self.bot.settings.alert_max_attempts:
            log.warning("giving up on alert %s after %d attempts: %s", row.id, attempts, exc)
            await subs.mark_failed(self.store, row.id, attempts, repr(exc))
            return
        wait = backoff(attempts)
        if isinstance(exc, discord.RateLimited):
            wait = max(wait, exc.retry_after)
        log.info("alert %s failed (%s); retrying in %.0f s", row.id, exc, wait)
        await subs.mark_retry(self.store, row.id, attempts, discord.utils.utcnow().timestamp() + wait, repr(exc),
                              status="sending" if posting else "pending")


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(Alerts(bot))
