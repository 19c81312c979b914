"""Fourth round: the engine rules written from the fourth held-out batch's errors (dev-style
articles). Each test uses invented players, so it checks the rule, not a name it has seen."""

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


def test_during_the_winter_is_an_earlier_window_seen_from_july(real_gaz):
    got, _ = claims(real_gaz, "Roma made an approach for Tiziano Marrone during the winter, but Sassuolo said no.")
    assert ("Tiziano Marrone", "Roma", "talks", True) in got
    got, _ = claims(real_gaz, "Roma made an approach for Tiziano Marrone during the summer.", day="2023-08-10")
    assert ("Tiziano Marrone", "Roma", "talks", False) in got  # the window the article is in


def test_a_described_club_that_has_since_confirmed_is_the_source(real_gaz):
    _, ex = claims(real_gaz, "Tottenham have cut short Jordan Halvey's loan at Leeds United so that he can join Genoa. "
                             "Tottenham used the recall clause on Monday, and the Serie A club have since confirmed "
                             "the defender's arrival on loan.", day="2024-01-31")
    assert {c.source for c in ex.claims if c.club == "Genoa" and c.kind == "loan"} == {"Genoa"}


def test_headline_name_colon_credits_the_article(real_gaz):
    _, ex = claims(real_gaz, "Fabrizio Romano: Tomasz Wielgosz to Aston Villa, here we go\n\nAston Villa have their man.",
                   day="2023-08-05")
    assert {c.source for c in ex.claims if c.player == "Tomasz Wielgosz"} == {"Fabrizio Romano"}


def test_participle_reporting_that_credits_the_subject(real_gaz):
    _, ex = claims(real_gaz, "Fabrizio Romano has given the move his seal of approval, reporting that Aston Villa "
                             "and Lille reached a full agreement for Tomasz Wielgosz on Saturday.", day="2023-08-05")
    assert {c.source for c in ex.claims if c.club == "Aston Villa"} == {"Fabrizio Romano"}


def test_implicit_destination_is_the_club_whose_signing_the_sentence_names(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz joined Atalanta from Sturm Graz a year ago. He will be Aston Villa's "
                              "third signing of the summer, after goalkeeper Rui Teixeira, who arrived from Benfica "
                              "for £20m.", day="2023-08-05")
    assert ("Rui Teixeira", "Aston Villa", "signed", False) in got
    assert not any(c[1] == "Sturm Graz" and c[0] == "Rui Teixeira" for c in got)


def test_left_for_needs_a_club(real_gaz):
    got, _ = claims(real_gaz, "Bayern Munich have been short of options since Karim Benhaddou left for the Africa Cup "
                              "of Nations.", day="2024-01-25")
    assert not any(c[0] == "Karim Benhaddou" for c in got)
    got, _ = claims(real_gaz, "Karim Benhaddou left for Bayern Munich in 2019.", day="2024-01-25")
    assert ("Karim Benhaddou", "Bayern Munich", "signed", True) in got


def test_an_option_to_buy_is_no_interest(real_gaz):
    got, _ = claims(real_gaz, "Jordan Halvey joins Genoa on loan until the end of the season, and Genoa have the "
                              "option of signing him for around €12m.", day="2024-01-31")
    assert ("Jordan Halvey", "Genoa", "interest", False) not in got
    assert ("Jordan Halvey", "Genoa", "loan", False) in got


def test_looking_elsewhere_ends_the_pursuit(real_gaz):
    got, _ = claims(real_gaz, "Chelsea had also enquired about Tomasz Wielgosz in June before deciding to spend their "
                              "budget elsewhere.", day="2023-08-05")
    assert ("Tomasz Wielgosz", "Chelsea", "ended", False) in got
    got, _ = claims(real_gaz, "Chelsea's hopes of prising Tomasz Wielgosz away from Lille are over.", day="2023-08-05")
    assert ("Tomasz Wielgosz", "Chelsea", "ended", False) in got


