"""Per-gazetteer lookup structures, built once and cached.

The gazetteer indexes folded aliases; the extractor scans sentences token by token,
so it needs the aliases as token n-grams (with and without a leading "the"), the
longest alias length, the first tokens that can start an alias (to skip most
positions with one set lookup), and buckets of alias keys for fuzzy matching of
capitalised spans nobody recognised ("FC Groingen", "Bundelsliga").
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.extract.lexicon import LEAGUES
from bot.knowledge import Gazetteer
from bot.text import fold


@dataclass(slots=True)
class Entry:
    kind: str  # "club" | "manager" | "source" | "player"
    names: tuple[str, ...]  # canonical names (clubs may have several: ambiguous)
    ambiguous: bool = False


@dataclass(slots=True)
class Index:
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    first: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)  # every alias's leading tokens ("borussia", "borussia dortmund")
    max_len: int = 1
    club_country: dict[str, str | None] = field(default_factory=dict)
    club_league: dict[str, str | None] = field(default_factory=dict)
    fuzzy_clubs: dict[str, list[str]] = field(default_factory=dict)  # first letter -> alias keys
    player_by_last: dict[str, list[str]] = field(default_factory=dict)  # last token -> canonical names
    gaz: Gazetteer | None = None

    def add(self, key: str, entry: Entry) -> None:
        if not key:
            return
        self.entries.setdefault(key, []).append(entry)
        toks = key.split()
        self.first.add(toks[0])
        for k in range(1, len(toks) + 1):
            self.prefixes.add(" ".join(toks[:k]))
        self.max_len = max(self.max_len, len(toks))

    def lookup(self, key: str) -> list[Entry]:
        return self.entries.get(key, [])

    def fuzzy_club(self, key: str) -> str | None:
        """The club alias a misspelt capitalised span means, if one is close enough."""
        return _fuzzy_club(id(self), key)

    def manager_club(self, key: str, on: dt.date) -> str | None:
        return self.gaz.manager_club(key, on) if self.gaz else None


_LOCK = threading.Lock()
_CACHE: dict[int, tuple[tuple[int, ...], Gazetteer, Index]] = {}
_BY_ID: dict[int, Index] = {}


def _signature(g: Gazetteer) -> tuple[int, ...]:
    return (len(g.club_index), len(g.manager_index), len(g.source_index), len(g.player_index))


def get_index(g: Gazetteer) -> Index:
    """The index for a gazetteer; rebuilt when the gazetteer has learnt new names."""
    sig = _signature(g)
    hit = _CACHE.get(id(g))
    if hit is not None and hit[1] is g and hit[0] == sig:
        return hit[2]
    idx = _build(g)
    with _LOCK:
        if len(_CACHE) > 16:
            _CACHE.clear()
            _BY_ID.clear()
            _fuzzy_club.cache_clear()
        _CACHE[id(g)] = (sig, g, idx)
        _BY_ID[id(idx)] = idx
    return idx


def _variants(key: str) -> list[str]:
    out = [key]
    if key.startswith("the ") and len(key) > 4:
        out.append(key[4:])
    return out


def _build(g: Gazetteer) -> Index:
    idx = Index(gaz=g)
    for key, names in g.club_index.items():
        amb = key in g.ambiguous_aliases or len(names) > 1
        for k in _variants(key):
            idx.add(k, Entry("club", names, amb))
            if len(k) >= 5 and not amb:
                idx.fuzzy_clubs.setdefault(k[0], []).append(k)
    for name, info in g.clubs.items():
        idx.club_country[name] = info.country
        idx.club_league[name] = info.league
    for key, manager in g.manager_index.items():
        idx.add(key, Entry("manager", (manager.name,)))
    for key, name in g.source_index.items():
        for k in _variants(key):
            idx.add(k, Entry("source", (name,)))
    for key, name in g.player_index.items():
        idx.add(key, Entry("player", (name,)))
    for name in g.players:
        toks = fold(name).split()
        if toks:
            idx.player_by_last.setdefault(toks[-1], []).append(name)
    return idx


@lru_cache(maxsize=4096)
def _fuzzy_club(index_id: int, key: str) -> str | None:
    idx = _BY_ID.get(index_id)
    if idx is None or len(key) < 5:
        return None
    pool = idx.fuzzy_clubs.get(key[0], [])
    if not pool:
        return None
    got = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=88)
    return got[0] if got else None


@lru_cache(maxsize=4096)
def fuzzy_league(key: str) -> str | None:
    """League named in a description, tolerating typos ("the Bundelsliga club")."""
    if key in LEAGUES:
        return LEAGUES[key]
    if len(key) < 6:
        return None
    got = process.extractOne(key, list(LEAGUES), scorer=fuzz.ratio, score_cutoff=85)
    return LEAGUES[got[0]] if got else None
