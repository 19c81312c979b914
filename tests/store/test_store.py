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


async def test_failure_midway_leaves_nothing_of_the_article(store: Store, monkeypatch) -> None:
    async def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_insert_fact", boom)
    with pytest.raises(RuntimeError):
        await store.add_article(article(), extraction())
    counts = await store.counts()
    assert counts["articles"] == 0 and counts["claims"] == 0 and counts["facts"] == 0
    assert await store._one("PRAGMA integrity_check") == "ok"


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
