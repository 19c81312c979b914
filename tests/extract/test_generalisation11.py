"""Eleventh round (stop 19): a career told by where a player played rather than by the moves
between, a stay that reaches to now, and surnames that are also common words. Invented players
and clubs, so each test checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


def test_each_club_of_a_career_told_by_where_he_played_is_a_past_move(gaz):
    text = ("Erik Falsberg played for his hometown club Celtic from 2009 to 2012 and for Sunderland in 2013 and 2014 "
            "before moving to Everton in January 2015.")
    got, _ = claims(gaz, text)
    assert {(c, k, past) for p, c, k, past in got if p == "Erik Falsberg"} == {
        ("Celtic", "signed", True), ("Sunderland", "signed", True), ("Everton", "signed", True)}


@pytest.mark.parametrize("text", [
    "Everton have signed Luca Brandt from Chelsea. He played for Sunderland in the league on Saturday and scored.",
    "Everton have signed Luca Brandt from Chelsea. He played for Sunderland against Celtic last night.",
])
def test_playing_for_a_club_in_a_match_is_no_move(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[1] == "Sunderland"}


def test_a_stay_that_reaches_to_now_is_his_club_and_an_earlier_move(gaz):
    text = ("Aberdeen have had a bid for Marty Boyden rejected. Boyden has been at Sunderland since 2015, "
            "having previously played for Celtic and Everton.")
    got, ex = claims(gaz, text)
    assert ("Marty Boyden", "Sunderland", "signed", True) in got
    assert ("Marty Boyden", "Aberdeen", "bid", False) in got
    assert fixture_articles.facts_of(ex).get(("Marty Boyden", "current_club")) == "Sunderland"


@pytest.mark.parametrize("text", [
    "Luca Brandt has signed a two-year extension with Everton.",
    "Luca Brandt signed a contract extension at Everton until 2027.",
])
def test_an_extension_with_his_own_club_is_no_move_but_ties_him_to_it(gaz, text):
    got, ex = claims(gaz, text)
    assert not got
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == "Everton"


def test_a_deal_signed_years_ago_is_a_past_move(gaz):
    got, _ = claims(gaz, "Everton have signed Luca Brandt. He signed a three-year deal with Sunderland in 2019.")
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Luca Brandt", "Sunderland", "signed", True)}


@pytest.mark.parametrize("name", ["Tolga Can", "Ashley Young", "Jamie Little", "Yun Suk-Young"])
def test_a_surname_that_is_also_a_common_word_stays_in_the_name(gaz, name):
    got, ex = claims(gaz, f"Everton have signed {name} from Celtic. {name.split()[-1]} passed his medical on Friday.")
    assert ex.players == [name]
    assert got == {(name, "Everton", "signed", False)}


def test_a_modal_after_a_club_is_no_surname(gaz):
    _, ex = claims(gaz, "Everton have signed Luca Brandt from Celtic, and Sunderland May follow with a bid for him.")
    assert ex.players == ["Luca Brandt"]


@pytest.mark.parametrize("text", [
    "Sunderland moved in after selling Luca Brandt to Everton for £20m earlier in January.",
    "Sunderland want a striker after losing Luca Brandt to Everton earlier this month.",
])
def test_a_club_selling_or_losing_a_player_to_another_tells_his_move(gaz, text):
    got, _ = claims(gaz, text, "2024-01-20")
    assert {c[:3] for c in got if c[0] == "Luca Brandt"} == {("Luca Brandt", "Everton", "signed")}


def test_the_club_that_paid_a_record_fee_inside_the_phrase_is_the_buyer(gaz):
    text = "Sunderland said it was their biggest sale, surpassing the £41m Everton paid for Luca Brandt in 2015."
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", True)}


def test_a_club_that_paid_another_a_fee_for_him_years_ago_signed_him(gaz):
    # (an amount without a scale keeps the space after it: "£250,000 for him")
    got, _ = claims(gaz, "Everton have signed Luca Brandt. Sunderland paid Celtic £250,000 for him in August 2014.")
    assert ("Luca Brandt", "Sunderland", "signed", True) in got


@pytest.mark.parametrize("text", [
    "Sunderland made an approach for Luca Brandt last year, but he was not interested.",
    "Sunderland have no intention of renewing the loan of Luca Brandt.",
    "Sunderland's priority is to offload Luca Brandt.",
])
def test_a_refusal_a_renewal_or_a_sale_ends_or_starts_no_pursuit(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[1] == "Sunderland" and c[2] == "ended"}
    assert not {c for c in got if c[1] == "Sunderland" and not c[3] and "offload" in text}


@pytest.mark.parametrize(("text", "paper"), [
    ("Sunderland's third offer for Luca Brandt has been turned down by the League One club. (Everton Times)", "Everton Times"),
    ("Sunderland have had a seven-figure offer for Luca Brandt knocked back by Celtic. (Celtic Free Press)",
     "Celtic Free Press"),
])
def test_a_local_paper_named_after_its_town_in_a_closing_bracket_is_the_credit(gaz, text, paper):
    _, ex = claims(gaz, text)
    assert {(c.club, c.source) for c in ex.claims} == {("Sunderland", paper)}


@pytest.mark.parametrize("name", ["Choi Dong-hyuk", "Han Seo-jin", "Lee Ji-woon"])
def test_a_romanised_given_name_keeps_its_hyphened_syllable(gaz, name):
    got, ex = claims(gaz, f"Everton have announced the signing of {name} from Celtic.")
    assert ex.players == [name]
    assert {c[:2] for c in got} == {(name, "Everton")}


@pytest.mark.parametrize("text", [
    "The Premier League-bound striker Luca Brandt has joined Everton.",
    "Celtic's Glasgow-born striker Luca Brandt has joined Everton.",
])
def test_a_compound_after_a_name_is_no_part_of_it(gaz, text):
    _, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]


@pytest.mark.parametrize("text", [
    "21:05 It's official: Luca Brandt is joining Everton.",
    "21.05 - It is official: Luca Brandt is joining Everton.",
])
def test_a_live_blog_entry_s_time_does_not_split_its_official_line(gaz, text):
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False)}


def test_a_player_on_loan_now_has_the_loan_club_for_his_club(gaz):
    text = "Everton have signed Kevin Dorn, whose shirt was last worn by Luca Brandt, who is spending 2023/24 on loan at Sunderland."
    _, ex = claims(gaz, text)
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == "Sunderland"


@pytest.mark.parametrize("text", [
    "Everton want Luca Brandt. He has been allowed to leave the camp at Fota Bay to undergo a medical.",
    "Everton want Luca Brandt. He has landed at Kastrup Airport and will do his medical at Finch Hall.",
    "Everton want Luca Brandt. He was met at Zaventem by his agent.",
])
def test_a_place_a_player_is_at_for_a_medical_or_a_flight_is_no_club(gaz, text):
    got, ex = claims(gaz, text)
    assert {c[1] for c in got} == {"Everton"}
    assert not ex.new_clubs
