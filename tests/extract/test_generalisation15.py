"""Fifteenth round (stop 23): clubs the knowledge lacks named where a listed player went, lists
of moves opened by a club's description, and German clubs' ordinals. Invented players and,
where the frame is about an unknown club, invented clubs, so each test checks the frame."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Everton have lost midfielder Luca Brandt to Vorstadt and forward Tom Ashby to Celtic.",
    "Going the other way, Everton lost Luca Brandt to Vorstadt, Tom Ashby to Celtic and Jan Ode to Torreense.",
])
def test_each_player_of_a_list_of_departures_goes_to_the_club_named_after_him(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    done = {(p, c) for p, c, k, past in got if k == "signed"}
    assert ("Luca Brandt", "Vorstadt") in done  # a club the knowledge lacks, after "<player> to"
    assert ("Tom Ashby", "Celtic") in done
    assert ("Luca Brandt", "Celtic") not in done


def test_a_name_after_a_player_and_to_is_not_taken_for_a_country(real_gaz):
    got, ex = claims(real_gaz, "Everton have lost Luca Brandt to Portugal and Tom Ashby to Celtic.")
    assert not any(c == "Portugal" for _p, c, _k, _past in got)
    assert "Portugal" not in {c.name for c in ex.new_clubs}


@pytest.mark.parametrize("opening", ["Champions Everton", "Runners-up Everton", "Newly promoted Everton"])
def test_a_list_of_signings_opened_by_the_clubs_description(real_gaz, opening):
    text = (f"{opening} have strengthened with Germany international Luca Brandt from Celtic and the young "
            "Tom Ashby from Sunderland.")
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert ("Tom Ashby", "Everton", "signed", False) in got


def test_a_german_clubs_ordinal_does_not_end_the_sentence(real_gaz):
    text = "Hoffenheim signed Luca Brandt from 1. FC Köln and Tom Ashby from 1. FFC Frankfurt on Monday."
    got, ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Hoffenheim", "signed", False) in got
    assert ("Tom Ashby", "Hoffenheim", "signed", False) in got  # a player, not a club beside Köln
    assert len({c.evidence for c in ex.claims}) == 1


def test_a_womens_club_is_not_the_mens_club_of_its_city(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt has joined 1. FFC Frankfurt from FCR 2001 Duisburg.", "2013-01-31")
    assert ("Luca Brandt", "1. FFC Frankfurt", "signed", False) in got


def test_players_who_have_both_gone_to_a_club_signed_for_it(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt and Tom Ashby have both gone to Bristol City.")
    assert {("Luca Brandt", "Bristol City", "signed", False), ("Tom Ashby", "Bristol City", "signed", False)} <= got


def test_an_arrival_after_a_list_of_departures_is_at_the_club_the_article_is_about(real_gaz):
    text = ("Everton have been stripped bare this summer. Luca Brandt has moved to Aston Villa and Tom Ashby "
            "has joined newly promoted Celtic. It is not all one-way traffic. Jan Ode has arrived from Sunderland.")
    got, _ex = claims(real_gaz, text)
    assert ("Jan Ode", "Everton", "signed", False) in got
    assert not any(p == "Jan Ode" and c in ("Aston Villa", "Celtic") for p, c, _k, _past in got)


def test_an_arrival_after_a_clubs_own_signing_is_still_at_that_club(real_gaz):
    text = "Everton have completed the signing of Luca Brandt from Celtic. Tom Ashby has already joined on loan from Sunderland."
    got, _ex = claims(real_gaz, text)
    assert ("Tom Ashby", "Everton", "loan", False) in got


@pytest.mark.parametrize("text", [
    "Luca Brandt has signed for Everton after scoring 13 goals in the Championship last season.",
    "Luca Brandt has joined Everton, who finished tenth last season, on a two-year deal.",
])
def test_a_date_in_an_aside_does_not_make_a_move_done_now_background(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-07-17")
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_a_move_dated_in_its_own_main_clause_stays_background(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt joined Everton last season after leaving Celtic.", "2024-07-17")
    assert ("Luca Brandt", "Everton", "signed", True) in got


def test_a_window_still_to_come_is_the_next_one_in_any_month(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt will join Everton during the summer, his agent said.", "2024-01-20")
    assert ("Luca Brandt", "Everton", "agreement", False) in got


def test_players_who_arrived_at_a_club_named_later_in_the_sentence_joined_it(real_gaz):
    text = "Luca Brandt and Tom Ashby have arrived on loan for modest sums, and Everton hold options to sign both permanently."
    got, _ex = claims(real_gaz, text)
    assert {("Luca Brandt", "Everton", "loan", False), ("Tom Ashby", "Everton", "loan", False)} <= got


def test_an_arrival_with_no_club_anywhere_gives_nothing(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt has arrived on loan for a modest sum.")
    assert got == set()


def test_the_two_clubs_of_a_deal_are_not_the_club_a_player_arrived_at(real_gaz):
    text = ("Luca Brandt joins on loan from Danish side Nordsjaelland, and the two clubs have also agreed an option "
            "to buy. Everton's sporting director described him as strong.")
    got, _ex = claims(real_gaz, text)
    assert not any(c == "Nordsjaelland" and k == "loan" and not past for _p, c, k, past in got)


@pytest.mark.parametrize("text, club, kind", [
    ("Everton loan out Luca Brandt to Celtic, with no option attached.", "Celtic", "loan"),
    ("Everton have sent Luca Brandt out on loan to Celtic for the rest of the season.", "Celtic", "loan"),
    ("Everton add Celtic defender Luca Brandt.", "Everton", "signed"),
])
def test_a_club_lending_out_or_adding_a_player(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", club, kind, False) in got
    assert not any(c == "Everton" for _p, c, _k, _past in got if club != "Everton")


def test_the_club_raided_for_players_sells_them(real_gaz):
    got, _ex = claims(real_gaz, "Everton have raided Celtic for two players, bringing in Luca Brandt and Tom Ashby.")
    assert {("Luca Brandt", "Everton", "signed", False), ("Tom Ashby", "Everton", "signed", False)} <= got
    assert not any(c == "Celtic" for _p, c, _k, _past in got)


def test_an_italian_surname_with_an_elided_article_is_one_name(real_gaz):
    got, _ex = claims(real_gaz, "Everton have signed Samuele Dell'Orco from Celtic.")
    assert ("Samuele Dell'Orco", "Everton", "signed", False) in got


def test_an_arrival_after_a_clubs_raid_went_to_the_raiding_club(real_gaz):
    text = ("11.40 - Everton have raided Celtic for two players, bringing in Luca Brandt and Tom Ashby. "
            "Jan Ode also arrives from Sunderland.")
    got, _ex = claims(real_gaz, text)
    assert ("Jan Ode", "Everton", "signed", False) in got


def test_a_list_goes_on_past_an_item_it_does_not_name(real_gaz):
    text = ("Everton\n\nArrivals: goalkeeper Luca Brandt from Celtic, a defender and a midfielder from Sunderland, "
            "and defender Tom Ashby from Fulham.\n\nDepartures: their Dutch goalkeeper to Porto, defender Jan Ode to "
            "Fiorentina and striker Max Penn to Leicester City.")
    got, _ex = claims(real_gaz, text)
    assert {("Luca Brandt", "Everton", "signed", False), ("Tom Ashby", "Everton", "signed", False),
            ("Jan Ode", "Fiorentina", "signed", False), ("Max Penn", "Leicester City", "signed", False)} <= got


@pytest.mark.parametrize("text", [
    "Everton top our list. Luca Brandt is their only permanent arrival.",
    "Everton have had a good window. Luca Brandt is their biggest signing.",
    "Everton boss Jan Ode has since taken forward Luca Brandt from Celtic.",
])
def test_more_ways_of_telling_a_clubs_signing(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton's search has also taken in Celtic's Luca Brandt, who was recalled from his loan.",
    "Everton have taken over Luca Brandt's old role in the squad.",
])
def test_taken_in_or_over_is_no_signing(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert not any(k == "signed" and c == "Everton" for _p, c, k, _past in got)


def test_a_shared_club_word_means_the_club_of_the_section_it_is_in(real_gaz):
    text = ("Carlisle United\n\nJoe Garner is back at Carlisle for a third spell. United have also taken three "
            "youngsters on loan: left-back Luca Brandt from Middlesbrough and midfielder Tom Ashby from Leeds.")
    got, _ex = claims(real_gaz, text, "2023-01-24")
    assert {("Luca Brandt", "Carlisle United", "loan", False), ("Tom Ashby", "Carlisle United", "loan", False)} <= got
    assert not any(c == "Leeds United" and k == "loan" for _p, c, k, _past in got)


@pytest.mark.parametrize("nation", ["Macedonia", "Trinidad"])
def test_a_short_country_name_before_international_is_no_player(real_gaz, nation):
    _got, ex = claims(real_gaz, f"Everton have completed the arrival of {nation} international Luca Brandt.")
    assert ex.players == ["Luca Brandt"]


@pytest.mark.parametrize("text", [
    "Everton have signed Luca Brandt. Brandt has had stints with Ajax, Celtic and Sunderland.",
    "Everton have signed Luca Brandt. Brandt has since represented Ajax, Celtic and Sunderland.",
])
def test_a_career_told_by_stints_or_clubs_represented(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert {("Luca Brandt", c, "signed", True) for c in ("Ajax", "Celtic", "Sunderland")} <= got
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_a_move_told_by_when_he_joined_the_club_he_has_been_at_went_to_that_club(real_gaz):
    got, _ex = claims(real_gaz, "Everton have signed Luca Brandt. Brandt has been at Celtic since 2019, when he joined from Ajax.")
    assert ("Luca Brandt", "Celtic", "signed", True) in got
    assert ("Luca Brandt", "Everton", "signed", True) not in got


@pytest.mark.parametrize("text", [
    "We already reported that Luca Brandt's loan at Celtic is over, and he is heading off to the training camp with Everton.",
    "The Scottish season has finished, and with it Luca Brandt's loan at Celtic.",
    "Luca Brandt's Celtic loan is over, and he's off to Everton instead.",
    "Everton have signed Luca Brandt. Brandt scored 26 goals in 35 games on loan at Celtic in 2012-13.",
    "Everton have signed Luca Brandt, who impressed during his season on loan at Celtic.",
])
def test_a_loan_told_as_over_or_as_a_record_is_a_past_loan(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Celtic", "loan", True) in got


@pytest.mark.parametrize("text", [
    "Luca Brandt's loan at Celtic has been agreed.",
    "Luca Brandt will spend the season on loan at Celtic.",
])
def test_a_loan_to_come_is_no_past_loan(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Celtic", "loan", True) not in got


def test_a_club_that_sold_a_player_named_in_apposition(real_gaz):
    got, _ex = claims(real_gaz, "Everton sold another academy graduate, Luca Brandt, to Celtic for $2 million last summer.")
    assert ("Luca Brandt", "Celtic", "signed", True) in got


def test_a_return_to_his_club_after_a_loan_is_no_move_of_its_own(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt has returned to Everton after his loan at Celtic was cut short.", "2024-01-20")
    assert ("Luca Brandt", "Celtic", "loan", True) in got
    assert ("Luca Brandt", "Everton", "signed", False) not in got


def test_a_return_with_no_loan_is_still_a_move(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt has returned to Everton on a free transfer.", "2024-01-20")
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text, want", [
    ("Everton have been told they must pay £20m for Celtic winger Luca Brandt. (Telegraph)",
     {("Luca Brandt", "Everton", "interest", False)}),
    ("Everton will test Celtic's resolve with a bid for Luca Brandt. (Express)", {("Luca Brandt", "Everton", "bid", False)}),
    ("Everton could rival Fulham for Luca Brandt. (Sun)",
     {("Luca Brandt", "Everton", "interest", False), ("Luca Brandt", "Fulham", "interest", False)}),
    ("Luca Brandt cost the same as the winger Real Madrid bought from their arch-rivals Barcelona for Jan Ode in 2000.",
     set()),
])
def test_gossip_phrasings_of_a_pursuit(real_gaz, text, want):
    got, _ex = claims(real_gaz, text)
    assert {g for g in got if g[0] == "Luca Brandt"} == want


@pytest.mark.parametrize("text", [
    "Everton have signed Jan Ode. Ode joined Celtic from Ajax in 2018 and spent last season on loan at Fulham. "
    "Tom Ashby also arrived from Sunderland.",
    "Everton have signed Jan Ode. Ode, who left Ajax for Celtic in 2018, is the second signing Everton manager Sean "
    "Dyche has made. Tom Ashby came in from Sunderland earlier in August.",
])
def test_a_career_told_in_between_does_not_change_where_the_next_arrival_went(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert any(p == "Tom Ashby" and c == "Everton" and k == "signed" for p, c, k, _past in got)
    assert not any(p == "Tom Ashby" and c in ("Celtic", "Fulham", "Ajax") for p, c, _k, _past in got)


def test_the_players_a_new_signing_joins_among_the_new_faces_signed_for_his_club(real_gaz):
    text = ("Everton have signed Marek Vlasic from Celtic. Celtic were sorry to see him leave after four seasons. "
            "He joins defenders Jonas Pekarik (from Caracas FC, Venezuela), Tobias Wendel (from PAOK, "
            "Greece) and forward Niko Stahl (from Venda Nova, Brazil) among the new faces.")
    got, _ex = claims(real_gaz, text)
    assert {(p, "Everton", "signed", False) for p in ("Jonas Pekarik", "Tobias Wendel", "Niko Stahl")} <= got
    assert not any(p in ("Jonas Pekarik", "Tobias Wendel", "Niko Stahl") and c != "Everton" and not past
                   for p, c, _k, past in got)


def test_joining_a_club_as_its_captain_is_no_list(real_gaz):
    got, _ex = claims(real_gaz, "Marek Vlasic joins Celtic as their new captain.")
    assert {g for g in got if g[0] != "Marek Vlasic"} == set()


def test_adding_a_year_to_a_contract_is_no_signing(real_gaz):
    got, _ex = claims(real_gaz, "Arsenal add a year to Luca Brandt's contract.", "2023-01-02")
    assert not any(k == "signed" for _p, _c, k, _past in got)


@pytest.mark.parametrize("text", [
    "Forfar Athletic have signed Luca Brandt.",
    "Luca Brandt has left by mutual consent and signed for Forfar Athletic.",
])
def test_a_club_the_knowledge_lacks_ending_in_a_shared_club_word_is_its_own_club(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert ("Luca Brandt", "Forfar Athletic", "signed", False) in got
    assert not any(c == "Wigan Athletic" for _p, c, _k, _past in got)


def test_a_finished_spell_told_now_has_no_event_date_of_now(real_gaz):
    _got, ex = claims(real_gaz, "Everton are keen on Luca Brandt. Brandt's loan at Celtic has been cut short in January.", "2024-01-20")
    loan = next(c for c in ex.claims if c.club == "Celtic")
    assert loan.past and loan.event_date is None  # (a date of now would make it his latest move, hiding Everton)
    _got, ex = claims(real_gaz, "Luca Brandt scored 26 goals in 35 games on loan at Celtic in 2012-13.", "2024-01-20")
    assert next(c for c in ex.claims if c.club == "Celtic").event_date == "2012"


@pytest.mark.parametrize("text, low, high", [
    ("Celtic want £20m for Luca Brandt, whose contract runs until 2026.", 20_000_000, 20_000_000),
    ("Celtic are holding out for £20m for Luca Brandt.", 20_000_000, 20_000_000),
    ("Celtic will not sell Luca Brandt for less than £20m.", 20_000_000, None),
])
def test_the_figure_a_club_wants_for_its_player_is_his_asking_price(real_gaz, text, low, high):
    _got, ex = claims(real_gaz, text, "2024-01-20")
    price = [f.value for f in ex.facts if f.fact == "asking_price"]
    assert len(price) == 1 and (price[0].min, price[0].max) == (low, high)


def test_a_suitor_wanting_a_player_priced_in_passing_sets_no_price(real_gaz):
    _got, ex = claims(real_gaz, "Everton want £20m winger Luca Brandt.", "2024-01-20")
    assert not [f for f in ex.facts if f.fact == "asking_price"]


@pytest.mark.parametrize("text", [
    "Luca Brandt has 18 months left on his Celtic contract.",
    "Luca Brandt is out of contract at Celtic at the end of the season.",
    "Luca Brandt has extended his Celtic contract until 2027.",
])
def test_the_club_his_contract_is_with_is_his(real_gaz, text):
    _got, ex = claims(real_gaz, text, "2024-01-20")
    assert [f.value for f in ex.facts if f.fact == "current_club"] == ["Celtic"]


def test_his_clubs_own_valuation_is_his_asking_price(real_gaz):
    _got, ex = claims(real_gaz, "Celtic value Luca Brandt at around £20m.", "2024-01-20")
    assert [(f.value.min, f.value.currency) for f in ex.facts if f.fact == "asking_price"] == [(20_000_000, "GBP")]


def test_a_one_name_player_who_leaves_one_club_for_another(real_gaz):
    got, ex = claims(real_gaz, "Romulo leaves Genoa for Lazio on loan.", "2024-01-20")
    assert ("Romulo", "Lazio", "loan", False) in got
    assert "Romulo" in ex.players


@pytest.mark.parametrize("text, source", [
    ("Per the Daily Record, Everton want Luca Brandt.", "Daily Record"),
    ("Via the Mirror, Everton want Luca Brandt.", "Mirror"),
])
def test_a_sentence_opening_with_per_or_via_credits_the_outlet(real_gaz, text, source):
    _got, ex = claims(real_gaz, text, "2024-01-20")
    assert [c.source for c in ex.claims] == [source]
    assert ex.players == ["Luca Brandt"]


def test_per_as_a_first_name_is_still_a_name(real_gaz):
    got, _ex = claims(real_gaz, "Per Mertesacker has joined Everton.", "2024-01-20")
    assert ("Per Mertesacker", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton have moved on from Luca Brandt.",
    "Everton have abandoned their attempts to sign Luca Brandt.",
    "Everton have shelved plans to sign Luca Brandt.",
])
def test_more_ways_a_club_gives_up_on_a_player(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert got == {("Luca Brandt", "Everton", "ended", False)}


def test_calling_off_plans_to_loan_out_ones_own_player_ends_no_pursuit(real_gaz):
    got, _ex = claims(real_gaz, "Rangers manager Steven Gerrard has called off plans to send Luca Brandt out on loan.", "2024-01-20")
    assert not any(k == "ended" for _p, _c, k, _past in got)


@pytest.mark.parametrize("text, want", [
    ("Luca Brandt has said his goodbyes to Celtic ahead of his move to Everton.", {("Luca Brandt", "Everton", "agreement", False)}),
    ("Luca Brandt has handed in a transfer request to force through a move to Everton.",
     {("Luca Brandt", "Everton", "interest", False)}),
])
def test_a_player_on_his_way_or_pushing_for_a_move(real_gaz, text, want):
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert got == want


def test_leaving_a_club_after_years_to_join_another(real_gaz):
    got, _ex = claims(real_gaz, "Luca Brandt has left Liverpool after ten years to join Lazio, having passed a medical in Rome.", "2017-07-18")
    assert ("Luca Brandt", "Lazio", "signed", False) in got
    assert ("Luca Brandt", "Liverpool", "signed", True) in got


@pytest.mark.parametrize("text, want", [
    ("Colorado completed a blockbuster trade on Friday, sending midfielder Luca Brandt to LAFC for up to $1.5 million.",
     ("Luca Brandt", "Los Angeles FC", "signed", False)),
    ("Everton have signed Luca Brandt. He made his mark during a loan season at Nice before returning to Monaco.",
     ("Luca Brandt", "Nice", "loan", True)),
])
def test_a_trade_told_by_the_sender_and_a_loan_season(real_gaz, text, want):
    got, _ex = claims(real_gaz, text, "2022-01-20")
    assert want in got


def test_a_club_that_is_sending_a_player_has_not_done_it_yet(real_gaz):
    got, _ex = claims(real_gaz, "Jurgen Klopp is sending Liverpool youngster Luca Brandt to Reading.", "2019-01-07")
    assert ("Luca Brandt", "Reading", "signed", False) not in got


def test_a_career_told_from_where_he_made_his_name_is_background(real_gaz):
    text = ("Everton have signed Luca Brandt. The 32-year-old made his name at Dutch giants PSV Eindhoven, then moved "
            "to France with Rennes and Toulouse, with a season on loan at Sunderland in between.")
    got, _ex = claims(real_gaz, text, "2019-01-20")
    assert {("Luca Brandt", "Rennes", "signed", True), ("Luca Brandt", "Toulouse", "signed", True)} <= got
    assert ("Luca Brandt", "Toulouse", "signed", False) not in got


@pytest.mark.parametrize("text, source", [
    ("Everton have made an offer for Luca Brandt. Celtic rejected it, the Times reports.", "The Times"),
    ("Everton have made an offer for Luca Brandt. Celtic have turned the bid down, according to the Sun.", "The Sun"),
])
def test_the_sellers_answer_credits_the_offer_and_makes_no_bidder_of_it(real_gaz, text, source):
    _got, ex = claims(real_gaz, text, "2024-01-20")
    assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Everton", "bid", source)]


@pytest.mark.parametrize("text", [
    "Everton have signed Luca Brandt. Brandt has played for Ajax, Celtic and Fulham, and won the league with Celtic in 2019.",
    "Everton have signed Luca Brandt. His previous clubs include Ajax, Celtic and Fulham.",
    "Everton have signed Luca Brandt. Brandt started out at Ajax before spells at Celtic and Fulham.",
])
def test_a_career_told_as_a_list_of_clubs(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert {("Luca Brandt", c, "signed", True) for c in ("Celtic", "Fulham")} <= got


def test_former_clubs_are_not_his_club_now_and_a_league_is_no_player(real_gaz):
    text = ("Luca Brandt has played in the Premier League and the Scottish Premiership, and his former clubs include "
            "Aberdeen, Rangers and Hull City.")
    got, ex = claims(real_gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert {("Luca Brandt", c, "signed", True) for c in ("Aberdeen", "Rangers", "Hull City")} <= got
    assert not [f for f in ex.facts if f.fact == "current_club"]
