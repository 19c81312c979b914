"""Nineteenth round (stop 27): frames of ordinary news found missing on batches 121-160 once
161-166 had been commissioned as the unread proxy. Each test states a frame (a pronoun, a
list of clubs in a career, a tense); the players are invented, so each checks the frame, not a
name."""

import pytest

from . import fixture_articles
from .fixture_articles import claims_at, kinds_at


def claims(gaz, text, day="2024-08-01"):
    return fixture_articles.claims(gaz, text, day)


@pytest.mark.parametrize("text", [
    "Lena Brandt is wanted by Arsenal. Chelsea signed her in 2019.",
    "Lena Brandt is wanted by Arsenal. She broke into the first team at 16, before Chelsea signed her in 2019.",
])
def test_her_as_an_object_is_the_player(real_gaz, text):
    got, _ex = claims(real_gaz, text)
    assert claims_at(got, "Lena Brandt", "Chelsea") == {("signed", True)}


def test_she_as_a_subject_is_the_player(real_gaz):
    got, _ex = claims(real_gaz, "Everton are monitoring the situation of Lena Brandt. She has also been linked with Arsenal.")
    assert kinds_at(got, "Lena Brandt", "Arsenal") == {"interest"}


def test_her_before_a_noun_is_a_possessive_not_the_player(real_gaz):
    text = "Lena Brandt has joined Arsenal. Her contract at Chelsea had expired in June."
    got, _ex = claims(real_gaz, text)
    assert not kinds_at(got, "Lena Brandt", "Chelsea")
