"""Every way news tells when a player's contract ends - a year, the years left, the end of the
season, the length of the deal he signs now - with the year each gives (article of 1 August 2024)."""

import pytest

from . import fixture_articles

CASES = [
 ("Luca Brandt's contract at Celtic runs until 2026.", "2026"), ("Luca Brandt has two years left on his contract at Celtic.", "2026"),
 ("Celtic defender Luca Brandt is out of contract next summer.", "2025"), ("Luca Brandt, whose contract expires in 2025, is wanted by Everton.", "2025"),
 ("Luca Brandt has 18 months remaining on his deal at Celtic.", "2026"), ("Luca Brandt is under contract at Celtic until June 2026.", "2026"),
 ("Luca Brandt's deal at Celtic expires at the end of the season.", "2025"), ("Everton have signed Luca Brandt on a contract until 2028.", "2028"),
 ("Luca Brandt has signed for Everton until 2028.", "2028"), ("Luca Brandt put pen to paper on a deal running to 2027 at Everton.", "2027"),
 ("Luca Brandt has joined Everton on a three-year deal.", "2027"), ("Luca Brandt has a year left on his Celtic contract.", "2025"),
 ("Luca Brandt is in the final year of his contract at Celtic.", "2025"), ("Everton have signed Luca Brandt on a five-year contract.", "2029"),
 ("Luca Brandt has committed his future to Celtic until 2027.", "2027"), ("Luca Brandt has extended his contract with Celtic until 2028.", "2028"),
 ("Luca Brandt signed a contract with Everton that runs until 2029.", "2029"), ("Luca Brandt's current deal with Celtic expires in June 2025.", "2025"),
 ("Everton have signed Luca Brandt from Celtic on a four-and-a-half-year deal.", "2029"),
]


@pytest.mark.parametrize(("text", "year"), fixture_articles.grid(CASES))
def test_a_contract_phrase_gives_the_year_it_ends(gaz, text, year):
    _, ex = fixture_articles.claims(gaz, text, "2024-08-01")
    assert str(fixture_articles.facts_of(ex).get(("Luca Brandt", "contract_until")))[:4] == year