def test_in_a_city_is_the_city_not_its_club(real_gaz):
    got, ex = claims(real_gaz, "Inter have reached a full agreement with Sassuolo for Tiziano Marrone, and the "
                               "midfielder is due in Milan for his medical tomorrow. Chelsea are interested in Milan "
                               "forward Karim Benhaddou.")
    assert not any(c[1] == "AC Milan" and c[0] == "Tiziano Marrone" for c in got)
    assert ("Karim Benhaddou", "AC Milan") in {(f.player, f.value) for f in ex.facts if f.fact == "current_club"}


def test_loan_spells_at_a_list_and_coming_off_a_loan(real_gaz):
    got, _ = claims(real_gaz, "Inter have agreed a deal for Tiziano Marrone. Tiziano Marrone was sold to Sassuolo in "
                              "2017, before loan spells at Empoli and Monza. Sassuolo will sign Rui Teixeira, who is "
                              "coming off a productive loan at Frosinone.")
    assert {("Tiziano Marrone", "Empoli", "loan", True), ("Tiziano Marrone", "Monza", "loan", True),
            ("Rui Teixeira", "Frosinone", "loan", True)} <= got


def test_paid_the_seller_a_fee_for_him(real_gaz):
    got, _ = claims(real_gaz, "Djed Spence's loan at Leeds United has been cut short. He has struggled since Tottenham "
                              "paid Middlesbrough an initial £12.5m for him in the summer of 2022.", day="2024-01-31")
    assert ("Djed Spence", "Tottenham Hotspur", "signed", True) in got


def test_joining_on_loan_from_the_club_he_is_tied_to_goes_to_the_club_of_the_item(real_gaz):
    got, _ = claims(real_gaz, "Manchester United have finally got their man. Fiorentina's Morocco midfielder Karim "
                              "Benhaddou joins on loan for the season.", day="2023-09-01")
    assert ("Karim Benhaddou", "Manchester United", "loan", False) in got
    assert not any(c[1] == "Fiorentina" for c in got)


def test_the_club_as_subject_with_only_an_owner_club_in_its_clause(real_gaz):
    got, _ = claims(real_gaz, "Bayern Munich have already brought in Karim Benhaddou on loan from Tottenham Hotspur. "
                              "The club have also looked at Barcelona defender Rui Teixeira.", day="2024-01-25")
    assert ("Rui Teixeira", "Bayern Munich", "interest", False) in got
    assert not any(c[0] == "Rui Teixeira" and c[1] == "Barcelona" for c in got)


def test_the_club_approached_is_no_suitor(real_gaz):
    got, _ = claims(real_gaz, "Arsenal have made an approach to Brentford about goalkeeper Rui Teixeira, but the Bees "
                              "want at least £40m.", day="2023-07-11")
    assert ("Rui Teixeira", "Arsenal", "talks", False) in got
    assert not any(c[1] == "Brentford" for c in got)


def test_a_transfer_phrase_that_names_its_club_is_that_clubs(real_gaz):
    got, _ = claims(real_gaz, "A switch to Chelsea would make Tiziano Marrone the most expensive player in the club's "
                              "history, overtaking Rui Teixeira's transfer to Manchester City in 2021.")
    assert ("Rui Teixeira", "Manchester City", "signed", True) in got
    assert not any(c[0] == "Rui Teixeira" and c[1] == "Chelsea" for c in got)


def test_a_described_club_closing_the_sentence_with_a_statement_is_its_subject(real_gaz):
    _, ex = claims(real_gaz, "Leeds United have signed forward Tiziano Marrone on a free transfer after his contract at "
                             "VfL Wolfsburg expired, the newly promoted club announced on Tuesday.", day="2025-07-01")
    assert {c.source for c in ex.claims if c.club == "Leeds United"} == {"Leeds United"}


