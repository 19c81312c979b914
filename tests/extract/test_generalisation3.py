"""Third round: articles of kinds the first two rounds did not cover (a local paper's lower-league
story, Ligue 1 with French outlets, a loan recall, a registration embargo, sell-on and buy-back
clauses, an MLS designated player), and one test per rule they or the known weak spots needed."""

import datetime as dt
from pathlib import Path

from bot.extract.pipeline import extract
from bot.extract.sentences import strip_header
from bot.models import Article

from .conftest import article

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def run(name, gaz):
    raw = (FIX / name).read_text()
    ex = extract(Article(text=strip_header(raw), date=dt.date.fromisoformat(raw[6:16]), origin=name), gaz)
    return ex, {(c.player, c.club, c.kind, c.past) for c in ex.claims}


def facts_of(ex):
    return {(f.player, f.fact): f.value for f in ex.facts}


def sources(ex, player, club, kind):
    return {c.source for c in ex.claims if (c.player, c.club, c.kind) == (player, club, kind)}


def claims(gaz, text, day="2025-07-14"):
    ex = extract(article(text, day), gaz)
    return {(c.player, c.club, c.kind, c.past) for c in ex.claims}, ex


K = "Ko Itakura"


# --- one test per rule ------------------------------------------------------------------------


def test_agreed_to_let_him_join_is_the_buyers_agreement(gaz):
    got, ex = claims(gaz, "Liverpool have agreed to let defender Ko Itakura join Celtic.")
    assert got == {(K, "Celtic", "agreement", False)}
    assert facts_of(ex)[(K, "current_club")] == "Liverpool"


def test_snubbed_one_club_to_join_another(gaz):
    got, _ = claims(gaz, "Defender Ko Itakura has snubbed Celtic to join Liverpool.")
    # the rival of a completed move is background to it (as in the second round's articles)
    assert got == {(K, "Celtic", "interest", True), (K, "Liverpool", "signed", False)}
    got, _ = claims(gaz, "Defender Ko Itakura is set to snub Celtic to join Liverpool.")
    assert got == {(K, "Celtic", "interest", False), (K, "Liverpool", "agreement", False)}


def test_wanting_the_seller_to_sell_is_interest(gaz):
    got, _ = claims(gaz, "Juventus want Gladbach to sell Ko Itakura.")
    assert got == {(K, "Juventus", "interest", False)}


def test_a_managers_their_is_his_club(gaz):
    got, _ = claims(gaz, "Klopp admitted Liverpool are in the market for a defender, with Gladbach defender Ko Itakura top of their list.",
                    "2024-01-18")
    assert got == {(K, "Liverpool", "interest", False)}


def test_will_sign_after_pen_to_paper_is_agreement(gaz):
    for text in ("Liverpool will sign defender Ko Itakura after he puts pen to paper on a four-year deal.",
                 "Defender Ko Itakura will put pen to paper on a four-year deal at Liverpool.",
                 "Defender Ko Itakura is expected to put pen to paper with Liverpool this week."):
        got, _ = claims(gaz, text)
        assert got == {(K, "Liverpool", "agreement", False)}, text
    got, _ = claims(gaz, "Defender Ko Itakura has travelled to Liverpool to put pen to paper.")
    assert got == {(K, "Liverpool", "agreement", False)}


def test_an_unknown_outlet_credited_in_a_clear_frame(gaz):
    for text, src in (("Liverpool are keen on defender Ko Itakura, according to the East Anglian Daily Times.", "East Anglian Daily Times"),
                      ("Liverpool are keen on defender Ko Itakura, the Yorkshire Evening Post reports.", "Yorkshire Evening Post"),
                      ("Liverpool are keen on defender Ko Itakura, a club source told the Northern Echo.", "Northern Echo"),
                      ("Liverpool are keen on defender Ko Itakura, reports Le Parisien.", "Le Parisien")):
        ex = extract(article(text), gaz)
        assert [(c.club, c.kind, c.source) for c in ex.claims] == [("Liverpool", "interest", src)], text


def test_a_fee_agreed_with_a_club_makes_it_the_current_club(gaz):
    _got, ex = claims(gaz, "Liverpool have agreed a fee with Celtic for Ko Itakura.")
    assert facts_of(ex)[(K, "current_club")] == "Celtic"


def test_a_fee_agreed_with_an_unknown_club(real_gaz):
    for text in ("Sunderland have agreed a fee with Bari for striker Marco Pellegrini.",
                 "Sunderland have agreed a fee with Serie B side Bari for striker Marco Pellegrini."):
        ex = extract(article(text, "2025-07-10"), real_gaz)
        assert {(c.player, c.club, c.kind) for c in ex.claims} == {("Marco Pellegrini", "Sunderland", "agreement")}, text
        assert facts_of(ex)[("Marco Pellegrini", "current_club")] == "Bari", text
