"""Every row of the extractor's rule tables, run on the example sentence it exists for.

The examples are written with slots ({C} the club the row is about, {C2} another club,
{P} the player, {M} an amount); here they are filled with names no article uses, from a
gazetteer built in code, so a row passes on what it says and not on names it has seen.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract.pipeline import extract
from bot.extract.rules.facts import CLUB_CUES, ClubCue
from bot.extract.rules.kinds import KIND_RULES, KindRule
from bot.extract.rules.moods import MOOD_CUES, MoodCue
from bot.extract.rules.roles import ROLE_RULES, RoleRule
from bot.knowledge import ClubInfo, Gazetteer
from bot.models import Article

SLOTS = {"C": "Northport City", "C2": "Eastbridge Town", "P": "Tomas Brenner", "M": "£24m"}


@pytest.fixture(scope="module")
def slot_gaz() -> Gazetteer:
    g = Gazetteer()
    g.add_club(ClubInfo("Northport City", "England", "Premier League", ("Northport",)))
    g.add_club(ClubInfo("Eastbridge Town", "England", "Championship", ("Eastbridge",)))
    g.add_player("Tomas Brenner", ("Brenner",))
    return g


def fill(example: str) -> str:
    return example.format(**SLOTS)


def _id(row: KindRule) -> str:
    return f"{row.name}: {row.example[:50]}"


@pytest.mark.parametrize("row", KIND_RULES, ids=[_id(r) for r in KIND_RULES])
def test_kind_row_example(row: KindRule, slot_gaz: Gazetteer) -> None:
    assert "{P}" in row.example, "an example names its player slot"
    text = fill(row.example)
    ex = extract(Article(text=text, date=dt.date(2024, 1, 18), origin="row"), slot_gaz)
    got = [(c.player, c.club, c.kind, c.past, c.rule) for c in ex.claims]
    if row.kind == "none":
        assert not got, (text, got)
        return
    if not row.club:
        assert not any(c[1] == SLOTS["C"] and c[4] == row.name for c in got), (text, got)
        return
    club = SLOTS[row.club]
    mine = [c for c in got if c[0] == SLOTS["P"] and c[1] == club and c[2] == row.kind]
    assert mine, f"{row.name} gives no {row.kind} claim for {club} in {text!r}: {got}"
    assert any(c[4] == row.name for c in mine), f"another row fired on {text!r}: {mine}"
    if row.past:
        assert all(c[3] for c in mine), (text, mine)


def test_rows_are_named_once() -> None:
    names = [r.name for r in KIND_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", ROLE_RULES, ids=[f"{r.name}: {r.role}: {r.example[:40]}" for r in ROLE_RULES])
def test_role_row_example(row: RoleRule, slot_gaz: Gazetteer) -> None:
    text = fill(row.example)
    ex = extract(Article(text=text, date=dt.date(2024, 1, 18), origin="row"), slot_gaz)
    mine = [c for c in ex.claims if c.club == SLOTS["C"]]
    if row.expect == "none":
        assert not mine, (row.name, text, mine)
    elif row.expect == "past":
        assert mine and all(c.past for c in mine), (row.name, text, mine)
    else:
        assert any(c.kind == row.expect for c in mine), (row.name, text, mine)


@pytest.mark.parametrize("cue", CLUB_CUES, ids=[f"{c.name}: {c.example[:50]}" for c in CLUB_CUES])
def test_club_cue_example(cue: ClubCue, slot_gaz: Gazetteer) -> None:
    text = fill(cue.example)
    ex = extract(Article(text=text, date=dt.date(2024, 1, 18), origin="row"), slot_gaz)
    clubs = {f.value for f in ex.facts if f.player == SLOTS["P"] and f.fact == "current_club"}
    assert clubs == {SLOTS["C"]}, (cue.name, text, clubs)
    # (the move that took him there, "has been at C since 2019", is background, not a pursuit)
    assert not any(c.club == SLOTS["C"] and not c.past for c in ex.claims), "his own club is no suitor"


@pytest.mark.parametrize("verb", ["beat", "pipped", "gazumped", "hijacked", "edged out"])
def test_a_club_beaten_to_the_signing_is_a_rival_not_the_buyer(verb: str, slot_gaz: Gazetteer) -> None:
    text = fill(f"{{C2}} {verb} {{C}} to the signing of {{P}}.")
    ex = extract(Article(text=text, date=dt.date(2024, 1, 18), origin="row"), slot_gaz)
    got = {(c.club, c.kind) for c in ex.claims}
    assert (SLOTS["C2"], "signed") in got and (SLOTS["C"], "interest") in got
    assert (SLOTS["C"], "signed") not in got


@pytest.mark.parametrize("cue", MOOD_CUES, ids=[f"{c.name}: {c.example[:50]}" for c in MOOD_CUES])
def test_mood_cue_example(cue: MoodCue, slot_gaz: Gazetteer) -> None:
    text = fill(cue.example)
    ex = extract(Article(text=text, date=dt.date(2024, 1, 18), origin="row"), slot_gaz)
    kinds = {c.kind for c in ex.claims if c.club == SLOTS["C"] and c.player == SLOTS["P"]}
    if cue.to is None:
        assert not kinds & set(cue.kinds), (cue.name, text, kinds)
    else:
        assert cue.to in kinds, (cue.name, text, kinds)
