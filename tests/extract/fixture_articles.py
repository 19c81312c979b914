"""Helpers of the generalisation tests: run a fixture article (tests/fixtures/articles) or one
sentence through the extractor and read its claims, sources and facts as plain sets and dicts."""

import datetime as dt
from pathlib import Path

import pytest

from bot.extract.pipeline import extract
from bot.extract.sentences import strip_header
from bot.knowledge import Gazetteer
from bot.models import Article, Extraction

from .conftest import article

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "articles"

ClaimKey = tuple[str, str, str, bool]
# the kinds of a pursuit not yet done (a link, in the scorer's coarse kinds)
PURSUIT_KINDS = frozenset({"interest", "talks", "bid", "agreement"})


def claim_keys(ex: Extraction) -> set[ClaimKey]:
    return {(c.player, c.club, c.kind, c.past) for c in ex.claims}


def run(name: str, gaz: Gazetteer) -> tuple[Extraction, set[ClaimKey]]:
    raw = (FIX / name).read_text()
    ex = extract(Article(text=strip_header(raw), date=dt.date.fromisoformat(raw[6:16]), origin=name), gaz)
    return ex, claim_keys(ex)


def facts_of(ex: Extraction) -> dict:
    return {(f.player, f.fact): f.value for f in ex.facts}


def sources(ex: Extraction, player: str, club: str, kind: str) -> set[str | None]:
    return {c.source for c in ex.claims if (c.player, c.club, c.kind) == (player, club, kind)}


def claims(gaz: Gazetteer, text: str, day: str) -> tuple[set[ClaimKey], Extraction]:
    ex = extract(article(text, day), gaz)
    return claim_keys(ex), ex


def news_kinds(got: set[ClaimKey], player: str, club: str) -> set[str]:
    """The kinds of the claims between player and club that are news (not past)."""
    return {k for p, c, k, past in got if (p, c, past) == (player, club, False)}


def kinds_at(got: set[ClaimKey], player: str, club: str) -> set[str]:
    """The kinds of every claim between player and club, past or not."""
    return {k for p, c, k, _past in got if (p, c) == (player, club)}


def done_at(got: set[ClaimKey], player: str, club: str) -> set[str]:
    """The completed moves (signed, loan) between player and club, past or not."""
    return kinds_at(got, player, club) & {"signed", "loan"}


def claims_at(got: set[ClaimKey], player: str, club: str) -> set[tuple[str, bool]]:
    """(kind, past) of every claim between player and club."""
    return {(k, past) for p, c, k, past in got if (p, c) == (player, club)}


def grid(cases, known_gaps=frozenset()) -> list:
    """pytest params for a grid of (sentence, expected...) rows or bare sentences, each named by its
    sentence; a known gap is a strict xfail, so fixing it shows."""
    params = []
    for case in cases:
        values = case if isinstance(case, tuple) else (case,)
        marks = [pytest.mark.xfail(strict=True, reason="known gap")] if values[0] in known_gaps else []
        params.append(pytest.param(*values, id=values[0], marks=marks))
    return params
