"""The shipped knowledge's club officials and grounds in articles: an official's name is never a
player's, and stands for his club on the article's date; a ground names its club."""

import pytest

from bot.extract.pipeline import extract

from .conftest import article


def _claims(ex):
    return {(c.player, c.club, c.kind) for c in ex.claims}


@pytest.mark.parametrize(("text", "official"), [
    ("Joan Laporta said Barcelona will not sell Lamine Yamal this summer.", "Joan Laporta"),
    ("Florentino Pérez wants Erling Haaland, and Real Madrid are ready to move.", "Florentino Pérez"),
    ("Aurelio De Laurentiis has set a price of €120m for Victor Osimhen.", "Aurelio De Laurentiis"),
    ("Daniel Levy rejected a bid from Bayern Munich for Harry Kane.", "Daniel Levy"),
    ("Todd Boehly wants Moises Caicedo, and Chelsea have made a £100m bid to Brighton.", "Todd Boehly"),
    ("Nasser Al-Khelaifi insisted Kylian Mbappe will stay at Paris Saint-Germain.", "Nasser Al-Khelaifi"),
])
def test_an_official_is_no_player(real_gaz, text, official):
    ex = extract(article(text, "2023-07-01"), real_gaz.copy())
    assert official not in ex.players
    assert not any(c.player == official for c in ex.claims)
    assert ex.players  # the real player is still found


def test_an_officials_surname_stands_for_his_club_on_the_date(real_gaz):
    ex = extract(article("Laporta wants him, and he has asked for a meeting over Nico Williams.", "2024-07-01"),
                 real_gaz.copy())
    assert ("Nico Williams", "Barcelona", "interest") in _claims(ex)


@pytest.mark.parametrize(("text", "club"), [
    ("Jadon Sancho could move back to Signal Iduna Park on loan.", "Borussia Dortmund"),
    ("Mads Frokjaer is wanted by North End, who have made a bid.", "Preston North End"),
])
def test_a_ground_or_nickname_names_the_club(real_gaz, text, club):
    ex = extract(article(text, "2024-07-01"), real_gaz.copy())
    assert any(c.club == club for c in ex.claims), _claims(ex)
    assert not ex.new_clubs
    assert len(ex.players) == 1


def test_leaving_a_ground_tells_the_current_club(real_gaz):
    ex = extract(article("Viktor Gyokeres is expected to leave the Alvalade for Arsenal this summer.", "2024-07-01"),
                 real_gaz.copy())
    assert ex.players == ["Viktor Gyokeres"]
    assert {(f.player, f.fact, f.value) for f in ex.facts} >= {("Viktor Gyokeres", "current_club", "Sporting CP")}


@pytest.mark.parametrize("text", [
    "Kieran Tierney will return to Parkhead this summer.",
    "Talks took place at the Gávea on Monday over Gabriel Barbosa.",
])
def test_a_ground_is_neither_a_player_nor_a_new_club(real_gaz, text):
    ex = extract(article(text, "2024-07-01"), real_gaz.copy())
    assert len(ex.players) == 1 and not ex.new_clubs
