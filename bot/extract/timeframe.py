"""When a sentence places an event, and whether that is before the article's own
transfer window ("past": background history) or inside it (news or context).

"in December 2019" -> 2019-12 (past); "last summer" in August 2023 -> 2022 (past);
"earlier this month", "last week", "this summer", "on Thursday" -> current window.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.extract.fastre import boundary_first, gated
from bot.extract.lexicon import MONTHS, NUMBER_WORDS

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_DAY_MONTH_YEAR = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:of\s+)?({_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b")
_SEASON_OF = re.compile(r"\b(summer|winter|january|spring|autumn)(?:\s+transfer)?(?:\s+window)?\s+of\s+((?:19|20)\d\d)\b")
_YEAR_SEASON = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d|(?:19|20)\d\d)\s+(?:season|campaign)\b|\b((?:19|20)\d\d)\s*/\s*(\d\d)\b")
# (not a birth year: "defender X, born in 1995, ...")
_YEAR = re.compile(r"\b(?<!born )(?:in|since|of|back in|during|from|until|early|late|mid)\s+((?:19|20)\d\d)\b|(?<!born in )(?<!born )\b((?:19|20)\d\d)\b")
# What every time expression below contains: a digit, a month (or its abbreviation, which
# "sept" and the full names contain), "year"/"month" ("... ago"), "last", "previous", "window", "winter", "summer".
_WHEN_HINT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|last|previous|window|winter|summer")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|expire|expires|runs|running|through)\b[^.,;]*$")  # (not "came through, sold him in 2004")
# a clause about what is to come: its bare month is the next one
_AHEAD_BEFORE = re.compile(r"\b(?:will|'ll|shall|reopens?|opens?|when|next|due|set to|expected to|plan|plans|planning|"
                           r"hope|hopes|hoping|intend|intends|going to|aim|aims|aiming|weighing up|considering|"
                           r"preparing|eyeing|looking to|want to|wants to|would like|would love|keen to|ready to|could|might)\b"
                           r"(?!\s+have\b)[^.;]*$")
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a)\s+(year|month)s?\s+"
                  r"(?:and\s+a\s+half\s+)?(?:ago|after|on from)\b")
# (not "the last year of his contract", "the last season of his deal": a span, no date)
# ("since the end of last season" reaches to now: no time of its own)
_LAST = re.compile(rf"(?<!since )(?<!since the end of )(?<!since the start of )\blast\s+(summer|january|winter|season|campaign|year|term)\b(?!\s+of\b)(?!'s\s)|\bthe previous (summer|season|year|window)\b|"
                   rf"\b(?:after|during|in)\s+a\s+(summer)\s+(?:in which|when)\b|"
                   rf"\blast\s+({_MONTH})\b")
_WINDOW_MONTH = re.compile(rf"\b(?:during|in)\s+the\s+({_MONTH}|summer|winter)\s+(?:transfer\s+)?window\b|\bduring\s+the\s+(winter|summer)\b")
_MID_MONTH = re.compile(rf"\b(?:in\s+)?(?:mid|early|late)[- ]({_MONTH})\b|\bin\s+({_MONTH})\b|\bearlier in ({_MONTH})\b")
CURRENT = re.compile(
    r"\b(?:(?<!earlier )this|later this|next)\s+(?:month|week|window|summer|january|season|campaign|year)\b|"
    r"\bearlier this\s+(?:month|week|window|summer|january|season|campaign)\b|"
    r"\blast\s+(?:week|weekend|night|month)\b|\bearlier in the window\b|\bthis window\b|\b(?:on|last)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b|\btoday\b")
# ("X, formerly of C," only describes him: no time of the news)
PAST_WORDS = re.compile(r"\b(?:previously(?!\s+of\b)|formerly(?!\s+(?:of|with)\b)|initially|(?<!go )(?<!goes )(?<!going )(?<!went )(?<!gone )(?<!come )(?<!came )(?<!coming )back in(?!\s+(?:with|for|again|and|to)\b)|in the past|at the time|(?:years|seasons|campaigns|windows) ago|before that|"
                        r"in (?:recent|previous|past|earlier) (?:seasons|years|windows|summers)|over the (?:years|past decade)|"
                        r"during his time|while coaching|while managing|while at|"
                        # "the previous record was the #m #c paid for X": the record a new fee beat
                        r"(?:previous|old|former) (?:club |transfer |british |league |world )?record|"
                        # a career told from its start: "signed for C as a teenager", "early in his career"
                        r"as an? (?:teenager|youngster|boy|schoolboy|trainee|junior|kid)|in (?:his|her) youth|"
                        r"(?:early|earlier) in (?:his|her) career|at the (?:start|beginning) of (?:his|her) career)\b")


@dataclass(slots=True)
class When:
    year: int
    month: int | None
    explicit_month: bool  # month stated, so event_date can carry it

    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.explicit_month and self.month else f"{self.year:04d}"


def window_start(d: dt.date) -> tuple[int, int]:
    """Start of the transfer window (or period) the article's date belongs to."""
    if d.month == 1 or (d.month == 2 and d.day <= 7):
        return (d.year, 1)
    if d.month == 2:
        return (d.year, 2)  # the January window has shut: what happened in it is behind the news
    if 5 <= d.month <= 9:
        return (d.year, 5)
    if d.month >= 10:
        return (d.year, 10)
    return (d.year, d.month)


_ONGOING_SINCE = re.compile(r"\b(?:have|has)\s+(?:also\s+)?been\s+[a-z]+ing\b[^.;]*?\bsince\b")


