"""Every way news tells that a club wants a player, one sentence each: each must give the club a link
(interest, or the talks, bid or agreement it goes on to tell), never nothing and never a done deal."""

import pytest

from . import fixture_articles

CASES = ["Luca Brandt has emerged as a target for Everton.", "Luca Brandt is on the radar of Everton.",
 "Everton have been credited with interest in Luca Brandt.", "Everton are among the clubs interested in Luca Brandt.",
 "Everton have been alerted to Luca Brandt's availability.", "Luca Brandt has caught the eye of Everton.",
 "Everton have sent scouts to watch Luca Brandt.", "Everton have been keeping an eye on Luca Brandt.",
 "Everton have made Luca Brandt their top target.", "Everton have Luca Brandt on their shortlist.",
 "Everton have earmarked Luca Brandt as a replacement.", "Everton have registered an interest in Luca Brandt.",
 "Luca Brandt is attracting interest from Everton.", "Everton are exploring the possibility of signing Luca Brandt.",
 "Everton are in the hunt for Luca Brandt.", "Everton are weighing up a bid for Luca Brandt.",
 "Everton have shown interest in Luca Brandt.", "Everton are said to be keen on Luca Brandt.",
 "Everton are thought to be monitoring Luca Brandt.", "Everton could make a move for Luca Brandt.",
 "Everton are set to rival Celtic for Luca Brandt.", "Everton have joined Celtic in the race for Luca Brandt.",
 "Everton are long-term admirers of Luca Brandt.", "Everton have had Luca Brandt watched.",
 "Luca Brandt has been linked with a move to Everton.", "Luca Brandt has been tipped to join Everton.",
 "Everton are believed to be interested in Luca Brandt.", "Everton have asked to be kept informed about Luca Brandt.",
 "Everton have enquired about Luca Brandt's availability.", "Luca Brandt is understood to be on Everton's wishlist.",
 "Everton have lined up Luca Brandt as a replacement.", "Everton have identified Luca Brandt as their main target.",
 "Everton have turned to Luca Brandt.", "Everton are now looking at Luca Brandt.", "Everton are plotting a swoop for Luca Brandt.",
 "Everton are ready to test Celtic's resolve with a bid for Luca Brandt.", "Everton hope to lure Luca Brandt.",
 "Everton are hoping to tempt Luca Brandt.", "Everton are in pole position to sign Luca Brandt.", "Everton are favourites to sign Luca Brandt."]

KNOWN_GAPS = {"Everton are now looking at Luca Brandt."}  # a name nothing else names, after "at", is read as a club


@pytest.mark.parametrize("text", fixture_articles.grid(CASES, KNOWN_GAPS))
def test_a_phrase_of_wanting_gives_a_link(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    kinds = fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
    assert kinds and kinds <= fixture_articles.PURSUIT_KINDS
