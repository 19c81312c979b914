"""What a saga's timeline shows: one lane per club, one mark per report (date, stage, source tier),
and the completed move. Pure data for bot/render/timeline.py, which draws it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.answer.records import completion_date

MAX_LANES = 12


@dataclass(frozen=True, slots=True)
class Mark:
    date: dt.date
    kind: str
    tier: int | None
    source: str | None
    past: bool = False  # a move told as background, placed at its stated month or year


@dataclass(slots=True)
class Timeline:
    player: str
    lanes: list[str] = field(default_factory=list)  # clubs, first reported first
    marks: dict[str, list[Mark]] = field(default_factory=dict)
    moves: list[tuple[str, dt.date]] = field(default_factory=list)  # completed moves (club, date)
    hidden_lanes: int = 0

    @property
    def empty(self) -> bool:
        return not self.lanes


def build_timeline(player: str, claims: Iterable) -> Timeline:
    """From a player's claims (ClaimRow-like): news reports at their article's date, completed moves
    told as background at their stated time (the end of the month or year given)."""
    t = Timeline(player)
    claims = [c for c in claims if c.player == player]
    # A past move told at two precisions ("in 2022", "in June 2022") is one move: keep the finer.
    stated = {(c.club, c.kind, c.event_date) for c in claims if c.past and c.event_date}
    for c in claims:
        if c.past and c.event_date and any(club == c.club and kind == c.kind and ev != c.event_date
                                           and ev.startswith(c.event_date) for club, kind, ev in stated):
            continue
        if c.past:
            when = completion_date(c)
            if when is None:
                continue  # background without a time cannot be placed
            mark = Mark(when, c.kind, c.tier, c.source, past=True)
        else:
            mark = Mark(c.date, c.kind, c.tier, c.source)
        t.marks.setdefault(c.club, []).append(mark)
    order = sorted(t.marks, key=lambda club: (min(m.date for m in t.marks[club]), club))
    if len(order) > MAX_LANES:  # the clubs with the newest reports stay
        keep = set(sorted(order, key=lambda club: max(m.date for m in t.marks[club]))[-MAX_LANES:])
        t.hidden_lanes = len(order) - len(keep)
        order = [club for club in order if club in keep]
        t.marks = {club: t.marks[club] for club in order}
    t.lanes = order
    t.moves = sorted(((club, m.date) for club, ms in t.marks.items() for m in ms if m.kind in ("signed", "loan")),
                     key=lambda x: x[1])
    return t


async def timeline_for(store, player: str) -> Timeline:
    """The timeline of a player by canonical name (empty when he has no reports)."""
    from bot.answer.shapes import ClaimRow

    ids = await store.player_ids([player])
    rows = await store.claim_rows(player_ids=list(ids.values())) if ids else []
    return build_timeline(player, (ClaimRow.from_row(r) for r in rows))
