"""Plain text for people: short, one line per (player, club) link, sources and dates inline, newest first.

The answer's first sentences come first (Answer.summary), then one line per link.
Formats the answer's link summaries (bot/answer/links.py) and nothing else: every
fact a line states (stage, status, likelihood, dates, reports, sources) is the summary's, so
the terminal, the JSON and Discord agree. Every line that states a claim names
its sources with their dates and the article (its title, or its first words, and
its URL); never a path of the machine the article was read from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answer.intents import EXAMPLES
from bot.answer.likelihood import describe
from bot.answer.links import LinkSummary, Report
from bot.answer.shapes import Answer, AnswerFact, Citation

MAX_CITATIONS = 3
FACT_LABELS = {
    "current_club": "club", "release_clause": "release clause", "valuation": "valuation",
    "asking_price": "asking price", "contract_until": "contract until", "position": "position",
    "nationality": "nationality", "age": "age",
}


TITLE_CHARS = 70


def first_words(text: str, limit: int = TITLE_CHARS) -> str:
    """The start of a text, cut at a word: 'Liverpool and Tottenham are both vying for…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def label(r: Report) -> str:
    """What a fan calls the article: its title, else the first words of what it said."""
    return first_words(r.title or r.evidence)


def where(r: Report) -> str:
    """'"Title" <url>': the article by its title (or first words) and its URL; never the path it was read from."""
    name = label(r)
    parts = [f'"{name}"'] if name else []
    if r.url:
        parts.append(f"<{r.url}>")
    return " ".join(parts) or f"article {r.article_id[:10]}"


def cite(c: Citation) -> str:
    """A fact's citation: who, when, the article."""
    r = Report(c.article_id, c.date, [], c.url, c.title, c.origin, c.evidence)
    return f"{c.source or c.outlet or 'unattributed'} {c.date.isoformat()} {where(r)}"


def who(r: Report) -> str:
    """The article's credited sources with their tiers, "unattributed" when nothing is known."""
    return " & ".join(f"{c.name} (tier {c.tier})" if c.tier is not None else c.name
                      for c in r.credits) or "unattributed"


def citations(reports: Sequence[Report]) -> str:
    """One entry per article, newest first: its credited sources, date, title and link."""
    parts = [f"{who(r)} {r.date.isoformat()} {where(r)}" for r in reports]
    shown = "; ".join(parts[:MAX_CITATIONS])
    if len(parts) > MAX_CITATIONS:
        shown += f"; +{len(parts) - MAX_CITATIONS} more"
    return shown


def ago(day: dt.date, today: dt.date) -> str:
    """'today', '3 days ago', '5 weeks ago', '4 months ago', '2 years ago' ('' for a later day)."""
    days = (today - day).days
    if days < 0:
        return ""
    if days < 2:
        return ("today", "yesterday")[days]
    for size, unit, under in ((1, "day", 14), (7, "week", 60), (30, "month", 730)):
        if days < under:
            n = days // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    n = days // 365
    return f"{n} year{'s' if n != 1 else ''} ago"


def _value(v: object) -> str:
    if hasattr(v, "describe"):  # an amount
        return v.describe()
    return str(v)


def dates(link: LinkSummary) -> str:
    if link.latest == link.first:
        return link.latest.isoformat()
    return f"{link.first.isoformat()} → {link.latest.isoformat()}"


def counts(link: LinkSummary) -> str:
    out = f"{link.reports} report{'s' if link.reports != 1 else ''}"
    if link.independent_sources and link.independent_sources != link.reports:
        out += f", {link.independent_sources} independent"
    return out


def link_line(name: str, link: LinkSummary, today: dt.date | None = None) -> str:
    """One line for one (player, club): its path, status, dates, counts, sources."""
    mark = "" if link.current else f" [{link.status_words}]"
    when = dates(link)
    if today is not None and ago(link.latest, today):
        when += f" ({ago(link.latest, today)})"
    return f"- {name}: {link.path}{mark}{chance(link)} · {when} · {counts(link)} · {citations(link.citations)}"


def chance(link: LinkSummary) -> str:
    """' · likely (72%)' for a live link whose summary carries a likelihood, else ''."""
    return "" if link.likelihood is None else f" · {describe(link.likelihood)}"


