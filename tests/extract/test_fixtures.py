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
