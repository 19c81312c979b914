"""The document model: an article as sentences, each with its tokens, mentions and masked
text, plus the registry of who is who and the drafts of claims found so far."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from string import capwords

from bot.extract.build import maker
from bot.extract.entities import (
    Mention,
    Tok,
)
from bot.extract.index import Index
from bot.extract.timeframe import When
from bot.knowledge import Gazetteer
from bot.models import Amount, Claim, NewClub
from bot.text import fold

_QUOTES = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


BULLET = re.compile(r"^\s*(?:[-*•·▪‣]|\d{1,2}[.)])\s+")
# The placeholders of a masked sentence (see mentions.mask), with the mention index they stand for.
CLUB_PH = re.compile(r"#c(\d+)#")
PLAYER_PH = re.compile(r"#p(\d+)#")


def unify_quotes(text: str) -> str:
    """Curly quotes and dashes to ASCII (str.replace per character: much faster than translate)."""
    if text.isascii():
        return text
    for a, b in _QUOTES:
        if a in text:
            text = text.replace(a, b)
    return text


@dataclass(slots=True)
class Sent:
    text: str
    para: int
    idx: int
    toks: list[Tok]
    mentions: list[Mention] = field(default_factory=list)
    masked: str = ""
    source: str | None = None
    when: When | None = None
    past_ctx: bool = False
    past_before: bool = False  # the paragraph's past context before this sentence
    caps: list[tuple[int, int]] = field(default_factory=list)  # cap_spans(text, toks)
    # a club's statement tag closing a clause (", the Premier League club said, while ..."):
    # clauses from this masked offset on are not the club's, they take rest_source
    credit_end: int = -1
    rest_source: str | None = None
    item: bool = False  # a list item ("- X has joined C")


@dataclass(slots=True)
class Registry:
    """What the article's names are, learnt over the whole article first."""

    players: dict[str, str] = field(default_factory=dict)  # folded alias -> display name
    player_order: list[str] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # folded alias -> full name (non-players)
    new_clubs: dict[str, NewClub] = field(default_factory=dict)  # folded -> NewClub
    new_club_names: dict[str, str] = field(default_factory=dict)  # folded alias -> club name
    clubs_seen: list[str] = field(default_factory=list)
    club_country: dict[str, str | None] = field(default_factory=dict)
    max_len: int = 1
    lone_words: set[str] = field(default_factory=set)  # words standing alone as a name in the article
    club_words: dict[str, set[str]] = field(default_factory=dict)  # a word of a known club's name in the article -> clubs
    full_firsts: dict[str, set[str]] = field(default_factory=dict)  # surname -> first names the article gives it
    credited: set[str] = field(default_factory=set)  # full names credited as a source ("..., claims Don Balon")
    coach_club: dict[str, str] = field(default_factory=dict)  # "Aberdeen boss Jimmy Thelin": his name (and surname) -> club
    today: dt.date | None = None  # the article's date
    _firsts: tuple[int, set[str]] | None = None

    def first_tokens(self) -> set[str]:
        """First tokens of the player aliases (a token that starts none starts no player)."""
        if self._firsts is None or self._firsts[0] != len(self.players):
            self._firsts = (len(self.players), {k.split(" ", 1)[0] for k in self.players})
        return self._firsts[1]

    def add_player(self, display: str, gaz: Gazetteer, idx: Index) -> str:
        if display.isupper() and len(display) > 4:
            display = capwords(display.lower(), " ")  # "KURT ZOUMA: West Brom are ...": his name, not a shout
            display = "-".join(w[:1].upper() + w[1:] for w in display.split("-"))
        key = fold(display)
        known = gaz.player(display) or self._fuzzy_known(key, idx)
        name = known or self.players.get(key) or display
        toks = key.split()
        if name not in self.player_order:
            self.player_order.append(name)
        self.players.setdefault(key, name)
        if len(toks) >= 2:
            self.players.setdefault(toks[-1], name)
            if toks[-2] in ("de", "van", "von", "da", "di", "del", "dos", "mac", "mc", "le", "ter", "el"):
                self.players.setdefault(" ".join(toks[-2:]), name)
            if len(toks) >= 3:
                self.players.setdefault(" ".join(toks[-2:]), name)
        if known:
            info = gaz.players.get(known)
            for alias in (known, *(info.aliases if info else ())):
                self.players.setdefault(fold(alias), known)
                at = fold(alias).split()
                if len(at) >= 2:
                    self.players.setdefault(at[-1], known)
        self.max_len = max(self.max_len, len(toks))
        return name

    @staticmethod
    def _fuzzy_known(key: str, idx: Index) -> str | None:
        """'Marcus Alonso' for a known 'Marcos Alonso': same surname, first name within one typo
        (not 'Jobe Bellingham' for 'Jude Bellingham': brothers differ by more than a typo)."""
        toks = key.split()
        if len(toks) < 2:
            return None
        from rapidfuzz.distance import Levenshtein

        first = _letters(" ".join(toks[:-1]))  # ("golo" as tokenised, "n'golo" as known)
        for cand in idx.player_by_last.get(toks[-1], []):
            other = _letters(" ".join(fold(cand).split()[:-1]))
            if other and Levenshtein.distance(first, other) <= 1:
                return cand
        return None


def _letters(name: str) -> str:
    return "".join(ch for ch in name if ch.isalpha())


_make_claim = maker(Claim)


@dataclass(slots=True)
class Draft:
    """A claim while the article is being read (cheap to make; many are merged or dropped):
    the Claim is built for the ones that remain."""

    player: str
    club: str
    kind: str
    past: bool
    source: str | None
    date: dt.date
    event_date: str | None
    amount: Amount | None
    evidence: str
    simple_past: bool = False  # a completed move told in the simple past ("Lyon signed him from Palace")
    rule: str = ""  # the row that gave it (bot/extract/rules)
    leaves_owner: bool = False  # an implicit destination that cannot be the club he is tied to ("X joins on loan")
    own_side: bool = False  # his own side of a move (his contract, his wish to join): part of that move when told done
    counterparts: tuple[str, ...] = ()  # the clubs a deal is struck or talked "with" (the other side of it)

    def claim(self) -> Claim:
        # validated types throughout (str, bool, date, Amount): no need to validate again
        return _make_claim(player=self.player, club=self.club, kind=self.kind, past=self.past,
                                     source=self.source, date=self.date, event_date=self.event_date,
                                     amount=self.amount, evidence=self.evidence, rule=self.rule)


def when_key(event_date: str | None) -> str:
    """An event date as a sort key: a bare year ("2022") sorts as its summer window, after a
    January of that year ("2022-01") and before its autumn."""
    if not event_date:
        return ""
    return f"{event_date}-07" if len(event_date) == 4 else event_date


@dataclass(slots=True)
class Roles:
    """Article-level observations the rules and facts need."""

    owner: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # player -> [(club, evidence)]
    seller_with: dict[str, list[str]] = field(default_factory=dict)  # pending deal counterparty
    came_from: dict[str, set[str]] = field(default_factory=dict)  # player -> the clubs a move now takes him from
    focus: str | None = None
    main: str | None = None
    mentions_by_sent: list[list[tuple[str, str]]] = field(default_factory=list)
    implicit: list[tuple[Draft, str | None]] = field(default_factory=list)
    itemised: bool = False  # a round-up, a live blog or a list: each item its own news
    # player -> (the club that ended his loan early, the club the loan was at, if the sentence names it)
    recalled: dict[str, tuple[str, str | None]] = field(default_factory=dict)
