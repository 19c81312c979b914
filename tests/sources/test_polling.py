"""Feed polling: conditional GET across polls, per-feed schedule, backoff after failures, default feeds."""

from __future__ import annotations

import datetime as dt
import shutil

from bot.config import load_settings
from bot.ingest import open_database
from bot.ingest.polling import ensure_default_feeds, next_poll, poll_all, poll_due
from bot.sources.fetch import Fetcher
from bot.store.feeds import add_feed, get_feed, list_feeds, parse_stamp, remove_feed, stamp

NOW = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)


async def article_count(store) -> int:
    return (await store.conn.execute_fetchall("SELECT COUNT(*) FROM articles"))[0][0]


async def test_second_poll_gets_304_and_costs_nothing(web_server, web_settings, store):
    await add_feed(store, web_server.url("/etag.xml"), "etag feed", interval_minutes=15)
    await add_feed(store, web_server.url("/lastmod.xml"), "last-modified feed", outlet="Transfer Watch")
    async with Fetcher(web_settings) as f:
        first = await poll_all(store, web_settings, f, NOW)
        assert [p.status for p in first] == ["read", "read"]
        assert [r.status for p in first for r in p.results] == ["new"] * 4
        stored = await article_count(store)
        assert stored == 4

        second = await poll_all(store, web_settings, f, NOW + dt.timedelta(minutes=30))
    assert [p.status for p in second] == ["unchanged", "unchanged"]
    assert all(p.results == [] for p in second)
    assert await article_count(store) == stored
    assert web_server.headers_of("/etag.xml")[1]["If-None-Match"] == '"rss-v1"'
    assert "If-Modified-Since" in web_server.headers_of("/lastmod.xml")[1]
    etag_feed = await get_feed(store, web_server.url("/etag.xml"))
    assert etag_feed.etag == '"rss-v1"' and etag_feed.failures == 0
    assert parse_stamp(etag_feed.next_poll_at) == NOW + dt.timedelta(minutes=30 + 15)
    # The configured outlet is credited over the feed's own title.
    outlets = {r[0] for r in await store.conn.execute_fetchall("SELECT outlet FROM articles")}
    assert outlets == {"Transfer Desk Daily", "Transfer Watch"}


async def test_poll_due_polls_only_feeds_whose_time_has_come(web_server, web_settings, store):
    await add_feed(store, web_server.url("/rss.xml"), interval_minutes=60)
    await add_feed(store, web_server.url("/atom.xml"), interval_minutes=10)
    async with Fetcher(web_settings) as f:
        results = await poll_due(store, web_settings, f, NOW)
        assert sorted(r.status for r in results) == ["new"] * 4
        assert all(r.article_id for r in results)
        assert await poll_due(store, web_settings, f, NOW + dt.timedelta(minutes=5)) == []
        later = await poll_due(store, web_settings, f, NOW + dt.timedelta(minutes=11))
    assert [r.status for r in later] == ["duplicate", "duplicate"]  # only the atom feed was due
    assert web_server.count("/rss.xml") == 1 and web_server.count("/atom.xml") == 2


async def test_failures_back_off_exponentially_and_reset_on_success(web_server, web_settings, store):
    feed = await add_feed(store, web_server.url("/error500"), interval_minutes=30)
    async with Fetcher(web_settings) as f:
        [r] = await poll_due(store, web_settings, f, NOW)
        assert r.status == "failed" and r.origin == feed.url and "HTTP 500" in r.error
        row = await get_feed(store, feed.id)
        assert row.failures == 1 and "HTTP 500" in row.last_error
        assert parse_stamp(row.next_poll_at) == NOW + dt.timedelta(minutes=60)
        assert await poll_due(store, web_settings, f, NOW + dt.timedelta(minutes=59)) == []
        await poll_due(store, web_settings, f, NOW + dt.timedelta(minutes=60))
        row = await get_feed(store, feed.id)
        assert row.failures == 2
        assert parse_stamp(row.next_poll_at) == NOW + dt.timedelta(minutes=60 + 120)
    assert await article_count(store) == 0
    # Capped at a day however many failures in a row.
    assert next_poll(NOW, 30, 12, web_settings) == NOW + dt.timedelta(hours=24)
    assert next_poll(NOW, 30, 0, web_settings) == NOW + dt.timedelta(minutes=30)
    # The feed recovers: failures reset, the normal interval again.
    await store.conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (web_server.url("/rss.xml"), feed.id))
    async with Fetcher(web_settings) as f:
        polls = await poll_all(store, web_settings, f, NOW + dt.timedelta(hours=5))
    assert polls[0].status == "read" and polls[0].count("new") == 2
    row = await get_feed(store, feed.id)
    assert row.failures == 0 and row.last_error is None
    assert parse_stamp(row.next_poll_at) == NOW + dt.timedelta(hours=5, minutes=30)


