"""Seventh round: engine rules written from the errors of held-out batches 18, 20 and 21
(rewrites of real reports). Invented players where the rule allows, so each test checks the
rule, not a name it has seen."""

import datetime as dt

import pytest

from bot.knowledge import ClubInfo, Gazetteer, Manager, Tenure

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


@pytest.fixture(scope="module")
def coach_gaz() -> Gazetteer:
    g = Gazetteer()
    for club in (ClubInfo("Everton", "England", "Premier League"), ClubInfo("Fulham", "England", "Premier League"),
                 ClubInfo("Barcelona", "Spain", "La Liga")):
        g.add_club(club)
    # a player then, a coach from 2024 on
    g.add_manager(Manager("Tomasz Wielgosz", ("Wielgosz",), (Tenure("Fulham", dt.date(2024, 6, 1)),)))
    g.add_manager(Manager("Ron Adler", ("Adler",), (Tenure("Fulham", dt.date(2024, 6, 1)),)))
    return g


def test_a_manager_who_had_not_started_coaching_is_the_player(coach_gaz):
    got, ex = claims(coach_gaz, "Barcelona have rejected a bid from Everton for Tomasz Wielgosz.", "2013-07-26")
    assert got == {("Tomasz Wielgosz", "Everton", "bid", False)}
    assert "Tomasz Wielgosz" in ex.players


def test_a_manager_in_post_still_stands_for_his_club(coach_gaz):
    got, _ = claims(coach_gaz, "Everton have rejected a bid from Wielgosz's side for Luca Brandt.", "2025-01-10")
    assert ("Luca Brandt", "Fulham", "bid", False) in got


def test_a_future_manager_named_as_coach_is_no_player(coach_gaz):
    got, ex = claims(coach_gaz, "Everton want Luca Brandt, according to their new coach Ron Adler.", "2013-07-26")
    assert got == {("Luca Brandt", "Everton", "interest", False)}
    assert "Ron Adler" not in ex.players


def test_a_generic_last_word_means_the_club_the_article_named(real_gaz):
    text = ("Doncaster Rovers have turned down a bid from Sunderland for their top scorer Luca Brandt. "
            "Reports have put the offer at £1.25m, well short of what Rovers think the striker is worth.")
    got, _ = claims(real_gaz, text, "2019-01-31")
    assert got == {("Luca Brandt", "Sunderland", "bid", False)}


def test_milan_alone_is_still_ac_milan(real_gaz):
    got, _ = claims(real_gaz, "Inter Milan want Luca Brandt. Milan have also made a bid for him.", "2023-07-04")
    assert {c for _p, c, _k, _x in got} == {"Inter Milan", "AC Milan"}


def test_a_name_before_and_manager_is_the_player(real_gaz):
    got, _ = claims(real_gaz, "Doncaster Rovers have turned down a bid from Sunderland for their top scorer Luca Brandt, "
                              "and manager Ron Adler insists that nobody at the club is for sale.", "2019-01-31")
    assert got == {("Luca Brandt", "Sunderland", "bid", False)}


def test_not_interested_in_selling_is_no_withdrawal(real_gaz):
    text = ("Sunderland have made a bid for Luca Brandt. The club were simply not interested in selling anyone "
            "they wanted to keep, he said.")
    got, _ = claims(real_gaz, text, "2019-01-31")
    assert got == {("Luca Brandt", "Sunderland", "bid", False)}


def test_will_turn_down_every_offer_is_the_owner(real_gaz):
    got, _ = claims(real_gaz, "Barcelona will turn down every offer for Luca Brandt, and Manchester United's pursuit "
                              "of the midfielder now appears to be over.", "2013-07-26")
    assert not any(c == "Barcelona" for _p, c, _k, _x in got)
    assert any(c == "Manchester United" for _p, c, _k, _x in got)


def test_joining_another_club_in_a_chase_is_no_signing(real_gaz):
    got, _ = claims(real_gaz, "Middlesbrough have joined QPR in making enquiries about Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "Middlesbrough", "talks", False),
                   ("Tomasz Wielgosz", "Queens Park Rangers", "talks", False)}
    got, _ = claims(real_gaz, "Tomasz Wielgosz joined Fulham in a deal worth £5m.")
    assert got == {("Tomasz Wielgosz", "Fulham", "signed", False)}


