"""Fourteenth round (stop 22): the words club names are made of, a club that makes a move
official, a swap that stays in its own live-blog entry, and a contract's end that is no date of
the news. Invented players, so each test checks the frame, not a name."""

import pytest

from . import fixture_articles


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("club", ["Dinamo Bucuresti", "Spartak Varna", "Racing Montevideo", "Union Titus",
                                  "Sparta Brno", "Eintracht Trier", "Hapoel Ramat", "Slovan Liberec"])
def test_a_name_made_with_a_club_word_is_a_club_not_a_player(gaz, club):
    text = (f"Luca Brandt first arrived at Everton in 2017. After spells with Mouscron and {club}, he came "
            "back in 2021. Sunderland had agreed terms with the player.")
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Sunderland") in {(p, c) for p, c, _k, _past in got}


@pytest.mark.parametrize("text, kind", [
    ("Bordeaux have confirmed Luca Brandt's one-year loan from Everton.", "loan"),
    ("Sunderland have also made Luca Brandt's loan official.", "loan"),
    ("Sunderland have made their signing of Luca Brandt from Everton official.", "signed"),
    ("Sunderland have confirmed, after the 11pm deadline, the loan signing of Everton's Luca Brandt until the "
     "end of the season.", "loan"),
])
def test_a_club_that_confirms_a_move_no_phrase_reads_has_done_it(gaz, text, kind):
    got, ex = claims(gaz, text)
    club = "Bordeaux" if text.startswith("Bordeaux") else "Sunderland"
    assert (("Luca Brandt", club, kind, False)) in got
    assert {c.source for c in ex.claims if c.club == club} == {club}  # its own statement


@pytest.mark.parametrize("text", [
    "Sunderland are expected to confirm Luca Brandt's loan from Everton.",
    "Sunderland will make Luca Brandt's loan official once the paperwork is done.",
    "Sunderland have confirmed their interest in Luca Brandt's loan from Everton.",
])
def test_a_confirmation_still_to_come_or_of_interest_is_no_move(gaz, text):
    got, _ = claims(gaz, text)
    assert not {k for p, c, k, _past in got if c == "Sunderland"} & {"signed", "loan"}


def test_a_player_going_the_other_way_in_a_live_blog_entry_is_not_swapped_into_an_earlier_entry(gaz):
    text = ("13.20 In Italy, Juventus have signed Luca Brandt from Sassuolo.\n\n"
            "15.05 Celtic have been busy. Marco Dellavalle goes the other way.\n\n"
            "16.10 Sunderland have signed Tom Ashby from Everton.")
    got, _ = claims(gaz, text, "2024-01-31")
    assert "Sassuolo" not in {c for p, c, _k, _past in got if p == "Marco Dellavalle"}


def test_a_player_going_the_other_way_to_a_club_of_his_own_joins_that_club(gaz):
    text = "Juventus have signed Luca Brandt from Sassuolo. Marco Dellavalle goes the other way, joining Celtic."
    got, _ = claims(gaz, text)
    assert {c for p, c, _k, _past in got if p == "Marco Dellavalle"} == {"Celtic"}


@pytest.mark.parametrize("text", [
    "Barcelona are keeping tabs on Chelsea defender Luca Brandt, whose contract expires in June.",
    "Barcelona are keeping tabs on Luca Brandt, who is out of contract at Chelsea in June.",
    "Barcelona are keeping tabs on Luca Brandt, whose deal at Chelsea runs until June.",
])
def test_the_month_a_contract_ends_is_not_when_the_news_happened(gaz, text):
    got, _ = claims(gaz, text, "2021-12-01")
    assert ("Luca Brandt", "Barcelona", "interest", False) in got


def test_a_club_he_played_for_formerly_is_no_suitor(gaz):
    got, _ = claims(gaz, "Sunderland are in talks with Lorient over Luca Brandt, formerly of Lyon.")
    assert "Lyon" not in {c for _p, c, _k, _past in got}
    assert ("Luca Brandt", "Sunderland", "talks", False) in got


@pytest.mark.parametrize("outlet", ["Berlingske Tidende", "Leeuwarder Dagblad", "Nordwest Zeitung"])
def test_the_outlet_a_named_reporter_writes_for_is_no_player(gaz, outlet):
    text = (f"Luca Brandt is wanted by Celtic. In June, {outlet} reporter Ole Hansen revealed that Everton had "
            "made a bid for the right-back.")
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Everton", "bid", False) in got


def test_the_others_of_a_squad_sold_as_the_subject_are_not_the_player_in_focus(gaz):
    text = ("Luca Brandt is wanted by Everton. Everton could offer Celtic 60 million euros once two of their "
            "defenders had been sold to Chelsea.")
    got, _ = claims(gaz, text)
    assert "Chelsea" not in {c for _p, c, _k, _past in got}


