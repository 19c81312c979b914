"""Extraction is a pure function of (article, shipped knowledge): what an ingest stores does not depend
on what was ingested before, in which order, or in how many processes at once; `reextract` gives it again.

The articles are the extractor fixtures, the dev set's (59 articles naming players the knowledge does
not hold, some by full name in one article and by surname in another) and the two below: when ingest
learnt the players of each article, a manager one article named next to a player became a player in the
next, and the 28-year-old who joined Erzgebirge Aue was then the manager, in one order and not in the
other."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.config import Settings, load_settings
from bot.ingest import Ingestor, open_database
from bot.models import Article
from bot.sources.files import read_article_file

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = [ROOT / "tests" / "fixtures" / "articles", ROOT / "tests" / "fixtures" / "dev_gold" / "articles"]


# A names Elias Salgado as a player; B names him as a manager, next to the player the facts are about.
SALGADO = Article(text="Lorient are keeping tabs on Elias Salgado, according to Sky Sports.",
                  date=dt.date(2019, 1, 2), origin="salgado")
DIALLO = Article(text="Manager Elias Salgado said he was happy with his squad but would look at the market.\n\n"
                      "The 28-year-old joined Erzgebirge Aue from Marseille in the summer of 2019. "
                      "Kenji Diallo has joined FC Utrecht from Club America for a fee of $20million.",
                 date=dt.date(2019, 1, 30), origin="diallo")


def _files() -> list[Path]:
    return [p for d in ARTICLE_DIRS for p in sorted(d.glob("*.txt"))]


def _settings(tmp_path: Path, name: str, template_db: Path, knowledge_dir: Path) -> Settings:
    db = tmp_path / f"{name}.db"
    shutil.copyfile(template_db, db)
    return load_settings(db=db, knowledge_dir=knowledge_dir)


def _content(rows: list) -> list[tuple]:
    """Claims or facts as what they say, without the row ids, storage times and file paths that
    differ from one database to another."""
    private = {"id", "stored_at", "origin"}
    return sorted(repr(sorted((k, v) for k, v in r.model_dump().items() if k not in private)) for r in rows)


async def _stored(settings: Settings) -> tuple[list, list]:
    store = await open_database(settings)
    try:
        return _content(await store.claims()), _content(await store.facts())
    finally:
        await store.close()


async def _ingest(settings: Settings, articles: list[Article]) -> list[str]:
    store = await open_database(settings)
    try:
        return [r.status async for r in Ingestor(store, settings).add_all(articles)]
    finally:
        await store.close()


async def test_two_orders_store_the_same_claims_and_facts(tmp_path, template_db, knowledge_dir) -> None:
    articles = [SALGADO, *(read_article_file(p, p.name) for p in _files()), DIALLO]
    forward = _settings(tmp_path, "forward", template_db, knowledge_dir)
    backward = _settings(tmp_path, "backward", template_db, knowledge_dir)
    assert set(await _ingest(forward, articles)) == {"new"}
    assert set(await _ingest(backward, articles[::-1])) == {"new"}
    claims, facts = await _stored(forward)
    assert len(claims) > 200 and len(facts) > 20
    assert (claims, facts) == await _stored(backward)


async def test_reextract_gives_what_ingest_gave(tmp_path, template_db, knowledge_dir) -> None:
    from bot.cli import main

    settings = _settings(tmp_path, "re", template_db, knowledge_dir)
    await _ingest(settings, [read_article_file(p, p.name) for p in _files()])
    before = await _stored(settings)
    os.environ["TRANSFERBOT_KNOWLEDGE_DIR"] = str(knowledge_dir)
    try:
        assert await asyncio.to_thread(main, ["reextract", "--db", str(settings.db)]) == 0
    finally:
        del os.environ["TRANSFERBOT_KNOWLEDGE_DIR"]
    assert await _stored(settings) == before


def test_concurrent_processes_store_what_one_sequential_ingest_stores(tmp_path, template_db,
                                                                      knowledge_dir) -> None:
    """Two `transferbot ingest` processes at once, each into its own database, the articles in opposite
    orders (the file names sort backwards in the second directory), the first extracting in worker
    processes and the second in a thread, and one sequential in-process ingest: the same claims and
    facts in all three."""
    pair = tmp_path / "pair"
    pair.mkdir()
    for article in (SALGADO, DIALLO):
        (pair / f"{article.origin}.txt").write_text(f" date {article.date.isoformat()} {article.text}")
    files = [pair / "salgado.txt", *_files(), pair / "diallo.txt"]
    ahead, behind = tmp_path / "ahead", tmp_path / "behind"
    ahead.mkdir()
    behind.mkdir()
    for i, path in enumerate(files):
        shutil.copyfile(path, ahead / f"{i:03d}_{path.name}")
        shutil.copyfile(path, behind / f"{len(files) - i:03d}_{path.name}")
    runs = []
    for name, source, workers in (("p1", ahead, "2"), ("p2", behind, "0")):
        settings = _settings(tmp_path, name, template_db, knowledge_dir)
        env = {**os.environ, "TRANSFERBOT_KNOWLEDGE_DIR": str(knowledge_dir), "TRANSFERBOT_INGEST_WORKERS": workers,
               "TRANSFERBOT_INGEST_POOL_MIN_ARTICLES": "2"}
        proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", "--db", str(settings.db), str(source)],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        runs.append((settings, proc))
    for _, proc in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert f"{len(files)} new, 0 duplicate, 0 failed" in out
    sequential = _settings(tmp_path, "seq", template_db, knowledge_dir)
    asyncio.run(_ingest(sequential, [read_article_file(p, p.name) for p in files]))
    want = asyncio.run(_stored(sequential))
    for settings, _ in runs:
        assert asyncio.run(_stored(settings)) == want


async def test_a_surname_alone_is_read_the_same_whatever_came_before(tmp_path, template_db,
                                                                     knowledge_dir) -> None:
    """Article A introduces Moises Kaloravin (not in the shipped knowledge); article B names him by
    surname only. B is read on its own, as if A had never been stored: its claim is Kaloravin's, the
    name as B writes it, whether A came before, after or not at all. (The question "who wants
    kaloravin" then asks which of the two is meant; "moises kaloravin" finds A's claims.)"""
    a = Article(text="Liverpool are keeping tabs on Moises Kaloravin, according to Fabrizio Romano. "
                     "The 21-year-old midfielder plays for Sevilla.", date=dt.date(2024, 1, 2), origin="a")
    b = Article(text="Chelsea have submitted a £40m bid for Kaloravin, Sky Sports reports. Sevilla want more.",
                date=dt.date(2024, 1, 5), origin="b")
    runs = {}
    for name, order in (("ab", [a, b]), ("ba", [b, a]), ("b", [b])):
        settings = _settings(tmp_path, name, template_db, knowledge_dir)
        await _ingest(settings, order)
        store = await open_database(settings)
        try:
            runs[name] = [(c.player, c.club, c.kind) for c in await store.claims() if c.article_id == b.id]
        finally:
            await store.close()
    assert runs["ab"] == runs["ba"] == runs["b"] == [("Kaloravin", "Chelsea", "bid")]


async def test_a_player_one_article_named_is_not_learnt_for_the_next(tmp_path, template_db,
                                                                   knowledge_dir) -> None:
    """The same article B whether or not A (which names B's manager as a player) was stored first: the
    age and the move to Erzgebirge Aue stay Kenji Diallo's."""
    runs = {}
    for name, order in (("ab", [SALGADO, DIALLO]), ("b", [DIALLO])):
        settings = _settings(tmp_path, name, template_db, knowledge_dir)
        await _ingest(settings, order)
        store = await open_database(settings)
        try:
            runs[name] = ({(c.player, c.club, c.kind) for c in await store.claims() if c.article_id == DIALLO.id},
                          {(f.player, f.fact) for f in await store.facts() if f.article_id == DIALLO.id})
        finally:
            await store.close()
    assert runs["ab"] == runs["b"]
    claims, facts = runs["b"]
    assert ("Kenji Diallo", "Erzgebirge Aue", "signed") in claims
    assert ("Kenji Diallo", "age") in facts and not any(player == "Elias Salgado" for player, _ in facts)
