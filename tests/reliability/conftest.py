"""Fixtures of the reliability suite: a database with the knowledge but no seeds, and a local server
(127.0.0.1) that serves whatever bytes a test gives it."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
RSS = "application/rss+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="session")
def bare_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("rknowledge") / "knowledge"
    shutil.copytree(ROOT / "knowledge", target, ignore=shutil.ignore_patterns("seeds", "feeds.toml"))
    return target


@pytest.fixture(scope="session")
def bare_template(tmp_path_factory: pytest.TempPathFactory, bare_knowledge: Path) -> Path:
    from bot.ingest import open_database

    path = tmp_path_factory.mktemp("rtemplate") / "template.db"

    async def make() -> None:
        store = await open_database(load_settings(db=path, knowledge_dir=bare_knowledge))
        await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await store.close()

    asyncio.run(make())
    return path


@pytest.fixture
def rsettings(tmp_path: Path, bare_knowledge: Path, bare_template: Path) -> Settings:
    db = tmp_path / "t.db"
    shutil.copyfile(bare_template, db)
    return load_settings(db=db, knowledge_dir=bare_knowledge, allow_private_addresses=True,
                         fetch_timeout=2.0, fetch_host_delay=0.0)


@pytest.fixture
def bsettings(db_target: Path | str, bare_knowledge: Path, request: pytest.FixtureRequest) -> Settings:
    """rsettings on the test's backend (the test runs on both): SQLite a copy of the template, PostgreSQL a
    new schema that is filled with the knowledge on opening."""
    if isinstance(db_target, Path):
        shutil.copyfile(request.getfixturevalue("bare_template"), db_target)
    return load_settings(db=db_target, knowledge_dir=bare_knowledge, allow_private_addresses=True,
                         fetch_timeout=2.0, fetch_host_delay=0.0)


@pytest.fixture
async def rstore(rsettings: Settings):
    from bot.ingest import open_database

    store = await open_database(rsettings)
    try:
        yield store
    finally:
        await store.close()


@dataclass
class Server:
    base: str = ""
    routes: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes, ctype: str = RSS) -> str:
        self.routes[path] = (body, ctype)
        return self.url(path)

    def count(self, path: str) -> int:
        return self.hits.count(path)


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    state = Server()

    async def handle(request: web.Request) -> web.Response:
        state.hits.append(request.path)
        if request.path not in state.routes:
            return web.Response(status=404, text="not found")
        body, ctype = state.routes[request.path]
        return web.Response(body=body, headers={"Content-Type": ctype})

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    srv = TestServer(app, host="127.0.0.1", port=0)
    await srv.start_server()
    state.base = str(srv.make_url("")).rstrip("/")
    try:
        yield state
    finally:
        await srv.close()
