"""Questions the way fans really type them on Discord, answered over the dev gold claims on top of the
shipped knowledge (every club, nickname, manager and known player a fresh install has).

None of these is a dev question. Expected values follow docs/cli.md and the labelling
conventions of ../shared/eval/dev/README.md, not the bot's current output:

- `players` / `clubs` are the canonical names resolved from the question (cli.md), so a known player with
  no reports ("halland" = Erling Haaland) is listed even though the intent is `unknown`;
- `suitors` for a player; `targets` for a club alone with wanting or signing words (incoming moves);
  `link` for a club and a player; `latest` for rumours overall or about a club (outgoing moves too);
  `fact`, `profile`; `unknown` when nothing known is named, with a plain "no match" text;
- for a one-player `suitors` question the `current` items must be the clubs `current_suitors()`
  computes from the gold (the scorer's rule, restated in gold_db; checked against score.py below
  wherever ../shared is at hand).

Each question is answered twice: with the cached full resolver (the Discord bot) and with the
per-question SQL resolver (`transferbot ask`, which the scorer drives).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import importlib.util
import re
from pathlib import Path

import pytest

from bot.answer import resolve
from bot.answer.compose import answer_question
from bot.render.text import render_text
from bot.store import Store
from tests.answer.gold_db import DEV, build_gold_store, current_suitors, gold_files

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# The evaluation itself, next to the project in a development checkout (not in CI's).
SHARED_DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"
TODAY = dt.date(2024, 8, 1)

LONG_FRONT = "who wants itakura " + "lol " * 1250
LONG_BACK = "🔥" * 2500 + " ok but seriously where is caicedo going"
LONG_REPEAT = "pls " * 1240 + "who wants lavia"
LONG_NOTHING = "blah " * 1000
LONG_RANT = "honestly i think this window has been quite boring so far and the board never spend " * 57 + \
    "anyway whats the latest on almiron"
CHUNK = "x" * 5000

# (question, intent, players, clubs)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # -- typos and phonetic misspellings --------------------------------------------------------
    ("any1 know whos after itacura", "suitors", ["Ko Itakura"], []),
    ("caisedo whats the latest", "suitors", ["Moises Caicedo"], []),
    ("moises kaicedo", "suitors", ["Moises Caicedo"], []),
    ("wots happenin with almirón", "suitors", ["Miguel Almiron"], []),
    ("mbappey to psg??", "link", ["Kylian Mbappe"], ["Paris Saint-Germain"]),
    ("lukakku roma", "link", ["Romelu Lukaku"], ["Roma"]),
    ("is reguillon going to spurs", "link", ["Sergio Reguilon"], ["Tottenham Hotspur"]),
    ("locateli juve loan done?", "link", ["Manuel Locatelli"], ["Juventus"]),
    ("cucurela news", "suitors", ["Marc Cucurella"], []),
    ("kukurella news", "suitors", ["Marc Cucurella"], []),
    ("lavia chelsey", "link", ["Romeo Lavia"], ["Chelsea"]),
    ("liverpol after caicedo?", "link", ["Moises Caicedo"], ["Liverpool"]),
    ("who r tottnham chasing", "targets", [], ["Tottenham Hotspur"]),
    ("what do newcastel want for almiron", "fact", ["Miguel Almiron"], ["Newcastle United"]),
    ("sunderlnd mendy", "link", ["Alexandre Mendy"], ["Sunderland"]),
    ("brigton targets", "targets", [], ["Brighton & Hove Albion"]),
    ("evertn transfer targets", "targets", [], ["Everton"]),
    ("ousman dembeley", "suitors", ["Ousmane Dembele"], []),
    ("adarabiyo", "suitors", ["Tosin Adarabioyo"], []),
    ("whos in for salha", "suitors", ["Mohamed Salah"], []),
    ("lavai news", "suitors", ["Romeo Lavia"], []),
    # -- nicknames ------------------------------------------------------------------------------
    ("who are the toffees after", "targets", [], ["Everton"]),
    ("any news on villa", "latest", [], ["Aston Villa"]),
    ("wolves latest", "latest", [], ["Wolverhampton Wanderers"]),
    ("boro transfer news", "latest", [], ["Middlesbrough"]),
    ("man u targets", "targets", [], ["Manchester United"]),
    ("anything new w barca", "latest", [], ["Barcelona"]),
    ("psg latest", "latest", [], ["Paris Saint-Germain"]),
    ("bayern rumours", "latest", [], ["Bayern Munich"]),
    ("who did the magpies bid for", "targets", [], ["Newcastle United"]),
    ("are the black cats still in for mendy", "link", ["Alexandre Mendy"], ["Sunderland"]),
    ("what did the seagulls want for caicedo", "fact", ["Moises Caicedo"], ["Brighton & Hove Albion"]),
    ("spurs in for johnson?", "link", ["Brennan Johnson"], ["Tottenham Hotspur"]),
    ("gunners locatelli bid", "link", ["Manuel Locatelli"], ["Arsenal"]),
    ("is the old lady signing locatelli", "link", ["Manuel Locatelli"], ["Juventus"]),
    ("bvb dembele price", "fact", ["Ousmane Dembele"], ["Borussia Dortmund"]),
    ("who does pep want", "targets", [], ["Manchester City"]),
    ("is big ange in for johnson", "link", ["Brennan Johnson"], ["Tottenham Hotspur"]),
    # -- case, punctuation, emojis ------------------------------------------------------------------
    ("ITAKURA LIVERPOOL 👀👀", "link", ["Ko Itakura"], ["Liverpool"]),
    ("🚨🚨 caicedo chelsea here we go?? 🚨", "link", ["Moises Caicedo"], ["Chelsea"]),
    ("almiron 🇵🇾 saudi move?", "suitors", ["Miguel Almiron"], []),
    ("mbappe😍", "suitors", ["Kylian Mbappe"], []),
    ("who wants lavia 🤔🤔🤔", "suitors", ["Romeo Lavia"], []),
    ("WHO ARE SPURS AFTER!!!!", "targets", [], ["Tottenham Hotspur"]),
    ("whos in for nunes", "suitors", ["Matheus Nunes"], []),
    # -- Discord mentions, markdown, links ----------------------------------------------------------
    ("<@123456789012345678> who wants itakura", "suitors", ["Ko Itakura"], []),
    ("<@!987654321> **caicedo** news pls", "suitors", ["Moises Caicedo"], []),
    ("any update on __almiron__ ? https://twitter.com/FabrizioRomano/status/1749", "suitors",
     ["Miguel Almiron"], []),
    ("||spoiler|| is nunes going to man city", "link", ["Matheus Nunes"], ["Manchester City"]),
    ("> who are chelsea after\nasking for a friend", "targets", [], ["Chelsea"]),
    ("`lukaku` roma?", "link", ["Romelu Lukaku"], ["Roma"]),
    ("<:pepe:123456> spurs targets", "targets", [], ["Tottenham Hotspur"]),
    ("<a:arsenal_dance:99887766> who wants lavia", "suitors", ["Romeo Lavia"], []),
    ("@everyone any news on spurs", "latest", [], ["Tottenham Hotspur"]),
    ("[caicedo deal](https://www.theguardian.com/football/2023/aug/14/chelsea-sign-moises-caicedo) is it done",
     "suitors", ["Moises Caicedo"], []),
    ("who wants itakura www.liverpoolecho.co.uk/sport/football/liverpool-itakura", "suitors", ["Ko Itakura"], []),
    ("<#1122334455> <@&5566778899> who are brighton after", "targets", [], ["Brighton & Hove Albion"]),
    # -- slang ------------------------------------------------------------------------------------
    ("whats the latest on lavia", "suitors", ["Romeo Lavia"], []),
    ("any update on reguilon?", "suitors", ["Sergio Reguilon"], []),
    ("is caicedo done", "suitors", ["Moises Caicedo"], []),
    ("has mbappe signed yet", "suitors", ["Kylian Mbappe"], []),
    ("itakura ITK?", "suitors", ["Ko Itakura"], []),
    ("here we go on almiron?", "suitors", ["Miguel Almiron"], []),
    ("santos chelsea HWG?", "link", ["Andrey Santos"], ["Chelsea"]),
    ("any1 got news on tosin", "suitors", ["Tosin Adarabioyo"], []),
    ("wheres beto off to", "suitors", ["Beto"], []),
    ("dembele deal done or nah", "suitors", ["Ousmane Dembele"], []),
    ("did arsenal actually bid on locatelli or was that fake", "link", ["Manuel Locatelli"], ["Arsenal"]),
    ("nunes city medical booked?", "link", ["Matheus Nunes"], ["Manchester City"]),
    ("did locatelli sign for juve", "link", ["Manuel Locatelli"], ["Juventus"]),
    # -- two players, a player and a club ---------------------------------------------------------
    ("is arsenal in for caicedo", "link", ["Moises Caicedo"], ["Arsenal"]),
    ("caicedo or lavia whos more likely to go to chelsea", "link", ["Moises Caicedo", "Romeo Lavia"],
     ["Chelsea"]),
    ("itakura and diomande news", "suitors", ["Ko Itakura", "Ousmane Diomande"], []),
    ("are spurs or liverpool in for itakura", "link", ["Ko Itakura"], ["Liverpool", "Tottenham Hotspur"]),
    ("who wants mbappe and neymar", "suitors", ["Kylian Mbappe", "Neymar"], []),
    # -- nothing known -----------------------------------------------------------------------------
    ("who wants zxqvbn", "unknown", [], []),
    ("any news on jimbo fakerson", "unknown", [], []),
    ("who wants halland", "unknown", ["Erling Haaland"], []),
    ("how do i make pasta", "unknown", [], []),
    ("lol", "unknown", [], []),
    ("?? 🤷", "unknown", [], []),
    ("tell me a joke", "unknown", [], []),
    ("qwertyuiop asdf", "unknown", [], []),
    ("who is the goat", "unknown", [], []),
    ("super excited for the window lads", "unknown", [], []),
    # -- non-English-ish fragments -------------------------------------------------------------------
    ("itakura fichaje liverpool?", "link", ["Ko Itakura"], ["Liverpool"]),
    ("mbappe wechsel news", "suitors", ["Kylian Mbappe"], []),
    ("quem quer o caicedo", "suitors", ["Moises Caicedo"], []),
    ("caicedo chelsea oficial?", "link", ["Moises Caicedo"], ["Chelsea"]),
    ("dembele barça c'est fait?", "link", ["Ousmane Dembele"], ["Barcelona"]),
    ("noticias del barça", "latest", [], ["Barcelona"]),
    ("wer will itakura", "suitors", ["Ko Itakura"], []),
    ("cláusula de rescisión de itakura?", "fact", ["Ko Itakura"], []),
    ("ultime notizie juve", "latest", [], ["Juventus"]),
    ("fichajes del barça", "targets", [], ["Barcelona"]),
    ("itakura vertrag bis wann", "fact", ["Ko Itakura"], []),
    ("rumeurs psg", "latest", [], ["Paris Saint-Germain"]),
    # -- a club's incoming and outgoing transfers ------------------------------------------------------
    ("who have chelsea signed", "targets", [], ["Chelsea"]),
    ("chelsea incomings", "targets", [], ["Chelsea"]),
    ("who has juve signed this summer", "targets", [], ["Juventus"]),
    ("who is leaving newcastle", "latest", [], ["Newcastle United"]),
    ("who could leave brighton", "latest", [], ["Brighton & Hove Albion"]),
    ("newcastle outgoings", "latest", [], ["Newcastle United"]),
    ("any spurs players leaving?", "latest", [], ["Tottenham Hotspur"]),
    # -- latest rumours ------------------------------------------------------------------------------
    ("gimme the latest gossip", "latest", [], []),
    ("whats the latest", "latest", [], []),
    ("any juicy rumours today 👀", "latest", [], []),
    ("any weird rumours today", "latest", [], []),
    ("what's going on in the transfer window", "latest", [], []),
    ("latest itk stuff", "latest", [], []),
    ("transfer news pls 🙏", "latest", [], []),
    ("any updates lads", "latest", [], []),
    ("wats the newest rumors", "latest", [], []),
    ("latest on the toffees", "latest", [], ["Everton"]),
    # -- more of the same, mixed ---------------------------------------------------------------------
    ("whos moises caicedo", "profile", ["Moises Caicedo"], []),
    ("tell me everything about chelsea", "profile", [], ["Chelsea"]),
    ("where is itakura from", "fact", ["Ko Itakura"], []),
    ("whens almirons contract up", "fact", ["Miguel Almiron"], []),
    ("what team is itakura at", "fact", ["Ko Itakura"], []),
    ("who's joining arsenal", "targets", [], ["Arsenal"]),
    ("who does arteta want", "targets", [], ["Arsenal"]),
    ("is city in for caicedo", "link", ["Moises Caicedo"], ["Manchester City"]),
    ("how much did chelsea pay for caicedo", "link", ["Moises Caicedo"], ["Chelsea"]),
    ("itakura/liverpool", "link", ["Ko Itakura"], ["Liverpool"]),
    ("caicedo,lavia", "suitors", ["Moises Caicedo", "Romeo Lavia"], []),
    ("les rumeurs sur mbappé", "suitors", ["Kylian Mbappe"], []),
    ("quien quiere a itakura", "suitors", ["Ko Itakura"], []),
    ("transferts psg", "latest", [], ["Paris Saint-Germain"]),
    ("who wants messi", "unknown", ["Lionel Messi"], []),
    ("https://www.bbc.co.uk/sport/66635652", "unknown", [], []),
    ("<@123456>", "unknown", [], []),
    ("👀", "unknown", [], []),
    ("can someone tell me who wants itakura", "suitors", ["Ko Itakura"], []),
    ("gladbach want how much for itakura", "fact", ["Ko Itakura"], ["Borussia Mönchengladbach"]),
    ("is reguilon still at spurs", "fact", ["Sergio Reguilon"], ["Tottenham Hotspur"]),
    ("how long is itakura signed for at gladbach", "fact", ["Ko Itakura"], ["Borussia Mönchengladbach"]),
    ("how long has itakura got at gladbach", "fact", ["Ko Itakura"], ["Borussia Mönchengladbach"]),
    ("el bicho to psg", "latest", [], ["Paris Saint-Germain"]),
    ("cucu to united??", "link", ["Marc Cucurella"], ["Manchester United"]),
    ("is lavia leaving southampton", "link", ["Romeo Lavia"], ["Southampton"]),
    ("forest reject spurs bid for johnson?", "link", ["Brennan Johnson"], ["Nottingham Forest", "Tottenham Hotspur"]),
    # -- hashtags and run-together names -----------------------------------------------------------------
    ("mancity targets", "targets", [], ["Manchester City"]),
    ("#manutd transfer targets", "targets", [], ["Manchester United"]),
    ("liverpoolfc itakura", "link", ["Ko Itakura"], ["Liverpool"]),
    ("bayernmunich rumours", "latest", [], ["Bayern Munich"]),
    # -- ordinary words that are one letter from a name, or one word of a longer name ------------------
    ("any buyer for almiron?", "suitors", ["Miguel Almiron"], []),
    ("itakura always linked with liverpool", "link", ["Ko Itakura"], ["Liverpool"]),
    ("young players chelsea are after", "targets", [], ["Chelsea"]),
    ("is the caicedo deal a storm in a teacup", "suitors", ["Moises Caicedo"], []),
    ("heart says stay head says go, where is almiron going", "suitors", ["Miguel Almiron"], []),
    ("whats the latest trend in transfers", "latest", [], []),
    ("who wants salad", "unknown", [], []),
    ("any news on derby", "latest", [], ["Derby County"]),
    ("who wants mount", "suitors", ["Mason Mount"], []),
    ("who wants savinho", "unknown", ["Savinho"], []),
    ("caicedo whats his club", "fact", ["Moises Caicedo"], []),
    # -- very long and empty ------------------------------------------------------------------------
    (LONG_FRONT, "suitors", ["Ko Itakura"], []),
    (LONG_BACK, "suitors", ["Moises Caicedo"], []),
    (LONG_REPEAT, "suitors", ["Romeo Lavia"], []),
    (LONG_NOTHING, "unknown", [], []),
    (LONG_RANT, "suitors", ["Miguel Almiron"], []),
    (CHUNK, "unknown", [], []),
    ("", "unknown", [], []),
    ("   \n\t ", "unknown", [], []),
]

NO_MATCH = re.compile(r"couldn't find|no transfer reports", re.I)


GOLDS = gold_files()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fan_db(request, tmp_path_factory, pg_schemas, pg_reason) -> Path | str:
    """The gold database, once per module and backend (read only by the tests)."""
    path: Path | str = tmp_path_factory.mktemp("fan") / "fan.db"
    if request.param == "postgresql":
        if pg_reason:
            pytest.skip(pg_reason)
        path = pg_schemas.new("fan")

    async def build() -> None:
        store = await build_gold_store(path, knowledge_dir=KNOWLEDGE)
        await store.close()

    asyncio.run(build())
    return path


@pytest.fixture(params=["cached", "sql"])
async def fan_store(request, fan_db: Path | str):
    store = await Store.open(fan_db)
    store.names_in_sql = request.param == "sql"
    resolve._CACHE.clear()
    yield store
    await store.close()


def _id(case: tuple) -> str:
    q = case[0].encode("ascii", "replace").decode()
    return (q[:40] + f"...[{len(q)}]") if len(q) > 40 else q


@pytest.mark.parametrize(("question", "intent", "players", "clubs"), CASES, ids=[_id(c) for c in CASES])
async def test_fan_question(fan_store, question: str, intent: str, players: list[str], clubs: list[str]) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    got = (answer.intent, sorted(answer.players), sorted(answer.clubs))
    assert got == (intent, sorted(players), sorted(clubs)), (question[:80], render_text(answer)[:300])
    assert render_text(answer) and "Traceback" not in render_text(answer)
    assert not answer.ambiguous, answer.ambiguous
    if intent == "unknown":
        assert NO_MATCH.search(render_text(answer)), render_text(answer)
        assert not answer.items and not answer.facts
        return
    # The answer names what it matched, so a guessed name can be checked by whoever asked.
    for name in players + (clubs if intent in ("targets", "latest", "link") else []):
        assert name in render_text(answer), (name, render_text(answer)[:300])
    if intent == "suitors" and len(players) == 1:
        want = current_suitors(GOLDS, players[0])
        assert {it.club for it in answer.items if it.current} == want


def test_cases_are_new_and_many() -> None:
    dev = {line for line in (DEV / "questions.jsonl").read_text().splitlines()}
    asked = {q for q, *_ in CASES}
    assert len(CASES) >= 80
    assert not any(f'"q": "{q}"' in line for q in asked for line in dev)


GUESSES = [
    ("any1 know whos after itacura", "itacura", "Ko Itakura"),
    ("kukurella news", "kukurella", "Marc Cucurella"),
    ("lavia chelsey", "chelsey", "Chelsea"),
    ("who r tottnham chasing", "tottnham", "Tottenham Hotspur"),
    ("who wants halland", "halland", "Erling Haaland"),
    ("ousman dembeley", "ousman dembeley", "Ousmane Dembele"),
]


@pytest.mark.parametrize(("question", "typed", "name"), GUESSES)
async def test_a_guessed_name_is_shown(fan_store, question: str, typed: str, name: str) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    assert f'(Reading "{typed}" as {name}.)' in render_text(answer).splitlines()[0], render_text(answer)[:200]


@pytest.mark.parametrize("question", ["who wants itakura", "itakuras release clause", "any news on spurs",
                                      "tell me about mbappé", "moises caicedo"])
async def test_an_exact_name_is_not_called_a_guess(fan_store, question: str) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    assert "Reading" not in render_text(answer)


@pytest.mark.parametrize(("question", "club", "move"), [
    ("who is leaving newcastle", "Newcastle United", ("Miguel Almiron", "Al-Shabab")),
    ("newcastle outgoings", "Newcastle United", ("Miguel Almiron", "Al-Qadsiah")),
    ("who could leave brighton", "Brighton & Hove Albion", ("Moises Caicedo", "Chelsea")),
])
async def test_outgoing_moves_are_the_players_leaving(fan_store, question: str, club: str, move) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    assert answer.items and all(it.club != club for it in answer.items)
    assert move in {(it.player, it.club) for it in answer.items}
    assert f"players leaving {club}" in render_text(answer).splitlines()[0]


async def test_incoming_moves_include_completed_signings(fan_store) -> None:
    answer = await answer_question(fan_store, "who have chelsea signed", TODAY)
    assert ("Moises Caicedo", "signed") in {(it.player, it.kind) for it in answer.items if it.club == "Chelsea"}


@pytest.mark.parametrize(("typed", "name", "plausible"), [
    ("nunes", "nunez", True), ("lavai", "lavia", True), ("mbape", "mbappe", True), ("almiran", "almiron", True),
    ("salad", "salah", False), ("layer", "bayer", False), ("stone", "stoke", False), ("treat", "trent", False),
])
def test_short_typos_must_look_like_typos(typed: str, name: str, plausible: bool) -> None:
    assert resolve.plausible_typo(typed, name) is plausible


@pytest.mark.parametrize(("question", "tried", "suggested"), [
    ("who wants zxqvbn", "zxqvbn", None),
    ("any news on jimbo fakerson", "jimbo fakerson", None),
    ("who wants salad", "salad", "Mohamed Salah"),
])
async def test_no_match_says_what_was_not_found(fan_store, question: str, tried: str, suggested) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    assert answer.intent == "unknown" and not answer.players and not answer.clubs
    assert f'I couldn\'t find "{tried}"' in render_text(answer)
    if suggested is None:
        assert "Did you mean" not in render_text(answer)  # nothing close enough to be worth a guess
    else:
        assert f"Did you mean {suggested}?" in render_text(answer)


async def test_an_unknown_name_beside_known_ones_is_owned_up_to(fan_store) -> None:
    answer = await answer_question(fan_store, "el bicho to psg", TODAY)
    assert '(I don\'t know "bicho".)' in render_text(answer)
    answer = await answer_question(fan_store, "who wants itakura", TODAY)
    assert "I don't know" not in render_text(answer)


@pytest.mark.parametrize(("question", "context"), [
    ("is arsenal in for caicedo", "No reports link Arsenal with Moises Caicedo; Caicedo joined Chelsea on 14 Aug 2023."),
    ("is lavia leaving southampton", "Clubs currently reported in for Romeo Lavia: Chelsea, Liverpool."),
])
async def test_a_link_not_reported_says_where_the_player_stands(fan_store, question: str, context: str) -> None:
    answer = await answer_question(fan_store, question, TODAY)
    assert answer.intent == "link" and not answer.items
    assert context in render_text(answer).splitlines()


async def test_no_outgoing_moves_is_said_before_the_clubs_news(fan_store) -> None:
    answer = await answer_question(fan_store, "any spurs players leaving?", TODAY)
    assert render_text(answer).splitlines()[0] == "No reports of players leaving Tottenham Hotspur."


async def test_both_resolvers_read_fan_questions_alike(fan_db: Path | str) -> None:
    store = await Store.open(fan_db)
    try:
        full = resolve.Resolver(await store.alias_rows(), await store.manager_rows())
        for q, *_ in CASES:
            one = await resolve.QuestionResolver.for_question(store, q)
            got = one.resolve(q, TODAY)
            await one.fill_suggestions(store, got)
            want = full.resolve(q, TODAY)
            assert (got.words, got.mentions, got.unknown, got.chatter, got.suggestions) == (
                want.words, want.mentions, want.unknown, want.chatter, want.suggestions), q[:80]
    finally:
        await store.close()


async def test_foreign_transfer_words_are_not_unknown_names(fan_store) -> None:
    answer = await answer_question(fan_store, "mbappe wechsel news", TODAY)
    assert answer.intent == "suitors" and "I don't know" not in render_text(answer)


@functools.cache
def _scorer():
    spec = importlib.util.spec_from_file_location("dev_score", SHARED_DEV.parent / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_shared = pytest.mark.skipif(not (SHARED_DEV / "gold").is_dir(), reason="../shared/eval is not beside the project")


@needs_shared
def test_snapshot_is_the_dev_set() -> None:
    for name in ("gold", "articles"):
        ours = {p.name: p.read_bytes() for p in (DEV / name).iterdir()}
        theirs = {p.name: p.read_bytes() for p in (SHARED_DEV / name).iterdir()}
        assert ours == theirs, f"tests/fixtures/dev_gold/{name} is out of date: copy it again"
    assert (DEV / "questions.jsonl").read_bytes() == (SHARED_DEV / "questions.jsonl").read_bytes()


@needs_shared
def test_current_suitors_is_the_scorers_rule() -> None:
    by_file = {g["file"]: g for g in GOLDS}
    players = {c["player"] for g in GOLDS for c in g["claims"]}
    for player in players:
        assert current_suitors(GOLDS, player) == _scorer().current_suitors(by_file, player), player
