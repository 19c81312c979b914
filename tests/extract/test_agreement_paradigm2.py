"""Every way of telling the last steps before a move (a second grid beside
test_agreement_paradigm.py): a fee or terms agreed, a medical booked, permission to talk, the
green light, the paperwork under way. Each must give Everton a pursuit that is news, and Celtic,
the selling club, nothing. Known gaps (two clubs named as one pair when the text never says
whose player he is) are strict xfails."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton have agreed a fee with Celtic for Luca Brandt.',
    'Everton and Celtic have reached an agreement for Celtic striker Luca Brandt.',
    'Luca Brandt has agreed personal terms with Everton.',
    'Everton are closing in on a deal for Luca Brandt.',
    'Everton are on the verge of signing Luca Brandt.',
    'Luca Brandt is set to undergo a medical at Everton.',
    'Luca Brandt is due to have a medical with Everton on Monday.',
    'Everton have struck a deal for Luca Brandt.',
    'Everton have a verbal agreement with Luca Brandt.',
    'Everton are close to an agreement for Luca Brandt.',
    'Everton have had a bid accepted for Luca Brandt.',
    'Celtic have accepted an offer from Everton for Luca Brandt.',
    'Luca Brandt has said yes to Everton.',
    'Luca Brandt has given the green light to a move to Everton.',
    'Luca Brandt is travelling to Everton to complete his move.',
    'Everton are finalising a deal for Luca Brandt.',
    'Everton have an agreement in place for Luca Brandt.',
    'Luca Brandt is poised to join Everton.',
    'Luca Brandt has been given permission to travel for a medical at Everton.',
    'Celtic have given Luca Brandt permission to talk to Everton.',
    'Everton and Celtic have agreed a deal in principle for Luca Brandt.',
    'Everton have reached a total agreement with Celtic for Luca Brandt.',
    'A deal between Everton and Celtic for Luca Brandt is now close.',
    'Luca Brandt is expected to sign for Everton in the coming days.',
    'Everton are putting the final touches to a deal for Luca Brandt.',
    'Everton are in the final stages of a deal for Luca Brandt.',
    "The paperwork for Luca Brandt's move to Everton is being completed.",
    'Everton have a deal in place to sign Luca Brandt.',
    "Everton have agreed terms with Luca Brandt's representatives.",
]
KNOWN_GAPS = frozenset({
    'Everton and Celtic have agreed a deal in principle for Luca Brandt.',
    'A deal between Everton and Celtic for Luca Brandt is now close.',
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_the_last_steps_of_a_deal_are_everton_s(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & fixture_articles.PURSUIT_KINDS
    assert not {c for c in got if c[1] == "Celtic"}
