"""Every way of telling a selling club's price or a release clause: wants, demands, values at,
holding out for, not for less than, a price tag or a valuation set on him, "it would take £30m to
prise him away from C", a clause in his contract. The player's club is named first ("Everton want
Celtic striker X"), as a report names it before it tells the price."""

import pytest

from . import fixture_articles

CASES = [
    ('Celtic want £30m for Luca Brandt.', 'asking_price', 30e6),
    ('Celtic are demanding £30m for Luca Brandt.', 'asking_price', 30e6),
    ('Celtic have slapped a £30m price tag on Luca Brandt.', 'asking_price', 30e6),
    ('Celtic value Luca Brandt at £30m.', 'asking_price', 30e6),
    ("Celtic's asking price for Luca Brandt is £30m.", 'asking_price', 30e6),
    ('Celtic will not sell Luca Brandt for less than £30m.', 'asking_price', 30e6),
    ('Celtic are holding out for £30m for Luca Brandt.', 'asking_price', 30e6),
    ('Celtic have set a £30m valuation on Luca Brandt.', 'asking_price', 30e6),
    ('Celtic are asking as much as €20 million for Luca Brandt.', 'asking_price', 20e6),
    ('Celtic have put up a wall and are asking as much as €20 million for Luca Brandt.', 'asking_price', 20e6),
    ('Luca Brandt has a release clause of €60m in his Celtic contract.', 'release_clause', 60e6),
    ("Luca Brandt's contract includes a €60m release clause.", 'release_clause', 60e6),
    ('Luca Brandt has a €60m buy-out clause.', 'release_clause', 60e6),
    ("Everton will have to pay Luca Brandt's €60m release clause.", 'release_clause', 60e6),
    ('Celtic rate Luca Brandt at £30m.', 'asking_price', 30e6),
    ('Celtic would want at least £30m for Luca Brandt.', 'asking_price', 30e6),
    ('It would take £30m to prise Luca Brandt away from Celtic.', 'asking_price', 30e6),
    ('Celtic are reportedly looking for £30m for Luca Brandt.', 'asking_price', 30e6),
    ("Everton met Celtic's £30m valuation of Luca Brandt.", 'asking_price', 30e6),
    ('Celtic have told Everton it will take £30m to sign Luca Brandt.', 'asking_price', 30e6),
]


@pytest.mark.parametrize(("text", "fact", "amount"), fixture_articles.grid(CASES))
def test_a_price_told_any_way_is_the_seller_s(gaz, text, fact, amount):
    _, ex = fixture_articles.claims(gaz, "Everton want Celtic striker Luca Brandt. " + text, "2024-08-01")
    got = fixture_articles.facts_of(ex).get(("Luca Brandt", fact))
    assert got is not None and amount in (got.min, got.max)
