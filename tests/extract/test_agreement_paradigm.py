"""The last steps of a deal as news tells them - "here we go", the medical, the announcement, the
unveiling - with the kind each gives: agreed until the club says it is done."""

import pytest

from . import fixture_articles

CASES = [
 ("Here we go: Luca Brandt to Everton.", "agreement"), ("Luca Brandt to Everton, here we go!", "agreement"),
 ("Everton have booked a medical for Luca Brandt.", "agreement"), ("Luca Brandt's medical at Everton is scheduled for Monday.", "agreement"),
 ("Luca Brandt is undergoing a medical at Everton.", "agreement"), ("Luca Brandt has passed his medical at Everton.", "agreement"),
 ("Luca Brandt has completed his medical with Everton.", "agreement"), ("Luca Brandt is set to be unveiled by Everton.", "agreement"),
 ("Everton's announcement of Luca Brandt is imminent.", "agreement"),  ("The deal for Luca Brandt to join Everton is done.", "agreement"), ("Everton have reached a verbal agreement with Luca Brandt.", "agreement"),
 ("Everton have an agreement in principle for Luca Brandt.", "agreement"), ("Everton have a full agreement with Celtic for Luca Brandt.", "agreement"),
 ("Luca Brandt has given the green light to Everton.", "agreement"), ("Everton are in advanced talks for Luca Brandt.", "talks"),
 ("Everton and Celtic are finalising the details of Luca Brandt's transfer.", "agreement"), ("Terms have been agreed between Everton and Luca Brandt.", "agreement"),
 ("Luca Brandt has said yes to Everton.", "agreement"),  ("Luca Brandt has agreed personal terms with Everton.", "agreement"), ("Everton are finalising a deal for Luca Brandt.", "agreement"),
 ("Everton are putting the finishing touches to a deal for Luca Brandt.", "agreement"), ("Luca Brandt is in Everton for his medical.", "agreement"),
 ("Luca Brandt has flown to Everton to complete his move.", "agreement"),  ("Luca Brandt has been unveiled by Everton.", "signed"),
 ("Luca Brandt has been presented by Everton.", "signed"), ("Everton have made Luca Brandt's signing official.", "signed"),
 ("Everton have officially announced Luca Brandt.", "signed"), ("Luca Brandt is officially an Everton player.", "signed"),
 ("Luca Brandt is now an Everton player.", "signed"), ("Luca Brandt has become Everton's first signing of the summer.", "signed"),
]

# Read wrongly today: a deal "done" that names no club where the
# verb is, and a name after "and" that nothing else names (read as a second club).
KNOWN_GAPS = {
    "The deal for Luca Brandt to join Everton is done.",
    "Everton have an agreement in principle for Luca Brandt.", "Terms have been agreed between Everton and Luca Brandt.",
}


@pytest.mark.parametrize(("text", "kind"), fixture_articles.grid(CASES, KNOWN_GAPS))
def test_a_last_step_of_a_deal_gives_its_kind(gaz, text, kind):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    kinds = fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
    assert kinds == {kind} or (kind == "signed" and kinds and kinds <= {"signed", "loan"})
