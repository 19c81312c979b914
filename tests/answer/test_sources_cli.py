"""`transferbot sources` and `transferbot explain-link` on the hand-made answer database."""

from __future__ import annotations

import json


async def test_sources_lists_records_as_text_and_json(store, capsys, monkeypatch):
    import bot.commands.ask as ask_cmd

    monkeypatch.setattr(ask_cmd, "open_store", _opener(store))
    code, out = await _run_async(capsys, "sources")
    assert code == 0
    assert "Daily Mail (no tier): 1 link · 1 came true, 0 died, 0 open" in out
    code, out = await _run_async(capsys, "sources", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    mail = next(r for r in rows if r["source"] == "Daily Mail")
    assert mail["came_true"] == 1 and mail["hit_rate"] is None and mail["enough_decided"] is False
    code, out = await _run_async(capsys, "sources", "romano")
    assert out.startswith("Fabrizio Romano")
    assert "- Ko Itakura → Liverpool: first reported 2024-01-02, still open" in out


def _opener(store):
    class Keep:
        """The test's store, left open when the command closes it."""

        def __getattr__(self, name):
            return getattr(store, name)

        async def close(self) -> None:
            return None

    async def open_store(settings, args=None):
        return Keep()

    return open_store


async def _run_async(capsys, *argv: str) -> tuple[int, str]:
    import argparse

    from bot.cli import build_parser

    args: argparse.Namespace = build_parser().parse_args(list(argv))
    code = await args.handler(args)
    return int(code or 0), capsys.readouterr().out


async def test_explain_link_shows_reports_and_weights(store, capsys, monkeypatch):
    import bot.commands.ask as ask_cmd

    monkeypatch.setattr(ask_cmd, "open_store", _opener(store))
    code, out = await _run_async(capsys, "explain-link", "itakura", "spurs", "--date", "2024-01-20")
    assert code == 0
    assert out.startswith("Ko Itakura → Tottenham Hotspur: long shot (")
    assert "Fabrizio Romano (no tier): reliability 0.40 × interest 0.6" in out
    assert "Sky Germany (no tier): reliability 0.40 × interest 0.6 = +0.24" in out
    assert "https://news.example/1" in out
    code, out = await _run_async(capsys, "explain-link", "caicedo", "chelsea")
    assert out.strip() == "Moises Caicedo moved to Chelsea (2023-08-14): the link is complete, not a rumour."
    code, out = await _run_async(capsys, "explain-link", "itakura", "liverpool", "--json", "--date", "2024-01-20")
    data = json.loads(out)
    assert data["label"] == "long shot" and {e["source"] for e in data["evidence"]} == {"Sky Germany", "Fabrizio Romano"}


async def test_sources_all_adds_the_silent_ones(store, capsys, monkeypatch):
    import bot.commands.ask as ask_cmd

    monkeypatch.setattr(ask_cmd, "open_store", _opener(store))
    _, some = await _run_async(capsys, "sources")
    _, every = await _run_async(capsys, "sources", "--all")
    assert len(every.splitlines()) >= len(some.splitlines())
    assert "Transfermarkt (no tier): 0 links" in every and "Transfermarkt" not in some
