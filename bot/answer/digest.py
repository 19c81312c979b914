"""Daily digests: when the next one is due, and what changed since the last one. Pure; no Discord."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

STAGE = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3, "signed": 4, "loan": 4, "ended": 5}


class DigestSettingError(ValueError):
    """A time of day or a timezone that cannot be read; the message says what to type."""


def parse_time(text: str) -> str:
    """'18:00', '7:30', '0730' -> 'HH:MM'."""
    m = re.fullmatch(r"\s*(\d{1,2})[:.h]?(\d{2})\s*", text or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise DigestSettingError(f"“{(text or '')[:20]}” is not a time of day; use HH:MM, e.g. 18:00.")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo((name or "").strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise DigestSettingError(f"“{(name or '')[:40]}” is not a timezone; use a name like Europe/London "
                                 "or UTC.") from None


def next_digest_at(now: dt.datetime, hhmm: str, tz: str) -> float:
    """Unix seconds of the next HH:MM in `tz` strictly after `now` (an aware datetime); DST-safe."""
    local = now.astimezone(zone(tz))
    hour, minute = (int(x) for x in parse_time(hhmm).split(":"))
    day = local.date()
    for _ in range(3):
        candidate = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone(tz))
        if candidate > local:
            return candidate.timestamp()
        day += dt.timedelta(days=1)
    raise AssertionError("unreachable: a day later is always after now")


@dataclass(frozen=True, slots=True)
class DigestEntry:
    player: str
    club: str
    kinds: tuple[str, ...]  # what was reported, furthest stage first
    reports: int  # articles
    sources: tuple[tuple[str, int | None], ...]  # named sources with tiers, newest first
    latest: dt.date
    link: str | None  # the newest article's URL


def digest_entries(claims: Iterable) -> list[DigestEntry]:
    """What changed, one entry per (player, club): completed moves and endings first, then the furthest
    stages, newest first within each."""
    groups: dict[tuple[str, str], list] = {}
    for c in claims:
        groups.setdefault((c.player, c.club), []).append(c)
    out = []
    for (player, club), cs in groups.items():
        cs.sort(key=lambda c: (c.date, c.id or 0), reverse=True)
        kinds = tuple(sorted({c.kind for c in cs}, key=lambda k: -STAGE.get(k, 0)))
        sources: dict[str, int | None] = {}
        for c in cs:
            if c.source and c.source not in sources:
                sources[c.source] = c.tier
        out.append(DigestEntry(player, club, kinds, len({c.article_id for c in cs}), tuple(sources.items()),
                               cs[0].date, next((c.url for c in cs if c.url), None)))
    out.sort(key=lambda e: (-STAGE.get(e.kinds[0], 0), -e.latest.toordinal(), e.player, e.club))
    return out
