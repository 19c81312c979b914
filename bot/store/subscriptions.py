"""Subscriptions (a Discord channel follows a player or a club) and the alert outbox.

SQL for the Discord layer, kept beside the store. Two halves:

- `enqueue_alerts(db, claim_ids)` runs INSIDE `Store.add_article`'s transaction,
  so the claim and its outbox row commit together (no claim without its alert,
  no alert without its claim). It writes one row per (subscription, player,
  club, kind); reports of a link that already has an undelivered row are merged
  into it, so several reports of one link in one poll become one alert.
- The delivery side (`due_alerts`, `mark_sending`, `mark_delivered`, ...) is
  what the bot's background loop calls. See bot/cogs/alerts.py for the
  exactly-once protocol (pending -> sending(attempt id) -> post -> delivered,
  with a marker in every alert so a restart can tell whether a 'sending' row
  was already posted).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.stages import STAGE

# SQL for STAGE[kind], so a subscription's "from this stage on" filter runs in the query.
_STAGE_SQL = "CASE c.kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in STAGE.items()) + " ELSE -1 END"


class SubscriptionLimitReached(Exception):
    """The guild already has as many subscriptions as it may."""


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    guild_id: int
    channel_id: int
    kind: str  # "player" | "club"
    entity_id: int
    name: str
    min_stage: int | None
    min_tier: int | None
    created_by: int | None
    after_claim_id: int
    mode: str = "alert"  # "alert": a message per report; "saga": one living message per player; "digest" (006)
    digest_time: str | None = None  # 'HH:MM' in digest_tz
    digest_tz: str | None = None
    digest_after_claim_id: int | None = None
    next_digest_at: float | None = None


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    subscription_id: int | None
    channel_id: int
    player_id: int
    club_id: int
    kind: str
    claim_ids: list[int]
    status: str
    attempts: int
    next_attempt_at: float
    attempt_id: str | None
    message_id: int | None
    sending_at: float | None = None  # unix seconds when the latest post started


_SUB_COLUMNS = ("id, guild_id, channel_id, kind, entity_id, name, min_stage, min_tier, created_by, "
                "after_claim_id, mode, digest_time, digest_tz, digest_after_claim_id, next_digest_at")
_OUTBOX_COLUMNS = ("id, subscription_id, channel_id, player_id, club_id, kind, claim_ids, status, attempts, "
                   "next_attempt_at, attempt_id, message_id, sending_at")


def _sub(r: Sequence[Any]) -> Subscription:
    return Subscription(*r)


def _row(r: Sequence[Any]) -> OutboxRow:
    return OutboxRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8], r[9], r[10], r[11], r[12])


# -- inside the claim transaction -------------------------------------------------------

def _alert_matches_sql(n_ids: int) -> str:
    return (
        f"SELECT s.id, s.channel_id, c.player_id, c.club_id, c.kind, c.id "
        f"FROM claims c JOIN subscriptions s ON "
        f"  ((s.kind = 'player' AND s.entity_id = c.player_id) OR (s.kind = 'club' AND s.entity_id = c.club_id)) "
        f"LEFT JOIN sources src ON src.id = c.source_id "
        f"WHERE c.id IN ({','.join('?' * n_ids)}) AND c.past = 0 AND c.id > s.after_claim_id "
        f"  AND s.mode <> 'digest' "  # a digest subscription posts its daily message instead (bot/store/digests.py)
        f"  AND (s.min_stage IS NULL OR {_STAGE_SQL} >= s.min_stage) "
        f"  AND (s.min_tier IS NULL OR (src.tier IS NOT NULL AND src.tier <= s.min_tier)) "
        f"ORDER BY s.id, c.id")


def enqueue_alerts_sync(con: sqlite3.Connection, claim_ids: Iterable[int]) -> int:
    """Queue alerts for new claims; call inside the transaction that inserted them, on the database
    thread (bot.store.writes runs an article's whole transaction there). Returns rows touched.

    A claim alerts a subscription when it is news (not `past`), about the followed
    player or club, stored after the subscription was made, at or beyond its
    stage, and from a source of its tier or better; digest subscriptions get no
    alert per report.
    """
    ids = [int(i) for i in claim_ids]
    if not ids:
        return 0
    matches = con.execute(_alert_matches_sql(len(ids)), ids).fetchall()
    groups: dict[tuple[int, int, int, int, str], list[int]] = {}
    for sid, channel_id, pid, cid, kind, claim_id in matches:
        groups.setdefault((sid, channel_id, pid, cid, kind), []).append(claim_id)
    for (sid, channel_id, pid, cid, kind), claims in groups.items():
        open_row = con.execute(
            "SELECT id, claim_ids FROM outbox WHERE subscription_id = ? AND player_id = ? AND club_id = ? "
            "AND kind = ? AND status = 'pending' ORDER BY id DESC LIMIT 1", (sid, pid, cid, kind)).fetchone()
        if open_row is not None:  # not posted yet: one alert for every report of this link
            merged = sorted(set(json.loads(open_row[1])) | set(claims))
            con.execute("UPDATE outbox SET claim_ids = ? WHERE id = ?", (json.dumps(merged), open_row[0]))
        else:
            con.execute(
                "INSERT INTO outbox(subscription_id, channel_id, player_id, club_id, kind, claim_ids) "
                "VALUES (?, ?, ?, ?, ?, ?)", (sid, channel_id, pid, cid, kind, json.dumps(claims)))
    return len(groups)


async def enqueue_alerts(db: aiosqlite.Connection, claim_ids: Iterable[int]) -> int:
    """enqueue_alerts_sync from the event loop, inside a transaction opened with Store.transaction()."""
    from bot.store.dbthread import in_db_thread

    return await in_db_thread(db, enqueue_alerts_sync, list(claim_ids))


async def forget_claims(db: aiosqlite.Connection, claim_ids: set[int]) -> int:
    """Take removed claims out of the alerts not posted yet (inside the removing transaction); an alert
    left with no claim is dropped. Returns the alerts touched."""
    touched = 0
    async with db.execute("SELECT id, claim_ids FROM outbox WHERE status = 'pending'") as cur:
        rows = await cur.fetchall()
    for oid, raw in rows:
        ids = json.loads(raw)
        kept = [i for i in ids if i not in claim_ids]
        if len(kept) == len(ids):
            continue
        touched += 1
        if kept:
            await db.execute("UPDATE outbox SET claim_ids = ? WHERE id = ?", (json.dumps(kept), oid))
        else:
            await db.execute("UPDATE outbox SET status = 'dropped', last_error = 'article removed' WHERE id = ?",
                             (oid,))
    return touched


# -- subscriptions -------------------------------------------------------------------------

async def add_subscription(store, *, guild_id: int, channel_id: int, kind: str, entity_id: int, name: str,
                           min_stage: int | None = None, min_tier: int | None = None,
                           created_by: int | None = None, limit: int = 25,
                           mode: str = "alert", digest_time: str | None = None, digest_tz: str | None = None,
                           next_digest_at: float | None = None) -> tuple[Subscription, bool]:
    """Subscribe a channel; returns (subscription, created). Re-subscribing updates the filters.

    Raises SubscriptionLimitReached when the guild has `limit` subscriptions already.
    """
    async with store.transaction() as db:
        async with db.execute(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE channel_id = ? AND kind = ? "
                              "AND entity_id = ?", (channel_id, kind, entity_id)) as cur:
            existing = await cur.fetchone()
        if existing is not None:
            await db.execute("UPDATE subscriptions SET min_stage = ?, min_tier = ?, mode = ?, digest_time = ?, "
                             "digest_tz = ?, next_digest_at = ?, "
                             # a digest starts from now, unless it already was one (no repeat of past alerts)
                             "digest_after_claim_id = CASE WHEN mode = 'digest' THEN COALESCE(digest_after_claim_id, "
                             "after_claim_id) ELSE (SELECT COALESCE(MAX(id), 0) FROM claims) END WHERE id = ?",
                             (min_stage, min_tier, mode, digest_time, digest_tz, next_digest_at, existing[0]))
            created = False
            sid = existing[0]
        else:
            async with db.execute("SELECT COUNT(*) FROM subscriptions WHERE guild_id = ?", (guild_id,)) as cur:
                row = await cur.fetchone()
            if row is not None and row[0] >= limit:
                raise SubscriptionLimitReached(limit)
            # The newest claim now: only claims stored after this alert (no flood of history).
            async with db.execute("SELECT COALESCE(MAX(id), 0) FROM claims") as cur:
                row = await cur.fetchone()
            watermark = int(row[0]) if row else 0
            cur = await db.execute(
                "INSERT INTO subscriptions(guild_id, channel_id, kind, entity_id, name, min_stage, min_tier, "
                "created_by, after_claim_id, mode, digest_time, digest_tz, digest_after_claim_id, next_digest_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, kind, entity_id, name, min_stage, min_tier, created_by, watermark, mode,
                 digest_time, digest_tz, watermark, next_digest_at))
            sid = cur.lastrowid
            created = True
        async with db.execute(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ?", (sid,)) as cur:
            row = await cur.fetchone()
    assert row is not None
    return _sub(row), created


async def list_subscriptions(store, guild_id: int | None = None, channel_id: int | None = None) -> list[Subscription]:
    where, params = [], []
    if guild_id is not None:
        where.append("guild_id = ?")
        params.append(guild_id)
    if channel_id is not None:
        where.append("channel_id = ?")
        params.append(channel_id)
    sql = f"SELECT {_SUB_COLUMNS} FROM subscriptions" + (" WHERE " + " AND ".join(where) if where else "")
    async with store.conn.execute(sql + " ORDER BY id", params) as cur:
        return [_sub(r) for r in await cur.fetchall()]


async def get_subscription(store, sub_id: int) -> Subscription | None:
    async with store.conn.execute(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ?", (sub_id,)) as cur:
        row = await cur.fetchone()
    return _sub(row) if row else None


async def remove_subscription(store, guild_id: int, sub_id: int) -> Subscription | None:
    """Remove one of a guild's subscriptions and drop its undelivered alerts; None if there is none."""
    async with store.transaction() as db:
        async with db.execute(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ? AND guild_id = ?",
                              (sub_id, guild_id)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        await db.execute("UPDATE outbox SET status = 'dropped' WHERE subscription_id = ? "
                         "AND status IN ('pending', 'sending')", (sub_id,))
        await db.execute("DELETE FROM subscriptions WHERE id = ?", (sub_id,))
    return _sub(row)


async def drop_channel(store, channel_id: int, reason: str = "channel gone") -> int:
    """Drop every subscription of a channel (deleted, or the bot may no longer post there)."""
    async with store.transaction() as db:
        await db.execute("UPDATE outbox SET status = 'dropped', last_error = ? WHERE channel_id = ? "
                         "AND status IN ('pending', 'sending')", (reason, channel_id))
        cur = await db.execute("DELETE FROM subscriptions WHERE channel_id = ?", (channel_id,))
        return cur.rowcount or 0


async def drop_guild(store, guild_id: int) -> int:
    subs = await list_subscriptions(store, guild_id=guild_id)
    for channel_id in {s.channel_id for s in subs}:
        await drop_channel(store, channel_id, "bot left the guild")
    return len(subs)


# -- delivery ------------------------------------------------------------------------------

async def due_alerts(store, now: float, limit: int = 20) -> list[OutboxRow]:
    """Due rows: 'sending' ones (an earlier attempt never finished: look before posting) first, then pending."""
    async with store.conn.execute(
        f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= ? "
        f"ORDER BY status = 'sending' DESC, next_attempt_at, id LIMIT ?", (now, limit)) as cur:
        return [_row(r) for r in await cur.fetchall()]


async def outbox_rows(store, status: str | None = None) -> list[OutboxRow]:
    sql = f"SELECT {_OUTBOX_COLUMNS} FROM outbox"
    params: list[Any] = []
    if status is not None:
        sql += " WHERE status = ?"
        params.append(status)
    async with store.conn.execute(sql + " ORDER BY id", params) as cur:
        return [_row(r) for r in await cur.fetchall()]


async def _update(store, sql: str, params: Sequence[Any]) -> None:
    async with store.transaction() as db:
        await db.execute(sql, params)


async def mark_sending(store, row_id: int, attempt_id: str, at: float) -> list[int]:
    """Committed BEFORE the post: a crash after this leaves a 'sending' row the next run checks first,
    reading the channel from `at` (unix seconds) on.

    Returns the row's claim ids as they are when it stops taking merges: an article stored between
    due_alerts() and this call may have merged a report into the pending row, and the post must
    show it, or it would be marked delivered unseen."""
    async with store.transaction() as db:
        await db.execute("UPDATE outbox SET status = 'sending', attempt_id = ?, sending_at = ? WHERE id = ?",
                         (attempt_id, at, row_id))
        async with db.execute("SELECT claim_ids FROM outbox WHERE id = ?", (row_id,)) as cur:
            row = await cur.fetchone()
    return [int(i) for i in json.loads(row[0])] if row else []


async def mark_delivered(store, row_id: int, message_id: int | None) -> None:
    await _update(store, "UPDATE outbox SET status = 'delivered', message_id = ?, delivered_at = ? WHERE id = ?",
                  (message_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), row_id))


async def mark_retry(store, row_id: int, attempts: int, next_attempt_at: float, error: str,
                     status: str = "pending") -> None:
    """Try again later; status stays 'sending' when the failed attempt may have posted (look before posting)."""
    await _update(store, "UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
                         "WHERE id = ?", (status, attempts, next_attempt_at, error[:500], row_id))


async def mark_failed(store, row_id: int, attempts: int, error: str) -> None:
    await _update(store, "UPDATE outbox SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                  (attempts, error[:500], row_id))
