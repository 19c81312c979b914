"""Issue 15's store writes on both backends: removing an article (its claims leave pending alerts)
and the feed entries a poll settles."""

from __future__ import annotations

import datetime as dt

from bot.store import Store
from bot.store import subscriptions as subs
from bot.store.feeds import SETTLED_RETRY, add_feed, record_settled, settled_entries
from tests.store.test_processes import bid


async def test_remove_article_takes_its_claims_out_of_pending_alerts(store: Store) -> None:
    await store.add_article(*bid("Remove Testman", 0))
    [pid] = (await store.player_ids(["Remove Testman"])).values()
    await subs.add_subscription(store, guild_id=5, channel_id=6, kind="player", entity_id=pid,
                                name="Remove Testman")
    article, extraction = bid("Remove Testman", 1)
    await store.add_article(article, extraction)
    assert [r.status for r in await subs.outbox_rows(store)] == ["pending"]
    [(aid, origin, _title, _date)] = await store.find_articles(article.origin)
    assert aid == article.id and origin == article.origin
    assert await store.remove_article(aid) == 1
    assert await store.find_articles(article.origin) == []
    assert [r.status for r in await subs.outbox_rows(store)] == ["dropped"]
    assert len(await store.claims(player_ids=[pid])) == 1
    assert await store.remove_article(aid) is None


async def test_an_undated_article_alerts_nobody(store: Store) -> None:
    await store.add_article(*bid("Quiet Testman", 0))
    [pid] = (await store.player_ids(["Quiet Testman"])).values()
    await subs.add_subscription(store, guild_id=5, channel_id=6, kind="player", entity_id=pid, name="Quiet Testman")
    result = await store.add_article(*bid("Quiet Testman", 1), alert=False)
    assert result.status == "new" and await subs.outbox_rows(store) == []


async def test_settled_feed_entries_are_kept_for_the_retry_period(store: Store) -> None:
    feed = await add_feed(store, "https://example.com/rss.xml", "Example")
    now = dt.datetime(2024, 1, 20, 12, tzinfo=dt.UTC)
    await record_settled(store, feed.id, [("https://e.com/a", "failed"), ("https://e.com/b", "duplicate")], now)
    await record_settled(store, feed.id, [("https://e.com/a", "failed")], now + dt.timedelta(hours=1))
    assert await settled_entries(store, feed.id, now) == {"https://e.com/a", "https://e.com/b"}
    later = now + SETTLED_RETRY + dt.timedelta(minutes=30)
    assert await settled_entries(store, feed.id, later) == {"https://e.com/a"}


async def test_a_removal_is_remembered_by_id_and_url_until_restored(store: Store) -> None:
    article, extraction = bid("Gone Testman", 0)
    article = article.model_copy(update={"url": "https://example.com/gone", "title": "Gone"})
    await store.add_article(article, extraction)
    assert await store.removed_article(article.id, article.url) is None
    assert await store.remove_article(article.id) == 1
    by_id = await store.removed_article(article.id)
    by_url = await store.removed_article("another text's id", "https://example.com/gone")
    assert by_id is not None and by_id == by_url
    assert (by_id.id, by_id.url, by_id.origin, by_id.title) == (article.id, article.url, article.origin, "Gone")
    assert by_id.reason().startswith("removed by an admin on 20")
    assert await store.restore_article("https://example.com/nothing") == []
    [restored] = await store.restore_article(article.url or "")
    assert restored == by_id and await store.removed_article(article.id, article.url) is None