def _live_then_rest(links: list[tuple[str, LinkSummary]], live_header: str, rest_header: str,
                    today: dt.date | None) -> list[str]:
    """Live links first, then ended links and history, each marked (the first sentences said how many)."""
    current = [(name, link) for name, link in links if link.current]
    other = [(name, link) for name, link in links if not link.current]
    lines = [live_header, *(link_line(name, link, today) for name, link in current)] if current else []
    if other:
        lines += [rest_header, *(link_line(name, link, today) for name, link in other)]
    return lines


def render_why(answer: Answer, links: int = 3, per_link: int = 3) -> str:
    """For the first few links, the sentence each report came from: why the answer says what it says."""
    lines = []
    for link in answer.links[:links]:
        lines.append(f"{link.player} → {link.club} ({link.path}):")
        for r in link.citations[:per_link]:
            said = " ".join(r.evidence.split()) or "(no sentence kept)"
            lines.append(f"  {who(r)} {r.date.isoformat()}: “{said}”")
    return "\n".join(lines) if lines else "No reports to explain."


def _fact_line(f: AnswerFact) -> str:
    said = cite(f.citation) if f.citation else f"{f.source or 'unattributed'} {f.date.isoformat()}"
    return f"- {f.player} {FACT_LABELS.get(f.fact, f.fact)}: {_value(f.value)} · {said}"


def _list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _suitor_lines(answer: Answer, player: str, today: dt.date | None) -> list[str]:
    links = [(link.club, link) for link in answer.links if link.player == player]
    return _live_then_rest(links, f"Clubs in for {player} (newest first):", "Ended links and history:", today)


def render_text(answer: Answer, today: dt.date | None = None) -> str:
    """The answer for people: notes said before it, the first sentences, the details, the context after.

    With `today`, each link's newest date also says how long ago it was ("2023-08-14 (3 days ago)")."""
    if answer.error:
        return answer.error
    body = _body(answer, today)
    lines = [*answer.notes, *([answer.summary] if answer.summary else []), *([body] if body else []),
             *answer.context]
    return "\n".join(lines) if lines else "Nothing found."


def _body(answer: Answer, today: dt.date | None) -> str:
    lines: list[str] = []
    if answer.ambiguous:
        for names in answer.ambiguous:
            lines.append(f"Did you mean {_list(names)}? Ask again with the full name.")
        if not answer.players and not answer.clubs:
            return "\n".join(lines)
    intent = answer.intent
    if intent == "unknown":  # the first sentence said what was not found
        names = [s for s in answer.suggestions if s not in EXAMPLES]
        examples = [s for s in answer.suggestions if s in EXAMPLES]
        if names:
            lines.append(f"Did you mean {_list(names)}?")
        if examples:
            lines.append("Try: " + " · ".join(f'"{s}"' for s in examples))
        return "\n".join(lines)
    if intent in ("suitors", "profile") and answer.players:
        for player in answer.players:
            lines += _suitor_lines(answer, player, today)
    elif intent == "link":  # the first sentences answered yes or no for each club asked
        several = len({link.player for link in answer.links}) > 1
        lines += [link_line(f"{link.player} → {link.club}" if several else link.club, link, today)
                  for link in answer.links]
    elif intent in ("targets", "profile"):
        club = _list(answer.clubs)
        lines += _live_then_rest([(link.player, link) for link in answer.links],
                                 f"Players {club} are reported to be after (newest first):",
                                 "Ended links, completed moves and history:", today)
    elif intent == "latest":
        about = f" about {_list(answer.players + answer.clubs)}" if answer.players or answer.clubs else ""
        if answer.clubs and not answer.players and answer.items and not {it.club for it in answer.items} & set(
                answer.clubs):
            about = f" about players leaving {_list(answer.clubs)}"  # the clubs' outgoing moves
        if answer.links:
            lines.append(f"Latest rumours{about}, one line per saga:")
            lines += [link_line(f"{link.player} → {link.club}", link, today) for link in answer.links]
    if intent in ("fact", "profile") and answer.players and answer.facts:
        if intent == "profile":
            lines.append("Facts:")
        lines += [_fact_line(f) for f in answer.facts]
    return "\n".join(lines)
