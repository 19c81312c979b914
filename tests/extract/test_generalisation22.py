"""Twenty-second round (stop 30), found on batches 189-192 once 193-196 had come as the unread
proxy: how far a credit reaches and what a club's own word is, which club an ambiguous alias or a
league description names, names with an elided prefix and one-name players, and a few frames of
moves. The players are invented, so each test checks the structure, not a name."""

import pytest

from bot.extract.index import get_index

from .fixture_articles import claims, claims_at, kinds_at, sources

_WIRE = (
    "ROME, Jan 30 (ANSA) - Former Lazio striker Tomas Brenner has joined Tianjin Quanjian from "
    "Villarreal, the Chinese club announced on Monday.\n\n"
    "It is a handsome profit for Villarreal. Spanish daily Levante-EMV reported that a little over one "
    "million of the fee goes to Corinthians.\n\n"
    "{third}"
)


def test_a_report_quoted_in_a_wire_story_covers_its_paragraph_only(real_gaz):
    text = _WIRE.format(third="Brenner began his career at Internacional and was signed by Lazio in 2015 "
                              "for 22 million euros.")
    _got, ex = claims(real_gaz, text, "2017-01-30")
    assert sources(ex, "Tomas Brenner", "Lazio", "signed") == {"ANSA"}


def test_the_quoted_report_still_covers_its_own_paragraph(real_gaz):
    text = _WIRE.format(third="Brenner had six goals in 24 games this season.").replace(
        "goes to Corinthians.", "goes to Corinthians. Lazio had also wanted Brenner back last summer.")
    _got, ex = claims(real_gaz, text, "2017-01-30")
    assert sources(ex, "Tomas Brenner", "Lazio", "interest") == {"Levante-EMV"}


def test_without_an_article_credit_a_report_reaches_the_next_paragraph(real_gaz):
    text = ("Everton have made contact over Tomas Brenner, the Daily Mail reports.\n\n"
            "The Toffees see the winger as a replacement. Leeds are also interested in Brenner.")
    _got, ex = claims(real_gaz, text, "2024-01-10")
    assert sources(ex, "Tomas Brenner", "Leeds United", "interest") == {"Daily Mail"}


def test_a_club_that_made_the_transfer_official_is_the_source(real_gaz):
    text = ("Tomas Brenner is a Watford player. The Moroccan international signed his contract on Monday, and "
            "the English club made the transfer official the same day.\n\n"
            "Malaga never wanted to sell. AS had reported that Watford intended to pay the full amount.")
    _got, ex = claims(real_gaz, text, "2016-01-19")
    assert sources(ex, "Tomas Brenner", "Watford", "signed") == {"Watford"}


def test_the_club_also_announced_after_a_time_is_the_clubs_word(real_gaz):
    text = ("Ivo Kastelic is Watford's first signing of the winter, and on Tuesday the club also announced "
            "goalkeeper Tomas Brenner on a contract until June 2019.")
    _got, ex = claims(real_gaz, text, "2016-01-19")
    assert sources(ex, "Tomas Brenner", "Watford", "signed") == {"Watford"}


def test_a_club_described_by_a_league_the_knowledge_lists_is_that_league_s_club(real_gaz):
    # "the A-League club": not a near miss of "J League", the league Central Coast Mariners play in
    text = ("Manchester City look set to make a surprise first signing of the window in Central Coast Mariners "
            "playmaker Tomas Brenner. The A-League club have confirmed that City made an approach for him.")
    _got, ex = claims(real_gaz, text, "2016-01-02")
    assert sources(ex, "Tomas Brenner", "Manchester City", "interest") == {"Central Coast Mariners"}


