"""A move's kind comes from its verb's tense and the words that govern it, for every verb of a move:
"will join C" and "are set to land X" are agreed, "could join C" and "want to land X" wanted,
"has joined C" and "landed X last week" done, "will not join C" off (ended), "is not expected to join C"
nothing. The grid is verbs x frames, so a verb added to the kind rows is checked in every frame,
not in the one sentence it was added for."""

import itertools

import pytest

from . import fixture_articles

PLAYER_VERBS = [  # (base, -ing, past) with {C} the club he moves to
    ("join {C}", "joining {C}", "joined {C}"),
    ("move to {C}", "moving to {C}", "moved to {C}"),
    ("sign for {C}", "signing for {C}", "signed for {C}"),
    ("switch to {C}", "switching to {C}", "switched to {C}"),
    ("head to {C}", "heading to {C}", "headed to {C}"),
    ("complete a move to {C}", "completing a move to {C}", "completed a move to {C}"),
]
CLUB_VERBS = [  # (base, -ing, past) with {P} the player the club takes
    ("sign {P}", "signing {P}", "signed {P}"),
    ("land {P}", "landing {P}", "landed {P}"),
    ("secure {P}", "securing {P}", "secured {P}"),
    ("capture {P}", "capturing {P}", "captured {P}"),
    ("recruit {P}", "recruiting {P}", "recruited {P}"),
    ("bring in {P}", "bringing in {P}", "brought in {P}"),
    ("snap up {P}", "snapping up {P}", "snapped up {P}"),
    ("complete the signing of {P}", "completing the signing of {P}", "completed the signing of {P}"),
]
FRAMES = [  # (frame, kind); {is}/{has}/{wants} agree with the subject
    ("{S} will {b}", "agreement"), ("{S} {is} set to {b}", "agreement"), ("{S} {is} expected to {b}", "agreement"),
    ("{S} {is} poised to {b}", "agreement"), ("{S} {is} due to {b}", "agreement"), ("{S} {is} about to {b}", "agreement"),
    ("{S} {is} in line to {b}", "agreement"), ("{S} {has} agreed to {b}", "agreement"), ("{S} {is} {g}", "agreement"),
    ("{S} {is} on the verge of {g}", "agreement"), ("{S} {is} closing in on {g}", "agreement"),
    ("{S} could {b}", "interest"), ("{S} {wants} to {b}", "interest"), ("{S} {is} keen to {b}", "interest"),
    ("{S} {is} hoping to {b}", "interest"), ("{S} {is} looking to {b}", "interest"),
    ("{S} {is} considering {g}", "interest"),
    ("{S} {has} {p}", "signed"), ("{S} {p} last week", "signed"), ("{S} {has} officially {p}", "signed"),
    ("{S} {is} not expected to {b}", None), ("{S} will not {b}", "ended"),
]
SINGULAR = {"is": "is", "has": "has", "wants": "wants"}
PLURAL = {"is": "are", "has": "have", "wants": "want"}


def _cases():
    for subject, verbs, agree in (("Luca Brandt", PLAYER_VERBS, SINGULAR), ("Everton", CLUB_VERBS, PLURAL)):
        for (b, g, p), (frame, kind) in itertools.product(verbs, FRAMES):
            text = frame.format(S=subject, b=b, g=g, p=p, **agree).format(C="Everton", P="Luca Brandt") + "."
            yield pytest.param(text, kind, id=text)


@pytest.mark.parametrize(("text", "kind"), list(_cases()))
def test_a_moves_kind_follows_the_words_that_govern_its_verb(gaz, text, kind):
    got, _ = fixture_articles.claims(gaz, text, "2024-08-01")
    kinds = fixture_articles.news_kinds(got, "Luca Brandt", "Everton")
    if kind is None:
        assert not kinds
    elif kind == "signed":
        assert kinds and kinds <= {"signed", "loan"}
    else:
        assert kinds == {kind}
