"""Plain text for people: short, one line per club (or player), sources and dates inline, newest first.

Every line that states a claim names its sources with their dates and a way to
reach the article (its URL, else its title or id, else where it was read from).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answer.shapes import LINK_KINDS, STAGE, independent_sources

if TYPE_CHECKING:  # reads bot.models' answers and bot.answer.shapes' alike (same fields)
    from typing import TypeAlias

    from bot import models
    from bot.answer import shapes

    Answer: TypeAlias = models.Answer | shapes.Answer
    AnswerFact: TypeAlias = models.AnswerFact | shapes.AnswerFact
    Citation: TypeAlias = models.Citation | shapes.Citation
    Item: TypeAlias = models.Item | shapes.Item

MAX_CITATIONS = 3
# Example questions offered when nothing was recognised (bot.answer.compose uses the same list).
EXAMPLES = [
    "who wants itakura?",
    "who are spurs after",
    "are liverpool in for itakura?",
    "whats itakuras release clause",
    "latest rumours",
    "tell me about gladbach",
]
FACT_LABELS = {
    "current_club": "club", "release_clause": "release clause", "valuation": "valuation",
    "asking_price": "asking price", "contract_until": "contract until", "position": "position",
    "nationality": "nationality", "age": "age",
}


def _link(c: Citation) -> str:
    if c.url:
        return c.url
    if c.title:
        return f'"{c.title}" ({c.article_id[:10]})'
    return c.origin or c.article_id


def cite(c: Citation) -> str:
    return f"{c.source or 'unattributed'} {c.date.isoformat()} <{_link(c)}>"


def _citations(cs: Sequence[Citation]) -> str:
    """One entry per article, newest first: its credited sources (or "unattributed"), date, link."""
    by_article: dict[str, list[Citation]] = {}
    for c in sorted(cs, key=lambda c: c.date, reverse=True):
        by_article.setdefault(c.article_id, []).append(c)
    parts = []
    for group in by_article.values():
        tiers: dict[str, int | None] = {}
        for c in group:
            if c.source:
                tiers[c.source] = tiers.get(c.source) or c.tier
        who = " & ".join(f"{name} (tier {tier})" if tier is not None else name
                         for name, tier in tiers.items()) or "unattributed"
        parts.append(f"{who} {group[0].date.isoformat()} <{_link(group[0])}>")
    shown = "; ".join(parts[:MAX_CITATIONS])
    if len(parts) > MAX_CITATIONS:
        shown += f"; +{len(parts) - MAX_CITATIONS} more"
    return shown


def _value(v: object) -> str:
    if hasattr(v, "describe"):  # an amount (bot.models.Amount or bot.answer.shapes.Money)
        return v.describe()
    return str(v)


def _mark(its: list[Item]) -> str:
    if any(it.current for it in its):
        return ""
    if all(it.past for it in its):
        return " [history]"
    if any(it.kind in ("signed", "loan") for it in its):
        return " [moved there]" if any(not it.past for it in its if it.kind in ("signed", "loan")) \
            else " [past move]"
    news = [it for it in its if not it.past]
    newest = max(news, key=lambda it: (it.latest, it.kind == "ended"))
    if newest.kind == "ended":
        return " [ended]"
    return " [no longer live]"


def _live_then_rest(groups, live_header: str, none_line: str, rest_header: str) -> list[str]:
    """Live links first (or a line saying there are none), then ended links and history, each marked."""
    groups = list(groups)
    current = [(label, g) for label, g in groups if any(it.current for it in g)]
    other = [(label, g) for label, g in groups if not any(it.current for it in g)]
    lines = [live_header, *(_group_line(label, g) for label, g in current)] if current else [none_line]
    if other:
        lines += [rest_header, *(_group_line(label, g) for label, g in other)]
    return lines


def _link_headline(club: str, player: str, its: list[Item]) -> str:
    """One club and one player: the state of the link in words, before its details."""
    mark = _mark(its)
    if not mark:
        return f"{club} are still in for {player}:"
    if mark == " [moved there]":
        return f"{player} has moved to {club}:"
    if mark == " [ended]":
        return f"{club} are no longer in for {player}:"
    if mark in (" [history]", " [past move]"):
        return f"{club} and {player}: history only, nothing current:"
    return f"{club} are not currently in for {player}:"


def _group_line(label: str, its: list[Item]) -> str:
    """One line for one (player, club): stages, counts, dates, sources."""
    its = sorted(its, key=lambda it: (-STAGE[it.kind] if it.kind in LINK_KINDS else 5, -it.latest.toordinal()))
    kinds = []
    for it in sorted(its, key=lambda it: -it.latest.toordinal()):
        k = it.kind + (" (past)" if it.past else "")
        if it.amount:
            k += f" {it.amount.describe()}"
        if k not in kinds:
            kinds.append(k)
    cites = [c for it in its for c in it.sources]
    reports = len({c.article_id for c in cites}) or sum(it.reports for it in its)
    independent = independent_sources(cites)
    latest = max(it.latest for it in its)
    first = min(it.first for it in its)
    dates = latest.isoformat() if latest == first else f"{first.isoformat()} → {latest.isoformat()}"
    count = f"{reports} report{'s' if reports != 1 else ''}"
    if independent and independent != reports:
        count += f", {independent} independent"
    return f"- {label}: {', '.join(kinds)}{_mark(its)}{chance(its)} · {dates} · {count} · {_citations(cites)}"


def chance(its: Sequence[Item]) -> str:
    """' · likely (72%)' for a live link whose likelihood the answer carries, else ''."""
    from bot.answer.likelihood import describe

    p = next((it.likelihood for it in its if getattr(it, "likelihood", None) is not None), None)
    return "" if p is None else f" · {describe(p)}"


def _grouped(items: Sequence[Item], by: str) -> list[tuple[str, list[Item]]]:
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in items:  # items arrive in answer order
        groups[it.club if by == "club" else it.player].append(it)
    return list(groups.items())


def _fact_line(f: AnswerFact) -> str:
    where = cite(f.citation) if f.citation else f"{f.source or 'unattributed'} {f.date.isoformat()}"
    return f"- {f.player} {FACT_LABELS.get(f.fact, f.fact)}: {_value(f.value)} · {where}"


def _list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _suitor_lines(answer: Answer, player: str) -> list[str]:
    its = [it for it in answer.items if it.player == player]
    return _live_then_rest(_grouped(its, "club"), f"Clubs in for {player} (newest first):",
                           f"No club is currently reported to be in for {player}.", "Ended links and history:")


def render_text(answer: Answer, unmatched: Sequence[str] = ()) -> str:
    """The answer for people; `unmatched`: the words tried as a name that matched nothing ("zxqvbn")."""
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
        for player in answer.players or list(dict.fromkeys(it.player for it in answer.items)):
            groups = _grouped([it for it in answer.items if it.player == player], "club")
            for club, g in groups:
                lines.append(_link_headline(club, player, g))
                lines.append(_group_line(club, g))
            unlinked = [c for c in answer.clubs if c not in {club for club, _ in groups}]
            if unlinked:  # every club asked about is answered, linked or not
                lines.append(f"No reports link {_list(unlinked)} with {player}.")
    elif intent in ("targets", "profile"):
        club = _list(answer.clubs)
        lines += _live_then_rest(_grouped(answer.items, "player"),
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
            for it in answer.items:
                mark = " (past)" if it.past else (" [current]" if it.current else "")
                lines.append(f"- {it.latest.isoformat()} {it.player} → {it.club}: {it.kind}{mark}"
                             f"{' ' + it.amount.describe() if it.amount else ''} · {_citations(it.sources)}")
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
