"""Copy one database into another, SQLite to PostgreSQL or back (`transferbot db copy SRC DST`).

Every table is copied whole, ids kept, so subscriptions, their alerts and the feeds' polling
state move with the claims. The name tables (name_words, name_tokens) are not copied: the
destination's own triggers rebuild them from the aliases as these are written. The destination
must be new and empty (opened, never filled: not even the knowledge); the copy is checked table by table by
counting rows on both sides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.store.base import Store
from bot.store.postgres import PgStore
from bot.store.store import SqliteStore

# In an order that satisfies the foreign keys. aliases.rowid is a column in Postgres and SQLite's
# row number: copied too, so "first seen first" stays the same order.
TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "sources": ("id", "name", "key", "kind", "outlet", "tier"),
    "clubs": ("id", "name", "key", "country", "league", "known"),
    "players": ("id", "name", "key"),
    "aliases": ("rowid", "alias", "key", "kind", "entity_id", "ambiguous"),
    "manager_tenures": ("id", "name", "key", "club_id", "start", "end"),
    "articles": ("id", "url", "title", "outlet", "date", "origin", "text", "ingested_at"),
    "claims": ("id", "article_id", "player_id", "club_id", "kind", "past", "source_id", "date", "event_date",
               "currency", "amount_min", "amount_max", "evidence", "stored_at"),
    "facts": ("id", "article_id", "player_id", "fact", "value", "source_id", "date", "evidence"),
    "feeds": ("id", "url", "name", "outlet", "interval_minutes", "etag", "last_modified", "last_polled_at",
              "next_poll_at", "failures", "last_error", "added_at"),
    "subscriptions": ("id", "guild_id", "channel_id", "kind", "entity_id", "name", "min_stage", "min_tier",
                      "created_by", "created_at", "after_claim_id", "mode", "digest_time", "digest_tz",
                      "digest_after_claim_id", "next_digest_at"),
    "outbox": ("id", "subscription_id", "channel_id", "player_id", "club_id", "kind", "claim_ids", "status",
               "attempts", "next_attempt_at", "attempt_id", "message_id", "last_error", "created_at", "delivered_at",
               "sending_at", "lease_until"),
    "feed_entries_settled": ("feed_id", "key", "status", "settled_at"),
    "removed_articles": ("id", "url", "origin", "title", "removed_at"),
    "sagas": ("id", "subscription_id", "player_id", "channel_id", "message_id", "status", "posting_at",
              "since_claim_id", "last_claim_id", "created_at", "closed_at"),
    "digests": ("id", "channel_id", "tz", "next_digest_at", "status", "sending_at", "message_id", "created_at"),
    "digest_parts": ("digest_id", "subscription_id", "after_claim_id", "through_claim_id"),
}
# The key each table is read in pages by (its first column unless named here).
KEYS: dict[str, tuple[str, ...]] = {"aliases": ("rowid",), "digest_parts": ("digest_id", "subscription_id"),
                                     "feed_entries_settled": ("feed_id", "key")}
BATCH = 5000


class CopyError(Exception):
    pass


def _cols(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


async def _rows(src: Store, table: str, columns: tuple[str, ...]):
    keys = KEYS.get(table, columns[0:1])
    at = [columns.index(k) for k in keys]
    last: list[Any] | None = None
    while True:  # keyset pages: one table of millions of rows is never held whole
        # a row value comparison, (a, b) > (?, ?), for a key of several columns (both backends read it)
        where, params = ("", []) if last is None else (f" WHERE ({_cols(keys)}) > ({', '.join('?' * len(keys))})",
                                                       last)
        page = await src.db.fetch(f"SELECT {_cols(columns)} FROM {table}{where} ORDER BY {_cols(keys)} "
                                  f"LIMIT {BATCH}", params)
        if not page:
            return
        yield page
        last = [page[-1][i] for i in at]


async def copy_database(src: Store, dst: Store, progress: Callable[[str, int], None] | None = None
                        ) -> dict[str, int]:
    """Copy every table of `src` into the new database `dst`; returns rows per table."""
    for table in TABLES:
        if await dst._one(f"SELECT COUNT(*) FROM {table}"):
            raise CopyError(f"the destination already has {table}: copy into a new, empty database")
    counts: dict[str, int] = {}
    for table, columns in TABLES.items():
        n = 0
        async for page in _rows(src, table, columns):
            await _write(dst, table, columns, page)
            n += len(page)
            if progress is not None:
                progress(table, n)
        counts[table] = n
    if isinstance(dst, PgStore):
        async with dst.pool.acquire() as conn:  # ids were given: the sequences go on after the largest
            for table, columns in TABLES.items():
                key = "rowid" if table == "aliases" else "id"
                if key in columns and table not in ("articles", "meta", "removed_articles"):
                    await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
                                       f"COALESCE((SELECT MAX(\"{key}\") FROM {table}), 0) + 1, false)")
    for table in TABLES:
        theirs = int(await dst._one(f"SELECT COUNT(*) FROM {table}"))
        ours = int(await src._one(f"SELECT COUNT(*) FROM {table}"))
        if theirs != ours:
            raise CopyError(f"{table}: {ours} rows in the source, {theirs} in the destination")
    return counts


async def _write(dst: Store, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    if isinstance(dst, PgStore):
        async with dst.pool.acquire() as conn, conn.transaction():
            # COPY: the fastest way in (a million claims in seconds); row triggers still fire.
            await conn.copy_records_to_table(table, records=rows, columns=list(columns))
        return
    assert isinstance(dst, SqliteStore)
    async with dst.transaction() as conn:
        marks = ", ".join("?" * len(columns))
        await conn.executemany(f"INSERT INTO {table}({_cols(columns)}) VALUES ({marks})", rows)