def test_a_club_posting_its_new_arrival_on_social_media_is_its_word(real_gaz):
    text = ("09.30: We have a done deal in Germany.\n\n"
            "Tomas Brenner has swapped Schalke for Hertha Berlin, and Hertha have posted a picture of their new "
            "arrival on social media.")
    _got, ex = claims(real_gaz, text, "2016-01-02")
    assert sources(ex, "Tomas Brenner", "Hertha Berlin", "signed") == {"Hertha Berlin"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner is set to become an Everton player.",
    "Tomas Brenner is close to becoming an Everton player.",
    "Tomas Brenner is on the verge of becoming an Everton player.",
])
def test_a_player_set_to_become_a_clubs_player_is_an_agreement(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2015-01-08")
    assert kinds_at(got, "Tomas Brenner", "Everton") == {"agreement"}


@pytest.mark.parametrize("text", [
    "Wolfsburg have pulled off a surprise. Tomas Brenner is joining from Mainz.",
    "Wolfsburg have pulled off a surprise. Tomas Brenner will join on loan from Mainz.",
])
def test_a_move_agreed_from_a_club_goes_to_the_club_the_article_is_about(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2017-01-06")
    assert kinds_at(got, "Tomas Brenner", "VfL Wolfsburg") == {"agreement"}
    assert not kinds_at(got, "Tomas Brenner", "Mainz 05")


def test_a_club_name_without_its_leading_number_is_that_club(real_gaz):
    # "FSV Mainz 05" for the knowledge's "1. FSV Mainz 05": not "FSV Mainz" and a stray "05"
    entries = get_index(real_gaz).entries
    assert {e.names for e in entries["fsv mainz 05"]} == {("Mainz 05",)}
    assert {e.names for e in entries["fc kaiserslautern"]} == {("1. FC Kaiserslautern",)}


@pytest.mark.parametrize("text", [
    "Derby County are delighted. The club added Tomas Brenner on deadline day.",
    "Derby County keep winning the race for the best young loan players, after the club added Tomas Brenner "
    "in the final hours of the window.",
])
def test_the_club_that_added_a_player_signed_him(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2015-02-03")
    assert kinds_at(got, "Tomas Brenner", "Derby County") == {"signed"}


def test_an_ambiguous_alias_is_the_club_whose_written_name_holds_it(real_gaz):
    # "United" after a West Ham entry: the article wrote "Manchester United", only ever "West Ham"
    text = ("Manchester United finished a remarkable summer with Tomas Brenner on loan from Monaco.\n\n"
            "16:30 - A reminder that West Ham did some of their business early.\n\n"
            "19:50 - United have also confirmed the signing of defender Ivo Kastelic from Ajax in a £14m deal.")
    got, _ex = claims(real_gaz, text, "2014-09-02")
    assert kinds_at(got, "Ivo Kastelic", "Manchester United") == {"signed"}
    assert not kinds_at(got, "Ivo Kastelic", "West Ham United")


@pytest.mark.parametrize("text", [
    "Tomas Brenner ended up at Aston Villa after a late-night U-turn.",
    "Everton have signed Tomas Brenner from Fulham, said general manager Lee O'Neill.",
])
def test_a_one_letter_alias_is_no_club(real_gaz, text):
    # "U's" and "O's" fold to one letter: the "U" of a U-turn, the "O" of O'Neill
    _got, ex = claims(real_gaz, text, "2014-09-02")
    assert not {c.club for c in ex.claims} & {"Oxford United", "Leyton Orient"}


def test_a_player_named_among_clubs_in_a_list_of_deals_takes_the_club_after_him(real_gaz):
    text = ("Manchester United finished the summer with Ivo Kastelic on loan from Monaco, Tomas Brenner ended up "
            "at Aston Villa after a U-turn, and Southampton brought in Luca Brandt.")
    got, _ex = claims(real_gaz, text, "2014-09-02")
    assert kinds_at(got, "Tomas Brenner", "Aston Villa") == {"signed"}
    assert not kinds_at(got, "Tomas Brenner", "Manchester United")


@pytest.mark.parametrize("text", [
    "Aston Villa had also tested West Ham's resolve with an offer for Tomas Brenner, which Sullivan answered with "
    "a dig at the funds available to their then manager, Martin O'Hara.",
    "Ipswich said no to loan interest in Tomas Brenner, general manager of football operations Lee O'Hara has "
    "revealed.",
])
def test_a_name_in_apposition_to_a_role_is_that_person_not_a_player(real_gaz, text):
    _got, ex = claims(real_gaz, text, "2021-02-04")
    assert not [p for p in ex.players if "O'Hara" in p]
    assert "Tomas Brenner" in ex.players


def test_the_agent_of_a_player_names_the_player_not_an_agent(real_gaz):
    text = ("The agent of Porto forward Tomas Brenner, Aziz Kamara, has admitted that his client has been contacted "
            "by Premier League clubs, after the Portuguese press linked the striker with a move to Newcastle United.")
    # (a guard: "agent of" followed by a capitalised club names his client)
    got, _ex = claims(real_gaz, text, "2019-01-08")
    assert kinds_at(got, "Tomas Brenner", "Newcastle United") & {"interest", "talks"}


def test_a_surname_with_an_elided_prefix_is_the_full_name_given_later(real_gaz):
    text = ("Scottish gossip: Tierney, O'Hara, McCausland\n\n"
            "Bologna have had a bid for Tomas O'Hara turned down by Celtic.")
    _got, ex = claims(real_gaz, text, "2023-08-25")
    assert "O'Hara" not in ex.players
    assert "Tomas O'Hara" in ex.players


def test_a_one_name_player_who_speaks_is_still_the_player(real_gaz):
    text = ("Orlando City's long courtship of Brennaro is over. The club presented the Brazilian midfielder on "
            "Tuesday after signing him.\n\n"
            "At the press conference Brennaro said he was delighted.")
    _got, ex = claims(real_gaz, text, "2014-07-01")
    assert "Brennaro" in ex.players
    assert [c for c in ex.claims if (c.player, c.club, c.kind) == ("Brennaro", "Orlando City", "signed")]


def test_an_outlet_with_a_digit_that_says_something_is_no_player(real_gaz):
    text = ("According to Mauro Bianchi of CalcioNews24, who has followed the talks closely, Juventus want Tomas "
            "Brenner. CalcioNews24 says Juventus already have a verbal agreement in place.")
    _got, ex = claims(real_gaz, text, "2024-12-20")
    assert "CalcioNews24" not in ex.players


def test_a_last_line_that_is_only_a_bracketed_agency_credits_the_article(real_gaz):
    text = ("Arsenal have made an offer for Leicester striker Tomas Brenner.\n\n"
            "Leicester are expected to turn it down.\n\n"
            "(Agence France-Presse)")
    _got, ex = claims(real_gaz, text, "2016-06-23")
    assert sources(ex, "Tomas Brenner", "Arsenal", "bid") == {"AFP"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner, a powerful midfielder who has drawn comparisons with Ivo Kastelic, had attracted interest "
    "from Manchester City and Juventus.",
    "Tomas Brenner, a midfielder compared with Ivo Kastelic, had attracted interest from Manchester City and "
    "Juventus.",
])
def test_a_name_inside_the_subjects_apposition_is_not_the_subject(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2015-06-22")
    assert kinds_at(got, "Tomas Brenner", "Manchester City") == {"interest"}
    assert not kinds_at(got, "Ivo Kastelic", "Manchester City")


def test_an_implicit_move_of_a_player_whose_move_the_article_tells_is_that_move(real_gaz):
    # "the second summer signing for Farioli's side, after a winger who arrived ...": the move the
    # article told (Ajax), not a club of his career named before it
    text = ("Ajax have signed Tomas Brenner on loan from Juventus.\n\n"
            "Born in Lucca in 1994, Brenner came through the youth system at Empoli. He joined Juventus on loan in "
            "the summer of 2012, and the Turin club bought him a year later before sending him back to Empoli on "
            "loan for two more seasons.\n\n"
            "Brenner is only the second summer signing for Francesco Farioli's side, after a winger who arrived on "
            "a free transfer from Villarreal.")
    got, _ex = claims(real_gaz, text, "2024-08-21")
    assert not {("signed", False), ("loan", False)} & claims_at(got, "Tomas Brenner", "Empoli")


def test_players_each_with_his_new_club_in_brackets_then_a_move_verb_moved_there(real_gaz):
    text = ("Ligue 1 loses yet another of its best-known players this summer, after Brennaro (Real Madrid), "
            "Kastelico (Arsenal) and Brandtino (Swansea) all went abroad.")
    got, _ex = claims(real_gaz, text, "2014-08-03")
    assert kinds_at(got, "Brennaro", "Real Madrid") == {"signed"}
    assert kinds_at(got, "Kastelico", "Arsenal") == {"signed"}
    assert kinds_at(got, "Brandtino", "Swansea City") == {"signed"}


def test_a_gossip_item_with_the_players_club_in_brackets_is_no_move(real_gaz):
    # (a guard: one bracketed club and no move verb after the list)
    got, _ex = claims(real_gaz, "Everton are weighing up a bid for Brennaro (Lyon).", "2014-08-03")
    assert not {"signed", "loan"} & kinds_at(got, "Brennaro", "Lyon")


def test_a_club_that_on_a_weekday_made_a_signing_official_is_the_source(real_gaz):
    text = ("VALENCIA, Aug 30 - Barcelona on Tuesday made official the signing of Spain striker Tomas Brenner "
            "from Valencia.\n\n"
            "The newspaper Sport had reported last week that the offer could involve another player.")
    _got, ex = claims(real_gaz, text, "2016-08-30")
    assert sources(ex, "Tomas Brenner", "Barcelona", "signed") == {"Barcelona"}


def test_an_item_that_opens_with_its_reporter_is_his(real_gaz):
    text = ("Transfer news live\n\n"
            "Simon Jones (Sportsmail): Watford are keen on Bordeaux winger Tomas Brenner.\n\n"
            "Leaving: Ivo Kastelic has joined Fulham.")
    _got, ex = claims(real_gaz, text, "2019-01-30")
    assert sources(ex, "Tomas Brenner", "Watford", "interest") & {"Simon Jones", "Sportsmail"}
    assert "Leaving" not in sources(ex, "Ivo Kastelic", "Fulham", "signed")


def test_a_wire_dateline_without_its_city_credits_the_agency(real_gaz):
    text = ("(PA) - Scunthorpe United have taken central defender Tomas Brenner on loan from Bolton Wanderers.\n\n"
            "Brenner had loan spells at Kettering Town and York City.")
    _got, ex = claims(real_gaz, text, "2021-01-07")
    assert sources(ex, "Tomas Brenner", "Scunthorpe United", "loan") == {"PA"}


def test_the_news_comes_from_credits_the_claim_just_told(real_gaz):
    _got, ex = claims(real_gaz, "Brentford want Tomas Brenner. The news comes from Sky Sports.", "2021-07-10")
    assert sources(ex, "Tomas Brenner", "Brentford", "interest") == {"Sky Sports"}


def test_translated_and_adapted_from_an_outlets_round_up_credits_it(real_gaz):
    text = ("Milan have officially completed the signing of Tomas Brenner from Bayer Leverkusen.\n\n"
            "(Translated and adapted from MondoSportivo's evening market round-up.)")
    _got, ex = claims(real_gaz, text, "2017-07-03")
    assert sources(ex, "Tomas Brenner", "AC Milan", "signed") == {"MondoSportivo"}


def test_a_club_saying_its_player_will_remain_one_is_no_signing(real_gaz):
    text = ("Tottenham have made an opening offer for Southampton midfielder Tomas Brenner. Ronald Koeman has backed "
            "his chairman, saying Brenner is a Southampton player and will remain one.")
    got, _ex = claims(real_gaz, text, "2014-08-05")
    assert not {"signed", "loan"} & kinds_at(got, "Tomas Brenner", "Southampton")
    assert kinds_at(got, "Tomas Brenner", "Tottenham Hotspur")


@pytest.mark.parametrize("text", [
    "Atletico Madrid's midfielder Tomas Brenner is the subject of a tug of war between Chelsea and Barcelona.",
    "Atletico Madrid's much-coveted midfielder Tomas Brenner is the subject of a tug of war between Chelsea and "
    "Barcelona.",
])
def test_the_clubs_of_a_tug_of_war_between_them_want_him_and_his_club_does_not(real_gaz, text):
    got, _ex = claims(real_gaz, text, "2014-05-20")
    assert kinds_at(got, "Tomas Brenner", "Chelsea") == {"interest"}
    assert kinds_at(got, "Tomas Brenner", "Barcelona") == {"interest"}
    assert not kinds_at(got, "Tomas Brenner", "Atlético Madrid")
