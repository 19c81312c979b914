"""Every way of telling that a club gave up on a player: pulling out, walking away, moving on,
backing away, letting the interest lapse, "will not be signing". Each must give Everton an
`ended` claim that is news (the pursuit it ends may be told beside it). The player is named
once before, as a report names him before it tells what became of the pursuit."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton have pulled out of the race for Luca Brandt.',
    'Everton have walked away from a deal for Luca Brandt.',
    'Everton have ended their interest in Luca Brandt.',
    "Everton's move for Luca Brandt is off.",
    'Talks between Everton and Celtic over Luca Brandt have collapsed.',
    'Everton have opted against a permanent move for Luca Brandt.',
    'Everton have decided not to pursue a move for Luca Brandt.',
    'Everton have cooled their interest in Luca Brandt.',
    'Everton are no longer interested in Luca Brandt.',
    'Everton have turned their attention elsewhere after giving up on Luca Brandt.',
    'Everton have abandoned their pursuit of Luca Brandt.',
    'Everton have dropped their interest in Luca Brandt because of the price.',
    'Everton have moved on from Luca Brandt.',
    'Everton have ruled out a move for Luca Brandt.',
    'Everton will not be signing Luca Brandt.',
    'Everton have withdrawn their offer for Luca Brandt.',
    'Everton have called off their pursuit of Luca Brandt.',
    'Everton have shelved their interest in Luca Brandt.',
    'Everton have switched their attention away from Luca Brandt.',
    "Everton baulked at Celtic's asking price for Luca Brandt and walked away.",
    "Everton's interest in Luca Brandt has cooled.",
    'Everton have given up hope of signing Luca Brandt.',
    'Everton have admitted defeat in their pursuit of Luca Brandt.',
    'Everton have pulled the plug on a deal for Luca Brandt.',
    'Everton have backed away from a move for Luca Brandt.',
    'Everton are out of the running for Luca Brandt.',
    'Everton have distanced themselves from Luca Brandt.',
    'Everton have denied any interest in Luca Brandt.',
    'Everton have no intention of signing Luca Brandt.',
    'Everton have turned down the chance to sign Luca Brandt.',
    'Everton have passed on Luca Brandt.',
    'The deal taking Luca Brandt to Everton has fallen through.',
    "Luca Brandt's proposed move to Everton has collapsed.",
    'Everton have let their interest in Luca Brandt lapse.',
]


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES))
def test_a_withdrawal_told_any_way_ends_the_pursuit(gaz, text):
    got, _ = fixture_articles.claims(gaz, "Celtic striker Luca Brandt is wanted. " + text, "2024-08-01")
    assert "ended" in fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
