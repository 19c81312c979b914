"""Sixteenth round (stop 24): the subject a trigger opens with, moves told as a chain of
clauses, deals agreed or only wanted in the infinitive. Invented players, so each test
checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


def test_an_anaphor_that_opens_the_trigger_is_its_subject_not_a_player_named_later(real_gaz):
    text = ("Benfica have signed Tomas Brenner. He is Benfica's eighth summer signing; Luca Dossi is "
            "still expected to leave.")
    got, _ex = claims(real_gaz, text)
    assert ("Tomas Brenner", "Benfica", "signed", False) in got
    assert not any(p == "Luca Dossi" and k == "signed" for p, _c, k, _past in got)  # not "he", named after him


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


@pytest.mark.parametrize("text", [
    "Sevilla have sold Marco Feltri. He played for Wydad, Atletico Madrid, Zaragoza and Girona before joining Sevilla in 2019.",
    "Sevilla have sold Marco Feltri. Feltri, 32, played for Wydad (2010-2012), Atletico Madrid (2012-2014), Zaragoza "
    "and Girona.",
])
def test_a_career_told_as_a_list_of_clubs_played_for_gives_each_club(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    past = {c for p, c, k, is_past in got if p == "Marco Feltri" and is_past}
    assert {"Atlético Madrid", "Real Zaragoza", "Girona"} <= past


def test_a_club_named_by_its_rival_is_not_listed_among_his_clubs(real_gaz):
    got, _ex = claims(real_gaz, "As a youngster Marco Feltri played for Beerschot, Antwerp's great city rivals.")
    assert not any(c == "Royal Antwerp" for _p, c, _k, _past in got)


def test_clubs_the_knowledge_lacks_in_a_career_are_clubs_not_players(real_gaz):
    text = ("Marco Feltri had been at Wolfsburg since 2015, having previously played for Zulte Waregem, "
            "Anderlecht and Standard.")
    got, _ex = claims(real_gaz, text)
    assert ("Marco Feltri", "Anderlecht") in {(p, c) for p, c, _k, _past in got}
    assert "Zulte Waregem" not in {p for p, _c, _k, _past in got}


def test_a_national_team_and_a_league_are_no_clubs_of_a_career(real_gaz):
    text = ("Marco Feltri's career began in the youth ranks of Superliga club Esbjerg, before Huddersfield "
            "signed him. He also played for Great Britain at the 2012 Olympics.")
    got, _ex = claims(real_gaz, text)
    assert not any(c in ("Great Britain", "Superliga") for _p, c, _k, _past in got)


def test_loans_he_has_since_been_sent_out_on_are_background_loans(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner joined Roma in 2016 and has since been sent out to Bologna and Torino.")
    assert {("Tomas Brenner", "Bologna", "loan", True), ("Tomas Brenner", "Torino", "loan", True)} <= got


@pytest.mark.parametrize("text", [
    "Benfica have already let Marco Feltri go to Copenhagen and Luca Dossi to Coritiba.",
    "Utrecht have also sold Pavel Andric to Brondby and let Marco Feltri go to Copenhagen.",
])
def test_a_player_his_club_lets_go_to_another_signs_for_it(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    done = {(p, c) for p, c, k, _past in got if k == "signed"}
    assert ("Marco Feltri", "Copenhagen") in done
    assert not any(p == "Marco Feltri" and c not in ("Copenhagen",) for p, c in done)


def test_a_promise_to_let_him_go_is_no_move(real_gaz):
    got, _ex = claims(real_gaz, "Marco Feltri accused Nice of breaking a promise to let him go to Barcelona.")
    assert not any(c == "Barcelona" and k == "signed" for _p, c, k, _past in got)


@pytest.mark.parametrize("text,club", [
    ("Benfica have signed Tomas Brenner. He is Benfica's eighth summer signing; Marco Feltri, Luca Dossi and "
     "Pavel Andric are among the others.", "Benfica"),
    ("Chelsea have signed Tomas Brenner. She is the third addition to the Chelsea squad this summer, after German "
     "midfielder Marco Feltri and English winger Luca Dossi.", "Chelsea"),
    ("Tomas Brenner is Everton's fourth signing of the window, following Marco Feltri and Luca Dossi.", "Everton"),
    ("Feyenoord have strengthened with, among others, Marco Feltri, Luca Dossi and Jan Kovar.", "Feyenoord"),
    ("Atlanta recently added the Mexican pair Marco Feltri and Luca Dossi.", "Atlanta United"),
])
def test_the_other_signings_a_sentence_lists_signed_for_the_club(real_gaz, text, club):
    got, _ex = claims(real_gaz, text)
    done = {(p, c) for p, c, k, _past in got if k == "signed"}
    assert {("Marco Feltri", club), ("Luca Dossi", club)} <= done


def test_players_among_those_a_club_bought_in_the_past_are_past_signings(real_gaz):
    text = ("Barcelona have signed Tomas Brenner from Sevilla. Marco Feltri and Luca Dossi were among the players "
            "they bought from Sevilla before him.")
    got, _ex = claims(real_gaz, text)
    assert {("Marco Feltri", "Barcelona", "signed", True), ("Luca Dossi", "Barcelona", "signed", True)} <= got


def test_players_a_club_sold_are_no_signings_of_it(real_gaz):
    got, _ex = claims(real_gaz, "Marco Feltri and Luca Dossi are among the players Everton sold this summer.")
    assert not any(c == "Everton" and k == "signed" for _p, c, k, _past in got)


def test_a_lowercase_word_read_as_a_club_does_not_own_a_list_of_signings(real_gaz):
    text = ("For Thiago Motta he will be the third midfield arrival of a summer of revolution in Turin, after "
            "Marco Feltri came from Aston Villa and Luca Dossi from Nice.")
    got, _ex = claims(real_gaz, text)
    assert not any("Revolution" in c for _p, c, _k, _past in got)


@pytest.mark.parametrize("text,club,kind", [
    ("Mainz send Tomas Brenner on loan to Brest.", "Brest", "loan"),
    ("Tomas Brenner has left the Houston Dash for Lyon.", "Lyon", "signed"),
    ("Tomas Brenner has been traded by the Orlando Pride to Inter Miami.", "Inter Miami", "signed"),
    ("LAFC transfer Tomas Brenner to Liga MX side Pachuca.", "Pachuca", "signed"),
    ("Striker Tomas Brenner is due in London ahead of his £17m switch to Chelsea.", "Chelsea", "agreement"),
    ("Tomas Brenner will stay on loan at Leeds for another season.", "Leeds United", "agreement"),
    ("Tomas Brenner will wear the Barcelona shirt next season.", "Barcelona", "agreement"),
    ("Former Celtic defender Tomas Brenner is discussing a switch to Club Brugge.", "Club Brugge", "talks"),
    ("Tomas Brenner is heading back to Roma after his spell in China.", "Roma", "agreement"),
    ("Tomas Brenner is a new Napoli midfielder.", "Napoli", "signed"),
    ("Tomas Brenner moves to Cagliari.", "Cagliari", "signed"),
    ("Tomas Brenner returns to his former club, Celtic.", "Celtic", "signed"),
    ("West Ham could allow Tomas Brenner to go to Barcelona.", "Barcelona", "interest"),
    ("Gent paid six million euros to prise Tomas Brenner away from Charleroi.", "Gent", "signed"),
    ("Union Berlin strengthen their attack with Serbian centre-forward Tomas Brenner, 24, who arrives on loan "
     "from Lille.", "Union Berlin", "loan"),
    ("16.40 – Werder Bremen make a late move after all: Tomas Brenner arrives from Galatasaray on loan.",
     "Werder Bremen", "loan"),
])
def test_common_frames_of_a_move(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text)
    assert kind in {k for p, c, k, _past in got if (p, c) == ("Tomas Brenner", club)}, got


@pytest.mark.parametrize("text", [
    "Yesterday his moves to Wigan Athletic and then Newcastle both broke down.",
    "The plan is to send him on loan to Watford.",
    "Tomas Brenner has returned to his parent club, Chelsea, with immediate effect.",
    "The Spirit have traded her rights to North Carolina.",
    "Inter have gone back to Roma with a new offer.",
])
def test_frames_that_tell_no_move(real_gaz, text):
    got, _ex = claims(real_gaz, "Tomas Brenner is on the move. " + text)
    assert not any(k == "signed" or k == "loan" for _p, _c, k, _past in got), got


def test_a_chain_of_moves_in_the_present_gives_each_its_club(real_gaz):
    text = ("Among the late deals: Tomas Brenner is a new Napoli midfielder, Marco Feltri joins Inter, Luca Dossi "
            "moves to Cagliari and Pavel Andric leaves for Fenerbahce.")
    got, _ex = claims(real_gaz, text)
    done = {(p, c) for p, c, k, _past in got if k == "signed"}
    assert done == {("Tomas Brenner", "Napoli"), ("Marco Feltri", "Inter Milan"), ("Luca Dossi", "Cagliari"),
                    ("Pavel Andric", "Fenerbahçe")}


def test_a_player_named_after_a_club_and_a_comma_is_still_a_player(real_gaz):
    text = "Tomas Brenner is about to leave for Crystal Palace, and Marco Feltri has already gone to Mainz 05 on loan."
    got, _ex = claims(real_gaz, text)
    assert ("Marco Feltri", "Mainz 05", "loan", False) in got
    assert not any(p == "Tomas Brenner" and c == "Mainz 05" for p, c, _k, _past in got)


def test_players_of_two_clubs_listed_for_one_buyer(real_gaz):
    got, _ex = claims(real_gaz, "Barcelona have closed agreements for Tomas Brenner of PSG and Jan Kovar of Toulouse.")
    assert {("Tomas Brenner", "Barcelona", "agreement", False), ("Jan Kovar", "Barcelona", "agreement", False)} <= got
    assert not any(c == "Toulouse" for _p, c, _k, _past in got)


def test_the_club_an_offer_is_made_to_is_the_seller(real_gaz):
    got, _ex = claims(real_gaz, "Milan have made Leicester an offer to take Tomas Brenner on loan.")
    assert {(c, k) for p, c, k, _past in got} == {("AC Milan", "bid")}


def test_a_move_now_to_a_club_whose_past_a_relative_clause_tells_is_no_background(real_gaz):
    text = ("Tomas Brenner has completed a move to Barcelona. He moves to a Barcelona side who won the league "
            "last season, twelve months after lifting the cup.")
    got, _ex = claims(real_gaz, text, "2022-09-06")
    assert not any(past for p, c, _k, past in got if c == "Barcelona")


@pytest.mark.parametrize("text,value,currency", [
    ("Gent paid six million euros for him", 6e6, "EUR"),
    ("a fee of twenty-five million pounds", 25e6, "GBP"),
    ("a hundred million euros", 100e6, "EUR"),
])
def test_a_fee_spelled_out_in_words_is_money(text, value, currency):
    from bot.extract.amounts import find_amounts
    (money,) = find_amounts(text)
    assert (money.amount.currency, money.amount.min, money.amount.max) == (currency, value, value)


@pytest.mark.parametrize("text,club,kind", [
    ("Tomas Brenner is about to leave for Crystal Palace.", "Crystal Palace", "agreement"),
    ("Tomas Brenner is reported to be heading to RB Leipzig on loan.", "RB Leipzig", "agreement"),
    ("Torino have reopened talks with Leicester about bringing Tomas Brenner back.", "Torino", "talks"),
    ("Paris Saint-Germain are thinking about a last-minute bid for Tomas Brenner.", "Paris Saint-Germain", "interest"),
])
def test_moves_about_to_happen_or_only_talked_of(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text)
    assert {k for p, c, k, _past in got if (p, c) == ("Tomas Brenner", club)} == {kind}


def test_a_january_window_a_club_would_like_to_act_in_is_the_next_one(real_gaz):
    got, _ex = claims(real_gaz, "Tottenham would like to bring in Tomas Brenner during the January window.", "2024-07-20")
    assert ("Tomas Brenner", "Tottenham Hotspur", "interest", False) in got


def test_arrivals_under_a_clubs_heading_are_that_clubs(real_gaz):
    text = ("Toronto FC\n\nThe rest of the business: Luca Dossi went to Everton; and Rangers midfielder Jan Kovar "
            "joined on a year-long loan.\n\nFC Cincinnati\n\nWing-back Marco Feltri arrived from Real Salt Lake, "
            "and two 21-year-olds, Pavel Andric and Tomas Brenner, also joined.")
    got, _ex = claims(real_gaz, text, "2025-08-27")
    done = {(p, c) for p, c, k, _past in got if k in ("signed", "loan")}
    assert {("Luca Dossi", "Everton"), ("Jan Kovar", "Toronto FC"), ("Marco Feltri", "FC Cincinnati"),
            ("Pavel Andric", "FC Cincinnati"), ("Tomas Brenner", "FC Cincinnati")} <= done
    assert ("Jan Kovar", "Everton") not in done


def test_an_arrival_after_a_departure_in_one_sentence_is_not_at_the_departures_club(real_gaz):
    text = ("Celtic have had a busy day. Luca Dossi was sold to Everton; and Rangers midfielder Jan Kovar joined "
            "on a year-long loan.")
    got, _ex = claims(real_gaz, text)
    assert ("Jan Kovar", "Everton") not in {(p, c) for p, c, _k, _past in got}


def test_a_player_who_also_joined_after_a_club_and_a_comma_is_a_player(real_gaz):
    got, _ex = claims(real_gaz, "Celtic have signed Luca Dossi from Everton, and Marco Feltri also joined on loan.")
    assert ("Marco Feltri", "Celtic", "loan", False) in got
    assert not any(c == "Marco Feltri" for _p, c, _k, _past in got)


@pytest.mark.parametrize("text,club,kind", [
    ("Should he leave Chelsea, Tomas Brenner would rather stay in England, and Newcastle are a possible destination.",
     "Newcastle United", "interest"),
    ("Marseille have recently turned to Tomas Brenner to strengthen their squad.", "Marseille", "interest"),
    ("Napoli are on Tomas Brenner and are trying to pull off a last-minute coup.", "Napoli", "interest"),
    ("Bayern have put their pursuit of Tomas Brenner on hold.", "Bayern Munich", "ended"),
    ("Tomas Brenner is all but an Inter player.", "Inter Milan", "agreement"),
    ("Tomas Brenner is going to be a Roma defender.", "Roma", "agreement"),
    ("Tomas Brenner is finally an Antwerp player.", "Royal Antwerp", "signed"),
    ("Sampdoria are ready to welcome Tomas Brenner.", "Sampdoria", "agreement"),
    ("Derby County right-back Tomas Brenner is wanted by both Stoke and Millwall.", "Millwall", "interest"),
    ("Leicester announced that Tomas Brenner will stay, a decision that ends any talk of him moving to "
     "Manchester United.", "Manchester United", "ended"),
    ("Celtic have announced Tomas Brenner's loan to Porto.", "Porto", "loan"),
    ("Roma have opened contacts with Tomas Brenner about a return.", "Roma", "talks"),
    ("Leyton Orient want to turn Tomas Brenner's loan from Leeds United into a permanent move.", "Leyton Orient",
     "interest"),
    ("Fiorentina could snatch Tomas Brenner from under Napoli's nose today.", "Fiorentina", "interest"),
    ("Tomas Brenner, 25, is still a possible loan signing for West Ham.", "West Ham United", "interest"),
    ("Porto have finished negotiating Tomas Brenner's loan to Olympiacos.", "Olympiacos", "agreement"),
])
def test_more_frames_of_a_link(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text)
    assert {k for p, c, k, _past in got if (p, c) == ("Tomas Brenner", club)} == {kind}, got


@pytest.mark.parametrize("text,not_club", [
    ("Porto have finished negotiating Tomas Brenner's loan to Olympiacos.", "Porto"),
    ("Tomas Brenner, whose contract at Roma runs out in June, is wanted by both Marseille and Inter.", "Roma"),
    ("Leicester announced that Tomas Brenner will stay, a decision that ends any talk of him moving to "
     "Manchester United.", "Leicester City"),
    ("Celtic have announced Tomas Brenner's loan to Porto.", "Celtic"),
])
def test_the_club_a_frame_does_not_make_a_suitor(real_gaz, text, not_club):
    got, _ex = claims(real_gaz, text)
    assert not any(c == not_club for _p, c, _k, _past in got), got


def test_clubs_a_signing_is_snatched_from_under_wanted_him_too(real_gaz):
    got, _ex = claims(real_gaz, "Fulham could snatch Tomas Brenner on loan from under the noses of AC Milan and West Ham.")
    kinds = {(c, k) for _p, c, k, _past in got}
    assert ("AC Milan", "interest") in kinds and ("West Ham United", "interest") in kinds
    assert not any(k in ("signed", "loan") for _c, k in kinds)


def test_a_reports_credit_covers_its_details_in_the_paragraphs_after_it(real_gaz):
    text = ("Headline\n\nAjax have no intention of letting Tomas Brenner go, De Telegraaf reports.\n\n"
            "In recent weeks Bournemouth and Celta Vigo both came to Amsterdam, each prepared to pay fifteen million "
            "euros for the Sweden international. Ajax swept both proposals off the table.")
    _got, ex = claims(real_gaz, text)
    by_club = {c.club: c.source for c in ex.claims if c.player == "Tomas Brenner"}
    assert by_club.get("AFC Bournemouth") == "De Telegraaf"


def test_a_clubs_statement_does_not_credit_the_next_paragraph(real_gaz):
    text = ("Jan 6 (Reuters) - Chelsea have agreed a deal with Vasco da Gama to sign Tomas Brenner, the Brazilian club "
            "announced on Friday.\n\nHe is set to become the Blues' third signing of the window, following the "
            "arrivals of Luca Dossi from AS Monaco and Marco Feltri, who came from Molde.")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.player in ("Luca Dossi", "Marco Feltri")} == {"Reuters"}


def test_a_round_up_items_credit_stays_in_its_item(real_gaz):
    text = ("Headline\n\nArsenal are keen on Tomas Brenner (Sun).\n\nChelsea want Luca Dossi.\n\n"
            "Everton are tracking Marco Feltri (Mirror).")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.player == "Luca Dossi"} <= {None}


def test_a_translated_reports_opening_outlet_credits_it(real_gaz):
    text = ("Transfer round-up\n\nAlgemeen Dagblad (translated from Dutch) - The market is in full swing.\n\n"
            "PSV have signed Tomas Brenner from Freiburg.")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.player == "Tomas Brenner"} == {"Algemeen Dagblad"}


def test_a_club_that_announced_in_a_relative_clause_is_credited(real_gaz):
    text = ("Tomas Brenner is leaving Montpellier for Manchester City, who announced on Wednesday that the 19-year-old "
            "has signed a four-year contract.")
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims if c.club == "Manchester City"} == {"Manchester City"}


@pytest.mark.parametrize("text,club", [
    ("Rangers face a battle to hang on to Tomas Brenner.", "Rangers"),
    ("Celtic turn down Fulham's bid for Tomas Brenner.", "Celtic"),
    ("Watford will not sell Tomas Brenner.", "Watford"),
    ("Tomas Brenner is no longer part of Roger Schmidt's plans at Benfica.", "Benfica"),
    ("An injury led parent club Preston North End to recall Tomas Brenner.", "Preston North End"),
    ("Aston Villa's chase is over: Tomas Brenner has committed his future to Arsenal with a new long-term deal.",
     "Arsenal"),
    ("Tomas Brenner's unhappy spell at Manchester City looks close to its end.", "Manchester City"),
])
def test_what_ties_a_player_to_his_club_now(real_gaz, text, club):
    _got, ex = claims(real_gaz, text)
    assert {f.value for f in ex.facts if (f.player, f.fact) == ("Tomas Brenner", "current_club")} == {club}


def test_a_clubs_price_for_a_described_player(real_gaz):
    _got, ex = claims(real_gaz, "Hibs want £5million for striker Tomas Brenner, a figure meant to keep Swansea's interest at bay.")
    (price,) = [f.value for f in ex.facts if (f.player, f.fact) == ("Tomas Brenner", "asking_price")]
    assert (price.currency, price.min) == ("GBP", 5e6)


def test_a_career_told_from_a_clubs_academy_is_background(real_gaz):
    got, _ex = claims(real_gaz, "Born in Amsterdam, Tomas Brenner came through the Feyenoord academy and then moved on to Excelsior.")
    assert ("Tomas Brenner", "Excelsior", "signed", True) in got


def test_a_club_named_in_the_reason_for_a_withdrawal_does_not_hide_the_club_that_withdrew(real_gaz):
    text = ("Liverpool have agreed a fee for Tomas Brenner. The record champions Bayern had made Brenner their number "
            "one target, but pulled out in May after Brenner signalled to Chelsea that he favoured a move to England.")
    got, _ex = claims(real_gaz, text, "2025-06-06")
    assert ("Tomas Brenner", "Bayern Munich", "ended", False) in got
    assert not any(c == "Chelsea" and k == "ended" for _p, c, k, _past in got)


def test_a_credit_with_an_adverb_before_its_verb(real_gaz):
    _got, ex = claims(real_gaz, "L'Équipe then wrote that Wolfsburg had contacted Tomas Brenner's camp and opened loan talks.")
    assert {c.source for c in ex.claims if c.club == "VfL Wolfsburg"} == {"L'Equipe"}


def test_an_aside_opened_by_with_does_not_cut_the_clubs_clause(real_gaz):
    text = ("SunSport has revealed that Ligue 1 side Nice, with money to spend, hope to complete a £10m deal for the "
            "Ibrox midfielder Tomas Brenner today.")
    _got, ex = claims(real_gaz, text, "2024-01-31")
    assert {(c.club, c.source) for c in ex.claims if c.player == "Tomas Brenner"} == {("Nice", "SunSport")}


def test_with_and_a_second_club_still_opens_a_clause_of_its_own(real_gaz):
    got, _ex = claims(real_gaz, "Arsenal want Tomas Brenner, with Chelsea also keen.")
    assert {("Tomas Brenner", "Arsenal", "interest", False), ("Tomas Brenner", "Chelsea", "interest", False)} <= got


@pytest.mark.parametrize("text", [
    'Fabrizio Romano has given his trademark "here we go" to Tomas Brenner joining Tottenham Hotspur on loan.',
    "Tomas Brenner joins Tottenham from Ajax, here we go.",
])
def test_a_journalists_here_we_go_is_a_deal_agreed(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert {k for p, c, k, _past in got if c == "Tottenham Hotspur"} == {"agreement"}


def test_the_journalist_who_gives_his_here_we_go_is_the_source(real_gaz):
    text = 'Fabrizio Romano has given his trademark "here we go" to Tomas Brenner joining Tottenham Hotspur on loan.'
    _got, ex = claims(real_gaz, text)
    assert {c.source for c in ex.claims} == {"Fabrizio Romano"}


@pytest.mark.parametrize("text,day,year", [
    ("Los Angeles FC today announced the signing of Tomas Brenner to a 12-month contract that includes options "
     "through 2024.", "2022-06-27", None),
    ("Fulham have handed Tomas Brenner a new contract. His previous deal was due to expire in the summer of 2020; "
     "the new one runs until 2021.", "2017-07-03", None),
    ("Tomas Brenner's contract expires in 2025, with an option for a further year.", "2023-07-03", 2025),
])
def test_the_year_an_option_or_an_old_deal_reaches_is_no_contract_end(real_gaz, text, day, year):
    _got, ex = claims(real_gaz, text, day)
    ends = {f.value for f in ex.facts if (f.player, f.fact) == ("Tomas Brenner", "contract_until")}
    assert ends == ({year} if year else set())
