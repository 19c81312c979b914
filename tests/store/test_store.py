"""The store: migrations, one transaction per article, duplicates, queries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.models import Amount, Article, Claim, Extraction, Fact, NewClub
from bot.names import lookup_in_store
from bot.store import Store
from bot.store.migrate import migrations, schema_version

DAY = dt.date(2024, 1, 18)


def article(text: str = "Liverpool are keeping tabs on Ko Itakura, according to Sky Germany.") -> Article:
    return Article(text=text, date=DAY, origin="x.txt", url="https://example.com/itakura")


def extraction() -> Extraction:
    return Extraction(
        claims=[
            Claim(player="Ko Itakura", club="Liverpool", kind="interest", source="Sky Germany", date=DAY,
                  evidence="Liverpool are keeping tabs on Ko Itakura."),
            Claim(player="Ko Itakura", club="Midtjylland", kind="interest", date=DAY, evidence="..."),
            Claim(player="Ko Itakura", club="Manchester City", kind="signed", past=True, event_date="2019-12",
                  amount=Amount(currency="GBP", max=1_000_000), date=DAY, evidence="..."),
        ],
        facts=[Fact(player="Ko Itakura", fact="release_clause", date=DAY, source="Sky Germany",
                    value=Amount(currency="EUR", min=10_000_000, max=15_000_000)),
               Fact(player="Ko Itakura", fact="age", value=26, date=DAY)],
        players=["Ko Itakura"],
        new_clubs=[NewClub(name="Midtjylland", country="Denmark")],
    )


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "s.db")
    yield s
    await s.close()


async def test_migrations_bring_the_schema_to_the_last_version(store: Store) -> None:
    assert await schema_version(store.conn) == len(migrations())
    assert await store._one("PRAGMA journal_mode") == "wal"
    assert await store._one("PRAGMA foreign_keys") == 1


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    s = await Store.open(tmp_path / "s.db")
    await s.add_article(article(), extraction())
    await s.close()
    s = await Store.open(tmp_path / "s.db")
    assert (await s.counts())["articles"] == 1
    await s.close()


async def test_article_lands_with_all_its_claims_and_facts(store: Store) -> None:
    result = await store.add_article(article(), extraction())
    assert result.status == "new" and result.claims == 3 and result.facts == 2
    claims = await store.claims()
    assert {(c.club, c.kind) for c in claims} == {("Liverpool", "interest"), ("Midtjylland", "interest"),
                                                 ("Manchester City", "signed")}
    city = next(c for c in claims if c.club == "Manchester City")
    assert city.past and city.event_date == "2019-12" and city.amount == Amount(currency="GBP", max=1_000_000)
    assert city.url == "https://example.com/itakura" and city.origin == "x.txt"
    facts = {f.fact: f.value for f in await store.facts()}
    assert facts["release_clause"] == Amount(currency="EUR", min=10_000_000, max=15_000_000)
    assert facts["age"] == 26


async def test_same_article_twice_adds_nothing(store: Store) -> None:
    await store.add_article(article(), extraction())
    before = await store.counts()
    # Whitespace and quote style do not change an article's identity.
    again = article("Liverpool  are keeping tabs on Ko Itakura,\naccording to Sky Germany.")
    result = await store.add_article(again, extraction())
    assert result.status == "duplicate" and result.claims == 0
    assert await store.counts() == before


@pytest.mark.parametrize("step", ["_insert_claim", "_insert_fact", "enqueue_alerts_sync"])
async def test_failure_midway_leaves_nothing_of_the_article(store: Store, monkeypatch, step: str) -> None:
    from bot.store import subscriptions, writes

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(subscriptions if step == "enqueue_alerts_sync" else writes, step, boom)
    with pytest.raises(RuntimeError):
        await store.add_article(article(), extraction())
    counts = await store.counts()
    assert counts["articles"] == 0 and counts["claims"] == 0 and counts["facts"] == 0
    assert counts["players"] == 0 and counts["clubs"] == 0
    assert await store._one("PRAGMA integrity_check") == "ok"
    assert not store.conn.in_transaction
    monkeypatch.undo()  # the store works on: the same article lands whole
    result = await store.add_article(article(), extraction())
    assert result.status == "new" and result.claims == 3 and result.facts == 2


async def test_a_cancelled_add_is_all_or_nothing(store: Store, monkeypatch) -> None:
    """Cancelling the task while the article's transaction runs on the database thread: the thread
    finishes it (here: commits), the store is left usable, and a second add is a duplicate."""
    import asyncio
    import threading

    from bot.store import writes

    started, release = threading.Event(), threading.Event()
    real = writes._insert_fact

    def slow(*args, **kwargs):
        started.set()
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(writes, "_insert_fact", slow)
    task = asyncio.ensure_future(store.add_article(article(), extraction()))
    await asyncio.to_thread(started.wait, 5)
    task.cancel()
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    counts = await store.counts()
    assert (counts["articles"], counts["claims"], counts["facts"]) in ((0, 0, 0), (1, 3, 2))
    assert not store.conn.in_transaction
    again = await store.add_article(article(), extraction())
    assert again.status == ("duplicate" if counts["articles"] else "new")


async def test_one_article_is_one_call_into_the_database_thread(store: Store, monkeypatch) -> None:
    """The per-statement hop to aiosqlite's thread is what made storing slow: an article is one."""
    calls = []
    real = type(store.conn)._execute

    async def counting(self, fn, *args, **kwargs):
        calls.append(fn)
        return await real(self, fn, *args, **kwargs)

    monkeypatch.setattr(type(store.conn), "_execute", counting)
    await store.add_article(article(), extraction())
    assert len(calls) == 1


