"""Owner-only `/news read|feeds|add|remove`: reading a URL from Discord and managing the polled feeds.

Every URL read here is on a local aiohttp server on 127.0.0.1 (reachable because
these tests' settings allow private addresses); nothing reaches the internet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import Settings
from bot.store.feeds import list_feeds

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
RSS = "application/rss+xml; charset=utf-8"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The Discord tests' settings, able to fetch from the local test server at once."""
    return settings.model_copy(update={"allow_private_addresses": True, "fetch_timeout": 5.0,
                                       "fetch_host_delay": 0.0})


@pytest.fixture
async def news_server() -> AsyncIterator[str]:
    """/rss.xml (two transfer stories, full text) and /error500; yields the base URL."""
    base = ""

    async def rss(request: web.Request) -> web.Response:
        body = (FIXTURES / "rss2.xml").read_text(encoding="utf-8").replace("{base}", base)
        return web.Response(body=body.encode("utf-8"), headers={"Content-Type": RSS})

    async def error500(request: web.Request) -> web.Response:
        return web.Response(status=500, text="Internal Server Error")

    app = web.Application()
    app.router.add_get("/rss.xml", rss)
    app.router.add_get("/error500", error500)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    try:
        yield base
    finally:
        await server.close()


def admin(world, name: str):
    role = world.guild.create_role(f"{name}-admins", permissions=discord.Permissions(administrator=True))
    return world.guild.add_member(world.user(name), roles=[role])


def owner(world, name: str = "owner"):
    """A server admin who is also one of the bot's owners (TRANSFERBOT_OWNER_IDS)."""
    member = admin(world, name)
    world.bot.owner_ids = {*(world.bot.owner_ids or ()), member.id}
    return member


async def article_urls(store) -> set[str]:
    return {r[0] for r in await store.db.fetch("SELECT url FROM articles WHERE url IS NOT NULL")}


async def claims_from(store, url: str) -> list[tuple[str, str]]:
    rows = await store.db.fetch(
        "SELECT p.name, c.name FROM claims cl JOIN articles a ON a.id = cl.article_id "
        "JOIN players p ON p.id = cl.player_id JOIN clubs c ON c.id = cl.club_id WHERE a.url = ?", (url,))
    return [(r[0], r[1]) for r in rows]


async def test_owner_reads_a_feed_and_its_claims_are_stored(world, news_server):
    boss = owner(world)
    assert "news read" in world.visible_commands(boss)
    reply = await world.slash(boss, "news read", url=f"{news_server}/rss.xml")
    assert reply.ephemeral
    lines = reply.text.splitlines()
    assert lines[0] == f"Read <{news_server}/rss.xml>:"
    assert lines[1].startswith("✅ new: Liverpool make £40m bid for Brentford striker Ivan Toney (")
    assert lines[2].startswith("✅ new: Arsenal in talks with Real Sociedad over Martin Zubimendi (")
    assert lines[-1].startswith("**2 new, 0 duplicate, 0 failed; ") and lines[-1].endswith(" added**")
    assert "@" not in reply.text

    store = world.bot.store
    toney, zubimendi = f"{news_server}/news/liverpool-bid-toney", f"{news_server}/news/arsenal-talks-zubimendi"
    assert {toney, zubimendi} <= await article_urls(store)
    assert ("Ivan Toney", "Liverpool") in await claims_from(store, toney)
    added = int(lines[-1].split("; ")[1].split()[0])
    assert added >= 2

    again = await world.slash(boss, "news read", url=f"{news_server}/rss.xml")
    assert again.text.splitlines()[1].startswith("➖ duplicate: ")
    assert again.text.splitlines()[-1] == "**0 new, 2 duplicate, 0 failed; 0 claims added**"


async def test_a_failing_url_gives_a_clear_line_not_an_error(world, news_server):
    boss = owner(world)
    reply = await world.slash(boss, "news read", url=f"{news_server}/error500")
    assert reply.ephemeral
    lines = reply.text.splitlines()
    assert lines[1].startswith(f"❌ failed: <{news_server}/error500>: ")
    assert "500" in lines[1]
    assert lines[-1] == "**0 new, 0 duplicate, 1 failed; 0 claims added**"
    assert world.user_errors() == [] and world.unexpected_errors() == []

    bad = await world.slash(boss, "news read", url="ftp://example.com/feed")
    assert bad.ephemeral and bad.text == "That is not an http(s) URL."