def test_a_club_statement_credits_the_clubs_own_deal_told_elsewhere_in_the_article(real_gaz):
    _, ex = claims(real_gaz, "Rui Teixeira is a Real Madrid player.\n\nThe club announced on Friday an agreement with "
                             "Benfica for the transfer of the right-back, who signs for six seasons.", day="2025-05-30")
    assert {c.source for c in ex.claims if (c.player, c.club) == ("Rui Teixeira", "Real Madrid")} == {"Real Madrid"}


def test_an_agents_apposition_is_no_player(real_gaz):
    got, _ = claims(real_gaz, "Rui Teixeira is one step from Juventus. His agent, Nick Palavras, was more cautious. "
                              "Inter also looked at the 25-year-old before choosing other targets.", day="2025-06-20")
    assert ("Rui Teixeira", "Juventus", "agreement", False) in got
    assert not any(c[0] == "Nick Palavras" for c in got)


def test_the_club_of_his_last_seasons_is_no_suitor(real_gaz):
    got, _ = claims(real_gaz, "Rui Teixeira, a free agent after five seasons at Lille, has agreed personal terms "
                              "with Juventus.", day="2025-06-20")
    assert ("Rui Teixeira", "Juventus", "agreement", False) in got
    assert not any(c[1] == "Lille" for c in got)


def test_a_relative_clause_after_an_apposition_keeps_its_own_time_and_club(real_gaz):
    got, _ = claims(real_gaz, "Rodgers also revealed that talks are ongoing with Rennes over a return for Tomasz "
                              "Wielgosz, the winger who left for Al Ittihad in 2023.", day="2025-01-10")
    assert ("Tomasz Wielgosz", "Celtic", "talks", False) in got  # Rodgers' club, now
    assert ("Tomasz Wielgosz", "Al Ittihad", "signed", True) in got
    assert not any(c[1] == "Al Ittihad" and c[2] == "talks" for c in got)


def test_a_collapsed_move_gives_no_signing(real_gaz):
    got, ex = claims(real_gaz, "Tomasz Wielgosz's move from Chelsea to Al Nassr has collapsed after problems emerged "
                               "during his medical.", day="2023-07-05")
    assert got == {("Tomasz Wielgosz", "Al Nassr", "ended", False)}
    assert not any(f.fact == "current_club" and f.value == "Al Nassr" for f in ex.facts)


def test_gapped_moves_with_a_gerund(real_gaz):
    got, _ = claims(real_gaz, "Chelsea have raised £200m from sales, with Tomasz Wielgosz joining Arsenal and Rui "
                              "Teixeira moving to Manchester United.", day="2023-07-05")
    assert {("Tomasz Wielgosz", "Arsenal", "signed", False), ("Rui Teixeira", "Manchester United", "signed", False)} <= got
    assert ("Rui Teixeira", "Arsenal", "signed", False) not in got


def test_a_described_club_announcing_is_not_an_apposition_of_the_club_before(real_gaz):
    _, ex = claims(real_gaz, "Al Hilal have completed the signing of Tomasz Wielgosz from AC Milan, the Riyadh club "
                             "announced on Sunday night.", day="2025-07-07")
    assert {c.source for c in ex.claims if c.club == "Al Hilal"} == {"Al Hilal"}


def test_the_former_club_of_a_coach_is_no_suitor(real_gaz):
    got, _ = claims(real_gaz, "Al Hilal have signed Tomasz Wielgosz. The left-back has signed a three-year contract "
                              "and becomes the first major signing since the former Inter coach took charge in June.",
                    day="2025-07-07")
    assert not any(c[1] == "Inter Milan" for c in got)


def test_they_and_the_club_as_subjects_take_the_club_before(real_gaz):
    got, _ = claims(real_gaz, "Milan are rebuilding. They have already signed Tomasz Wielgosz on a free transfer from "
                              "Real Madrid and are in advanced talks with Club Brugge for Rui Teixeira.", day="2025-07-07")
    assert {("Tomasz Wielgosz", "AC Milan", "signed", False), ("Rui Teixeira", "AC Milan", "talks", False)} <= got
    assert not any(c[1] == "Club Brugge" for c in got)
    got, _ = claims(real_gaz, "Al Hilal's summer has not all gone to plan. The club agreed a fee of around 75 million "
                              "euros with Napoli for Karim Benhaddou, but the striker turned down the contract.",
                    day="2025-07-07")
    assert ("Karim Benhaddou", "Al Hilal", "agreement", False) in got
    assert not any(c[1] == "Napoli" for c in got)


