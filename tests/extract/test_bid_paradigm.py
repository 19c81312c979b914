"""Every way of telling a bid: tabled, lodged, submitted, improved, returned with, sent to the
selling club, matched or met a release clause, offered a contract. Each must give Everton a
pursuit that is news, and Celtic, the club the bid is made to, nothing."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton have tabled a £20m bid for Celtic striker Luca Brandt.',
    'Everton have had a £20m bid for Luca Brandt rejected by Celtic.',
    'Everton have lodged an offer for Luca Brandt.',
    'Everton have submitted a proposal for Luca Brandt.',
    'Everton have improved their offer for Luca Brandt.',
    'Everton have returned with a fresh offer for Luca Brandt.',
    'Everton are preparing a bid for Luca Brandt.',
    'Everton have put in an offer of £20m for Luca Brandt.',
    'Everton have an offer on the table for Luca Brandt.',
    'Everton saw an opening offer for Luca Brandt rebuffed.',
    'Everton offered €20m plus bonuses for Luca Brandt.',
    "Everton are ready to pay Luca Brandt's €60m release clause.",
    'Everton have made a formal offer for Luca Brandt.',
    'Everton have upped their bid for Luca Brandt to £25m.',
    'Everton have sent Celtic a second offer for Luca Brandt.',
    'Everton have made an approach for Luca Brandt.',
    'Everton have come back with an improved bid for Luca Brandt.',
    'Everton have bid £20m for Luca Brandt.',
    'Everton have made a club-record offer for Luca Brandt.',
    'A £20m bid from Everton for Luca Brandt has been turned down.',
    "Everton's £20m offer for Luca Brandt was rejected.",
    "Everton have matched Luca Brandt's release clause.",
    "Everton will meet Luca Brandt's release clause.",
    'Everton have made a loan offer for Luca Brandt.',
    'Everton have offered Luca Brandt a five-year contract.',
    'Everton have presented an offer to Celtic for Luca Brandt.',
    'Everton have sent an offer to Celtic for Luca Brandt.',
    "Everton's third offer for Luca Brandt, worth £500,000, has been turned down by Celtic.",
    'Everton have followed up their opening bid for Luca Brandt with a second one.',
    'Everton made an offer for Luca Brandt in the region of £15m.',
]


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES))
def test_a_bid_told_any_way_is_everton_s_and_not_celtic_s(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & fixture_articles.PURSUIT_KINDS
    assert not {c for c in got if c[1] == "Celtic"}