@pytest.mark.parametrize("text", [
    "Everton want Celtic winger Luca Brandt. Chelsea are also keen, while Celtic will help him choose his next step.",
    "Everton want Celtic winger Luca Brandt. Promotion-chasing Chelsea and Sunderland are also keen, while Celtic "
    "will help him choose.",
    "Everton want Celtic winger Luca Brandt. Chelsea and Sunderland have all shown interest, and Barcelona looked "
    "at him too.",
    # one word of a hyphened adjective is no name that would stand between the clubs and the "also"
    "Everton want Celtic winger Luca Brandt. Cash-strapped Chelsea are also keen, but Celtic will keep him.",
    "Everton want Celtic winger Luca Brandt. Relegation-threatened Chelsea are also keen, but Celtic will keep him.",
])
def test_clubs_also_in_before_an_anaphor_of_the_same_player_want_him(gaz, text):
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Chelsea", "interest", False) in got


def test_an_anaphor_of_another_player_keeps_the_earlier_one_out(gaz):
    text = ("Everton want Celtic winger Luca Brandt. Chelsea are also keen on a striker, while Celtic signed "
            "Tom Ashby and will loan him out.")
    got, _ = claims(gaz, text)
    assert ("Luca Brandt", "Chelsea") not in {(p, c) for p, c, _k, _past in got}


@pytest.mark.parametrize("text", [
    "Luca Brandt has committed his future to Celtic, signing an improved contract that puts an end to the hopes of "
    "the clubs who had been tracking him. In May it was reported that Everton and Chelsea had been watching him.",
    "Luca Brandt has signed a new contract at Celtic. Everton and Chelsea had been monitoring him, and both clubs "
    "now miss out.",
    "Celtic have extended Luca Brandt's contract. Everton and Chelsea were keen on him. Everton and Chelsea will "
    "now have to look elsewhere.",
])
def test_a_new_contract_that_ends_the_pursuits_ends_every_club_linked_with_him(gaz, text):
    got, _ = claims(gaz, text)
    assert {c for p, c, k, past in got if k == "ended" and not past} >= {"Everton", "Chelsea"}
    assert "Celtic" not in {c for p, c, k, past in got if k == "ended"}


@pytest.mark.parametrize("text", [
    # a new club's deal: the move, which ends nobody's pursuit by itself
    "Luca Brandt has joined Celtic, signing a new three-year contract. Everton and Chelsea had been monitoring him, "
    "and Celtic beat them to him.",
    # a new contract that ends nothing
    "Luca Brandt has signed a new contract at Celtic. Everton and Chelsea remain keen on him.",
])
def test_a_new_deal_that_ends_no_pursuit_leaves_the_links(gaz, text):
    got, _ = claims(gaz, text)
    assert not {c for p, c, k, past in got if k == "ended" and c in ("Everton", "Chelsea")}


@pytest.mark.parametrize("text", [
    "Everton have signed France forward Luca Brandt on a free transfer from Celtic, the Women's Super League "
    "champions announced on Saturday.",
    "Luca Brandt has played his last game for Celtic. He was left out of the squad, fuelling rumours that he had a "
    "contract with Everton, and the Women's Super League club confirmed his signing on Friday. He said signing "
    "for Everton meant a lot to him.",
])
def test_a_club_named_by_what_it_is_announcing_the_move_is_its_source(gaz, text):
    got, ex = claims(gaz, text)
    assert ("Luca Brandt", "Everton", "signed", False) in got
    assert fixture_articles.sources(ex, "Luca Brandt", "Everton", "signed") == {"Everton"}


def test_whom_a_club_walks_away_from_is_a_person_not_a_club(gaz):
    got, ex = claims(gaz, "Celtic have walked away from Johan Bergqvist.")
    assert ex.players == ["Johan Bergqvist"]
    assert ("Johan Bergqvist", "Celtic", "ended", False) in got


@pytest.mark.parametrize("text", [
    "Everton, Chelsea and Celtic all want to sign Luca Brandt when the transfer window reopens in January.",
    "Everton will make a move for Luca Brandt in January.",
    "Everton plan to bid for Luca Brandt in February.",
])
def test_a_bare_month_in_a_clause_about_what_is_to_come_is_the_next_one(gaz, text):
    got, _ = claims(gaz, text, "2022-12-20")
    assert ("Luca Brandt", "Everton", "interest", False) in got or ("Luca Brandt", "Everton", "bid", False) in got


