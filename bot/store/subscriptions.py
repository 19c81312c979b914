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

from bot.stages import STAGE
from bot.store.sql import Db

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


# Not taken for delivery yet (no lease): one alert for every report of a link. A row a delivery has
# claimed may be posting with the reports it read, so new ones get a row of their own.
_OPEN_ROW_SQL = ("SELECT id, claim_ids FROM outbox WHERE subscription_id = ? AND player_id = ? AND club_id = ? "
                 "AND kind = ? AND status = 'pending' AND lease_until IS NULL ORDER BY id DESC LIMIT 1")
_MERGE_SQL = "UPDATE outbox SET claim_ids = ? WHERE id = ?"
_NEW_ROW_SQL = ("INSERT INTO outbox(subscription_id, channel_id, player_id, club_id, kind, claim_ids) "
                "VALUES (?, ?, ?, ?, ?, ?)")


def _groups(matches: Iterable[Sequence[Any]]) -> dict[tuple[int, int, int, int, str], list[int]]:
    groups: dict[tuple[int, int, int, int, str], list[int]] = {}
    for sid, channel_id, pid, cid, kind, claim_id in matches:
        groups.setdefault((sid, channel_id, pid, cid, kind), []).append(claim_id)
    return groups


def enqueue_alerts_sync(con: sqlite3.Connection, claim_ids: Iterable[int]) -> int:
    """Queue alerts for new claims; call inside the transaction that inserted them, on the database
    thread (bot.store.writes runs an article's whole SQLite transaction there). Returns rows touched.

    A claim alerts a subscription when it is news (not `past`), about the followed
    player or club, stored after the subscription was made, at or beyond its
    stage, and from a source of its tier or better; digest subscriptions get no
    alert per report.
    """
    ids = [int(i) for i in claim_ids]
    if not ids:
        return 0
    groups = _groups(con.execute(_alert_matches_sql(len(ids)), ids).fetchall())
    for (sid, channel_id, pid, cid, kind), claims in groups.items():
        open_row = con.execute(_OPEN_ROW_SQL, (sid, pid, cid, kind)).fetchone()
        if open_row is not None:
            merged = sorted(set(json.loads(open_row[1])) | set(claims))
            con.execute(_MERGE_SQL, (json.dumps(merged), open_row[0]))
        else:
            con.execute(_NEW_ROW_SQL, (sid, channel_id, pid, cid, kind, json.dumps(claims)))
    return len(groups)


async def enqueue_alerts(db: Db, claim_ids: Iterable[int]) -> int:
    """enqueue_alerts_sync through the backend-neutral executor (the PostgreSQL backend's article
    transaction calls this one)."""
    ids = [int(i) for i in claim_ids]
    if not ids:
        return 0
    groups = _groups(await db.fetch(_alert_matches_sql(len(ids)), ids))
    for (sid, channel_id, pid, cid, kind), claims in groups.items():
        open_row = await db.fetchrow(_OPEN_ROW_SQL, (sid, pid, cid, kind))
        if open_row is not None:
            merged = sorted(set(json.loads(open_row[1])) | set(claims))
            await db.execute(_MERGE_SQL, (json.dumps(merged), open_row[0]))
        else:
            await db.execute(_NEW_ROW_SQL, (sid, channel_id, pid, cid, kind, json.dumps(claims)))
    return len(groups)


