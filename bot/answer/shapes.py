"""The answer's types: what bot/answer/ builds and render/ reads. Plain slotted dataclasses.

They are built from trusted store rows on every question, so they are not
validated: validation happens at the edges, where text comes in (bot.models'
Article, Claim, Fact) and where a user types. This keeps `transferbot ask`
from importing pydantic at all (a tenth of a second) and costs nothing per
claim. The field names are the JSON field names of docs/cli.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, Protocol

from bot.money import describe_amount
from bot.stages import DONE_KINDS, LINK_KINDS, STAGE
from bot.text import fold

__all__ = ["DONE_KINDS", "LINK_KINDS", "STAGE"]  # the vocabulary travels with the types


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money (bot.models.Amount without pydantic): the same fields, describe() and model_dump()."""

    currency: str
    min: float | None = None
    max: float | None = None

    def describe(self) -> str:
        return describe_amount(self.currency, self.min, self.max)

    def model_dump(self) -> dict[str, Any]:
        return {"currency": self.currency, "min": self.min, "max": self.max}


def money(currency: str | None, lo: float | None, hi: float | None) -> Money | None:
    if not currency:
        return None
    return Money(currency, None if lo is None else float(lo), None if hi is None else float(hi))


@dataclass(slots=True)
class Citation:
    """Where a statement came from: who said it, when, and how to reach the article."""

    source: str | None
    date: dt.date
    origin: str
    article_id: str
    url: str | None = None
    title: str | None = None
    tier: int | None = None
    outlet: str | None = None  # the article's own outlet
    evidence: str = ""  # the sentence the statement came from ("Why?")


@dataclass(slots=True)
class Item:
    """One (player, club, kind, past) in an answer, merged over every article that reported it.

    These are the rows of the JSON contract (`current` is the scorer's suitor flag); people read
    the per-(player, club) LinkSummary built from them (bot/answer/links.py)."""

    player: str
    club: str
    kind: str
    past: bool
    current: bool
    latest: dt.date
    first: dt.date
    reports: int
    independent_sources: int = 0
    amount: Money | None = None
    evidence: str = ""
    sources: list[Citation] = field(default_factory=list)
    likelihood: float | None = None  # live links only: bot.answer.likelihood.annotate


# -- one (player, club) link, summed up (bot/answer/links.py builds these) -----------------------

# live: a current suitor (cli.md's rule, the `current` flag of the items);
# completed: the newest news is the move itself; ended: the newest news is that it ended;
# stalled: reported once, superseded since (a move elsewhere, or older than his latest move);
# history: only past events told in later articles.
Status = Literal["live", "completed", "ended", "stalled", "history"]
STATUS_WORDS: dict[str, str] = {
    "live": "live", "completed": "completed", "ended": "ended", "stalled": "no longer live", "history": "history",
}


@dataclass(slots=True)
class Step:
    """One stage of a saga: a kind (and whether it was told as past), with its dates and amount."""

    kind: str
    past: bool
    first: dt.date
    latest: dt.date
    amount: Money | None = None

    @property
    def label(self) -> str:
        """'bid £70m', 'signed (past)': how the step reads in every renderer."""
        out = self.kind + (" (past)" if self.past else "")
        return f"{out} {self.amount.describe()}" if self.amount else out


class Credit(NamedTuple):
    name: str
    tier: int | None


@dataclass(slots=True)
class Report:
    """One article behind a link: who it credits, its date, and how a fan reaches it.

    `credits` are the sources the article names for the link's claims; when it names none, its
    own outlet (what an article states on its own authority is the outlet's word); empty only
    when nothing is known. `origin` is where the article was read from: a URL, or a path on the
    host, which is never shown to users (render/ shows the title or `url`)."""

    article_id: str
    date: dt.date
    credits: list[Credit]
    url: str | None
    title: str | None
    origin: str
    evidence: str = ""


@dataclass(slots=True)
class LinkSummary:
    """Everything known about one (player, club) link, merged over its items: what people are shown.

    Built by bot.answer.links.summarise_link from the answer's items, in the answer's order
    (Answer.links); every renderer formats these fields and computes none of its own. To add
    to it (a source scorecard, say), add a field with a default here and fill it in
    summarise_link or in a pass over Answer.links, as `likelihood` is."""

    player: str
    club: str
    status: Status
    stage: str  # the furthest kind reached ("ended" only when nothing else was reported)
    first: dt.date
    latest: dt.date
    reports: int  # distinct articles
    independent_sources: int
    amount: Money | None  # the furthest stage's amount, else any reported
    steps: list[Step]  # the saga's path, oldest first
    citations: list[Report]  # one per article, newest first
    # How likely a live link is to end in a completed move (0..1; bot.answer.likelihood), None otherwise.
    likelihood: float | None = None
    items: list[Item] = field(default_factory=list, repr=False)

    @property
    def current(self) -> bool:
        return self.status == "live"

    @property
    def status_words(self) -> str:
        return STATUS_WORDS[self.status]

    @property
    def path(self) -> str:
        """'interest → bid £70m → signed': the steps in the order they were first reported."""
        return " → ".join(s.label for s in self.steps)


