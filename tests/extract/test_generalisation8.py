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


def test_a_where_clause_is_at_the_club_before_it(gaz):
    got, _ = claims(gaz, "Luca Brandt has said no to Everton because he would rather stay at Celtic, where he spent "
                         "last season on loan.", "2019-07-31")
    assert ("Luca Brandt", "Celtic", "loan", True) in got
    assert ("Luca Brandt", "Everton", "loan", True) not in got


def test_a_channel_named_is_a_credit_not_a_player(gaz):
    text = ("Luca Brandt has said no to Everton.\n\nAccording to the popular football Instagram account Talking Balls, "
            "Brandt wants to remain with Celtic. Barcelona are also interested in Brandt.")
    got, ex = claims(gaz, text, "2019-07-31")
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Barcelona", "interest", False) in got


def test_the_past_of_a_relative_clause_does_not_carry_to_the_next_sentence(gaz):
    text = ("Luca Brandt wants to remain with Celtic, for whom he scored 16 goals last season. "
            "He also revealed strong interest from Barcelona and Juventus.")
    got, _ = claims(gaz, text, "2019-07-31")
    assert {("Luca Brandt", "Barcelona", "interest", False), ("Luca Brandt", "Juventus", "interest", False)} <= got


def test_giving_up_on_a_work_permit_is_no_withdrawal(gaz):
    got, _ = claims(gaz, "Everton were ready to sell Luca Brandt after giving up on obtaining a work permit for him.")
    assert not any(kind == "ended" for _p, _c, kind, _past in got)


def test_a_career_told_from_its_start_is_history(gaz):
    text = ("Born in Lisbon, Luca Brandt began his professional career at Chelsea and then spent six productive "
            "years at Spanish club Barcelona before moving on to Juventus, where injuries have troubled him.")
    got, _ = claims(gaz, text, "2020-02-20")
    assert got == {("Luca Brandt", "Chelsea", "signed", True), ("Luca Brandt", "Barcelona", "signed", True),
                   ("Luca Brandt", "Juventus", "signed", True)}
    got, _ = claims(gaz, "Luca Brandt is in talks with Celtic, the club where he started his career, about a return.")
    assert got == {("Luca Brandt", "Celtic", "talks", False)}


def test_the_club_a_race_was_won_against_wanted_him_too(gaz):
    got, _ = claims(gaz, "Juventus won the race for Luca Brandt ahead of Celtic.")
    # (a rival's race lost behind a completed move is background)
    assert got == {("Luca Brandt", "Juventus", "signed", False), ("Luca Brandt", "Celtic", "interest", True)}


def test_signings_listed_after_the_nth_purchase(gaz):
    text = ("For Everton, Luca Brandt is the fourth big purchase of the summer after Tomasz Wielgosz from Chelsea, "
            "Rui Teixeira from Celtic and Jonas Falk from Juventus.")
    got, _ = claims(gaz, text)
    assert {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False),
            ("Jonas Falk", "Everton", "signed", False)} <= got


def test_players_brought_in_among_them(gaz):
    got, _ = claims(gaz, "Everton have brought in nine players, among them Tomasz Wielgosz, Rui Teixeira and Jonas Falk.")
    assert got == {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False),
                   ("Jonas Falk", "Everton", "signed", False)}


def test_players_who_have_come_the_other_way(gaz):
    got, _ = claims(gaz, "Everton have signed Luca Brandt from Celtic.\n\nTomasz Wielgosz and Rui Teixeira have come the other way.")
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Tomasz Wielgosz", "Celtic", "signed", False),
                   ("Rui Teixeira", "Celtic", "signed", False)}


