"""The store interface: what every layer above bot/store/ calls, whichever database is behind it.

Two backends implement it (Red-DiscordBot's drivers are the model: one base class, a
driver per database, chosen by configuration, the same tests run on each):

- `bot.store.store.SqliteStore`: an embedded SQLite file (the default; nothing to run);
- `bot.store.postgres.PgStore`: PostgreSQL through asyncpg, for several bot processes
  sharing one database.

`await Store.open(target)` picks by the target: a `postgresql://` (or `postgres://`) URL
opens PostgreSQL, anything else is a SQLite file path. The read queries are shared
(bot/store/reads.py); each backend has its own write path, migrations and connection handling.
"""

from __future__ import annotations

import abc
import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.store.reads import ReadQueries

if TYPE_CHECKING:
    from bot.knowledge import Gazetteer
    from bot.models import Article, Extraction
    from bot.store.rows import AddResult, RemovedArticle
    from bot.store.sql import Db

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
BACKENDS = {"sqlite": ("bot.store.store", "SqliteStore"), "postgresql": ("bot.store.postgres", "PgStore")}


def is_postgres(target: object) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def redact(target: object) -> str:
    """A database target fit for a log line or a message: a URL's password is never shown."""
    text = str(target)
    if is_postgres(text) and "@" in text:
        scheme, rest = text.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}" if user else f"{scheme}://{host}"
    return text


class StoreOpenError(Exception):
    """The database cannot be opened or is not a transferbot database; the message says why."""


class Store(ReadQueries, abc.ABC):
    """One claim database. Open with `await Store.open(path_or_url)`."""

    path: Path | str  # the SQLite file, or the Postgres URL without its password (logs, caches)
    backend: str  # "sqlite" | "postgresql"
    names_in_sql: bool = False  # answer one question with indexed name look-ups (bot.answer.resolve)

    @classmethod
    async def open(cls, target: Path | str) -> Store:
        # The backend's module by name: it (and its driver, asyncpg or aiosqlite) is imported only when
        # chosen, and this interface does not depend on the backends that implement it.
        module, name = BACKENDS["postgresql" if is_postgres(target) else "sqlite"]
        backend: type[Store] = getattr(importlib.import_module(module), name)
        return await backend.open(str(target) if is_postgres(target) else target)

    @abc.abstractmethod
    async def close(self) -> None: ...

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # The backend-neutral executor (bot/store/sql.py), for the SQL written once for both.
    @abc.abstractmethod
    def tx(self) -> AbstractAsyncContextManager[Db]:
        """A write transaction: committed when the block ends, rolled back on any error."""

    @property
    @abc.abstractmethod
    def db(self) -> Db:
        """Statements outside a transaction (each its own)."""

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = await self.db.fetchrow(sql, params)
        return row[0] if row else None

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return await self.db.fetch(sql, params)

    # -- meta, knowledge, articles ------------------------------------------------------
    @abc.abstractmethod
    async def get_meta(self, key: str) -> str | None: ...

    @abc.abstractmethod
    async def set_meta(self, key: str, value: str) -> None:
        """Write one meta value, committed on its own (each backend's set_meta is its own transaction)."""

    async def save_meta(self, key: str, value: str) -> None:
        """set_meta for callers outside a transaction (main's name for it). set_meta already commits on
        its own: wrapping it in another transaction would wait forever on SQLite's write lock."""
        await self.set_meta(key, value)

    @abc.abstractmethod
    async def load_knowledge(self, gaz: Gazetteer) -> None:
        """Upsert clubs, aliases, sources, managers and known players from knowledge/, in one transaction."""

    @abc.abstractmethod
    async def has_article(self, article_id: str) -> bool: ...

    @abc.abstractmethod
    async def add_article(self, article: Article, extraction: Extraction, *, alert: bool = True) -> AddResult:
        """Store an article with its claims, facts and alerts in one transaction; a known article adds nothing.
        `alert=False` queues no alerts (an undated page may be old news)."""

    async def remove_article(self, article_id: str) -> int | None:
        """Delete an article with its claims and facts, in one transaction; its claims leave the pending
        alerts too (an alert left with none is dropped). The article is remembered as removed (its id and
        URL), so that ingest does not store it again until `restore_article`. Returns the claims removed,
        None if unknown."""
        from bot.store.subscriptions import forget_claims

        removed_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        async with self.tx() as db:
            gone = {int(r[0]) for r in await db.fetch("SELECT id FROM claims WHERE article_id = ?", (article_id,))}
            await db.execute(
                "INSERT INTO removed_articles(id, url, origin, title, removed_at) "
                "SELECT id, url, origin, title, ? FROM articles WHERE id = ? "
                "ON CONFLICT (id) DO UPDATE SET url = excluded.url, origin = excluded.origin, "
                "title = excluded.title, removed_at = excluded.removed_at", (removed_at, article_id))
            if not await db.execute("DELETE FROM articles WHERE id = ?", (article_id,)):  # claims, facts cascade
                return None
            if gone:
                await forget_claims(db, gone)
            return len(gone)

    async def removed_article(self, article_id: str, url: str | None = None) -> RemovedArticle | None:
        """The removed article with this id, else one removed with this URL (a page read again may have
        changed a little, its URL not); None when neither was removed."""
        from bot.store.rows import RemovedArticle

        row = await self.db.fetchrow(
            "SELECT id, url, origin, title, removed_at FROM removed_articles WHERE id = ? OR url = ? "
            "ORDER BY id = ? DESC, removed_at DESC LIMIT 1", (article_id, url, article_id))
        return RemovedArticle(*row) if row else None

    async def restore_article(self, ref: str) -> list[RemovedArticle]:
        """Forget the removals of the articles `ref` names (id, URL or origin), so that ingest and polling
        may store them again; feed entries settled for them are read at the next poll. Returns them."""
        from bot.store.rows import RemovedArticle

        ref = ref.strip()
        async with self.tx() as db:
            rows = [RemovedArticle(*r) for r in await db.fetch(
                "SELECT id, url, origin, title, removed_at FROM removed_articles "
                "WHERE id = ? OR url = ? OR origin = ? ORDER BY removed_at, id", (ref.lower(), ref, ref))]
            for r in rows:
                await db.execute("DELETE FROM removed_articles WHERE id = ?", (r.id,))
                await db.execute("DELETE FROM feed_entries_settled WHERE key = ? OR key = ?",
                                 (r.url or r.origin, r.origin))
        return rows

    @abc.abstractmethod
    async def replace_extraction(self, article_id: str, extraction: Extraction) -> int: ...

    @abc.abstractmethod
    async def article_ids(self) -> list[str]: ...

    # -- alert delivery across processes (bot.store.subscriptions.claim_alerts) -----------
    @abc.abstractmethod
    async def claim_outbox(self, columns: str, where: str, params: Sequence[Any], lease_until: float,
                           limit: int) -> list[tuple[Any, ...]]:
        """Lease up to `limit` outbox rows (alias `o`) matching `where` until `lease_until`; their `columns`."""

    async def listen_alerts(self, wake: Callable[[], None]) -> bool:
        """Call `wake` whenever another process (or this one) queues alerts. False when the backend cannot
        tell (SQLite): delivery then relies on its polling interval alone."""
        return False