def test_went_back_home_to_a_club_and_closes_in_on(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz went back home to Belgrano after his contract with Leeds ended.")
    assert ("Tomasz Wielgosz", "Belgrano", "signed", False) in got
    got, _ = claims(real_gaz, "Tomasz Wielgosz closes in on a £6m switch to Everton.")
    assert got == {("Tomasz Wielgosz", "Everton", "agreement", False)}


def test_the_club_academy_graduate_is_the_player_it_owns(real_gaz):
    text = ("West Ham have had an offer for Tomasz Wielgosz accepted and are expected to complete the signing of "
            "the Leeds academy graduate within the next 48 hours.")
    got, _ = claims(real_gaz, text)
    assert not any(c == "Leeds United" for _p, c, _k, _x in got)


def test_a_gossip_columns_heading_is_no_player(real_gaz):
    _, ex = claims(real_gaz, "Gossip Column: Tomasz Wielgosz close to an Everton move.")
    assert ex.players == ["Tomasz Wielgosz"]


def test_a_list_of_signings_under_a_colon(real_gaz):
    text = ("Everton have made four signings so far this summer:\n\nTomasz Wielgosz (Lille, £12m), Rui Teixeira "
            "(from Porto), Luca Brandt (loan from Brentford) and Jonas Falkenried (Nice).")
    got, _ = claims(real_gaz, text)
    assert got == {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False),
                   ("Luca Brandt", "Everton", "loan", False), ("Jonas Falkenried", "Everton", "signed", False)}


def test_a_squad_list_by_position_under_the_sentence_that_introduces_it(real_gaz):
    text = ("Among the players who have joined Celtic, with their previous clubs, are:\n\n"
            "Goalkeepers: Tomasz Wielgosz (Lille), Rui Teixeira (Porto).\n\nForwards: Luca Brandt (Brentford), "
            "Jonas Falkenried (Nice).")
    got, ex = claims(real_gaz, text)
    assert {(p, c, k) for p, c, k, _x in got} == {(p, "Celtic", "signed") for p in
                                                  ("Tomasz Wielgosz", "Rui Teixeira", "Luca Brandt", "Jonas Falkenried")}
    assert all(c.source is None for c in ex.claims)  # "(Nice)" closing a paragraph is a club, not a credit


def test_a_list_of_departures_goes_to_the_bracketed_clubs(real_gaz):
    got, _ = claims(real_gaz, "Everton's departures this summer:\n\nTomasz Wielgosz (Lille), Rui Teixeira (Porto, loan).")
    assert got == {("Tomasz Wielgosz", "Lille", "signed", False), ("Rui Teixeira", "Porto", "loan", False)}


def test_a_list_without_a_sentence_saying_what_it_is_gives_nothing(real_gaz):
    got, _ = claims(real_gaz, "Celtic's window so far.\n\nTomasz Wielgosz (Lille), Rui Teixeira (Porto).")
    assert got == set()


def test_players_going_the_other_way_go_to_the_seller(real_gaz):
    got, _ = claims(real_gaz, "Everton have agreed to sign Tomasz Wielgosz from Fulham, with Rui Teixeira going the other way.")
    assert got == {("Tomasz Wielgosz", "Everton", "agreement", False), ("Rui Teixeira", "Fulham", "agreement", False)}
    text = ("Tomasz Wielgosz is on his way to Inter, with Roma receiving 23.5 million euros.\n\n"
            "The official announcement has yet to come.\n\nRui Teixeira and Luca Brandt go the other way.")
    got, _ = claims(real_gaz, text)
    assert {("Rui Teixeira", "Roma", "agreement", False), ("Luca Brandt", "Roma", "agreement", False)} <= got


