"""One hop into aiosqlite's connection thread for a whole batch of sqlite3 work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import aiosqlite

T = TypeVar("T")


async def in_db_thread(conn: aiosqlite.Connection, fn: Callable[..., T], *args: Any) -> T:
    """Run fn(sqlite3_connection, *args) on the connection's own thread, queued behind its other
    statements; one hop however many statements fn runs. aiosqlite has no public call for this:
    `_execute` and `_conn` are its internals (stable since 0.17; tests/store guards them)."""
    def call() -> T:
        return fn(conn._conn, *args)

    return await conn._execute(call)
