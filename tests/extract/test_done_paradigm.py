"""Every way of telling a completed move: what the club did to get him ("beaten stiff competition
... to sign X", "getting the better of C2 to sign X"), the last steps ("passed his medical and
signed a five-year contract"), a loan brought back, a club's signing named as such ("C's only
deadline-day signing is ... X"). Each must give Everton a signing or a loan that is news.
Checked as a grid; known gaps are strict xfails, so fixing one shows."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton say they have beaten stiff competition from clubs in Scotland and elsewhere in Europe to sign winger Luca Brandt from Celtic.',
    'Last week Everton showed they mean business, getting the better of Chelsea to sign Celtic midfielder Luca Brandt for £25m.',
    'Everton have broken their transfer record for the third time this summer to bring in Luca Brandt from Celtic for £30m.',
    'Luca Brandt passed his medical at Everton and signed a five-year contract.',
    'Luca Brandt chose Everton on Thursday, and yesterday he passed his medical and signed a five-year contract.',
    'Everton have brought Luca Brandt back on loan from Celtic for the rest of the season.',
    'Luca Brandt has come in on loan from Celtic, Everton confirmed.',
    "Everton's only deadline-day signing is young Danish striker Luca Brandt.",
    'Everton chairman Bill Kenwright confirmed the deal for Luca Brandt on Twitter after the medical.',
    'Luca Brandt has dropped into the Championship with Everton.',
    'Everton have snapped up Luca Brandt from Celtic.',
    'Everton have wrapped up the signing of Luca Brandt from Celtic.',
    'Everton have sealed the signing of Luca Brandt from Celtic.',
    'Everton have secured the services of Luca Brandt from Celtic.',
    'Everton have tied up a £10m deal for Luca Brandt.',
    'Luca Brandt has completed his move to Everton.',
    'Luca Brandt has put pen to paper on a three-year deal at Everton.',
    'Everton have concluded the transfer of Luca Brandt from Celtic.',
    'Everton have finalised the signing of Luca Brandt from Celtic.',
    'Everton have formalised the arrival of Luca Brandt from Celtic.',
    'Everton have landed Luca Brandt on a season-long loan from Celtic.',
    'Luca Brandt is an Everton player.',
    'Luca Brandt is officially an Everton player.',
    "Luca Brandt has become Everton's fourth summer signing.",
    'Luca Brandt has been unveiled as an Everton player.',
    'Luca Brandt has agreed a five-year contract with Everton after completing his medical.',
    'Luca Brandt has arrived at Everton on a free transfer.',
    'Luca Brandt has returned to Everton on loan.',
    'Everton have welcomed Luca Brandt from Celtic.',
    'Everton have acquired Luca Brandt from Celtic.',
]
KNOWN_GAPS = frozenset({
    'Everton have broken their transfer record for the third time this summer to bring in Luca Brandt from Celtic for £30m.',
    'Luca Brandt has come in on loan from Celtic, Everton confirmed.',
    'Everton chairman Bill Kenwright confirmed the deal for Luca Brandt on Twitter after the medical.',
    'Luca Brandt has dropped into the Championship with Everton.',
    'Luca Brandt has agreed a five-year contract with Everton after completing his medical.',
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_a_completed_move_told_any_way_is_a_signing(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & {"signed", "loan"}
