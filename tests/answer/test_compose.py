"""Merging, independent sources, current suitors, history marking, facts, latest."""

from __future__ import annotations

import datetime as dt

from bot.answer.compose import answer_question, club_profile, latest, player_profile
from bot.render.text import render_text


def current(answer) -> set[str]:
    return {it.club for it in answer.items if it.current}


async def test_suitors_merge_and_independent_sources(store) -> None:
    a = await answer_question(store, "who wants itakura?")
    assert a.intent == "suitors" and a.players == ["Ko Itakura"]
    assert current(a) == {"Liverpool", "Tottenham Hotspur"}
    liv = next(it for it in a.items if it.club == "Liverpool" and it.kind == "interest")
    assert liv.reports == 7  # Romano, five copies of Romano, Sky Germany
    assert liv.independent_sources == 2  # the copies are one source
    assert liv.first == dt.date(2024, 1, 2) and liv.latest == dt.date(2024, 1, 18)
    assert liv.sources[0].date == dt.date(2024, 1, 18) and liv.sources[0].url
    # current suitors first, newest first; history after, marked
    assert [it.current for it in a.items[:2]] == [True, True]
    past = [it for it in a.items if it.past]
    assert {it.club for it in past} == {"Manchester City", "Borussia Mönchengladbach", "Celtic"}
    assert all(not it.current for it in past)
    # talks in the window he had already joined Gladbach in: superseded, and his club is not a suitor
    assert "Borussia Mönchengladbach" not in current(a)


async def test_one_current_item_per_club(store) -> None:
    a = await answer_question(store, "who wants lavia")
    assert current(a) == {"Chelsea", "Liverpool"}
    assert sum(it.current for it in a.items) == 2


async def test_ended_wins_and_completed_move_supersedes(store) -> None:
    a = await answer_question(store, "where is caicedo going")
    assert current(a) == set()  # Liverpool ended; Arsenal's interest predates the move to Chelsea
    kinds = {(it.club, it.kind) for it in a.items}
    assert ("Liverpool", "ended") in kinds and ("Chelsea", "signed") in kinds
    assert render_text(a).splitlines()[0] == "No club is in for Moises Caicedo now: Caicedo joined Chelsea on 14 Aug 2023."


async def test_renewed_interest_after_agreement(store) -> None:
    a = await answer_question(store, "almiron transfer news")
    assert current(a) == {"Al-Shabab"}
    cur = [it for it in a.items if it.current]
    assert len(cur) == 1 and cur[0].kind == "agreement"  # the link's furthest stage


async def test_link(store) -> None:
    a = await answer_question(store, "are liverpool in for itakura?")
    assert a.intent == "link" and {it.club for it in a.items} == {"Liverpool"}
    assert any(it.current for it in a.items)
    a = await answer_question(store, "caicedo liverpool")
    assert not any(it.current for it in a.items)
    assert render_text(a).startswith("No: Liverpool are no longer in for Moises Caicedo; their interest ended on ")
    a = await answer_question(store, "is caicedo going to chelsea")
    assert render_text(a).startswith("Moises Caicedo joined Chelsea on 14 Aug 2023.")


def test_citations_show_each_sources_own_tier_and_never_a_path() -> None:
    from bot.answer.links import summarise_link
    from bot.answer.shapes import Citation, Item
    from bot.render.text import citations

    day = dt.date(2024, 1, 18)
    cites = [Citation(source="Fabrizio Romano", date=day, origin="a.txt", article_id="a1", tier=1),
             Citation(source="Sky Germany", date=day, origin="a.txt", article_id="a1", tier=2),
             Citation(source=None, date=day, origin="/srv/b.txt", article_id="b2", title="Reds eye Itakura"),
             Citation(source=None, date=day, origin="/srv/c.txt", article_id="c3", outlet="The Athletic")]
    link = summarise_link([Item("Ko Itakura", "Liverpool", "interest", False, True, day, day, 3, sources=cites)])
    assert citations(link.citations) == ('Fabrizio Romano (tier 1) & Sky Germany (tier 2) 2024-01-18 article a1; '
                                         'unattributed 2024-01-18 "Reds eye Itakura"; '
                                         'The Athletic 2024-01-18 article c3')


async def test_everyone_is_never_a_club(store) -> None:
    a = await answer_question(store, "@everyone who wants itakura")
    assert a.clubs == [] and a.players == ["Ko Itakura"] and a.intent == "suitors"


async def test_targets(store) -> None:
    a = await answer_question(store, "who are spurs after")
    assert a.intent == "targets" and a.clubs == ["Tottenham Hotspur"]
    assert {it.player for it in a.items if it.current} == {"Ko Itakura", "Brennan Johnson"}
    a = await answer_question(store, "who are chelsea after")
    assert {it.player for it in a.items if it.current} == {"Romeo Lavia", "Andrey Santos"}
    assert any(it.player == "Moises Caicedo" and it.kind == "signed" for it in a.items)


