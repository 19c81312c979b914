"""The command line on URLs: `transferbot ingest URL`, `transferbot feeds add|list|remove`, `transferbot poll`.

`main()` runs its own event loop, so it runs in a thread while the test's loop serves the fixtures.
"""

from __future__ import annotations

import json

from bot.ingest import open_database
from tests.sources.conftest import run_cli


async def test_ingest_feed_url_json_and_articles_cited(web_server, env, capsys):
    db = str(env.db)
    code, out, _ = await run_cli(capsys, "ingest", "--db", db, "--json", web_server.url("/rss.xml"),
                             web_server.url("/error500"))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one source failed
    assert [(o["origin"], o["status"]) for o in lines] == [
        (web_server.url("/news/liverpool-bid-toney"), "new"),
        (web_server.url("/news/arsenal-talks-zubimendi"), "new"),
        (web_server.url("/error500"), "failed")]
    assert set(lines[0]) == {"origin", "status", "article_id", "claims", "error"}
    assert lines[0]["claims"] >= 1 and lines[2]["error"] == "HTTP 500 Internal Server Error"

    store = await open_database(env)
    try:
        claims = await store.claims()
    finally:
        await store.close()
    toney = [c for c in claims if c.player == "Ivan Toney"]
    assert toney and toney[0].url == web_server.url("/news/liverpool-bid-toney")
    assert toney[0].date.isoformat() == "2024-01-16" and toney[0].title.startswith("Liverpool make £40m bid")

    code, out, _ = await run_cli(capsys, "claims", "--db", db, "--player", "Toney", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and rows[0]["origin"] == web_server.url("/news/liverpool-bid-toney") and rows[0]["date"] == "2024-01-16"


async def test_ingest_page_url_prints_a_line_and_a_summary(web_server, env, capsys):
    code, out, _ = await run_cli(capsys, "ingest", "--db", str(env.db), web_server.url("/articles/chelsea-osimhen.html"),
                             web_server.url("/image.png"))
    assert code == 1
    assert f"new        {web_server.url('/articles/chelsea-osimhen.html')}" in out
    assert f"failed     {web_server.url('/image.png')}: not an article: the URL serves an image" in out
    assert "1 new, 0 duplicate, 1 failed;" in out


async def test_feeds_add_list_remove_and_poll(web_server, env, capsys):
    db = str(env.db)
    code, out, _ = await run_cli(capsys, "feeds", "add", "--db", db, web_server.url("/etag.xml"), "--name", "Desk",
                             "--interval", "15")
    assert code == 0 and "added feed 1" in out
    code, _, err = await run_cli(capsys, "feeds", "add", "--db", db, web_server.url("/etag.xml"))
    assert code == 1 and "already registered" in err
    await run_cli(capsys, "feeds", "add", "--db", db, web_server.url("/broken.xml"))

    code, out, _ = await run_cli(capsys, "feeds", "list", "--db", db, "--json")
    feeds = [json.loads(line) for line in out.splitlines()]
    assert [(f["id"], f["name"], f["interval_minutes"]) for f in feeds] == [(1, "Desk", 15), (2, None, 30)]

    code, out, _ = await run_cli(capsys, "poll", "--db", db)
    assert code == 1  # the broken entry failed
    assert "Liverpool make £40m bid" in out
    assert "broken entry: no text and no link" in out
    assert "feed       Desk: 2 new, 0 already known, 0 failed" in out
    assert out.strip().splitlines()[-1].startswith("2 feeds (0 failed): 4 new, 0 duplicate, 1 failed; ")

    code, out, _ = await run_cli(capsys, "poll", "--db", db, "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    # The ETag feed answers 304: nothing from it. The other one has no validators: all known again.
    assert {o["feed"] for o in lines} == {web_server.url("/broken.xml")}
    assert sorted(o["status"] for o in lines) == ["duplicate", "duplicate", "failed"]

    code, out, _ = await run_cli(capsys, "feeds", "remove", "--db", db, "1")
    assert code == 0 and "removed feed 1" in out
    code, _, err = await run_cli(capsys, "feeds", "remove", "--db", db, "1")
    assert code == 1 and "no such feed" in err
    code, out, _ = await run_cli(capsys, "feeds", "list", "--db", db)
    assert web_server.url("/etag.xml") not in out and web_server.url("/broken.xml") in out


async def test_feeds_add_refuses_a_non_url(env, capsys):
    code, _, err = await run_cli(capsys, "feeds", "add", "--db", str(env.db), "ftp://example.org/feed")
    assert code == 2 and "not an http(s) URL" in err


async def test_an_empty_feed_is_reported_not_skipped_in_silence(web_server, env, capsys):
    code, out, _ = await run_cli(capsys, "ingest", "--db", str(env.db), "--json", web_server.url("/empty.xml"))
    [line] = [json.loads(x) for x in out.splitlines()]
    assert code == 1
    assert line["status"] == "failed" and "no entries" in line["error"]