def test_saying_goodbye_credits_no_one_and_a_hyphenated_name_is_a_player(real_gaz):
    got, ex = claims(real_gaz, "Tomasz Oxlade-Wielgosz has said his goodbyes. Liverpool have agreed a £40m deal with "
                               "Arsenal for the midfielder.")
    assert got == {("Tomasz Oxlade-Wielgosz", "Liverpool", "agreement", False)}
    assert ex.claims[0].source is None


def test_a_former_managers_club_is_no_destination(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz has agreed terms on a loan to newly promoted Brighton, where he would link "
                              "up again with Chris Hughton, his former manager at Newcastle.", "2017-08-31")
    assert got == {("Tomasz Wielgosz", "Brighton & Hove Albion", "agreement", False)}


def test_plain_lowercase_words_are_no_club(real_gaz):
    got, _ = claims(real_gaz, "Sunderland have had a bid accepted for Tomasz Wielgosz, and the move should go ahead.")
    assert got == {("Tomasz Wielgosz", "Sunderland", "bid", False)}


def test_a_country_moved_to_is_the_one_club_of_it_the_sentence_names(real_gaz):
    got, _ = claims(real_gaz, "Birmingham City have completed the signing of Tomasz Wielgosz from Rennes, only six months "
                              "after he left Celtic for France.", "2025-07-08")
    assert got == {("Tomasz Wielgosz", "Birmingham City", "signed", False), ("Tomasz Wielgosz", "Rennes", "signed", True)}
    got, _ = claims(real_gaz, "Tomasz Wielgosz joined Atalanta from Sturm Graz only a year ago, having moved to Austria "
                              "from Copenhagen in January 2022.", "2023-08-05")
    assert ("Tomasz Wielgosz", "Sturm Graz", "signed", True) in got
    got, _ = claims(real_gaz, "Tomasz Wielgosz has won 33 caps for France and plays for Lille.")
    assert got == set()


def test_years_after_joining_is_background(real_gaz):
    text = ("Vancouver Whitecaps have signed Tomasz Wielgosz. The 35-year-old arrives as a free agent after leaving "
            "Bayern Munich at the end of June, 25 years after joining the Bavarian club's academy as a boy.")
    got, _ = claims(real_gaz, text, "2025-08-06")
    assert ("Tomasz Wielgosz", "Vancouver Whitecaps", "signed", False) in got
    assert not any(c == "Bayern Munich" and not past for _p, c, _k, past in got)


def test_an_initial_is_no_club_alias(real_gaz):
    _, ex = claims(real_gaz, "Another U.S. women's national team defender is heading to England.")
    assert ex.claims == [] and ex.players == []


def test_a_club_listening_to_offers_is_no_suitor(real_gaz):
    got, _ = claims(real_gaz, "Napoli are now listening to offers from Saudi Arabia for Tomasz Wielgosz.")
    assert got == set()


def test_every_club_of_a_former_list_describes_the_player(real_gaz):
    got, _ = claims(real_gaz, "Ipswich Town have had a bid to take the former Sheffield Wednesday and Rotherham United "
                              "forward Tomasz Wielgosz to Portman Road knocked back.")
    assert got == {("Tomasz Wielgosz", "Ipswich Town", "bid", False)}


def test_his_current_club_is_no_suitor(real_gaz):
    got, _ = claims(real_gaz, "Everton are also close to signing Tomasz Wielgosz, subject to the approval of his "
                              "current club Barcelona.")
    assert got == {("Tomasz Wielgosz", "Everton", "agreement", False)}


def test_loans_listed_after_an_option_to_buy(real_gaz):
    got, _ = claims(real_gaz, "Aston Villa landed Tomasz Wielgosz on loan from Manchester United for the rest of the season, "
                              "with an option to buy, plus Rui Teixeira on loan from Paris Saint-Germain.")
    assert got == {("Tomasz Wielgosz", "Aston Villa", "loan", False), ("Rui Teixeira", "Aston Villa", "loan", False)}


def test_signed_another_clubs_player_and_after_signing(real_gaz):
    got, _ = claims(real_gaz, "Milan have also signed Schalke's rising youngster Luca Brandt.")
    assert got == {("Luca Brandt", "AC Milan", "signed", False)}
    got, _ = claims(real_gaz, "Wrexham have finally got their man after signing striker Luca Brandt from Reading.")
    assert got == {("Luca Brandt", "Wrexham", "signed", False)}


