"""Hand-made sagas for the scorecard and likelihood tests: claims written as one-liners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class C:
    """A claim with only the fields scorecards and likelihoods read (a ClaimRow has them all)."""

    player: str
    club: str
    kind: str
    source: str | None
    date: dt.date
    past: bool = False
    event_date: str | None = None
    article_id: str = ""
    outlet: str | None = None
    tier: int | None = None
    id: int = 0


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def claim(player: str, club: str, kind: str, source: str | None, day: str, *, tier: int | None = None,
          past: bool = False, event_date: str | None = None, article: str | None = None,
          outlet: str | None = None) -> C:
    return C(player, club, kind, source, d(day), past, event_date, article or f"{source}-{day}-{club}-{kind}",
             outlet, tier)
