"""A club's other signings named in passing: "Everton's summer signings X, Y and Z", "after X
(£4m from C), Y and Z", "with X, Y and Z among their summer signings". Each listed player is the
club's signing, whatever the sentence's own news, and a new verb ends the list ("who have added
X and Y, want Z": Z is wanted, not signed). Checked as a grid; known gaps are strict xfails."""

import pytest

from . import fixture_articles

LISTED = ("Jonas Pekarik", "Tobias Wendel", "Niko Stahl")
CASES = [
    ("Everton have signed Marek Vlasic from Celtic. He is Everton's fourth signing of the summer, after midfielder "
     "Jonas Pekarik (3.5 million euros from Sunderland), Tobias Wendel (free from Chelsea) and defender Niko Stahl "
     "(3 million euros from Fulham).", {"Marek Vlasic": "signed"}),
    ("Everton have rebuilt heavily, with Jonas Pekarik (£9m from Sunderland), Tobias Wendel (£4m from Chelsea) and "
     "Niko Stahl (£2m from Fulham) among their summer signings.", {}),
    ("Everton's summer signings Jonas Pekarik, Tobias Wendel and Niko Stahl have all started well.", {}),
    ("Everton, who have already added Jonas Pekarik, Tobias Wendel and Niko Stahl, want Marek Vlasic.",
     {"Marek Vlasic": "interest"}),
    ("Everton have already brought in Jonas Pekarik, Tobias Wendel and Niko Stahl this summer and now want Marek Vlasic.",
     {"Marek Vlasic": "interest"}),
    ("The arrivals of Jonas Pekarik, Tobias Wendel and Niko Stahl have strengthened Everton, who are also keen on "
     "Marek Vlasic.", {"Marek Vlasic": "interest"}),
    ("Jonas Pekarik, Tobias Wendel and Niko Stahl have already arrived at Everton this summer.", {}),
    ("Everton have made three signings: Jonas Pekarik, Tobias Wendel and Niko Stahl.", {}),
    ("Everton have already spent £40m on Jonas Pekarik, Tobias Wendel and Niko Stahl this summer.", {}),
    ("Marek Vlasic joins Jonas Pekarik, Tobias Wendel and Niko Stahl as Everton's summer arrivals.",
     {"Marek Vlasic": "signed"}),
    ("Everton, having signed Jonas Pekarik, Tobias Wendel and Niko Stahl, are now in talks for Marek Vlasic.",
     {"Marek Vlasic": "talks"}),
    ("Everton have made three signings this summer: Jonas Pekarik, Tobias Wendel and Niko Stahl.", {}),
]
KNOWN_GAPS = frozenset({
    CASES[10][0],  # the participle "having signed" leaves its club behind in a clause of its own
    CASES[11][0],  # a colon after a time ("this summer:") ends the clause before the list
})


@pytest.mark.parametrize(("text", "others"), fixture_articles.grid(CASES, KNOWN_GAPS))
def test_a_clubs_listed_signings_are_its_signings(gaz, text, others):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    kinds: dict[str, set[str]] = {}
    for player, club, kind, _past in got:
        if club == "Everton":
            kinds.setdefault(player, set()).add(kind)
    want = {p: {"signed"} for p in LISTED} | {p: {k} for p, k in others.items()}
    assert set(kinds) == set(want)
    assert all(kinds[p] == want[p] for p in want)
