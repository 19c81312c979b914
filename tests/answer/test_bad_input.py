"""Whatever is typed, a clear answer and never a traceback."""

from __future__ import annotations

import pytest

from bot.answer.compose import answer_question
from bot.cli import main
from bot.render.text import render_text

BAD = ["", "   ", "x" * 5000, "itakura " * 700, "🔥🔥🔥😂", "'; DROP TABLE claims; --",
       "who wants itakura' OR 1=1 --", "**bold** `code` [link](http://x) @everyone", "# itakura\n> quote",
       "who\x00wants\x07itakura\x1b[31m", "\u202e\u200b\ufeff", "?" * 300, "%s %d {0}", "null", "1234567"]


@pytest.mark.parametrize("q", BAD)
async def test_bad_input_is_an_answer(store, q: str) -> None:
    a = await answer_question(store, q)
    assert render_text(a) and "Traceback" not in render_text(a)
    assert a.intent in ("suitors", "targets", "link", "latest", "fact", "profile", "unknown")


async def test_sql_does_not_harm(store) -> None:
    await answer_question(store, "'; DROP TABLE claims; --")
    a = await answer_question(store, "who wants itakura")
    assert a.items


def test_cli_ask_json(settings, capsys) -> None:
    import json

    assert main(["ask", "--db", str(settings.db), "--json", "who", "wants", "itakura?"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["intent"] == "suitors" and out["players"] == ["Ko Itakura"]
    for q in ("", "\x00\x01", "🔥"):
        assert main(["ask", "--db", str(settings.db), "--json", q]) == 0
        assert json.loads(capsys.readouterr().out)["intent"] == "unknown"
    assert main(["ask", "--db", str(settings.db)]) == 0  # no question at all
    assert "couldn't find" in capsys.readouterr().out
