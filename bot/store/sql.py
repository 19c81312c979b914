"""One small executor over both drivers, for the SQL written once for both backends
(bot/store/subscriptions.py, bot/store/feeds.py).

Statements use `?` placeholders and the common subset of SQLite and PostgreSQL. The
Postgres executor numbers the placeholders (`$1`, `$2`, ...) once per statement text
and caches the result; `insert` returns the new row's id (`lastrowid` in SQLite,
`RETURNING id` in Postgres).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, Protocol

import aiosqlite

# A `?` outside quotes: the statements here never hold a literal question mark in a string.
_MARK = re.compile(r"\?")


@functools.lru_cache(maxsize=1024)
def numbered(sql: str) -> str:
    """`?` placeholders as Postgres's `$1`, `$2`, ... (statement texts repeat, so this is cached)."""
    count = 0

    def repl(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"${count}"

    return _MARK.sub(repl, sql)


class Db(Protocol):
    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    async def fetchrow(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        ...

    async def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT of one row (without RETURNING); the new row's id."""
        ...


class SqliteDb:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        async with self.conn.execute(sql, params) as cur:
            return [tuple(r) for r in await cur.fetchall()]

    async def fetchrow(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        async with self.conn.execute(sql, params) as cur:
            row = await cur.fetchone()
        return tuple(row) if row is not None else None

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        async with self.conn.execute(sql, params) as cur:
            return max(cur.rowcount, 0)

    async def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        async with self.conn.execute(sql, params) as cur:
            assert cur.lastrowid is not None
            return int(cur.lastrowid)


class PgDb:
    """Over an asyncpg connection or pool (both have fetch/fetchrow/fetchval/execute)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in await self.conn.fetch(numbered(sql), *params)]

    async def fetchrow(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row = await self.conn.fetchrow(numbered(sql), *params)
        return tuple(row) if row is not None else None

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        status = await self.conn.execute(numbered(sql), *params)
        # asyncpg answers with the command tag: "UPDATE 3", "INSERT 0 1", "DELETE 0".
        tail = str(status).rsplit(" ", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    async def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(await self.conn.fetchval(numbered(sql) + " RETURNING id", *params))