async def test_latest_ordered_by_date(store) -> None:
    a = await answer_question(store, "latest rumours")
    dates = [it.latest for it in a.items]
    assert dates == sorted(dates, reverse=True) and dates[0] == dt.date(2024, 7, 1)
    a = await answer_question(store, "any news on spurs")
    assert a.intent == "latest" and {it.club for it in a.items} == {"Tottenham Hotspur"}


async def test_facts_latest_value_with_source(store) -> None:
    a = await answer_question(store, "whats itakuras release clause")
    assert a.intent == "fact" and a.fact_asked == "release_clause"
    assert [(f.fact, f.source) for f in a.facts] == [("release_clause", "Sky Germany")]
    assert "€10m–€15m" in render_text(a) and "Sky Germany" in render_text(a)
    a = await answer_question(store, "how much is itakura worth")
    assert a.facts[0].fact == "valuation" and "£13m" in render_text(a)
    a = await answer_question(store, "what do newcastle want for almiron")
    assert a.facts[0].fact == "asking_price"
    a = await answer_question(store, "what club does lavia play for")  # no fact: the latest move says nothing
    assert a.intent == "fact"
    a = await answer_question(store, "what club does caicedo play for")
    assert a.facts[0].value == "Chelsea"  # from his completed move


async def test_slash_command_entry_points(store) -> None:
    a = await player_profile(store, "itakura")
    assert a.players == ["Ko Itakura"] and a.facts and a.items
    a = await club_profile(store, "gladbach")
    assert a.clubs == ["Borussia Mönchengladbach"]
    a = await latest(store, club="spurs", limit=5)
    assert a.items and all(it.club == "Tottenham Hotspur" for it in a.items)
    a = await latest(store, kind="bid")
    assert a.items and all(it.kind == "bid" for it in a.items)
    a = await player_profile(store, "fernandes")
    assert a.intent == "unknown" and sorted(a.ambiguous[0]) == ["Bruno Fernandes", "Tiago Fernandes"]


def test_independent_sources_do_not_count_an_outlet_relaying_a_credited_report() -> None:
    import datetime as dt

    from bot.answer.shapes import Citation, independent_sources

    day = dt.date(2024, 1, 18)

    def cite(source, article, outlet):
        return Citation(source=source, date=day, origin=f"{article}.txt", article_id=article, outlet=outlet)

    # a BBC headline on the BBC's authority over a body crediting Romano: one source, Romano
    assert independent_sources([cite("BBC Sport", "a1", "BBC Sport"), cite("Fabrizio Romano", "a1", "BBC Sport")]) == 1
    # the BBC's own report and Romano's in another outlet: two
    assert independent_sources([cite("BBC Sport", "a1", "BBC Sport"), cite("Fabrizio Romano", "a2", "Sky Sports")]) == 2
    # one article crediting two others (Sky Germany and Bild): two; an uncredited article on top: three
    assert independent_sources([cite("Sky Germany", "a1", "ESPN"), cite("Bild", "a1", "ESPN"),
                                cite(None, "a2", None)]) == 3
    # outlets repeating one journalist are one source; an outlet alone in its article counts
    assert independent_sources([cite("Fabrizio Romano", "a1", "Mirror"), cite("Fabrizio Romano", "a2", "Sun"),
                                cite("Mirror", "a3", "Mirror")]) == 2


async def test_headline_on_the_outlets_authority_is_not_a_second_source(tmp_path) -> None:
    import datetime as dt

    from bot.config import load_settings
    from bot.ingest import Ingestor, open_database
    from bot.models import Article

    settings = load_settings(db=tmp_path / "t.db")
    store = await open_database(settings)
    try:
        text = ("Liverpool make £40m bid for Jonas Lindqvist\n\n"
                "Liverpool have made a £40m bid for Borussia Monchengladbach defender Jonas Lindqvist, "
                "according to Fabrizio Romano.")
        result = await Ingestor(store, settings).add(Article(text=text, date=dt.date(2024, 2, 1), origin="feed:1",
                                                             outlet="BBC Sport", url="https://example.com/1"))
        assert result.status == "new"
        a = await answer_question(store, "who wants jonas lindqvist")
        bids = [it for it in a.items if it.club == "Liverpool" and it.kind == "bid" and not it.past]
        assert bids and {c.source for it in bids for c in it.sources} == {"BBC Sport", "Fabrizio Romano"}
        assert [it.independent_sources for it in bids] == [1]
        liverpool_line = next(line for line in render_text(a).splitlines() if "Liverpool" in line)
        assert "1 report" in liverpool_line and "independent" not in liverpool_line
    finally:
        await store.close()
