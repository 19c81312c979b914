"""The fast paths give what the full ones give: light shapes, one-question resolution, name look-ups,
light settings, and the name tables migration 004 keeps with triggers."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import models
from bot.answer import shapes
from bot.answer.compose import answer_question
from bot.answer.resolve import QuestionResolver, Resolver, resolve_question
from bot.config import load_settings
from bot.models import Extraction
from bot.paths import quick_paths
from bot.render.json import answer_json
from tests.answer.small_db import article, claim

QUESTIONS = [
    "who wants itakura?", "who wants itakrua", "where is itakuras move", "itakura", "ko itakura news",
    "who are spurs after", "who are liverpool after", "are liverpool in for itakura?", "is city in for itakura",
    "who does klopp want", "who does postecoglou want", "tell me about gladbach", "whats itakuras release clause",
    "how much is itakura worth", "latest rumours", "any news on the reds", "who wants united", "man utd targets",
    "who wants itkra", "who wants zzzzzz", "borussia", "who are borussia after", "toon news", "the blues",
    "what about santos", "santos fc targets", "juve", "who wants branthwaite", "", "?!", "a " * 80,
    "who are tottenhm after", "who are totenham hotspurs after", "mönchengladbach", "itakurra", "itakuraa",
]


def _dump(res) -> tuple:
    return (res.words, [(m.text, m.start, m.end, m.candidates, m.how, m.weak) for m in res.mentions],
            res.unknown, res.suggestions)


@pytest.mark.parametrize(("lo", "hi"), [(5e6, 5e6), (None, 1e6), (2e7, None), (1.5e6, 2.5e7), (999.0, 999.0),
                                        (3e9, 3e9), (2500.0, 2500.0)])
def test_money_describes_like_amount(lo, hi) -> None:
    for cur in ("EUR", "GBP", "USD"):
        assert shapes.Money(cur, lo, hi).describe() == models.Amount(currency=cur, min=lo, max=hi).describe()
        assert shapes.Money(cur, lo, hi).model_dump() == models.Amount(currency=cur, min=lo, max=hi).model_dump()


def test_ask_never_imports_pydantic(tmp_path) -> None:
    """The answer types are plain dataclasses: answering and rendering a question loads no pydantic."""
    code = ("import sys, bot.answer.compose, bot.render.json, bot.render.text; "
            "sys.exit('pydantic' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


async def test_question_resolver_matches_full_resolver(store) -> None:
    full = Resolver(await store.alias_rows(), await store.manager_rows())
    for q in QUESTIONS:
        for today in (None, dt.date(2024, 2, 1), dt.date(2025, 2, 1)):
            one = await QuestionResolver.for_question(store, q)
            res = one.resolve(q, today)
            await one.fill_suggestions(store, res)
            assert _dump(res) == _dump(full.resolve(q, today)), q


async def test_names_in_sql_answers_like_cached_resolver(store) -> None:
    expected = [answer_json(await answer_question(store, q)) for q in QUESTIONS]
    store.names_in_sql = True
    from bot.answer import resolve

    resolve._CACHE.clear()
    got = []
    for q in QUESTIONS:
        store.questions_asked = 0  # each one a first question: read for itself (a one-shot `ask`)
        got.append(answer_json(await answer_question(store, q)))
    assert got == expected
    assert resolve.cached_resolver(store) is None
    res = await resolve_question(store, "who wants itakura")
    assert [e.name for e in res.players] == ["Ko Itakura"]


async def test_a_chat_over_a_small_database_loads_the_names_once(store, monkeypatch) -> None:
    """From the second question on, `transferbot chat` resolves with the full resolver, which reads
    nothing per question while the store wrote nothing (and sees at once what it writes)."""
    from bot.answer import resolve

    resolve._CACHE.clear()
    store.names_in_sql = True
    store.questions_asked = 0
    await resolve_question(store, "who wants itakura")
    assert resolve.cached_resolver(store) is None  # a one-shot question loads no resolver
    await resolve_question(store, "who wants caicedo")
    first = resolve.cached_resolver(store)
    assert first is not None
    calls = []
    real = type(store).names_version

    async def counting(self):
        calls.append(1)
        return await real(self)

    monkeypatch.setattr(type(store), "names_version", counting)
    for _ in range(5):
        assert [e.name for e in (await resolve_question(store, "who wants itakura")).players] == ["Ko Itakura"]
    assert calls == [] and resolve.cached_resolver(store) is first
    await store.add_article(article(98, "2024-03-01"), Extraction(
        claims=[claim("Jarrad Branthwaite", "Liverpool", "bid", "2024-03-01")], players=["Jarrad Branthwaite"]))
    res = await resolve_question(store, "who wants branthwaite")  # written here: seen at once
    assert [e.name for e in res.players] == ["Jarrad Branthwaite"] and calls


async def test_name_tables_follow_new_names(store) -> None:
    await store.add_article(article(99, "2024-03-01"), Extraction(
        claims=[claim("Jarrad Branthwaite", "Real Sociedad de Futbol", "bid", "2024-03-01")],
        players=["Jarrad Branthwaite"]))
    store.names_in_sql = True
    res = await resolve_question(store, "who wants branthwiate")  # a typo of a word added by the trigger
    assert [e.name for e in res.players] == ["Jarrad Branthwaite"]
    res = await resolve_question(store, "who are sociedad after")
    assert [e.name for e in res.clubs] == ["Real Sociedad de Futbol"]


def test_quick_paths_match_settings(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for env in ({}, {"TRANSFERBOT_DB": str(tmp_path / "x.db")}, {"transferbot_knowledge_dir": str(tmp_path)}):
        for k in ("TRANSFERBOT_DB", "TRANSFERBOT_KNOWLEDGE_DIR", "transferbot_db", "transferbot_knowledge_dir"):
            monkeypatch.delenv(k, raising=False)
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        for db in (None, str(tmp_path / "flag.db")):
            light = quick_paths(db)
            full = load_settings(db=db)
            assert (light.db, light.knowledge_dir) == (full.db, full.knowledge_dir)
    (tmp_path / ".env").write_text("DISCORD_TOKEN=x\n")  # a .env that names neither: still light
    light, full = quick_paths(None), load_settings()
    assert (light.db, light.knowledge_dir) == (full.db, full.knowledge_dir)
    (tmp_path / ".env").write_text("DISCORD_TOKEN=x\nTRANSFERBOT_DB=/elsewhere.db\n")
    assert quick_paths(None) is None  # .env names it: the full Settings decide


def test_ask_never_imports_pydantic_or_discord(tmp_path) -> None:
    code = ("import sys; from bot.cli import main; main(['ask', '--db', sys.argv[1], 'who wants itakura?']); "
            "bad = [m for m in ('pydantic', 'pydantic_settings', 'discord', 'aiohttp', 'feedparser', 'trafilatura', "
            "'bot.extract', 'bot.models') if m in sys.modules]; print('IMPORTED', bad)")
    db = tmp_path / "ask.db"
    subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(db), "hi"], capture_output=True, check=True)
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True).stdout
    assert "IMPORTED []" in out


def test_migration_backfills_name_tables(tmp_path) -> None:
    db = tmp_path / "m.db"
    subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(db), "hi"], capture_output=True, check=True)
    con = sqlite3.connect(db)
    triggered = sorted(con.execute("SELECT * FROM name_tokens"))
    words = sorted(con.execute("SELECT * FROM name_words"))
    con.execute("DELETE FROM name_tokens")
    con.execute("DELETE FROM name_words")
    sql = Path(models.__file__).parent / "store" / "migrations" / "004_name_words.sql"
    backfill = sql.read_text(encoding="utf-8").split("-- What the database holds already.")[1]
    con.executescript(backfill)
    assert sorted(con.execute("SELECT * FROM name_tokens")) == triggered
    assert sorted(con.execute("SELECT * FROM name_words")) == words
    con.close()
