"""The bot's event loop stays responsive while it reads hostile feeds and answers questions (issue 15).

The hostile feeds are served by a local aiohttp server on 127.0.0.1; the bot polls them through its real
polling loop (bot.client.default_poller) and reads them with the owner's /news read, while a member asks
questions. A watchdog (tests/discord/watchdog.py) records the longest time the loop ran nothing.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.client import default_poller
from bot.config import Settings
from bot.store.feeds import list_feeds
from tests.discord.test_news import owner
from tests.discord.watchdog import Watchdog
from tests.reliability import hostile

log = logging.getLogger(__name__)

MAX_STALL = 0.100  # seconds: the bound for any one stall of the loop
RSS = "application/rss+xml; charset=utf-8"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"allow_private_addresses": True, "fetch_timeout": 5.0,
                                       "fetch_host_delay": 0.0})


@pytest.fixture
async def hostile_server() -> AsyncIterator[str]:
    base = ""
    bodies = {
        "/surrogate.xml": lambda: hostile.surrogate_feed(base),
        "/bogus.xml": hostile.bogus_encoding_feed,
        "/guids.xml": lambda: hostile.unclosed_guids_feed(8_000, base),
        "/dots.xml": lambda: hostile.marks_feed(20_000, base),
        "/good.xml": lambda: hostile.feed(hostile.item("Arsenal talks", f"{base}/news/good",
                                                       hostile.STORY.replace(b"Liverpool", b"Arsenal"))),
    }

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=bodies[request.path](), headers={"Content-Type": RSS})

    app = web.Application()
    for path in bodies:
        app.router.add_get(path, serve)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    try:
        yield base
    finally:
        await server.close()


async def test_no_loop_stall_while_reading_hostile_feeds_and_answering(world, hostile_server):
    import asyncio

    boss = owner(world)
    fan = world.member("fan")
    world.bot.poller = default_poller  # the real poll_due, over the feeds added below
    paths = ["/surrogate.xml", "/bogus.xml", "/guids.xml", "/dots.xml", "/good.xml"]
    for path in paths:
        added = await world.slash(boss, "news add", url=f"{hostile_server}{path}")
        assert added.ephemeral, added.text

    with Watchdog(asyncio.get_running_loop()) as dog:
        try:
            read = await world.slash(boss, "news read", url=f"{hostile_server}/guids.xml")
            answer = await world.slash(fan, "ask", question="who wants itakura?")
            await world.advance(61)  # the polling loop's turn: every feed, the bad ones first
            dots = await world.slash(boss, "news read", url=f"{hostile_server}/dots.xml")
            again = await world.slash(fan, "ask", question="who wants toney?")
            await world.settle()
        finally:
            log.warning("loop watchdog: worst stall %.1f ms (worst wall-clock gap %.1f ms) over %d ticks",
                        dog.worst * 1000, dog.worst_wall * 1000, dog.ticks)

    assert "Ko Itakura" in answer.all_text and again.embeds
    assert "✅ new" in read.text or "➖ duplicate" in read.text, read.text
    assert "failed" not in dots.text.splitlines()[1], dots.text
    feeds = {f.url.removeprefix(hostile_server): f for f in await list_feeds(world.bot.store)}
    # Every feed was polled; the malformed ones are failures on record, and did not stop the good one.
    assert all(feeds[p].last_polled_at for p in paths)
    assert feeds["/bogus.xml"].failures == 1 and "not a feed" in (feeds["/bogus.xml"].last_error or "")
    assert feeds["/good.xml"].failures == 0
    assert dog.ticks > 10
    assert dog.worst < MAX_STALL, f"the event loop stalled for {dog.worst * 1000:.0f} ms"
