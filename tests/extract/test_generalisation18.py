"""Eighteenth round (stop 26): frames of ordinary news found missing on batches 137-152 once
153-160 had replaced them as the unread proxy. Each test states a frame (a verb phrase joined
to one with its subject, a participle after the day's business, a descriptor between the verb
and the player); the players are invented, so each checks the frame, not a name."""

import pytest

from . import fixture_articles
from .fixture_articles import claims_at, done_at, kinds_at


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Tomas Brenner sat out the draw with Getafe and has been linked with Everton.",
    "Tomas Brenner impressed again on Saturday and is wanted by Everton.",
])
def test_a_verb_phrase_joined_to_the_player_s_takes_him_as_subject(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Everton") == {"interest"}


@pytest.mark.parametrize("text", [
    "Villarreal would like another reinforcement on the left and are targeting Tomas Brenner.",
    "Villarreal have sold two defenders and are keen on Tomas Brenner.",
    "Villarreal have sold two defenders and are now monitoring Tomas Brenner.",
])
def test_a_verb_phrase_joined_to_the_club_s_takes_the_club_as_subject(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Villarreal") == {"interest"}


def test_a_verb_phrase_inside_a_relative_clause_is_not_the_club_s(real_gaz):
    text = ("Villarreal are still in the market for a striker who would be happy with a place on the bench "
            "and could offer something different to Tomas Brenner and Luka Vrana.")
    got, _ex = claims(real_gaz, text)
    assert not kinds_at(got, "Tomas Brenner", "Villarreal")
    assert not kinds_at(got, "Luka Vrana", "Villarreal")


@pytest.mark.parametrize("text", [
    "Motherwell have moved quickly to fill the gap, taking Lens winger Tomas Brenner, 24, on loan until the end of the season.",
    "Motherwell acted quickly this morning, bringing in Tomas Brenner on a season-long loan from Lens.",
])
def test_a_participle_after_the_club_s_clause_is_its_loan(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Motherwell") == {"loan"}


@pytest.mark.parametrize("text", [
    "Motherwell are interested in taking Tomas Brenner on loan.",
    "Motherwell have enquired about taking Tomas Brenner on loan for the rest of the season.",
    "Motherwell are on the verge of taking Tomas Brenner on loan.",
])
def test_taking_him_on_loan_after_a_preposition_is_not_done(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Motherwell")
    assert kinds_at(got, "Tomas Brenner", "Motherwell")


def test_a_descriptor_between_borrowed_and_the_player(real_gaz):
    text = "Colchester United have borrowed Lens's 18-year-old defender Tomas Brenner for the rest of the season."
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Colchester United") == {"loan"}


def test_arriving_on_loan_after_described_players_is_a_loan(real_gaz):
    text = ("Wrexham's deadline day ended with Millwall defender Luka Vrana and young Arsenal goalkeeper "
            "Tomas Brenner arriving on loan.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Wrexham") == {"loan"}
    assert not done_at(got, "Tomas Brenner", "Arsenal")


def test_leaving_the_club_for_another_is_a_move_there(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner has already left the club for Venezia.")
    assert done_at(got, "Tomas Brenner", "Venezia") == {"signed"}


@pytest.mark.parametrize("tier", ["second-division", "Serie B"])
def test_a_league_before_the_club_he_came_from(real_gaz, tier):
    text = f"Freiburg have already filled the vacancy: striker Tomas Brenner joined last week from {tier} Sandhausen."
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "SC Freiburg") == {"signed"}
    assert not done_at(got, "Tomas Brenner", "SV Sandhausen")


def test_making_his_arrival_from_a_club_official(real_gaz):
    text = "Napoli have made Tomas Brenner's arrival from Sampdoria official on the eve of the derby."
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Napoli") == {"signed"}


def test_their_in_a_later_clause_is_the_sentence_s_subject(real_gaz):
    text = ("Juventus signed a striker on Monday. Inter waited until the last day to strengthen their "
            "defence, taking Tomas Brenner on loan from Lens.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Inter Milan") == {"loan"}
    assert not done_at(got, "Tomas Brenner", "Juventus")


@pytest.mark.parametrize("text", [
    "Liverpool brought Tomas Brenner to Anfield from Celtic two years ago.",
    "Leeds United brought Tomas Brenner to the club from Celtic in 2021.",
])
def test_bringing_him_to_the_club_or_its_ground_from_another_is_a_past_signing(real_gaz, text):
    club = "Liverpool" if "Liverpool" in text else "Leeds United"
    got, _ex = claims(real_gaz, text)
    assert claims_at(got, "Tomas Brenner", club) == {("signed", True)}


def test_seasons_on_loan_told_as_what_came_before(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner is back at Napoli after two productive seasons on loan at Udinese.")
    assert claims_at(got, "Tomas Brenner", "Udinese") == {("loan", True)}


def test_and_then_moving_to_a_club_in_a_career(real_gaz):
    text = ("Tomas Brenner, who starred for Borussia Dortmund before winning the Europa League with "
            "Manchester United and then moving to Arsenal in January 2018, scored nine goals.")
    got, _ex = claims(real_gaz, text)
    assert claims_at(got, "Tomas Brenner", "Arsenal") == {("signed", True)}


def test_an_unnamed_described_player_is_nobody_the_article_names(real_gaz):
    text = ("Tomas Brenner has joined Wrexham from Lens. Wrexham have also landed an experienced "
            "28-year-old Millwall midfielder on loan.")
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Wrexham") == {"signed"}


def test_a_deal_for_the_described_player_still_names_him(real_gaz):
    text = ("Torino have gone back in for Tomas Brenner, with their sporting director working on a deal "
            "for the Hellas Verona centre-back ahead of next season.")
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Torino")


@pytest.mark.parametrize("text", [
    "Lech Poznan are on the brink of bringing in Tomas Brenner.",
    "Lech Poznan are close to signing Tomas Brenner.",
])
def test_a_signing_on_the_brink_of_happening_is_agreed(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Lech Poznań") == {"agreement"}


def test_bringing_his_own_player_back_from_a_loan_cut_short_is_no_signing(real_gaz):
    text = ("Wolverhampton Wanderers have brought Tomas Brenner back to Molineux, cutting short his loan "
            "at Swansea City after only half a season.")
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Wolverhampton Wanderers")


def test_bringing_a_player_back_to_a_league_is_still_a_signing(real_gaz):
    got, _ex = claims(real_gaz, "Toronto pulled off a deal on Monday, bringing striker Tomas Brenner back to MLS from Genoa.")
    assert done_at(got, "Tomas Brenner", "Toronto FC") == {"signed"}


@pytest.mark.parametrize("text", [
    "Getafe's arrivals of Tomas Brenner and Luka Vrana are expected to be confirmed this week.",
    "Getafe are preparing to announce the signing of Tomas Brenner.",
    "The arrival of Tomas Brenner at Getafe could be announced any day.",
])
def test_a_signing_whose_announcement_is_to_come_is_agreed(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Getafe") == {"agreement"}


def test_a_done_signing_stays_done_whatever_is_announced_later(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner has signed for Getafe, and the fee will be confirmed later.")
    assert kinds_at(got, "Tomas Brenner", "Getafe") == {"signed"}


@pytest.mark.parametrize("text", [
    "Swansea City captain Tomas Brenner is close to completing a move to Fulham.",
    "Fulham are closing in on the signing of Tomas Brenner.",
    "Fulham close in on Tomas Brenner.",
])
def test_a_move_close_to_completion_is_agreed(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Fulham") == {"agreement"}


def test_talks_over_a_signing_are_no_signing(real_gaz):
    got, _ex = claims(real_gaz, "Fulham are in talks over the signing of Tomas Brenner.")
    assert not done_at(got, "Tomas Brenner", "Fulham")


@pytest.mark.parametrize("text", [
    "Hull City have moved to the front of the queue for Luton Town's Tomas Brenner.",
    "Rangers will let Tomas Brenner go out on loan again, and Hull City are at the top of the queue to take him.",
    "Tomas Brenner is being talked about at Hull City.",
])
def test_first_in_line_or_talked_about_is_interest(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert kinds_at(got, "Tomas Brenner", "Hull City") == {"interest"}


def test_the_players_a_newcomer_joins_are_not_moving(real_gaz):
    text = ("Chicago Fire have signed Tomas Brenner from Club Brugge. In Chicago he joins an attack that "
            "includes homegrown Luka Vrana and winger Petar Kovac.")
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Chicago Fire") == {"signed"}
    assert not done_at(got, "Luka Vrana", "Chicago Fire")
    assert not done_at(got, "Petar Kovac", "Chicago Fire")


@pytest.mark.parametrize("text", [
    "Twente want Tomas Brenner. Sander Kooijman of the AD had earlier reported that the Enschede club had even put in an offer for the 24-year-old.",
    "Charlton want Tomas Brenner. Rich Cawley of the South London Press revealed on Monday that the Addicks had lodged an offer for the forward.",
])
def test_a_reporter_named_with_his_outlet_is_no_player(real_gaz, text):
    got, ex = claims(real_gaz, text)
    assert "Sander Kooijman" not in ex.players and "Rich Cawley" not in ex.players
    assert {p for p, *_ in got} == {"Tomas Brenner"}


def test_a_coach_named_after_the_club_he_coaches_is_no_player(real_gaz):
    text = ("Olympiacos wanted Tomas Brenner. The player had also been wanted by Olympiacos, the Greek club "
            "coached by the Portuguese Pedro Martins.")
    _got, ex = claims(real_gaz, text)
    assert "Pedro Martins" not in ex.players


@pytest.mark.parametrize("text", [
    "Tomas Brenner has moved to Swansea City on an initial season-long loan.",
    "Tomas Brenner has joined Swansea City on a half-season loan.",
])
def test_a_loan_with_two_words_before_it_is_still_a_loan(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Swansea City") == {"loan"}


def test_back_at_his_club_after_a_loan_is_where_he_plays_now(real_gaz):
    text = "Tomas Brenner, 26, is back at Napoli after two productive seasons on loan at Udinese, but he is not part of the plans."
    got, ex = claims(real_gaz, text)
    assert {f.value for f in ex.facts if f.player == "Tomas Brenner" and f.fact == "current_club"} == {"Napoli"}
    assert claims_at(got, "Tomas Brenner", "Udinese") == {("loan", True)}


@pytest.mark.parametrize("text", [
    "Brentford have signed Tomas Brenner. He is the Bees' first signing since their defeat by Fulham in the play-off final.",
    "Brentford have signed Tomas Brenner, their first arrival since the win over Fulham on Saturday.",
    "Brentford have signed Tomas Brenner, a week after they were beaten by Fulham.",
])
def test_a_club_played_against_is_no_party_to_the_move(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert done_at(got, "Tomas Brenner", "Brentford") == {"signed"}
    assert not kinds_at(got, "Tomas Brenner", "Fulham")


def test_a_coach_speaking_to_the_club_s_website_is_the_club_s_word(real_gaz):
    text = ("Brentford have signed Tomas Brenner from Lens for an undisclosed fee.\n\n"
            "Brentford head coach Thomas Frank told the club's website that Brenner was a player he really liked.")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if (c.player, c.club) == ("Tomas Brenner", "Brentford")} == {"Brentford"}


def test_they_in_a_later_clause_is_the_club_named_before_it(real_gaz):
    text = "Tomas Brenner lasted just one season at Juventus after they signed him from Valencia for 40 million euros last summer."
    got, _ex = claims(real_gaz, text, day="2019-08-07")
    assert claims_at(got, "Tomas Brenner", "Juventus") == {("signed", True)}


def test_they_is_not_the_club_a_player_came_from(real_gaz):
    text = "First Al-Hilal signed Luka Vrana from Al-Ahli, and then they added Tomas Brenner from Al-Nassr."
    got, _ex = claims(real_gaz, text)
    assert not done_at(got, "Tomas Brenner", "Al-Ahli")


def test_a_move_made_in_the_summer_told_in_winter_is_background(real_gaz):
    text = ("Bournemouth have recalled Tomas Brenner from his loan at Swansea City. The 21-year-old moved to "
            "the Liberty Stadium on an initial season-long loan in the summer and quickly caught the eye.")
    got, ex = claims(real_gaz, text, day="2020-01-01")
    assert claims_at(got, "Tomas Brenner", "Swansea City") == {("loan", True)}
    assert {f.value for f in ex.facts if f.player == "Tomas Brenner" and f.fact == "current_club"} == {"AFC Bournemouth"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner will move to Swansea City in the summer.",
    "Swansea City want to sign Tomas Brenner in the summer.",
])
def test_a_move_still_to_come_in_the_summer_stays_news(real_gaz, text):
    got, _ex = claims(real_gaz, text, day="2020-01-10")
    assert all(not past for p, c, _k, past in got if (p, c) == ("Tomas Brenner", "Swansea City"))
    assert any((p, c) == ("Tomas Brenner", "Swansea City") for p, c, _k, _past in got)


def test_a_move_made_in_the_winter_told_in_summer_is_background(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner moved to Swansea City in the winter.", day="2023-08-20")
    assert claims_at(got, "Tomas Brenner", "Swansea City") == {("signed", True)}
    got, _ex = claims(real_gaz, "Tomas Brenner will move to Swansea City in the winter.", day="2023-08-20")
    assert all(not past for p, c, _k, past in got if (p, c) == ("Tomas Brenner", "Swansea City"))