def test_ready_to_pay_a_sum_for_a_player_is_interest(real_gaz):
    got, _ = claims(real_gaz, "Bayern Munich are ready to pay 70m euros for Barcelona midfielder Luca Brandt.")
    assert got == {("Luca Brandt", "Bayern Munich", "interest", False)}


def test_the_club_striker_described_is_the_player_the_text_is_about(real_gaz):
    _, ex = claims(real_gaz, "Tomasz Wielgosz is on the move. The Chelsea striker has passed a medical at Arsenal.")
    assert fixture_articles.facts_of(ex)[("Tomasz Wielgosz", "current_club")] == "Chelsea"


def test_a_priced_player_of_a_club_is_his(real_gaz):
    got, ex = claims(real_gaz, "Middlesbrough have joined QPR in making enquiries about West Brom's £7m-rated winger "
                               "Tomasz Wielgosz.")
    assert not any(c == "West Bromwich Albion" for _p, c, _k, _x in got)
    assert fixture_articles.facts_of(ex)[("Tomasz Wielgosz", "current_club")] == "West Bromwich Albion"


def test_contract_left_in_months_or_in_a_relative_clause(real_gaz):
    _, ex = claims(real_gaz, "Tomasz Wielgosz, whose contract has two years to run, is wanted by Everton.", "2023-09-01")
    assert fixture_articles.facts_of(ex)[("Tomasz Wielgosz", "contract_until")] == 2025
    _, ex = claims(real_gaz, "Tomasz Wielgosz has 18 months left on his deal at Everton.", "2023-09-01")
    assert fixture_articles.facts_of(ex)[("Tomasz Wielgosz", "contract_until")] == 2025


