"""No answer shows a path of the machine it runs on: articles read from files are cited by their title
(the first line) or first words, never by where they were read from."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest

from bot.answer.compose import answer_question
from bot.ingest import Ingestor, open_database
from bot.render.embeds import render_embeds, render_why_embed
from bot.render.text import render_text, render_why
from bot.store import Store
from tests.answer.gold_db import DEV

QUESTIONS = [json.loads(line)["q"] for line in (DEV / "questions.jsonl").read_text().splitlines() if line]
URL = re.compile(r"https?://[^\s<>()\]]+")
# a path: two or more slashes between names ("knowledge/seeds/002_x.txt", "/tmp/x/articles/101_y")
PATH = re.compile(r"(?:^|[\s\"'<(\[])(?:\.{0,2}/)?[\w.-]+/[\w.-]+/[\w.-]*")


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory) -> Path:
    """The dev set's articles read from files by the real pipeline, as `transferbot ingest DIR` does."""
    from bot.config import PROJECT_ROOT, load_settings

    path = tmp_path_factory.mktemp("paths") / "dev.db"
    settings = load_settings(db=path, knowledge_dir=PROJECT_ROOT / "knowledge")

    async def build() -> None:
        store = await open_database(settings)
        async for result in Ingestor(store, settings).ingest_files([str(DEV / "articles")]):
            assert result.status != "failed", result
        await store.close()

    asyncio.run(build())
    return path


def _shown(answer) -> list[str]:
    out = [render_text(answer), render_why(answer)]
    for e in [*render_embeds(answer), render_why_embed(answer)]:
        out += [e.title or "", e.description or "", e.footer.text or ""]
        out += [f"{f.name} {f.value}" for f in e.fields]
    return out


async def test_no_rendered_answer_contains_a_path(dev_db: Path) -> None:
    store = await Store.open(dev_db)
    cited = 0
    try:
        for q in QUESTIONS:
            answer = await answer_question(store, q)
            for text in _shown(answer):
                bare = URL.sub("URL", text)
                assert ".txt" not in bare, (q, text)
                assert not PATH.search(bare), (q, PATH.search(bare), text)
            cited += sum(len(link.citations) for link in answer.links)
    finally:
        await store.close()
    assert cited > 100


async def test_file_articles_are_cited_by_their_first_line(dev_db: Path) -> None:
    store = await Store.open(dev_db)
    try:
        answer = await answer_question(store, "who wants itakura")
    finally:
        await store.close()
    titles = {r.title for link in answer.links for r in link.citations}
    assert "Liverpool and Tottenham are both interested in Ko Itakura." in titles
    assert '"Liverpool and Tottenham are both interested in Ko Itakura."' in render_text(answer)
