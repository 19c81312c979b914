"""Ninth round (stop 17): rules written from the errors of held-out batches 31, 33 and 38-47,
measured on batches 48-50, which nobody read. Invented players, so each test checks the rule,
not a name it has seen."""

import datetime as dt

import pytest

from bot.knowledge import ClubInfo, Gazetteer, Manager, Tenure

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("head", ["IN", "Done", "Done deals", "CONFIRMED"])
def test_arrivals_heads_with_the_move_after_a_dash(gaz, head):
    text = (f"Everton have rebuilt the squad this summer.\n\n{head}\n"
            "- Luca Brandt (centre-back) — from Chelsea. Named captain.\n"
            "- Tomasz Wielgosz — from Celtic.")
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Tomasz Wielgosz", "Everton", "signed", False)}


def test_a_headed_item_whose_bracket_names_the_old_club_goes_on_about_him(gaz):
    text = ("Everton's window so far.\n\nDONE\n"
            "- Luca Brandt (midfielder, Celtic) — It had looked for weeks as if he would stay in Scotland.\n\n"
            "NEXT\n- Rui Teixeira (goalkeeper, Juventus) — expected to arrive in the coming days.")
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert ("Rui Teixeira", "Everton", "interest", False) in got
    assert not {c for c in got if c[1] in ("Celtic", "Juventus")}


def test_a_bare_translation_note_credits_no_one(gaz):
    text = "Everton announced on Wednesday that Luca Brandt has signed a five-year contract with the club. (translated)"
    _, ex = claims(gaz, text)
    assert {c.source for c in ex.claims if c.player == "Luca Brandt"} == {"Everton"}


@pytest.mark.parametrize("cue", ["as a teenager", "as a youngster", "early in his career"])
def test_a_career_told_from_its_start_is_history(gaz, cue):
    got, _ = claims(gaz, f"Luca Brandt signed for Celtic {cue} and has spent the last two seasons with Juventus.")
    assert ("Luca Brandt", "Celtic", "signed", True) in got


def test_gapped_commitments_pair_each_player_with_his_club(gaz):
    text = "Goalkeeper Luca Brandt committed to Everton, winger Tomasz Wielgosz to Celtic and midfielder Rui Teixeira to Juventus."
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Tomasz Wielgosz", "Celtic", "signed", False),
                   ("Rui Teixeira", "Juventus", "signed", False)}


def test_staying_committed_to_his_club_is_no_move(gaz):
    got, _ = claims(gaz, "His agent said Luca Brandt remains committed to Everton.")
    assert got == set()


def test_a_name_clubs_take_a_look_at_is_a_player(gaz):
    got, _ = claims(gaz, "Everton want to take a look at Kelvin Marchetti.")
    assert got == {("Kelvin Marchetti", "Everton", "interest", False)}


def test_a_name_moving_from_one_club_to_another_is_a_player(gaz):
    got, _ = claims(gaz, "News has just broken of an acceleration that would bring Kelvin Marchetti from Celtic to Everton.")
    assert ("Kelvin Marchetti", "Everton", "interest", False) in got


def test_a_translation_from_the_press_credits_no_one(gaz):
    text = "Everton have made an offer for Luca Brandt. (Translated from the Italian press.)"
    _, ex = claims(gaz, text)
    assert {c.source for c in ex.claims} == {None}


def test_nobody_negates_the_bid_it_is_the_subject_of(gaz):
    text = "Everton were keen on Luca Brandt, but nobody lodged a formal bid for the £30m-rated Brazilian."
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "interest", False)}


def test_a_club_that_sends_a_player_on_loan_is_not_his_suitor(gaz):
    got, _ = claims(gaz, "Everton also sent midfielder Luca Brandt, 20, on loan to Serie B club Juventus until 2022.")
    assert got == {("Luca Brandt", "Juventus", "loan", False)}
    got, _ = claims(gaz, "Luca Brandt was sounded out last week, but ended up being loaned by Everton to Juventus.")
    assert got == {("Luca Brandt", "Juventus", "loan", False)}


def test_a_player_who_leaves_one_club_for_another(gaz):
    got, _ = claims(gaz, "Luca Brandt finally leaves Everton for Juventus on loan with an obligation to buy.")
    assert got == {("Luca Brandt", "Juventus", "loan", False)}


