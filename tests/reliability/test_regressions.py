"""Each fault that probing found (issue 15) as a named test: the faulty input gets a clear line, and
everything else goes on. Every test here failed before its fix."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answer.shapes import Citation, Credit, Report
from bot.cli import main
from bot.config import Settings
from bot.ingest import Ingestor
from bot.models import Article
from bot.sources.errors import SourceError
from bot.sources.feeds import parse_feed
from bot.sources.fetch import Fetcher, FetchError
from bot.sources.pages import article_from_html
from bot.store import subscriptions as subs
from bot.store.feeds import add_feed, get_feed
from tests.reliability import hostile
from tests.reliability.conftest import HTML

ROOT = Path(__file__).resolve().parents[2]
PAGE = ("<html><head><title>Toney latest</title></head><body><article><h1>Toney latest</h1><p>"
        + hostile.STORY.decode() + "</p><p>" + hostile.STORY.decode().replace("Liverpool", "Chelsea")
        + "</p></article></body></html>")


async def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = await asyncio.to_thread(main, list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_env(monkeypatch, rsettings: Settings) -> Settings:
    monkeypatch.setenv("TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("TRANSFERBOT_KNOWLEDGE_DIR", str(rsettings.knowledge_dir))
    monkeypatch.setenv("TRANSFERBOT_FETCH_HOST_DELAY", "0")
    monkeypatch.setenv("TRANSFERBOT_FETCH_TIMEOUT", "2")
    return rsettings


# -- 1. a malformed feed stops everything behind it --------------------------------------------------

def test_feed_with_a_lone_surrogate_reference_is_read():
    feed = parse_feed(hostile.surrogate_feed(), "http://hostile.example/feed")
    [entry] = feed.entries
    assert "\ufffd" in (entry.title or "") and "Ivan Toney" in entry.text
    entry.text.encode("utf-8")  # storable


def test_feed_declaring_a_bogus_encoding_is_a_source_error():
    with pytest.raises(SourceError, match="not a feed"):
        parse_feed(hostile.bogus_encoding_feed(), "http://hostile.example/feed")


async def test_cli_ingest_of_a_bad_feed_goes_on_to_the_good_one(server, cli_env, capsys):
    bad = server.serve("/bogus.xml", hostile.bogus_encoding_feed())
    good = server.serve("/good.xml", hostile.feed(hostile.item("Toney", server.url("/news/toney"), hostile.STORY)))
    code, out, err = await cli(capsys, "ingest", "--db", str(cli_env.db), "--json", bad, good)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "Traceback" not in err
    assert [(o["origin"], o["status"]) for o in lines] == [(bad, "failed"), (server.url("/news/toney"), "new")]
    assert lines[0]["error"].startswith("not a feed")


async def test_poll_due_records_a_malformed_feed_and_polls_the_feeds_after_it(server, rsettings, rstore):
    from bot.ingest.polling import poll_due

    bad = server.serve("/surrogate-bogus.xml", hostile.bogus_encoding_feed())
    good = server.serve("/good.xml", hostile.feed(hostile.item("Toney", server.url("/news/toney"), hostile.STORY)))
    await add_feed(rstore, bad)
    await add_feed(rstore, good)
    async with Fetcher(rsettings) as f:
        results = await poll_due(rstore, rsettings, f, dt.datetime(2024, 3, 1, tzinfo=dt.UTC))
    assert [(r.origin, r.status) for r in results] == [(bad, "failed"), (server.url("/news/toney"), "new")]
    row = await get_feed(rstore, bad)
    assert row is not None and row.failures == 1 and (row.last_error or "").startswith("not a feed")


# -- 3. dates, and removing a bad article ------------------------------------------------------------

@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date.today() + dt.timedelta(days=30)])
async def test_an_implausible_date_is_refused_with_a_reason(rsettings, rstore, day):
    article = Article(text=hostile.STORY.decode(), date=day, origin="hostile.txt")
    result = await Ingestor(rstore, rsettings).add(article)
    assert result.status == "failed" and (result.error or "").startswith("implausible date")
    assert (await rstore.counts())["articles"] == 0


async def test_a_feed_entry_dated_9999_fails_on_its_own_line(server, cli_env, capsys):
    url = server.serve("/future.xml", hostile.future_feed(server.base))
    code, out, _ = await cli(capsys, "ingest", "--db", str(cli_env.db), url)
    assert code == 1 and "implausible date 9999-12-31" in out


async def test_an_undated_page_is_stored_but_alerts_nobody(rsettings, rstore):
    article = article_from_html(PAGE, "http://old.example/page", "http://old.example/page", None)
    assert not article.dated and article.date == dt.date.today()
    # The claims are about Ivan Toney: follow him, as a Discord channel would.
    first = await Ingestor(rstore, rsettings).add(article.model_copy(update={"text": "Ivan Toney is 27."}))
    toney = (await rstore.player_ids(["Ivan Toney"]))["Ivan Toney"]
    await subs.add_subscription(rstore, guild_id=1, channel_id=2, kind="player", entity_id=toney, name="Ivan Toney")
    result = await Ingestor(rstore, rsettings).add(article)
    assert first.status == "new" and result.status == "new" and result.claims
    assert (await rstore.conn.execute_fetchall("SELECT COUNT(*) FROM outbox"))[0][0] == 0
    # The same claims from a dated article do alert: the subscription matches them.
    dated = article.model_copy(update={"text": article.text + " More.", "dated": True})
    assert (await Ingestor(rstore, rsettings).add(dated)).status == "new"
    assert (await rstore.conn.execute_fetchall("SELECT COUNT(*) FROM outbox"))[0][0] >= 1


async def test_articles_remove_by_url_takes_its_claims_and_pending_alerts(cli_env, capsys, tmp_path):
    from bot.answer.compose import answer_question
    from bot.ingest import open_database
    from bot.render.text import render_text

    db = str(cli_env.db)
    story = tmp_path / "hoax.txt"
    story.write_text(" date 2024-01-20 Real Madrid have made a bid for Ivan Toney, according to Marca.")
    code, out, _ = await cli(capsys, "ingest", "--db", db, "--json", str(story))
    [line] = [json.loads(x) for x in out.splitlines()]
    assert line["status"] == "new" and line["claims"] >= 1
    store = await open_database(cli_env)
    try:
        toney = (await store.player_ids(["Ivan Toney"]))["Ivan Toney"]
        await subs.add_subscription(store, guild_id=1, channel_id=2, kind="player", entity_id=toney,
                                    name="Ivan Toney")
        claims = [r[0] for r in await store.conn.execute_fetchall("SELECT id FROM claims WHERE article_id = ?",
                                                                  (line["article_id"],))]
        await store.conn.execute("UPDATE subscriptions SET after_claim_id = 0")  # as if it predated the hoax
        async with store.tx() as db_:  # the backend-neutral executor enqueue_alerts takes (issue 17)
            assert await subs.enqueue_alerts(db_, claims) >= 1
        before = await answer_question(store, "who wants toney?")
    finally:
        await store.close()
    assert "Real Madrid" in render_text(before)

    code, out, err = await cli(capsys, "articles", "remove", "--db", db, str(story))
    assert code == 0 and out.startswith(f"removed    {line['article_id']}") and "claims)" in out
    code, _, err = await cli(capsys, "articles", "remove", "--db", db, line["article_id"])
    assert code == 1 and "no stored article" in err

    store = await open_database(cli_env)
    try:
        after = await answer_question(store, "who wants toney?")
        assert "Real Madrid" not in render_text(after)
        left = await store.conn.execute_fetchall("SELECT COUNT(*) FROM claims WHERE article_id = ?",
                                                 (line["article_id"],))
        assert left[0][0] == 0
        pending = await store.conn.execute_fetchall("SELECT claim_ids FROM outbox WHERE status = 'pending'")
        assert all(not set(json.loads(r[0])) & set(claims) for r in pending)
    finally:
        await store.close()


# -- 4. Discord text (the Discord-driven ones are in tests/discord/test_reliability.py) ----------

def _unescaped(s: str, chars: str) -> list[str]:
    """Characters of `chars` in s that no odd run of backslashes escapes."""
    return [m.group(2) for m in re.finditer(r"(\\*)([" + re.escape(chars) + "])", s) if len(m.group(1)) % 2 == 0]


def test_a_lone_bracket_in_a_title_makes_no_link_and_channel_mentions_are_inert():
    from bot.render.embeds import cite, cite_report, clean

    title = "Title ](https://evil.example) <#123> </ask:1>"
    c = Citation(source="Sky", date=dt.date(2024, 1, 1), origin="o", article_id="a",
                 url="https://news.example/a", title=title)
    r = Report(article_id="a", date=dt.date(2024, 1, 1), credits=[Credit("Sky <#9>", 1)],
               url="https://news.example/a", title=title, origin="o")
    for line in (cite(c), cite_report(r)):
        # The only live brackets are the citation's own link: "[" label "](" url ")"; the only live "<" the
        # bot's own Discord timestamp (<t:..:d>).
        assert _unescaped(re.sub(r"<t:\d+:[dR]>", "", line), "[]<") == ["[", "]"], line
        assert line.endswith("(https://news.example/a)")
    for text in ("a\\](x)", "\\\\[", "<@&1> <#2> </x:3>", "[a](http://x)"):
        assert _unescaped(clean(text), "[]<") == [], text


# -- 5. smaller ------------------------------------------------------------------------------------------

async def test_ingest_of_an_empty_path_does_not_read_the_current_directory(cli_env, capsys, tmp_path,
                                                                            monkeypatch):
    (tmp_path / "story.txt").write_text(" date 2024-01-20 Real Madrid have made a bid for Ivan Toney.")
    monkeypatch.chdir(tmp_path)
    code, out, _ = await cli(capsys, "ingest", "--db", str(cli_env.db), "")
    assert code == 1 and "failed" in out and "empty path" in out and "story.txt" not in out


async def test_directory_entries_that_cannot_be_read_each_get_a_line(cli_env, capsys, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text(" date 2024-01-20 Real Madrid have made a bid for Ivan Toney.")
    (d / "sub").mkdir()
    (d / "loop").symlink_to(d / "loop")
    (d / "dangling").symlink_to(d / "nowhere")
    os.mkfifo(d / "fifo")
    code, out, _ = await cli(capsys, "ingest", "--db", str(cli_env.db), str(d))
    lines = {line.split()[1].rstrip(":"): line for line in out.splitlines() if line.startswith(("new", "failed"))}
    assert lines[f"{d}/ok.txt"].startswith("new")
    assert "a directory inside a directory" in lines[f"{d}/sub"]
    assert "symbolic link loop" in lines[f"{d}/loop"]
    assert "dangling symbolic link" in lines[f"{d}/dangling"]
    assert "not a regular file" in lines[f"{d}/fifo"]
    assert code == 1


@pytest.mark.parametrize("kind", ["directory", "devnull", "not sqlite", "corrupt"])
async def test_a_bad_db_path_gets_one_line_not_a_traceback(cli_env, capsys, tmp_path, kind):
    path = {"directory": tmp_path, "devnull": Path("/dev/null"), "not sqlite": tmp_path / "notes.txt",
            "corrupt": tmp_path / "half.db"}[kind]
    if kind == "not sqlite":
        path.write_text("hello, not a database\n" * 100)
    if kind == "corrupt":
        path.write_bytes(cli_env.db.read_bytes()[:6000])
    code, _, err = await cli(capsys, "claims", "--db", str(path), "--player", "toney")
    assert code == 1 and "Traceback" not in err
    assert err.startswith("transferbot: cannot use") and err.count("\n") == 1, err


def test_allowing_private_addresses_never_allows_link_local():
    from bot.sources.fetch import private_allowed

    for allowed in ("127.0.0.1", "10.1.2.3", "192.168.1.1", "::1", "93.184.216.34"):
        assert private_allowed(ipaddress.ip_address(allowed)), allowed
    for refused in ("169.254.169.254", "fe80::1", "::ffff:169.254.169.254", "224.0.0.1"):
        assert not private_allowed(ipaddress.ip_address(refused)), refused


async def test_redirect_or_teaser_to_the_metadata_address_is_refused_with_private_allowed(rsettings):
    assert rsettings.allow_private_addresses
    async with Fetcher(rsettings) as f:
        with pytest.raises(FetchError, match="link-local address; such addresses are never fetched"):
            await f.fetch("http://169.254.169.254/latest/meta-data/")


def _run_cli(*argv: str, stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bot", *argv], input=stdin, capture_output=True, timeout=120,
                          env={**os.environ, **env}, cwd=ROOT)


def test_ask_on_an_ascii_terminal_and_chat_with_invalid_utf8(rsettings):
    done = _run_cli("ask", "--db", str(rsettings.db), "who wants itakura?", PYTHONIOENCODING="ascii",
                    TRANSFERBOT_KNOWLEDGE_DIR=str(rsettings.knowledge_dir))
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-500:]
    done = _run_cli("chat", "--db", str(rsettings.db), stdin=b"who wants \xff\xfe itakura?\nwho are spurs after\n",
                    TRANSFERBOT_KNOWLEDGE_DIR=str(rsettings.knowledge_dir))
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-500:]
    assert done.stdout.count(b"\n") >= 2


def _teaser_feed(base: str, n: int) -> bytes:
    return hostile.feed(*[hostile.item(f"Story {i}", f"{base}/news/{i}", b"Short teaser. Read more")
                          for i in range(n)])


async def test_a_big_teaser_feed_fetches_at_most_the_cap_per_poll(server, rsettings, rstore):
    from bot.ingest.polling import poll_all

    settings = rsettings.model_copy(update={"max_page_fetches_per_poll": 5})
    server.serve("/big.xml", _teaser_feed(server.base, 12))
    for i in range(12):
        server.serve(f"/news/{i}", PAGE.replace("Toney latest", f"Toney latest {i}")
                     .replace("coming days", f"coming days ({i})").encode(), HTML)
    await add_feed(rstore, server.url("/big.xml"))
    async with Fetcher(settings) as f:
        counts = []
        for turn in range(3):
            [poll] = await poll_all(rstore, settings, f, dt.datetime(2024, 3, 1, turn, tzinfo=dt.UTC))
            counts.append(poll.count("new"))
    assert counts == [5, 5, 2]
    assert all(server.count(f"/news/{i}") == 1 for i in range(12))


async def test_failed_and_duplicate_teaser_pages_are_not_fetched_every_poll(server, rsettings, rstore):
    from bot.ingest.polling import poll_all

    server.serve("/teasers.xml", _teaser_feed(server.base, 3))
    server.serve("/news/0", PAGE.encode(), HTML)
    server.serve("/news/1", PAGE.encode(), HTML)  # the same article under another link: a duplicate
    # /news/2 is a 404: a failure that is not transient
    await add_feed(rstore, server.url("/teasers.xml"))
    async with Fetcher(rsettings) as f:
        first = await poll_all(rstore, rsettings, f, dt.datetime(2024, 3, 1, tzinfo=dt.UTC))
        second = await poll_all(rstore, rsettings, f, dt.datetime(2024, 3, 1, 1, tzinfo=dt.UTC))
        week = await poll_all(rstore, rsettings, f, dt.datetime(2024, 3, 9, tzinfo=dt.UTC))
    assert [r.status for r in first[0].results] == ["new", "duplicate", "failed"]
    assert [r.status for r in second[0].results] == ["duplicate"]  # /news/0: known by its link, no fetch
    assert (server.count("/news/1"), server.count("/news/2")) == (2, 2)  # fetched again only after a week
    assert len(week[0].results) == 3


# -- 5. a removed article came back (the next poll, or an ingest of the same file or URL, stored it again) ---

@pytest.fixture
def bcli_env(monkeypatch, bsettings: Settings) -> Settings:
    """cli_env on the test's backend (SQLite and PostgreSQL)."""
    monkeypatch.setenv("TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("TRANSFERBOT_KNOWLEDGE_DIR", str(bsettings.knowledge_dir))
    monkeypatch.setenv("TRANSFERBOT_FETCH_HOST_DELAY", "0")
    monkeypatch.setenv("TRANSFERBOT_FETCH_TIMEOUT", "2")
    return bsettings


async def test_a_removed_feed_entry_is_not_fetched_stored_or_alerted_again_until_restored(server, bcli_env,
                                                                                          capsys):
    from bot.ingest import open_database
    from bot.ingest.polling import poll_all
    from bot.store.feeds import SETTLED_RETRY

    settings, db = bcli_env, str(bcli_env.db)
    server.serve("/removed.xml", _teaser_feed(server.base, 1))
    page = server.serve("/news/0", PAGE.encode(), HTML)
    day = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)

    async def poll(when: dt.datetime) -> list:
        store = await open_database(settings)
        try:
            async with Fetcher(settings) as f:
                [feed_poll] = await poll_all(store, settings, f, when)
            outbox = (await store.db.fetchrow("SELECT COUNT(*) FROM outbox"))[0]
            return [feed_poll.results, await store.find_articles(page), outbox]
        finally:
            await store.close()

    store = await open_database(settings)
    try:
        await add_feed(store, server.url("/removed.xml"))
    finally:
        await store.close()
    [[first], stored, _] = await poll(day)
    assert first.status == "new" and len(stored) == 1 and server.count("/news/0") == 1
    store = await open_database(settings)
    try:  # a channel follows Ivan Toney from now on: a re-stored article would alert it
        toney = (await store.player_ids(["Ivan Toney"]))["Ivan Toney"]
        await subs.add_subscription(store, guild_id=1, channel_id=2, kind="player", entity_id=toney,
                                    name="Ivan Toney")
        async with store.tx() as tx:  # as if it predated every claim (SQLite may give removed ids again)
            await tx.execute("UPDATE subscriptions SET after_claim_id = 0")
    finally:
        await store.close()

    code, out, _ = await cli(capsys, "articles", "remove", "--db", db, page)
    assert code == 0 and out.startswith(f"removed    {first.article_id}")
    for when in (day + dt.timedelta(hours=1), day + SETTLED_RETRY + dt.timedelta(days=1)):
        [[again], stored, outbox] = await poll(when)
        assert again.status == "duplicate" and again.article_id == first.article_id, again
        assert "removed by an admin on" in (again.error or "")
        assert f"transferbot articles restore {first.article_id}" in (again.error or "")
        assert stored == [] and outbox == 0
    assert server.count("/news/0") == 1  # the removed entry's page is not fetched again, a week later neither
    assert f"`transferbot articles restore {first.article_id}` allows it again" in out

    code, out, _ = await cli(capsys, "articles", "restore", "--db", db, first.article_id)
    assert code == 0 and out.startswith(f"restored   {first.article_id}"), out
    [[back], stored, outbox] = await poll(day + SETTLED_RETRY + dt.timedelta(days=2))
    assert back.status == "new" and len(stored) == 1 and outbox >= 1
    code, _, err = await cli(capsys, "articles", "restore", "--db", db, first.article_id)
    assert code == 1 and "no removed article" in err


