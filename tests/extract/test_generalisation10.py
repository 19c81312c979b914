"""Tenth round (stop 18): names of shapes the extractor misread in every batch, whatever the
frame around them. Invented players and clubs, so each test checks the shape, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2023-07-04"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Everton have had a bid accepted for Will Brandtner, the Celtic striker.",
    "Everton have signed striker Will Brandtner from Celtic.",
])
def test_a_first_name_that_is_also_a_word_opens_a_name_inside_a_sentence(gaz, text):
    got, ex = claims(gaz, text)
    assert "Will Brandtner" in ex.players
    assert {c[:2] for c in got} == {("Will Brandtner", "Everton")}


@pytest.mark.parametrize("name", ["Samuel Ekwo'o", "Rui N'Dala", "Kevin M'Bolo"])
def test_an_apostrophe_inside_a_name_keeps_the_name_whole(gaz, name):
    got, ex = claims(gaz, f"Everton have signed {name} from Celtic.")
    assert ex.players == [name]
    assert got == {(name, "Everton", "signed", False)}


def test_an_apostrophe_before_a_contraction_or_possessive_ends_the_name(gaz):
    _, ex = claims(gaz, "Luca Brandt's move is off, and Celtic won't sell Tomasz Wielgosz.")
    assert set(ex.players) == {"Luca Brandt", "Tomasz Wielgosz"}


def test_a_name_the_knowledge_lacks_that_takes_a_plural_verb_is_a_club(gaz):
    text = "Dynamo Vorskla have settled a transfer fee with Celtic for striker Luca Brandt, the club said."
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Dynamo Vorskla", "agreement", False) in got


@pytest.mark.parametrize("text", [
    "Luca Brandt and Tomasz Wielgosz have joined Everton.",
    "Talks between Everton and Celtic over Tomasz Wielgosz have broken down.",
    "More than 30 million Brazilians have joined the middle class, and Everton have signed Luca Brandt.",
])
def test_a_plural_verb_after_a_name_that_is_not_its_subject_makes_no_club(gaz, text):
    _, ex = claims(gaz, text)
    assert not {c for c in ex.new_clubs if c in ("Tomasz Wielgosz", "Brazilians")}
    assert "Brazilians" not in {c.club for c in ex.claims}
    assert "Tomasz Wielgosz" in ex.players or "Brazilians" in text


def test_a_club_that_announces_its_players_move_elsewhere_is_selling(gaz):
    got, _ = claims(gaz, "Celtic announced on Saturday that goalkeeper Luca Brandt is joining Everton on a two-year loan.")
    assert got == {("Luca Brandt", "Everton", "loan", False)}


def test_a_club_that_announces_a_move_to_itself_still_signs(gaz):
    got, _ = claims(gaz, "Everton announced that Luca Brandt has joined from Celtic.")
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton have smashed their transfer record to sign centre-back Luca Brandt from Celtic.",
    "Everton paid £20m to sign Luca Brandt from Celtic.",
    "Everton beat competition from clubs in Belgium to land Luca Brandt.",
])
def test_what_a_club_did_to_sign_a_player_means_he_is_signed(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton had spent weeks trying to sign Luca Brandt from Celtic.",
    "Everton would have to pay £20m to sign Luca Brandt.",
])
def test_what_a_club_does_before_it_signs_a_player_is_wanting(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[1] == "Everton" and c[2] in ("signed", "loan")}


@pytest.mark.parametrize("text", [
    "LUCA BRANDT: Everton are interested in the Celtic defender.",
    "LUCA BRANDT is wanted by Everton, claims the Sun.",
])
def test_a_gossip_item_that_opens_with_its_players_name_in_capitals(gaz, text):
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Everton", "interest", False) in got


def test_a_dateline_in_capitals_is_no_player(gaz):
    _, ex = claims(gaz, "RIO DE JANEIRO (AP) - Everton have signed Luca Brandt from Celtic.")
    assert ex.players == ["Luca Brandt"]


@pytest.mark.parametrize("text", [
    "It was not simple for sporting bosses Karel Vandamme and Frank Arnesson, because Everton had also asked about Luca Brandt.",
    "The player's representatives, Jorge Yaque and Roly Zarrat, told Everton that Luca Brandt wants to leave Celtic.",
    "According to Bild's Sachin Nakrano, Everton made a bid for Luca Brandt.",
    "After listening to their head of medicine, Rob Pryce, Everton signed Luca Brandt.",
    "Al Hilal, the Saudi champions coached by Jose Moraiz, announced that Luca Brandt has signed.",
])
def test_officials_agents_and_journalists_named_beside_their_role_are_no_players(gaz, text):
    _, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]


@pytest.mark.parametrize("text", [
    "Karel Vandamme's Everton have signed Luca Brandt.",
    "Luca Brandt has joined Karel Vandamme's Everton from Celtic.",
])
def test_a_name_whose_possessive_is_a_club_is_its_manager(gaz, text):
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_a_players_possessive_before_his_clubs_name_is_still_his(gaz):
    _, ex = claims(gaz, "Luca Brandt's Everton contract runs to 2027, and Tomas Brenner's Celtic debut came in May.")
    assert set(ex.players) == {"Luca Brandt", "Tomas Brenner"}


@pytest.mark.parametrize(("text", "want"), [
    ("Luca Brandt is leaving Celtic. Everton took him on a short-term deal last season.", ("Everton", "signed", True)),
    ("Luca Brandt is leaving Celtic. Everton stepped in and took the 23-year-old to the Championship for £2.7m.",
     ("Everton", "signed", False)),
    ("Luca Brandt is leaving Celtic. Everton tried to take him to England, but Celtic refused.", ("Everton", "interest", True)),
    ("Luca Brandt is leaving Celtic. He has been out on loan at Everton and Burnley.", ("Burnley", "loan", True)),
])
def test_a_club_that_took_a_player(gaz, text, want):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", *want) in got


def test_taking_a_player_off_is_no_move(gaz):
    got, _ = claims(gaz, "Everton manager Sean Dyke took Luca Brandt off at half-time.")
    assert got == set()


def test_a_credited_sentence_about_the_deal_credits_the_signing_told_two_sentences_before(gaz):
    text = ("Everton have completed the signing of Luca Brandt from Celtic. "
            "Everton had opened talks with Celtic last week. "
            "Bild understands the deal could eventually be worth £30m, with Everton paying £25m up front.")
    _, ex = claims(gaz, text)
    assert {c.source for c in ex.claims if c.kind == "signed"} == {"Bild"}


@pytest.mark.parametrize("second", [
    "Everton general manager Stefan Reuters said in a statement that the club had convinced the player.",
    "In a statement, Everton sporting director Stefan Reuters said the club were delighted.",
])
def test_an_officials_statement_is_the_clubs(gaz, second):
    _, ex = claims(gaz, "Everton have signed Luca Brandt from Celtic. " + second)
    assert {c.source for c in ex.claims} == {"Everton"}


def test_a_club_that_will_try_to_sign_a_player_wants_him_now(gaz):
    got, _ = claims(gaz, "Everton will try to sign Luca Brandt in the summer.", "2024-01-10")
    assert got == {("Luca Brandt", "Everton", "interest", False)}


@pytest.mark.parametrize("text", [
    "Luca Brandt's future at Everton has been thrown into doubt.",
    "Luca Brandt could be heading out of Everton.",
    "Luca Brandt looks to be on his way out of Everton.",
    "Luca Brandt's exit from Everton is close.",
    "Everton are ready to sell Luca Brandt.",
    "Luca Brandt has been left out of the Everton squad.",
])
def test_words_that_tie_a_player_to_the_club_he_plays_for(gaz, text):
    _, ex = claims(gaz, text)
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == "Everton"


def test_a_club_that_considers_its_player_untouchable_keeps_him(gaz):
    got, ex = claims(gaz, "Everton consider Luca Brandt untouchable.")
    assert got == set()
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == "Everton"


@pytest.mark.parametrize(("text", "amount"), [
    ("Celtic will not let Luca Brandt go for less than £20m.", (20_000_000, None)),
    ("Celtic are seeking £20m for Luca Brandt.", (20_000_000, 20_000_000)),
    ("Celtic have priced Luca Brandt at £20m.", (20_000_000, 20_000_000)),
])
def test_the_price_his_club_sets(gaz, text, amount):
    _, ex = claims(gaz, "Everton are interested in Celtic striker Luca Brandt. " + text)
    price = fixture_articles.facts_of(ex).get(("Luca Brandt", "asking_price"))
    assert price is not None and (price.min, price.max) == amount


@pytest.mark.parametrize(("text", "kinds"), [
    ("Everton have denied reports that they want Luca Brandt.", {"ended"}),
    ("Everton have played down talk of a move for Luca Brandt.", {"ended"}),
    ("Everton have never been interested in Luca Brandt.", {"ended"}),
    ("Everton have no plans to sign Luca Brandt.", {"ended"}),
    ("Everton failed to sign Luca Brandt.", {"ended"}),
    ("Everton are unlikely to sign Luca Brandt.", set()),
    ("Everton have no plans to replace Luca Brandt.", set()),
])
def test_a_club_that_denies_rules_out_or_fails(gaz, text, kinds):
    got, _ = claims(gaz, text)
    assert {k for p, c, k, past in got if c == "Everton"} == kinds


@pytest.mark.parametrize("text", [
    "Everton have also brought in Celtic winger Luca Brandt today.",
    "The biggest deal is Everton's £18m signing of Dutch winger Luca Brandt from Celtic.",
    "In July Everton paid Celtic a fee in the same region for Luca Brandt.",
])
def test_more_ways_of_telling_a_signing(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_a_clubs_signing_that_fell_apart_is_no_signing(gaz):
    got, _ = claims(gaz, "Everton's long-awaited signing of Luca Brandt fell apart overnight.")
    assert not {c for c in got if c[2] in ("signed", "loan")}


@pytest.mark.parametrize(("text", "kind"), [
    ("Here we go: Luca Brandt to Everton.", "agreement"),
    ("It is official: Luca Brandt is joining Everton.", "signed"),
    ("Official: Luca Brandt joins Everton on loan.", "loan"),
])
def test_a_label_before_a_colon_tells_the_kind_of_the_line_after_it(gaz, text, kind):
    got, ex = claims(gaz, text)
    assert got == {("Luca Brandt", "Everton", kind, False)}
    assert {c.source for c in ex.claims} == {None}


def test_a_colon_inside_a_sentence_still_splits_a_swap(gaz):
    text = ("Everton and Celtic have made their deal official: Luca Brandt becomes an Everton player, "
            "while Tomas Brenner goes the other way.")
    got, _ = claims(gaz, text)
    assert ("Tomas Brenner", "Celtic", "signed", False) in got


def test_a_hyphenated_amount_is_an_amount(gaz):
    got, ex = claims(gaz, "Everton are ready to pay Luca Brandt's 50-million-euro release clause, Bild claim.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}
    clause = fixture_articles.facts_of(ex).get(("Luca Brandt", "release_clause"))
    assert clause is not None and (clause.currency, clause.min) == ("EUR", 50_000_000)


def test_a_date_inside_a_who_clause_stays_there(gaz):
    text = ("Luca Brandt, who spent the second half of last season on loan at Celtic, wants Everton, "
            "and Everton have held talks with his representatives.")
    got, _ = claims(gaz, text, "2025-01-20")
    assert ("Luca Brandt", "Everton", "talks", False) in got
    assert ("Luca Brandt", "Celtic", "loan", True) in got


def test_a_but_inside_a_who_clause_goes_on_in_its_time(gaz):
    text = "It is a return to Everton for Luca Brandt, who joined Celtic in the summer of 2011 but left for Chelsea weeks later."
    got, _ = claims(gaz, text, "2025-01-20")
    assert ("Luca Brandt", "Chelsea", "signed", True) in got


def test_a_club_that_calls_off_a_signing_has_ended(gaz):
    got, _ = claims(gaz, "Everton have called off the signing of midfielder Luca Brandt.")
    assert got == {("Luca Brandt", "Everton", "ended", False)}


def test_a_club_that_will_go_back_for_a_player_still_only_wants_him(gaz):
    got, _ = claims(gaz, "Everton will go back for Luca Brandt.")
    assert {k for p, c, k, past in got if c == "Everton"} == {"interest"}