def test_the_club_a_selling_club_agrees_with_is_the_suitor(gaz):
    text = ("Luca Brandt's days at Everton look numbered. "
            "According to The Times, Everton have reached an agreement with Juventus for the goalkeeper.")
    got, ex = claims(gaz, text)
    assert got == {("Luca Brandt", "Juventus", "agreement", False)}
    assert {(f.fact, f.value) for f in ex.facts if f.player == "Luca Brandt"} >= {("current_club", "Everton")}


@pytest.mark.parametrize(("line", "kind"), [
    ("the American has signed until 2025.", "signed"),
    ("he joins on a season-long loan, and Everton have an option to buy.", "loan"),
    ("the clubs are still in talks over the fee.", "talks"),
])
def test_a_line_with_the_move_in_brackets(gaz, line, kind):
    text = f"Deadline day live.\n\n- Luca Brandt (Celtic to Everton): {line}"
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", kind, False)}


def test_the_selling_club_does_not_win_the_race_it_sells_him_in(gaz):
    text = ("Everton signed striker Luca Brandt from Celtic on Wednesday. Brandt joined Celtic in 2014. "
            "Celtic said in a statement that Everton had made contact on Wednesday morning. "
            "Brandt scored 10 goals for Celtic this season and becomes Everton's second signing.")
    got, _ = claims(gaz, text, "2018-01-31")
    assert ("Luca Brandt", "Celtic", "talks", False) not in got
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_no_intention_of_selling_is_no_withdrawal(gaz):
    got, _ = claims(gaz, "Everton want Luca Brandt, but Celtic have no intention of selling him.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}


def test_a_lone_word_of_a_club_the_article_names_is_that_club():
    g = Gazetteer()
    g.add_club(ClubInfo("Rapid Vienna", "Austria", "Austrian Bundesliga", ("SK Rapid",)))
    g.add_club(ClubInfo("Colorado Rapids", "United States", "MLS", ("Rapids",)))
    for club in ("Celtic", "Sturm Graz"):
        g.add_club(ClubInfo(club, "Scotland", "Scottish Premiership"))
    text = ("Luca Brandt is leaving SK Rapid for Celtic. "
            "Rapid had already unveiled his replacement: Tomasz Wielgosz, who joins from Sturm Graz.")
    got, _ = claims(g, text)
    assert ("Tomasz Wielgosz", "Rapid Vienna", "signed", False) in got
    assert not {c for c in got if c[1] == "Colorado Rapids"}


def test_a_surname_the_article_gives_another_first_name_is_not_the_future_coach():
    g = Gazetteer()
    for club in ("Celtic", "Aberdeen", "Fulham"):
        g.add_club(ClubInfo(club, "Scotland", "Scottish Premiership"))
    g.add_manager(Manager("Kelvin Wielgosz", ("Wielgosz",), (Tenure("Fulham", dt.date(2024, 6, 1)),)))
    text = ("Celtic have had a bid for Luca Wielgosz rejected by Aberdeen. "
            "Wielgosz is valued at £10m by the Dons.")
    got, ex = claims(g, text, "2018-08-24")
    assert got == {("Luca Wielgosz", "Celtic", "bid", False)}
    assert "Kelvin Wielgosz" not in ex.players


def test_an_organisation_is_no_player(gaz):
    text = "Everton sent Luca Brandt back and asked both Celtic and the Norwegian Football Federation for his records."
    _, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]


def test_the_tail_of_a_club_name_after_a_place_is_no_player(gaz):
    text = "Luca Brandt made his debut in 2015, moved on to América de Cali and then joined Everton in 2017."
    _, ex = claims(gaz, text, "2022-08-01")
    assert "de Cali" not in ex.players


def test_since_last_season_reaches_to_now(gaz):
    text = "Everton have confirmed the signing of Luca Brandt from Celtic, their fourth recruit since the end of last season."
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False)}


def test_a_club_that_has_gone_to_another_with_an_offer_is_no_move(gaz):
    text = "Italian sources say Everton had gone to Celtic with 12 million euros for Luca Brandt, an offer Celtic threw in the bin."
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Celtic", "signed", False) not in got


@pytest.mark.parametrize("text", [
    "Barcelona and Chelsea had enquired about Luca Brandt's situation, but his new contract ends their hopes.",
    "Celtic have extended Luca Brandt's contract. The extension closes the door on Everton.",
    "Everton had all but admitted defeat in their pursuit of Luca Brandt on Sunday.",
    "Everton spent the summer chasing Luca Brandt, but The Sun said this month that the pursuit was over.",
])
def test_a_pursuit_told_ended(gaz, text):
    got, _ = claims(gaz, text, "2022-08-18")
    assert any(kind == "ended" for _p, _c, kind, _past in got)
