"""Thirteenth round (stop 21): a speaker who talks about his own move is the player, the people
and outlets an interview names are not, and a move completed before something else is done.
Invented players, so each test checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Pedro Valdano insists his move from Celtic to Everton was not about money.",
    "Pedro Valdano says he hopes Celtic win the league this season, after completing his move from Celtic to Everton.",
    "Pedro Valdano says he is on his way to Everton after five years at Celtic.",
])
def test_a_speaker_who_talks_about_his_own_move_is_the_player(gaz, text):
    got, ex = claims(gaz, text)
    assert "Pedro Valdano" in ex.players
    assert {(p, c) for p, c, _k, past in got if not past} >= {("Pedro Valdano", "Everton")}


@pytest.mark.parametrize("text", [
    "Speaking to Het Volksblad, Luca Brandt said he wanted to join Everton.",
    "In an interview with Radio Vlaanderen, Luca Brandt said he wanted to join Everton.",
    "According to television analyst Peter Vandermolen, Everton have made a bid for Luca Brandt.",
])
def test_the_outlet_or_pundit_an_interview_names_is_no_player(gaz, text):
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert {p for p, _c, _k, _past in got} == {"Luca Brandt"}


def test_a_move_completed_before_something_else_is_done(gaz):
    got, _ = claims(gaz, "Luca Brandt thanked the fans after completing his move from Celtic to Everton.")
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton are close to completing the signing of Luca Brandt from Celtic.",
    "Luca Brandt is due to have a medical at Everton before completing the transfer.",
    "Luca Brandt is closing in on completing a move to Everton.",
])
def test_a_completion_still_to_come_is_no_signing(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton") in {(p, c) for p, c, _k, _past in got}
    assert ("Luca Brandt", "Everton", "signed", False) not in got


@pytest.mark.parametrize("text", [
    "Everton are exploring a deal for Celtic's 18-year-old midfielder Luca Brandt, but they face stiff "
    "competition from Sunderland and Fulham.",
    "Everton want Luca Brandt, but they face competition from Sunderland and Fulham.",
])
def test_the_rivals_a_club_faces_want_the_same_player(gaz, text):
    got, _ = claims(gaz, text)
    assert {(c, k) for _p, c, k, _past in got} == {("Everton", "interest"), ("Sunderland", "interest"),
                                                   ("Fulham", "interest")}


@pytest.mark.parametrize("text", [
    "19.20 - Everton again: Luca Brandt joins from Celtic on loan with an option to buy.",
    "16.45 - Everton strike in defence: Luca Brandt arrives from Celtic on a loan costing £300,000.",
    "19.20 - Everton again: Luca Brandt joins from Celtic on loan, after first extending his Celtic contract to 2027.",
])
def test_a_live_entry_headed_by_a_club_is_where_its_arrival_goes(gaz, text):
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", "loan", False)}


def test_a_club_announcing_its_own_signing_in_a_participle_is_the_source(gaz):
    got, ex = claims(gaz, "Everton have added Luca Brandt to their squad, announcing on Tuesday that the "
                          "22-year-old has joined from Celtic on a two-year contract.")
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert fixture_articles.sources(ex, "Luca Brandt", "Everton", "signed") == {"Everton"}


def test_a_club_s_one_name_player_is_a_player(gaz):
    got, ex = claims(gaz, "Everton have agreed a loan for Celtic's Lukinho, who arrives with his salary still paid.")
    assert "Lukinho" in ex.players
    assert ("Lukinho", "Everton", "agreement", False) in got


@pytest.mark.parametrize("text", [
    "Everton have Celtic goalkeeper Luca Brandt, 26, in their sights.",
    "Everton are edging closer to Luca Brandt.",
])
def test_a_player_in_a_club_s_sights_is_its_target(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "interest", False) in got


@pytest.mark.parametrize("text, players", [
    ("Everton have bought France left back Luca Brandt from Celtic for an initial 48 million euros.", ["Luca Brandt"]),
    ("Everton are delighted to confirm the signings of Polish pair Luca Brandt and Jonas Falk.", ["Luca Brandt", "Jonas Falk"]),
])
def test_the_words_that_describe_a_player_do_not_hide_him_from_the_verb(gaz, text, players):
    got, _ = claims(gaz, text)
    assert {(p, c, k) for p, c, k, _past in got} == {(p, "Everton", "signed") for p in players}


def test_a_new_contract_that_puts_a_stop_to_several_clubs_hopes_ends_each(gaz):
    got, _ = claims(gaz, "Luca Brandt has signed a new long-term contract with Celtic, putting a stop to Everton, "
                         "Fulham and Sunderland's hopes of prising him away.")
    assert {(c, k) for _p, c, k, _past in got} == {("Everton", "ended"), ("Fulham", "ended"), ("Sunderland", "ended")}


@pytest.mark.parametrize("text, kind", [
    ("Everton have taken Celtic midfielder Luca Brandt, 21, on loan for the rest of the season.", "loan"),
    ("Everton have a new defender: Luca Brandt has come in on loan from Celtic.", "loan"),
    ("Everton announced that Luca Brandt, 28, is their fifth signing of the summer.", "signed"),
])
def test_a_move_told_as_done_in_passing_is_done(gaz, text, kind):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", kind, False) in got


def test_a_priority_signing_is_no_signing(gaz):
    got, _ = claims(gaz, "Everton have told Celtic that Luca Brandt is their priority signing.")
    assert ("Luca Brandt", "Everton", "signed", False) not in got


@pytest.mark.parametrize("text, club", [
    ("Everton's long-awaited signing of Luca Brandt fell apart overnight on Wednesday.", "Everton"),
    ("The Everton manager appears to have abandoned once and for all his pursuit of Luca Brandt.", "Everton"),
])
def test_a_pursuit_that_fell_apart_or_was_abandoned_is_ended(gaz, text, club):
    got, _ = claims(gaz, text)
    assert (club, "ended") in {(c, k) for _p, c, k, _past in got}


def test_their_hopes_ended_are_the_hopes_of_every_club_before(gaz):
    got, _ = claims(gaz, "Everton, Chelsea and Fulham had all enquired about Luca Brandt, but the new contract ends their hopes.")
    assert {c for _p, c, k, _past in got if k == "ended"} == {"Everton", "Chelsea", "Fulham"}


def test_the_one_outlet_an_article_credits_speaks_for_its_uncredited_lines(gaz):
    text = ("Luca Brandt is close to getting the transfer he wants. According to Het Volksblad, Everton want to force "
            "a breakthrough in the talks with Celtic by next week. Fulham have pulled out of the race for Luca Brandt for good.")
    got, ex = claims(gaz, text)
    assert ("Luca Brandt", "Fulham", "ended", False) in got
    assert fixture_articles.sources(ex, "Luca Brandt", "Fulham", "ended") == {"Het Volksblad"}


@pytest.mark.parametrize("text, kind", [
    ("The first announcement of the day comes from Everton, who have bought Luca Brandt outright from Celtic.", "signed"),
    ("Fulham bring in Jonas Falk from Celtic, while Everton send Luca Brandt to Sunderland on loan.", None),
    ("Everton lodge the contract of Luca Brandt. The Bosnian playmaker comes from Celtic on a one-million-euro loan.", "loan"),
])
def test_a_live_entry_s_present_tense_moves_are_done(gaz, text, kind):
    got, _ = claims(gaz, text)
    if kind is None:
        assert ("Luca Brandt", "Sunderland", "loan", False) in got
    else:
        assert ("Luca Brandt", "Everton", kind, False) in got


def test_an_agreed_plan_to_send_a_player_on_loan_is_not_done(gaz):
    got, _ = claims(gaz, "Everything had been agreed for Celtic to send Luca Brandt to Everton on loan.")
    assert ("Luca Brandt", "Everton", "loan", False) not in got


@pytest.mark.parametrize("name", ["Lautaro Valenti", "Enzo Perez"])
def test_a_known_one_word_name_before_another_surname_is_another_player(real_gaz, name):
    # (the knowledge knows "Lautaro" and "Enzo" as two other players)
    _got, ex = claims(real_gaz, f"Everton have signed {name} from Celtic.")
    assert ex.players == [name]


@pytest.mark.parametrize("text", [
    "Celtic boss Tom Marsh confirmed that an offer had arrived from a second-tier side for Luca Brandt.",
    "Fulham hold a share of Luca Brandt's economic rights and are owed part of any offer that Celtic turn down.",
])
def test_an_offer_from_no_club_named_is_no_claim(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[2] == "bid"}


def test_the_club_an_offer_is_taken_to_and_thrown_out_by_is_the_seller(gaz):
    got, _ = claims(gaz, "Italian sources say Everton had gone to Celtic with 12 million euros for Luca Brandt, "
                         "an offer the Scottish club threw straight in the bin.")
    assert {(c, k) for _p, c, k, _past in got} == {("Everton", "bid")}


@pytest.mark.parametrize("text", [
    "He was Tom Harwood's first signing after Everton dropped into League One, arriving from Celtic.",
    "Everton, coached by Portuguese Tom Harwood, announced that Luca Brandt has signed a three-year contract.",
    "Tom Harwood admitted on Friday that the window was tough, but the Everton manager was satisfied with Luca Brandt's arrival from Celtic.",
])
def test_a_manager_the_text_marks_as_one_is_no_player(gaz, text):
    _got, ex = claims(gaz, text)
    assert "Tom Harwood" not in ex.players


@pytest.mark.parametrize("text, kind", [
    ("Everton are looking for a replacement, and kicker understands that Celtic's Luca Brandt is one of the players under consideration.", "interest"),
    ("Luca Brandt is reported to be heading for England, with Everton the club in the frame.", "interest"),
    ("For Everton, a £1m deal is in place to bring in Luca Brandt from Celtic.", "agreement"),
])
def test_a_pursuit_told_by_its_state_is_read(gaz, text, kind):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", kind, False) in got


def test_the_club_a_player_is_of_is_his_owner(gaz):
    got, _ = claims(gaz, "Everton are said to be very keen on Jonas Falk and Luca Brandt of Celtic.")
    assert {(p, c) for p, c, _k, _past in got} == {("Jonas Falk", "Everton"), ("Luca Brandt", "Everton")}


def test_said_is_a_first_name_before_a_surname(gaz):
    got, _ = claims(gaz, "Everton have signed Saïd Benrahma on loan with an agreement to buy him next summer.")
    assert ("Saïd Benrahma", "Everton", "loan", False) in got


@pytest.mark.parametrize("text, club, kind", [
    ("Everton would like to take Celtic midfielder Luca Brandt, 32, back to Goodison.", "Everton", "interest"),
    ("Celtic midfielder Luca Brandt, 30, could be heading back to Everton in a surprise move.", "Everton", "interest"),
    ("Celtic are ready to let Luca Brandt, 26, leave on loan this week, and Everton and Fulham are both interested.", "Fulham", "interest"),
    ("Luca Brandt is desperate to leave Celtic, with Everton and Fulham both interested.", "Everton", "interest"),
    ("Everton have asked about Celtic's highly rated forward Luca Brandt, 22.", "Everton", "talks"),
    ("Luca Brandt will be allowed to speak to Everton today.", "Everton", "talks"),
    ("Everton's fee is above the £17m they paid Celtic for Luca Brandt last month.", "Everton", "signed"),
    ("Luca Brandt has left Scottish club Celtic to sign for Tom Harwood's Everton.", "Everton", "signed"),
])
def test_everyday_ways_of_saying_a_link(gaz, text, club, kind):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", club, kind, False) in got


def test_a_club_confirming_it_agreed_a_fee_with_another_is_the_buyer(gaz):
    got, _ = claims(gaz, "Everton have confirmed they have agreed a fee with Celtic for striker Luca Brandt.")
    assert {(c, k) for _p, c, k, _past in got} == {("Everton", "agreement")}


def test_the_manager_a_club_sacked_is_no_player(gaz):
    _got, ex = claims(gaz, "The managerless Foxes, who sacked Tom Harwood on Tuesday, have bid for Luca Brandt.")
    assert "Tom Harwood" not in ex.players


def test_money_that_goes_to_a_club_is_no_move(gaz):
    got, _ = claims(gaz, "Everton signed Luca Brandt from Celtic last summer, and part of the money will go to Fulham.")
    assert not {c for c in got if c[1] == "Fulham"}


@pytest.mark.parametrize("text", [
    "Everton are in talks with Celtic over a loan for Palestine striker Luca Brandt.",
    "Veteran striker Luca Brandt, who has been told by Celtic that he can leave, is wanted by Everton.",
])
def test_a_nation_or_an_adjective_before_a_player_is_no_club(gaz, text):
    got, ex = claims(gaz, text)
    assert ex.new_clubs == []
    assert ("Luca Brandt", "Everton") in {(p, c) for p, c, _k, _past in got}


def test_what_may_yet_happen_after_a_dated_clause_is_no_background(gaz):
    got, _ = claims(gaz, "Luca Brandt, who has been left out of Celtic's squad for the season and is out of contract in "
                         "January, now returns to Norway, although he could still rejoin Everton when the window reopens.",
                    day="2016-09-01")
    assert ("Luca Brandt", "Everton", "interest", False) in got


def test_a_club_that_heads_the_sentence_before_a_colon_is_the_club_it_announces_for(gaz):
    got, ex = claims(gaz, "Everton finally have their first big signing of the summer: the club announced on Monday that "
                          "forward Luca Brandt has signed a four-year contract after passing his medical, ending his time at Celtic.")
    assert got == {("Luca Brandt", "Everton", "signed", False)}
    assert fixture_articles.sources(ex, "Luca Brandt", "Everton", "signed") == {"Everton"}


def test_a_name_whose_striker_a_player_is_is_a_club(gaz):
    got, ex = claims(gaz, "Everton are leading the chase for Levski Sofia's 24-year-old striker Garra Dembele.")
    assert ex.players == ["Garra Dembele"]
    assert ("Garra Dembele", "Everton", "interest", False) in got


@pytest.mark.parametrize("text, club", [
    ("Luca Brandt's early move to Everton is done: both clubs announced it at 4.30pm.", "Everton"),
    ("Luca Brandt said he wanted to win titles now that his move from Scottish side Celtic to Everton is complete.", "Everton"),
    ("Everton welcomed Jonas Falk and the club's other winter signing, Austrian striker Luca Brandt.", "Everton"),
    ("Luca Brandt jumped two divisions to Championship side Everton earlier in the month.", "Everton"),
    ("Celtic sent midfielder Luca Brandt to Everton in return for the rights to a forward.", "Everton"),
])
def test_a_move_told_as_settled_is_done(gaz, text, club):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", club, "signed", False) in got


def test_the_irishman_is_the_article_s_player(gaz):
    got, ex = claims(gaz, "Everton have signed Luca Brandt. The Irishman, who joined Celtic from Fulham in January, "
                          "is Everton's fifth summer recruit after Jonas Falk.", day="2024-08-01")
    assert "Irishman" not in " ".join(ex.players)
    assert ("Luca Brandt", "Celtic", "signed", True) in got


def test_a_player_called_by_his_first_name_when_he_speaks_is_the_player(gaz):
    got, ex = claims(gaz, "Everton have signed Teemu Brandt from Celtic. He arrives a day after Jonas Falk joined the club "
                          "from Sunderland. Speaking to the club's website, Teemu said he was excited. He moved to Fulham in August 2021.")
    assert "Teemu" not in ex.players
    assert ("Teemu Brandt", "Fulham", "signed", True) in got


def test_the_clubs_a_signing_will_face_are_no_suitors(gaz):
    got, _ = claims(gaz, "Luca Brandt joined Everton from Celtic, in the same week that the club learned they will face "
                         "Fulham and Sunderland in the group stage.")
    assert {c for _p, c, _k, _past in got} == {"Everton"}


def test_a_career_told_from_the_academy_is_background(gaz):
    got, _ = claims(gaz, "Luca Brandt came through the youth ranks at Celtic without making a senior appearance, "
                         "and moved on to Fulham, who loaned him to Sunderland.")
    assert got and all(past for _p, _c, _k, past in got)


def test_a_club_that_had_wanted_to_borrow_him_did_not(gaz):
    got, _ = claims(gaz, "Luca Brandt had been expected to leave Celtic on loan, and Everton had also wanted to borrow him.")
    assert ("Luca Brandt", "Everton", "loan", False) not in got
    assert ("Luca Brandt", "Everton", "interest", False) in got
