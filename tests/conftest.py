"""Fixtures shared by every test package: settings over a temporary database, on both backends.

A test that touches the database asks for `db_target` (or a fixture built on it, such as
`settings`) and runs twice: on a SQLite file and on PostgreSQL, each time over a database of its
own (PostgreSQL: a schema of its own, dropped after the test, in the server named by
TRANSFERBOT_TEST_PG, default the local one with trust auth). Without a reachable server the
PostgreSQL half is skipped, saying why (it fails instead with TRANSFERBOT_TEST_PG_REQUIRED=1, as .ci/run
sets). Mark a test `sqlite_only` to run it on SQLite alone.

`store` is the small hand-made claim database of tests/answer/small_db.py, on either backend (packages
that need another kind of store, an empty one or one filled by ingesting, define their own `store`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from bot.config import Settings, load_settings
from bot.store import redact

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("TRANSFERBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: run on the SQLite backend alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


_PG_STATUS: list[str | None] = []


def pg_unavailable() -> str | None:
    """Why PostgreSQL tests cannot run here (None: they can). Asked once per session."""
    if not _PG_STATUS:
        async def probe() -> None:
            import asyncpg

            conn = await asyncpg.connect(PG_URL, timeout=3)
            await conn.close()

        try:
            asyncio.run(probe())
            _PG_STATUS.append(None)
        except Exception as exc:
            _PG_STATUS.append(f"no PostgreSQL server reachable at {redact(PG_URL)} ({type(exc).__name__}: {exc}); "
                              "set TRANSFERBOT_TEST_PG to a server's URL to run the PostgreSQL half")
    return _PG_STATUS[0]


class PgSchemas:
    """Schemas of the test server, one per test database.

    Creating a schema and migrating it costs half a second, so a schema a test is done with is
    emptied (TRUNCATE ... RESTART IDENTITY: no row and no id carries over) and handed to the next
    test, which then finds it migrated and empty, as a new database would be. All are dropped at
    the end of the session.
    """

    def __init__(self) -> None:
        self.made: list[str] = []
        self.free: list[str] = []

    def url(self, schema: str) -> str:
        # Commits need not wait for the disk in tests (a server setting, passed on by asyncpg).
        sep = "&" if "?" in PG_URL else "?"
        return f"{PG_URL}{sep}synchronous_commit=off&search_path={quote(schema)}"

    def new(self, prefix: str = "t") -> str:
        if prefix == "t" and self.free:
            return self.url(self.free.pop())
        schema = f"tb_{prefix}_{os.getpid()}_{uuid.uuid4().hex[:10]}"
        self._run(f'CREATE SCHEMA "{schema}"')
        self.made.append(schema)
        return self.url(schema)

    def drop(self, url: str) -> None:
        """Done with this test's schema: empty it for the next test."""
        schema = url.rsplit("search_path=", 1)[-1]
        try:
            self._run(RESET_SQL.replace("{schema}", schema))
        except Exception:  # still in use (a store left open mid-transaction): leave it to drop_all
            return
        self.free.append(schema)

    def drop_all(self) -> None:
        for schema in self.made:
            self._run(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        self.made.clear()
        self.free.clear()

    @staticmethod
    def _run(sql: str) -> None:
        async def go() -> None:
            import asyncpg

            conn = await asyncpg.connect(PG_URL, timeout=10)
            try:
                await conn.execute(sql)
            finally:
                await conn.close()

        # Fixtures may run inside a test's event loop: a thread of its own keeps asyncio.run legal.
        errors: list[BaseException] = []

        def target() -> None:
            try:
                asyncio.run(go())
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=target)
        t.start()
        t.join()
        if errors:
            raise errors[0]


# Every table of the schema but the migrations' record emptied, and its sequences reset. DELETE, not
# TRUNCATE: the tables of a test are small, and TRUNCATE makes new files for each (half a second).
# Foreign keys are not checked meanwhile (session_replication_role; the test user is a superuser).
RESET_SQL = """
SET lock_timeout = '5s';
SET session_replication_role = replica;
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = '{schema}' AND tablename <> 'schema_migrations'
    LOOP
        EXECUTE format('DELETE FROM %I.%I', '{schema}', r.tablename);
    END LOOP;
    FOR r IN SELECT sequencename FROM pg_sequences WHERE schemaname = '{schema}'
    LOOP
        EXECUTE format('SELECT setval(%L, 1, false)', quote_ident('{schema}') || '.' || quote_ident(r.sequencename));
    END LOOP;
END $$;
"""

@pytest.fixture(scope="session")
def pg_schemas() -> Iterator[PgSchemas]:
    schemas = PgSchemas()
    yield schemas
    if schemas.made:
        schemas.drop_all()


@pytest.fixture(scope="session")
def pg_reason() -> str | None:
    """Why the PostgreSQL half cannot run here, for fixtures parametrised by backend on their own."""
    return pg_unavailable()

# Property-based tests (tests/reliability): a small fixed profile in CI, a long random one by hand
# (TRANSFERBOT_HYPOTHESIS=long, see the README's Reliability section). No example database is written.
_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
hypothesis_settings.register_profile("ci", max_examples=30, deadline=None, derandomize=True, database=None,
                                     suppress_health_check=_QUIET, print_blob=True)
hypothesis_settings.register_profile("long", max_examples=3000, deadline=None, database=None,
                                     suppress_health_check=_QUIET, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("TRANSFERBOT_HYPOTHESIS", "ci"))


@pytest.fixture(scope="session")
def knowledge_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped knowledge without its seed articles (faster) and without the real feeds list."""
    target = tmp_path_factory.mktemp("knowledge") / "knowledge"
    shutil.copytree(ROOT / "knowledge", target, ignore=shutil.ignore_patterns("seeds", "feeds.toml"))
    return target


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path) -> Path:
    """A SQLite database with that knowledge loaded, made once; each test copies the file (loading
    takes a second). Checkpointed, so the file alone holds everything."""
    from bot.ingest import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"

    async def make() -> None:
        store = await open_database(load_settings(db=path, knowledge_dir=knowledge_dir))
        await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await store.close()

    asyncio.run(make())
    return path


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        reason = pg_unavailable()
        if reason and os.environ.get("TRANSFERBOT_TEST_PG_REQUIRED") == "1":  # CI: both halves or a failure
            pytest.fail(reason)
        if reason:
            pytest.skip(reason)
    return name


@pytest.fixture
def db_target(backend: str, tmp_path: Path, pg_schemas: PgSchemas) -> Iterator[Path | str]:
    """A new, empty database of the test's backend: a SQLite path, or a PostgreSQL URL."""
    if backend == "sqlite":
        yield tmp_path / "transferbot.db"
        return
    url = pg_schemas.new()
    yield url
    pg_schemas.drop(url)


@pytest.fixture
def settings(db_target: Path | str) -> Settings:
    return load_settings(db=db_target, knowledge_dir=ROOT / "knowledge")


@pytest.fixture
async def store(db_target: Path | str):
    from bot.store import Store
    from tests.answer.small_db import fill

    s = await Store.open(db_target)
    await fill(s)
    yield s
    await s.close()
