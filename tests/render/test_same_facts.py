"""One answer everywhere: the terminal's text, the JSON and the Discord embeds state the same facts.

Every dev-set question is answered once over the gold database; for each (player, club) link of
the answer, each renderer must show the link's path, status, dates, report counts and the
credited sources of the articles it cites, and a live link's likelihood.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.answer.compose import answer_question
from bot.answer.likelihood import describe
from bot.answer.links import LinkSummary
from bot.config import PROJECT_ROOT
from bot.render import embeds as discord_embeds
from bot.render.embeds import CITATIONS_PER_ENTRY, clean, render_embeds
from bot.render.json import answer_json
from bot.render.text import MAX_CITATIONS, counts, dates, render_text, who
from bot.store import Store
from tests.answer.gold_db import DEV, build_gold_store

QUESTIONS = [json.loads(line)["q"] for line in (DEV / "questions.jsonl").read_text().splitlines() if line]


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("same") / "gold.db"

    async def build() -> None:
        await (await build_gold_store(path, knowledge_dir=PROJECT_ROOT / "knowledge")).close()

    asyncio.run(build())
    return path


def facts_of(link: LinkSummary, dated=dates) -> list[str]:
    """What every renderer must state about a link, as plain text (dates as the medium writes them)."""
    out = [link.path, dated(link), counts(link)]
    if not link.current:
        out.append(link.status_words)
    if link.likelihood is not None:
        out.append(describe(link.likelihood))
    return out


async def test_text_json_and_embeds_state_the_same_facts(gold_db: Path) -> None:
    store = await Store.open(gold_db)
    checked = rated = 0
    try:
        for q in QUESTIONS:
            answer = await answer_question(store, q)
            text = render_text(answer)
            data = answer_json(answer)
            embeds = "\n\n".join(e.description or "" for e in render_embeds(answer))
            assert data["text"] == text and data["summary"] == answer.summary
            if answer.summary:  # the answer first, everywhere
                assert text.splitlines()[len(answer.notes)] == answer.summary
                assert clean(answer.summary, 600) in embeds.split("\n\n")[0]
            assert len(data["links"]) == len(answer.links)
            for link, js in zip(answer.links, data["links"], strict=True):
                heads = [f"- {label}: {link.path}" for label in (link.club, link.player, f"{link.player} → {link.club}")]
                line = next((ln for ln in text.splitlines() if ln.startswith(tuple(heads))), None)
                assert line is not None, (q, link.player, link.club, text)
                marks = [f"**{clean(label, 80)}**" for label in (link.club, link.player)]
                entry = next((e for e in embeds.split("\n\n") if e.startswith(tuple(marks))
                              and f"— {clean(link.path, 300)} · " in e and discord_embeds.dates(link) in e),
                             None)
                assert entry is not None, (q, link.player, link.club, embeds)
                for fact in facts_of(link):
                    assert fact in line, (q, fact, line)
                for fact in facts_of(link, discord_embeds.dates):
                    # The bot's own markup and words (Discord timestamps "<t:..:d>", a likelihood "(<1%)") are
                    # shown as they are; clean() would escape their "<" as it does every "<" of outside text.
                    assert fact in entry or clean(fact, 300) in entry, (q, fact, entry)
                assert (js["status"], js["stage"], js["path"], js["reports"], js["independent_sources"]) == (
                    link.status, link.stage, link.path, link.reports, link.independent_sources)
                assert (js["first"], js["latest"]) == (link.first.isoformat(), link.latest.isoformat())
                assert js["likelihood"] == link.likelihood
                rated += link.likelihood is not None
                for r in link.citations[:min(MAX_CITATIONS, CITATIONS_PER_ENTRY)]:
                    assert who(r) in line, (q, who(r), line)
                    assert clean(who(r), 120) in entry, (q, who(r), entry)
                checked += 1
    finally:
        await store.close()
    assert checked > 50  # the dev set has links of every status
    assert rated > 0  # and live links, each with its likelihood


async def test_statuses_are_all_exercised(gold_db: Path) -> None:
    store = await Store.open(gold_db)
    try:
        seen = {link.status for q in QUESTIONS for link in (await answer_question(store, q)).links}
    finally:
        await store.close()
    assert {"live", "completed", "ended", "history"} <= seen