def test_a_bare_month_told_as_done_is_still_the_last_one(gaz):
    got, _ = claims(gaz, "Everton signed Luca Brandt from Celtic in February.", "2022-12-20")
    assert ("Luca Brandt", "Everton", "signed", True) in got


def test_the_january_window_a_club_is_weighing_up_in_december_is_the_next_one(gaz):
    got, _ = claims(gaz, "Everton are reported to be weighing up a move in the January window for Celtic star "
                         "Luca Brandt.", "2023-12-28")
    assert ("Luca Brandt", "Everton", "interest", False) in got


@pytest.mark.parametrize("text", [
    "Everton have had a busy summer. Arrivals: Luca Brandt (Celtic), Tom Ashby (Sunderland, loan).",
    "Everton have had a busy summer.\nIn: Luca Brandt (from Celtic), Tom Ashby (loan from Sunderland).",
    "Everton's summer signings: Luca Brandt from Celtic, Tom Ashby on loan from Sunderland.",
    "Everton's summer signings: Luca Brandt, 24, from Celtic, Tom Ashby, 19, on loan from Sunderland.",
    "Everton have also brought in Luca Brandt from Celtic and Tom Ashby on loan from Sunderland.",
    "Everton have strengthened with Luca Brandt from Celtic and Tom Ashby on loan from Sunderland.",
])
def test_a_list_of_a_clubs_arrivals_gives_each_item_its_move(gaz, text):
    got, _ = claims(gaz, text, "2023-08-20")
    assert {p for p, c, _k, _past in got if c == "Everton"} == {"Luca Brandt", "Tom Ashby"}
    assert ("Tom Ashby", "loan") in {(p, k) for p, c, k, _past in got if c == "Everton"}


def test_a_list_of_departures_sends_each_player_to_the_club_his_item_names(gaz):
    got, _ = claims(gaz, "Everton have had a busy summer.\nOut: Luca Brandt (to Celtic), Tom Ashby (Sunderland, loan).",
                    "2023-08-20")
    assert {("Luca Brandt", "Celtic", "signed"), ("Tom Ashby", "Sunderland", "loan")} <= {(p, c, k) for p, c, k, _ in got}
    assert "Everton" not in {c for _p, c, _k, _past in got}


def test_a_done_deal_line_names_the_move(gaz):
    got, _ = claims(gaz, "Luca Brandt (Celtic to Everton, £5m).", "2023-08-20")
    assert ("Luca Brandt", "Everton", "signed", False) in got


@pytest.mark.parametrize("text", [
    "Everton have also brought in Luca Brandt from Celtic this month, while Sunderland want Tom Ashby.",
    "Everton brought in Luca Brandt from Celtic earlier this month, and Tom Ashby's chances there have shrunk.",
    "Everton have brought in Luca Brandt from Celtic, with Tom Ashby moving to Sunderland on loan.",
])
def test_a_list_ends_where_something_else_is_said(gaz, text):
    got, _ = claims(gaz, text, "2023-08-20")
    assert ("Tom Ashby", "Everton") not in {(p, c) for p, c, _k, _past in got}


@pytest.mark.parametrize(("text", "want"), [
    ("There is interest from Everton in Luca Brandt.", {("Luca Brandt", "Everton", "interest", False)}),
    ("Celtic say there has been interest from Everton and Chelsea in Luca Brandt.",
     {("Luca Brandt", "Everton"), ("Luca Brandt", "Chelsea")}),
    ("Chelsea and Everton are battling it out for Luca Brandt.",
     {("Luca Brandt", "Everton", "interest", False), ("Luca Brandt", "Chelsea", "interest", False)}),
    ("Luca Brandt's future is uncertain. Everton are ready to pounce.", {("Luca Brandt", "Everton", "interest", False)}),
    ("Luca Brandt has departed Celtic for Everton.", {("Luca Brandt", "Everton", "signed", False)}),
    ("Luca Brandt is close to an Everton move.", {("Luca Brandt", "Everton", "agreement", False)}),
])
def test_the_everyday_phrasings_a_probe_of_invented_sentences_found_unread(gaz, text, want):
    got, _ = claims(gaz, text)
    have = got if len(next(iter(want))) == 4 else {(p, c) for p, c, _k, _past in got}
    assert want <= have


@pytest.mark.parametrize("noun", ["story", "adventure", "stay", "chapter"])
def test_a_name_whose_club_story_is_told_is_its_player_not_its_manager(gaz, noun):
    text = (f"Luca Brandt's Celtic {noun} has taken one last twist: the former captain has signed a three-year "
            "contract with Everton.")
    got, ex = claims(gaz, text)
    assert ex.players == ["Luca Brandt"]
    assert ("Luca Brandt", "Everton", "signed", False) in got
