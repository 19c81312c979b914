"""A local HTTP server on 127.0.0.1 (random port) serving fixture feeds and pages, and settings to reach it.

Nothing here reaches the internet: every URL the tests fetch is on this server,
and the knowledge directory the tests use has no shipped feeds.toml.
"""

from __future__ import annotations

import asyncio
import gzip
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "web"
HUGE_BYTES = 50 * 1024 * 1024
LAST_MODIFIED = formatdate(1705400000, usegmt=True)
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclass
class WebServer:
    base: str
    hits: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    huge_sent: list[int] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.hits if p == path)

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.hits if p == path]


def _fixture(name: str, base: str) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")


def make_app(state: WebServer) -> web.Application:
    routes = web.RouteTableDef()

    @web.middleware
    async def record(request: web.Request, handler):
        state.hits.append((request.path, dict(request.headers)))
        return await handler(request)

    def fixture(name: str, ctype: str):
        async def handler(request: web.Request) -> web.Response:
            return web.Response(body=_fixture(name, state.base), headers={"Content-Type": ctype})
        return handler

    async def etag_feed(request: web.Request) -> web.Response:
        headers = {"ETag": '"rss-v1"', "Last-Modified": LAST_MODIFIED}
        if request.headers.get("If-None-Match") == '"rss-v1"':
            return web.Response(status=304, headers=headers)
        return web.Response(body=_fixture("rss2.xml", state.base), headers={**headers, "Content-Type": RSS})

    async def lastmod_feed(request: web.Request) -> web.Response:
        headers = {"Last-Modified": LAST_MODIFIED}
        if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return web.Response(status=304, headers=headers)
        return web.Response(body=_fixture("atom.xml", state.base), headers={**headers, "Content-Type": ATOM})

    async def gzip_feed(request: web.Request) -> web.Response:
        body = gzip.compress(_fixture("rss2.xml", state.base))
        return web.Response(body=body, headers={"Content-Type": RSS, "Content-Encoding": "gzip"})

    async def error500(request: web.Request) -> web.Response:
        return web.Response(status=500, text="Internal Server Error")

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(30)
        return web.Response(text="too late")

    async def loop_a(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop/b")

    async def loop_b(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop/a")

    async def chain(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n <= 0:
            return web.Response(body=_fixture("chelsea-osimhen.html", state.base), headers={"Content-Type": HTML})
        raise web.HTTPFound(f"/chain/{n - 1}")

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("/articles/chelsea-osimhen.html")

    async def to_private(request: web.Request) -> web.Response:
        raise web.HTTPFound("http://10.0.0.1/internal/admin")

    async def to_loopback(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://127.0.0.2:{request.url.port}/articles/chelsea-osimhen.html")

    async def huge(request: web.Request) -> web.StreamResponse:
        """50 MB of a feed-looking body, chunked, produced lazily; stops when the client hangs up."""
        resp = web.StreamResponse(headers={"Content-Type": RSS})
        if request.query.get("declared"):
            resp.content_length = HUGE_BYTES
        else:
            resp.enable_chunked_encoding()
        await resp.prepare(request)
        chunk = b"<!-- " + b"x" * (1024 * 1024 - 9) + b" -->\n"
        sent = 0
        try:
            while sent < HUGE_BYTES:
                await resp.write(chunk)
                sent += len(chunk)
        except (ConnectionResetError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            state.huge_sent.append(sent)
        return resp

    async def latin1(request: web.Request) -> web.Response:
        # Written in windows-1252, served (and declared in <meta>) as UTF-8: the wrong encoding.
        return web.Response(body=(FIXTURES / "latin1.html").read_bytes(), headers={"Content-Type": HTML})

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=PNG, headers={"Content-Type": "image/png"})

    async def not_xml(request: web.Request) -> web.Response:
        return web.Response(body=(FIXTURES / "notxml.json").read_bytes(), headers={"Content-Type": RSS})

    async def mislabelled_feed(request: web.Request) -> web.Response:
        return web.Response(body=_fixture("atom.xml", state.base), headers={"Content-Type": "text/html"})

    async def teaser_slow(request: web.Request) -> web.Response:
        body = _fixture("teaser.xml", state.base).replace(b"/articles/chelsea-osimhen.html", b"/slow")
        return web.Response(body=body, headers={"Content-Type": RSS, "ETag": '"teaser-slow"'})

    app = web.Application(middlewares=[record])
    async def empty_feed(request: web.Request) -> web.Response:
        body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
        return web.Response(body=body, headers={"Content-Type": RSS})

    r = app.router
    r.add_get("/rss.xml", fixture("rss2.xml", RSS))
    r.add_get("/atom.xml", fixture("atom.xml", ATOM))
    r.add_get("/teaser.xml", fixture("teaser.xml", RSS))
    r.add_get("/broken.xml", fixture("broken.xml", RSS))
    r.add_get("/etag.xml", etag_feed)
    r.add_get("/lastmod.xml", lastmod_feed)
    r.add_get("/gzip.xml", gzip_feed)
    r.add_get("/teaser-slow.xml", teaser_slow)
    r.add_get("/notxml.xml", not_xml)
    r.add_get("/mislabelled", mislabelled_feed)
    r.add_get("/articles/chelsea-osimhen.html", fixture("chelsea-osimhen.html", HTML))
    r.add_get("/articles/boilerplate.html", fixture("boilerplate.html", HTML))
    r.add_get("/articles/index.html", fixture("index.html", HTML))
    r.add_get("/articles/login.html", fixture("login.html", HTML))
    r.add_get("/articles/latin1.html", latin1)
    r.add_get("/image.png", image)
    r.add_get("/error500", error500)
    r.add_get("/slow", slow)
    r.add_get("/loop/a", loop_a)
    r.add_get("/loop/b", loop_b)
    r.add_get("/chain/{n}", chain)
    r.add_get("/moved", moved)
    r.add_get("/to-private", to_private)
    r.add_get("/to-loopback", to_loopback)
    r.add_get("/huge", huge)
    r.add_get("/empty.xml", empty_feed)
    app.add_routes(routes)
    return app


@pytest.fixture
async def web_server() -> AsyncIterator[WebServer]:
    state = WebServer(base="")
    server = TestServer(make_app(state), host="127.0.0.1", port=0)
    await server.start_server()
    state.base = str(server.make_url("")).rstrip("/")
    try:
        yield state
    finally:
        await server.close()


@pytest.fixture
def web_settings(db_target: Path | str, knowledge_dir: Path, request: pytest.FixtureRequest) -> Settings:
    db = db_target
    if isinstance(db, Path):  # SQLite: a copy of the template (Postgres: a new schema, filled on opening)
        shutil.copyfile(request.getfixturevalue("template_db"), db)
    return load_settings(db=db, knowledge_dir=knowledge_dir, allow_private_addresses=True,
                         fetch_timeout=1.0, fetch_host_delay=0.0, max_redirects=5)


@pytest.fixture
async def store(web_settings):
    """The database the web tests ingest into: a new one, with the shipped knowledge."""
    from bot.ingest import open_database

    store = await open_database(web_settings)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def env(monkeypatch, web_settings):
    """The environment a command-line run needs to reach the local server (and nothing else)."""
    monkeypatch.setenv("TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("TRANSFERBOT_KNOWLEDGE_DIR", str(web_settings.knowledge_dir))
    monkeypatch.setenv("TRANSFERBOT_FETCH_HOST_DELAY", "0")
    monkeypatch.setenv("TRANSFERBOT_FETCH_TIMEOUT", "1")
    return web_settings


async def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """`transferbot ARGV` in a thread (main() runs its own loop while the test's serves the fixtures)."""
    from bot.cli import main

    code = await asyncio.to_thread(main, list(argv))
    out, err = capsys.readouterr()
    return code, out, err
