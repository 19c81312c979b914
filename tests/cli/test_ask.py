"""`transferbot ask` answers first: the first line answers the question as asked; `--why`, `--as-of`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import PROJECT_ROOT, load_settings
from bot.ingest import open_database
from tests.answer.first_sentences import FIRST, STORY


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ask") / "story.db"

    async def build() -> None:
        store = await open_database(load_settings(db=path, knowledge_dir=PROJECT_ROOT / "knowledge"))
        for article, extraction in STORY:
            await store.add_article(article, extraction)
        await store.close()

    asyncio.run(build())
    return path


def ask(capsys, db: Path, *args: str) -> str:
    assert main(["ask", "--db", str(db), *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(("question", "first"), FIRST, ids=[q for q, _ in FIRST])
def test_the_first_line_answers_the_question(capsys, db: Path, question: str, first: str) -> None:
    out = ask(capsys, db, question)
    assert out.splitlines()[0].startswith(first), out
    data = json.loads(ask(capsys, db, "--json", question))
    assert data["summary"].startswith(first) and data["text"].startswith(first)


def test_dates_say_how_long_ago_from_the_newest_article(capsys, db: Path) -> None:
    out = ask(capsys, db, "--as-of", "who wants caicedo")
    line = next(ln for ln in out.splitlines() if ln.startswith("- Chelsea:"))
    assert "2023-08-14 (" in line and "ago)" in line  # the newest article is Savinho's, 2024-09-01
    assert "2023-08-14 (12 months ago)" in line


def test_why_shows_the_sentence_each_report_came_from(capsys, db: Path) -> None:
    out = ask(capsys, db, "--why", "who wants caicedo")
    why = out.split("\nWhy:\n", 1)[1]
    assert "Moises Caicedo → Chelsea (signed £115m):" in why
    assert "The Guardian (tier 2) 2023-08-14: “Chelsea signed Moises Caicedo (2023-08-14).”" in why


def test_citations_are_titles_and_links_never_paths(capsys, db: Path) -> None:
    out = ask(capsys, db, "who wants caicedo")
    assert '"Chelsea sign Caicedo for a British record £115m" <https://news.example/caicedo-chelsea>' in out
    assert '"Liverpool eye Caicedo"' in out
    assert "/srv/" not in out and ".txt" not in out
