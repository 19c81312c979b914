"""A career told verb by verb: every way of saying a player moved to a club years ago gives a past
move, with the year before or after the verb. Checked as a grid, so a verb added to the kind rows
is tried in both places, after the article's own news."""

import pytest

from . import fixture_articles

NEWS = "Everton have signed Luca Brandt from Chelsea. "
CAREER_VERBS = [
    "joined {C}", "moved to {C}", "signed for {C}", "switched to {C}", "went to {C}", "headed to {C}", "came to {C}",
    "arrived at {C}", "left Celtic for {C}", "was sold to {C}", "was transferred to {C}", "was loaned to {C}",
    "spent three seasons at {C}", "had a spell at {C}", "had spells at Juventus and {C}", "ended up at {C}",
    "landed at {C}", "was snapped up by {C}", "was bought by {C}", "was picked up by {C}", "was recruited by {C}",
    "was signed by {C}", "earned a move to {C}", "secured a move to {C}", "sealed a move to {C}",
    "completed a move to {C}", "got a move to {C}", "made the switch to {C}", "made the step up to {C}",
    "stepped up to {C}", "dropped down to {C}", "swapped Celtic for {C}", "traded Celtic for {C}", "was lured to {C}",
    "was poached by {C}", "went on loan to {C}", "spent a season on loan at {C}", "joined {C} on loan", "rejoined {C}",
    "returned to {C}", "moved on to {C}", "went on to join {C}", "then joined {C}", "later joined {C}",
    "subsequently moved to {C}", "found his way to {C}", "made the move to {C}", "put pen to paper with {C}",
    "signed with {C}", "completed a switch to {C}", "crossed the city to {C}",
    "played for {C}", "starred for {C}", "turned out for {C}",
    "enjoyed a spell at {C}", "turned professional with {C}", "signed his first professional contract with {C}",
    "signed a three-year deal with {C}", "departed for {C}", "was sold by Celtic to {C}",
    "was brought back to England by {C}", "left his boyhood club Celtic for {C}", "was prised from Celtic by {C}",
    "was snapped up from Celtic by {C}",
]


@pytest.mark.parametrize("verb", CAREER_VERBS)
@pytest.mark.parametrize(("before", "after"), [("Brandt ", " in 2019."), ("In 2019 Brandt ", ".")])
def test_a_move_told_as_career_history_is_a_past_move(gaz, verb, before, after):
    got, _ = fixture_articles.claims(gaz, NEWS + before + verb.format(C="Sunderland") + after, "2024-08-01")
    moves = {(k, past) for player, club, k, past in got if (player, club) == ("Luca Brandt", "Sunderland")}
    assert len(moves) == 1 and next(iter(moves))[0] in ("signed", "loan") and next(iter(moves))[1]
