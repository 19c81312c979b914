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
