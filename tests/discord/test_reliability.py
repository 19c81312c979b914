"""The bot's event loop stays responsive while it reads hostile feeds and answers questions (issue 15).

The hostile feeds are served by a local aiohttp server on 127.0.0.1; the bot polls them through its real
polling loop (bot.client.default_poller) and reads them with the owner's /news read, while a member asks
questions. A watchdog (tests/discord/watchdog.py) records the longest time the loop ran nothing.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.client import default_poller
from bot.config import Settings
from bot.store.feeds import list_feeds, remove_feed
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
    for feed in await list_feeds(world.bot.store):  # the shipped feeds: removed, so nothing leaves 127.0.0.1
        if not feed.url.startswith(hostile_server):
            await remove_feed(world.bot.store, feed.id)

    # No gc.freeze() here: the objects alive now (360,000 in a full run: the bot's start-up heap and the
    # rest of the suite's) would take a full garbage collection 200 ms, run by whichever thread allocates
    # while it holds the GIL. The bot's own setup_hook froze them (TransferBot.freeze_startup_heap), as a
    # real bot's start-up does; this measure is of that.
    assert gc.get_freeze_count() > 0, "setup_hook froze nothing"
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


async def test_the_bot_freezes_its_startup_heap_until_its_store_closes(world):
    from bot.client import TransferBot

    # setup_hook ended with gc.collect(); gc.freeze(): later collections never walk the start-up heap.
    assert gc.get_freeze_count() > 0 and TransferBot._heap_frozen_by == id(world.bot)
    await world.bot.close_store()
    assert gc.get_freeze_count() == 0 and TransferBot._heap_frozen_by is None


# -- Discord defects found by probing (issue 15) ------------------------------------------------------

async def test_unsubscribe_needs_manage_channels_where_the_subscription_posts(world):
    import discord

    from bot.store import subscriptions as subs

    mod = world.member("mod", manage_channels=True)
    made = await world.slash(mod, "subscribe player", name="Ko Itakura")  # posts in #general
    assert "Subscribed" in made.text
    [sub] = await subs.list_subscriptions(world.bot.store)
    helper = world.member("helper")  # may manage #desk only
    desk = world.text_channel("desk", overwrites={helper: discord.PermissionOverwrite(manage_channels=True)})
    world.allow_command("unsubscribe", helper)
    refused = await world.slash(helper, "unsubscribe", where=desk, subscription=str(sub.id))
    assert refused.ephemeral and "Manage Channels permission in" in refused.text
    assert [s.id for s in await subs.list_subscriptions(world.bot.store)] == [sub.id]
    done = await world.slash(mod, "unsubscribe", where=desk, subscription=str(sub.id))
    assert "Unsubscribed" in done.text
    assert await subs.list_subscriptions(world.bot.store) == []


async def test_player_club_and_rumours_share_the_per_user_question_limit(world):
    from bot.ratelimit import UserRateLimit

    world.bot.question_limit = UserRateLimit(3, 60.0)
    fan, other = world.member("fan"), world.member("other")
    for command, options in [("player", {"name": "Ko Itakura"}), ("club", {"name": "Liverpool"}),
                             ("rumours latest", {})]:
        assert not (await world.slash(fan, command, **options)).ephemeral, command
    for command, options in [("player", {"name": "Ko Itakura"}), ("club", {"name": "Liverpool"}),
                             ("rumours latest", {}), ("ask", {"question": "who wants itakura"})]:
        slow = await world.slash(fan, command, **options)
        assert slow.ephemeral and "Slow down" in slow.text, command
    assert not (await world.slash(other, "player", name="Ko Itakura")).ephemeral  # per user
    await world.advance(61)
    assert not (await world.slash(fan, "club", name="Liverpool")).ephemeral


async def test_subscriptions_lists_every_subscription_in_whole_lines(world):
    from bot.store import subscriptions as subs

    world.bot.settings = world.bot.settings.model_copy(update={"max_subscriptions_per_guild": 100})
    for i in range(98):
        await subs.add_subscription(world.bot.store, guild_id=world.guild.id, channel_id=world.channel.id,
                                    kind="player", entity_id=10_000 + i, limit=100,
                                    name=f"A player with a rather long name, number {i:02d}")
    fan = world.member("fan")
    reply = await world.slash(fan, "subscriptions")
    pages = [reply.embed]

    def next_enabled(r) -> bool:
        return any(getattr(c, "label", None) == "Next" and not c.disabled
                   for row in r.message.components for c in getattr(row, "children", [row]))

    while next_enabled(reply) and len(pages) < 10:
        reply = await world.click(fan, reply, "Next")
        pages.append(reply.embed)
    lines = [line for e in pages for line in (e.description or "").splitlines()]
    assert len(pages) > 1 and len(lines) == 98
    assert all(line.endswith(f"<#{world.channel.id}>") for line in lines)
    assert all(len(e.description or "") <= 4096 for e in pages)
    assert pages[0].footer.text.startswith("98 of 100")