async def test_a_feed_that_is_not_a_feed_fails_without_writing(web_server, web_settings, store):
    await add_feed(store, web_server.url("/notxml.xml"))
    await add_feed(store, web_server.url("/articles/boilerplate.html"))
    async with Fetcher(web_settings) as f:
        polls = await poll_all(store, web_settings, f, NOW)
    assert [p.status for p in polls] == ["failed", "failed"]
    assert "not a feed: the body is not XML" in polls[0].error
    assert "not a feed: the URL serves an HTML page" in polls[1].error
    assert await article_count(store) == 0


async def test_timeout_behind_a_teaser_keeps_the_feed_readable_next_time(web_server, tmp_path, knowledge_dir,
                                                                        template_db):
    db = tmp_path / "slow.db"
    shutil.copyfile(template_db, db)
    settings = load_settings(db=db, knowledge_dir=knowledge_dir, allow_private_addresses=True, fetch_timeout=0.3,
                             fetch_host_delay=0.0)
    store = await open_database(settings)
    try:
        feed = await add_feed(store, web_server.url("/teaser-slow.xml"))
        async with Fetcher(settings) as f:
            [poll] = await poll_all(store, settings, f, NOW)
        assert poll.status == "read"
        assert [r.status for r in poll.results] == ["failed", "new"]
        assert "teaser only, and its page could not be fetched: timed out" in poll.results[0].error
        row = await get_feed(store, feed.id)
        # A timed-out entry may work next time: no validators kept, so the next poll is not a 304.
        assert row.etag is None and row.failures == 0
    finally:
        await store.close()


async def test_default_feeds_are_registered_once_and_removals_stick(web_server, web_settings, store, tmp_path):
    knowledge = tmp_path / "kn"
    knowledge.mkdir()
    (knowledge / "feeds.toml").write_text(
        f'[[feed]]\nname = "Local RSS"\nurl = "{web_server.url("/rss.xml")}"\noutlet = "Local"\n'
        f'interval_minutes = 20\n\n[[feed]]\nname = "Local Atom"\nurl = "{web_server.url("/atom.xml")}"\n',
        encoding="utf-8")
    settings = web_settings.model_copy(update={"knowledge_dir": knowledge})
    assert await ensure_default_feeds(store, settings) == 2
    assert await ensure_default_feeds(store, settings) == 0
    rows = await list_feeds(store)
    assert [(r.name, r.outlet, r.interval_minutes) for r in rows] == [
        ("Local RSS", "Local", 20), ("Local Atom", None, settings.poll_interval_minutes)]
    await remove_feed(store, rows[0].url)
    assert await ensure_default_feeds(store, settings) == 0
    assert [r.name for r in await list_feeds(store)] == ["Local Atom"]
    with (knowledge / "feeds.toml").open("a", encoding="utf-8") as fh:
        fh.write(f'\n[[feed]]\nname = "Local teasers"\nurl = "{web_server.url("/teaser.xml")}"\n')
    assert await ensure_default_feeds(store, settings) == 1
    assert web_server.hits == []  # registering fetches nothing


def test_stamps_round_trip():
    assert stamp(NOW) == "2024-03-01T12:00:00Z"
    assert parse_stamp(stamp(NOW)) == NOW
