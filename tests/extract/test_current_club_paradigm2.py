"""Every way of tying a player to the club he plays for now (a second grid beside
test_current_club_paradigm.py): goals and appearances for it, a regular place, a contract he is
under, out of favour or on the transfer list there, a club reluctant to sell him. Each must give
him Celtic for current club and give Celtic no claim (it is his club, not a suitor)."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton want Luca Brandt, who has scored 12 goals for Celtic this season.',
    "Everton want Celtic's Luca Brandt.",
    'Everton want Luca Brandt, currently at Celtic.',
    'Everton want Luca Brandt, now at Celtic.',
    'Everton want Luca Brandt from Celtic.',
    'Everton have enquired about Celtic forward Luca Brandt.',
    'Everton want Luca Brandt, who is under contract at Celtic until 2026.',
    'Everton want Luca Brandt, the Celtic captain.',
    'Everton want Luca Brandt, who plays his football at Celtic.',
    'Everton want Luca Brandt, who has been a regular for Celtic this season.',
    'Celtic have turned down an offer from Everton for Luca Brandt.',
    'Celtic are reluctant to sell Luca Brandt to Everton.',
    'Celtic want to keep Luca Brandt, who is wanted by Everton.',
    'Celtic are ready to cash in on Luca Brandt, with Everton keen.',
    'Luca Brandt wants to leave Celtic, and Everton are interested.',
    'Luca Brandt has handed in a transfer request at Celtic amid interest from Everton.',
    'Luca Brandt has told Celtic he wants to join Everton.',
    'Celtic have placed Luca Brandt on the transfer list, and Everton are keen.',
    'Luca Brandt has been frozen out at Celtic, and Everton want him.',
    'Everton want Luca Brandt, who has fallen out of favour at Celtic.',
    'Luca Brandt is surplus to requirements at Celtic, and Everton are keen.',
    'Everton want Luca Brandt, who has made 30 appearances for Celtic.',
    'Everton want Luca Brandt, a regular starter for Celtic.',
]


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES))
def test_the_club_he_plays_for_told_any_way(gaz, text):
    got, ex = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.facts_of(ex).get(("Luca Brandt", "current_club")) == "Celtic"
    assert not {c for c in got if c[1] == "Celtic"}
