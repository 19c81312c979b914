"""Whole articles from tests/fixtures/articles against the shipped knowledge."""

import datetime as dt
from pathlib import Path

from bot.extract.pipeline import extract
from bot.extract.sentences import strip_header
from bot.models import Article

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def run(name, gaz):
    raw = (FIX / name).read_text()
    ex = extract(Article(text=strip_header(raw), date=dt.date.fromisoformat(raw[6:16]), origin=name), gaz)
    return ex, {(c.player, c.club, c.kind, c.past, c.source) for c in ex.claims}


def test_gossip_roundup(real_gaz):
    ex, got = run("gossip_roundup.txt", real_gaz)
    keys = {(p, c, k) for p, c, k, _past, _s in got}
    assert ("Mikel Merino", "Arsenal", "bid") in keys and ("Mikel Merino", "Arsenal", "agreement") in keys
    assert ("Marc Guehi", "Newcastle United", "talks") in keys
    assert ("Victor Osimhen", "Chelsea", "ended") in keys
    assert ("Viktor Vandervoort", "Aston Villa", "interest") in keys
    assert ("Viktor Vandervoort", "West Ham United", "interest") in keys
    assert not any(c in ("Real Sociedad", "Crystal Palace", "Napoli", "Brentford") for _p, c, _k in keys)
    assert {s for *_x, s in got if _x[0] == "Marc Guehi"} == {"Telegraph"}
    cur = {(f.player, f.value) for f in ex.facts if f.fact == "current_club"}
    assert ("Viktor Vandervoort", "Brentford") in cur


def test_loan_and_withdrawal(real_gaz):
    ex, got = run("loan_and_withdrawal.txt", real_gaz)
    keys = {(p, c, k, past) for p, c, k, past, _s in got}
    assert ("Tomas Brennecke", "Everton", "loan", False) in keys
    assert ("Tomas Brennecke", "Fulham", "ended", False) in keys
    assert any(p == "Tomas Brennecke" and c == "Lyon" and k == "signed" and past for p, c, k, past in keys)
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[("Tomas Brennecke", "contract_until")] == 2026
    assert facts[("Tomas Brennecke", "asking_price")].max == 20e6


def test_wire_agreement(real_gaz):
    _ex, got = run("wire_agreement.txt", real_gaz)
    assert {(p, c, k) for p, c, k, _past, _s in got} >= {("Valentin Barco", "Brighton & Hove Albion", "agreement")}
    assert {s for *_x, s in got} <= {"Reuters", "Boca Juniors"}


def test_bid_rejected_with_club_statement(real_gaz):
    ex, got = run("bid_rejected_statement.txt", real_gaz)
    keys = {(p, c, k, past) for p, c, k, past, _s in got}
    assert ("Samuel Okonkwo", "Aston Villa", "bid", False) in keys
    assert ("Samuel Okonkwo", "Aston Villa", "talks", False) in keys
    assert ("Samuel Okonkwo", "Newcastle United", "interest", False) in keys
    assert ("Samuel Okonkwo", "Tottenham Hotspur", "ended", False) in keys
    assert not any(c == "Napoli" and not past for _p, c, _k, past in keys)  # the seller is no suitor
    assert any(c == "Napoli" and k == "signed" and past for _p, c, k, past in keys)  # his 2022 move
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[("Samuel Okonkwo", "current_club")] == "Napoli"
    assert facts[("Samuel Okonkwo", "contract_until")] == 2027
    assert facts[("Samuel Okonkwo", "asking_price")].max == 60e6


def test_gossip_loans_and_agreements(real_gaz):
    _ex, got = run("gossip_loans_agreements.txt", real_gaz)
    keys = {(p, c, k) for p, c, k, _past, _s in got}
    assert ("Luis Arrieta", "Brentford", "agreement") in keys
    assert ("Jonas Wieland", "Fulham", "loan") in keys
    assert ("Mathis Roux", "Everton", "agreement") in keys
    assert ("Mathis Roux", "West Ham United", "ended") in keys
    assert not any(c in ("Real Sociedad", "Crystal Palace", "Lyon") for _p, c, _k in keys)
    sources = {(p, c): s for p, c, _k, _past, s in got}
    assert sources[("Jonas Wieland", "Fulham")] == "BBC Sport"
    assert sources[("Mathis Roux", "Everton")] == "Fabrizio Romano"


# --- articles for general rules (follow-ups, clause time, statements, gossip phrases) ---------


def _keys(got):
    return {(p, c, k, past) for p, c, k, past, _s in got}


def _sources(got, club):
    return {s for _p, c, _k, _past, s in got if c == club}


def test_followup_main_player(real_gaz):
    ex, got = run("followup_main_player.txt", real_gaz)
    keys = _keys(got)
    z = "Martin Zubimendi"
    assert (z, "Arsenal", "talks", False) in keys and _sources(got, "Arsenal") >= {"The Athletic"}
    assert (z, "Bayern Munich", "interest", False) in keys  # subject-less follow-up sentence
    assert _sources(got, "Bayern Munich") == {"Florian Plettenberg"}
    assert not any(c == "Bayern Munich" and k == "bid" for _p, c, k, _x in keys)  # "not yet made an offer"
    assert (z, "Arsenal", "interest", False) in keys and (z, "Arsenal", "interest", True) not in keys
    assert (z, "Liverpool", "interest", True) in keys  # only the relative clause is last summer
    assert not any(c in ("Chelsea", "Real Sociedad") for _p, c, _k, _x in keys)  # generic / the seller
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[(z, "current_club")] == "Real Sociedad" and facts[(z, "contract_until")] == 2027


