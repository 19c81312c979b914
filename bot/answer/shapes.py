"""Light answer shapes: what compose builds and render/ reads, without pydantic.

The pydantic models of bot.models (Answer, Item, Citation, AnswerFact, Amount) are
the public shapes, but importing pydantic and building those classes costs a
one-shot `transferbot ask` about 0.15 s, and validating a model per claim costs
tens of microseconds. So bot/answer/ works on these slotted classes, with the
same field names, and converts to the pydantic models (`to_model`) only where a
caller gets an Answer; `transferbot ask` renders these directly.

The kind constants repeat bot.models' (tests/answer/test_shapes.py keeps them equal).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.money import describe_amount
from bot.text import fold

LINK_KINDS: frozenset[str] = frozenset({"interest", "talks", "bid", "agreement"})
DONE_KINDS: frozenset[str] = frozenset({"signed", "loan"})
STAGE: dict[str, int] = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3, "signed": 4, "loan": 4, "ended": -1}


@dataclass(frozen=True, slots=True)
class Money:
    """bot.models.Amount without pydantic: the same fields, describe() and model_dump()."""

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
    source: str | None
    date: dt.date
    origin: str
    article_id: str
    url: str | None = None
    title: str | None = None
    tier: int | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Item:
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
    likelihood: float | None = None  # live links only: bot.answer.likelihood


@dataclass(slots=True)
class AnswerFact:
    player: str
    fact: str
    value: Any
    source: str | None
    date: dt.date
    citation: Citation | None = None


@dataclass(slots=True)
class Answer:
    question: str
    intent: str
    players: list[str] = field(default_factory=list)
    clubs: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    facts: list[AnswerFact] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    ambiguous: list[list[str]] = field(default_factory=list)
    fact_asked: str | None = None
    text: str = ""


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


# -- the public pydantic models --------------------------------------------------------------

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


def to_model(answer: Answer):
    """The bot.models.Answer for a light Answer (trusted data: constructed without validation)."""
    from bot.models import Amount
    from bot.models import Answer as AnswerModel
    from bot.models import AnswerFact as AnswerFactModel
    from bot.models import Citation as CitationModel
    from bot.models import Item as ItemModel

    def amount(m: Any) -> Any:
        if isinstance(m, Money):
            return Amount.model_construct(currency=m.currency, min=m.min, max=m.max)
        return m

    def citation(c: Citation | None) -> CitationModel | None:
        if c is None:
            return None
        return CitationModel.model_construct(source=c.source, date=c.date, origin=c.origin, article_id=c.article_id,
                                             url=c.url, title=c.title, tier=c.tier, outlet=c.outlet)

    items = [ItemModel.model_construct(
        player=it.player, club=it.club, kind=it.kind, past=it.past, current=it.current, latest=it.latest,
        first=it.first, reports=it.reports, independent_sources=it.independent_sources, amount=amount(it.amount),
        evidence=it.evidence, sources=[citation(c) for c in it.sources], likelihood=it.likelihood)
        for it in answer.items]
    facts = [AnswerFactModel.model_construct(player=f.player, fact=f.fact, value=amount(f.value), source=f.source,
                                             date=f.date, citation=citation(f.citation)) for f in answer.facts]
    return AnswerModel.model_construct(
        question=answer.question, intent=answer.intent, players=list(answer.players), clubs=list(answer.clubs),
        items=items, facts=facts, suggestions=list(answer.suggestions),
        ambiguous=[list(a) for a in answer.ambiguous], fact_asked=answer.fact_asked, text=answer.text)