def test_likes_a_described_player(gaz):
    got, _ = claims(gaz, "Everton also like Chelsea forward Tomasz Wielgosz, 25.")
    assert got == {("Tomasz Wielgosz", "Everton", "interest", False)}
    got, _ = claims(gaz, "Everton still like his Celtic team-mate Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "Everton", "interest", False)}


def test_the_amount_they_have_offered(gaz):
    got, _ = claims(gaz, "Manchester City will improve on the £43m they have offered Juventus for midfielder Tomasz Wielgosz.")
    assert ("Tomasz Wielgosz", "Manchester City", "bid", False) in got


def test_a_live_blog_entry_opened_by_its_club(gaz):
    got, _ = claims(gaz, "10:05 Everton have made their first move of the day: goalkeeper Tomasz Wielgosz has arrived "
                         "on loan from Celtic until January.")
    assert got == {("Tomasz Wielgosz", "Everton", "loan", False)}


def test_two_players_who_have_joined(gaz):
    got, _ = claims(gaz, "Luca Brandt follows Brazilian forward Tomasz Wielgosz and American goalkeeper Rui Teixeira, "
                         "who have already joined Everton this summer.")
    assert {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False)} <= got


def test_a_bid_not_completed_in_time_ended(gaz):
    got, _ = claims(gaz, "A late bid from Sunderland for goalkeeper Tomasz Wielgosz was not completed in time.", "2016-09-01")
    assert got == {("Tomasz Wielgosz", "Sunderland", "bid", False), ("Tomasz Wielgosz", "Sunderland", "ended", False)}


def test_hope_he_will_be_the_first_signing(gaz):
    got, _ = claims(gaz, "Newcastle United hope Celtic's £10m-rated defender Tomasz Wielgosz, 23, will be the first signing "
                         "of the new manager's reign.")
    assert ("Tomasz Wielgosz", "Newcastle United", "interest", False) in got


@pytest.mark.parametrize("text, want", [
    ("Everton have asked Juventus about right-back Tomasz Wielgosz, only to be told that he is not for sale.",
     {("Tomasz Wielgosz", "Everton", "talks", False)}),
    ("Barcelona have enquired about Chelsea forward Tomasz Wielgosz, whose loan at Everton ended in June.",
     {("Tomasz Wielgosz", "Barcelona", "talks", False)}),
    ("Everton have identified Celtic's defender Tomasz Wielgosz, 23, as a possible replacement.",
     {("Tomasz Wielgosz", "Everton", "interest", False)}),
    ("Tomasz Wielgosz could swap Celtic for Everton later this week.",
     {("Tomasz Wielgosz", "Everton", "interest", False)}),
    ("Everton would love to be reunited with Barcelona playmaker Tomasz Wielgosz.",
     {("Tomasz Wielgosz", "Everton", "interest", False)}),
    ("Chelsea need reinforcements, with Tomasz Wielgosz reportedly on his way to Everton too.",
     {("Tomasz Wielgosz", "Everton", "agreement", False)}),
    ("Celtic have announced three signings, with Tomasz Wielgosz, Rui Teixeira and Jonas Falk completing moves to Celtic.",
     {("Tomasz Wielgosz", "Celtic", "signed", False), ("Rui Teixeira", "Celtic", "signed", False),
      ("Jonas Falk", "Celtic", "signed", False)}),
    ("Everton then finished one more deal on Friday, with Tomasz Wielgosz arriving on loan from Juventus.",
     {("Tomasz Wielgosz", "Everton", "loan", False)}),
    ("Tomasz Wielgosz's move to Liverpool appears to be dead after Juventus put out a statement.",
     {("Tomasz Wielgosz", "Liverpool", "ended", False)}),
])
def test_ninth_probe_frames(gaz, text, want):
    got, _ = claims(gaz, text)
    assert got == want


