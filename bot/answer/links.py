"""One summary per (player, club): the unit every renderer shows.

An answer's items are the rows of the JSON contract, one per (player, club,
kind, past). People read a link as one saga instead: how far it went, whether
it is still live, when it was first and last reported, by how many articles
and how many independent sources, and which articles to read. `summarise`
computes that once, here, so the terminal, the JSON and Discord state the
same facts; render/ only formats a LinkSummary.

The types (LinkSummary, Step, Report, Credit) are defined with the other answer
types in bot/answer/shapes.py and re-exported here. To extend a summary (a
source scorecard, say), add a field with a default to LinkSummary and fill it in
`summarise_link` (or in a later pass over `Answer.links`); renderers that do not
know the field keep working. The likelihood is one such field: compose rates the
live items (bot.answer.likelihood.annotate) and `summarise_link` carries the
rating onto the live link's summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.answer.shapes import (
    DONE_KINDS,
    STAGE,
    STATUS_WORDS,
    Citation,
    Credit,
    Item,
    LinkSummary,
    Report,
    Status,
    Step,
    independent_sources,
)
from bot.text import fold

__all__ = ["STATUS_WORDS", "Credit", "LinkSummary", "Report", "Status", "Step", "summarise", "summarise_link"]
# On one day, a completed move outranks an ending, and an ending outranks interest, talks and bids.
_SAME_DAY = {"signed": 2, "loan": 2, "ended": 1}

def _status(its: Sequence[Item]) -> Status:
    if any(it.current for it in its):
        return "live"
    news = [it for it in its if not it.past]
    if not news:
        return "history"
    newest = max(news, key=lambda it: (it.latest, _SAME_DAY.get(it.kind, 0), STAGE[it.kind]))
    if newest.kind in DONE_KINDS:
        return "completed"
    if newest.kind == "ended":
        return "ended"
    return "stalled"


def _reports(cites: Iterable[Citation]) -> list[Report]:
    by_article: dict[str, Report] = {}
    named: dict[str, dict[str, Credit]] = {}
    for c in sorted(cites, key=lambda c: c.date, reverse=True):
        r = by_article.get(c.article_id)
        if r is None:
            r = by_article[c.article_id] = Report(c.article_id, c.date, [], c.url, c.title, c.origin, c.evidence)
            named[c.article_id] = {}
        if c.source and fold(c.source) not in named[c.article_id]:
            named[c.article_id][fold(c.source)] = Credit(c.source, c.tier)
        if not r.evidence and c.evidence:
            r.evidence = c.evidence
    outlets = {c.article_id: c.outlet for c in cites if c.outlet}
    for aid, r in by_article.items():
        r.credits = list(named[aid].values())
        if not r.credits and outlets.get(aid):
            r.credits = [Credit(outlets[aid] or "", None)]
    return list(by_article.values())


def _steps(its: Sequence[Item]) -> list[Step]:
    steps = [Step(it.kind, it.past, it.first, it.latest, it.amount) for it in its]
    steps.sort(key=lambda s: (not s.past, s.first, STAGE[s.kind]))  # told-as-past events first: they came first
    return steps


def summarise_link(its: Sequence[Item]) -> LinkSummary:
    """The summary of one (player, club)'s items."""
    cites = [c for it in its for c in it.sources]
    reached = [it for it in its if it.kind != "ended"]
    furthest = max(reached or its, key=lambda it: (STAGE[it.kind], it.latest))
    amount = furthest.amount or next((it.amount for it in its if it.amount), None)
    status = _status(its)
    # A live link's likelihood, set on its current items by bot.answer.likelihood.annotate (compose rates them).
    rated = next((it.likelihood for it in its if it.likelihood is not None), None) if status == "live" else None
    return LinkSummary(
        player=its[0].player, club=its[0].club, status=status, stage=furthest.kind,
        first=min(it.first for it in its), latest=max(it.latest for it in its),
        reports=len({c.article_id for c in cites}) or sum(it.reports for it in its),
        independent_sources=independent_sources(cites), amount=amount, steps=_steps(its),
        citations=_reports(cites), likelihood=rated, items=list(its))


def summarise(items: Iterable[Item]) -> list[LinkSummary]:
    """One summary per (player, club), in the order the items first name them."""
    groups: dict[tuple[str, str], list[Item]] = {}
    for it in items:
        groups.setdefault((it.player, it.club), []).append(it)
    return [summarise_link(its) for its in groups.values()]
