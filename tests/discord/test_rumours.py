"""/rumours latest, /player, /club and their autocomplete, through the simulator."""

from __future__ import annotations


async def test_rumours_latest(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "rumours latest")
    assert reply.embed.title == "Latest rumours"
    assert "Itakura" in reply.embed.description
    about = await world.slash(alice, "rumours latest", player="Ko Itakura", kind="interest", since="2024-01-01")
    assert about.embed.title == "Latest rumours about Ko Itakura"
    assert "interest" in about.embed.description


async def test_rumours_latest_bad_date_is_one_ephemeral_sentence(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "rumours latest", since="last tuesday")
    assert reply.ephemeral
    assert reply.text == "“last tuesday” is not a date; use the form YYYY-MM-DD, e.g. 2024-01-18."


async def test_player_profile(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "player", name="Ko Itakura")
    e = reply.embed
    assert e.title == "Ko Itakura"
    assert "Liverpool" in e.description and "Tottenham" in e.description
    assert "report" in e.footer.text


async def test_club_profile(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "club", name="Borussia Mönchengladbach")
    assert "Mönchengladbach" in reply.embed.title
    assert "Itakura" in reply.embed.description


async def test_autocomplete_finds_players_and_clubs_fuzzily(world):
    alice = world.member("alice")
    assert "Ko Itakura" in await world.autocomplete(alice, "player", "name", "itak")
    assert "Borussia Mönchengladbach" in await world.autocomplete(alice, "club", "name", "gladb")
    assert "Ko Itakura" in await world.autocomplete(alice, "rumours latest", "player", "itak")
    assert "Borussia Mönchengladbach" in await world.autocomplete(alice, "rumours latest", "club", "gladb")


async def test_autocomplete_stays_within_discords_limits(world):
    alice = world.member("alice")
    for command, option in (("player", "name"), ("club", "name"), ("rumours latest", "club")):
        for typed in ("", "a", "fc", "united"):
            choices = await world.autocomplete_raw(alice, command, option, typed)
            assert len(choices) <= 25
            assert all(1 <= len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_player_profile_attaches_the_timeline(world):
    import io

    from PIL import Image

    alice = world.member("alice")
    reply = await world.slash(alice, "player", name="Ko Itakura")
    [attachment] = reply.message.attachments
    assert attachment.filename == "timeline.png"
    assert reply.embed.image.url == "attachment://timeline.png" or reply.embed.image.url.endswith("timeline.png")
    image = Image.open(io.BytesIO(await attachment.read()))
    assert image.size[0] == 900 and image.size[1] > 150
