"""Whether an article's date can be true: the one check every source's date passes before it is stored.

A feed entry or file dated 9999 would top "latest rumours" and the suitors forever, and a date in year 1
makes the extractor's "last year" year 0. Dates a little ahead of today are allowed: a feed in a time
zone east of ours may already be on tomorrow.
"""

from __future__ import annotations

import datetime as dt

EARLIEST = dt.date(1900, 1, 1)
FUTURE_SLACK = dt.timedelta(days=2)


def date_problem(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why `day` cannot be an article's publication date, or None when it can."""
    today = today or dt.date.today()
    if day > today + FUTURE_SLACK:
        return f"implausible date {day.isoformat()}: it is in the future (today is {today.isoformat()})"
    if day < EARLIEST:
        return f"implausible date {day.isoformat()}: before {EARLIEST.year}"
    return None
