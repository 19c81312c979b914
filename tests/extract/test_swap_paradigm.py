"""Swaps and players given in payment: Everton sign Luca Brandt from Celtic, and Kevin Dorn goes
to Celtic ("the other way", "in exchange for", "£10m plus", "included in the deal"), at the
deal's stage; a player only offered in a bid gives no move. Known gaps are strict xfails."""

import pytest

from . import fixture_articles

CASES = [
    ('Everton have signed Luca Brandt from Celtic, with Kevin Dorn moving the other way.', 'signed', "signed"),
    ('Everton have signed Luca Brandt from Celtic in a swap deal that sends Kevin Dorn to Celtic.', 'signed', "signed"),
    ('Everton and Celtic have agreed a swap deal: Luca Brandt joins Everton and Kevin Dorn joins Celtic.', 'agreement', "agreement"),
    ('Everton have signed Luca Brandt from Celtic, with Kevin Dorn going in the opposite direction.', 'signed', "signed"),
    ('Everton have signed Luca Brandt from Celtic in exchange for Kevin Dorn.', 'signed', "signed"),
    ('Everton will sign Luca Brandt from Celtic, with Kevin Dorn heading the other way as part of the deal.', 'agreement', "agreement"),
    ('Everton have agreed to sign Luca Brandt from Celtic, with Kevin Dorn included in the deal.', 'agreement', "agreement"),
    ('Everton have signed Luca Brandt from Celtic for £10m plus Kevin Dorn.', 'signed', "signed"),
    ('Everton have offered Kevin Dorn plus cash to Celtic for Luca Brandt.', 'bid', None),
    ("Everton want to include Kevin Dorn in a deal for Celtic's Luca Brandt.", 'interest', None),
]
KNOWN_GAPS = frozenset({
    'Everton and Celtic have agreed a swap deal: Luca Brandt joins Everton and Kevin Dorn joins Celtic.',
    'Everton have offered Kevin Dorn plus cash to Celtic for Luca Brandt.',
    'Everton have signed Luca Brandt from Celtic in a swap deal that sends Kevin Dorn to Celtic.',
    "Everton want to include Kevin Dorn in a deal for Celtic's Luca Brandt.",
})


def _coarse(kind: str) -> str:
    return "link" if kind in fixture_articles.PURSUIT_KINDS else "done"


@pytest.mark.parametrize(("text", "brandt", "dorn"), fixture_articles.grid(CASES, KNOWN_GAPS))
def test_a_player_given_in_a_deal_moves_to_the_seller(gaz, text, brandt, dorn):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    assert {_coarse(k) for k in fixture_articles.news_kinds(got, "Luca Brandt", "Everton")} & {_coarse(brandt)}
    dorn_kinds = {_coarse(k) for k in fixture_articles.news_kinds(got, "Kevin Dorn", "Celtic")}
    assert (not dorn_kinds) if dorn is None else _coarse(dorn) in dorn_kinds
    assert not fixture_articles.news_kinds(got, "Kevin Dorn", "Everton")
