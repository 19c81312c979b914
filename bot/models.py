"""Validated models at the edges: what sources read (Article), what the extractor finds (Claim, Fact)
and what the store returns of them (StoredClaim, StoredFact).

The shapes follow docs/claims.md and docs/cli.md; the JSON field names of the
command-line contract are the field names here. Answers are plain dataclasses
(bot/answer/shapes.py): they are built from trusted rows on every question, and
validating them would only cost time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.money import describe_amount
from bot.text import normalise_article_text

Kind = Literal["interest", "talks", "bid", "agreement", "signed", "loan", "ended"]

FactKind = Literal[
    "current_club", "release_clause", "valuation", "asking_price",
    "contract_until", "position", "nationality", "age",
]

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
