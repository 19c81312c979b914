"""Source scorecards from hand-made sagas (bot.answer.scorecards)."""

from __future__ import annotations

from bot.answer.records import period_end
from bot.answer.scorecards import (
    MIN_DECIDED,
    SourceInfo,
    build_scorecards,
    card_line,
    describe_rate,
    link_outcome,
)
from tests.answer.sagas import claim, d

SAGAS = [
    # Romano: three links, two came true, one died when the player went elsewhere.
    claim("Ana", "Reds", "interest", "Fabrizio Romano", "2024-01-01"),
    claim("Ana", "Reds", "agreement", "Fabrizio Romano", "2024-01-20"),
    claim("Ana", "Reds", "signed", None, "2024-01-31"),
    claim("Ben", "Blues", "talks", "Fabrizio Romano", "2024-02-01"),
    claim("Ben", "Blues", "signed", "Sky", "2024-02-11"),
    claim("Cid", "Greens", "interest", "Fabrizio Romano", "2024-03-01"),
    claim("Cid", "Whites", "signed", None, "2024-03-05"),
    # A gossip paper: one link ended, one still open, one said after the move happened.
    claim("Dan", "Reds", "interest", "Gossip Daily", "2024-01-05"),
    claim("Dan", "Reds", "ended", "Sky", "2024-02-01"),
    claim("Eve", "Blues", "interest", "Gossip Daily", "2024-04-01"),
    claim("Ana", "Greens", "interest", "Gossip Daily", "2024-02-15"),  # Ana had already moved to Reds
]
INFOS = {"fabrizio romano": SourceInfo("Fabrizio Romano", "journalist", None, 1),
         "gossip daily": SourceInfo("Gossip Daily", "outlet", None, 4)}


def test_outcomes_read_every_source_of_the_player():
    ben = [c for c in SAGAS if c.player == "Ben"]
    assert link_outcome(ben, "Blues", d("2024-02-01")).status == "true"
    cid = [c for c in SAGAS if c.player == "Cid"]
    died = link_outcome(cid, "Greens", d("2024-03-01"))
    assert (died.status, died.moved_to) == ("died", "Whites")
    dan = [c for c in SAGAS if c.player == "Dan"]
    assert link_outcome(dan, "Reds", d("2024-01-05")).when == d("2024-02-01")


def test_a_move_before_the_report_does_not_decide_it():
    ana = [c for c in SAGAS if c.player == "Ana"]
    assert link_outcome(ana, "Greens", d("2024-02-15")).status == "open"


def test_scorecard_counts_hit_rate_and_lead_time():
    cards = build_scorecards(SAGAS, INFOS)
    romano = cards["fabrizio romano"]
    assert (romano.reported, romano.came_true, romano.died, romano.open) == (3, 2, 1, 0)
    assert romano.tier == 1
    assert romano.hit_rate == 2 / 3
    assert romano.median_lead_days == 20.0  # 30 days (Ana) and 10 days (Ben)
    assert "67% came true (2 of 3 decided)" in card_line(romano)


def test_too_few_decided_links_say_so_instead_of_a_rate():
    gossip = build_scorecards(SAGAS, INFOS)["gossip daily"]
    assert (gossip.reported, gossip.came_true, gossip.died, gossip.open) == (3, 0, 1, 2)
    assert gossip.hit_rate is None
    assert describe_rate(gossip) == f"too few decided links for a rate (1 of {MIN_DECIDED} needed)"
    assert "tier 4" in card_line(gossip)


def test_past_claims_are_no_report_and_excluding_a_link_leaves_it_out():
    claims = [*SAGAS, claim("Fay", "Reds", "interest", "Fabrizio Romano", "2024-05-01", past=True)]
    cards = build_scorecards(claims, INFOS, exclude=("Ana", "Reds"))
    assert cards["fabrizio romano"].reported == 2


def test_a_past_move_counts_at_the_end_of_its_stated_month():
    assert period_end("2022-06") == d("2022-06-30")
    assert period_end("2022") == d("2022-12-31")
    claims = [claim("Ko", "Gladbach", "talks", "Bild", "2022-06-28"),
              claim("Ko", "Gladbach", "signed", None, "2024-01-18", past=True, event_date="2022-06")]
    card = build_scorecards(claims)["bild"]
    assert card.came_true == 1 and card.median_lead_days == 2.0


def test_a_link_decided_the_day_it_was_reported_is_not_in_the_rate():
    claims = [claim("Gil", "Reds", "interest", "Gossip Daily", "2024-05-01"),
              claim("Gil", "Reds", "signed", None, "2024-05-01")]
    card = build_scorecards(claims, INFOS)["gossip daily"]
    assert (card.reported, card.came_true, card.same_day, card.decided) == (1, 0, 1, 0)
    assert card.median_lead_days is None
    assert "1 decided the day it was reported" in card_line(card)
