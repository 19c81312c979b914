"""A club's own announcement of its signing credits the club (the dev README's convention for club
statements): "Everton have confirmed the signing of X", "X has joined Everton, the club announced",
"..., the Premier League side announced", "Everton Women have confirmed the arrival of X", "made
official the arrival of X". Checked as a grid; known gaps are strict xfails."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton have confirmed the signing of Luca Brandt from Celtic.',
    'Everton announced on Monday that they have signed Luca Brandt from Celtic.',
    'Luca Brandt has joined Everton from Celtic, the club announced.',
    'Everton have signed Luca Brandt from Celtic, the Premier League side announced on Monday.',
    'It is official: Everton have signed Luca Brandt from Celtic.',
    'Everton confirmed the arrival of Luca Brandt from Celtic on Friday.',
    'Everton Women have confirmed the arrival of Luca Brandt, who joins on a free transfer.',
    'Everton have completed the signing of Luca Brandt from Celtic for a club-record fee.',
    'Everton have officially completed the signing of Luca Brandt from Celtic.',
    'Everton made official the arrival of Luca Brandt from Celtic this afternoon.',
    "Luca Brandt, who has joined Everton on a five-year contract, is a talented player, Everton's director of football said.",
    'Everton said in a statement that Luca Brandt had signed a four-year deal.',
    'Everton have unveiled Luca Brandt as their new signing.',
    'Everton revealed on their website that Luca Brandt has signed until 2028.',
]
KNOWN_GAPS = frozenset({
    'Everton have completed the signing of Luca Brandt from Celtic for a club-record fee.',
    'Everton have officially completed the signing of Luca Brandt from Celtic.',
    "Luca Brandt, who has joined Everton on a five-year contract, is a talented player, Everton's director of football said.",
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_a_clubs_announcement_of_its_signing_credits_the_club(gaz, text):
    _, ex = fixture_articles.claims(gaz, text, "2024-08-01")
    assert "Everton" in {c.source for c in ex.claims if (c.player, c.club) == ("Luca Brandt", "Everton")}
