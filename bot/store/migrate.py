"""Numbered SQL migrations (bot/store/migrations/NNN_name.sql), each applied in one transaction.

The schema version is SQLite's `user_version`: migration N brings it to N. A new
issue adds a file with the next number; applied files are never edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import aiosqlite

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    out = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    out.sort(key=lambda m: m.version)
    versions = [m.version for m in out]
    if versions != list(range(1, len(out) + 1)):
        raise RuntimeError(f"migrations must be numbered 001, 002, ... without gaps: {versions}")
    return out


def _statements(sql: str) -> list[str]:
    # Migration files hold plain DDL/DML without triggers, so ';' at a line end ends a statement.
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";\n") if s.strip().rstrip(";").strip()]


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply every pending migration, each in its own transaction; returns the version reached."""
    current = await schema_version(conn)
    for m in migrations():
        if m.version <= current:
            continue
        await conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if await schema_version(conn) >= m.version:
                await conn.execute("ROLLBACK")
                continue
            for stmt in _statements(m.sql):
                await conn.execute(stmt)
            await conn.execute(f"PRAGMA user_version = {m.version}")
            await conn.execute("COMMIT")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        current = m.version
    return current
