"""Source scorecards: how each journalist's or outlet's reported links turned out, from the claims alone.

A source *reports a link* (player, club) when it is credited with a claim of a link
kind (interest, talks, bid, agreement) that is news (not `past`). What became of the
link is read from every claim about the player, whoever reported it:

- **came true**: the club completed a move for the player (`signed` or `loan`) on or
  after the source's first report of the link;
- **died**: the club's interest `ended` on or after that report, or the player moved to
  another club after it, and the club never completed the move;
- **open**: neither yet.

A link decided on the day the source first reported it (typically the article that
reports the move also credits someone with the interest before it) shows no foresight:
it is counted apart ("decided the day it was reported"), not in the hit rate.

A completed move is dated by its article when it is news, else by its stated
`event_date` taken at the end of the month or year given ("joined in 2022-06" is
2022-06-30), so a report written in the month of the move still counts as before it.
A past move with no stated time cannot be ordered and is ignored, as cli.md's
current-suitor rule ignores it.

Pure functions over claim-like rows (bot.answer.shapes.ClaimRow, bot.models.StoredClaim
or anything with the same fields): no database, no Discord.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

from bot.answer.records import RECORDS_META_KEY, Dated, Record, completion_date
from bot.text import fold

LINK_KINDS = frozenset({"interest", "talks", "bid", "agreement"})
DONE_KINDS = frozenset({"signed", "loan"})
# Below this many decided links a hit rate says more about luck than about the source.
MIN_DECIDED = 3

Status = Literal["true", "died", "open"]


class ClaimLike(Dated, Protocol):
    """What a scorecard reads of a claim: who, which club, who said it, and when it happened."""

    @property
    def player(self) -> str: ...
    @property
    def club(self) -> str: ...
    @property
    def source(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What knowledge/ ships about a source (its tier) and what kind it is."""

    name: str
    kind: str | None = None
    outlet: str | None = None
    tier: int | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    when: dt.date | None = None  # the completion or collapse
    moved_to: str | None = None  # the other club, when the player moved elsewhere


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """One link a source reported and what became of it."""

    player: str
    club: str
    first: dt.date  # the source's first report of it
    outcome: Outcome

    @property
    def same_day(self) -> bool:
        """Decided on the day the source first reported it (often in the same article): no foresight."""
        return self.outcome.status != "open" and self.outcome.when is not None and self.outcome.when <= self.first

    @property
    def lead_days(self) -> int | None:
        if self.outcome.status != "true" or self.outcome.when is None or self.same_day:
            return None
        return (self.outcome.when - self.first).days


@dataclass(slots=True)
class Scorecard:
    source: str
    tier: int | None
    kind: str | None
    links: list[LinkRecord] = field(default_factory=list)

    @property
    def reported(self) -> int:
        return len(self.links)

    def count(self, status: Status) -> int:
        """Links with this outcome, leaving out those decided on the day they were first reported."""
        return sum(1 for link in self.links if link.outcome.status == status and not link.same_day)

    @property
    def same_day(self) -> int:
        return sum(1 for link in self.links if link.same_day)

    @property
    def came_true(self) -> int:
        return self.count("true")

    @property
    def died(self) -> int:
        return self.count("died")

    @property
    def open(self) -> int:
        return self.count("open")

    @property
    def decided(self) -> int:
        return self.came_true + self.died

    @property
    def hit_rate(self) -> float | None:
        """Came true over decided; None when too few links are decided to say (MIN_DECIDED)."""
        if self.decided < MIN_DECIDED:
            return None
        return self.came_true / self.decided

    @property
    def median_lead_days(self) -> float | None:
        leads = [d for d in (link.lead_days for link in self.links) if d is not None]
        return float(statistics.median(leads)) if leads else None

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source, "kind": self.kind, "tier": self.tier, "links": self.reported,
            "came_true": self.came_true, "died": self.died, "open": self.open, "decided": self.decided,
            "same_day": self.same_day,
            "hit_rate": None if self.hit_rate is None else round(self.hit_rate, 3),
            "enough_decided": self.hit_rate is not None, "median_lead_days": self.median_lead_days,
            "records": [{"player": r.player, "club": r.club, "first": r.first.isoformat(),
                         "outcome": r.outcome.status,
                         "when": r.outcome.when.isoformat() if r.outcome.when else None,
                         "moved_to": r.outcome.moved_to, "same_day": r.same_day} for r in self.links],
        }


def link_outcome(player_claims: Sequence[ClaimLike], club: str, since: dt.date) -> Outcome:
    """What became of (player, club) after `since`, from all the player's claims (any source)."""
    moves = [(d, c.club) for c in player_claims if (d := completion_date(c)) is not None and d >= since]
    own = sorted(d for d, cl in moves if cl == club)
    if own:
        return Outcome("true", own[0])
    ended = sorted(c.date for c in player_claims
                   if c.club == club and c.kind == "ended" and not c.past and c.date >= since)
    elsewhere = sorted((d, cl) for d, cl in moves if cl != club)
    if ended and (not elsewhere or ended[0] <= elsewhere[0][0]):
        return Outcome("died", ended[0])
    if elsewhere:
        return Outcome("died", elsewhere[0][0], moved_to=elsewhere[0][1])
    return Outcome("open")


def first_reports(claims: Iterable[ClaimLike]) -> dict[tuple[str, str, str], tuple[str, dt.date]]:
    """(folded source, player, club) -> (source as written, first date it reported the link as news)."""
    out: dict[tuple[str, str, str], tuple[str, dt.date]] = {}
    for c in claims:
        if c.past or c.kind not in LINK_KINDS or not c.source or not fold(c.source):
            continue
        key = (fold(c.source), c.player, c.club)
        prev = out.get(key)
        if prev is None or c.date < prev[1]:
            out[key] = (prev[0] if prev else c.source, c.date)
    return out


