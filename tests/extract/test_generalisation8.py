"""Eighth round: engine rules written from the errors of held-out batches 22-25 (rewrites of
real reports), checked afterwards on batches 26-29, written while these rules were made.
Invented players, so each test checks the rule, not a name it has seen."""

import pytest

from bot.knowledge import ClubInfo, Gazetteer

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


def sources_of(ex, player):
    return {c.source for c in ex.claims if c.player == player}


def test_an_outlet_heading_credits_the_column_items_below_it(gaz):
    text = ("Sunday's gossip.\n\nBILD\n\n- Everton are monitoring Luca Brandt.\n"
            "- Chelsea have made an enquiry for Tomasz Wielgosz.\n\nEXPRESS\n\n- Liverpool are keen on Rui Teixeira.")
    _, ex = claims(gaz, text)
    assert sources_of(ex, "Luca Brandt") == {"Bild"}
    assert sources_of(ex, "Tomasz Wielgosz") == {"Bild"}
    assert sources_of(ex, "Rui Teixeira") == {"Express"}


def test_in_and_out_cross_heads_list_the_article_clubs_business(gaz):
    text = ("Everton had a busy summer. Everton brought in three players.\n\nIn\n\n"
            "- Luca Brandt (permanent from Chelsea, £3m)\n- Tomasz Wielgosz (loan from Celtic)\n\nOut\n\n"
            "- Rui Teixeira (sold to Sunderland, £4m)\n- Jonas Falk (loaned to Juventus)\n- Ron Adler (released)")
    got, ex = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Tomasz Wielgosz", "Everton", "loan", False),
                   ("Rui Teixeira", "Sunderland", "signed", False), ("Jonas Falk", "Juventus", "loan", False)}
    assert all(c.source is None for c in ex.claims)  # "(permanent from Chelsea)" credits no one


def test_a_brother_with_another_first_name_is_not_the_known_player(gaz):
    g = Gazetteer()
    for club in ("Sunderland", "Everton"):
        g.add_club(ClubInfo(club, "England", "Premier League"))
    g.add_player("Jude Brandt", ("Brandt",))
    got, _ = claims(g, "Sunderland have signed Jobe Brandt from Everton.")
    assert got == {("Jobe Brandt", "Sunderland", "signed", False)}
    got, _ = claims(g, "Sunderland have signed Judde Brandt from Everton.")  # a typo of his name
    assert got == {("Jude Brandt", "Sunderland", "signed", False)}


@pytest.mark.parametrize("line", ["Out", "Departures", "Outgoing"])
def test_out_heading_words(gaz, line):
    got, _ = claims(gaz, f"Everton's window.\n\n{line}\n\n- Rui Teixeira (sold to Sunderland)")
    assert got == {("Rui Teixeira", "Sunderland", "signed", False)}


def test_the_players_own_contract_is_part_of_the_signing_told(gaz):
    text = ("Everton have completed the signing of Luca Brandt from Chelsea.\n\n"
            "The 31-year-old has agreed a two-year contract with Everton.")
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "signed", False)}
    got, _ = claims(gaz, "Luca Brandt has agreed a three-year contract with Everton.")
    assert got == {("Luca Brandt", "Everton", "agreement", False)}  # no signing told: the agreement stands


def test_a_first_name_alone_is_the_articles_player_of_that_name(gaz):
    text = ("Everton have signed Ryan Brandt from Chelsea.\n\n"
            "The manager said he was delighted that Ryan has joined.")
    _, ex = claims(gaz, text)
    assert ex.players == ["Ryan Brandt"]


def test_while_on_loan_at_is_a_past_loan(gaz):
    text = ("Everton have signed Luca Brandt from Chelsea.\n\n"
            "He won the cup while on loan at Celtic in 2017/18.")
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Celtic", "loan", True) in got


def test_the_club_asked_whether_is_the_counterparty(gaz):
    got, _ = claims(gaz, "Newcastle United have asked Everton whether they can take striker Luca Brandt on loan.")
    assert got == {("Luca Brandt", "Newcastle United", "interest", False)}


def test_possible_destinations_and_expected_to_leave_for(gaz):
    got, _ = claims(gaz, "Celtic and Juventus are now possible destinations for Luca Brandt.")
    assert got == {("Luca Brandt", "Celtic", "interest", False), ("Luca Brandt", "Juventus", "interest", False)}
    got, _ = claims(gaz, "With Liverpool's Luca Brandt expected to leave for Juventus this month, the Reds are busy.")
    assert ("Luca Brandt", "Juventus", "agreement", False) in got


def test_a_swap_sends_the_other_way_player_to_the_other_club_named(gaz):
    text = ("Chelsea and Everton have completed a straight swap, with Luca Brandt moving to Chelsea "
            "and Rui Teixeira heading the other way.")
    got, _ = claims(gaz, text, "2018-01-22")
    assert got == {("Luca Brandt", "Chelsea", "signed", False), ("Rui Teixeira", "Everton", "signed", False)}
