"""Every way news tells a loan, from wanting one to completing it: the kind each gives the club
taking the player. A completed loan is `loan`; one agreed, wanted, asked about or bid for is that."""

import pytest

from . import fixture_articles

CASES = [  # (sentence, the kind it gives Everton)
 ("Luca Brandt has joined Everton on loan from Celtic.", "loan"), ("Luca Brandt has joined Everton on a season-long loan.", "loan"),
 ("Everton have signed Luca Brandt on loan from Celtic.", "loan"), ("Everton have taken Luca Brandt on loan from Celtic.", "loan"),
 ("Celtic have loaned Luca Brandt to Everton.", "loan"), ("Celtic have sent Luca Brandt on loan to Everton.", "loan"),
 ("Luca Brandt has been loaned out to Everton.", "loan"), ("Luca Brandt has completed a loan move to Everton.", "loan"),
 ("Luca Brandt has moved to Everton on loan with an option to buy.", "loan"), ("Everton have completed the loan signing of Luca Brandt.", "loan"),
 ("Luca Brandt will spend the season on loan at Everton.", "loan"), ("Everton have brought in Luca Brandt on a six-month loan.", "loan"),
 ("Luca Brandt's loan move to Everton has been completed.", "loan"), ("Everton have announced the loan signing of Luca Brandt.", "loan"),
 ("Everton have secured the loan signing of Luca Brandt.", "loan"), ("Luca Brandt has headed out on loan to Everton.", "loan"),
 ("Luca Brandt is set to join Everton on loan.", "agreement"), ("Everton are closing in on a loan deal for Luca Brandt.", "agreement"),
 ("Everton have agreed a loan deal for Luca Brandt.", "agreement"), ("Everton want to take Luca Brandt on loan.", "interest"),
 ("Everton are considering a loan move for Luca Brandt.", "interest"), ("Everton have asked about taking Luca Brandt on loan.", "talks"),
 ("Everton have made a loan offer for Luca Brandt.", "bid"), ("Everton have held talks over a loan for Luca Brandt.", "talks"),
 ("Everton have agreed to take Luca Brandt on loan.", "agreement"), ("Luca Brandt will join Everton on loan.", "agreement"),
 ("Everton have loaned in striker Luca Brandt from Celtic.", "loan"), ("Luca Brandt arrives at Everton on loan from Celtic.", "loan"),
 ("Luca Brandt has signed for Everton on a temporary basis.", "loan"), ("Luca Brandt has joined Everton on a temporary deal.", "loan"),
]


@pytest.mark.parametrize(("text", "kind"), fixture_articles.grid(CASES))
def test_a_loan_phrase_gives_its_kind(gaz, text, kind):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") == {kind}
