"""More ways of wanting a player (a second grid beside test_interest_paradigm.py): on the radar,
tracking, lined up, earmarked, revived interest, scouting, a hat in the ring, in the frame. Each
must give Everton a pursuit that is news. Known gaps are strict xfails."""

import pytest

from . import fixture_articles

PHRASES = [
    "Luca Brandt is on Everton's radar.",
    'Everton have been tracking Luca Brandt for months.',
    'Luca Brandt has emerged as a target for Everton.',
    'Everton have identified Luca Brandt as a potential replacement.',
    'Luca Brandt is being lined up by Everton.',
    'Everton are plotting a move for Luca Brandt.',
    'Everton are lining up a bid for Luca Brandt.',
    'Everton hold an interest in Luca Brandt.',
    'Everton are among the clubs interested in Luca Brandt.',
    'Luca Brandt has admirers at Everton.',
    'Everton could move for Luca Brandt.',
    'Everton are set to step up their interest in Luca Brandt.',
    'Everton have registered their interest in Luca Brandt.',
    "Everton have been alerted to Luca Brandt's availability.",
    'Everton have put Luca Brandt on their wish list.',
    'Everton have earmarked Luca Brandt as their top summer target.',
    'Everton have reignited their interest in Luca Brandt.',
    'Everton have revived their interest in Luca Brandt.',
    'Everton are long-time admirers of Luca Brandt.',
    'Everton are said to be keen on bringing Luca Brandt to the club.',
    'Everton are weighing up whether to make a move for Luca Brandt.',
    'Everton are believed to be exploring a deal for Luca Brandt.',
    'Everton have been scouting Luca Brandt.',
    'Everton sent scouts to watch Luca Brandt.',
    'Everton have asked to be kept informed about Luca Brandt.',
    'Everton are exploring the possibility of signing Luca Brandt.',
    'Everton have made Luca Brandt their number one target.',
    'Everton have expressed an interest in Luca Brandt.',
    'Everton have shown interest in Luca Brandt.',
    'Everton see Luca Brandt as the ideal replacement.',
    'Everton are considering a loan move for Luca Brandt.',
    'Luca Brandt is a name that has been mentioned at Everton.',
    'Everton are in the hunt for Luca Brandt.',
    'Everton have thrown their hat into the ring for Luca Brandt.',
    'Everton are in the frame for Luca Brandt.',
]
KNOWN_GAPS = frozenset({
    'Luca Brandt is a name that has been mentioned at Everton.',
})


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES, KNOWN_GAPS))
def test_wanting_told_any_way_is_a_pursuit(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & fixture_articles.PURSUIT_KINDS
