"""The extractor's name index grows with the gazetteer in place: the same index as a fresh build, the
same extractions, and no copy kept per learnt name."""

from __future__ import annotations

import datetime as dt

from bot.extract import index as index_mod
from bot.extract.index import Index, get_index
from bot.extract.pipeline import extract
from bot.extract.sentences import strip_header
from bot.knowledge import Gazetteer
from bot.models import Article

from .fixture_articles import FIX


def _shape(idx: Index) -> dict:
    return {
        "entries": idx.entries, "first": idx.first, "prefixes": idx.prefixes, "max_len": idx.max_len,
        "club_country": idx.club_country, "club_league": idx.club_league, "fuzzy_clubs": idx.fuzzy_clubs,
        "player_by_last": idx.player_by_last, "player_keys_read": idx.player_keys_read,
        "players_read": idx.players_read, "fixed": idx.fixed,
    }


def test_extended_in_place_equals_a_rebuild(real_gaz: Gazetteer) -> None:
    g = real_gaz.copy()
    idx = get_index(g)
    g.add_player("Moises Kaloravin")  # a new player
    g.add_player("Kylian Mbappe", ("KM7",))  # a new alias of a known one (merged, same position)
    g.add_player("Liverpool Ramos")  # surname shared with nobody, first word a club's
    g.add_player("Chelsea")  # a key a club already has: the player's entry comes after the club's
    g.add_player("Jan de Vries", ("De Vries",))
    again = get_index(g)
    assert again is idx  # extended, not rebuilt
    assert _shape(again) == _shape(index_mod._build(g))
    assert [e.kind for e in again.lookup("chelsea")] == ["club", "player"]
    assert again.player_by_last["kaloravin"] == ["Moises Kaloravin"]


def test_a_learning_ingest_extracts_what_fresh_indexes_extract(real_gaz: Gazetteer) -> None:
    """Article after article, learning the players of each (as bot.ingest.Ingestor once did; it now
    extracts with the shipped knowledge only): the one index extended in place gives the extraction a
    gazetteer built from scratch gives."""
    learning = real_gaz.copy()
    learnt: list[str] = []
    names = sorted(p.name for p in FIX.glob("*.txt"))[:12]
    assert names
    for name in names:
        raw = (FIX / name).read_text()
        art = Article(text=strip_header(raw), date=dt.date.fromisoformat(raw[6:16]), origin=name)
        fresh = real_gaz.copy()
        for player in learnt:
            fresh.add_player(player)
        got = extract(art, learning)
        want = extract(art, fresh)
        assert got == want, name
        for player in got.players:
            learning.add_player(player)
        learnt += got.players
    assert learnt  # the articles taught it something


def test_indexes_kept_are_bounded(real_gaz: Gazetteer) -> None:
    for _ in range(index_mod.MAX_INDEXES * 3):
        get_index(real_gaz.copy())
    assert len(index_mod._CACHE) <= index_mod.MAX_INDEXES


def test_fuzzy_club_memo_is_bounded(real_gaz: Gazetteer) -> None:
    idx = get_index(real_gaz.copy())
    for i in range(index_mod.MAX_FUZZY_MEMO + 10):
        idx.fuzzy_club(f"zzqx{i}")
    assert len(idx.fuzzy_memo) <= index_mod.MAX_FUZZY_MEMO
    assert idx.fuzzy_club("Borussia Dortmnud".lower()) == "borussia dortmund"
