"""SQL for digest subscriptions (migration 006): which are due, what changed, and the exactly-once record.

The digest subscriptions of one channel due at the same time share one message: a digests row
with a part per subscription (the claims it covers). It is written 'sending' before the post and
finished in one transaction that marks it delivered and moves every subscription in it on, so a
crash in between leaves a row the delivery loop resolves first (bot/cogs/digests.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.store.subscriptions import _STAGE_SQL, _SUB_COLUMNS, Subscription, _sub

_COLUMNS = "id, channel_id, tz, next_digest_at, status, sending_at, message_id"


@dataclass(frozen=True, slots=True)
class Part:
    subscription_id: int
    after_claim_id: int
    through_claim_id: int


@dataclass(frozen=True, slots=True)
class Digest:
    id: int
    channel_id: int
    tz: str
    next_digest_at: float
    status: str
    sending_at: float
    message_id: int | None
    parts: list[Part] = field(default_factory=list)


def _digest(r: Sequence[Any], parts: list[Part]) -> Digest:
    return Digest(int(r[0]), int(r[1]), str(r[2]), float(r[3]), str(r[4]), float(r[5]),
                  None if r[6] is None else int(r[6]), parts)


async def _with_parts(store, rows: Sequence[Sequence[Any]]) -> list[Digest]:
    out = []
    for r in rows:
        async with store.conn.execute("SELECT subscription_id, after_claim_id, through_claim_id FROM digest_parts "
                                      "WHERE digest_id = ? ORDER BY subscription_id", (r[0],)) as cur:
            parts = [Part(int(p[0]), int(p[1]), int(p[2])) for p in await cur.fetchall()]
        out.append(_digest(r, parts))
    return out


async def due_subscriptions(store, now: float) -> list[Subscription]:
    """Digest subscriptions whose time has come and that are in no unfinished digest."""
    cols = ", ".join(f"s.{c.strip()}" for c in _SUB_COLUMNS.split(","))
    async with store.conn.execute(
            f"SELECT {cols} FROM subscriptions s WHERE s.mode = 'digest' AND s.next_digest_at IS NOT NULL "
            "AND s.next_digest_at <= ? AND NOT EXISTS (SELECT 1 FROM digest_parts p JOIN digests d ON "
            "d.id = p.digest_id WHERE p.subscription_id = s.id AND d.status = 'sending') "
            "ORDER BY s.channel_id, s.next_digest_at, s.id", (now,)) as cur:
        return [_sub(r) for r in await cur.fetchall()]


async def unfinished(store) -> list[Digest]:
    async with store.conn.execute(f"SELECT {_COLUMNS} FROM digests WHERE status = 'sending' ORDER BY id") as cur:
        return await _with_parts(store, list(await cur.fetchall()))


async def list_digests(store) -> list[Digest]:
    async with store.conn.execute(f"SELECT {_COLUMNS} FROM digests ORDER BY id") as cur:
        return await _with_parts(store, list(await cur.fetchall()))


async def changed_claim_rows(store, sub: Subscription, after_id: int, through_id: int | None = None) -> list[tuple]:
    """The news claims the subscription follows stored after `after_id` (up to `through_id`), as
    _CLAIM_SELECT rows, oldest first: the player or club, its stage and tier filters."""
    from bot.store.store import _CLAIM_SELECT

    column = "c.player_id" if sub.kind == "player" else "c.club_id"
    sql = (_CLAIM_SELECT + f" WHERE {column} = ? AND c.past = 0 AND c.id > ?"
           + (" AND c.id <= ?" if through_id is not None else "")
           + (f" AND {_STAGE_SQL} >= ?" if sub.min_stage is not None else "")
           + (" AND s.tier IS NOT NULL AND s.tier <= ?" if sub.min_tier is not None else "")
           + " ORDER BY c.id")
    params: list[Any] = [sub.entity_id, after_id]
    if through_id is not None:
        params.append(through_id)
    if sub.min_stage is not None:
        params.append(sub.min_stage)
    if sub.min_tier is not None:
        params.append(sub.min_tier)
    async with store.conn.execute(sql, params) as cur:
        return list(await cur.fetchall())


async def skip(store, sub_id: int, next_at: float) -> None:
    """Nothing changed: no message, only the next time."""
    async with store.transaction() as db:
        await db.execute("UPDATE subscriptions SET next_digest_at = ? WHERE id = ?", (next_at, sub_id))


async def start(store, channel_id: int, tz: str, parts: list[Part], next_at: float, now: float) -> Digest:
    """Committed BEFORE the post."""
    async with store.transaction() as db:
        cur = await db.execute("INSERT INTO digests(channel_id, tz, next_digest_at, sending_at) VALUES (?, ?, ?, ?)",
                               (channel_id, tz, next_at, now))
        digest_id = cur.lastrowid
        await db.executemany("INSERT INTO digest_parts(digest_id, subscription_id, after_claim_id, through_claim_id) "
                             "VALUES (?, ?, ?, ?)",
                             [(digest_id, p.subscription_id, p.after_claim_id, p.through_claim_id) for p in parts])
        async with db.execute(f"SELECT {_COLUMNS} FROM digests WHERE id = ?", (digest_id,)) as c2:
            row = await c2.fetchone()
    assert row is not None
    return _digest(row, list(parts))


async def finish(store, digest: Digest, message_id: int | None) -> None:
    """Delivered, and every subscription in it moved on past the claims it covered, in one transaction."""
    async with store.transaction() as db:
        await db.execute("UPDATE digests SET status = 'delivered', message_id = ? WHERE id = ?",
                         (message_id, digest.id))
        await db.executemany("UPDATE subscriptions SET digest_after_claim_id = ?, next_digest_at = ? WHERE id = ?",
                             [(p.through_claim_id, digest.next_digest_at, p.subscription_id) for p in digest.parts])


async def drop(store, digest_id: int) -> None:
    async with store.transaction() as db:
        await db.execute("UPDATE digests SET status = 'dropped' WHERE id = ?", (digest_id,))