async def forget_claims(db: Db, claim_ids: set[int]) -> int:
    """Take removed claims out of the alerts not posted yet (inside the removing transaction); an alert
    left with no claim is dropped. Returns the alerts touched."""
    touched = 0
    for oid, raw in await db.fetch("SELECT id, claim_ids FROM outbox WHERE status = 'pending'"):
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
    async with store.tx() as db:
        existing = await db.fetchrow(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE channel_id = ? AND kind = ? "
                                     "AND entity_id = ?", (channel_id, kind, entity_id))
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
            row = await db.fetchrow("SELECT COUNT(*) FROM subscriptions WHERE guild_id = ?", (guild_id,))
            if row is not None and row[0] >= limit:
                raise SubscriptionLimitReached(limit)
            # The newest claim now: only claims stored after this alert (no flood of history).
            row = await db.fetchrow("SELECT COALESCE(MAX(id), 0) FROM claims")
            watermark = int(row[0]) if row else 0
            sid = await db.insert(
                "INSERT INTO subscriptions(guild_id, channel_id, kind, entity_id, name, min_stage, min_tier, "
                "created_by, after_claim_id, mode, digest_time, digest_tz, digest_after_claim_id, next_digest_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, kind, entity_id, name, min_stage, min_tier, created_by, watermark, mode,
                 digest_time, digest_tz, watermark, next_digest_at))
            created = True
        row = await db.fetchrow(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ?", (sid,))
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
    return [_sub(r) for r in await store.db.fetch(sql + " ORDER BY id", params)]


async def get_subscription(store, sub_id: int) -> Subscription | None:
    row = await store.db.fetchrow(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ?", (sub_id,))
    return _sub(row) if row else None


async def remove_subscription(store, guild_id: int, sub_id: int) -> Subscription | None:
    """Remove one of a guild's subscriptions and drop its undelivered alerts; None if there is none."""
    async with store.tx() as db:
        row = await db.fetchrow(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE id = ? AND guild_id = ?",
                                (sub_id, guild_id))
        if row is None:
            return None
        await db.execute("UPDATE outbox SET status = 'dropped' WHERE subscription_id = ? "
                         "AND status IN ('pending', 'sending')", (sub_id,))
        await db.execute("DELETE FROM subscriptions WHERE id = ?", (sub_id,))
    return _sub(row)


async def drop_channel(store, channel_id: int, reason: str = "channel gone") -> int:
    """Drop every subscription of a channel (deleted, or the bot may no longer post there)."""
    async with store.tx() as db:
        await db.execute("UPDATE outbox SET status = 'dropped', last_error = ? WHERE channel_id = ? "
                         "AND status IN ('pending', 'sending')", (reason, channel_id))
        return await db.execute("DELETE FROM subscriptions WHERE channel_id = ?", (channel_id,))


async def drop_guild(store, guild_id: int) -> int:
    subs = await list_subscriptions(store, guild_id=guild_id)
    for channel_id in {s.channel_id for s in subs}:
        await drop_channel(store, channel_id, "bot left the guild")
    return len(subs)


# -- delivery ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Shards:
    """The shards a process serves: a guild's alerts are delivered by the process of its shard
    (Discord's rule: shard = (guild_id >> 22) % shard_count)."""

    ids: tuple[int, ...]
    count: int

    def sql(self) -> tuple[str, list[Any]]:
        marks = ",".join("?" * len(self.ids))
        return f"(s.guild_id / 4194304) % ? IN ({marks})", [self.count, *self.ids]


async def due_alerts(store, now: float, limit: int = 20, shards: Shards | None = None) -> list[OutboxRow]:
    """Due rows: 'sending' ones (an earlier attempt never finished: look before posting) first, then pending.

    Only a peek: with several processes on one database, delivery claims rows with `claim_alerts`.
    """
    where, params = _due_where(now, shards)
    rows = await store.db.fetch(
        f"SELECT {_OUTBOX_COLUMNS} FROM outbox o WHERE {where} "
        f"ORDER BY o.status = 'sending' DESC, o.next_attempt_at, o.id LIMIT ?", [*params, limit])
    return [_row(r) for r in rows]


def _due_where(now: float, shards: Shards | None) -> tuple[str, list[Any]]:
    where = "o.status IN ('pending', 'sending') AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)"
    params: list[Any] = [now, now]
    if shards is not None:
        cond, extra = shards.sql()
        where += f" AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = o.subscription_id AND {cond})"
        params += extra
    return where, params


async def claim_alerts(store, now: float, lease_seconds: float, limit: int = 20,
                       shards: Shards | None = None) -> list[OutboxRow]:
    """Take up to `limit` due alerts for this process until `now + lease_seconds`.

    Several processes may deliver from one database: each due row is handed to one of them
    (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so two claims never wait on or take the same row;
    SQLite: the claim is one write transaction). While the lease runs no other process takes
    the row; a process killed in the middle leaves it to be taken again when the lease ends,
    and a row left in 'sending' is looked for in the channel before it is posted again.
    """
    rows = [_row(r) for r in await store.claim_outbox(_OUTBOX_COLUMNS, *_due_where(now, shards),
                                                      now + lease_seconds, limit)]
    # 'sending' rows first (they were interrupted), then by due time: as due_alerts orders them.
    return sorted(rows, key=lambda r: (r.status != "sending", r.next_attempt_at, r.id))


async def outbox_rows(store, status: str | None = None) -> list[OutboxRow]:
    sql = f"SELECT {_OUTBOX_COLUMNS} FROM outbox o"
    params: list[Any] = []
    if status is not None:
        sql += " WHERE status = ?"
        params.append(status)
    return [_row(r) for r in await store.db.fetch(sql + " ORDER BY id", params)]


async def _update(store, sql: str, params: Sequence[Any]) -> None:
    async with store.tx() as db:
        await db.execute(sql, params)


async def mark_sending(store, row_id: int, attempt_id: str, at: float) -> list[int]:
    """Committed BEFORE the post: a crash after this leaves a 'sending' row the next run checks first,
    reading the channel from `at` (unix seconds) on.

    Returns the row's claim ids as they are when it stops taking merges: an article stored between
    reading the row and this call may have merged a report into it, and the post must show it, or it
    would be marked delivered unseen. (A row claimed with claim_alerts takes no merges; due_alerts
    only peeks.)"""
    async with store.tx() as db:
        await db.execute("UPDATE outbox SET status = 'sending', attempt_id = ?, sending_at = ? WHERE id = ?",
                         (attempt_id, at, row_id))
        row = await db.fetchrow("SELECT claim_ids FROM outbox WHERE id = ?", (row_id,))
    return [int(i) for i in json.loads(row[0])] if row else []


async def mark_delivered(store, row_id: int, message_id: int | None) -> None:
    await _update(store, "UPDATE outbox SET status = 'delivered', message_id = ?, delivered_at = ?, "
                         "lease_until = NULL WHERE id = ?",
                  (message_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), row_id))


async def mark_retry(store, row_id: int, attempts: int, next_attempt_at: float, error: str,
                     status: str = "pending") -> None:
    """Try again later; status stays 'sending' when the failed attempt may have posted (look before posting)."""
    await _update(store, "UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                         "lease_until = NULL WHERE id = ?", (status, attempts, next_attempt_at, error[:500], row_id))


async def mark_failed(store, row_id: int, attempts: int, error: str) -> None:
    await _update(store, "UPDATE outbox SET status = 'failed', attempts = ?, last_error = ?, lease_until = NULL "
                         "WHERE id = ?", (attempts, error[:500], row_id))
