"""Every way of telling when a contract ends (a second grid beside test_contract_paradigm.py):
a date, a season, a length in years or seasons, the years or the last year left, "expires in
June", "out of contract next summer". The article is dated 1 August 2024."""

import pytest

from . import fixture_articles

CASES = [
    ('Everton have signed Luca Brandt on a contract until 30 June 2027.', 2027),
    ('Everton have signed Luca Brandt, whose contract runs until the summer of 2028.', 2028),
    ('Everton have signed Luca Brandt on a deal that runs through the 2026 season.', 2026),
    ('Everton have signed Luca Brandt until the end of the 2027 season.', 2027),
    ('Everton want Luca Brandt, whose contract at Celtic runs out next summer.', 2025),
    ('Everton want Luca Brandt, whose deal with Celtic expires in June.', 2025),
    ('Everton want Luca Brandt, whose Celtic contract still has three years to go.', 2027),
    ('Everton want Luca Brandt, whose Celtic contract runs to 2026.', 2026),
    ('Everton want Luca Brandt, who is down to the last year of his Celtic contract.', 2025),
    ('Everton want Luca Brandt, who has a year left on his deal at Celtic.', 2025),
    ('Everton have signed Luca Brandt, who has signed until June 2028.', 2028),
    ('Everton have signed Luca Brandt on a five-season contract.', 2029),
    ('Everton have signed Luca Brandt on a two-and-a-half-year deal.', 2027),
    ('Everton have signed Luca Brandt, who put pen to paper on a four-year deal.', 2028),
    ('Luca Brandt has joined Everton on a three-year contract with the option of a fourth.', 2027),
    ('Everton have signed Luca Brandt on a long-term deal until 2029.', 2029),
    ('Luca Brandt has extended his contract with Celtic until 2028.', 2028),
    ('Luca Brandt has signed a new deal with Celtic that runs until 2029.', 2029),
    ("Luca Brandt's contract with Celtic expires at the end of the season.", 2025),
    ('Everton want Luca Brandt, who is out of contract at Celtic next summer.', 2025),
]


@pytest.mark.parametrize(("text", "year"), fixture_articles.grid(CASES))
def test_a_contract_s_end_told_any_way(gaz, text, year):
    _, ex = fixture_articles.claims(gaz, text, "2024-08-01")
    assert str(fixture_articles.facts_of(ex).get(("Luca Brandt", "contract_until")))[:4] == str(year)
