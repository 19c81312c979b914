"""`transferbot explain FILE|URL`: every claim and fact of one article, with its sentence and rule row."""

from __future__ import annotations

import json

from bot.extract.rules.kinds import KIND_RULES
from tests.sources.conftest import run_cli


async def test_explain_a_file_names_the_sentence_and_the_rule(env, tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(" date 2024-08-21 Sunderland have withdrawn from the race for Caen striker Alexandre Mendy.\n\n"
                       "The club had lodged a fresh bid last week.\n", encoding="utf-8")
    code, out, _ = await run_cli(capsys, "explain", "--db", str(env.db), str(article))
    assert code == 0
    assert "Alexandre Mendy / Sunderland: ended" in out
    assert "sentence: Sunderland have withdrawn from the race for Caen striker Alexandre Mendy." in out
    row = next(r for r in KIND_RULES if r.kind == "ended" and "withdraw" in r.pattern)
    assert f"rule: {row.name} (rules/kinds.py)" in out
    assert "current_club = Caen" in out


async def test_explain_json_carries_the_rule_of_each_claim(env, tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text("Sunderland have withdrawn from the race for Caen striker Alexandre Mendy.", encoding="utf-8")
    code, out, _ = await run_cli(capsys, "explain", "--db", str(env.db), "--json", "--date", "2024-08-21", str(article))
    assert code == 0
    doc = json.loads(out)
    assert doc["date"] == "2024-08-21"
    (claim,) = doc["claims"]
    assert claim["kind"] == "ended" and claim["rule"].startswith("ended.") and "e.g." in claim["rule_text"]


async def test_explain_a_url_reads_the_page(web_server, env, capsys):
    code, out, _ = await run_cli(capsys, "explain", "--db", str(env.db), web_server.url("/articles/chelsea-osimhen.html"))
    assert code == 0
    assert "claims:" in out and "rule:" in out and "sentence:" in out


async def test_explain_a_missing_file_says_so(env, tmp_path, capsys):
    code, _out, err = await run_cli(capsys, "explain", "--db", str(env.db), str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in err


async def test_explain_an_amount_with_only_an_upper_bound(env, tmp_path, capsys):
    # "up to $400,000" has no minimum: the line says the bound instead of failing
    article = tmp_path / "story.txt"
    article.write_text(" date 2025-08-06 Vancouver Whitecaps acquired Tomas Brenner from FC Cincinnati in exchange for "
                       "up to $400,000 in general allocation money.\n", encoding="utf-8")
    code, out, _ = await run_cli(capsys, "explain", "--db", str(env.db), str(article))
    assert code == 0
    assert "Tomas Brenner / Vancouver Whitecaps: signed under $400k" in out
