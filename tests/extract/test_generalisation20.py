"""Twentieth round (stop 28): frames of ordinary news found missing on batches 161-172 once
173-180 had been commissioned as the unread proxy. Each test states a frame; the players are
invented, so each checks the frame, not a name."""

import pytest

from . import fixture_articles
from .fixture_articles import claims_at, kinds_at, sources


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Tomas Brenner, Ivo Kastelic and the clubless Ruud Maasland all arrived at Twente on free transfers.",
    "Tomas Brenner (PSV) and goalkeeper Ruud Maasland have joined Twente.",
])
def test_a_listed_subject_may_be_described_before_his_name(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2021-08-01")
    assert kinds_at(got, "Tomas Brenner", "FC Twente") == {"signed"}
    assert kinds_at(got, "Ruud Maasland", "FC Twente") == {"signed"}


def test_a_verb_after_and_ends_the_list_of_subjects(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner left PSV and was replaced by Ruud Maasland, who has joined Twente.",
                      "2021-08-01")
    assert not kinds_at(got, "Tomas Brenner", "FC Twente")


def test_another_clubs_deal_after_a_comma_is_a_clause_of_its_own(real_gaz):
    text = ("Nottingham Forest have added Tomas Brenner and Ivo Kastelic, Celtic have landed defender Ruud Maasland, "
            "and Lars Dekker is heading to Crystal Palace on loan.")
    got, _ex = claims(real_gaz, text, "2024-08-30")
    assert kinds_at(got, "Tomas Brenner", "Nottingham Forest") == {"signed"}
    assert not kinds_at(got, "Tomas Brenner", "Crystal Palace")
    assert not kinds_at(got, "Ruud Maasland", "Nottingham Forest")


def test_a_clubs_apposition_after_a_comma_is_not_a_new_clause(real_gaz):
    text = ("Lyon have made four signings. Alongside Lena Brandt, who comes from Chelsea, the European champions have "
            "brought in goalkeeper Tomas Brenner from Bayern Munich.")
    got, _ex = claims(real_gaz, text, "2019-07-02")
    assert not kinds_at(got, "Tomas Brenner", "Chelsea")


def test_a_clubs_line_of_deals_signs_each_player_for_it(real_gaz):
    text = ("Every Premier League deal so far.\n\n"
            "Brighton: Tomas Brenner from Olympiakos, £29.8m (£31.5m); Ivo Kastelic from Hellas Verona, £8.5m; "
            "Ruud Maasland from PSV Eindhoven, free.")
    got, _ex = claims(real_gaz, text, "2025-07-09")
    for player in ("Tomas Brenner", "Ivo Kastelic", "Ruud Maasland"):
        assert claims_at(got, player, "Brighton & Hove Albion") == {("signed", False)}


def test_a_gossip_heading_with_a_colon_is_no_list_of_deals(real_gaz):
    got, _ex = claims(real_gaz, "Arsenal: Tomas Brenner wants to leave Chelsea.", "2025-07-09")
    assert not kinds_at(got, "Tomas Brenner", "Arsenal")


def test_the_other_new_arrivals_are_the_storys_club_not_the_last_club_named(real_gaz):
    text = ("D.C. United have signed Tomas Brenner from Crystal Palace.\n\n"
            "Crystal Palace confirmed his exit before their game against Arsenal.\n\n"
            "Ivo Kastelic and Ruud Maasland are among the other new arrivals.")
    got, _ex = claims(real_gaz, text, "2022-08-05")
    for player in ("Ivo Kastelic", "Ruud Maasland"):
        assert kinds_at(got, player, "D.C. United") == {"signed"}
        assert not kinds_at(got, player, "Crystal Palace")


@pytest.mark.parametrize("text", [
    "Transfer Talk live: Juventus bid for Tomas Brenner, Ivo Kastelic lands in Madrid, Arsenal look at Ruud Maasland",
    "Juventus want Tomas Brenner, Arsenal eye Ruud Maasland and Ivo Kastelic completed his move.",
])
def test_a_chain_of_headlines_gives_each_club_its_own_player(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2022-07-25")
    assert kinds_at(got, "Tomas Brenner", "Juventus")
    assert not kinds_at(got, "Ruud Maasland", "Juventus")
    assert not kinds_at(got, "Ivo Kastelic", "Juventus")


@pytest.mark.parametrize("text", [
    "Como, Fiorentina and Lazio on Tomas Brenner.",
    "Como and Fiorentina are both on Tomas Brenner.",
])
def test_clubs_on_a_player_in_a_headline_want_him(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-08-20")
    assert kinds_at(got, "Tomas Brenner", "Como") == {"interest"}
    assert kinds_at(got, "Tomas Brenner", "Fiorentina") == {"interest"}


def test_a_club_that_dreams_of_a_player_wants_him(real_gaz):
    got, _ex = claims(real_gaz, "Inter dream of Tomas Brenner.", "2024-08-20")
    assert kinds_at(got, "Tomas Brenner", "Inter Milan") == {"interest"}


def test_a_match_report_naming_clubs_and_a_player_is_no_headline(real_gaz):
    got, _ex = claims(real_gaz, "Como beat Fiorentina 2-0, with a goal from Tomas Brenner.", "2024-08-20")
    assert not kinds_at(got, "Tomas Brenner", "Como")


@pytest.mark.parametrize("text", [
    "AC Milan are still in contact with Chelsea over Tomas Brenner.",
    "AC Milan are in talks with Chelsea about midfielder Tomas Brenner.",
])
def test_in_contact_with_the_owner_over_a_player_is_talks(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-08-20")
    assert kinds_at(got, "Tomas Brenner", "AC Milan") == {"talks"}


@pytest.mark.parametrize("text, club, kind", [
    ("Tomas Brenner has drawn interest from both Arsenal and Liverpool.", "Liverpool", "interest"),
    ("Monaco are keeping a close watch on the situation of Tomas Brenner.", "AS Monaco", "interest"),
    ("Marseille have reached a full understanding with Tomas Brenner.", "Marseille", "agreement"),
])
def test_more_words_for_interest_and_agreement(real_gaz, text, club, kind):
    got, _ex = claims(real_gaz, text, "2024-07-20")
    assert kinds_at(got, "Tomas Brenner", club) == {kind}


def test_back_at_a_clubs_disposal_is_no_move_and_leaves_his_suitors(real_gaz):
    text = ("Tomas Brenner is back at Inter's disposal after the deal collapsed. "
            "Genoa and Bologna are among the clubs keen on the 20-year-old.")
    got, _ex = claims(real_gaz, text, "2023-08-20")
    assert not kinds_at(got, "Tomas Brenner", "Inter Milan")
    assert kinds_at(got, "Tomas Brenner", "Genoa") == {"interest"}


def test_a_dateline_with_the_day_before_the_month_credits_the_agency(real_gaz):
    _got, ex = claims(real_gaz, "Madrid, 28 Aug (EFE) - Sevilla have signed Tomas Brenner on loan from Atletico Madrid.",
                      "2024-08-28")
    assert sources(ex, "Tomas Brenner", "Sevilla", "loan") == {"EFE"}


def test_a_note_translated_and_abridged_from_an_outlet_credits_the_outlet(real_gaz):
    text = "Roma are interested in Tomas Brenner.\n\n(Translated and abridged from Sportitalia.)"
    _got, ex = claims(real_gaz, text, "2023-06-20")
    assert sources(ex, "Tomas Brenner", "Roma", "interest") == {"Sportitalia"}


@pytest.mark.parametrize("text, year", [
    ("Tomas Brenner has extended his contract at Frankfurt, which was due to run until 30 June 2024, by two years "
     "to 30 June 2026.", 2026),
    ("VfB Stuttgart have tied Tomas Brenner down until the summer of 2028.", 2028),
])
def test_an_extension_gives_the_year_the_contract_now_runs_to(real_gaz, text, year):
    _got, ex = claims(real_gaz, text, "2023-02-03")
    assert {f.value for f in ex.facts if f.player == "Tomas Brenner" and f.fact == "contract_until"} == {year}


def test_a_clubs_womens_team_that_has_added_a_player_signed_her(real_gaz):
    got, _ex = claims(real_gaz, "Arsenal Women have added Netherlands international Lena Brandt to their squad.",
                      "2022-07-26")
    assert kinds_at(got, "Lena Brandt", "Arsenal") == {"signed"}


def test_an_outlet_that_adds_clubs_to_a_list_is_still_credited(real_gaz):
    _got, ex = claims(real_gaz, "The Sunderland Echo adds Sunderland and Norwich City to the list of clubs said to be "
                      "keen on Tomas Brenner.", "2023-01-20")
    assert sources(ex, "Tomas Brenner", "Norwich City", "interest") == {"Sunderland Echo"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner has committed his future to Crystal Palace by signing a new five-year contract, a deal that puts an "
    "end to a summer in which the winger had been linked with Chelsea and Tottenham Hotspur.",
    "Tomas Brenner has signed a new contract with Crystal Palace, ending months of talk about a move to Chelsea or "
    "Tottenham Hotspur.",
])
def test_an_extension_ends_the_pursuits_its_own_sentence_names(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2018-08-15")
    assert "ended" in kinds_at(got, "Tomas Brenner", "Chelsea")
    assert "ended" in kinds_at(got, "Tomas Brenner", "Tottenham Hotspur")
    assert not kinds_at(got, "Tomas Brenner", "Crystal Palace")


def test_a_club_named_after_an_extension_for_another_reason_is_no_pursuit(real_gaz):
    text = ("Tomas Brenner has put an end to the speculation over his future by signing a new four-year contract with "
            "Manchester City, a day before they open their title defence at West Ham.")
    got, _ex = claims(real_gaz, text, "2019-08-10")
    assert not kinds_at(got, "Tomas Brenner", "West Ham United")


def test_a_club_joining_a_list_of_clubs_in_the_chase_makes_them_all_suitors(real_gaz):
    got, _ex = claims(real_gaz, "Everton have joined Inter, Roma and Southampton in the chase for Arsenal forward "
                      "Tomas Brenner.", "2017-12-20")
    for club in ("Everton", "Inter Milan", "Roma", "Southampton"):
        assert kinds_at(got, "Tomas Brenner", club) == {"interest"}


def test_contenders_come_from_nowhere_have_not_signed_him(real_gaz):
    got, _ex = claims(real_gaz, "Birmingham City have come from nowhere as contenders to sign Tomas Brenner.",
                      "2019-08-01")
    assert kinds_at(got, "Tomas Brenner", "Birmingham City") == {"interest"}


def test_a_player_who_represented_his_country_did_not_sign_for_the_club_named_before(real_gaz):
    text = ("Charlton Athletic have turned down an offer from Middlesbrough for Tomas Brenner, their defender who has "
            "represented the Netherlands at youth level.")
    got, _ex = claims(real_gaz, text, "2019-08-01")
    assert claims_at(got, "Tomas Brenner", "Middlesbrough") == {("bid", False)}


@pytest.mark.parametrize("text", [
    "Rijeka president Damir Miskovic had turned down several offers of around three million euros for Tomas Brenner.",
    "Rijeka sporting director Ivo Kastelic has rejected offers for Tomas Brenner.",
])
def test_a_clubs_official_who_turns_down_offers_speaks_for_the_owner_not_a_bidder(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert not kinds_at(got, "Tomas Brenner", "HNK Rijeka")


def test_a_past_signing_told_with_its_purpose_is_one_move_not_a_pursuit_too(real_gaz):
    text = ("Manchester United have signed Tomas Brenner from Chelsea for a club-record fee. Brenner, 25, who came "
            "through Real Madrid's youth ranks without playing for their first team, made his name at Valencia and "
            "joined Chelsea in August 2011, is understood to have agreed a four-year contract and will wear the number "
            "seven shirt.")
    got, _ex = claims(real_gaz, text, "2014-01-25")
    assert claims_at(got, "Tomas Brenner", "Chelsea") == {("signed", True)}


@pytest.mark.parametrize("text, club", [
    ("Celtic are ready to send midfielder Tomas Brenner, who has fallen out of favour, out on loan.", "Celtic"),
    ("Norwich have agreed to sell Tomas Brenner, and the midfielder could soon move.", "Norwich City"),
    ("Liverpool have cut another loan short this winter, with Tomas Brenner coming back after a spell at Wigan.",
     "Liverpool"),
    ("Manchester United will make one final push to persuade Tomas Brenner to commit to a new deal.", "Manchester United"),
])
def test_what_only_his_own_club_does_is_no_pursuit_of_him(real_gaz, text, club):
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert not kinds_at(got, "Tomas Brenner", club) - {"signed", "loan"}


def test_an_ambiguous_club_alias_listed_among_clubs_is_that_club(real_gaz):
    text = ("Tomas Brenner has joined Dundee United. A former Celtic youth player who had loan spells at Stenhousemuir, "
            "St Mirren, Morton and Dunfermline, Brenner joined Hibs in June 2017.")
    got, _ex = claims(real_gaz, text, "2020-01-20")
    assert claims_at(got, "Tomas Brenner", "Greenock Morton") == {("loan", True)}


def test_an_ambiguous_club_alias_alone_stays_unread(real_gaz):
    got, _ex = claims(real_gaz, "Tomas Brenner has joined Dundee United, Morton said on Friday.", "2020-01-20")
    assert not kinds_at(got, "Tomas Brenner", "Greenock Morton")


def test_each_club_of_a_chain_of_rumours_gets_only_its_own_player(real_gaz):
    text = ("The early rumours: Reading want Southampton striker Tomas Brenner, Charlton are hoping to land free-agent "
            "defender Ivo Kastelic and Stevenage are keen on young striker Ruud Maasland.")
    got, _ex = claims(real_gaz, text, "2024-01-20")
    assert kinds_at(got, "Tomas Brenner", "Reading") == {"interest"}
    assert not kinds_at(got, "Tomas Brenner", "Charlton Athletic") | kinds_at(got, "Tomas Brenner", "Stevenage")
    assert kinds_at(got, "Ivo Kastelic", "Charlton Athletic") == {"interest"}
    assert not kinds_at(got, "Ivo Kastelic", "Reading") | kinds_at(got, "Ivo Kastelic", "Stevenage")


def test_clubs_listed_as_one_subject_stay_one_subject(real_gaz):
    got, _ex = claims(real_gaz, "Reading and Stevenage are keen on Tomas Brenner.", "2024-01-20")
    assert kinds_at(got, "Tomas Brenner", "Reading") == {"interest"}
    assert kinds_at(got, "Tomas Brenner", "Stevenage") == {"interest"}


def test_a_description_after_a_club_and_a_comma_opens_no_clause_of_that_club(real_gaz):
    text = ("Fenerbahce are busy. After bringing in Tomas Brenner from Aston Villa, the Istanbul club are set to sign "
            "Ivo Kastelic, Turkish media reported on Wednesday.")
    got, _ex = claims(real_gaz, text, "2020-01-29")
    assert not kinds_at(got, "Ivo Kastelic", "Aston Villa")
