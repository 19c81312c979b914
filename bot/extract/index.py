"""Per-gazetteer lookup structures, built once and then extended in place.

The gazetteer indexes folded aliases; the extractor scans sentences token by token,
so it needs the aliases as token n-grams (with and without a leading "the"), the
longest alias length, the first tokens that can start an alias (to skip most
positions with one set lookup), and buckets of alias keys for fuzzy matching of
capitalised spans nobody recognised ("FC Groingen", "Bundelsliga").

A gazetteer that is given new players after it was indexed (a test's or a tool's;
ingest itself extracts with the shipped knowledge only and adds nothing) must not
pay a rebuild per player: rebuilding the index for each of them cost a whole pass
over every name (0.6 s at 50,000 players) and, through the old copies, memory without bound; instead the index
remembers how many player names it has read and reads only the ones added since.
The gazetteer's player tables only grow at their end (dicts keep insertion order,
and `Gazetteer.add_player` never removes or moves a key), so "the names after the
first n" are exactly the new ones, and the extended index equals a fresh build.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from rapidfuzz import fuzz, process

from bot.extract.entities import tokenize
from bot.extract.lexicon import LEAGUES
from bot.knowledge import Gazetteer
from bot.text import fold

# Bounds on what is kept: gazetteers with an index (a process ingests with one or two at a time:
# the bot's poller makes a new one per poll, so older ones must go) and misspelt club spans
# remembered per index.
MAX_INDEXES = 2
MAX_FUZZY_MEMO = 4096


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
    leagues: dict[str, str] = field(default_factory=dict)  # folded league name -> the league its clubs list
    fuzzy_clubs: dict[str, list[str]] = field(default_factory=dict)  # first letter -> alias keys
    player_by_last: dict[str, list[str]] = field(default_factory=dict)  # last token -> canonical names
    gaz: Gazetteer | None = None
    # How far into the gazetteer's tables this index has read (see the module docstring): the
    # clubs, managers and sources it was built from (a change there means a rebuild: only
    # loading knowledge does that), and the player keys and players it has added so far.
    fixed: tuple[int, int, int] = (0, 0, 0)
    player_keys_read: int = 0
    players_read: int = 0
    fuzzy_memo: dict[str, str | None] = field(default_factory=dict)

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
        memo = self.fuzzy_memo
        if key in memo:
            return memo[key]
        got = self._fuzzy_club(key)
        if len(memo) >= MAX_FUZZY_MEMO:
            memo.clear()  # bounded: a long ingest meets ever new spans
        memo[key] = got
        return got

    def _fuzzy_club(self, key: str) -> str | None:
        if len(key) < 5:
            return None
        pool = self.fuzzy_clubs.get(key[0], [])
        if not pool:
            return None
        got = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=88)
        return got[0] if got else None

    def manager_club(self, key: str, on: dt.date) -> str | None:
        return self.gaz.manager_club(key, on) if self.gaz else None


# what the knowledge lists as a club's league when it is none a description could name
_NO_LEAGUE = frozenset({"Dissolved", "Amateur"})
_LOCK = threading.Lock()
# id(gazetteer) -> its index, least recently used first. The index holds the gazetteer, so an id
# here cannot be reused by another object while its entry lives.
_CACHE: OrderedDict[int, Index] = OrderedDict()


def _fixed(g: Gazetteer) -> tuple[int, int, int]:
    return (len(g.club_index), len(g.manager_index), len(g.source_index))


def get_index(g: Gazetteer) -> Index:
    """The index for a gazetteer, extended in place with the players it learnt since the last call."""
    with _LOCK:  # extraction runs in worker threads: one extends while others wait
        idx = _CACHE.get(id(g))
        if idx is None or idx.gaz is not g or idx.fixed != _fixed(g) \
                or idx.player_keys_read > len(g.player_index) or idx.players_read > len(g.players):
            idx = _build(g)
            _CACHE[id(g)] = idx
            while len(_CACHE) > MAX_INDEXES:
                _CACHE.popitem(last=False)
        else:
            _extend(idx, g)
        _CACHE.move_to_end(id(g))
        return idx


def _variants(key: str) -> list[str]:
    out = [key]
    if key.startswith("the ") and len(key) > 4:
        out.append(key[4:])
    if " and " in key:
        out.append(key.replace(" and ", " "))  # "Brighton & Hove Albion": the tokens have no "&"
    if key[:2] in ("1 ", "2 ") and len(key) > 8:
        out.append(key[2:])  # "FSV Mainz 05" for "1. FSV Mainz 05": the press often drops the number
    if key.endswith(" fc") and len(key) > 6:
        out.append(key[:-3] + " football club")  # "Los Angeles FC" as its statements spell it
    if not key.replace(" ", "").isalnum():
        # the key as the text's tokens spell it: "st james park" for "St James' Park"
        for k in list(out):
            tk = " ".join(t.low for t in tokenize(k))
            if tk and tk not in out:
                out.append(tk)
    return out


def _build(g: Gazetteer) -> Index:
    idx = Index(gaz=g, fixed=_fixed(g))
    for key, names in g.club_index.items():
        amb = key in g.ambiguous_aliases or len(names) > 1
        for k in _variants(key):
            if len(k) < 2:
                continue  # "U's" folds to "u": one letter is the "U" of a "U-turn" far more often than a club
            idx.add(k, Entry("club", names, amb))
            if len(k) >= 5 and not amb:
                idx.fuzzy_clubs.setdefault(k[0], []).append(k)
    for name, info in g.clubs.items():
        idx.club_country[name] = info.country
        idx.club_league[name] = info.league
        if info.league and info.league not in _NO_LEAGUE:
            idx.leagues.setdefault(fold(info.league), info.league)
    for key, manager in g.manager_index.items():
        idx.add(key, Entry("manager", (manager.name,)))
    for key, name in g.source_index.items():
        for k in _variants(key):
            idx.add(k, Entry("source", (name,)))
    _extend(idx, g)
    return idx


def _new_items(table: dict, read: int) -> tuple[list, int]:
    """The items of an insertion-ordered dict after its first `read`, oldest first, and its length,
    without walking the rest. The event loop may teach the gazetteer a name while a worker thread
    reads it: a length that moved under the read means another try."""
    while True:
        total = len(table)
        if total <= read:
            return [], total
        out = list(islice(reversed(table.items()), total - read))
        if len(table) == total:
            out.reverse()
            return out, total


def _extend(idx: Index, g: Gazetteer) -> None:
    """Add the player keys and players the gazetteer gained since the index last read it."""
    keys, idx.player_keys_read = _new_items(g.player_index, idx.player_keys_read)
    for key, name in keys:
        idx.add(key, Entry("player", (name,)))
    players, idx.players_read = _new_items(g.players, idx.players_read)
    for name, _info in players:
        toks = fold(name).split()
        if toks:
            idx.player_by_last.setdefault(toks[-1], []).append(name)


@lru_cache(maxsize=4096)
def fuzzy_league(key: str) -> str | None:
    """League named in a description, tolerating typos ("the Bundelsliga club")."""
    if key in LEAGUES:
        return LEAGUES[key]
    if len(key) < 6:
        return None
    got = process.extractOne(key, list(LEAGUES), scorer=fuzz.ratio, score_cutoff=85)
    return LEAGUES[got[0]] if got else None
