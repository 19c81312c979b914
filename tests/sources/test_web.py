"""`ingest_url` end to end against the local server: feeds and pages become stored articles and claims,
and every bad source becomes a failed result with a clear reason, leaving nothing half-written."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.ingest import Ingestor
from bot.ingest.web import ingest_url
from bot.sources.fetch import Fetcher


async def ingest(store, settings, url, **kw):
    ingestor = Ingestor(store, settings)
    async with Fetcher(settings) as f:
        return [r async for r in ingest_url(ingestor, url, settings, fetcher=f, **kw)]


async def articles(store):
    rows = await store.conn.execute_fetchall("SELECT url, title, date, outlet, origin, text FROM articles ORDER BY date")
    return [dict(zip(("url", "title", "date", "outlet", "origin", "text"), r, strict=True)) for r in rows]


async def count_rows(store):
    return {t: (await store.conn.execute_fetchall(f"SELECT COUNT(*) FROM {t}"))[0][0]
            for t in ("articles", "claims", "facts")}


async def test_rss2_feed_stores_each_entry_with_link_title_date_and_outlet(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/rss.xml"))
    assert [r.status for r in results] == ["new", "new"], results
    assert [r.origin for r in results] == [web_server.url("/news/liverpool-bid-toney"),
                                           web_server.url("/news/arsenal-talks-zubimendi")]
    stored = await articles(store)
    assert [(a["url"], a["title"], a["date"], a["outlet"]) for a in stored] == [
        (web_server.url("/news/arsenal-talks-zubimendi"), "Arsenal in talks with Real Sociedad over Martin Zubimendi",
         "2024-01-15", "Transfer Desk Daily"),
        (web_server.url("/news/liverpool-bid-toney"), "Liverpool make £40m bid for Brentford striker Ivan Toney",
         "2024-01-16", "Transfer Desk Daily"),
    ]
    toney = stored[1]["text"]
    assert "according to Sky Sports" in toney and "Talks between the two clubs" in toney
    assert "<p>" not in toney
    # The entry's full text was used: no page behind the links was fetched.
    assert web_server.count("/news/liverpool-bid-toney") == 0
    claims = await store.claims()
    toney_claims = [c for c in claims if c.player == "Ivan Toney"]
    assert toney_claims, claims
    assert any(c.club == "Liverpool" for c in toney_claims)
    assert all(c.url == web_server.url("/news/liverpool-bid-toney") for c in toney_claims)
    assert all(c.date == dt.date(2024, 1, 16) for c in toney_claims)
    assert results[0].claims >= 1


async def test_ingesting_the_same_feed_again_is_all_duplicates(web_server, web_settings, store):
    await ingest(store, web_settings, web_server.url("/rss.xml"))
    before = await count_rows(store)
    again = await ingest(store, web_settings, web_server.url("/rss.xml"))
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert all(r.article_id for r in again)
    assert await count_rows(store) == before


async def test_atom_feed(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/atom.xml"))
    assert [r.status for r in results] == ["new", "new"], results
    stored = {a["url"]: a for a in await articles(store)}
    dier = stored[web_server.url("/news/bayern-dier")]
    assert dier["date"] == "2024-01-11"  # published, not updated
    assert dier["title"] == "Bayern Munich agree fee with Tottenham for Eric Dier"
    assert dier["outlet"] == "Continental Transfer Watch"
    mainoo = stored[web_server.url("/news/juventus-mainoo")]
    assert mainoo["date"] == "2024-02-01"  # only <updated>
    assert "Gazzetta dello Sport" in mainoo["text"]


async def test_a_feed_served_as_text_html_is_still_read_as_a_feed(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/mislabelled"))
    assert [r.status for r in results] == ["new", "new"]


async def test_teaser_feed_fetches_each_linked_page(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/teaser.xml"))
    assert [r.status for r in results] == ["new", "new"], results
    assert web_server.count("/articles/chelsea-osimhen.html") == 1
    assert web_server.count("/articles/boilerplate.html") == 1
    stored = {a["url"]: a for a in await articles(store)}
    chelsea = stored[web_server.url("/articles/chelsea-osimhen.html")]
    assert chelsea["date"] == "2024-01-24"  # the feed's date for the entry
    assert chelsea["title"] == "Chelsea make £100m bid for Victor Osimhen"
    assert chelsea["outlet"] == "Blues Insider"  # the page's site name: the feed only pointed at it
    assert "according to The Telegraph" in chelsea["text"]
    barca = stored[web_server.url("/articles/boilerplate.html")]
    # The article body without the page's boilerplate around it.
    assert "Barcelona have reached an agreement with Bayer Leverkusen" in barca["text"]
    assert "financial restrictions" in barca["text"]
    for junk in ("cookies", "Most read", "newsletter", "Related stories", "All rights reserved", "Share on"):
        assert junk not in barca["text"], junk
    claims = await store.claims()
    assert any(c.player == "Victor Osimhen" and c.club == "Chelsea" for c in claims), claims


async def test_teaser_pages_already_stored_are_not_fetched_again(web_server, web_settings, store):
    await ingest(store, web_settings, web_server.url("/teaser.xml"))
    again = await ingest(store, web_settings, web_server.url("/teaser.xml"))
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert web_server.count("/articles/chelsea-osimhen.html") == 1


async def test_page_with_boilerplate(web_server, web_settings, store):
    url = web_server.url("/articles/boilerplate.html")
    results = await ingest(store, web_settings, url)
    assert [(r.origin, r.status) for r in results] == [(url, "new")]
    [stored] = await articles(store)
    assert stored["url"] == url
    assert stored["date"] == "2024-01-24"
    assert stored["title"] == "Barcelona reach agreement with Bayer Leverkusen for Jeremie Frimpong"
    assert stored["outlet"] == "Football Wire"
    assert stored["text"].startswith("Barcelona reach agreement with Bayer Leverkusen for Jeremie Frimpong\n")
    assert "We use cookies" not in stored["text"] and "Ten things we learned" not in stored["text"]


async def test_redirected_page_is_stored_under_its_final_url(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/moved"))
    assert results[0].status == "new" and results[0].origin == web_server.url("/moved")
    [stored] = await articles(store)
    assert stored["url"] == web_server.url("/articles/chelsea-osimhen.html")
    assert stored["date"] == "2024-01-23"  # article:published_time
    assert stored["outlet"] == "Blues Insider"


async def test_page_in_the_wrong_encoding(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/articles/latin1.html"))
    assert results[0].status == "new", results
    [stored] = await articles(store)
    assert "Bayern München" in stored["text"] and "Thomas Müller" in stored["text"] and "€30m" in stored["text"]
    assert "\ufffd" not in stored["text"]
    assert stored["date"] == "2024-01-20"


async def test_feed_with_a_broken_entry_among_good_ones(web_server, web_settings, store):
    results = await ingest(store, web_settings, web_server.url("/broken.xml"))
    assert [r.status for r in results] == ["new", "failed", "new"], results
    broken = results[1]
    assert broken.origin == web_server.url("/broken.xml") + "#mbt-2"
    assert "broken entry" in broken.error and "no text and no link" in broken.error
    assert broken.article_id is None and broken.claims == 0
    assert {a["url"] for a in await articles(store)} == {web_server.url("/news/newcastle-chalobah"),
                                                        web_server.url("/news/villa-caqueret")}


@pytest.mark.parametrize(("path", "reason"), [
    ("/error500", "HTTP 500"),
    ("/slow", "timed out after 1 s"),
    ("/loop/a", "redirect loop"),
    ("/huge", "too large"),
    ("/notxml.xml", "not a feed: the body is not XML"),
    ("/articles/index.html", "not an article: an index of links"),
    ("/articles/login.html", "not an article: a login"),
    ("/image.png", "not an article: the URL serves an image (image/png)"),
])
async def test_bad_sources_fail_with_a_clear_reason_and_write_nothing(web_server, web_settings, store, path, reason):
    before = await count_rows(store)
    results = await ingest(store, web_settings, web_server.url(path))
    assert len(results) == 1
    [r] = results
    assert r.status == "failed" and r.origin == web_server.url(path)
    assert reason in r.error, r.error
    assert r.article_id is None and r.claims == 0
    assert await count_rows(store) == before


async def test_private_address_refused_when_the_setting_is_off(web_server, tmp_path, knowledge_dir, store):
    from bot.config import load_settings

    off = load_settings(db=tmp_path / "t.db", knowledge_dir=knowledge_dir, allow_private_addresses=False,
                        fetch_timeout=1.0, fetch_host_delay=0.0)
    before = await count_rows(store)
    [r] = await ingest(store, off, web_server.url("/rss.xml"))
    assert r.status == "failed" and "refused: 127.0.0.1 is a loopback address" in r.error
    assert web_server.hits == []
    assert await count_rows(store) == before
