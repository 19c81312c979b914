"""The saga timeline: lanes and marks from hand-made claims, the PNG's size, and `transferbot timeline`."""

from __future__ import annotations

import io

from PIL import Image

from bot.answer.timeline import MAX_LANES, build_timeline
from bot.render.timeline import size_for, timeline_png
from tests.answer.sagas import claim
from tests.answer.test_sources_cli import _opener, _run_async

SAGA = [
    claim("Ana", "Reds", "interest", "Fabrizio Romano", "2024-01-02", tier=1),
    claim("Ana", "Blues", "bid", "Gossip", "2024-01-10", tier=4),
    claim("Ana", "Reds", "agreement", "Fabrizio Romano", "2024-01-20", tier=1),
    claim("Ana", "Reds", "signed", None, "2024-01-31"),
    claim("Ana", "Whites", "signed", None, "2024-01-31", past=True, event_date="2021"),
    claim("Ana", "Whites", "signed", None, "2024-01-31", past=True, event_date="2021-07"),
    claim("Ana", "Greys", "interest", None, "2024-01-31", past=True),  # background without a time: left out
]


def test_lanes_marks_and_the_completed_move():
    t = build_timeline("Ana", SAGA)
    assert t.lanes == ["Whites", "Reds", "Blues"]  # first reported first
    assert [m.kind for m in t.marks["Reds"]] == ["interest", "agreement", "signed"]
    assert len(t.marks["Whites"]) == 1 and t.marks["Whites"][0].past  # the finer of two precisions
    assert t.moves[-1][0] == "Reds"


def test_too_many_clubs_keep_the_newest_lanes():
    many = [claim("Ana", f"Club {i:02d}", "interest", None, f"2024-01-{i + 1:02d}") for i in range(MAX_LANES + 3)]
    t = build_timeline("Ana", many)
    assert len(t.lanes) == MAX_LANES and t.hidden_lanes == 3 and "Club 00" not in t.lanes


def test_the_image_has_the_expected_size():
    t = build_timeline("Ana", SAGA)
    png = timeline_png(t)
    assert png.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(png)).size == size_for(t) == (900, 110 + 42 * 3)


async def test_timeline_command_writes_the_picture(store, capsys, monkeypatch, tmp_path):
    import bot.commands.ask as ask_cmd

    monkeypatch.setattr(ask_cmd, "open_store", _opener(store))
    out = tmp_path / "itakura.png"
    code, printed = await _run_async(capsys, "timeline", "itakura", "--out", str(out))
    assert code == 0 and printed.startswith(f"{out}: Ko Itakura, ")
    assert Image.open(out).size[0] == 900


async def test_saga_and_digest_commands(store, capsys, monkeypatch):
    import bot.commands.ask as ask_cmd

    monkeypatch.setattr(ask_cmd, "open_store", _opener(store))
    code, out = await _run_async(capsys, "saga", "caicedo")
    assert code == 0
    assert out.startswith("Moises Caicedo: 2 reports · completed (Chelsea)")
    assert "- Liverpool: interest · ended" in out
    _code, out = await _run_async(capsys, "digest", "--club", "chelsea", "--since", "2023-08-01")
    assert "What changed for Chelsea since 2023-08-01:" in out
    assert "- Moises Caicedo → Chelsea: signed" in out and "Lavia" in out
    _, out = await _run_async(capsys, "digest", "--player", "itakura", "--since", "2025-01-01")
    assert out.strip() == "Nothing changed for Ko Itakura since 2025-01-01."
