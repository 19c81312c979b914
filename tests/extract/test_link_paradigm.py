"""Every way news tells a club's link to a player, one sentence each, with the kind it gives:
wanting, talking, bidding, agreeing, giving up. Phrases a row must read whatever the sentence around
them; the kind rows (rules/kinds.py) are checked here by meaning, not by the one example each carries."""

import pytest

from . import fixture_articles

CASES = [  # (sentence, the kind it gives Everton)
 ("Everton are interested in Luca Brandt.", "interest"), ("Everton are monitoring Luca Brandt.", "interest"),
 ("Everton are keeping tabs on Luca Brandt.", "interest"), ("Everton have been linked with Luca Brandt.", "interest"),
 ("Luca Brandt has been linked with Everton.", "interest"), ("Luca Brandt is a target for Everton.", "interest"),
 ("Luca Brandt is on Everton's shortlist.", "interest"), ("Luca Brandt is on Everton's radar.", "interest"),
 ("Luca Brandt has attracted interest from Everton.", "interest"), ("Everton have joined the race for Luca Brandt.", "interest"),
 ("Everton lead the race for Luca Brandt.", "interest"), ("Everton are admirers of Luca Brandt.", "interest"),
 ("Everton have scouted Luca Brandt.", "interest"), ("Everton have identified Luca Brandt as a target.", "interest"),
 ("Everton are eyeing Luca Brandt.", "interest"), ("Everton are tracking Luca Brandt.", "interest"),
 ("Everton want Luca Brandt.", "interest"), ("Everton are weighing up a move for Luca Brandt.", "interest"),
 ("Everton have expressed interest in Luca Brandt.", "interest"), ("Everton are plotting a move for Luca Brandt.", "interest"),
 ("Everton are exploring a deal for Luca Brandt.", "interest"), ("Everton are chasing Luca Brandt.", "interest"),
 ("Everton remain keen on Luca Brandt.", "interest"), ("Everton are long-time admirers of Luca Brandt.", "interest"),
 ("Luca Brandt is wanted by Everton.", "interest"), ("Luca Brandt is being watched by Everton.", "interest"),
 ("Luca Brandt is being tracked by Everton.", "interest"), ("Luca Brandt is being courted by Everton.", "interest"),
 ("Everton have opened talks with Celtic over Luca Brandt.", "talks"), ("Everton are in talks with Celtic over Luca Brandt.", "talks"),
 ("Everton have enquired about Luca Brandt.", "talks"), ("Everton have made an approach for Luca Brandt.", "talks"),
 ("Everton have held talks with Celtic about Luca Brandt.", "talks"), ("Everton are negotiating with Celtic for Luca Brandt.", "talks"),
 ("Everton have contacted Celtic about Luca Brandt.", "talks"), ("Everton have asked about Luca Brandt.", "talks"),
 ("Talks between Everton and Celtic over Luca Brandt are ongoing.", "talks"), ("Everton have held discussions over Luca Brandt.", "talks"),
 ("Everton have made an enquiry for Luca Brandt.", "talks"), ("Everton have sounded out Celtic over Luca Brandt.", "talks"),
 ("Everton have made a £10m bid for Luca Brandt.", "bid"), ("Everton have had a £10m bid rejected for Luca Brandt.", "bid"),
 ("Celtic have rejected a £10m bid from Everton for Luca Brandt.", "bid"), ("Everton have tabled an offer for Luca Brandt.", "bid"),
 ("Everton have submitted a bid for Luca Brandt.", "bid"), ("Everton have lodged a £10m offer for Luca Brandt.", "bid"),
 ("Everton's £10m bid for Luca Brandt was rejected.", "bid"), ("Everton have launched a bid for Luca Brandt.", "bid"),
 ("Everton have offered £10m for Luca Brandt.", "bid"), ("Celtic have turned down Everton's offer for Luca Brandt.", "bid"),
 ("Everton have improved their offer for Luca Brandt.", "bid"), ("Everton have returned with a fresh bid for Luca Brandt.", "bid"),
 ("Everton have made a formal offer for Luca Brandt.", "bid"), ("Celtic have accepted Everton's £10m bid for Luca Brandt.", "bid"),
 ("Everton have agreed a fee with Celtic for Luca Brandt.", "agreement"), ("Everton have agreed personal terms with Luca Brandt.", "agreement"),
 ("Everton have reached an agreement with Celtic for Luca Brandt.", "agreement"), ("Luca Brandt is undergoing a medical at Everton.", "agreement"),
 ("Luca Brandt will have a medical at Everton.", "agreement"), ("Everton are closing in on Luca Brandt.", "agreement"),
 ("Everton are close to a deal for Luca Brandt.", "agreement"), ("Luca Brandt has agreed terms with Everton.", "agreement"),
 ("Everton have struck a deal for Luca Brandt.", "agreement"), ("A deal has been agreed between Everton and Celtic for Luca Brandt.", "agreement"),
 ("Everton and Celtic have agreed a deal for Luca Brandt.", "agreement"), ("Everton have a deal in place for Luca Brandt.", "agreement"),
 ("Luca Brandt is travelling to Everton for a medical.", "agreement"), ("Everton have met Luca Brandt's release clause.", "agreement"),
 ("Everton have triggered Luca Brandt's release clause.", "agreement"), ("Luca Brandt is on his way to Everton.", "agreement"),
 ("Everton have pulled out of the race for Luca Brandt.", "ended"), ("Everton have ended their interest in Luca Brandt.", "ended"),
 ("Everton have walked away from a deal for Luca Brandt.", "ended"), ("Everton will not pursue Luca Brandt.", "ended"),
 ("Everton have cooled their interest in Luca Brandt.", "ended"), ("Everton are no longer interested in Luca Brandt.", "ended"),
 ("Everton have abandoned their pursuit of Luca Brandt.", "ended"), ("Everton have given up on Luca Brandt.", "ended"),
 ("Everton's move for Luca Brandt has collapsed.", "ended"), ("Everton have dropped their interest in Luca Brandt.", "ended"),
 ("Everton have moved on from Luca Brandt.", "ended"), ("Everton have decided against a move for Luca Brandt.", "ended"),
 ("Everton have ruled out a move for Luca Brandt.", "ended"), ("Everton have withdrawn their offer for Luca Brandt.", "ended"),
 ("Everton have turned their attention away from Luca Brandt.", "ended"), ("Talks between Everton and Celtic over Luca Brandt have broken down.", "ended"),
 ("Everton are not interested in Luca Brandt.", "ended"), ("Everton have no intention of signing Luca Brandt.", "ended"),
 ("Everton have opted not to pursue Luca Brandt.", "ended"), ("Everton have backed out of a deal for Luca Brandt.", "ended"),
]
# Read wrongly today: the end of a move also gives the move.
KNOWN_GAPS = {
    "Everton's move for Luca Brandt has collapsed.", "Everton have withdrawn their offer for Luca Brandt.",
}


@pytest.mark.parametrize(("text", "kind"), fixture_articles.grid(CASES, KNOWN_GAPS))
def test_a_link_phrase_gives_its_kind(gaz, text, kind):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") == {kind}
