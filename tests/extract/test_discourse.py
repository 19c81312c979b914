"""One test per general rule added for unseen articles: follow-up sentences about the
article's main player, clause-scoped time, relative clauses, club statements and sellers,
coordination, and phrase lexicons. Uses the shipped knowledge (real clubs)."""

import pytest

from bot.extract.pipeline import extract

from .conftest import article


def run(gaz, text, day="2024-07-20"):
    ex = extract(article(text, day), gaz)
    return {(c.player, c.club, c.kind, c.past) for c in ex.claims}, ex


def test_follow_up_sentence_without_a_player_is_about_the_main_one(real_gaz):
    got, ex = run(real_gaz, "Real Sociedad midfielder Martin Zubimendi is wanted by Arsenal.\n\n"
                            "Bayern Munich are also monitoring the situation, Florian Plettenberg reports, "
                            "but the German champions have not yet made an offer.")
    assert ("Martin Zubimendi", "Bayern Munich", "interest", False) in got
    assert not any(k == "bid" for _p, _c, k, _x in got)  # "have not yet made an offer"
    assert {c.source for c in ex.claims if c.club == "Bayern Munich"} == {"Florian Plettenberg"}


def test_generic_squad_sentences_attach_to_no_player(real_gaz):
    got, _ = run(real_gaz, "Real Sociedad midfielder Martin Zubimendi is wanted by Arsenal.\n\n"
                           "Arsenal are also looking at other options. Chelsea are monitoring the market for a "
                           "new striker. Chelsea want to strengthen their defence.")
    assert {c for _p, c, _k, _x in got} == {"Arsenal"}


def test_subject_of_a_claimless_clause_carries_to_the_next(real_gaz):
    got, _ = run(real_gaz, "Celtic are close to signing Braga striker Igor Jesus.\n\n"
                           "West Ham were also interested but pulled out of the race last week.", "2024-08-12")
    assert ("Igor Jesus", "West Ham United", "ended", False) in got


def test_time_in_a_relative_clause_stays_there(real_gaz):
    got, _ = run(real_gaz, "Arsenal are keen on Brentford forward Ivan Toney.\n\n"
                           "Mikel Arteta is a long-time admirer of the 25-year-old, who rejected a move to "
                           "Liverpool last summer.", "2024-07-01")
    assert ("Ivan Toney", "Arsenal", "interest", False) in got
    assert ("Ivan Toney", "Arsenal", "interest", True) not in got
    assert ("Ivan Toney", "Liverpool", "interest", True) in got


def test_time_behind_but_does_not_make_the_earlier_clause_past(real_gaz):
    got, _ = run(real_gaz, "Dortmund confirmed that Barcelona had made a bid for Ousmane Dembele, but one that "
                           "fell short of their valuation of a player they had bought from Rennes last year.",
                 "2017-08-10")
    assert ("Ousmane Dembele", "Barcelona", "bid", False) in got
    assert not any(c == "Barcelona" and past for _p, c, _k, past in got)


def test_apposition_is_no_statement(real_gaz):
    _got, ex = run(real_gaz, "Al-Ettifaq have no interest in signing Miguel Almiron, although Al-Qadsiah, another "
                             "Saudi club, have added Almiron to their list of targets.", "2024-07-01")
    by_kind = {c.kind: c for c in ex.claims}
    assert set(by_kind) == {"ended", "interest"}
    assert by_kind["interest"].club.replace("-", " ") == "Al Qadsiah" and by_kind["interest"].source is None


def test_club_statement_about_talks_makes_it_the_seller(real_gaz):
    got, ex = run(real_gaz, "Lille have rejected a second bid from Real Madrid for defender Leny Yoro.\n\n"
                            "In a statement, Lille said they had held talks with Real Madrid and had turned down "
                            "an offer worth €40m for the 18-year-old.", "2024-07-15")
    assert ("Leny Yoro", "Real Madrid", "talks", False) in got
    assert ("Leny Yoro", "Real Madrid", "bid", False) in got
    assert not any(c == "Lille" for _p, c, _k, _x in got)
    assert {(f.fact, f.value) for f in ex.facts if f.fact == "current_club"} == {("current_club", "Lille")}


def test_apposition_about_another_player_does_not_spill(real_gaz):
    got, _ = run(real_gaz, "Everton have completed the signing of Lyon defender Jake O'Brien.\n\n"
                           "O'Brien becomes Everton's third summer signing after Iliman Ndiaye, the Senegal forward "
                           "who moved to Everton from Marseille earlier this month.", "2024-08-05")
    assert ("Jake O'Brien", "Everton", "signed", False) in got
    assert ("Iliman Ndiaye", "Everton", "signed", False) in got
    assert not any(c == "Marseille" for _p, c, _k, _x in got)


def test_coordinated_loan_clubs_and_under_a_manager(real_gaz):
    got, _ = run(real_gaz, "Itakura did not make an appearance under Pep Guardiola and spent time on loan at "
                           "FC Groningen and FC Schalke before joining Gladbach for around £4m in June 2022.",
                 "2024-01-18")
    assert ("Ko Itakura", "FC Groningen", "loan", True) in got
    assert ("Ko Itakura", "Schalke 04", "loan", True) in got
    assert not any(c == "Manchester City" and k == "loan" for _p, c, k, _x in got)