def test_wanting_the_described_player(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz has been in fine form. Arsenal want the Southampton midfielder.")
    assert got == {("Tomasz Wielgosz", "Arsenal", "interest", False)}


def test_a_translation_credit_names_no_player_and_a_newest_reinforcement_is_signed(real_gaz):
    text = ("The French midfielder Tomasz Wielgosz is Valencia's newest reinforcement, arriving on loan from Inter Milan "
            "until the end of the season. (Translated from Portuguese, Diário de Notícias.)")
    got, ex = claims(real_gaz, text, "2017-08-21")
    assert ("Tomasz Wielgosz", "Valencia") in {(p, c) for p, c, _k, _x in got}
    assert ex.players == ["Tomasz Wielgosz"]


def test_lists_labelled_by_their_club_under_among_their_signings(real_gaz):
    text = ("The four clubs have already spent more than 725 million euros. Among their signings:\n\n"
            "- Al Hilal (341.6 million euros in total): Tomasz Wielgosz (21 million euros), Rui Teixeira (52.6 million "
            "euros) and Bonolo (60 million euros);\n- Al Nassr (165.1 million euros): Luca Brandt (free) and Jonas "
            "Falkenried (4.6 million euros).")
    got, _ = claims(real_gaz, text, "2023-08-20")
    assert {(p, c) for p, c, k, _x in got if k == "signed"} == {
        ("Tomasz Wielgosz", "Al Hilal"), ("Rui Teixeira", "Al Hilal"), ("Bonolo", "Al Hilal"),
        ("Luca Brandt", "Al Nassr"), ("Jonas Falkenried", "Al Nassr")}


def test_the_name_saga_names_a_player(real_gaz):
    text = ("The Tomasz Wielgosz saga is finally over. After weeks of negotiations, Fiorentina have officially "
            "announced that the Icelandic striker has joined them from Genoa on a paid loan.")
    got, ex = claims(real_gaz, text, "2024-08-16")
    assert "Tomasz Wielgosz" in ex.players
    assert ("Tomasz Wielgosz", "Fiorentina") in {(p, c) for p, c, _k, _x in got}


def test_gossip_frames_bring_back_take_on_loan_head_to_head_and_a_brother(real_gaz):
    got, _ = claims(real_gaz, "Chelsea are ready to pay £30m to bring defender Tomasz Wielgosz back to Stamford Bridge "
                              "from PSG.", "2016-08-31")
    assert got == {("Tomasz Wielgosz", "Chelsea", "interest", False)}
    got, _ = claims(real_gaz, "AC Milan would like to take Tomasz Wielgosz on loan for the season.", "2016-08-31")
    assert got == {("Tomasz Wielgosz", "AC Milan", "interest", False)}
    got, _ = claims(real_gaz, "Hull and Lyon will go head to head for Bournemouth winger Tomasz Wielgosz.", "2016-08-31")
    assert {c for _p, c, _k, _x in got} == {"Hull City", "Lyon"}
    got, _ = claims(real_gaz, "Sunderland will bid £1.5m for Saint-Etienne's Tomasz Wielgosz, brother of Paul Pogba.",
                    "2016-08-31")
    assert got == {("Tomasz Wielgosz", "Sunderland", "bid", False)}


def test_a_move_years_before_is_background_but_an_opening_span_frames_the_news(real_gaz):
    got, _ = claims(real_gaz, "Barcelona and RB Leipzig reached a full agreement on Friday for the transfer of Tomasz "
                              "Wielgosz, who returns to the club where he trained as a child ten years after leaving "
                              "La Masia for Dinamo Zagreb.", "2024-08-09")
    assert ("Tomasz Wielgosz", "Barcelona", "agreement", False) in got
    assert ("Tomasz Wielgosz", "Dinamo Zagreb", "signed", True) in got
    got, _ = claims(real_gaz, "LIVERPOOL, England (AP) - A few weeks after persuading Liverpool great Steven Gerrard to "
                              "become its manager, Saudi Arabian club Al-Ettifaq signed Tomasz Wielgosz on Thursday.",
                    "2023-07-28")
    assert ("Tomasz Wielgosz", "Al-Ettifaq", "signed", False) in got


def test_a_country_as_a_first_name_and_a_new_subject_after_a_comma(real_gaz):
    got, _ = claims(real_gaz, "Georgia Wielgosz has also gone, to Bayern Munich, Ellen Brandt and Jill Teixeira have both "
                              "retired.", "2022-08-10")
    assert got == {("Georgia Wielgosz", "Bayern Munich", "signed", False)}
    got, _ = claims(real_gaz, "Everton have signed Jordan Brenner from Fulham.", "2022-08-10")
    assert got == {("Jordan Brenner", "Everton", "signed", False)}


def test_bringing_a_player_back_and_a_move_earned(real_gaz):
    got, _ = claims(real_gaz, "Austin FC pulled off an eye-catching deal on Monday, bringing US striker Tomasz Wielgosz "
                              "back to MLS from Liga MX heavyweights Monterrey.", "2025-02-03")
    assert got == {("Tomasz Wielgosz", "Austin FC", "signed", False)}
    got, _ = claims(real_gaz, "Mourinho had already ruled out bringing Tomasz Wielgosz back into his squad.", "2025-02-03")
    assert got == set()
    got, _ = claims(real_gaz, "That form earned Tomasz Wielgosz a move to Monterrey in January 2024.", "2025-02-03")
    assert got == {("Tomasz Wielgosz", "Monterrey", "signed", True)}


def test_a_club_announcing_the_news_is_the_source_of_it(real_gaz):
    text = ("Tomasz Wielgosz's transfer from Fiorentina to Bournemouth is off. The midfielder did not pass his medical "
            "with the Premier League club.\n\nFiorentina announced the news in an official statement on Saturday.")
    _, ex = claims(real_gaz, text, "2023-08-05")
    assert {(c.club, c.kind, c.source) for c in ex.claims if c.kind == "ended"} == {("AFC Bournemouth", "ended", "Fiorentina")}


def test_was_a_club_player_from_year_to_year(real_gaz):
    got, _ = claims(real_gaz, "It is a second spell in Glasgow for Tomasz Wielgosz, who was a Rangers player from 2008 to "
                              "2012.", "2018-08-22")
    assert got == {("Tomasz Wielgosz", "Rangers", "signed", True)}
