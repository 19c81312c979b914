"""Typed models shared by every layer: sources, extract, store, answer, render, Discord.

The shapes follow ../shared/spec/claims.md and ../shared/spec/cli.md; the JSON
field names of the CLI contract are the field names here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.money import describe_amount
from bot.text import normalise_article_text

Kind = Literal["interest", "talks", "bid", "agreement", "signed", "loan", "ended"]
KINDS: tuple[Kind, ...] = ("interest", "talks", "bid", "agreement", "signed", "loan", "ended")
LINK_KINDS: frozenset[str] = frozenset({"interest", "talks", "bid", "agreement"})
DONE_KINDS: frozenset[str] = frozenset({"signed", "loan"})
# How far a link has gone; used to pick a link's furthest stage and for "bids and beyond" filters.
STAGE: dict[str, int] = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3, "signed": 4, "loan": 4, "ended": -1}

FactKind = Literal[
    "current_club", "release_clause", "valuation", "asking_price",
    "contract_until", "position", "nationality", "age",
]
FACT_KINDS: tuple[FactKind, ...] = (
    "current_club", "release_clause", "valuation", "asking_price",
    "contract_until", "position", "nationality", "age",
)

Intent = Literal["suitors", "targets", "link", "latest", "fact", "profile", "unknown"]


class Amount(BaseModel):
    """A sum of money; a single figure has min == max, "under £1m" has only max."""

    model_config = ConfigDict(frozen=True)

    currency: Literal["EUR", "GBP", "USD"]
    min: float | None = None
    max: float | None = None

    def describe(self) -> str:
        return describe_amount(self.currency, self.min, self.max)


FactValue = Amount | int | str


class Article(BaseModel):
    """One news text with its publication date, however it reached us."""

    text: str
    date: dt.date
    origin: str = Field(description="the path as given, the file inside a directory, or the URL")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    # False when `date` is a stand-in (today) for a page or entry that gave none: it may be an old page
    # read in a backfill, so it is stored and answered from, but alerts nobody. Not part of any output.
    dated: bool = Field(default=True, exclude=True)

    @property
    def id(self) -> str:
        """Identity of an article: a hash of its normalised text, so re-ingesting adds nothing."""
        return article_id(self.text)


def article_id(text: str) -> str:
    return hashlib.sha256(normalise_article_text(text).encode("utf-8")).hexdigest()[:32]


class Claim(BaseModel):
    """What one article says about one club and one player (claims.md)."""

    player: str
    club: str
    kind: Kind
    past: bool = False
    source: str | None = None
    date: dt.date
    event_date: str | None = Field(default=None, description="YYYY or YYYY-MM for past events with a stated time")
    amount: Amount | None = None
    evidence: str = ""
    rule: str = Field(default="", exclude=True, description="the extractor's rule row that gave it (transferbot explain)")


class Fact(BaseModel):
    """A player fact: (player, fact, value, source, date)."""

    player: str
    fact: FactKind
    value: FactValue
    source: str | None = None
    date: dt.date
    evidence: str = ""


class NewClub(BaseModel):
    """A club the knowledge lacked, recognised from context ("Danish side Midtjylland")."""

    name: str
    country: str | None = None


class Extraction(BaseModel):
    """Everything the extractor found in one article."""

    claims: list[Claim] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    players: list[str] = Field(default_factory=list, description="canonical names of every player seen")
    new_clubs: list[NewClub] = Field(default_factory=list)


class Citation(BaseModel):
    """Where a statement came from: who said it, when, and how to reach the article."""

    source: str | None
    date: dt.date
    origin: str
    article_id: str
    url: str | None = None
    title: str | None = None
    tier: int | None = None
    outlet: str | None = None  # the article's own outlet


class StoredClaim(Claim):
    """A claim as the store returns it, with the article it came from."""

    origin: str
    article_id: str
    url: str | None = None
    title: str | None = None
    tier: int | None = None
    stored_at: str | None = None
    id: int | None = None
    outlet: str | None = None  # the article's own outlet (its source when it credits nobody else)


class StoredFact(Fact):
    origin: str
    article_id: str
    url: str | None = None
    title: str | None = None
    tier: int | None = None


class Item(BaseModel):
    """One (player, club, kind) link in an answer, merged over every article that reported it."""

    player: str
    club: str
    kind: Kind
    past: bool
    current: bool = False
    latest: dt.date
    first: dt.date
    reports: int
    independent_sources: int = 0
    amount: Amount | None = None
    evidence: str = ""
    sources: list[Citation] = Field(default_factory=list)


class AnswerFact(BaseModel):
    player: str
    fact: FactKind
    value: FactValue
    source: str | None
    date: dt.date
    citation: Citation | None = None


class Answer(BaseModel):
    """The meaning of an answer; render/ turns it into text, JSON or an embed."""

    question: str
    intent: Intent
    players: list[str] = Field(default_factory=list)
    clubs: list[str] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    facts: list[AnswerFact] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    # Names that matched more than one entity equally well; the bot asks which one was meant.
    ambiguous: list[list[str]] = Field(default_factory=list)
    fact_asked: FactKind | None = None
    text: str = ""
