"""The small part of source scorecards that answers need on every question: a source's measured
record as kept in the store, and when a completed move happened. Kept apart from
bot.answer.scorecards so that answering a question imports only this."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from typing import Protocol

RECORDS_META_KEY = "source_records"
DONE_KINDS = frozenset({"signed", "loan"})


@dataclass(frozen=True, slots=True)
class Record:
    """The part of a scorecard the likelihood reads: hits over decided links."""

    came_true: int
    decided: int


class Dated(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def past(self) -> bool: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def event_date(self) -> str | None: ...


def period_end(when: str) -> dt.date | None:
    """The last day of a stated YYYY, YYYY-MM or YYYY-MM-DD; None when it is not one."""
    try:
        parts = [int(p) for p in when.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def completion_date(c: Dated) -> dt.date | None:
    """When a signed/loan claim's move happened: its article's date when it is news, else the end of its
    stated month or year; None for other kinds and for background with no stated time."""
    if c.kind not in DONE_KINDS:
        return None
    if not c.past:
        return c.date
    return period_end(c.event_date) if c.event_date else None


async def load_records(store) -> dict[str, Record]:
    """The records kept by the latest bot.answer.scorecards.refresh_records (empty before the first)."""
    raw = await store.get_meta(RECORDS_META_KEY)
    if not raw:
        return {}
    try:
        return {k: Record(int(v[0]), int(v[1])) for k, v in json.loads(raw).items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return {}
