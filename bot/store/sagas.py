"""SQL for saga subscriptions (SQLite migration 006, Postgres 002): the living message of each
player's saga.

Delivery (bot/cogs/alerts.py) goes through the same outbox as alerts; these helpers keep
the saga's own state: which message is the living one, whether its first post started,
and whether the saga is closed. Written once for both backends on the neutral executor
(bot/store/sql.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.store.rows import _CLAIM_SELECT

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
    row = await store.db.fetchrow("SELECT COALESCE(MAX(last_claim_id), 0) FROM sagas WHERE subscription_id = ? "
                                  "AND player_id = ? AND status = 'closed'", (subscription_id, player_id))
    return int(row[0]) if row else 0


async def open_saga(store, subscription_id: int, player_id: int, channel_id: int, since_claim_id: int) -> Saga:
    """The player's open saga for the subscription, created when there is none."""
    async with store.tx() as db:
        row = await db.fetchrow(f"SELECT {_COLUMNS} FROM sagas WHERE subscription_id = ? AND player_id = ? "
                                "AND status = 'open' ORDER BY id DESC LIMIT 1", (subscription_id, player_id))
        if row is None:
            saga_id = await db.insert("INSERT INTO sagas(subscription_id, player_id, channel_id, since_claim_id) "
                                      "VALUES (?, ?, ?, ?)", (subscription_id, player_id, channel_id, since_claim_id))
            row = await db.fetchrow(f"SELECT {_COLUMNS} FROM sagas WHERE id = ?", (saga_id,))
    assert row is not None
    return _saga(row)


async def get_saga(store, saga_id: int) -> Saga | None:
    row = await store.db.fetchrow(f"SELECT {_COLUMNS} FROM sagas WHERE id = ?", (saga_id,))
    return _saga(row) if row else None


async def list_sagas(store, subscription_id: int | None = None) -> list[Saga]:
    sql, params = f"SELECT {_COLUMNS} FROM sagas", list[Any]()
    if subscription_id is not None:
        sql += " WHERE subscription_id = ?"
        params.append(subscription_id)
    return [_saga(r) for r in await store.db.fetch(sql + " ORDER BY id", params)]


async def _update(store, sql: str, params: Sequence[Any]) -> None:
    async with store.tx() as db:
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
    """The player's claims stored after `since_claim_id`, oldest first, as bot.store.rows._CLAIM_SELECT rows."""
    return await store.db.fetch(_CLAIM_SELECT + " WHERE c.player_id = ? AND c.id > ? ORDER BY c.date, c.id",
                                (player_id, since_claim_id))
