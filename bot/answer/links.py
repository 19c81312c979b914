"""One summary per (player, club): the unit every renderer shows.

An answer's items are the rows of the JSON contract, one per (player, club,
kind, past). People read a link as one saga instead: how far it went, whether
it is still live, when it was first and last reported, by how many articles
and how many independent sources, and which articles to read. `summarise`
computes that once, here, so the terminal, the JSON and Discord state the
same facts; render/ only formats a LinkSummary.

To extend a summary (a likelihood, a source scorecard), add a field to
LinkSummary and fill it in `summarise` (or in a later pass over
`Answer.links`); renderers that do not know the field keep working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from bot.answer.shapes import DONE_KINDS, STAGE, Citation, Item, Money, independent_sources
from bot.text import fold

# live: a current suitor (cli.md's rule, the `current` flag of the items);
# completed: the newest news is the move itself; ended: the newest news is that it ended;
# stalled: reported once, superseded since (a move elsewhere, or older than his latest move);
# history: only past events told in later articles.
Status = Literal["live", "completed", "ended", "stalled", "history"]
STATUS_WORDS: dict[str, str] = {
    "live": "live", "completed": "completed", "ended": "ended", "stalled": "no longer live", "history": "history",
}
# On one day, a completed move outranks an ending, and an ending outranks interest, talks and bids.
_SAME_DAY = {"signed": 2, "loan": 2, "ended": 1}


@dataclass(slots=True)
class Step:
    """One stage of a saga: a kind (and whether it was told as past), with its dates and amount."""

    kind: str
    past: bool
    first: dt.date
    latest: dt.date
    amount: Money | None = None

    @property
    def label(self) -> str:
        """'bid £70m', 'signed (past)': how the step reads in every renderer."""
        out = self.kind + (" (past)" if self.past else "")
        return f"{out} {self.amount.describe()}" if self.amount else out


class Credit(NamedTuple):
    name: str
    tier: int | None


@dataclass(slots=True)
class Report:
    """One article behind a link: who it credits, its date, and how a fan reaches it.

    `credits` are the sources the article names for the link's claims; when it names none, its
    own outlet (what an article states on its own authority is the outlet's word); empty only
    when nothing is known. `origin` is where the article was read from: a URL, or a path on the
    host, which is never shown to users (render/ shows the title or `url`)."""

    article_id: str
    date: dt.date
    credits: list[Credit]
    url: str | None
    title: str | None
    origin: str
    evidence: str = ""


@dataclass(slots=True)
class LinkSummary:
    """Everything known about one (player, club) link, merged over its items."""

    player: str
    club: str
    status: Status
    stage: str  # the furthest kind reached ("ended" only when nothing else was reported)
    first: dt.date
    latest: dt.date
    reports: int  # distinct articles
    independent_sources: int
    amount: Money | None  # the furthest stage's amount, else any reported
    steps: list[Step]  # the saga's path, oldest first
    citations: list[Report]  # one per article, newest first
    items: list[Item] = field(default_factory=list, repr=False)

    @property
    def current(self) -> bool:
        return self.status == "live"

    @property
    def status_words(self) -> str:
        return STATUS_WORDS[self.status]

    @property
    def path(self) -> str:
        """'interest → bid £70m → signed': the steps in the order they were first reported."""
        return " → ".join(s.label for s in self.steps)


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
    return LinkSummary(
        player=its[0].player, club=its[0].club, status=_status(its), stage=furthest.kind,
        first=min(it.first for it in its), latest=max(it.latest for it in its),
        reports=len({c.article_id for c in cites}) or sum(it.reports for it in its),
        independent_sources=independent_sources(cites), amount=amount, steps=_steps(its),
        citations=_reports(cites), items=list(its))


def summarise(items: Iterable[Item]) -> list[LinkSummary]:
    """One summary per (player, club), in the order the items first name them."""
    groups: dict[tuple[str, str], list[Item]] = {}
    for it in items:
        groups.setdefault((it.player, it.club), []).append(it)
    return [summarise_link(its) for its in groups.values()]
