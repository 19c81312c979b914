"""Every way of telling talks: in talks with, negotiating, contact, enquiries, sounding out, a
meeting with the player's agent, the clubs' officials meeting. Each must give Everton a pursuit
that is news, and Celtic, the club talked to (or the player's club, where the text says so),
nothing."""

import pytest

from . import fixture_articles

PHRASES = [
    'Everton are in talks with Celtic over Luca Brandt.',
    'Everton have opened negotiations with Celtic for Luca Brandt.',
    'Everton have held talks with Celtic about Luca Brandt.',
    'Everton are negotiating with Celtic for Luca Brandt.',
    'Everton have made contact with Celtic over Luca Brandt.',
    'Everton have enquired about Luca Brandt.',
    'Everton have asked Celtic about Luca Brandt.',
    'Everton have sounded out Celtic about Luca Brandt.',
    'Everton have approached Celtic over Luca Brandt.',
    'Discussions between Everton and Celtic over Celtic striker Luca Brandt are advanced.',
    "Everton's talks with Celtic over Luca Brandt are progressing.",
    'Everton and Celtic are locked in talks over Celtic striker Luca Brandt.',
    'Everton officials met their Celtic counterparts to discuss Luca Brandt.',
    'Everton have stepped up their talks for Luca Brandt.',
    "Everton have been in contact with Luca Brandt's representatives.",
    "Everton have held a meeting with Luca Brandt's agent.",
    'Everton have made an enquiry for Luca Brandt.',
    'Everton have requested information about Luca Brandt.',
    'Everton are in advanced talks to sign Luca Brandt.',
    'Everton have begun talks over a loan deal for Luca Brandt.',
    'Everton remain in discussions with Celtic over Luca Brandt.',
    'Negotiations are ongoing between Everton and Celtic for Celtic striker Luca Brandt.',
    'Everton have opened a dialogue with Celtic over Luca Brandt.',
    'Everton are talking to Celtic about a deal for Luca Brandt.',
    'Everton have initiated contact over Luca Brandt.',
]


@pytest.mark.parametrize("text", fixture_articles.grid(PHRASES))
def test_talks_told_any_way_are_everton_s_and_not_celtic_s(gaz, text):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert fixture_articles.news_kinds(got, "Luca Brandt", "Everton") & fixture_articles.PURSUIT_KINDS
    assert not {c for c in got if c[1] == "Celtic"}