def test_withdrawal_followup(real_gaz):
    ex, got = run("withdrawal_followup.txt", real_gaz)
    keys = _keys(got)
    j = "Igor Jesus"
    assert (j, "Nottingham Forest", "agreement", False) in keys
    assert _sources(got, "Nottingham Forest") >= {"Fabrizio Romano"}
    assert (j, "Nottingham Forest", "talks", False) in keys
    assert (j, "West Ham United", "ended", False) in keys
    assert (j, "Celtic", "interest", False) in keys
    assert (j, "Botafogo", "signed", True) in keys  # "who joined Botafogo ... in February"
    assert not any(k == "signed" and not past for _p, _c, k, past in keys)  # closing in: not done
    assert not any(c in ("Sheffield Wednesday",) or (c == "Botafogo" and not past) for _p, c, _k, past in keys)
    assert {(f.fact, f.value) for f in ex.facts if f.player == j and f.fact == "current_club"} == {
        ("current_club", "Botafogo")}


def test_saudi_apposition(real_gaz):
    ex, got = run("saudi_apposition.txt", real_gaz)
    by = {}
    for _p, c, k, past, s in got:
        by.setdefault(c.replace("-", " "), set()).add((k, past, s))
    assert any(k == "interest" and not past for k, past, _s in by["Al Hilal"])
    assert {(k, past) for k, past, _s in by["Al Nassr"]} == {("ended", False)}
    assert {(k, past, s) for k, past, s in by["Al Ittihad"]} == {("interest", False, "Daily Mail")}
    assert ("Antony", "Manchester United", "signed", True) in _keys(got)
    assert ("Antony", "Galatasaray", "talks", True) in _keys(got)  # "in January", seen from July
    assert ("Jadon Sancho", "Manchester United", "signed", True) in _keys(got)
    assert not any(c in ("Ajax", "Borussia Dortmund") for _p, c, _k, _x in _keys(got))
    assert not any(c == "Manchester United" and not past for _p, c, _k, past in _keys(got))
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[("Antony", "asking_price")].max == 40e6 and facts[("Antony", "contract_until")] == 2027


def test_club_statement_seller(real_gaz):
    ex, got = run("club_statement_seller.txt", real_gaz)
    keys = _keys(got)
    y = "Leny Yoro"
    assert (y, "Real Madrid", "bid", False) in keys and (y, "Real Madrid", "talks", False) in keys
    assert "Lille" in _sources(got, "Real Madrid")
    assert (y, "Manchester United", "agreement", False) in keys and _sources(got, "Manchester United") == {"RMC Sport"}
    assert (y, "Paris Saint-Germain", "ended", False) in keys and _sources(got, "Paris Saint-Germain") == {"L'Equipe"}
    assert (y, "Liverpool", "talks", False) in keys
    assert ("Sven Botman", "Newcastle United", "signed", True) in keys  # "Lille, who sold Sven Botman to ..."
    assert not any(c == "Lille" for _p, c, _k, _x in keys)  # the club stating its talks is the seller
    assert not any(c == "Manchester United" and k == "interest" for _p, c, k, _x in keys)  # "a move to the Bernabeu"
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[(y, "current_club")] == "Lille" and facts[(y, "contract_until")] == 2025


def test_background_signings(real_gaz):
    ex, got = run("background_signings.txt", real_gaz)
    keys = _keys(got)
    o = "Jake O'Brien"
    assert (o, "Everton", "signed", False) in keys
    assert (o, "Lyon", "signed", True) in keys and (o, "Swindon Town", "loan", True) in keys
    assert (o, "Everton", "talks", False) in keys  # "Everton held talks with Lyon": about the main player
    assert (o, "Southampton", "ended", False) in keys and _sources(got, "Southampton") == {"The Times"}
    assert ("Iliman Ndiaye", "Everton", "signed", False) in keys
    assert not any(p == "Iliman Ndiaye" and c != "Everton" for p, c, _k, _x in keys)
    assert not any(c in ("Crystal Palace", "Marseille") for _p, c, _k, _x in keys)
    assert not any(c == "Lyon" and not past for _p, c, _k, past in keys)
    assert ("Armando Broja", "Everton", "interest", False) in keys and _sources(got, "Everton") >= {"Sky Sports"}
    assert ("Armando Broja", "Brentford", "bid", False) in keys
    assert {p for p, *_ in keys} == {o, "Iliman Ndiaye", "Armando Broja"}
    facts = {(f.player, f.fact): f.value for f in ex.facts}
    assert facts[(o, "current_club")] == "Everton" and facts[("Armando Broja", "current_club")] == "Chelsea"


def test_gossip_phrases(real_gaz):
    _ex, got = run("gossip_phrases.txt", real_gaz)
    want = {
        ("Amadou Onana", "Aston Villa", "bid", "Telegraph"),
        ("Amadou Onana", "Aston Villa", "interest", "Telegraph"),  # "preparing an improved offer": not made yet
        ("Marc Guehi", "Newcastle United", "bid", "Times"),
        ("Marc Guehi", "Newcastle United", "ended", "Times"),
        ("Ivan Toney", "Tottenham Hotspur", "interest", "Guardian"),
        ("Victor Osimhen", "Chelsea", "talks", "Fabrizio Romano"),
        ("Emile Smith Rowe", "Fulham", "bid", "Sky Sports"),
        ("Emile Smith Rowe", "Fulham", "agreement", "Sky Sports"),
        ("Jack Harrison", "Everton", "loan", "BBC Sport"),
        ("Jonathan David", "West Ham United", "ended", "Mail"),
        ("Joshua Zirkzee", "Manchester United", "talks", "Gianluca Di Marzio"),
    }
    now = {(p, c, k, s) for p, c, k, past, s in got if not past}
    assert now == want
    assert not any(p == "Martin Zubimendi" for p, *_ in got)  # "unlikely to move for"