def find_when(low: str, today: dt.date) -> When | None:
    """The time a (lowercased) sentence states for its event, if any."""
    if not _WHEN_HINT.search(low):
        return None  # every pattern below needs one of these
    has_year = _YEARLIKE.search(low) is not None  # the four patterns with a year need one
    m = _DAY_MONTH_YEAR.search(low) if has_year else None
    if m:
        return When(int(m.group(2)), MONTHS[m.group(1)], True)
    m = _SEASON_OF.search(low) if has_year else None
    if m:
        mon = {"summer": 7, "winter": 1, "january": 1, "spring": 4, "autumn": 10}[m.group(1)]
        return When(int(m.group(2)), mon, m.group(1) == "january")
    m = _YEAR_SEASON.search(low) if has_year else None
    if m:
        return When(int(m.group(1) or m.group(3)), 8, False)
    m = _AGO.search(low)
    if m:
        n = int(NUMBER_WORDS.get(m.group(1), 0) or (m.group(1).isdigit() and int(m.group(1))) or 1)
        months = n * 12 if m.group(2) == "year" else n
        total = today.year * 12 + today.month - 1 - months
        return When(total // 12, total % 12 + 1, m.group(2) == "month")
    if "earlier this year" in low:
        # in a January article, the window itself; later in the year, the months before it
        return When(today.year, 1, True) if today.month <= 2 else When(today.year, 3, False)
    m = _LAST.search(low)
    if m:
        return _last_when(m, today)
    m = _WINDOW_MONTH.search(low)
    if m:
        name = m.group(1) or m.group(2)
        mon = {"summer": 7, "winter": 1}.get(name) or MONTHS[name]
        y = today.year if today.month >= mon else today.year - 1
        if _ahead(low, m.start()):
            # "are weighing up a move in the January window", in December, "will join in the summer",
            # in January: the next one
            y = today.year if today.month <= mon else today.year + 1
        return When(y, mon, name not in ("summer", "winter"))
    ongoing = _ONGOING_SINCE.search(low) if has_year and "since" in low else None
    for m in (_YEAR.finditer(low) if has_year else ()):
        y = int(m.group(1) or m.group(2))
        if ongoing is not None and m.group(0).startswith("since"):
            continue  # "have been monitoring him since 2023": a state that runs until now
        if 1950 <= y <= today.year + 1:
            # "contract until 2026" is not when the event happened
            before = low[max(0, m.start() - 30):m.start()]
            if _UNTIL_BEFORE.search(before):
                continue
            return When(y, None, False)
    for m in _MID_MONTH.finditer(low):
        name = m.group(1) or m.group(2) or m.group(3)
        mon = MONTHS[name]
        if name == "may" and not m.group(1):
            return None  # "may" is usually the verb
        if _UNTIL_BEFORE.search(low[max(0, m.start() - 30):m.start()]):
            continue  # "whose contract expires in June": when a contract ends, not when the event was
        if mon != today.month and _ahead(low, m.start()):
            # "when the window reopens in January", in a December article: the month to come
            return When(today.year + (mon < today.month), mon, True)
        y = today.year if mon <= today.month else today.year - 1
        return When(y, mon, True)
    return None


def _ahead(low: str, start: int) -> bool:
    """The clause before a month tells what is to come ("will", "when the window reopens")."""
    return _AHEAD_BEFORE.search(low[max(0, start - 50):start]) is not None


def _last_when(m: re.Match[str], today: dt.date) -> When:
    """"last August", "last summer", "last season", "after a summer in which ...": the latest such
    time before the article."""
    if m.group(4):
        mon = MONTHS[m.group(4)]  # "last August": the latest August before the article
        return When(today.year if mon < today.month else today.year - 1, mon, True)
    if m.group(3):
        # "after a summer in which X joined ...": the latest summer, this year's from June on
        return When(today.year if today.month >= 6 else today.year - 1, 7, False)
    what = m.group(1) or m.group(2)
    if what in ("summer", "window") or (what == "season" and m.group(2)):
        y = today.year - 1 if today.month <= 9 or what == "summer" else today.year
        return When(y, 7, False)
    if what == "january":
        y = today.year - 1 if today.month == 1 else today.year
        return When(y, 1, True)
    if what in ("season", "campaign", "term"):
        return When(today.year - 1, 3, False)
    return When(today.year - 1, None, False)


def is_before_window(when: When, today: dt.date) -> bool:
    ws = window_start(today)
    if when.month is None:
        return when.year < today.year
    return (when.year, when.month) < ws


# Pre-checks (exact; see fastre): most sentences name no month, season or year.
_DAY_MONTH_YEAR = gated(_DAY_MONTH_YEAR)  # type: ignore[assignment]
_SEASON_OF = gated(_SEASON_OF)  # type: ignore[assignment]
_AGO = gated(_AGO)  # type: ignore[assignment]
_LAST = gated(_LAST)  # type: ignore[assignment]
_WINDOW_MONTH = gated(_WINDOW_MONTH)  # type: ignore[assignment]
_MID_MONTH = gated(_MID_MONTH)  # type: ignore[assignment]
CURRENT = gated(CURRENT)  # type: ignore[assignment]
PAST_WORDS = gated(PAST_WORDS)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_YEAR = boundary_first(_YEAR)
_YEAR_SEASON = boundary_first(_YEAR_SEASON)
_UNTIL_BEFORE = boundary_first(_UNTIL_BEFORE)
