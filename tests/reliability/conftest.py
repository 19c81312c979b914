"""Fixtures of the reliability suite: settings over a copy of the knowledge-only template database
(`template_db`, tests/conftest.py) and a local server (127.0.0.1) that serves whatever bytes a test
gives it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import Settings, load_settings

RSS = "application/rss+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"


@pytest.fixture
def rsettings(tmp_path: Path, knowledge_dir: Path, template_db: Path) -> Settings:
    db = tmp_path / "t.db"
    shutil.copyfile(template_db, db)
    return load_settings(db=db, knowledge_dir=knowledge_dir, allow_private_addresses=True,
                         fetch_timeout=2.0, fetch_host_delay=0.0)


@pytest.fixture
def bsettings(db_target: Path | str, knowledge_dir: Path, request: pytest.FixtureRequest) -> Settings:
    """rsettings on the test's backend (the test runs on both): SQLite a copy of the template, PostgreSQL a
    new schema that is filled with the knowledge on opening."""
    if isinstance(db_target, Path):
        shutil.copyfile(request.getfixturevalue("template_db"), db_target)
    return load_settings(db=db_target, knowledge_dir=knowledge_dir, allow_private_addresses=True,
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