@dataclass(slots=True)
class Standing:
    """Where a player stands, for the sentence that answers first: his club and his latest move."""

    player: str
    club: str | None = None  # the newest current_club fact, else the club of his latest completed move
    moved_to: str | None = None  # his latest completed move (signed or loan)
    moved_on: str | None = None  # its date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY
    fee: Money | None = None
    loan: bool = False
    release_clause: Money | None = None


@dataclass(slots=True)
class AnswerFact:
    """The newest value of one fact about a player, with where it came from."""

    player: str
    fact: str
    value: Any
    source: str | None
    date: dt.date
    citation: Citation | None = None


@dataclass(slots=True)
class Answer:
    """The meaning of an answer; render/ turns it into text, JSON or embeds and only formats it."""

    question: str
    intent: str
    players: list[str] = field(default_factory=list)
    clubs: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    facts: list[AnswerFact] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    # Names that matched more than one entity equally well; the bot asks which one was meant.
    ambiguous: list[list[str]] = field(default_factory=list)
    fact_asked: str | None = None
    # One summary per (player, club), in the answer's order: what every renderer shows.
    links: list[LinkSummary] = field(default_factory=list)
    # The one or two sentences that answer the question as asked, said before the details.
    summary: str = ""
    # Where each asked player stands (club, latest move), which the summary tells.
    standing: list[Standing] = field(default_factory=list)
    # Lines said before the answer (a typo read as a name, a name not known) and after it
    # (where a player no asked club is linked with stands).
    notes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    # The words tried as a name that matched nothing ("zxqvbn").
    unmatched: list[str] = field(default_factory=list)
    # Set when answering failed: the one sentence said instead.
    error: str | None = None


@dataclass(slots=True)
class ClaimRow:
    """A stored claim as the store's *_rows queries return it (the fields of a StoredClaim)."""

    id: int
    player: str
    club: str
    kind: str
    past: bool
    source: str | None
    date: dt.date
    event_date: str | None
    amount: Money | None
    evidence: str
    origin: str
    article_id: str
    url: str | None
    title: str | None
    tier: int | None
    stored_at: str | None
    outlet: str | None

    @classmethod
    def from_row(cls, r) -> ClaimRow:
        """From a row in the column order of bot.store.store._CLAIM_SELECT."""
        return cls(r[0], r[1], r[2], r[3], bool(r[4]), r[5], dt.date.fromisoformat(r[6]), r[7],
                   money(r[8], r[9], r[10]), r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18])


@dataclass(slots=True)
class FactRow:
    """A stored fact (the fields of a StoredFact), from a row in the order of _FACT_SELECT."""

    player: str
    fact: str
    value: Any
    source: str | None
    date: dt.date
    evidence: str
    origin: str
    article_id: str
    url: str | None
    title: str | None
    tier: int | None

    @classmethod
    def from_row(cls, r) -> FactRow:
        value = json.loads(r[2])
        if isinstance(value, dict):
            value = money(value.get("currency"), value.get("min"), value.get("max"))
        return cls(r[0], r[1], value, r[3], dt.date.fromisoformat(r[4]), r[5], r[6], r[7], r[8], r[9], r[10])


class Cited(Protocol):
    """What independent_sources reads of a claim row or a citation."""

    @property
    def source(self) -> str | None: ...
    @property
    def article_id(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...


def independent_sources(cites: Iterable[Cited]) -> int:
    """Distinct original sources behind some reports.

    - Several outlets repeating one journalist's report are one source.
    - An article's own outlet counts for an article only when it credits nobody else for
      the claim: a headline told on the outlet's authority over a body that credits
      Fabrizio Romano is Romano's report, relayed.
    - An article that credits nobody at all counts on its own.
    """
    credited_by: dict[str, set[str]] = {}
    outlet_of: dict[str, str | None] = {}
    bare: set[str] = set()
    for c in cites:
        if c.source:
            credited_by.setdefault(c.article_id, set()).add(fold(c.source))
            outlet_of[c.article_id] = c.outlet
        else:
            bare.add(c.article_id)
    sources: set[str] = set()
    for article, credited in credited_by.items():
        outlet = outlet_of[article]
        others = credited - {fold(outlet)} if outlet else credited
        sources |= others or credited
    return len(sources) + len(bare - credited_by.keys())
