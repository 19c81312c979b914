"""The per-(player, club) link summary: status, path, counts, citations."""

from __future__ import annotations

import datetime as dt

from bot.answer.links import summarise, summarise_link
from bot.answer.shapes import Citation, Item, Money
from bot.render.text import ago

D = dt.date.fromisoformat


def item(kind: str, day: str, cites: list[Citation], past: bool = False, current: bool = False,
         amount: Money | None = None, club: str = "Chelsea") -> Item:
    return Item("Moises Caicedo", club, kind, past, current, D(day), D(day), len({c.article_id for c in cites}),
                amount=amount, sources=cites)


def cite(article: str, day: str, source: str | None = None, outlet: str | None = None) -> Citation:
    return Citation(source=source, date=D(day), origin=f"/srv/{article}.txt", article_id=article, outlet=outlet)


def test_a_headline_and_its_body_are_one_report_from_one_source() -> None:
    # A feed entry's headline is part of its text: the claim is found twice in one article, once credited
    # to nobody (the outlet's own word) and once to the outlet by name.
    link = summarise_link([item("interest", "2024-01-18", [cite("a1", "2024-01-18", None, "BBC Sport"),
                                                            cite("a1", "2024-01-18", "BBC Sport", "BBC Sport")])])
    assert (link.reports, link.independent_sources) == (1, 1)
    assert [c.name for c in link.citations[0].credits] == ["BBC Sport"]


def test_interest_then_talks_in_one_article_is_one_report() -> None:
    a1 = cite("a1", "2024-01-18", "Sky Sports")
    link = summarise_link([item("interest", "2024-01-18", [a1]), item("talks", "2024-01-18", [a1])])
    assert link.reports == 1 and link.path == "interest → talks" and link.stage == "talks"


def test_the_newest_news_decides_the_status() -> None:
    signed = item("signed", "2023-08-14", [cite("a1", "2023-08-14")], amount=Money("GBP", 115e6, 115e6))
    ended_later = item("ended", "2023-09-01", [cite("a2", "2023-09-01")])
    assert summarise_link([signed]).status == "completed"
    assert summarise_link([signed, ended_later]).status == "ended"
    assert summarise_link([signed, ended_later]).stage == "signed"  # the furthest it went
    assert summarise_link([item("signed", "2019-12-01", [cite("a3", "2024-01-18")], past=True)]).status == "history"
    assert summarise_link([item("bid", "2023-01-26", [cite("a4", "2023-01-26")])]).status == "stalled"
    live = summarise_link([item("bid", "2023-01-26", [cite("a4", "2023-01-26")], current=True)])
    assert live.status == "live" and live.current


def test_an_article_crediting_nobody_is_its_outlets_word() -> None:
    link = summarise_link([item("interest", "2024-01-18", [cite("a1", "2024-01-18", None, "The Athletic"),
                                                            cite("b2", "2024-01-17")])])
    assert [[c.name for c in r.credits] for r in link.citations] == [["The Athletic"], []]


def test_summaries_keep_the_answers_order() -> None:
    items = [item("interest", "2024-01-18", [cite("a1", "2024-01-18")], club="Arsenal"),
             item("bid", "2024-01-10", [cite("a2", "2024-01-10")], club="Chelsea"),
             item("talks", "2024-01-12", [cite("a3", "2024-01-12")], club="Arsenal")]
    assert [(s.club, s.path) for s in summarise(items)] == [("Arsenal", "talks → interest"), ("Chelsea", "bid")]  # in the order first reported


def test_how_long_ago() -> None:
    today = D("2024-09-01")
    assert [ago(D(d), today) for d in ("2024-09-01", "2024-08-31", "2024-08-29", "2024-07-20", "2023-08-14",
                                       "2021-06-01", "2024-09-02")] == [
        "today", "yesterday", "3 days ago", "6 weeks ago", "12 months ago", "3 years ago", ""]
