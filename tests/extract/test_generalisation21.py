"""Twenty-first round (stop 29): frames of ordinary news that an aside or a progressive verb
hid, found on batches 161-180 while 181-188 stayed the unread proxy. The players are invented,
so each test checks the frame, not a name."""

import pytest

from .fixture_articles import claims, kinds_at, sources


@pytest.mark.parametrize("text", [
    "Barcelona are, however, lining up a January approach for Juventus centre-back Tomas Brenner.",
    "Barcelona, meanwhile, are lining up a January approach for Juventus centre-back Tomas Brenner.",
    "Barcelona have, for their part, made an offer for Juventus centre-back Tomas Brenner.",
])
def test_a_sentence_adverb_between_commas_does_not_hide_the_frame(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2019-12-01")
    assert kinds_at(got, "Tomas Brenner", "Barcelona")
    assert not kinds_at(got, "Tomas Brenner", "Juventus")


def test_an_adverb_before_a_clause_of_its_own_keeps_its_comma(real_gaz):
    text = ("A move for striker Tomas Brenner looks unlikely, however, with Everton unwilling to sell "
            "before the deadline.")
    got, _ex = claims(real_gaz, text, "2024-08-20")
    assert not kinds_at(got, "Tomas Brenner", "Everton")


def test_linked_in_the_press_with_is_linked_with(real_gaz):
    got, _ex = claims(real_gaz, "Monaco have been linked in the press with Porto's Tomas Brenner and "
                                "Montpellier's Ivo Kastelic.", "2019-07-01")
    assert kinds_at(got, "Tomas Brenner", "AS Monaco") == {"interest"}
    assert kinds_at(got, "Ivo Kastelic", "AS Monaco") == {"interest"}


@pytest.mark.parametrize("text", [
    "Manchester City are sending young winger Tomas Brenner to Udinese on loan.",
    "City are, however, sending young winger Tomas Brenner to Udinese on loan.",
])
def test_a_club_sending_a_player_on_loan_lends_him(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-08-20")
    assert kinds_at(got, "Tomas Brenner", "Udinese") == {"agreement"}
    assert not kinds_at(got, "Tomas Brenner", "Manchester City")


@pytest.mark.parametrize("text", [
    "Tomas Brenner would welcome a move to Leicester, but the terms would have to be right.",
    "Watford skipper Tomas Brenner, 27, would like a move to Leicester.",
])
def test_a_player_who_would_welcome_a_move_is_a_link(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2017-07-01")
    assert kinds_at(got, "Tomas Brenner", "Leicester City") == {"interest"}


@pytest.mark.parametrize("text, kind", [
    ("Tomas Brenner could leave Lille and head for Angers, according to Ouest-France.", "interest"),
    ("Tomas Brenner could leave Lille and join Angers.", "interest"),
    ("Tomas Brenner is set to leave Lille this month and join Angers.", "agreement"),
])
def test_a_modal_governs_both_verbs_of_leave_and_join(real_gaz, text, kind):
    got, _ex = claims(real_gaz, text, "2019-01-20")
    assert kinds_at(got, "Tomas Brenner", "Angers") == {kind}
    assert not kinds_at(got, "Tomas Brenner", "Lille")


def test_a_passive_move_after_a_comma_opens_a_clause_of_its_own(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner has gone to Bordeaux on loan, Ivo Kastelic has been loaned "
                                "to Huddersfield.", "2019-09-01")
    assert kinds_at(got, "Tomas Brenner", "Bordeaux") == {"loan"}
    assert not kinds_at(got, "Tomas Brenner", "Huddersfield Town")
    assert kinds_at(got, "Ivo Kastelic", "Huddersfield Town") == {"loan"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner has signed a one-year extension that keeps him at Leipzig until 2029, in spite of strong "
    "interest from Arsenal and Chelsea.",
    "Leipzig announced that Tomas Brenner has signed a one-year extension. It brings the summer's busiest "
    "striker chase to a halt, although Arsenal and Chelsea had both been linked with him.",
])
def test_an_extension_signed_despite_interest_ends_the_pursuits(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-06-12")
    assert "ended" in kinds_at(got, "Tomas Brenner", "Arsenal")
    assert "ended" in kinds_at(got, "Tomas Brenner", "Chelsea")
    assert not kinds_at(got, "Tomas Brenner", "RB Leipzig") & {"interest", "ended"}


def test_a_door_closing_on_a_suitor_after_a_new_deal_ends_its_pursuit(real_gaz):
    text = ("Tomas Brenner has put pen to paper on a new four-year contract with Leicester City. Arsenal had seen "
            "a bid of around £30m turned down. For Arsenal it is one more door closing.")
    got, _ex = claims(real_gaz, text, "2016-08-18")
    assert "ended" in kinds_at(got, "Tomas Brenner", "Arsenal")


def test_an_arrival_without_a_destination_does_not_go_to_the_club_he_came_from(real_gaz):
    got, _ex = claims(real_gaz, "Wolves have completed the signing of Ivo Kastelic. Porto defender Tomas Brenner "
                                "has also joined on a season-long loan from Porto.", "2017-07-12")
    assert kinds_at(got, "Tomas Brenner", "Wolverhampton Wanderers") == {"loan"}
    assert not kinds_at(got, "Tomas Brenner", "Porto")
    got, _ex = claims(real_gaz, "Wolves have signed Ivo Kastelic from Porto. Centre-back Tomas Brenner has also "
                                "joined on a season-long loan from the Portuguese club.", "2017-07-12")
    assert not kinds_at(got, "Tomas Brenner", "Porto")


def test_a_move_recalled_in_a_whose_clause_is_the_antecedents_past_move(real_gaz):
    got, _ex = claims(real_gaz, "At £15m he would overtake his team-mate Tomas Brenner, whose move to Huddersfield "
                                "in 2017 cost £10m.", "2022-09-01")
    assert {k for k in got if k[0] == "Tomas Brenner"} == {("Tomas Brenner", "Huddersfield Town", "signed", True)}
    got, _ex = claims(real_gaz, "Tomas Brenner, whose move to Sampdoria looked to have been agreed, is now set to "
                                "go to Atalanta.", "2017-01-20")
    assert not kinds_at(got, "Tomas Brenner", "Sampdoria") & {"signed", "loan"}


def test_a_name_after_and_that_signs_for_a_club_is_a_player_not_a_listed_club(real_gaz):
    got, _ex = claims(real_gaz, "On the final day, Ivo Kastelic joined Bordeaux and Tomas Brenner signed for Lens.",
                      "2017-08-31")
    assert kinds_at(got, "Tomas Brenner", "Lens") == {"signed"}
    assert kinds_at(got, "Ivo Kastelic", "Bordeaux") == {"signed"}
    assert not kinds_at(got, "Ivo Kastelic", "Lens")


def test_the_plural_of_an_ordinary_word_is_no_players_name(real_gaz):
    got, ex = claims(real_gaz, "The newcomer will line up alongside the club's other Designated Players, striker "
                               "Tomas Brenner and winger Ivo Kastelic. He joined Atlanta United from Porto.",
                     "2022-02-01")
    assert "Designated Players" not in ex.players
    assert not any(k[0] == "Designated Players" for k in got)


@pytest.mark.parametrize("tail, source", [
    ("BBC Radio Humberside's Dan Kerridge has revealed.", "Dan Kerridge"),
    ("Dan Kerridge has revealed.", "Dan Kerridge"),
])
def test_a_name_that_ends_a_sentence_with_a_reporters_verb_is_its_credit(real_gaz, tail, source):
    got, ex = claims(real_gaz, f"Hull City have turned down an offer from Brentford for Tomas Brenner, {tail}",
                     "2022-01-27")
    assert kinds_at(got, "Tomas Brenner", "Brentford") == {"bid"}
    assert sources(ex, "Tomas Brenner", "Brentford", "bid") == {source}
    assert "Dan Kerridge" not in ex.players


def test_in_a_live_blog_a_credit_carries_through_its_own_entry_but_not_the_next(real_gaz):
    text = ("Transfer blog: Real Madrid join the Brenner race\n\n"
            "19:55 CEST: Barcelona are following Lille midfielder Ivo Kastelic, Le10Sport reports.\n\n"
            "15:30 CEST: Real Madrid have joined the race for Sampdoria's Tomas Brenner, according to Tuttosport. "
            "The 21-year-old Denmark winger, who scored a superb free-kick in the semi-final, is also wanted by "
            "Arsenal and Everton.\n\n"
            "14:00 CEST: Everton are also keen on Lars Dekker of Ajax.")
    _got, ex = claims(real_gaz, text, "2021-07-11")
    assert sources(ex, "Tomas Brenner", "Arsenal", "interest") == {"Tuttosport"}
    assert sources(ex, "Lars Dekker", "Everton", "interest") == {None}


@pytest.mark.parametrize("text, club", [
    ("It is official: Rennes have signed Metz forward Tomas Brenner on a four-year deal.", "Rennes"),
    ("Anderlecht have not wasted time. Tomas Brenner has joined from IFK Norrkoping for 3 million euros, "
     "announced by the club on its website.", "Anderlecht"),
])
def test_a_clubs_own_announcement_is_its_credit(real_gaz, text, club):
    _got, ex = claims(real_gaz, text, "2021-05-10")
    assert sources(ex, "Tomas Brenner", club, "signed") == {club}


def test_an_amount_in_another_dollar_in_a_closing_bracket_is_no_credit(real_gaz):
    text = ("Brighton have signed goalkeeper Tomas Brenner from Valencia. Brighton confirmed on Friday that he has "
            "signed a five-year contract; the fee has been reported at €6.5m (A$9.5m).")
    _got, ex = claims(real_gaz, text, "2018-01-05")
    assert not any(c.source and "$" in c.source for c in ex.claims)


def test_a_clubs_word_given_as_the_club_covers_its_own_paragraph_only(real_gaz):
    text = ("Sevilla go all out for Tomas Brenner (translated from La Nacion)\n\n"
            "Sevilla have made an offer for River Plate's Tomas Brenner. The club confirmed the offer but said talks "
            "would continue on Tuesday.\n\n"
            "Brenner had already been on the radar of several European clubs: Roma and Torino both showed interest.")
    _got, ex = claims(real_gaz, text, "2021-08-10")
    assert sources(ex, "Tomas Brenner", "Roma", "interest") == {"La Nacion"}


def test_an_outlet_that_writes_its_name_in_lower_case_is_credited_where_a_credit_names_it(real_gaz):
    text = ("Fortuna Dusseldorf are closing in on Sampdoria striker Tomas Brenner. According to kicker, the deal "
            "should be wrapped up at the start of the week.\n\n"
            "The magazine named VfB Stuttgart as another club interested in the forward.")
    _got, ex = claims(real_gaz, text, "2019-01-27")
    assert sources(ex, "Tomas Brenner", "VfB Stuttgart", "interest") == {"Kicker"}


def test_a_us_dateline_with_a_state_is_one_sentence_credited_to_its_agency(real_gaz):
    _got, ex = claims(real_gaz, "CHESTER, Pa. (AP) — Midfielder Tomas Brenner, 21, has joined the Houston Dynamo "
                                "from the Philadelphia Union.", "2025-02-03")
    assert sources(ex, "Tomas Brenner", "Houston Dynamo", "signed") == {"Associated Press"}


def test_translated_from_a_language_then_a_semicolon_names_the_outlet(real_gaz):
    _got, ex = claims(real_gaz, "Ajax are close to landing Tomas Brenner from Club America.\n\n"
                                "(Translated from Dutch; De Telegraaf.)", "2019-07-18")
    assert {c.source for c in ex.claims if c.player == "Tomas Brenner"} == {"De Telegraaf"}


@pytest.mark.parametrize("text, club, kind", [
    ("17:47: Wolfsburg confirm Tomas Brenner on a season-long loan from Stoke City, with an option to buy.",
     "VfL Wolfsburg", "loan"),
    ("Celtic confirm Tomas Brenner on a four-year deal.", "Celtic", "signed"),
    ("Norwich have agreed to take Bologna forward Tomas Brenner on loan with an option to buy.", "Norwich City",
     "agreement"),
    ("Lorient's 18-year-old goalkeeper Tomas Brenner is expected to be wearing Monaco colours next season.",
     "AS Monaco", "agreement"),
])
def test_a_clubs_deal_told_with_the_player_as_its_object(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text, "2019-01-20")
    assert kinds_at(got, "Tomas Brenner", club) == {kind}


def test_a_credits_which_said_clause_is_a_clause_of_its_own(real_gaz):
    got, _ex = claims(real_gaz, "Norwich have agreed to take Tomas Brenner on loan, according to TEAMtalk, which said "
                                "Celtic had been offered the 23-year-old Dutchman but declined.", "2024-01-20")
    assert kinds_at(got, "Tomas Brenner", "Norwich City") == {"agreement"}
    assert not kinds_at(got, "Tomas Brenner", "Celtic") & {"agreement", "interest"}


@pytest.mark.parametrize("text", [
    "PSG are also keen on Porto left-back Tomas Brenner, 25, but they have plenty of company, with Chelsea, "
    "Liverpool and Juventus all said to be in the running.",
    "PSG are keen on Tomas Brenner, with Chelsea, Liverpool and Juventus in the running.",
])
def test_other_suitors_listed_after_with_are_in_the_race_too(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2018-07-09")
    for club in ("Paris Saint-Germain", "Chelsea", "Liverpool", "Juventus"):
        assert kinds_at(got, "Tomas Brenner", club) == {"interest"}


def test_a_hedge_said_to_be_does_not_hide_the_frame_nor_make_a_club_a_speaker(real_gaz):
    got, ex = claims(real_gaz, "PSG are keen on Tomas Brenner, with Liverpool said to be in the running.", "2018-07-09")
    assert kinds_at(got, "Tomas Brenner", "Liverpool") == {"interest"}
    assert sources(ex, "Tomas Brenner", "Paris Saint-Germain", "interest") == {None}


def test_keen_to_include_an_option_is_no_interest_in_the_player(real_gaz):
    got, _ex = claims(real_gaz, "Hertha Berlin have opened talks over a season-long loan for Tomas Brenner, with "
                                "Arsenal keen to include an option to buy.", "2020-10-01")
    assert not kinds_at(got, "Tomas Brenner", "Arsenal") & {"interest"}


def test_going_back_in_with_an_offer_is_news_and_back_in_a_year_is_background(real_gaz):
    got, _ex = claims(real_gaz, "Galatasaray are preparing to go back in with an improved offer to take Manchester "
                                "United midfielder Tomas Brenner on loan.", "2020-10-01")
    assert got and all(not k[3] for k in got if k[0] == "Tomas Brenner" and k[1] == "Galatasaray")
    got, _ex = claims(real_gaz, "Back in 2018, Galatasaray made an offer for Tomas Brenner.", "2020-10-01")
    assert got and all(k[3] for k in got if k[0] == "Tomas Brenner" and k[1] == "Galatasaray")


def test_a_pursuit_that_has_been_going_on_since_a_year_is_current(real_gaz):
    got, _ex = claims(real_gaz, "Newcastle United have been monitoring Tomas Brenner since 2023.", "2025-02-05")
    assert ("Tomas Brenner", "Newcastle United", "interest", False) in got
    got, _ex = claims(real_gaz, "Newcastle United monitored Tomas Brenner in 2023.", "2025-02-05")
    assert ("Tomas Brenner", "Newcastle United", "interest", True) in got


def test_a_short_plural_and_an_opening_conjunction_are_no_ones_name(real_gaz):
    text = ("Tomas Brenner leaves the club where he grew up. He won two league titles, two Italian Cups and a Super "
            "Cup there, before spells at Everton and Paris Saint-Germain.")
    _got, ex = claims(real_gaz, text, "2024-08-20")
    assert "Cups" not in ex.players and "Italian Cups" not in ex.players
    _got, ex = claims(real_gaz, "Because Tianjin needed a striker, they made a bid for Tomas Brenner.", "2018-01-20")
    assert not any(p.startswith("Because") for p in ex.players)


def test_a_clubs_chief_is_a_person_with_a_role_not_a_player(real_gaz):
    text = ("Werder Bremen have signed Tomas Brenner. Werder chief Ivo Kastelic denied that Bayern Munich paid the fee, "
            "saying RB Leipzig and Hertha Berlin had also wanted the winger.")
    got, ex = claims(real_gaz, text, "2016-08-31")
    assert "Ivo Kastelic" not in ex.players
    assert not any(k[0] == "Ivo Kastelic" for k in got)


@pytest.mark.parametrize("text", [
    "Sky Sports point out that Tomas Brenner has joined Sheffield Wednesday on loan.",
    "Sky Sports indicated that Tomas Brenner has joined Sheffield Wednesday on loan.",
    "Tomas Brenner has joined Sheffield Wednesday on loan, say Sky Sports.",
    "Tomas Brenner has joined Sheffield Wednesday on loan, Sky Sports were told.",
])
def test_more_ways_of_crediting_an_outlet(real_gaz, text):
    _got, ex = claims(real_gaz, text, "2016-08-31")
    assert sources(ex, "Tomas Brenner", "Sheffield Wednesday", "loan") == {"Sky Sports"}