def test_a_club_alias_that_opens_a_persons_name_is_his_first_name(gaz):
    g = Gazetteer()
    for club in ("León", "Sunderland", "Hibernian"):
        g.add_club(ClubInfo(club, "Mexico" if club == "León" else "England", "Liga MX", ("Leon",)) if club == "León"
                   else ClubInfo(club, "England", "Championship"))
    got, _ = claims(g, "Leon Dajaku has also left Sunderland, joining Hibernian on loan until the end of the season.")
    assert got == {("Leon Dajaku", "Hibernian", "loan", False)}
    got, _ = claims(g, "Leon have signed Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "León", "signed", False)}


@pytest.mark.parametrize("text, want", [
    ("Their German forward Tomasz Wielgosz is leaving for Juventus.", {("Tomasz Wielgosz", "Juventus", "agreement", False)}),
    ("Everton were unable to complete a move for Chelsea left-back Tomasz Wielgosz before the deadline.",
     {("Tomasz Wielgosz", "Everton", "ended", False)}),
    ("Everton, meanwhile, have accepted that they are likely to lose the Brazilian Tomasz Wielgosz to Chelsea.",
     {("Tomasz Wielgosz", "Chelsea", "agreement", False)}),
    ("Celtic also bought a left-back, Australia international Tomasz Wielgosz from Juventus.",
     {("Tomasz Wielgosz", "Celtic", "signed", False)}),
    ("Celtic, who have three strikers in their squad, are trying to land Spanish striker Tomasz Wielgosz from Juventus.",
     {("Tomasz Wielgosz", "Celtic", "interest", False)}),
    ("Everton want to take Chelsea youngster Tomasz Wielgosz on loan.", {("Tomasz Wielgosz", "Everton", "interest", False)}),
    ("Celtic had earlier tied up a loan for Tomasz Wielgosz, the 22-year-old defender, from Juventus.",
     {("Tomasz Wielgosz", "Celtic", "loan", False)}),
    ("Everton have been priced out of a deal for Tomasz Wielgosz.", {("Tomasz Wielgosz", "Everton", "ended", False)}),
    ("Juventus have handed Tomasz Wielgosz a new contract, a blow to Everton's hopes of taking the midfielder.",
     {("Tomasz Wielgosz", "Everton", "ended", False)}),
    ("Tomasz Wielgosz has arrived at Everton's training ground.", {("Tomasz Wielgosz", "Everton", "agreement", False)}),
    ("Everton have not given up on signing Tomasz Wielgosz.", {("Tomasz Wielgosz", "Everton", "interest", False)}),
    ("Everton had all but settled the arrival of Tomasz Wielgosz with his club, Celtic.",
     {("Tomasz Wielgosz", "Everton", "agreement", False)}),
])
def test_tenth_probe_frames(gaz, text, want):
    got, _ = claims(gaz, text)
    assert got == want


def test_who_signs_for_four_years_is_a_contract_length(gaz):
    got, _ = claims(gaz, "Celtic and Juventus agree on Tomasz Wielgosz, who signs for four years.")
    assert ("Tomasz Wielgosz", "Celtic", "agreement", False) in got
    assert not any(kind == "signed" for *_x, kind, _past in got)


def test_a_weekday_before_a_role_word_is_the_club(real_gaz):
    got, _ = claims(real_gaz, "Wednesday manager Carlos Carvalhal has not given up on signing Tomasz Wielgosz.", "2016-01-17")
    assert got == {("Tomasz Wielgosz", "Sheffield Wednesday", "interest", False)}
    got, _ = claims(real_gaz, "Everton will hold talks on Wednesday about Tomasz Wielgosz.", "2016-01-17")
    assert ("Tomasz Wielgosz", "Sheffield Wednesday", "talks", False) not in got


def test_the_main_clause_resumes_after_a_relative_one_with_its_verb(gaz):
    text = ("Postecoglou's side, who lost their captain to Chelsea during the window, brought in three players from Celtic, "
            "among them the experienced defender Tomasz Wielgosz.")
    g = gaz
    got, _ = claims(g, text, "2024-02-02")
    assert ("Tomasz Wielgosz", "Chelsea", "signed", False) not in got


def facts_of(ex):
    return {(f.player, f.fact): f.value for f in ex.facts}


@pytest.mark.parametrize("text, day, fact, want", [
    ("Everton want Luca Brandt, who is in the last year of his contract at Celtic.", "2019-07-03", "contract_until", 2020),
    ("Everton want Luca Brandt, who is in the final year of his contract at Celtic.", "2019-03-03", "contract_until", 2019),
    ("Luca Brandt has a year left on his deal at Celtic, and Everton are interested.", "2019-07-03", "contract_until", 2020),
    ("Everton are interested in Luca Brandt, who will be out of contract at Celtic in the summer.", "2019-03-03",
     "contract_until", 2019),
    ("Everton want Luca Brandt, who is in the last year of his contract at Celtic.", "2019-07-03", "current_club", "Celtic"),
    ("Everton have signed Luca Brandt from Celtic. Brandt signed a four-and-a-half-year contract.", "2018-01-22",
     "contract_until", 2022),
])
def test_contract_and_club_facts(gaz, text, day, fact, want):
    _, ex = claims(gaz, text, day)
    assert facts_of(ex)[("Luca Brandt", fact)] == want


@pytest.mark.parametrize("text, fact, amount", [
    ("Everton are keen on the £7m-rated Luca Brandt.", "valuation", 7_000_000),
    ("Everton are keen on Celtic midfielder Luca Brandt, who is rated at £40m.", "valuation", 40_000_000),
    ("Everton are keen on Luca Brandt but balk at Celtic's £3m valuation.", "asking_price", 3_000_000),
    ("Everton cannot afford the £14m Celtic are asking for Luca Brandt.", "asking_price", 14_000_000),
    ("Celtic have put a £1m price on Luca Brandt, who is wanted by Everton.", "asking_price", 1_000_000),
    ("Everton would not meet Celtic's £50m valuation of Luca Brandt.", "asking_price", 50_000_000),
])
def test_price_facts(gaz, text, fact, amount):
    _, ex = claims(gaz, text, "2019-07-03")
    value = facts_of(ex)[("Luca Brandt", fact)]
    assert (value.currency, value.min, value.max) == ("GBP", amount, amount)


@pytest.mark.parametrize("text, club", [
    ("Once his replacement arrives, Celtic will let Luca Brandt leave, with Everton and Juventus both hoping to take him.",
     "Celtic"),
    ("Celtic want to keep Luca Brandt at the club, but Chelsea are keen.", "Celtic"),
    ("Celtic are understood to be willing to listen to bids for Luca Brandt, with Everton interested.", "Celtic"),
    ("Former Juventus defender Luca Brandt, now at Celtic, is also being considered by Everton.", "Celtic"),
    ("Luca Brandt, who has been at Celtic since 2019, is wanted by Everton.", "Celtic"),
])
def test_the_club_he_is_at(gaz, text, club):
    got, ex = claims(gaz, text, "2019-07-03")
    assert facts_of(ex)[("Luca Brandt", "current_club")] == club
    assert not any(c == club and not past for _p, c, _k, past in got)  # (his arrival there is background)


def test_hoping_to_take(gaz):
    got, _ = claims(gaz, "Celtic will let Luca Brandt leave, with Everton and Juventus both hoping to take the defender.")
    assert got == {("Luca Brandt", "Everton", "interest", False), ("Luca Brandt", "Juventus", "interest", False)}


@pytest.mark.parametrize("line, outlet", [
    ("(Translated from the Italian of the ANSA agency, Milan, June 21.)", "ANSA"),
    ("(Translated from the Spanish of Estadio Deportivo, Seville.)", "Estadio Deportivo"),
    ("(Translated from Spanish, MARCA.)", "MARCA"),
    ("(Translated from Record, Lisbon.)", "Record"),
])
def test_a_translation_note_credits_the_outlet_translated(gaz, line, outlet):
    _, ex = claims(gaz, f"Everton have signed Luca Brandt from Celtic.\n\n{line}")
    assert {c.source for c in ex.claims} == {outlet}


def test_a_translation_note_without_an_outlet_credits_no_one(gaz):
    _, ex = claims(gaz, "Everton have signed Luca Brandt from Celtic.\n\n(Translated from French.)")
    assert {c.source for c in ex.claims} == {None}


def test_a_paper_nothing_lists_crediting_itself(gaz):
    _, ex = claims(gaz, "Everton will step up their interest in Luca Brandt today with an official bid, The Star has been told.")
    assert {c.source for c in ex.claims} == {"The Star"}


def test_according_to_information_obtained_by(gaz):
    _, ex = claims(gaz, "According to information obtained by Bild, Everton have made an offer for Luca Brandt.")
    assert {c.source for c in ex.claims} == {"Bild"}


def test_a_credited_sentence_about_the_deal_just_told(gaz):
    _, ex = claims(gaz, "Everton have signed Luca Brandt from Celtic.\n\nBild understands the deal could eventually be worth £65m.")
    assert {c.source for c in ex.claims} == {"Bild"}


def test_stop_pursuing_is_a_withdrawal(gaz):
    got, _ = claims(gaz, "Bild reported that Everton have decided to stop pursuing Luca Brandt.")
    assert got == {("Luca Brandt", "Everton", "ended", False)}


@pytest.mark.parametrize("text, club", [
    ("Ajax have signed Luca Brandt from Everton.\n\nThe Amsterdam club announced on Thursday that he had signed for two years.",
     "Ajax"),
    ("Rangers have re-signed Luca Brandt.\n\nThe Rangers club announced on Wednesday that the striker has returned.", "Rangers"),
    ("Everton have signed Luca Brandt.\n\nIn a statement on Monday the club said they had agreed a four-year contract.", "Everton"),
    ("Everton have agreed a deal with Luca Brandt.\n\nThe club can also confirm that Luca Brandt has signed a new deal.",
     "Everton"),
    ("Luca Brandt completed his loan switch to Everton on Tuesday, with Everton announcing that he will stay all season.", "Everton"),
])
def test_a_clubs_statement_credits_the_club(real_gaz, text, club):
    _, ex = claims(real_gaz, text, "2023-07-04")
    assert {c.source for c in ex.claims if c.player == "Luca Brandt"} == {club}


def test_a_club_named_by_its_full_football_club_name(real_gaz):
    got, ex = claims(real_gaz, "Los Angeles Football Club today announced the signing of Luca Brandt.", "2022-06-27")
    assert got == {("Luca Brandt", "Los Angeles FC", "signed", False)}
    assert {c.source for c in ex.claims} == {"Los Angeles FC"}


def test_a_club_alias_before_a_score_or_a_role_word_stays_a_club(real_gaz):
    got, _ = claims(real_gaz, "Betis paid Espanyol 28 million euros for Luca Brandt in 2019.", "2024-01-25")
    assert ("Luca Brandt", "Real Betis", "signed", True) in got
    _, ex = claims(real_gaz, "Juventus Stadium will host the final, and Juventus want Luca Brandt.", "2024-01-25")
    assert ex.players == ["Luca Brandt"]


def test_on_the_brink_of_a_move_is_agreed_not_done(gaz):
    got, _ = claims(gaz, "Luca Brandt is on the brink of a winter move from Celtic to Everton.", "2024-01-25")
    assert got == {("Luca Brandt", "Everton", "agreement", False)}


def test_a_closing_translation_note_credits_its_outlet_not_the_note(gaz):
    _, ex = claims(gaz, "Everton have reached an agreement with Celtic over Luca Brandt. (Translated from German, kicker.)")
    assert {c.source for c in ex.claims} == {"kicker"}


def test_a_demonym_before_sports_press_is_no_player(gaz):
    _, ex = claims(gaz, "[Translated from the Turkish sports press] Everton have wasted no time.\n\n"
                        "Everton have signed Luca Brandt from Celtic.", "2023-06-05")
    assert ("Luca Brandt", "nationality") not in facts_of(ex)


def test_in_and_out_lists_told_after_a_colon(gaz):
    text = ("Everton were among the busiest clubs of the window.\n\nOUT\n"
            "- Rui Teixeira: loaned to Juventus, the runaway leaders. The club still believe in him.\n"
            "- Jonas Falk: sold to Celtic for close to five million euros, depending on bonuses linked to his performances.\n\n"
            "IN\n- Luca Brandt: arrives from Chelsea and will start with the reserves.\n"
            "- Tomasz Wielgosz: comes on loan from Barcelona until the end of the season.")
    got, _ = claims(gaz, text, "2022-02-01")
    assert {("Rui Teixeira", "Juventus", "loan", False), ("Jonas Falk", "Celtic", "signed", False),
            ("Luca Brandt", "Everton", "signed", False), ("Tomasz Wielgosz", "Everton", "loan", False)} <= got
    assert not any(c in ("Chelsea", "Barcelona") and not past for _p, c, _k, past in got)


def test_a_window_business_list_with_previous_clubs(gaz):
    text = ("Everton spent heavily this summer. This is Everton's window business at a glance, with previous club, "
            "position and fee:\n\n- Luca Brandt (Chelsea), centre-back - £30m\n"
            "- Rui Teixeira (Barcelona), striker - £21m (he had already spent last season at Everton on loan)\n"
            "- Jonas Falk (Juventus), midfielder - free")
    got, _ = claims(gaz, text, "2019-09-03")
    assert {("Luca Brandt", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False),
            ("Jonas Falk", "Everton", "signed", False)} <= got


def test_players_brought_in_on_loan_listed_after_a_colon(gaz):
    got, _ = claims(gaz, "Everton also paid £7m for Celtic left-back Luca Brandt and brought in three players on loan: "
                         "Rui Teixeira from Chelsea, goalkeeper Jonas Falk from Juventus and striker Tomasz Wielgosz from Barcelona.",
                    "2018-09-01")
    assert got == {("Luca Brandt", "Everton", "signed", False), ("Rui Teixeira", "Everton", "loan", False),
                   ("Jonas Falk", "Everton", "loan", False), ("Tomasz Wielgosz", "Everton", "loan", False)}


@pytest.mark.parametrize("text, want", [
    ("Luca Brandt said he was delighted to join Everton from Celtic.", {("Luca Brandt", "Everton", "signed", False)}),
    ("Luca Brandt says he is happy at Celtic despite interest from Everton.", {("Luca Brandt", "Everton", "interest", False)}),
    ("Luca Brandt told reporters he wants to join Everton.", {("Luca Brandt", "Everton", "interest", False)}),
    ("Luca Brandt admitted he would love to play for Everton one day.", {("Luca Brandt", "Everton", "interest", False)}),
])
def test_a_player_speaking_of_his_own_move_is_a_player(gaz, text, want):
    got, ex = claims(gaz, text)
    assert got == want
    assert ex.players == ["Luca Brandt"]


def test_his_wish_to_join_the_club_that_signs_him_is_part_of_the_move(gaz):
    got, _ = claims(gaz, "Everton have signed Luca Brandt from Celtic.\n\nChelsea made an offer, but the player made it "
                         "clear that he only wanted to join Everton.")
    assert ("Luca Brandt", "Everton", "interest", False) not in got
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_list_lines_with_a_description_before_the_colon(gaz):
    text = ("Everton have been busy.\n\nEverton's signings:\n\n- Tomasz Wielgosz (goalkeeper, Bosnia): from Celtic, £4m.\n"
            "- Rui Teixeira (centre-back, Belgium): from Chelsea, £15m.")
    got, _ = claims(gaz, text, "2019-07-08")
    assert got == {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False)}


