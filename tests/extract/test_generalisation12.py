"""Twelfth round (stop 20): a league or country that describes a club, a participle that takes
the club of the clause before, a move a club announces or calls done whatever its tense, and a
move its owner will not allow. Invented players, so each test checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Chelsea have sold winger Luca Brandt to Saudi Pro League side Everton.",
    "Chelsea have sold Luca Brandt to Premier League club Everton.",
    "Luca Brandt has joined Premier League rivals Everton from Chelsea.",
])
def test_a_league_that_describes_the_club_is_read_past(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got


def test_a_participle_takes_the_club_the_clause_before_opens_with(gaz):
    got, _ = claims(gaz, "Everton finish the month with four new faces, having already signed midfielder "
                         "Luca Brandt from Celtic for about £6m.")
    assert got == {("Luca Brandt", "Everton", "signed", False)}


@pytest.mark.parametrize("text", [
    "It is done: Luca Brandt is leaving Celtic for Everton for £17m.",
    "Luca Brandt is leaving Celtic for Everton for a fee of £28m, the Premier League club announced on Tuesday.",
])
def test_a_move_called_done_or_announced_is_a_signing_whatever_its_tense(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert not {c for c in got if c[1] == "Celtic" and c[2] != "signed"}


@pytest.mark.parametrize("text", [
    "Celtic will not allow left-back Luca Brandt to join Everton on loan.",
    "Celtic have refused to let Luca Brandt join Everton on loan.",
])
def test_a_move_the_owner_will_not_allow_is_no_claim(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[1] == "Everton"}


@pytest.mark.parametrize("name", ["Hwang In-beom", "Lee Kang-in", "Kim Min-jae"])
def test_a_given_name_whose_syllable_is_also_a_word_stays_whole(gaz, name):
    got, ex = claims(gaz, f"Everton have signed {name} from Celtic.")
    assert ex.players == [name]
    assert got == {(name, "Everton", "signed", False)}


def test_hopes_ended_at_listed_clubs_end_each_club_s_pursuit(gaz):
    got, _ = claims(gaz, "Celtic have tied Luca Brandt down to a new contract, ending hopes at Everton and "
                         "Sunderland of taking the 20-year-old.")
    assert {(c, k) for _p, c, k, _past in got} == {("Everton", "ended"), ("Sunderland", "ended")}


def test_a_club_that_went_no_further_gave_up(gaz):
    got, _ = claims(gaz, "Everton sounded out Luca Brandt, but went no further once they understood that Celtic "
                         "want to renew him.")
    assert ("Luca Brandt", "Everton", "ended", False) in got
    assert not {c for c in got if c[1] == "Celtic"}


@pytest.mark.parametrize("text, kind", [
    ("Everton already have an agreement in principle with Luca Brandt.", "agreement"),
    ("On Tuesday Everton announced Luca Brandt on loan from Celtic until June.", "loan"),
])
def test_an_agreement_with_the_player_and_a_loan_announced(gaz, text, kind):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", kind, False) in got


def test_a_player_added_to_a_list_of_options_is_wanted_not_signed(gaz):
    got, _ = claims(gaz, "Everton have added Celtic midfielder Luca Brandt, 21, to their list of options after his "
                         "impressive season on loan at Sunderland.")
    # (his season on loan at Sunderland is his record: a past loan, as the gold reads such a phrase)
    assert got == {("Luca Brandt", "Everton", "interest", False), ("Luca Brandt", "Sunderland", "loan", True)}


def test_a_price_put_on_a_player_is_no_outlay(gaz):
    got, _ = claims(gaz, "Everton want Luca Brandt. Celtic have put a price of £10m to £12m on him.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}


@pytest.mark.parametrize("text", [
    "Chelsea want him as back-up for Kevin Dorn.",
    "Chelsea see him as cover for Kevin Dorn.",
])
def test_the_player_someone_stands_in_for_is_not_the_one_wanted(gaz, text):
    got, _ = claims(gaz, "Celtic have agreed to sell Luca Brandt. " + text)
    assert not {c for c in got if c[0] == "Kevin Dorn"}


@pytest.mark.parametrize("text, kind", [
    ("Official: Everton have announced Luca Brandt on a four-year contract.", "signed"),
    ("Everton made Luca Brandt a club-record signing from Celtic.", "signed"),
    ("Everton are keeping Celtic's Luca Brandt in mind as an alternative.", "interest"),
])
def test_more_ways_to_tell_a_signing_or_a_pursuit(gaz, text, kind):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Everton", kind, False) in got


def test_a_verb_phrase_joined_by_and_keeps_the_sentence_s_subject(gaz):
    got, _ = claims(gaz, "Everton sold Kevin Dorn to Celtic on Friday and brought Luca Brandt back to England "
                         "from Sunderland on a four-year contract.")
    assert ("Kevin Dorn", "Celtic", "signed", False) in got
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert not {c for c in got if c[0] == "Luca Brandt" and c[1] == "Celtic"}


@pytest.mark.parametrize("text", [
    "Everton are short of cover, but the manager has ruled out bringing Luca Brandt back into his squad.",
    "A move to Everton would make Luca Brandt the costliest signing in their history.",
])
def test_bringing_back_into_a_squad_and_a_hypothetical_record_are_no_signing(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for c in got if c[2] == "signed"}


def test_the_outlet_whose_live_blog_it_is_speaks_for_its_entries(gaz):
    text = ("Deadline day live: every move as it happens. Everton are on the verge of signing Luca Brandt. "
            "Follow all the news on Sky Germany's live blog below!")
    got, ex = claims(gaz, text, "2024-08-30")
    assert got == {("Luca Brandt", "Everton", "agreement", False)}
    assert fixture_articles.sources(ex, "Luca Brandt", "Everton", "agreement") == {"Sky Germany"}


@pytest.mark.parametrize("text", [
    "Everton have made an offer to Celtic for Luca Brandt, which the Scottish club consider insufficient.",
    "Celtic wanted a final offer of £30m for Luca Brandt by Thursday, and Everton have made one.",
    "Celtic confirmed that an offer for Luca Brandt has arrived from Everton.",
])
def test_the_club_an_offer_is_made_or_sent_to_is_the_seller(gaz, text):
    got, _ = claims(gaz, text)
    assert {c for _p, c, _k, _past in got} <= {"Everton"}
    assert not {c for c in got if c[2] == "signed"}


def test_a_move_of_someone_named_who_is_no_player_goes_to_no_player(gaz):
    got, _ = claims(gaz, "Everton have signed Luca Brandt. Kevin Dorn has already left for Celtic, and head coach "
                         "Piet van Houten has joined Sunderland as an assistant.")
    assert not {c for c in got if c[1] == "Sunderland"}


def test_a_club_named_for_its_place_in_the_table_is_no_suitor(gaz):
    got, _ = claims(gaz, "Everton, fifth and 11 points behind leaders Sunderland, are in talks with Celtic over "
                         "Luca Brandt.")
    assert got == {("Luca Brandt", "Everton", "talks", False)}


@pytest.mark.parametrize("word", ["Dubliner", "Glaswegian", "Londoner"])
def test_a_city_s_demonym_is_the_player_not_a_new_name(gaz, word):
    got, ex = claims(gaz, f"Everton have signed Luca Brandt from Celtic. The 33-year-old {word} spent eight years "
                          "with Sunderland.")
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Sunderland", "signed", True) in got


def test_last_season_s_runners_up_date_nothing(gaz):
    got, _ = claims(gaz, "Luca Brandt is keen on a move to Everton after last season's runners-up lodged a formal "
                         "bid for him.")
    assert {past for _p, c, _k, past in got if c == "Everton"} == {False}


def test_a_first_name_before_a_known_player_s_surname_names_another_player(real_gaz):
    got, _ = claims(real_gaz, "He will wear the number 9, left vacant when Luuk de Jong went to Barcelona on loan "
                               "last summer.")
    assert {p for p, *_ in got} == {"Luuk de Jong"}


@pytest.mark.parametrize("text", [
    "Luca Brandt also left Celtic in this window, for Everton.",
    "Luca Brandt has swapped Celtic for Everton on a season-long loan.",
])
def test_leaving_or_swapping_a_club_for_another_is_a_move(gaz, text):
    got, _ = claims(gaz, text)
    assert {c for _p, c, _k, past in got if not past} == {"Everton"}


def test_a_first_name_before_a_coach_s_surname_names_a_player(real_gaz):
    got, _ = claims(real_gaz, "Giovanni Simeone left Fiorentina for Cagliari at the weekend.")
    assert ("Giovanni Simeone", "Cagliari", "signed", False) in got


@pytest.mark.parametrize("text, club", [
    ("Luca Brandt will not be moving to Everton after all.", "Everton"),
    ("Luca Brandt is not going to Everton.", "Everton"),
    ("Everton will not sign the Celtic winger Luca Brandt.", "Everton"),
])
def test_a_move_said_not_to_happen_ends_that_club_s_pursuit(gaz, text, club):
    got, _ = claims(gaz, text)
    assert got == {("Luca Brandt", club, "ended", False)}


def test_a_club_that_will_not_sign_a_replacement_ends_no_one_s_move(gaz):
    got, _ = claims(gaz, "Everton want Luca Brandt. Chelsea will not sign a replacement for Kevin Dorn before the "
                         "window closes.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}


@pytest.mark.parametrize("text", [
    "Everton and Sunderland have made offers of more than £30m for Luca Brandt, but Celtic are still demanding £40m.",
    "Everton want Luca Brandt, who is valued at around £40m by Celtic.",
    "Everton want Luca Brandt, but Celtic, who had put a £40m price on him, are not selling.",
])
def test_the_price_of_a_club_that_is_none_of_his_suitors_is_its_asking_price(gaz, text):
    _, ex = claims(gaz, text)
    price = fixture_articles.facts_of(ex).get(("Luca Brandt", "asking_price"))
    assert price is not None and (price.currency, price.min) == ("GBP", 40_000_000)


def test_a_spell_told_by_its_length_is_a_past_move(gaz):
    got, _ = claims(gaz, "Luca Brandt leaves Everton after eight seasons as the club's all-time leading scorer.")
    assert ("Luca Brandt", "Everton", "signed", True) in got


@pytest.mark.parametrize("text", [
    "Everton were keen on Luca Brandt, 25, and Sunderland, Celtic and Chelsea are also thought to have been interested.",
    "That season brought Luca Brandt to the attention of the leading clubs, with Everton, Sunderland, Celtic and "
    "Chelsea all taking an interest.",
])
def test_every_club_of_a_listed_subject_is_interested(gaz, text):
    got, _ = claims(gaz, text)
    assert {c for p, c, k, _past in got if k == "interest"} >= {"Sunderland", "Celtic", "Chelsea"}


def test_the_latest_club_after_a_player_wants_him(gaz):
    got, _ = claims(gaz, "Everton are the latest club after Celtic's Luca Brandt.")
    assert got == {("Luca Brandt", "Everton", "interest", False)}


def test_a_club_glad_to_sign_such_a_player_signs_none_of_those_named_before(gaz):
    got, _ = claims(gaz, "With Luca Brandt and Kevin Dorn injured, Everton were glad of the chance to sign such a "
                         "player.")
    assert not got


@pytest.mark.parametrize("day, past", [("2022-08-02", True), ("2022-01-20", False)])
def test_earlier_this_year_is_past_for_a_summer_article_and_now_for_a_january_one(gaz, day, past):
    got, _ = claims(gaz, "Everton made a bid for Luca Brandt earlier this year.", day)
    assert got == {("Luca Brandt", "Everton", "bid", past)}