async def test_a_removed_file_or_page_is_a_duplicate_with_the_reason_on_ingest(server, bcli_env, capsys,
                                                                                tmp_path):
    db = str(bcli_env.db)
    story = tmp_path / "hoax.txt"
    story.write_text(" date 2024-01-20 Real Madrid have made a bid for Ivan Toney, according to Marca.")
    page = server.serve("/news/page", PAGE.encode(), HTML)
    lines = {}
    for source in (str(story), page):
        code, out, _ = await cli(capsys, "ingest", "--db", db, "--json", source)
        [lines[source]] = [json.loads(x) for x in out.splitlines()]
        assert code == 0 and lines[source]["status"] == "new"
    code, _, _ = await cli(capsys, "articles", "remove", "--db", db, lines[str(story)]["article_id"])
    assert code == 0
    code, _, _ = await cli(capsys, "articles", "remove", "--db", db, page)
    assert code == 0
    # The page changed a little since (an edit, a new advert): another id, but the URL was removed.
    server.serve("/news/page", PAGE.replace("coming days", "coming few days").encode(), HTML)
    for source in (str(story), page):
        code, out, _ = await cli(capsys, "ingest", "--db", db, "--json", source)
        [line] = [json.loads(x) for x in out.splitlines()]
        # The contract's statuses: nothing stored, and nothing wrong with the source (exit status 0).
        assert code == 0 and set(line) == {"origin", "status", "article_id", "claims", "error"}
        assert (line["status"], line["article_id"], line["claims"]) == ("duplicate", lines[source]["article_id"], 0)
        assert line["error"].startswith("removed by an admin on ")
        assert line["error"].endswith(f"`transferbot articles restore {lines[source]['article_id']}` to allow it again")
    code, out, _ = await cli(capsys, "ingest", "--db", db, str(story))
    assert code == 0 and out.startswith(f"duplicate  {story}: removed by an admin on "), out