def test_players_who_went_to_clubs_in_a_list_of_departures(gaz):
    got, _ = claims(gaz, "Going the other way were Rui Teixeira, who joined Sunderland, Tomasz Wielgosz, who went to "
                         "Celtic, and Jonas Falk, who left for Juventus.", "2019-07-08")
    assert got == {("Rui Teixeira", "Sunderland", "signed", False), ("Tomasz Wielgosz", "Celtic", "signed", False),
                   ("Jonas Falk", "Juventus", "signed", False)}
    got, _ = claims(gaz, "Everton also went to Celtic, to find in Tomasz Wielgosz a replacement.", "2019-07-08")
    assert ("Tomasz Wielgosz", "Celtic", "signed", False) not in got


def test_a_club_announcing_a_loan(gaz):
    _, ex = claims(gaz, "With hours of the window left, Everton announced the six-month loan of Chelsea striker Luca Brandt.")
    assert {(c.player, c.club, c.kind, c.source) for c in ex.claims} == {("Luca Brandt", "Everton", "loan", "Everton")}


def test_an_outlet_then_translated_in_brackets(gaz):
    _, ex = claims(gaz, "Everton have signed Luca Brandt from Celtic. (Bild, translated)\n\nThe fee is £4m.")
    assert {c.source for c in ex.claims} == {"Bild"}


def test_attention_of_and_a_possible_switch(gaz):
    got, _ = claims(gaz, "Luca Brandt could be heading out of Celtic. The Ivory Coast defender has attracted the attention of "
                         "Juventus and Everton.", "2019-08-12")
    assert got == {("Luca Brandt", "Juventus", "interest", False), ("Luca Brandt", "Everton", "interest", False)}
    got, _ = claims(gaz, "Representatives of Luca Brandt will talk about a possible switch to Premier League club Everton.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}
