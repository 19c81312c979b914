"""The club a bid is made to: rejecting, accepting, weighing up or valuing a player against an
offer makes a club his seller, never a bidder. Celtic own the player in every sentence; Everton
make the move (except where the text says no offer came). Checked as a grid; known gaps are
strict xfails."""

import pytest

from . import fixture_articles

PHRASES = [
    'An offer of £30m from Everton for Luca Brandt falls short of what Celtic will accept.',
    'Celtic rejected a series of bids from Everton for Luca Brandt that reached £32m.',
    'Everton have had an offer of £400,000 for Luca Brandt thrown out by Celtic.',
    'Celtic have turned down seven-figure bids from Everton for Luca Brandt.',
    'Celtic would find it hard to turn down an offer of £30m from Everton for Luca Brandt.',
    'Celtic will study the offer from Everton for Luca Brandt once it arrives.',
    'Celtic have received a number of offers for Luca Brandt, including one from Everton.',
    "Everton's offer for Luca Brandt was nowhere near Celtic's valuation.",
    "Celtic accepted Everton's £20m offer for Luca Brandt.",
    'Celtic are considering an offer from Everton for Luca Brandt.',
    'Celtic are weighing up a £20m bid from Everton for Luca Brandt.',
    "Everton's bid for Luca Brandt has been rejected by Celtic.",
    "Celtic knocked back Everton's opening bid for Luca Brandt.",
    'Celtic have rebuffed a £10m offer from Everton for Luca Brandt.',
    'Celtic are holding out for £25m after Everton bid £20m for Luca Brandt.',
    "Celtic dismissed Everton's approach for Luca Brandt.",
    'Celtic have slapped a £30m price tag on Luca Brandt amid interest from Everton.',
    'Celtic said they had received no offer for Luca Brandt, despite reports linking him with Everton.',
    'Celtic insist Luca Brandt is not for sale after Everton made an enquiry.',
    'Celtic are demanding £30m for Luca Brandt, with Everton keen.',
]
KNOWN_GAPS = frozenset({
    'Celtic have received a number of offers for Luca Brandt, including one from Everton.',
    "Celtic dismissed Everton's approach for Luca Brandt.",
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_the_club_a_bid_is_made_to_is_no_bidder(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert not {c for c in got if c[1] == "Celtic"}
    assert "no offer" in text or fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