async def test_only_the_bots_owner_may_use_news(world, news_server):
    member = world.member("bob")
    assert "news read" not in world.visible_commands(member)  # default permissions: admins only

    mod = admin(world, "mod")  # a server admin, but not the bot's owner
    before = len(await article_urls(world.bot.store))
    for command, options in [("news read", {"url": f"{news_server}/rss.xml"}), ("news feeds", {}),
                             ("news add", {"url": f"{news_server}/rss.xml"}), ("news remove", {"feed": "1"})]:
        reply = await world.slash(mod, command, **options)
        assert reply.ephemeral
        assert reply.text == "Only the bot's owner can do that.", command
    assert len(await article_urls(world.bot.store)) == before
    assert all(f.url != f"{news_server}/rss.xml" for f in await list_feeds(world.bot.store))
    assert await world.autocomplete(mod, "news remove", "feed", "") == []


async def test_add_list_remove_round_trip(world, news_server):
    boss = owner(world)
    url = f"{news_server}/rss.xml"
    reply = await world.slash(boss, "news add", url=url, name="Transfer Desk @everyone", interval_minutes=15)
    assert reply.ephemeral
    [row] = [f for f in await list_feeds(world.bot.store) if f.url == url]
    assert (row.name, row.interval_minutes) == ("Transfer Desk @everyone", 15)
    assert reply.text.startswith(f"Added feed `{row.id}` **Transfer Desk @\u200beveryone** <{url}>")

    dup = await world.slash(boss, "news add", url=url)
    assert dup.text == "That feed is already registered."

    listing = await world.slash(boss, "news feeds")
    assert listing.ephemeral
    [line] = [ln for ln in listing.text.splitlines() if url in ln]
    assert line == (f"`{row.id}` **Transfer Desk @\u200beveryone** <{url}> · every 15 min · never polled · "
                    "next poll: due now")

    choices = await world.autocomplete_raw(boss, "news remove", "feed", "desk")
    assert choices == [{"name": f"{row.id}: Transfer Desk @everyone ({url})", "value": str(row.id)}]
    every = await world.autocomplete_raw(boss, "news remove", "feed", "")
    assert 1 <= len(every) <= 25 and all(len(c["name"]) <= 100 for c in every)

    removed = await world.slash(boss, "news remove", feed=str(row.id))
    assert removed.text == f"Removed feed `{row.id}` **Transfer Desk @\u200beveryone** <{url}>."
    assert all(f.url != url for f in await list_feeds(world.bot.store))
    gone = await world.slash(boss, "news remove", feed=str(row.id))
    assert gone.text == "There is no such feed; pick one from the list."


async def test_feeds_list_shows_polling_state(world):
    import datetime as dt

    from bot.store.feeds import add_feed, record_failure

    boss = owner(world)
    store = world.bot.store
    row = await add_feed(store, "https://example.com/flaky.xml", None, None, 30)
    await record_failure(store, row.id, polled_at=dt.datetime(2024, 1, 20, 9, 0, tzinfo=dt.UTC),
                         next_poll_at=dt.datetime(2024, 1, 20, 10, 0, tzinfo=dt.UTC), error="HTTP 503 **down**")
    listing = await world.slash(boss, "news feeds")
    [line] = [ln for ln in listing.text.splitlines() if "flaky" in ln]
    assert line == (f"`{row.id}` <https://example.com/flaky.xml> · every 30 min · last polled <t:1705741200:R> · "
                    "1 failure in a row (HTTP 503 \\*\\*down\\*\\*) · next poll <t:1705744800:R>")


def test_a_long_answer_stays_within_discords_message_limit():
    from bot.cogs.news import fit

    lines = [f"✅ new: story {i} " + "x" * 200 for i in range(60)]
    text = fit("Read <https://example.com/feed>:", lines, "**60 new, 0 duplicate, 0 failed; 60 claims added**")
    assert len(text) <= 2000
    assert text.splitlines()[-2].startswith("… and ") and text.endswith("claims added**")


async def test_sync_refuses_a_non_owner_with_a_sentence(world):
    mod = admin(world, "mod")  # sees /sync (administrators do), but is not the bot's owner
    reply = await world.slash(mod, "sync")
    assert reply.ephemeral and reply.text == "Only the bot's owner can do that."