def test_a_movers_club_after_its_verb_beats_one_before(real_gaz):
    got, _ = claims(real_gaz, "Benfica have sold Rui Teixeira. He is the second big sale of the summer for the Eagles, "
                              "after Tomasz Wielgosz left for Napoli.", day="2024-08-04")
    assert ("Tomasz Wielgosz", "Napoli", "signed", False) in got
    assert not any(c[0] == "Tomasz Wielgosz" and c[1] == "Benfica" for c in got)


def test_giving_up_on_one_and_turning_to_another(real_gaz):
    got, _ = claims(real_gaz, "Manchester United made an offer for Rui Teixeira in July, which Benfica rejected. United "
                              "have since given up on the midfielder and turned their attention to Tomasz Wielgosz.",
                    day="2024-08-04")
    assert ("Rui Teixeira", "Manchester United", "ended", False) in got
    assert ("Tomasz Wielgosz", "Manchester United", "interest", False) in got
    assert ("Tomasz Wielgosz", "Manchester United", "ended", False) not in got


def test_the_united_states_is_a_country_not_united(real_gaz):
    got, ex = claims(real_gaz, "Chelsea have made Tomasz Wielgosz the most expensive player in their history, signing "
                               "the United States defender from Lyon.", day="2025-01-22")
    assert ("Tomasz Wielgosz", "Chelsea", "signed", False) in got
    assert ("nationality", "United States") in {(f.fact, f.value) for f in ex.facts if f.player == "Tomasz Wielgosz"}


def test_club_names_with_an_ampersand_or_an_apostrophe(real_gaz):
    got, _ = claims(real_gaz, "VfB Stuttgart have ended weeks of negotiations with Brighton & Hove Albion over "
                              "Tomasz Wielgosz. Rui Teixeira completed a £25m move to St James' Park last week.",
                    day="2024-07-03")
    assert ("Rui Teixeira", "Newcastle United", "signed", False) in got
    assert all(c[1] in ("VfB Stuttgart", "Newcastle United", "Brighton & Hove Albion") for c in got), got


def test_presented_as_a_player_and_a_first_name_alone(real_gaz):
    got, _ = claims(real_gaz, "Tomasz Wielgosz was presented as a Barcelona player on Monday. Tomasz came through the "
                              "youth ranks at Valencia and moved to Manchester City in the summer of 2020.",
                    day="2022-01-03")
    assert ("Tomasz Wielgosz", "Barcelona", "signed", False) in got
    assert ("Tomasz Wielgosz", "Manchester City", "signed", True) in got


def test_two_movers_in_one_clause_keep_their_own_clubs_after_a_summer_in_which(real_gaz):
    got, _ = claims(real_gaz, "For Bournemouth, it is another big sale after a summer in which Tomasz Wielgosz joined "
                              "Liverpool for £40m and Rui Teixeira left for Paris Saint-Germain.", day="2026-01-06")
    assert got == {("Tomasz Wielgosz", "Liverpool", "signed", True), ("Rui Teixeira", "Paris Saint-Germain", "signed", True)}


def test_a_club_past_a_new_verb_phrase_or_a_managers_squad_is_not_the_signings(real_gaz):
    got, _ = claims(real_gaz, "Sunderland have signed Tomasz Wielgosz from West Ham United. The midfielder has signed a "
                              "three-year contract and went straight into Tony Mowbray's squad for the FA Cup tie at "
                              "Fulham.", day="2023-02-01")
    assert not any(c[1] == "Fulham" for c in got)
