"""Fifth round: the engine rules written from the errors of held-out batches 7 and 8 (batch 8
rewrites real reports). Each test uses invented players, so it checks the rule, not a name
it has seen."""

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


def test_a_withdrawal_denied_is_a_pursuit_that_goes_on(real_gaz):
    got, _ = claims(real_gaz, "Arsenal have not given up on Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "Arsenal", "interest", False)}
    got, _ = claims(real_gaz, "Arsenal have given up on Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "Arsenal", "ended", False)}


def test_a_withdrawal_only_possible_is_no_claim_yet(real_gaz):
    got, _ = claims(real_gaz, "Palace rejected Arsenal's bid for Tomasz Wielgosz. Arsenal may now turn their "
                              "attention elsewhere.")
    assert ("Tomasz Wielgosz", "Arsenal", "ended", False) not in got
    assert ("Tomasz Wielgosz", "Arsenal", "bid", False) in got


def test_the_club_told_the_price_is_the_suitor(real_gaz):
    got, _ = claims(real_gaz, "Newcastle United have told Chelsea it will take £50m to prise away midfielder "
                              "Tomasz Wielgosz.")
    assert got == {("Tomasz Wielgosz", "Chelsea", "talks", False)}


def test_a_club_answering_the_clause_before_takes_its_player(real_gaz):
    got, _ = claims(real_gaz, "Arsenal are closing in on a loan for Tomasz Wielgosz, although Tottenham remain keen.")
    assert ("Tomasz Wielgosz", "Tottenham Hotspur", "interest", False) in got
    got, _ = claims(real_gaz, "Everton face a fight to land Tomasz Wielgosz, with Marseille, Wolfsburg and Lyon "
                              "all showing interest as well.")
    assert {c for p, c, k, past in got if k == "interest"} >= {"Marseille", "VfL Wolfsburg", "Lyon"}


def test_a_chance_to_sign_passed_up_is_an_end(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz is not heading to England, with Arsenal and Everton both passing up "
                              "the chance to sign the Atletico Madrid star.")
    assert {(c, k) for p, c, k, past in got} == {("Arsenal", "ended"), ("Everton", "ended")}


def test_open_to_joining_is_interest_not_a_move(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz is open to joining Atletico Madrid.")
    assert got == {("Tomasz Wielgosz", "Atlético Madrid", "interest", False)}


def test_a_listed_object_shares_the_verb(real_gaz):
    got, _ = claims(real_gaz, "Arsenal have already signed Tomasz Wielgosz on a free, Rui Teixeira from Lille and "
                              "goalkeeper Jonas Falkenried this window.", day="2020-10-03")
    assert {p for p, c, k, past in got if c == "Arsenal" and k == "signed"} == {
        "Tomasz Wielgosz", "Rui Teixeira", "Jonas Falkenried"}


def test_a_list_ends_where_a_new_verb_begins(real_gaz):
    got, _ = claims(real_gaz, "Everton are in talks with Norwich City over defender Tomasz Wielgosz and admitted "
                              "that Rui Teixeira could leave.")
    assert got == {("Tomasz Wielgosz", "Everton", "talks", False)}


def test_a_team_mate_described_by_his_club_is_the_object(real_gaz):
    got, _ = claims(real_gaz, "PSG are interested in Tomasz Wielgosz's former Real Madrid team-mate Rui Teixeira "
                              "and in Milan's Italy goalkeeper Jonas Falkenried.")
    assert got == {("Rui Teixeira", "Paris Saint-Germain", "interest", False),
                   ("Jonas Falkenried", "Paris Saint-Germain", "interest", False)}


def test_a_career_told_in_stops(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz began his career at Real Madrid, spending two seasons at Borussia "
                              "Dortmund and then moving on to Inter Milan.", day="2021-07-06")
    assert {(c, past) for p, c, k, past in got if k == "signed"} >= {
        ("Real Madrid", True), ("Borussia Dortmund", True)}


def test_a_managers_statement_credits_the_manager(real_gaz):
    _, ex = claims(real_gaz, "Carlo Ancelotti has confirmed that Everton are in talks with Norwich City over "
                             "defender Tomasz Wielgosz.", day="2020-10-02")
    assert {c.source for c in ex.claims} == {"Carlo Ancelotti"}


def test_a_credit_through_an_aside(real_gaz):
    _, ex = claims(real_gaz, "Fabrizio Romano, writing on Saturday morning, says Arsenal have been in touch with "
                             "the representatives of Tomasz Wielgosz all week.", day="2020-10-03")
    assert {c.source for c in ex.claims} == {"Fabrizio Romano"}


def test_the_club_whose_valuation_is_met_sells(real_gaz):
    got, _ = claims(real_gaz, "Bournemouth met Bristol City's valuation on Wednesday night for Tomasz Wielgosz.")
    assert {c for p, c, k, past in got} == {"AFC Bournemouth"}


def test_not_wanting_to_sell_is_no_withdrawal(real_gaz):
    got, _ = claims(real_gaz, "Leicester City did not want to sell Tomasz Wielgosz to a rival.")
    assert got == set()


def test_such_as_keeps_the_clubs_in_their_clause(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz has signed a new contract with Aston Villa, ruling out any imminent "
                              "move to one of England's other top sides, such as Chelsea or Tottenham.")
    assert {(c, k) for p, c, k, past in got} == {("Chelsea", "ended"), ("Tottenham Hotspur", "ended")}


def test_a_new_contract_that_wards_off_interest_ends_it(real_gaz):
    got, _ = claims(real_gaz, "Aston Villa have tied their star attacker Tomasz Wielgosz down to a new contract to "
                              "ward off transfer interest from Chelsea.")
    assert got == {("Tomasz Wielgosz", "Chelsea", "ended", False)}


def test_completed_signings_of_a_pair(real_gaz):
    got, _ = claims(real_gaz, "AC Milan have officially completed the signings of Juventus duo Tomasz Wielgosz and "
                              "Rui Teixeira, with Jonas Falkenried going back to Juventus.", day="2018-08-02")
    assert {(p, c) for p, c, k, past in got if k == "signed"} == {
        ("Tomasz Wielgosz", "AC Milan"), ("Rui Teixeira", "AC Milan"), ("Jonas Falkenried", "Juventus")}


def test_on_loan_from_a_club_is_a_loan_to_the_club_of_the_article(real_gaz):
    got, _ = claims(real_gaz, "Aberdeen have been busy. Tomasz Wielgosz is on a season-long loan from Premier "
                              "League side Nottingham Forest.", day="2025-07-23")
    assert ("Tomasz Wielgosz", "Aberdeen", "loan", False) in got


def test_a_career_in_years_and_a_league_move(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz spent the last 12 years at Borussia Dortmund. Rui Teixeira spent six "
                              "and a half seasons at Real Madrid, before switching to Serie A with Napoli in 2013.",
                    day="2024-08-15")
    assert {(p, c) for p, c, k, past in got if k == "signed" and past} >= {
        ("Tomasz Wielgosz", "Borussia Dortmund"), ("Rui Teixeira", "Real Madrid"), ("Rui Teixeira", "Napoli")}


def test_the_club_informed_is_the_counterparty(real_gaz):
    got, _ = claims(real_gaz, "Manchester City have informed Bournemouth they will pay the release clause of "
                              "Tomasz Wielgosz in full.", day="2026-01-06")
    assert got == {("Tomasz Wielgosz", "Manchester City", "agreement", False)}


def test_a_wire_dateline_with_a_city_as_written(real_gaz):
    _, ex = claims(real_gaz, "Paris (AFP) - Paris Saint-Germain announced on Tuesday that they have signed Tomasz "
                             "Wielgosz from Inter Milan.\n\nPSG are also reported to be interested in Rui Teixeira.",
                   day="2021-07-06")
    assert {c.source for c in ex.claims if c.player == "Rui Teixeira"} == {"AFP"}


def test_a_journalist_described_between_name_and_verb(real_gaz):
    _, ex = claims(real_gaz, "For his part, Paul Joyce, a journalist at The Times, explains that Everton are "
                             "stepping up their efforts to bring Tomasz Wielgosz back.", day="2022-07-30")
    assert {c.source for c in ex.claims} == {"Paul Joyce"}


def test_a_club_website_and_an_official_statement_credit_the_club(real_gaz):
    _, ex = claims(real_gaz, "According to Milan's website, the Rossoneri have signed Tomasz Wielgosz on loan "
                             "from Juventus.", day="2018-08-02")
    assert {c.source for c in ex.claims} == {"AC Milan"}
    _, ex = claims(real_gaz, "In an official statement, Aston Villa said they had signed Tomasz Wielgosz from "
                             "Middlesbrough.", day="2025-11-10")
    assert {c.source for c in ex.claims} == {"Aston Villa"}


def test_an_unknown_outlet_credited_is_never_a_player(real_gaz):
    got, ex = claims(real_gaz, "Paris Saint-Germain are weighing up a move for Tomasz Wielgosz, claims Don Ramiro.\n\n"
                               "Where does that one come from? Don Ramiro, of course.", day="2018-07-23")
    assert {p for p, *_ in got} == {"Tomasz Wielgosz"}
    assert {c.source for c in ex.claims} == {"Don Ramiro"}
    got, _ = claims(real_gaz, "Arsenal are keen on Tomasz Wielgosz. (Gazzeta Sportiva)", day="2018-07-23")
    assert {p for p, *_ in got} == {"Tomasz Wielgosz"}


def test_a_club_hoping_it_can_sign_is_interest(real_gaz):
    got, _ = claims(real_gaz, "Real Madrid are hoping they can sign Tomasz Wielgosz, 28, for less than the 100m "
                              "euros Chelsea have put on him.", day="2019-01-19")
    assert ("Tomasz Wielgosz", "Real Madrid", "interest", False) in got


def test_a_relative_clause_after_an_age_keeps_its_antecedent(real_gaz):
    got, _ = claims(real_gaz, "Napoli have turned down an initial approach from AC Milan for midfielder Tomasz "
                              "Wielgosz, 21, who has also been linked with Tottenham and Wolves.", day="2019-01-19")
    assert {c for p, c, k, past in got} >= {"AC Milan", "Tottenham Hotspur", "Wolverhampton Wanderers"}


def test_a_windows_verdict_names_its_moves(real_gaz):
    got, _ = claims(real_gaz, "The window started badly for Villa with the sale of Tomasz Wielgosz to Arsenal and "
                              "finished with the club-record signing of the Brazil forward Rui Teixeira. The only "
                              "exit that raised eyebrows was Jonas Falkenried leaving for Manchester City on a free.",
                    day="2024-09-14")
    assert {(p, c) for p, c, k, past in got if k == "signed"} >= {
        ("Tomasz Wielgosz", "Arsenal"), ("Rui Teixeira", "Aston Villa"), ("Jonas Falkenried", "Manchester City")}


def test_a_done_deal_only_seen_from_outside_is_agreed(real_gaz):
    got, _ = claims(real_gaz, "Tottenham now look to have won the race for Tomasz Wielgosz.", day="2023-01-24")
    assert got == {("Tomasz Wielgosz", "Tottenham Hotspur", "agreement", False)}


def test_signings_in_recent_seasons_are_background(real_gaz):
    got, _ = claims(real_gaz, "In recent seasons Liverpool have signed Tomasz Wielgosz and Rui Teixeira from "
                              "Southampton.", day="2017-06-07")
    assert got == {("Tomasz Wielgosz", "Liverpool", "signed", True), ("Rui Teixeira", "Liverpool", "signed", True)}


def test_an_offer_of_a_fee_is_a_bid_and_a_dateline_city_no_credit(real_gaz):
    got, ex = claims(real_gaz, "Rome: According to Fabrizio Romano, Tottenham offered a reduced fee plus a player "
                               "for Tomasz Wielgosz.", day="2023-01-18")
    assert got == {("Tomasz Wielgosz", "Tottenham Hotspur", "bid", False)}
    assert {c.source for c in ex.claims} == {"Fabrizio Romano"}


def test_the_steps_a_sentence_tells_on_the_way_to_its_move_are_that_move(real_gaz):
    got, _ = claims(real_gaz, "Bournemouth met Bristol City's valuation on Wednesday night, and after a successful "
                              "medical Tomasz Wielgosz has moved to Bournemouth for a club-record fee.",
                    day="2023-08-10")
    assert got == {("Tomasz Wielgosz", "AFC Bournemouth", "signed", False)}


def test_a_club_subject_with_one_player_and_transfer_words_is_interest(real_gaz):
    got, ex = claims(real_gaz, "Manchester United are pondering a loan for Tomasz Wielgosz of Bayern Munich.",
                     day="2023-01-31")
    assert ("Tomasz Wielgosz", "Manchester United", "interest", False) in got
    assert {c.rule for c in ex.claims} == {"fallback"}
    got, _ = claims(real_gaz, "Manchester United scored twice against Bayern Munich, with Tomasz Wielgosz on loan "
                              "from Chelsea.", day="2023-01-31")
    assert got == set()  # a match report, no transfer


def test_an_implicit_destination_is_the_club_that_turned_offers_down(real_gaz):
    got, _ = claims(real_gaz, "Celtic have rejected an improved bid from Brighton for Tomasz Wielgosz. Southampton "
                              "also asked about the midfielder in June. Wielgosz arrived from MK Dons in January 2022 "
                              "for about £1.5m.", day="2024-07-25")
    assert ("Tomasz Wielgosz", "Celtic", "signed", True) in got
    assert not any(c == "Southampton" and k == "signed" for p, c, k, past in got)


def test_a_coach_the_knowledge_lacks_stands_for_his_club(real_gaz):
    got, ex = claims(real_gaz, "Aberdeen boss Jonas Haldorsen has overhauled his squad. In attack, Haldorsen has "
                               "added winger Tomasz Wielgosz from Western Sydney Wanderers.", day="2025-07-23")
    assert got == {("Tomasz Wielgosz", "Aberdeen", "signed", False)}
    assert {c.source for c in ex.claims} == {None}  # adding a player is no statement
