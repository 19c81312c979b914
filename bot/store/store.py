"""The SQLite backend (the default): an aiosqlite store with one transaction per article.

The read queries are shared with the PostgreSQL backend (bot/store/reads.py); the write path
(bot/store/writes.py: an article's whole transaction in one call into aiosqlite's thread) and the
connection handling here are SQLite's own and change without touching Postgres.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.store import writes
from bot.store.base import Store, StoreOpenError
from bot.store.dbthread import in_db_thread
from bot.store.migrate import migrate
from bot.store.rows import AddResult
from bot.store.sql import SqliteDb
from bot.text import fold

if TYPE_CHECKING:  # pydantic models are imported where they are built: `transferbot ask` never needs them
    from bot.knowledge import Gazetteer
    from bot.models import Article, Extraction


async def _wal(conn: aiosqlite.Connection) -> None:
    """PRAGMA journal_mode = WAL, tried again while another process holds a new file's lock: switching
    the journal mode answers "database is locked" at once, without the busy timeout, when processes
    open a new database together."""
    for attempt in range(100):
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            await asyncio.sleep(0.05)


class SqliteStore(Store):
    """Async access to one SQLite database file. Open with `await Store.open(path)`."""

    backend = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # One connection serves the whole bot: commands, polling and alert delivery would otherwise
        # interleave BEGIN/COMMIT on it. Writers queue here instead.
        self._write_lock = asyncio.Lock()
        # Write transactions this Store ran (committed or not): a reader's cache of names knows
        # that nothing changed here without asking the database (bot.answer.resolve.get_resolver).
        self.writes = 0

    # -- lifecycle ----------------------------------------------------------------
    @classmethod
    async def open(cls, path: Path | str) -> SqliteStore:  # type: ignore[override]
        """Open (creating and migrating) the database; StoreOpenError says why a path cannot be one."""
        path = Path(path)
        if str(path) != ":memory:":
            if path.is_dir():
                raise StoreOpenError(f"cannot use {path} as the database: it is a directory")
            if path.exists() and not path.is_file():
                raise StoreOpenError(f"cannot use {path} as the database: it is not a regular file")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreOpenError(f"cannot create the directory of {path}: {exc.strerror or exc}") from None
        try:
            return await cls._open(path)
        except sqlite3.Error as exc:
            raise StoreOpenError(f"cannot use {path} as the database: {exc}") from None

    @classmethod
    async def _open(cls, path: Path) -> SqliteStore:
        conn = await aiosqlite.connect(str(path), isolation_level=None, timeout=30)
        try:
            await _wal(conn)
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA busy_timeout = 30000")
            await migrate(conn)
        except BaseException:
            await conn.close()
            raise
        return cls(conn, path)

    async def close(self) -> None:
        await self.conn.close()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (or cancellation)."""
        async with self._write_lock:
            self.writes += 1
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    @contextlib.asynccontextmanager
    async def tx(self) -> AsyncIterator[SqliteDb]:
        """transaction() behind the backend-neutral executor (bot/store/sql.py) that subscriptions and feeds use."""
        async with self.transaction() as conn:
            yield SqliteDb(conn)

    @property
    def db(self) -> SqliteDb:
        """The backend-neutral executor outside a transaction (reads)."""
        return SqliteDb(self.conn)

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        async with self.conn.execute(sql, params) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self.conn.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def claim_outbox(self, columns: str, where: str, params: Sequence[Any], lease_until: float,
                           limit: int) -> list[tuple[Any, ...]]:
        # BEGIN IMMEDIATE takes SQLite's one write lock: processes sharing the file claim in turn.
        async with self.tx() as db:
            ids = [r[0] for r in await db.fetch(
                f"SELECT o.id FROM outbox o WHERE {where} "
                "ORDER BY o.status = 'sending' DESC, o.next_attempt_at, o.id LIMIT ?", [*params, limit])]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            await db.execute(f"UPDATE outbox SET lease_until = ? WHERE id IN ({marks})", [lease_until, *ids])
            rows = {r[0]: r for r in await db.fetch(f"SELECT {columns} FROM outbox o WHERE o.id IN ({marks})", ids)}
        return [rows[i] for i in ids]

    # -- meta ---------------------------------------------------------------------
    async def get_meta(self, key: str) -> str | None:
        return await self._one("SELECT value FROM meta WHERE key = ?", (key,))

    async def set_meta(self, key: str, value: str) -> None:
        async with self.transaction() as db:
            await db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # -- knowledge ----------------------------------------------------------------
    async def load_knowledge(self, gaz: Gazetteer) -> None:
        """Upsert clubs, aliases, sources, managers and known players from knowledge/ in one transaction.

        Batched with executemany: a new database loads thousands of rows, and one
        round trip to aiosqlite's thread per row would take seconds.
        """
        async with self.transaction() as db:
            await db.executemany(
                "INSERT INTO clubs(name, key, country, league, known) VALUES (?, ?, ?, ?, 1) "
                "ON CONFLICT(key) DO UPDATE SET country = COALESCE(excluded.country, clubs.country), "
                "league = COALESCE(excluded.league, clubs.league), known = 1",
                [(c.name, fold(c.name), c.country, c.league) for c in gaz.clubs.values()])
            tenure_clubs = {t.club for m in gaz.managers for t in m.tenures} - set(gaz.clubs)
            await db.executemany("INSERT OR IGNORE INTO clubs(name, key, known) VALUES (?, ?, 1)",
                                 [(name, fold(name)) for name in tenure_clubs])
            club_ids = {key: int(cid) for key, cid in await db.execute_fetchall("SELECT key, id FROM clubs")}
            aliases = []
            for club in gaz.clubs.values():
                cid = club_ids[fold(club.name)]
                aliases.append((club.name, fold(club.name), "club", cid, 0))
                aliases += [(a, fold(a), "club", cid, int(gaz.is_ambiguous(a))) for a in club.aliases]
                aliases += [(a, fold(a), "club", cid, 1) for a in club.ambiguous]
            aliases += [(name, fold(name), "club", club_ids[fold(name)], 0) for name in tenure_clubs]
            await db.executemany(
                "INSERT OR IGNORE INTO sources(name, key, kind, outlet, tier) VALUES (?, ?, ?, ?, ?)",
                [(s.name, fold(s.name), s.kind, s.outlet, s.tier) for s in gaz.sources.values()])
            await db.executemany(
                "UPDATE sources SET kind = ?, outlet = ?, tier = ? WHERE key = ?",
                [(s.kind, s.outlet, s.tier, fold(s.name)) for s in gaz.sources.values()])
            await db.executemany(
                "INSERT OR IGNORE INTO manager_tenures(name, key, club_id, start, end) VALUES (?, ?, ?, ?, ?)",
                [(m.name, fold(alias), club_ids[fold(t.club)], t.start.isoformat(),
                  t.end.isoformat() if t.end else None)
                 for m in gaz.managers for t in m.tenures for alias in (m.name, *m.aliases)])
            await db.executemany("INSERT OR IGNORE INTO players(name, key) VALUES (?, ?)",
                                 [(p.name, fold(p.name)) for p in gaz.players.values()])
            player_ids = {key: int(pid) for key, pid in await db.execute_fetchall("SELECT key, id FROM players")}
            for player in gaz.players.values():
                pid = player_ids[fold(player.name)]
                aliases += [(a, fold(a), "player", pid, 0) for a in (player.name, *player.aliases)]
            await db.executemany("INSERT OR IGNORE INTO aliases(alias, key, kind, entity_id, ambiguous) "
                                 "VALUES (?, ?, ?, ?, ?)", [a for a in aliases if a[1]])

    # -- articles -----------------------------------------------------------------
    async def has_article(self, article_id: str) -> bool:
        return await self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    async def add_article(self, article: Article, extraction: Extraction, *, alert: bool = True) -> AddResult:
        """Store an article with all its claims and facts in one transaction; a known article adds nothing.

        The whole transaction is one call into the database thread (bot.store.writes). `alert=False`
        queues no alerts (an undated page may be old news)."""
        async with self._write_lock:
            self.writes += 1
            return await in_db_thread(self.conn, writes.add_article, article, extraction, alert)

    async def replace_extraction(self, article_id: str, extraction: Extraction) -> int:
        """Swap an article's claims and facts for a new extraction, in one transaction.

        For `transferbot reextract` after the extractor improved. No alerts are queued: these
        are old reports read again, not news.
        """
        async with self._write_lock:
            self.writes += 1
            return await in_db_thread(self.conn, writes.replace_extraction, article_id, extraction)

    async def article_ids(self) -> list[str]:
        return [r[0] for r in await self._all("SELECT id FROM articles ORDER BY date, id")]
