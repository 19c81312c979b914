"""Every way of telling a loan (a second grid beside test_loan_paradigm.py): taken, loaned out,
headed out on loan, an initial or temporary switch, a loan "confirmed". Each must give Everton a
claim of the kind the row says that is news; "will spend the season on loan at C" is read as the
loan itself, as announced loans are told that way."""

import pytest

from . import fixture_articles

CASES = [
    ('Everton have taken Luca Brandt on loan from Celtic until the end of the season.', 'loan'),
    ('Luca Brandt has joined Everton on a season-long loan from Celtic.', 'loan'),
    ('Celtic have loaned Luca Brandt to Everton.', 'loan'),
    ('Luca Brandt has been loaned out to Everton.', 'loan'),
    ('Luca Brandt will spend the rest of the season on loan at Everton.', 'loan'),
    ('Everton have secured the loan signing of Luca Brandt from Celtic.', 'loan'),
    ('Everton have completed a loan deal for Luca Brandt.', 'loan'),
    ('Luca Brandt has moved to Everton on loan with an option to buy.', 'loan'),
    ('Luca Brandt has returned to Everton on a second loan spell.', 'loan'),
    ('Everton have brought in Luca Brandt on loan.', 'loan'),
    ('Luca Brandt has headed out on loan to Everton.', 'loan'),
    ('Luca Brandt has gone out on loan to Everton.', 'loan'),
    ('Luca Brandt has sealed a loan move to Everton.', 'loan'),
    ('Everton have agreed a loan deal with Celtic for Luca Brandt.', 'agreement'),
    ('Everton are set to sign Luca Brandt on loan.', 'agreement'),
    ('Everton want to take Luca Brandt on loan.', 'interest'),
    ("Luca Brandt's loan to Everton has been confirmed.", 'loan'),
    ('Celtic have sent Luca Brandt to Everton on loan for the season.', 'loan'),
    ('Luca Brandt has swapped Celtic for Everton on an initial loan.', 'loan'),
    ('Everton have landed Luca Brandt on a six-month loan.', 'loan'),
    ('Luca Brandt has signed for Everton on loan from Celtic.', 'loan'),
    ('Luca Brandt has completed a temporary switch to Everton.', 'loan'),
    ('Everton have signed Luca Brandt on a temporary basis.', 'loan'),
    ('Luca Brandt has joined Everton on a short-term deal until the end of the season.', 'signed'),
]


@pytest.mark.parametrize(("text", "kind"), fixture_articles.grid(CASES))
def test_a_loan_told_any_way_has_its_kind(gaz, text, kind):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert kind in fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