async def test_new_club_is_stored_as_unknown_to_the_knowledge(store: Store) -> None:
    await store.add_article(article(), extraction())
    row = await store._all("SELECT country, known FROM clubs WHERE name = 'Midtjylland'")
    assert row == [("Denmark", 0)]


async def test_claim_filters(store: Store) -> None:
    await store.add_article(article(), extraction())
    [liverpool] = await lookup_in_store(store, "club", "liverpool")
    claims = await store.claims(club_ids=[liverpool.entity_id])
    assert [c.club for c in claims] == ["Liverpool"]
    assert await store.claims(club_ids=[]) == []
    assert [c.kind for c in await store.claims(kinds=["signed"])] == ["signed"]
    assert await store.claims(since=DAY + dt.timedelta(days=1)) == []


async def test_players_are_found_by_surname_and_typo(store: Store) -> None:
    await store.add_article(article(), extraction())
    for query in ("Ko Itakura", "itakura", "Itakura's", "itakrua", "ITAKURA"):
        matches = await lookup_in_store(store, "player", query)
        assert matches and matches[0].name == "Ko Itakura", query
    assert await lookup_in_store(store, "player", "who") == []


async def test_concurrent_writers_on_one_store_queue_instead_of_failing(store: Store) -> None:
    import asyncio

    articles = [article(f"Everton are keeping tabs on Player{i} Testman.") for i in range(10)]
    results = await asyncio.gather(*(store.add_article(a, extraction()) for a in articles))
    assert [r.status for r in results] == ["new"] * 10
    assert (await store.counts())["articles"] == 10


async def test_a_report_merged_after_the_row_was_read_is_sent_with_it(store: Store) -> None:
    """An article stored between reading the due alerts and marking one 'sending' merges its report
    into the pending row; mark_sending hands back every claim the post must show."""
    from bot.store import subscriptions as subs

    await store.add_article(article(), extraction())
    pid = (await store.player_ids(["Ko Itakura"]))["Ko Itakura"]
    await subs.add_subscription(store, guild_id=1, channel_id=2, kind="player", entity_id=pid, name="Ko Itakura")
    bid = Claim(player="Ko Itakura", club="Liverpool", kind="bid", source="Sky Germany", date=DAY, evidence="...")
    first = await store.add_article(article("Liverpool bid for Itakura."), Extraction(claims=[bid], players=["Ko Itakura"]))
    [row] = await subs.due_alerts(store, now=1e12)
    assert row.claim_ids == first.claim_ids
    second = await store.add_article(article("Sky: a Liverpool bid for Itakura."),
                                     Extraction(claims=[bid], players=["Ko Itakura"]))
    sending = await subs.mark_sending(store, row.id, "attempt", 0.0)
    assert sorted(sending) == sorted(first.claim_ids + second.claim_ids)
    third = await store.add_article(article("Liverpool bid again for Itakura."),
                                    Extraction(claims=[bid], players=["Ko Itakura"]))
    rows = await subs.outbox_rows(store)  # a row that is sending takes no more merges: a new one
    assert [r.claim_ids for r in rows] == [sorted(sending), third.claim_ids]