def build_scorecards(claims: Iterable[ClaimLike], sources: Mapping[str, SourceInfo] | None = None,
                     exclude: tuple[str, str] | None = None) -> dict[str, Scorecard]:
    """One scorecard per source that reported at least one link, keyed by folded source name.

    `sources` (folded name -> SourceInfo) supplies the shipped tier and canonical spelling.
    `exclude` leaves one (player, club) link out of every record, so the likelihood of that
    link can be checked against records that do not already know how it ended (calibration).
    """
    claims = list(claims)
    by_player: dict[str, list[ClaimLike]] = defaultdict(list)
    for c in claims:
        by_player[c.player].append(c)
    sources = sources or {}
    cards: dict[str, Scorecard] = {}
    for (key, player, club), (written, first) in sorted(first_reports(claims).items(),
                                                        key=lambda kv: (kv[0][0], kv[1][1], kv[0][1:])):
        if exclude is not None and (player, club) == exclude:
            continue
        info = sources.get(key)
        card = cards.get(key)
        if card is None:
            card = cards[key] = Scorecard(source=info.name if info else written, tier=info.tier if info else None,
                                          kind=info.kind if info else None)
        card.links.append(LinkRecord(player, club, first, link_outcome(by_player[player], club, first)))
    return cards


def sorted_cards(cards: Iterable[Scorecard]) -> list[Scorecard]:
    """Most links first, then by tier (unknown last) and name."""
    return sorted(cards, key=lambda s: (-s.reported, s.tier if s.tier is not None else 9, fold(s.source)))


def describe_rate(card: Scorecard) -> str:
    """The record in words: the hit rate, or why there is none yet."""
    if card.hit_rate is None:
        if card.decided == 0:
            return "no link decided yet"
        return f"too few decided links for a rate ({card.decided} of {MIN_DECIDED} needed)"
    return f"{round(100 * card.hit_rate)}% came true ({card.came_true} of {card.decided} decided)"


def card_line(card: Scorecard) -> str:
    """One line of `transferbot sources`."""
    tier = f"tier {card.tier}" if card.tier is not None else "no tier"
    lead = card.median_lead_days
    lead_txt = f" · median lead {lead:g} days" if lead is not None else ""
    same = f", {card.same_day} decided the day it was reported" if card.same_day else ""
    return (f"{card.source} ({tier}): {card.reported} link{'s' if card.reported != 1 else ''} · "
            f"{card.came_true} came true, {card.died} died, {card.open} open{same} · {describe_rate(card)}"
            f"{lead_txt}")


# -- from the store ---------------------------------------------------------------------------

async def source_infos(store) -> dict[str, SourceInfo]:
    return {key: SourceInfo(name, kind, outlet, tier) for name, key, kind, outlet, tier in await store.source_rows()}


class Lite(NamedTuple):
    """The fields of a claim a scorecard reads (Store.claim_outcome_rows)."""

    player: str
    club: str
    kind: str
    past: bool
    source: str | None
    date: dt.date
    event_date: str | None


def _lite(rows: Iterable[Sequence]) -> list[ClaimLike]:
    return [Lite(r[0], r[1], r[2], bool(r[3]), r[4], dt.date.fromisoformat(r[5]), r[6]) for r in rows]


async def _claims(store, player_ids: list[int] | None = None) -> list[ClaimLike]:
    return _lite(await store.claim_outcome_rows(player_ids))


def _all_cards(rows: list, infos: Mapping[str, SourceInfo]) -> list[Scorecard]:
    return sorted_cards(build_scorecards(_lite(rows), infos).values())


async def all_scorecards(store, with_silent: bool = False) -> list[Scorecard]:
    """Every source's scorecard. Reads every claim (light rows) and builds the cards in a worker thread,
    so the bot's event loop stays free on a large database: for the CLI and the periodic refresh, never
    per question."""
    import asyncio

    rows = await store.claim_outcome_rows()
    infos = await source_infos(store)
    cards = await asyncio.to_thread(_all_cards, rows, infos)
    if with_silent:  # the known sources no link is credited to, with their tier and nothing else
        have = {fold(c.source) for c in cards}
        cards += sorted_cards(Scorecard(i.name, i.tier, i.kind) for k, i in infos.items() if k not in have)
    return cards


def match_source(infos: Mapping[str, SourceInfo], name: str, limit: int = 5) -> list[SourceInfo]:
    """Sources whose name matches what was typed: exact (folded) first, then fuzzy (rapidfuzz)."""
    key = fold(name)
    if not key:
        return []
    if key in infos:
        return [infos[key]]
    from rapidfuzz import fuzz, process, utils

    found = process.extract(key, list(infos), scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=80)
    return [infos[k] for k, _, _ in found]


async def scorecard_for(store, name: str) -> tuple[Scorecard | None, list[str]]:
    """(the scorecard of the source `name` stands for, other close names). A known source that reported
    no link gets an empty scorecard with its tier; no match gives (None, suggestions)."""
    infos = await source_infos(store)
    found = match_source(infos, name)
    if not found:
        return None, []
    info = found[0]
    key = fold(info.name)
    claims = await _claims(store, await store.source_player_ids(key))
    card = build_scorecards(claims, infos).get(key) or Scorecard(info.name, info.tier, info.kind)
    return card, [i.name for i in found[1:]]


async def refresh_records(store) -> dict[str, Record]:
    """Compute every source's record and keep it in the store (meta), so answers read it in one query."""
    import json

    cards = await all_scorecards(store)
    records = {fold(c.source): Record(c.came_true, c.decided) for c in cards}
    await store.save_meta(RECORDS_META_KEY, json.dumps({k: [r.came_true, r.decided] for k, r in records.items()}))
    return records