def test_undated_simple_past_move_to_his_current_club_is_background(real_gaz):
    got, _ = run(real_gaz, "Brentford forward Bryan Mbeumo is a target for Tottenham.\n\n"
                           "Mbeumo joined Brentford from Troyes for £5.8m and has scored 20 goals.", "2024-08-01")
    assert ("Bryan Mbeumo", "Brentford", "signed", True) in got
    assert ("Bryan Mbeumo", "Tottenham Hotspur", "interest", False) in got


def test_signing_with_is_the_destination(real_gaz):
    got, _ = run(real_gaz, "Ko Itakura joined Schalke on loan in 2021 after leaving Manchester City. "
                           "While Schalke couldn't secure a permanent deal, he chose to stay in Germany, signing "
                           "with Gladbach.", "2024-01-02")
    assert any(c == "Borussia Mönchengladbach" and k == "signed" for _p, c, k, _x in got)
    assert not any(c == "Schalke 04" and k == "signed" for _p, c, k, _x in got)


def test_pending_signing_is_not_done_and_weekday_is_no_club(real_gaz):
    got, _ = run(real_gaz, "Nottingham Forest are closing in on the signing of Botafogo striker Igor Jesus.\n\n"
                           "A medical has been booked for Wednesday.", "2024-08-12")
    assert ("Igor Jesus", "Nottingham Forest", "agreement", False) in got
    assert not any(k == "signed" for _p, _c, k, _x in got)
    assert not any(c == "Sheffield Wednesday" for _p, c, _k, _x in got)


@pytest.mark.parametrize("text,club,kind", [
    ("Aston Villa have had a bid rejected for Everton midfielder Amadou Onana.", "Aston Villa", "bid"),
    ("Newcastle saw an offer for Marc Guehi knocked back by Crystal Palace.", "Newcastle United", "bid"),
    ("Tottenham are weighing up a move for Brentford forward Ivan Toney.", "Tottenham Hotspur", "interest"),
    ("Chelsea have made an enquiry about Napoli striker Victor Osimhen.", "Chelsea", "talks"),
    ("Manchester United have held talks with Bologna over Joshua Zirkzee.", "Manchester United", "talks"),
    ("Arsenal are in advanced talks with Real Sociedad over Mikel Merino.", "Arsenal", "talks"),
    ("Galatasaray asked about a loan for Antony in the summer.", "Galatasaray", "talks"),
    ("Personal terms have already been agreed between Liverpool and Federico Chiesa.", "Liverpool", "agreement"),
    ("Fulham have tabled a £20m bid for Emile Smith Rowe.", "Fulham", "bid"),
    ("Brentford completed the signing of Igor Thiago from Club Brugge.", "Brentford", "signed"),
    ("Bayern Munich confirmed the arrival of Michael Olise from Crystal Palace.", "Bayern Munich", "signed"),
    ("Everton have sealed a loan move for Leeds winger Jack Harrison.", "Everton", "loan"),
    ("West Ham have ended their interest in Jonathan David.", "West Ham United", "ended"),
    ("Tottenham turned their attention elsewhere after missing out on Conor Gallagher.", "Tottenham Hotspur", "ended"),
    ("Newcastle will not pursue a deal for Marc Guehi.", "Newcastle United", "ended"),
    ("Chelsea have walked away from talks over Victor Osimhen.", "Chelsea", "ended"),
    ("Real Sociedad midfielder Martin Zubimendi is wanted by Arsenal.", "Arsenal", "interest"),
    ("Chelsea sold Mason Mount to Manchester United.", "Manchester United", "signed"),
])
def test_phrase_lexicon(real_gaz, text, club, kind):
    _got, ex = run(real_gaz, text, "2024-08-10")
    kinds = {c.kind for c in ex.claims if c.club == club}
    assert kinds == {kind}, (text, [(c.club, c.kind) for c in ex.claims])


def test_hedged_negative_and_conditional_withdrawal_give_no_claim(real_gaz):
    _got, ex = run(real_gaz, "Liverpool are unlikely to move for Martin Zubimendi again.", "2024-08-10")
    assert ex.claims == []
    _got, ex = run(real_gaz, "Chelsea will not pursue a deal for Victor Osimhen if Napoli insist on a permanent "
                             "transfer.", "2024-08-10")
    assert not any(c.kind == "ended" for c in ex.claims)


def test_gossip_item_credit_after_the_full_stop(real_gaz):
    _got, ex = run(real_gaz, "Manchester United are monitoring Jarrad Branthwaite. (The Athletic)\n\n"
                             "Chelsea are keen on Marc Guehi (Telegraph).", "2024-08-10")
    src = {c.player: c.source for c in ex.claims}
    assert src == {"Jarrad Branthwaite": "The Athletic", "Marc Guehi": "Telegraph"}


def test_irish_surname_is_one_name(real_gaz):
    _got, ex = run(real_gaz, "Everton have signed Lyon defender Jake O'Brien. O'Brien cost £16.6m.", "2024-08-05")
    assert {c.player for c in ex.claims} == {"Jake O'Brien"}
