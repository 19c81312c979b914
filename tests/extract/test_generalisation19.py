"""Nineteenth round (stop 27): frames of ordinary news found missing on batches 121-160 once
161-166 had been commissioned as the unread proxy. Each test states a frame (a pronoun, a
list of clubs in a career, a tense); the players are invented, so each checks the frame, not a
name."""

import pytest

from . import fixture_articles
from .fixture_articles import claims_at, kinds_at


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Lena Brandt is wanted by Arsenal. Chelsea signed her in 2019.",
    "Lena Brandt is wanted by Arsenal. She broke into the first team at 16, before Chelsea signed her in 2019.",
])
def test_her_as_an_object_is_the_player(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert claims_at(got, "Lena Brandt", "Chelsea") == {("signed", True)}


def test_she_as_a_subject_is_the_player(real_gaz):
    got, _ex = claims(real_gaz, "Everton are monitoring the situation of Lena Brandt. She has also been linked with Arsenal.")
    assert kinds_at(got, "Lena Brandt", "Arsenal") == {"interest"}


def test_her_before_a_noun_is_a_possessive_not_the_player(real_gaz):
    text = "Lena Brandt has joined Arsenal. Her contract at Chelsea had expired in June."
    got, _ex = claims(real_gaz, text)
    assert not kinds_at(got, "Lena Brandt", "Chelsea")


def test_a_career_list_runs_on_past_an_aside_and_a_time(real_gaz):
    text = ("Tomas Brenner has joined Wrexham. He went on to play for Everton, Sunderland (whom he joined in 2012), "
            "Fulham, Marseille on loan in the 2015-16 season and Stoke City, before signing for Dundee United in 2022.")
    got, _ex = claims(real_gaz, text, "2023-07-20")
    for club in ("Everton", "Sunderland", "Fulham", "Marseille", "Stoke City", "Dundee United"):
        assert claims_at(got, "Tomas Brenner", club) == {("signed", True)}, club


def test_the_club_he_was_at_is_the_time_of_his_loans_not_their_club(real_gaz):
    text = "Tomas Brenner is wanted by Gillingham. While at Anfield he was loaned out to Wigan Athletic, Fulham and Millwall."
    got, _ex = claims(real_gaz, text, "2023-07-20")
    assert not kinds_at(got, "Tomas Brenner", "Liverpool")
    for club in ("Wigan Athletic", "Fulham", "Millwall"):
        assert claims_at(got, "Tomas Brenner", club) == {("loan", True)}, club


@pytest.mark.parametrize("text", [
    "Tomas Brenner is a £15m summer target for his former club RB Leipzig.",
    "Tomas Brenner's former club RB Leipzig want him back, and his old club Everton are also keen.",
])
def test_a_player_s_former_club_wanting_him_back_is_news(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert claims_at(got, "Tomas Brenner", "RB Leipzig") == {("interest", False)}


def test_a_manager_s_old_club_is_his_past_not_a_suitor(real_gaz):
    text = ("Bayer Leverkusen coach Xabi Alonso has no intention of helping his old club Liverpool, "
            "ruling out a January exit for Tomas Brenner.")
    got, _ex = claims(real_gaz, text)
    assert not kinds_at(got, "Tomas Brenner", "Bayer Leverkusen")


def test_a_surname_that_is_a_ground_s_word_is_still_a_player(real_gaz):
    got, ex = claims(real_gaz, "Burnley have rejected a bid from Newcastle United for goalkeeper Tomas Trafford.")
    assert "Tomas Trafford" in ex.players
    assert kinds_at(got, "Tomas Trafford", "Newcastle United") == {"bid"}


@pytest.mark.parametrize("ground", ["Fratton Park", "Anfield", "the Emirates Stadium", "Signal Iduna Park"])
def test_a_ground_is_no_player(real_gaz, ground):
    got, _ex = claims(real_gaz, f"Portsmouth have signed Tomas Brenner, who will be unveiled at {ground} on Saturday.")
    assert {p for p, *_ in got} == {"Tomas Brenner"}


@pytest.mark.parametrize("text, club, kind", [
    ("Torino have their eye on a striker, although Brenner is also wanted by Fiorentina.", "Fiorentina", "interest"),
    ("Brenner is close to joining Lazio.", "Lazio", "agreement"),
    ("Brenner is on the point of joining Salernitana in Italy.", "Salernitana", "agreement"),
])
def test_a_lone_surname_wanted_or_about_to_move_is_a_player(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text, "2017-07-27")
    assert claims_at(got, "Brenner", club) == {(kind, False)}


@pytest.mark.parametrize("text, club, kind", [
    ("Portland Thorns announced on Thursday that midfielder Tomas Brenner will join Lyon on loan until June 2023.", "Lyon", "loan"),
    ("Tomas Brenner, 23, is joining Sevilla for a fee estimated at 20 million euros, Monaco announced shortly afterwards.", "Sevilla", "signed"),
])
def test_a_move_to_come_that_a_club_announces_is_done(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text, "2022-07-10")
    assert claims_at(got, "Tomas Brenner", club) == {(kind, False)}


def test_a_move_to_come_that_nobody_announced_is_agreed(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner will join Lyon on loan in the summer.", "2022-07-10")
    assert claims_at(got, "Tomas Brenner", "Lyon") == {("agreement", False)}


@pytest.mark.parametrize("text, suitors", [
    ("Millwall have joined Hull City in the chase for Crystal Palace winger Tomas Brenner, 20, whose season-long loan "
     "at Charlton Athletic contains a break clause.", {"Millwall", "Hull City"}),
    ("Fiorentina also made a late attempt for Tomas Brenner, on loan at Torino from Milan, but he did not like the formula.",
     {"Fiorentina"}),
])
def test_the_club_he_is_on_loan_at_is_no_suitor_of_a_link(real_gaz, text, suitors):
    got, _ex = claims(real_gaz, text, "2022-01-10")
    assert {c for p, c, k, past in got if p == "Tomas Brenner" and k in ("interest", "talks", "bid")} == suitors


def test_a_club_a_player_is_at_is_the_suitor_when_no_other_is_named(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner is a target at Everton.", "2022-01-10")
    assert kinds_at(got, "Tomas Brenner", "Everton") == {"interest"}


def test_a_move_before_which_he_joined_in_the_summer_told_in_winter_is_background(real_gaz):
    text = "Leeds want Tomas Brenner. He spent two seasons at Mansfield before joining Barnsley in the summer."
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert claims_at(got, "Tomas Brenner", "Barnsley") == {("signed", True)}


def test_the_main_clause_resumes_after_a_relative_one_at_a_past_verb(real_gaz):
    text = ("Saint-Etienne have signed Tomas Brenner. Brenner, who joined Everton from Marseille, "
            "arrived on loan with an option to buy.")
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert claims_at(got, "Tomas Brenner", "Everton") == {("signed", True)}


def test_a_move_to_the_club_a_move_now_takes_him_from_came_before_it(real_gaz):
    text = ("Real Salt Lake have acquired Tomas Brenner from FC Copenhagen. Brenner came through at Benfica, "
            "had loan spells at Nottingham Forest and Famalicao, and then moved on to Copenhagen.")
    got, _ex = claims(real_gaz, text, "2024-08-09")
    assert claims_at(got, "Tomas Brenner", "Copenhagen") == {("signed", True)}
    assert claims_at(got, "Tomas Brenner", "Real Salt Lake") == {("signed", False)}


@pytest.mark.parametrize("text, club", [
    ("Manchester United have cut short Tomas Brenner's loan at Watford and sent the midfielder straight back out "
     "to Nottingham Forest.", "Watford"),
    ("AC Milan have brought Tomas Brenner back from Villarreal, cutting the centre-back's season-long loan in Spain short.",
     "Villarreal"),
    ("Chelsea have cut short Tomas Brenner's loan at Crystal Palace, using a clause in the deal to bring the "
     "centre-back back to Stamford Bridge.", "Crystal Palace"),
])
def test_a_loan_cut_short_is_background_and_the_recall_no_signing(real_gaz, text, club):
    got, _ex = claims(real_gaz, text, "2024-01-03")
    assert claims_at(got, "Tomas Brenner", club) == {("loan", True)}
    assert not {k for p, c, k, past in got if c in ("Manchester United", "AC Milan", "Chelsea")}


@pytest.mark.parametrize("opening, agency", [
    ("[Translated from the German] Düsseldorf (dpa) - ", "dpa"),
    ("PARIS, Aug 10 (AFP) - ", "AFP"),
])
def test_a_wire_dateline_credits_the_agency(real_gaz, opening, agency):
    _got, ex = claims(real_gaz, opening + "Bayer Leverkusen have signed Tomas Brenner from Mainz.", "2020-01-31")
    assert {c.source for c in ex.claims if c.player == "Tomas Brenner"} == {agency}


@pytest.mark.parametrize("paper", ["El Nacional", "Le Parisien", "Il Messaggero"])
def test_a_paper_s_title_closing_a_gossip_item_is_its_credit(real_gaz, paper):
    text = f"Monday's gossip\n\nArsenal are going head to head for Sevilla midfielder Tomas Brenner. ({paper})"
    _got, ex = claims(real_gaz, text, "2025-06-16")
    assert {c.source for c in ex.claims if c.player == "Tomas Brenner"} == {paper}
    assert {c.club for c in ex.claims if c.player == "Tomas Brenner"} == {"Arsenal"}


def test_a_name_with_a_verb_of_its_own_ends_a_list_of_objects(real_gaz):
    text = ("Monday's gossip: Liverpool look at Brenner, Vrana wanted in England\n\n"
            "Liverpool have added Newcastle United forward Tomas Brenner to their list. (Sun)\n\n"
            "Arsenal are going head to head for Sevilla midfielder Luka Vrana. (Mirror)")
    got, _ex = claims(real_gaz, text, "2025-06-16")
    assert kinds_at(got, "Tomas Brenner", "Liverpool") == {"interest"}
    assert not kinds_at(got, "Luka Vrana", "Liverpool")


def test_going_head_to_head_for_a_player_is_a_race_not_a_move(real_gaz):
    got, _ex = claims(real_gaz, "Arsenal and Manchester United are going head to head for Sevilla midfielder Tomas Brenner.")
    assert kinds_at(got, "Tomas Brenner", "Arsenal") == {"interest"}


@pytest.mark.parametrize("text", [
    "Villa were ready to sell Tomas Brenner this month, with Liverpool and Tottenham Hotspur said to be interested.",
    "Tomas Brenner has been on the radar of several clubs. Liverpool and Tottenham Hotspur showed interest last month.",
])
def test_clubs_said_to_be_interested_or_that_showed_interest_want_him(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2016-01-10")
    assert kinds_at(got, "Tomas Brenner", "Liverpool") == {"interest"}
    assert kinds_at(got, "Tomas Brenner", "Tottenham Hotspur") == {"interest"}


def test_a_club_following_the_situation_wants_the_player_named_before(real_gaz):
    got, _ex = claims(real_gaz, "Napoli want Tomas Brenner. AC Milan are following the situation closely.", "2021-01-10")
    assert kinds_at(got, "Tomas Brenner", "AC Milan") == {"interest"}
