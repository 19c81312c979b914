"""The feeds table (migration 002): feeds to poll and their polling state. The only SQL about feeds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.store.base import Store

_COLUMNS = ("id, url, name, outlet, interval_minutes, etag, last_modified, last_polled_at, next_poll_at, "
            "failures, last_error, added_at")


def stamp(when: dt.datetime) -> str:
    """UTC time as stored: 'YYYY-MM-DDTHH:MM:SSZ' (sorts as text)."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.replace(microsecond=0).isoformat() + "Z"


def parse_stamp(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value.removesuffix("Z")).replace(tzinfo=dt.UTC)


@dataclass(slots=True)
class FeedRow:
    id: int
    url: str
    name: str | None
    outlet: str | None
    interval_minutes: int
    etag: str | None
    last_modified: str | None
    last_polled_at: str | None
    next_poll_at: str | None
    failures: int
    last_error: str | None
    added_at: str

    @classmethod
    def from_row(cls, r: Sequence[Any]) -> FeedRow:
        return cls(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7], r[8], int(r[9]), r[10], r[11])

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "name": self.name, "outlet": self.outlet,
                "interval_minutes": self.interval_minutes, "last_polled_at": self.last_polled_at,
                "next_poll_at": self.next_poll_at, "failures": self.failures, "last_error": self.last_error,
                "added_at": self.added_at}


class FeedExists(Exception):
    pass


async def add_feed(store: Store, url: str, name: str | None = None, outlet: str | None = None,
                   interval_minutes: int = 30) -> FeedRow:
    """Register a feed, due at once. Raises FeedExists for a URL already registered."""
    async with store.tx() as db:
        if await db.fetchrow("SELECT 1 FROM feeds WHERE url = ?", (url,)) is not None:
            raise FeedExists(url)
        await db.execute("INSERT INTO feeds(url, name, outlet, interval_minutes) VALUES (?, ?, ?, ?)",
                         (url, name, outlet, int(interval_minutes)))
    row = await get_feed(store, url)
    assert row is not None
    return row


async def get_feed(store: Store, url_or_id: str | int) -> FeedRow | None:
    param: int | str
    if isinstance(url_or_id, int) or str(url_or_id).isdigit():
        sql, param = f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", int(url_or_id)
    else:
        sql, param = f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", url_or_id
    r = await store.db.fetchrow(sql, (param,))
    return FeedRow.from_row(r) if r else None


async def list_feeds(store: Store) -> list[FeedRow]:
    return [FeedRow.from_row(r) for r in await store.db.fetch(f"SELECT {_COLUMNS} FROM feeds ORDER BY id")]


async def due_feeds(store: Store, now: dt.datetime) -> list[FeedRow]:
    """Feeds whose next poll time has come (or that were never polled), the most overdue first."""
    rows = await store.db.fetch(f"SELECT {_COLUMNS} FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ? "
                                "ORDER BY COALESCE(next_poll_at, ''), id", (stamp(now),))
    return [FeedRow.from_row(r) for r in rows]


async def claim_feed(store: Store, feed: FeedRow, now: dt.datetime, lease: dt.timedelta) -> bool:
    """Take a due feed for this process: its next poll moves to `now + lease`, so every other process
    (another bot, `transferbot poll --loop`) sees it as not due and skips it. False when another
    process took it first. The poll's outcome then sets the real next poll time; a process killed
    mid-poll leaves the feed to be polled again when the lease ends.

    One compare-and-set statement: it only succeeds while the feed still has the next poll time
    this process read, so of two processes that saw it due, one wins.
    """
    async with store.tx() as db:
        if feed.next_poll_at is None:
            changed = await db.execute("UPDATE feeds SET next_poll_at = ? WHERE id = ? AND next_poll_at IS NULL",
                                       (stamp(now + lease), feed.id))
        else:
            changed = await db.execute("UPDATE feeds SET next_poll_at = ? WHERE id = ? AND next_poll_at = ?",
                                       (stamp(now + lease), feed.id, feed.next_poll_at))
    return changed == 1


async def remove_feed(store: Store, url_or_id: str | int) -> FeedRow | None:
    row = await get_feed(store, url_or_id)
    if row is None:
        return None
    async with store.tx() as db:
        await db.execute("DELETE FROM feeds WHERE id = ?", (row.id,))
    return row


async def record_success(store: Store, feed_id: int, *, polled_at: dt.datetime, next_poll_at: dt.datetime,
                         etag: str | None, last_modified: str | None, keep_validators: bool = True) -> None:
    """A poll that worked: failures reset; the validators are kept for the next conditional GET
    (or cleared when `keep_validators` is false, so the next poll reads the feed again in full)."""
    async with store.tx() as db:
        if keep_validators:
            await db.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, last_polled_at = ?, next_poll_at = ?, failures = 0, "
                "last_error = NULL WHERE id = ?",
                (etag, last_modified, stamp(polled_at), stamp(next_poll_at), feed_id))
        else:
            await db.execute(
                "UPDATE feeds SET etag = NULL, last_modified = NULL, last_polled_at = ?, next_poll_at = ?, "
                "failures = 0, last_error = NULL WHERE id = ?",
                (stamp(polled_at), stamp(next_poll_at), feed_id))


async def record_failure(store: Store, feed_id: int, *, polled_at: dt.datetime, next_poll_at: dt.datetime,
                         error: str) -> None:
    async with store.tx() as db:
        await db.execute(
            "UPDATE feeds SET last_polled_at = ?, next_poll_at = ?, failures = failures + 1, last_error = ? "
            "WHERE id = ?", (stamp(polled_at), stamp(next_poll_at), error, feed_id))


async def article_id_for_url(store: Store, url: str) -> str | None:
    """The stored article read from `url`, else the removed one (`transferbot articles remove`), if any:
    feed entries already read, or removed by an admin, are not fetched again."""
    r = await store.db.fetchrow("SELECT id FROM articles WHERE url = ? LIMIT 1", (url,))
    if r is None:
        r = await store.db.fetchrow("SELECT id FROM removed_articles WHERE url = ? LIMIT 1", (url,))
    return r[0] if r else None


SETTLED_RETRY = dt.timedelta(days=7)  # a settled entry is read again after this long


async def settled_entries(store: Store, feed_id: int, now: dt.datetime) -> set[str]:
    """Keys of the feed's entries settled within the retry period (not worth fetching again yet)."""
    rows = await store.db.fetch("SELECT key FROM feed_entries_settled WHERE feed_id = ? AND settled_at > ?",
                                (feed_id, stamp(now - SETTLED_RETRY)))
    return {r[0] for r in rows}


async def record_settled(store: Store, feed_id: int, entries: list[tuple[str, str]], now: dt.datetime) -> None:
    """Remember (key, status) of entries that failed for good or were duplicates; forget expired ones."""
    async with store.tx() as db:
        await db.execute("DELETE FROM feed_entries_settled WHERE feed_id = ? AND settled_at <= ?",
                         (feed_id, stamp(now - SETTLED_RETRY)))
        for key, status in entries:
            await db.execute(
                "INSERT INTO feed_entries_settled(feed_id, key, status, settled_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(feed_id, key) DO UPDATE SET status = excluded.status, settled_at = excluded.settled_at",
                (feed_id, key, status, stamp(now)))
