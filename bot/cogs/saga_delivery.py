"""Delivering saga subscriptions: one living message per player's saga, edited as reports arrive.

Called by the Alerts cog for outbox rows of a subscription in `saga` mode, under its
delivery lock and with its error handling (an unknown channel drops the subscription,
anything else is retried). Exactly once, crash-safe, like alerts:

- **The first post** of a saga: `mark_posting` is committed before it, and the message id
  after. A saga found with a post started but no message id is looked for first (its marker
  "saga #<id>" in the footer; in a forum, the starter message of a thread it opened) and
  only posted when not found.
- **Later reports** edit the message with the saga as the database now has it. An edit
  says the whole state, so doing it twice (a crash before the row was marked) changes
  nothing. A deleted message or thread is posted anew.
- **The final note** (a completed move, or every club out): posted once per saga, with the
  outbox row's alert marker, looked for before posting again when the row was 'sending';
  then the saga closes, and later reports open a new one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

import discord

from bot.cogs.common import any_channel, messageable
from bot.store import sagas
from bot.store import subscriptions as subs

if TYPE_CHECKING:
    from bot.cogs.alerts import Alerts

CLOCK_SKEW = dt.timedelta(minutes=1)


async def _find_marked(cog: Alerts, channel: discord.abc.Messageable, marker: str, since: float | None,
                       limit: int = 100) -> discord.Message | None:
    """Our message in `channel` whose content or embed footer ends with `marker`, posted after `since`."""
    me = cog.bot.user
    start = dt.datetime.fromtimestamp(since, dt.UTC) - CLOCK_SKEW if since is not None else None
    try:
        async for msg in channel.history(limit=None if start else limit):
            if start is not None and msg.created_at < start:
                break
            if me is not None and msg.author.id != me.id:
                continue
            texts = [msg.content] + [e.footer.text or "" for e in msg.embeds]
            if any(t and t.endswith(marker) for t in texts):
                return msg
    except discord.Forbidden:  # cannot read history: post (a duplicate beats a loss)
        return None
    return None


async def _find_forum_post(cog: Alerts, forum: discord.ForumChannel, marker: str
                           ) -> tuple[discord.Thread, discord.Message] | None:
    """A post (thread) of ours in the forum whose starter message carries `marker`."""
    for thread in list(forum.threads):
        if cog.bot.user is None or thread.owner_id != cog.bot.user.id:
            continue
        try:
            msg = await thread.fetch_message(thread.id)  # a forum post's starter message has the thread's id
        except discord.HTTPException:
            continue
        if any((e.footer.text or "").endswith(marker) for e in msg.embeds):
            return thread, msg
    return None


async def saga_channel(cog: Alerts, channel_id: int) -> discord.abc.Messageable | discord.ForumChannel:
    """The subscription's channel: a text channel (or thread), or a forum whose posts are the sagas."""
    found = await any_channel(cog.bot, channel_id)
    assert isinstance(found, discord.abc.Messageable | discord.ForumChannel)
    return found


async def _living_message(cog: Alerts, saga: sagas.Saga, channel: discord.abc.Messageable | discord.ForumChannel,
                          player: str, embed: discord.Embed) -> tuple[discord.abc.Messageable, discord.Message
                                                                      | discord.PartialMessage]:
    """Edit the saga's message, or post it (once) when it has none yet."""
    from bot.render.saga import saga_marker

    store = cog.store
    if saga.message_id is not None:
        try:
            target = await messageable(cog.bot, saga.channel_id)
            partial = target.get_partial_message(saga.message_id)  # type: ignore[attr-defined]
            await partial.edit(embed=embed)
            return target, partial
        except discord.NotFound:  # deleted by someone: post it anew
            await sagas.set_message(store, saga.id, saga.channel_id, None)
            saga = await sagas.get_saga(store, saga.id) or saga
    marker = saga_marker(saga.id)
    if saga.posting_at is not None:  # a first post started before a crash: it may be there
        if isinstance(channel, discord.ForumChannel):
            post = await _find_forum_post(cog, channel, marker)
            if post is not None:
                await sagas.set_message(store, saga.id, post[0].id, post[1].id)
                await post[1].edit(embed=embed)
                return post
        else:
            found = await _find_marked(cog, channel, marker, saga.posting_at)
            if found is not None:
                await sagas.set_message(store, saga.id, channel.id, found.id)  # type: ignore[attr-defined]
                await found.edit(embed=embed)
                return channel, found
    await sagas.mark_posting(store, saga.id, discord.utils.utcnow().timestamp())
    if isinstance(channel, discord.ForumChannel):
        post = await channel.create_thread(name=player[:100], embed=embed)
        await sagas.set_message(store, saga.id, post.thread.id, post.message.id)
        return post.thread, post.message
    msg = await channel.send(embed=embed)
    await sagas.set_message(store, saga.id, msg.channel.id, msg.id)
    return channel, msg


async def deliver_saga(cog: Alerts, row: subs.OutboxRow, sub: subs.Subscription,
                       channel: discord.abc.Messageable | discord.ForumChannel) -> bool:
    """Bring the player's saga message up to date with this row's reports; True when something was posted
    or edited now."""
    from bot.answer.records import load_records
    from bot.answer.saga import saga_state
    from bot.answer.shapes import ClaimRow
    from bot.render.embeds import alert_marker
    from bot.render.saga import final_note, saga_embed

    store = cog.store
    claims = await store.claims_by_id(row.claim_ids)
    if not claims:
        await subs.mark_failed(store, row.id, row.attempts, "claims no longer stored")
        return False
    done_through = await sagas.closed_through(store, sub.id, row.player_id)
    if max(row.claim_ids) <= done_through:  # reports a closed saga already showed: nothing to add
        await subs.mark_delivered(store, row.id, None)
        return False
    was_sending = row.status == "sending"
    # A report merged into the row since it was read needs nothing more: the saga reads every claim of
    # the player stored since it opened, from the database, not the row's ids.
    await subs.mark_sending(store, row.id, uuid.uuid4().hex[:20], discord.utils.utcnow().timestamp())
    since = max(done_through, min(row.claim_ids) - 1)
    saga = await sagas.open_saga(store, sub.id, row.player_id, getattr(channel, "id", row.channel_id), since)
    rows = [ClaimRow.from_row(r) for r in await sagas.saga_claim_rows(store, row.player_id, saga.since_claim_id)]
    player = claims[0].player
    state = saga_state(player, rows, dt.date.today(), await load_records(store))
    target, message = await _living_message(cog, saga, channel, player, saga_embed(saga.id, state, sub.name))
    if state.outcome is not None:
        marker = alert_marker(row.id)
        already = await _find_marked(cog, target, marker, row.sending_at) if was_sending else None
        if already is None:
            await target.send(final_note(state, row.id))
        await sagas.close_saga(store, saga.id, max(r.id for r in rows) if rows else max(row.claim_ids))
    await subs.mark_delivered(store, row.id, message.id)
    return True
