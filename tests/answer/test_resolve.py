"""Names as fans type them, and no names where there are none."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answer.compose import answer_question
from bot.answer.resolve import Resolver, get_resolver
from bot.render.text import render_text

ON = dt.date(2024, 2, 1)


async def names(store, q: str, today: dt.date = ON) -> tuple[list[str], list[str]]:
    res = (await get_resolver(store)).resolve(q, today)
    return [e.name for e in res.players], [e.name for e in res.clubs]


@pytest.mark.parametrize("q", ["who wants itakura", "who wants itakrua", "who wants ITAKURA", "whats itakuras clause",
                               "itakura's release clause", "ko itakura", "Kō Itakura news", "who wants itakur",
                               "itakura!!!", "**itakura**", "who wants itakura 🔥🔥"])
async def test_player_forms(store, q: str) -> None:
    players, _ = await names(store, q)
    assert players == ["Ko Itakura"], q


@pytest.mark.parametrize(("q", "club"), [
    ("who are spurs after", "Tottenham Hotspur"), ("who are tottenham after", "Tottenham Hotspur"),
    ("tell me about gladbach", "Borussia Mönchengladbach"), ("monchengladbach", "Borussia Mönchengladbach"),
    ("mönchengladbach targets", "Borussia Mönchengladbach"), ("man utd targets", "Manchester United"),
    ("the reds targets", "Liverpool"), ("bvb news", "Borussia Dortmund"), ("brighton", "Brighton & Hove Albion"),
    ("who does klopp want", "Liverpool"), ("postecoglou targets", "Tottenham Hotspur"),
    ("al shabab", "Al-Shabab"), ("al-shabab", "Al-Shabab"), ("tottneham targets", "Tottenham Hotspur"),
])
async def test_club_forms(store, q: str, club: str) -> None:
    _, clubs = await names(store, q)
    assert clubs == [club], q


async def test_several_entities(store) -> None:
    players, clubs = await names(store, "are liverpool or spurs in for itakura")
    assert players == ["Ko Itakura"]
    assert clubs == ["Liverpool", "Tottenham Hotspur"]


@pytest.mark.parametrize("q", ["who", "news", "new", "any news", "whats new", "who wants", "transfer news today",
                               "is it real", "the", "in for", "latest rumours", "how long", "will they"])
async def test_no_false_matches(store, q: str) -> None:
    assert await names(store, q) == ([], [])


async def test_city_alone_is_ambiguous(store) -> None:
    answer = await answer_question(store, "who are city after")
    assert answer.clubs == []
    assert answer.ambiguous and set(answer.ambiguous[0]) == {"Manchester City", "Leicester City"}
    assert answer.intent == "targets"
    assert "Did you mean" in render_text(answer)


async def test_city_settled_by_context(store) -> None:
    answer = await answer_question(store, "is nunes going to city")
    assert answer.players == ["Matheus Nunes"]
    assert answer.clubs == ["Manchester City"]
    assert answer.intent == "link"


async def test_shared_surname_is_ambiguous(store) -> None:
    answer = await answer_question(store, "who wants fernandes")
    assert answer.players == []
    assert sorted(answer.ambiguous[0]) == ["Bruno Fernandes", "Tiago Fernandes"]
    assert answer.intent == "suitors"


async def test_shared_surname_settled_by_club(store) -> None:
    answer = await answer_question(store, "are leicester in for fernandes")
    assert answer.players == ["Tiago Fernandes"]


async def test_full_name_beats_club_alias(store) -> None:
    players, clubs = await names(store, "andrey santos chelsea done deal?")
    assert players == ["Andrey Santos"] and clubs == ["Chelsea"]


async def test_manager_out_of_job_falls_back_to_last_club(store) -> None:
    _, clubs = await names(store, "who does klopp want", today=dt.date(2026, 1, 1))
    assert clubs == ["Liverpool"]


async def test_unknown_with_suggestion(store) -> None:
    answer = await answer_question(store, "who wants itkra")
    assert answer.intent == "unknown"
    assert "Ko Itakura" in answer.suggestions
    assert "Did you mean Ko Itakura" in render_text(answer)


async def test_complete(store) -> None:
    r = await get_resolver(store)
    assert r.complete("player", "itak")[0] == "Ko Itakura"
    assert "Borussia Mönchengladbach" in r.complete("club", "gladb")
    assert "Borussia Mönchengladbach" in r.complete("club", "mönch")
    assert "Tottenham Hotspur" in r.complete("club", "spu")
    assert "Ko Itakura" in r.complete("player", "itka")  # a typo in the prefix
    assert len(r.complete("club", "", limit=5)) == 5


async def test_resolver_cache_refreshes(store) -> None:
    from bot.models import Extraction
    from tests.answer.small_db import article, claim

    first = await get_resolver(store)
    assert await get_resolver(store) is first
    await store.add_article(article(99, "2024-03-01"), Extraction(
        claims=[claim("Jarrad Branthwaite", "Manchester United", "bid", "2024-03-01")],
        players=["Jarrad Branthwaite"]))
    second = await get_resolver(store)
    assert second is not first
    assert [e.name for e in second.resolve("who wants branthwaite").players] == ["Jarrad Branthwaite"]


def test_resolver_scales_without_store() -> None:
    rows = [("player", i, f"Player{i} Surname{i}", f"player{i} surname{i}", 0) for i in range(2000)]
    r = Resolver(rows, [])
    assert [e.name for e in r.resolve("who wants surname1234").players] == ["Player1234 Surname1234"]
    assert [e.name for e in r.resolve("who wants surnaem1234").players] == ["Player1234 Surname1234"]


# A typo read with the words around it: players whose names are one edit from each other, as in a
# database of 50,000 (bench/bench_answer.py's typo table).
_TYPO_PLAYERS = ["Moises Ellanko", "Emil Elanko", "Marc Elanko", "Yusuf Delka", "Yusuf Delsa", "Luis Miri",
                 "Eric Vomonbel", "Ivan Togonbel", "Nico Usto", "Ko Itakura"]


def _typo_rows() -> list[tuple[str, int, str, str, int]]:
    from bot.text import fold

    return [("player", i + 1, name, fold(name), 0) for i, name in enumerate(_TYPO_PLAYERS)]


@pytest.mark.parametrize(("q", "want"), [
    ("moises elanko", "Moises Ellanko"),  # "elanko" is two other players' surname: the first name decides
    ("who wants moises elanko", "Moises Ellanko"),
    ("luis mir", "Luis Miri"),  # a short surname, too short to correct alone
    ("nico uato", "Nico Usto"),
    ("eric tomonbel", "Eric Vomonbel"),  # not the other surname one edit away, Togonbel
    ("any news on ko itakrua", "Ko Itakura"),
])
async def test_a_typo_is_read_with_the_name_around_it(q: str, want: str) -> None:
    res = Resolver(_typo_rows(), []).resolve(q, ON)
    assert [e.name for e in res.players] == [want] and not res.ambiguous, q
    assert any(m.guessed for m in res.mentions), q  # the answer says what it read


async def test_equally_close_players_are_asked_about_not_guessed() -> None:
    res = Resolver(_typo_rows(), []).resolve("yusuf deloa", ON)
    assert res.players == []
    [mention] = res.ambiguous
    assert {e.name for e in mention.candidates} == {"Yusuf Delka", "Yusuf Delsa"}


async def test_the_question_resolver_reads_typos_like_the_cached_one(tmp_path) -> None:
    from bot.answer.resolve import QuestionResolver
    from bot.models import Article, Extraction
    from bot.store import Store

    store = await Store.open(tmp_path / "t.db")
    try:
        await store.add_article(Article(text="names", date=ON, origin="t.txt"), Extraction(players=_TYPO_PLAYERS))
        full = Resolver(await store.alias_rows(), await store.manager_rows())
        for q in ("moises elanko", "luis mir", "nico uato", "eric tomonbel", "yusuf deloa", "who wants itakrua"):
            one = await QuestionResolver.for_question(store, q)
            got, want = one.resolve(q, ON), full.resolve(q, ON)
            assert [(m.text, m.candidates, m.guessed) for m in got.mentions] == \
                [(m.text, m.candidates, m.guessed) for m in want.mentions], q
    finally:
        await store.close()


def _rows_with_namesake_manager() -> Resolver:
    aliases = [("player", 1, "Luca Wielgosz", "luca wielgosz", 0), ("club", 1, "Aberdeen", "aberdeen", 0),
               ("club", 2, "Fulham", "fulham", 0)]
    managers = [("Kelvin Wielgosz", "kelvin wielgosz", 2, "2023-07-01", None)]
    return Resolver(aliases, managers)


@pytest.mark.parametrize("q", ["whats aberdeen asking for wielgosz", "who wants wielgosz", "wielgosz transfer news"])
def test_a_surname_of_a_player_and_a_manager_is_the_player_in_a_players_place(q: str) -> None:
    res = _rows_with_namesake_manager().resolve(q, dt.date(2024, 2, 1))
    assert [e.name for e in res.players] == ["Luca Wielgosz"], q


def test_a_manager_surname_before_after_is_his_club() -> None:
    res = _rows_with_namesake_manager().resolve("who is wielgosz after", dt.date(2024, 2, 1))
    assert [e.name for e in res.clubs] == ["Fulham"] and not res.players


def _rows_with_short_first_name_and_town_club() -> Resolver:
    aliases = [("player", 1, "Ola Wielgosz", "ola wielgosz", 0), ("club", 1, "Norwich City", "norwich city", 0),
               ("club", 2, "Pendikspor", "pendikspor", 0)]
    return Resolver(aliases, [])


def test_a_three_letter_first_name_counts_where_a_name_stands() -> None:
    res = _rows_with_short_first_name_and_town_club().resolve("how much do norwich want for ola", ON)
    assert [e.name for e in res.players] == ["Ola Wielgosz"]
    assert [e.name for e in res.clubs] == ["Norwich City"]


def test_a_three_letter_first_name_is_a_word_elsewhere() -> None:
    res = _rows_with_short_first_name_and_town_club().resolve("ola lads whats new", ON)
    assert not res.players


@pytest.mark.parametrize("q", ["wielgosz pendik still on?", "pendik news"])
def test_a_turkish_club_called_by_its_town(q: str) -> None:
    res = _rows_with_short_first_name_and_town_club().resolve(q, ON)
    assert [e.name for e in res.clubs] == ["Pendikspor"], q


async def test_the_question_resolver_finds_a_club_by_its_town_too(tmp_path) -> None:
    from bot.answer.resolve import QuestionResolver
    from bot.models import Article, Claim, Extraction
    from bot.store import Store

    store = await Store.open(tmp_path / "t.db")
    try:
        claim = Claim(player="Ola Wielgosz", club="Pendikspor", kind="talks", date=ON)
        await store.add_article(Article(text="talks", date=ON, origin="t.txt"),
                                Extraction(claims=[claim], players=["Ola Wielgosz"]))
        q = "wielgosz pendik still on?"
        res = (await QuestionResolver.for_question(store, q)).resolve(q, ON)
        assert [e.name for e in res.clubs] == ["Pendikspor"] and [e.name for e in res.players] == ["Ola Wielgosz"]
    finally:
        await store.close()
