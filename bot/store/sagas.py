"""SQL for saga subscriptions (migration 006): the living message of each player's saga.

Delivery (bot/cogs/alerts.py) goes through the same outbox as alerts; these helpers keep
the saga's own state: which message is the living one, whether its first post started,
and whether the saga is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_COLUMNS = "id, subscription_id, player_id, channel_id, message_id, status, posting_at, since_claim_id"


@dataclass(frozen=True, slots=True)
class Saga:
    id: int
    subscription_id: int
    player_id: int
    channel_id: int
    message_id: int | None
    status: str
    posting_at: float | None
    since_claim_id: int


def _saga(r: Sequence[Any]) -> Saga:
    return Saga(*r)


async def closed_through(store, subscription_id: int, player_id: int) -> int:
    """The newest claim id a closed saga of the player already showed (0 when none): reports up to it
    belong to a saga that is over and open no new one."""
    async with store.conn.execute("SELECT COALESCE(MAX(last_claim_id), 0) FROM sagas WHERE subscription_id = ? "
                                  "AND player_id = ? AND status = 'closed'", (subscription_id, player_id)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def open_saga(store, subscription_id: int, player_id: int, channel_id: int, since_claim_id: int) -> Saga:
    """The player's open saga for the subscription, created when there is none."""
    async with store.transaction() as db:
        async with db.execute(f"SELECT {_COLUMNS} FROM sagas WHERE subscription_id = ? AND player_id = ? "
                              "AND status = 'open' ORDER BY id DESC LIMIT 1", (subscription_id, player_id)) as cur:
            row = await cur.fetchone()
        if row is None:
            cur = await db.execute("INSERT INTO sagas(subscription_id, player_id, channel_id, since_claim_id) "
                                   "VALUES (?, ?, ?, ?)", (subscription_id, player_id, channel_id, since_claim_id))
            async with db.execute(f"SELECT {_COLUMNS} FROM sagas WHERE id = ?", (cur.lastrowid,)) as c2:
                row = await c2.fetchone()
    assert row is not None
    return _saga(row)


async def get_saga(store, saga_id: int) -> Saga | None:
    async with store.conn.execute(f"SELECT {_COLUMNS} FROM sagas WHERE id = ?", (saga_id,)) as cur:
        row = await cur.fetchone()
    return _saga(row) if row else None


async def list_sagas(store, subscription_id: int | None = None) -> list[Saga]:
    sql, params = f"SELECT {_COLUMNS} FROM sagas", []
    if subscription_id is not None:
        sql += " WHERE subscription_id = ?"
        params.append(subscription_id)
    async with store.conn.execute(sql + " ORDER BY id", params) as cur:
        return [_saga(r) for r in await cur.fetchall()]


async def _update(store, sql: str, params: Sequence[Any]) -> None:
    async with store.transaction() as db:
        await db.execute(sql, params)


async def mark_posting(store, saga_id: int, at: float) -> None:
    """Committed BEFORE the first post, so a restart looks for the post before posting again."""
    await _update(store, "UPDATE sagas SET posting_at = ? WHERE id = ?", (at, saga_id))


async def set_message(store, saga_id: int, channel_id: int, message_id: int | None) -> None:
    """The living message (and, in a forum, the thread it opened); None forgets a deleted one."""
    await _update(store, "UPDATE sagas SET channel_id = ?, message_id = ?, posting_at = NULL WHERE id = ?",
                  (channel_id, message_id, saga_id))


async def close_saga(store, saga_id: int, last_claim_id: int) -> None:
    await _update(store, "UPDATE sagas SET status = 'closed', closed_at = ?, last_claim_id = ? WHERE id = ?",
                  (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), last_claim_id, saga_id))


async def saga_claim_rows(store, player_id: int, since_claim_id: int) -> list[tuple]:
    """The player's claims stored after `since_claim_id`, oldest first, as bot.store.store._CLAIM_SELECT rows."""
    from bot.store.store import _CLAIM_SELECT

    async with store.conn.execute(_CLAIM_SELECT + " WHERE c.player_id = ? AND c.id > ? ORDER BY c.date, c.id",
                                  (player_id, since_claim_id)) as cur:
        return list(await cur.fetchall())
