"""Plain text for people: short, one line per (player, club) link, sources and dates inline, newest first.

Formats the answer's link summaries (bot/answer/links.py) and nothing else: every
fact a line states (stage, status, dates, reports, sources) is the summary's, so
the terminal, the JSON and Discord agree. Every line that states a claim names
its sources with their dates and a way to reach the article (its URL, else its
title); never a path of the machine the article was read from.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer.intents import EXAMPLES
from bot.answer.links import LinkSummary, Report
from bot.answer.shapes import Answer, AnswerFact, Citation

MAX_CITATIONS = 3
FACT_LABELS = {
    "current_club": "club", "release_clause": "release clause", "valuation": "valuation",
    "asking_price": "asking price", "contract_until": "contract until", "position": "position",
    "nationality": "nationality", "age": "age",
}


def where(url: str | None, title: str | None, article_id: str) -> str:
    """How to reach an article: its URL, else its title, else its id (never the path it was read from)."""
    if url:
        return url
    if title:
        return f'"{title}"'
    return f"article {article_id[:10]}"


def cite(c: Citation) -> str:
    return f"{c.source or c.outlet or 'unattributed'} {c.date.isoformat()} <{where(c.url, c.title, c.article_id)}>"


def who(r: Report) -> str:
    """The article's credited sources with their tiers, "unattributed" when nothing is known."""
    return " & ".join(f"{c.name} (tier {c.tier})" if c.tier is not None else c.name
                      for c in r.credits) or "unattributed"


def citations(reports: Sequence[Report]) -> str:
    """One entry per article, newest first: its credited sources, date, link."""
    parts = [f"{who(r)} {r.date.isoformat()} <{where(r.url, r.title, r.article_id)}>" for r in reports]
    shown = "; ".join(parts[:MAX_CITATIONS])
    if len(parts) > MAX_CITATIONS:
        shown += f"; +{len(parts) - MAX_CITATIONS} more"
    return shown


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


def link_line(label: str, link: LinkSummary) -> str:
    """One line for one (player, club): its path, status, dates, counts, sources."""
    mark = "" if link.current else f" [{link.status_words}]"
    return f"- {label}: {link.path}{mark} · {dates(link)} · {counts(link)} · {citations(link.citations)}"


def _live_then_rest(links: list[tuple[str, LinkSummary]], live_header: str, none_line: str,
                    rest_header: str) -> list[str]:
    """Live links first (or a line saying there are none), then ended links and history, each marked."""
    current = [(label, link) for label, link in links if link.current]
    other = [(label, link) for label, link in links if not link.current]
    lines = [live_header, *(link_line(label, link) for label, link in current)] if current else [none_line]
    if other:
        lines += [rest_header, *(link_line(label, link) for label, link in other)]
    return lines


HEADLINES = {
    "live": "{club} are still in for {player}:",
    "completed": "{player} has moved to {club}:",
    "ended": "{club} are no longer in for {player}:",
    "history": "{club} and {player}: history only, nothing current:",
    "stalled": "{club} are not currently in for {player}:",
}


def _fact_line(f: AnswerFact) -> str:
    said = cite(f.citation) if f.citation else f"{f.source or 'unattributed'} {f.date.isoformat()}"
    return f"- {f.player} {FACT_LABELS.get(f.fact, f.fact)}: {_value(f.value)} · {said}"


def _list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _suitor_lines(answer: Answer, player: str) -> list[str]:
    links = [(link.club, link) for link in answer.links if link.player == player]
    return _live_then_rest(links, f"Clubs in for {player} (newest first):",
                           f"No club is currently reported to be in for {player}.", "Ended links and history:")


def render_text(answer: Answer) -> str:
    """The answer for people: the notes said before it, the answer, the context after it."""
    if answer.error:
        return answer.error
    return "\n".join([*answer.notes, _body(answer), *answer.context])


def _body(answer: Answer) -> str:
    unmatched = answer.unmatched
    lines: list[str] = []
    if answer.ambiguous:
        for names in answer.ambiguous:
            lines.append(f"Did you mean {_list(names)}? Ask again with the full name.")
        if not answer.players and not answer.clubs:
            return "\n".join(lines)
    intent = answer.intent
    if intent == "unknown":
        if answer.players and not answer.items and not answer.facts:
            lines.append(f"I know {_list(answer.players)}, but I have no transfer reports about them yet.")
        elif unmatched:
            tried = " ".join(unmatched)
            lines.append(f'I couldn\'t find "{tried[:60]}" among the players and clubs I know.')
        else:
            lines.append("I couldn't find a player or club I know in that question.")
        names = [s for s in answer.suggestions if s not in EXAMPLES]
        examples = [s for s in answer.suggestions if s in EXAMPLES]
        if names:
            lines.append(f"Did you mean {_list(names)}?")
        if examples:
            lines.append("Try: " + " · ".join(f'"{s}"' for s in examples))
        return "\n".join(lines)
    if intent in ("suitors", "profile") and answer.players:
        for player in answer.players:
            lines += _suitor_lines(answer, player)
    elif intent == "link":
        for player in answer.players or list(dict.fromkeys(link.player for link in answer.links)):
            links = [link for link in answer.links if link.player == player]
            for link in links:
                lines.append(HEADLINES[link.status].format(club=link.club, player=player))
                lines.append(link_line(link.club, link))
            unlinked = [c for c in answer.clubs if c not in {link.club for link in links}]
            if unlinked:  # every club asked about is answered, linked or not
                lines.append(f"No reports link {_list(unlinked)} with {player}.")
    elif intent in ("targets", "profile"):
        club = _list(answer.clubs)
        lines += _live_then_rest([(link.player, link) for link in answer.links],
                                 f"Players {club} are reported to be after (newest first):",
                                 f"No live reports of {club} chasing a player.",
                                 "Ended links, completed moves and history:")
    elif intent == "latest":
        about = f" about {_list(answer.players + answer.clubs)}" if answer.players or answer.clubs else ""
        if answer.clubs and not answer.players and answer.items and not {it.club for it in answer.items} & set(
                answer.clubs):
            about = f" about players leaving {_list(answer.clubs)}"  # the clubs' outgoing moves
        if not answer.items:
            lines.append(f"No rumours{about} yet.")
        else:
            lines.append(f"Latest rumours{about}:")
            lines += [link_line(f"{link.player} → {link.club}", link) for link in answer.links]
    if intent in ("fact", "profile") and answer.players:
        if answer.facts:
            asked = answer.fact_asked
            if asked and all(f.fact != asked for f in answer.facts):
                lines.append(f"No {FACT_LABELS.get(asked, asked)} reported for {_list(answer.players)}; "
                             "related figures:")
            elif intent == "profile":
                lines.append("Facts:")
            lines += [_fact_line(f) for f in answer.facts]
        elif intent == "fact":
            what = FACT_LABELS.get(answer.fact_asked or "", "that")
            lines.append(f"No {what} reported for {_list(answer.players)} yet.")
    return "\n".join(lines) if lines else "Nothing found."
