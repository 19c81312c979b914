"""Every way news ties a player to the club he plays for now - a possessive, a descriptor, "of C",
a bracket, "who plays for C" - with the club each gives as his `current_club`."""

import pytest

from . import fixture_articles

CASES = [
 ("Everton want Celtic's Luca Brandt.", "Celtic"), ("Everton want Celtic striker Luca Brandt.", "Celtic"),
 ("Everton want Luca Brandt of Celtic.", "Celtic"), ("Everton want Luca Brandt (Celtic).", "Celtic"),
 ("Everton want Luca Brandt, who plays for Celtic.", "Celtic"), ("Everton want Luca Brandt, the Celtic captain.", "Celtic"),
 ("Everton want Celtic's 24-year-old striker Luca Brandt.", "Celtic"),
 ("Luca Brandt plays for Celtic, but Everton want him.", "Celtic"),
 ("Everton want the Celtic striker Luca Brandt.", "Celtic"), ("Everton want Luca Brandt, Celtic's top scorer.", "Celtic"),
 ("Everton want Luca Brandt, 24, of Celtic.", "Celtic"), ("Everton are keen on the Celtic and Scotland striker Luca Brandt.", "Celtic"),
 ("Everton want Luca Brandt from Celtic.", "Celtic"), ("Everton want Luca Brandt, who joined Celtic in 2021.", "Celtic"),
 ("Everton want Luca Brandt, who has been at Celtic since 2021.", "Celtic"), ("Everton want Celtic academy product Luca Brandt.", "Celtic"),
 ("Everton want Luca Brandt, a Celtic player since 2021.", "Celtic"),
 ("Celtic have rejected Everton's bid for Luca Brandt.", "Celtic"), ("Everton have asked Celtic about Luca Brandt.", "Celtic"),
]


@pytest.mark.parametrize(("text", "club"), fixture_articles.grid(CASES))
def test_a_tie_to_his_club_gives_his_current_club(gaz, text, club):
    _, ex = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == club
