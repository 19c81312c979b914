"""The state of one player's saga, for the living message a saga subscription keeps up to date.

Computed from the player's claims since the saga opened (bot.store.sagas), so the same
database always gives the same message: editing it again after a crash changes nothing.
Pure; no database, no Discord.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from bot.answer.likelihood import link_likelihood
from bot.answer.records import Record

STAGE = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3, "signed": 4, "loan": 4}
HISTORY = 6

Outcome = Literal["completed", "collapsed"]


@dataclass(frozen=True, slots=True)
class Report:
    date: dt.date
    club: str
    kind: str
    source: str | None
    tier: int | None
    link: str | None  # the article's URL, when it has one


@dataclass(frozen=True, slots=True)
class SagaClub:
    club: str
    stage: str  # the furthest stage reported as news (or the completed move)
    status: Literal["live", "ended", "done"]
    latest: dt.date
    sources: tuple[tuple[str, int | None], ...]  # named sources with their tiers, newest first
    likelihood: float | None = None


@dataclass(slots=True)
class SagaState:
    player: str
    clubs: list[SagaClub] = field(default_factory=list)
    history: list[Report] = field(default_factory=list)  # newest first
    reports: int = 0  # articles
    outcome: Outcome | None = None
    outcome_club: str | None = None
    outcome_report: Report | None = None


def saga_state(player: str, claims: Iterable, today: dt.date,
               records: Mapping[str, Record] | None = None) -> SagaState:
    """The saga from the player's claims (ClaimRow-like, any order); `past` background is left out."""
    news = sorted((c for c in claims if not c.past), key=lambda c: (c.date, c.id or 0))
    state = SagaState(player=player, reports=len({c.article_id for c in news}))
    by_club: dict[str, list] = {}
    for c in news:
        by_club.setdefault(c.club, []).append(c)
    done: list = []
    for club, cs in by_club.items():
        completions = [c for c in cs if c.kind in ("signed", "loan")]
        newest = max(cs, key=lambda c: (c.date, c.kind == "ended"))
        if completions:
            status: Literal["live", "ended", "done"] = "done"
            done.append(completions[-1])
        elif newest.kind == "ended":
            status = "ended"
        else:
            status = "live"
        staged = [c for c in cs if c.kind in STAGE]
        stage = max(staged, key=lambda c: STAGE[c.kind]).kind if staged else "ended"
        sources: dict[str, int | None] = {}
        for c in reversed(cs):
            if c.source and c.source not in sources:
                sources[c.source] = c.tier
        lk = link_likelihood(cs, club, today, records) if status == "live" else None
        state.clubs.append(SagaClub(club, stage, status, cs[-1].date, tuple(sources.items()),
                                    None if lk is None else round(lk.probability, 3)))
    order = {"done": 0, "live": 1, "ended": 2}
    state.clubs.sort(key=lambda s: (order[s.status], -(s.likelihood or 0), -s.latest.toordinal(), s.club))
    state.history = [_report(c) for c in reversed(news[-HISTORY:])]
    if done:
        last = max(done, key=lambda c: (c.date, c.id or 0))
        state.outcome, state.outcome_club, state.outcome_report = "completed", last.club, _report(last)
    elif state.clubs and all(s.status == "ended" for s in state.clubs):
        last = news[-1]
        state.outcome, state.outcome_club, state.outcome_report = "collapsed", None, _report(last)
    return state


def _report(c) -> Report:
    return Report(c.date, c.club, c.kind, c.source, c.tier, c.url)
