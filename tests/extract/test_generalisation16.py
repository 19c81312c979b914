"""Sixteenth round (stop 24): the subject a trigger opens with, moves told as a chain of
clauses, deals agreed or only wanted in the infinitive. Invented players, so each test
checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


def test_an_anaphor_that_opens_the_trigger_is_its_subject_not_a_player_named_later(real_gaz):
    text = ("Benfica have signed Tomas Brenner. He is Benfica's eighth summer signing; Marco Feltri "
            "and Luca Dossi are among the others.")
    got, _ex = claims(real_gaz, text)
    assert ("Tomas Brenner", "Benfica", "signed", False) in got
    assert ("Luca Dossi", "Benfica", "signed", False) not in got  # not "he", named after him


def test_moves_told_as_a_chain_of_clauses_each_go_to_their_own_club(real_gaz):
    text = ("Everton lost four players. Marco Feltri joined West Ham, Luca Dossi went back to Chelsea, "
            "Pavel Andric signed for Bristol City and Tomas Brenner moved to Manchester City.")
    got, _ex = claims(real_gaz, text)
    done = {(p, c) for p, c, k, _past in got if k == "signed"}
    assert done == {("Marco Feltri", "West Ham United"), ("Luca Dossi", "Chelsea"),
                    ("Pavel Andric", "Bristol City"), ("Tomas Brenner", "Manchester City")}


def test_a_list_of_players_before_a_verb_is_not_split_into_clauses(real_gaz):
    got, _ex = claims(real_gaz, "Marco Feltri, Luca Dossi and Tomas Brenner joined Celtic on Monday.")
    assert {p for p, c, k, _past in got if c == "Celtic"} == {"Marco Feltri", "Luca Dossi", "Tomas Brenner"}


@pytest.mark.parametrize("text", [
    "Bayern have announced an agreement to bring in Tomas Brenner on a free transfer.",
    "Bayern have agreed a deal to bring in Tomas Brenner.",
    "Bayern have struck a deal to bring in Tomas Brenner from Ajax.",
])
def test_a_deal_agreed_to_bring_him_in_is_an_agreement(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    kinds = {k for p, c, k, _past in got if (p, c) == ("Tomas Brenner", "Bayern Munich")}
    assert kinds == {"agreement"}


@pytest.mark.parametrize("text", [
    "Bayern are hoping to agree a deal with Ajax for Tomas Brenner.",
    "Bayern want to agree a fee for Tomas Brenner.",
    "Bayern are trying to strike a deal for Tomas Brenner.",
])
def test_a_deal_only_wanted_is_interest(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert {k for p, c, k, _past in got if (p, c) == ("Tomas Brenner", "Bayern Munich")} == {"interest"}


def test_the_club_an_agreement_is_sought_with_stays_the_counterparty_when_it_is_only_wanted(real_gaz):
    text = ("Celtic want Tomas Brenner back. They are trying to reach an agreement with Ajax to bring "
            "him in sooner.")
    got, _ex = claims(real_gaz, text)
    assert not any(c == "Ajax" for p, c, _k, _past in got if p == "Tomas Brenner")
