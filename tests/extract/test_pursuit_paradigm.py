"""Every way of telling that a club is after a player, beside his own club or not: watching him
("following the situation of X closely"), trying ("a late attempt for X", "scrapping to take X on
loan"), talking ("met the agent of X", "talking to C2 about X"), agreeing ("has given C his verbal
agreement", "had an agreement with C2 for days over X"). Each must give Everton a claim that is
news and of a pursuit's kind. Checked as a grid; known gaps are strict xfails, so fixing one shows."""

import pytest

from . import fixture_articles

PHRASES = [
    'Watford have gone cold on Celtic left-back Luca Brandt, leaving Everton and Chelsea as the clubs keen on the 19-year-old.',
    'Celtic left-back Luca Brandt has also been linked with Everton and Chelsea.',
    'Luca Brandt has gone to Everton on trial as he tries to earn a contract.',
    'Luca Brandt is on trial with Everton.',
    'Luca Brandt has given Everton his verbal agreement to join.',
    'Celtic could yet lose Luca Brandt to Everton.',
    'Everton and Chelsea are scrapping to take Celtic striker Luca Brandt on loan.',
    "Everton are also looking to bring in Celtic's Luca Brandt before the deadline.",
    'Everton have told Celtic that they are ready to pay the release clause of Luca Brandt.',
    'Everton met the agent of Celtic defender Luca Brandt on Wednesday.',
    'Everton were also talking to Celtic about right-back Luca Brandt.',
    'Everton are set to complete the signing of Luca Brandt from Celtic in the coming days.',
    'Everton have had an agreement with Celtic for days over defender Luca Brandt.',
    'Celtic have found an agreement with Everton for Luca Brandt.',
    'Everton, Chelsea and Leeds have all been credited with an interest in Luca Brandt.',
    'Luca Brandt was about to agree terms with Everton.',
    'Everton are following the situation of Luca Brandt closely.',
    'Everton appear to be favourites for the signature of Luca Brandt.',
    'Everton have also been reported to be interested in Luca Brandt.',
    'Luca Brandt is a loan target for Everton.',
    "Everton's man is Luca Brandt.",
    'Everton have made a late attempt for Luca Brandt.',
    'Everton have dropped behind in the race for Luca Brandt.',
    'Everton have identified Luca Brandt as a replacement.',
    "Luca Brandt is Everton's chosen replacement for Kevin Dorn.",
    "Luca Brandt, who has been on Everton's radar for months, could leave Celtic.",
    'Everton are weighing up a move for Luca Brandt.',
    'Luca Brandt is expected to finalise a loan from Celtic to Everton tonight.',
    'A loan for Celtic forward Luca Brandt should be confirmed by Everton today.',
    'Everton will ask about Luca Brandt.',
    'Everton have sounded out Celtic over Luca Brandt.',
    'Everton have put Luca Brandt on their shortlist.',
    "Luca Brandt is on Everton's shortlist.",
    'Everton have opened negotiations for Luca Brandt.',
    'Everton remain in pole position to sign Luca Brandt.',
    'Everton lead the race for Luca Brandt.',
    'Everton have joined the race for Luca Brandt.',
    'Luca Brandt is wanted by Everton and Chelsea.',
    'Everton hope to beat Chelsea to Luca Brandt.',
    "Everton are ready to test Celtic's resolve with a bid for Luca Brandt.",
]
KNOWN_GAPS = frozenset({
    'Watford have gone cold on Celtic left-back Luca Brandt, leaving Everton and Chelsea as the clubs keen on the 19-year-old.',
    'Luca Brandt is on trial with Everton.',
    'Celtic could yet lose Luca Brandt to Everton.',
    'Celtic have found an agreement with Everton for Luca Brandt.',
    "Everton's man is Luca Brandt.",
    "Luca Brandt is Everton's chosen replacement for Kevin Dorn.",
    'A loan for Celtic forward Luca Brandt should be confirmed by Everton today.',
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_a_pursuit_told_any_way_is_everton_s(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & fixture_articles.PURSUIT_KINDS
