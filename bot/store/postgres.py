"""The PostgreSQL backend (asyncpg): one database shared by several bot processes and pollers.

Chosen by a `postgresql://` URL in TRANSFERBOT_DB. The same interface and behaviour as the
SQLite backend (bot/store/store.py): numbered migrations (bot/store/migrations_pg/), one
transaction per article, an article stored twice adds nothing, and the read queries shared
in bot/store/reads.py. What only a server can do is here too: alert rows leased with
`FOR UPDATE SKIP LOCKED`, and LISTEN/NOTIFY to wake delivery when alerts are queued.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import asyncpg

from bot.store.base import Store, redact
from bot.store.rows import AddResult, dedupe_claims
from bot.store.sql import PgDb, numbered
from bot.text import fold

if TYPE_CHECKING:
    from bot.knowledge import Gazetteer
    from bot.models import Article, Claim, Extraction, Fact

log = logging.getLogger(__name__)

ALERTS_CHANNEL = "transferbot_alerts"  # NOTIFY channel: alerts were queued
_MIGRATION_LOCK = 0x7472616E73666572  # pg_advisory_lock key ("transfer"): one migrator at a time
_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_RETRIES = 3  # an article's transaction that lost a deadlock to another process is tried again


@dataclass(frozen=True, slots=True)
class PgMigration:
    version: int
    name: str
    sql: str


def pg_migrations() -> list[PgMigration]:
    out = []
    for entry in resources.files("bot.store").joinpath("migrations_pg").iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append(PgMigration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    out.sort(key=lambda m: m.version)
    if [m.version for m in out] != list(range(1, len(out) + 1)):
        raise RuntimeError("Postgres migrations must be numbered 001, 002, ... without gaps")
    return out


async def migrate_pg(conn: asyncpg.Connection) -> int:
    """Apply the pending migrations, each in its own transaction, under an advisory lock so that
    processes starting together migrate once (the lock also covers creating the version table).
    Returns the version reached."""
    await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
    try:
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        done = {int(r[0]) for r in await conn.fetch("SELECT version FROM schema_migrations")}
        version = 0
        for m in pg_migrations():
            if m.version not in done:
                async with conn.transaction():
                    await conn.execute(m.sql)  # no parameters: the whole file runs as one script
                    await conn.execute("INSERT INTO schema_migrations(version, name) VALUES ($1, $2)",
                                       m.version, m.name)
            version = m.version
        return version
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)


async def pg_schema_version(conn: asyncpg.Connection | asyncpg.Pool) -> int:
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))


class PgStore(Store):
    """A pool of asyncpg connections to one PostgreSQL database."""

    backend = "postgresql"

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self.pool = pool
        self.conn = pool  # what the resolver cache keys on (bot.answer.resolve), as for SQLite
        self.url = url  # holds the password, if any: never logged (self.path is the redacted form)
        self.path = redact(url)
        self._listener: asyncpg.Connection | None = None
        # Write transactions run here: the resolver's cache knows nothing changed through this store
        # without asking (bot.answer.resolve; other processes' writes are rechecked on a timer).
        self.writes = 0

    @classmethod
    async def open(cls, url: str) -> PgStore:  # type: ignore[override]
        pool = await asyncpg.create_pool(url, min_size=1, max_size=8, command_timeout=60)
        try:
            async with pool.acquire() as conn:
                await migrate_pg(conn)
        except BaseException:
            await pool.close()
            raise
        return cls(pool, url)

    async def close(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):
                await self._listener.close()
            self._listener = None
        await self.pool.close()

    @contextlib.asynccontextmanager
    async def tx(self) -> AsyncIterator[PgDb]:
        self.writes += 1
        async with self.pool.acquire() as conn, conn.transaction():
            yield PgDb(conn)

    @property
    def db(self) -> PgDb:
        return PgDb(self.pool)

    # -- meta ---------------------------------------------------------------------
    async def get_meta(self, key: str) -> str | None:
        return await self.pool.fetchval("SELECT value FROM meta WHERE key = $1", key)

    async def set_meta(self, key: str, value: str) -> None:
        self.writes += 1
        await self.pool.execute("INSERT INTO meta(key, value) VALUES ($1, $2) "
                                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", key, value)

    # -- knowledge ----------------------------------------------------------------
    async def load_knowledge(self, gaz: Gazetteer) -> None:
        self.writes += 1
        async with self.pool.acquire() as db, db.transaction():
            await db.executemany(
                "INSERT INTO clubs(name, key, country, league, known) VALUES ($1, $2, $3, $4, 1) "
                "ON CONFLICT (key) DO UPDATE SET country = COALESCE(EXCLUDED.country, clubs.country), "
                "league = COALESCE(EXCLUDED.league, clubs.league), known = 1",
                [(c.name, fold(c.name), c.country, c.league) for c in gaz.clubs.values()])
            tenure_clubs = sorted({t.club for m in gaz.managers for t in m.tenures} - set(gaz.clubs))
            await db.executemany("INSERT INTO clubs(name, key, known) VALUES ($1, $2, 1) ON CONFLICT DO NOTHING",
                                 [(name, fold(name)) for name in tenure_clubs])
            club_ids = {r[0]: int(r[1]) for r in await db.fetch("SELECT key, id FROM clubs")}
            aliases: list[tuple[str, str, str, int, int]] = []
            for club in gaz.clubs.values():
                cid = club_ids[fold(club.name)]
                aliases.append((club.name, fold(club.name), "club", cid, 0))
                aliases += [(a, fold(a), "club", cid, int(gaz.is_ambiguous(a))) for a in club.aliases]
                aliases += [(a, fold(a), "club", cid, 1) for a in club.ambiguous]
            aliases += [(name, fold(name), "club", club_ids[fold(name)], 0) for name in tenure_clubs]
            await db.executemany(
                "INSERT INTO sources(name, key, kind, outlet, tier) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, outlet = EXCLUDED.outlet, tier = EXCLUDED.tier",
                [(s.name, fold(s.name), s.kind, s.outlet, s.tier) for s in gaz.sources.values()])
            await db.executemany(
                'INSERT INTO manager_tenures(name, key, club_id, start, "end") VALUES ($1, $2, $3, $4, $5) '
                "ON CONFLICT DO NOTHING",
                [(m.name, fold(alias), club_ids[fold(t.club)], t.start.isoformat(),
                  t.end.isoformat() if t.end else None)
                 for m in gaz.managers for t in m.tenures for alias in (m.name, *m.aliases)])
            await db.executemany("INSERT INTO players(name, key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                                 [(p.name, fold(p.name)) for p in gaz.players.values()])
            player_ids = {r[0]: int(r[1]) for r in await db.fetch("SELECT key, id FROM players")}
            for player in gaz.players.values():
                pid = player_ids[fold(player.name)]
                aliases += [(a, fold(a), "player", pid, 0) for a in (player.name, *player.aliases)]
            await db.executemany("INSERT INTO aliases(alias, key, kind, entity_id, ambiguous) "
                                 "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", [a for a in aliases if a[1]])

    # -- the write path: one transaction per article -------------------------------
    async def _club_id(self, db: asyncpg.Connection, name: str) -> int | None:
        cid = await db.fetchval("SELECT id FROM clubs WHERE key = $1", fold(name))
        return int(cid) if cid is not None else None

    async def _upsert_club(self, db: asyncpg.Connection, name: str, country: str | None, known: bool) -> int:
        cid = await db.fetchval(
            "INSERT INTO clubs(name, key, country, known) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (key) DO UPDATE SET country = COALESCE(EXCLUDED.country, clubs.country), "
            "known = GREATEST(clubs.known, EXCLUDED.known) RETURNING id", name, fold(name), country, int(known))
        await self._add_alias(db, name, "club", int(cid))
        return int(cid)

    async def _upsert_player(self, db: asyncpg.Connection, name: str, ids: dict[str, int]) -> int:
        key = fold(name)
        if key in ids:
            return ids[key]
        pid = await db.fetchval("SELECT id FROM players WHERE key = $1", key)
        if pid is None:
            pid = await db.fetchval("INSERT INTO players(name, key) VALUES ($1, $2) ON CONFLICT (key) "
                                    "DO UPDATE SET key = EXCLUDED.key RETURNING id", name, key)
        await self._add_alias(db, name, "player", int(pid))
        ids[key] = int(pid)
        return int(pid)

    async def _source_id(self, db: asyncpg.Connection, name: str | None, ids: dict[str, int]) -> int | None:
        key = fold(name or "")
        if not key:
            return None
        if key not in ids:
            sid = await db.fetchval("SELECT id FROM sources WHERE key = $1", key)
            if sid is None:
                sid = await db.fetchval("INSERT INTO sources(name, key) VALUES ($1, $2) ON CONFLICT (key) "
                                        "DO UPDATE SET key = EXCLUDED.key RETURNING id", name, key)
            ids[key] = int(sid)
        return ids[key]

    async def _add_alias(self, db: asyncpg.Connection, alias: str, kind: str, entity_id: int) -> None:
        key = fold(alias)
        if key:
            await db.execute("INSERT INTO aliases(alias, key, kind, entity_id, ambiguous) VALUES ($1, $2, $3, $4, 0) "
                             "ON CONFLICT DO NOTHING", alias, key, kind, entity_id)

    async def has_article(self, article_id: str) -> bool:
        return await self.pool.fetchval("SELECT 1 FROM articles WHERE id = $1", article_id) is not None

    async def article_ids(self) -> list[str]:
        return [r[0] for r in await self.pool.fetch("SELECT id FROM articles ORDER BY date, id")]

    async def add_article(self, article: Article, extraction: Extraction, *, alert: bool = True) -> AddResult:
        for attempt in range(_RETRIES):
            try:
                return await self._add_article(article, extraction, alert)
            except (asyncpg.DeadlockDetectedError, asyncpg.SerializationError):
                # Two processes storing articles that name the same new player: one transaction
                # lost; nothing of it was kept, so it is tried again whole.
                if attempt == _RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    async def _add_article(self, article: Article, extraction: Extraction, alert: bool) -> AddResult:
        from bot.store.subscriptions import enqueue_alerts

        aid = article.id
        self.writes += 1
        async with self.pool.acquire() as db, db.transaction():
            # The primary key decides, also against another process storing the same article now.
            inserted = await db.fetchval(
                "INSERT INTO articles(id, url, title, outlet, date, origin, text) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                "ON CONFLICT (id) DO NOTHING RETURNING 1",
                aid, article.url, article.title, article.outlet, article.date.isoformat(), article.origin, article.text)
            if inserted is None:
                return AddResult(aid, "duplicate")
            players, sources = await self._names(db, extraction)
            result = AddResult(aid, "new")
            for claim in dedupe_claims(extraction.claims):
                result.claim_ids.append(await self._insert_claim(db, aid, claim, players, sources))
            # Alerts in the same transaction as their claims; NOTIFY is sent when it commits.
            if alert and await enqueue_alerts(PgDb(db), result.claim_ids):
                await db.execute("SELECT pg_notify($1, '')", ALERTS_CHANNEL)
            for fact in extraction.facts:
                await self._insert_fact(db, aid, fact, players, sources)
                result.facts += 1
            result.claims = len(result.claim_ids)
            return result

    async def _names(self, db: asyncpg.Connection, extraction: Extraction
                     ) -> tuple[dict[str, int], dict[str, int]]:
        # New clubs and players in a fixed (sorted) order: two processes then take the same rows'
        # locks in the same order and do not deadlock.
        for club in sorted(extraction.new_clubs, key=lambda c: fold(c.name)):
            await self._upsert_club(db, club.name, club.country, known=False)
        players: dict[str, int] = {}
        for name in sorted(extraction.players, key=fold):
            await self._upsert_player(db, name, players)
        return players, {}

    async def replace_extraction(self, article_id: str, extraction: Extraction) -> int:
        self.writes += 1
        async with self.pool.acquire() as db, db.transaction():
            await db.execute("DELETE FROM claims WHERE article_id = $1", article_id)
            await db.execute("DELETE FROM facts WHERE article_id = $1", article_id)
            players, sources = await self._names(db, extraction)
            claims = dedupe_claims(extraction.claims)
            for claim in claims:
                await self._insert_claim(db, article_id, claim, players, sources)
            for fact in extraction.facts:
                await self._insert_fact(db, article_id, fact, players, sources)
            return len(claims)

    async def _insert_claim(self, db: asyncpg.Connection, aid: str, c: Claim, players: dict[str, int],
                            sources: dict[str, int]) -> int:
        pid = await self._upsert_player(db, c.player, players)
        cid = await self._club_id(db, c.club) or await self._upsert_club(db, c.club, None, known=False)
        sid = await self._source_id(db, c.source, sources)
        return int(await db.fetchval(
            "INSERT INTO claims(article_id, player_id, club_id, kind, past, source_id, date, event_date, "
            "currency, amount_min, amount_max, evidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
            "RETURNING id",
            aid, pid, cid, c.kind, int(c.past), sid, c.date.isoformat(), c.event_date,
            c.amount.currency if c.amount else None, c.amount.min if c.amount else None,
            c.amount.max if c.amount else None, c.evidence))

    async def _insert_fact(self, db: asyncpg.Connection, aid: str, f: Fact, players: dict[str, int],
                           sources: dict[str, int]) -> None:
        from bot.models import Amount

        pid = await self._upsert_player(db, f.player, players)
        sid = await self._source_id(db, f.source, sources)
        value = f.value.model_dump() if isinstance(f.value, Amount) else f.value
        await db.execute(
            "INSERT INTO facts(article_id, player_id, fact, value, source_id, date, evidence) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            aid, pid, f.fact, json.dumps(value, ensure_ascii=False), sid, f.date.isoformat(), f.evidence)

    # -- alert delivery across processes ------------------------------------------
    async def claim_outbox(self, columns: str, where: str, params: Sequence[Any], lease_until: float,
                           limit: int) -> list[tuple[Any, ...]]:
        # SKIP LOCKED: rows another process is claiming right now are passed over, not waited for,
        # so each due row goes to exactly one claimer; the lease then keeps it theirs.
        returning = ", ".join("o." + c.strip() for c in columns.split(","))
        sql = numbered(
            f"WITH picked AS (SELECT o.id FROM outbox o WHERE {where} "
            "ORDER BY o.status = 'sending' DESC, o.next_attempt_at, o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED) "
            f"UPDATE outbox o SET lease_until = ? FROM picked WHERE o.id = picked.id RETURNING {returning}")
        return [tuple(r) for r in await self.pool.fetch(sql, *params, limit, lease_until)]

    async def listen_alerts(self, wake: Callable[[], None]) -> bool:
        if self._listener is None:
            self._listener = await asyncpg.connect(self.url)
            await self._listener.add_listener(ALERTS_CHANNEL, lambda *_: wake())
        return True
