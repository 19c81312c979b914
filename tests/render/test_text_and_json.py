"""Text for people and the exact JSON of cli.md."""

from __future__ import annotations

import json

from bot.answer.compose import answer_question
from bot.commands.common import jsonable
from bot.render.json import answer_json
from bot.render.text import render_text

TOP = {"question", "intent", "players", "clubs", "items", "facts", "suggestions", "text"}
ITEM = {"player", "club", "kind", "past", "current", "latest", "first", "reports", "sources"}
SOURCE = {"source", "date", "origin", "article_id"}
FACT = {"player", "fact", "value", "source", "date"}


async def test_json_shape(store) -> None:
    for q in ("who wants itakura?", "whats itakuras release clause", "latest rumours", "asdf"):
        d = json.loads(json.dumps(jsonable(answer_json(await answer_question(store, q)))))
        assert set(d) >= TOP
        assert isinstance(d["text"], str) and d["text"]
        for it in d["items"]:
            assert set(it) >= ITEM
            assert isinstance(it["current"], bool) and isinstance(it["reports"], int)
            assert len(it["latest"]) == 10 and len(it["first"]) == 10
            for s in it["sources"]:
                assert set(s) >= SOURCE
        for f in d["facts"]:
            assert set(f) >= FACT
    d = answer_json(await answer_question(store, "whats itakuras release clause"))
    assert d["facts"][0]["value"] == {"currency": "EUR", "min": 10000000, "max": 15000000}


async def test_text_one_line_per_club_with_sources(store) -> None:
    a = await answer_question(store, "who wants itakura?")
    lines = render_text(a).splitlines()
    assert lines[0].startswith("Liverpool and Tottenham Hotspur are in for Ko Itakura — Liverpool furthest along")
    assert lines[1].startswith("Clubs in for Ko Itakura")
    lines = lines[1:]
    assert lines[1].startswith("- Liverpool:") and "Sky Germany" in lines[1] and "2024-01-18" in lines[1]
    assert "Fabrizio Romano" in lines[1] and "https://news.example/" in lines[1]
    assert lines[2].startswith("- Tottenham Hotspur:")
    assert "Ended links and history:" in lines
    assert any("[history]" in line for line in lines)
    assert sum(1 for line in lines if line.startswith("- Liverpool")) == 1
