"""Sixth round: engine rules written from the errors of held-out batches 12 to 14 (rewrites
of real reports). Invented players, so each test checks the rule, not a name it has seen."""

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


def test_clubs_listed_after_a_bidder_all_bid(real_gaz):
    got, _ = claims(real_gaz, "Leeds United have turned down offers of £7m from Fulham, Brentford and Everton for "
                              "left-back Tomasz Wielgosz.")
    assert {c for p, c, k, past in got if k == "bid"} == {"Fulham", "Brentford", "Everton"}


def test_clubs_listed_after_talks_with_are_all_counterparties(real_gaz):
    got, _ = claims(real_gaz, "Arsenal have opened talks with Lille and Nice over Tomasz Wielgosz.")
    assert {c for p, c, k, past in got} == {"Arsenal"}


def test_the_article_names_a_known_managers_club(real_gaz):
    # the knowledge has no spell of his at Sunderland; the article's "Sunderland boss" is his club then
    text = ("Sunderland boss Valerien Ismael wants a new left-back. Ismael's side have opened talks with "
            "Tomasz Wielgosz.")
    got, _ = claims(real_gaz, text, day="2019-01-10")
    assert ("Tomasz Wielgosz", "Sunderland", "talks", False) in got


def test_a_former_club_named_with_a_coach_is_not_his_club(real_gaz):
    text = ("Former Sunderland boss Valerien Ismael is out of work. Ismael's side opened talks with "
            "Tomasz Wielgosz.")
    got, _ = claims(real_gaz, text, day="2019-01-10")
    assert not any(c == "Sunderland" for p, c, k, past in got)


def test_a_gossip_items_closing_credit_beats_a_manager_speaking_in_it(real_gaz):
    text = ("Everton are ready to make a move for Tomasz Wielgosz after Lille boss Valerien Ismael revealed that "
            "the midfielder wants to leave. (Sun)\n\nFulham want Rui Teixeira. (Times)")
    _, ex = claims(real_gaz, text, day="2019-01-10")
    assert {(c.player, c.club, c.source) for c in ex.claims} >= {
        ("Tomasz Wielgosz", "Everton", "Sun"), ("Rui Teixeira", "Fulham", "Times")}


def test_an_amount_in_brackets_credits_no_one(real_gaz):
    text = "Everton have signed Tomasz Wielgosz from Lille for close to 50 million euros ($54.2 million)."
    _, ex = claims(real_gaz, text)
    assert [(c.club, c.source) for c in ex.claims] == [("Everton", None)]


def test_the_main_player_stays_the_centre_after_a_background_name(real_gaz):
    text = ("Tomasz Wielgosz is leaving Lille for Everton. That is more than Fulham paid Nice for Rui Teixeira, "
            "and above Wielgosz's release clause. Brentford had also wanted the striker.")
    got, _ = claims(real_gaz, text)
    assert {p for p, c, k, past in got if c == "Brentford"} == {"Tomasz Wielgosz"}


def test_a_player_opening_the_sentence_keeps_its_anaphors(real_gaz):
    text = ("Everton want Tomasz Wielgosz. Rui Teixeira would cost more than Wielgosz, with the 20-year-old having "
            "made a move of his own from Nice a year ago.")
    got, _ = claims(real_gaz, text)
    assert not any(p == "Tomasz Wielgosz" and c == "Nice" for p, c, k, past in got)


def test_what_a_club_paid_another_for_a_player_is_his_move(real_gaz):
    got, _ = claims(real_gaz, "The fee beats the £20m that Fulham paid Nice for Tomasz Wielgosz in 2021.")
    assert got == {("Tomasz Wielgosz", "Fulham", "signed", True)}


def test_an_unnamed_player_is_nobody_not_the_articles_player(real_gaz):
    text = ("Everton have signed Tomasz Wielgosz. The record remains the fee that Fulham paid Nice for an "
            "England midfielder last summer.")
    got, _ = claims(real_gaz, text)
    assert not any(c == "Fulham" for p, c, k, past in got)


def test_a_possessive_is_no_listed_object(real_gaz):
    got, _ = claims(real_gaz, "That is more than Fulham paid Nice for Rui Teixeira, and above Tomasz Wielgosz's "
                              "release clause.")
    assert {p for p, c, k, past in got} == {"Rui Teixeira"}


def test_a_year_and_a_half_ago_is_background(real_gaz):
    text = "The fee is three times what Fulham paid Nice for Tomasz Wielgosz a year and a half ago."
    got, _ = claims(real_gaz, text)
    assert got == {("Tomasz Wielgosz", "Fulham", "signed", True)}


def test_a_name_after_a_transfer_verb_is_a_player(real_gaz):
    got, _ = claims(real_gaz, "Brighton have spent heavily already, bringing in Tomasz Wielgosz from Newcastle and "
                              "Rui Teixeira from Leeds.")
    assert got == {("Tomasz Wielgosz", "Brighton & Hove Albion", "signed", False),
                   ("Rui Teixeira", "Brighton & Hove Albion", "signed", False)}


def test_a_players_lost_to_a_club_moved_there(real_gaz):
    got, _ = claims(real_gaz, "Lille lost Tomasz Wielgosz and Rui Teixeira to Everton earlier this summer.")
    assert got == {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "signed", False)}


def test_a_relative_clause_ends_the_list_of_what_it_signed(real_gaz):
    got, _ = claims(real_gaz, "Everton, who have already signed Tomasz Wielgosz from Nice, want Rui Teixeira.")
    assert got == {("Tomasz Wielgosz", "Everton", "signed", False), ("Rui Teixeira", "Everton", "interest", False)}


def test_a_club_whose_official_speaks_of_another_clubs_move_is_no_suitor(real_gaz):
    _, ex = claims(real_gaz, "Nice president Jean Dupont told RMC that Everton had made an offer for Tomasz Wielgosz.")
    assert {(c.club, c.kind, c.source) for c in ex.claims} == {("Everton", "bid", "Jean Dupont")}


def test_an_outlets_sources_credit_the_outlet(real_gaz):
    _, ex = claims(real_gaz, "ESPN sources say Everton are keen on Tomasz Wielgosz.")
    assert [(c.club, c.source) for c in ex.claims] == [("Everton", "ESPN")]


def test_a_credited_sentence_that_tells_more_of_a_claim_is_its_source(real_gaz):
    text = ("Everton have had a £15m offer for Tomasz Wielgosz knocked back by Lille, according to reports. "
            "The Daily Mail says the bid for the winger was swiftly turned down.")
    _, ex = claims(real_gaz, text)
    assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Everton", "bid", "Daily Mail")]


def test_a_credited_sentence_about_something_else_credits_nothing_before_it(real_gaz):
    text = ("Barcelona have been tipped to go after Tomasz Wielgosz. The winger missed training on Thursday, and "
            "Lille coach Jean Martin told a news conference that nobody could reach him.")
    _, ex = claims(real_gaz, text)
    assert [(c.club, c.source) for c in ex.claims] == [("Barcelona", None)]


def test_fresh_reports_and_are_understood_to_credit_no_one(real_gaz):
    _, ex = claims(real_gaz, "Fresh reports suggest Everton will return with another offer for Tomasz Wielgosz.")
    assert {c.source for c in ex.claims} == {None}
    _, ex = claims(real_gaz, "Everton are understood to have the option of signing Tomasz Wielgosz for £12m.")
    assert {c.source for c in ex.claims} <= {None}

