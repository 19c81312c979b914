"""/source name: through the simulator: a source's measured record beside its shipped tier."""

from __future__ import annotations

import datetime as dt

from bot.models import Claim


async def test_source_shows_tier_and_record(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "source", name="Fabrizio Romano")
    e = reply.embed
    assert e.title == "Fabrizio Romano (tier 1)"
    fields = {f.name: f.value for f in e.fields}
    assert int(fields["Links reported"]) >= 1
    assert "no link decided yet" in fields["Record"] or "too few decided" in fields["Record"]
    assert "Itakura" in e.description


async def test_source_record_counts_a_completed_move(world):
    alice = world.member("alice")
    day = dt.date(2024, 1, 25)
    await world.store_article("Gossip Weekly says Spurs want Testo.", [
        Claim(player="Testo Playerson", club="Tottenham Hotspur", kind="interest", source="Gossip Weekly",
              date=day)], date=day)
    later = dt.date(2024, 2, 1)
    await world.store_article("Spurs complete the signing of Testo.", [
        Claim(player="Testo Playerson", club="Tottenham Hotspur", kind="signed", date=later)], date=later)
    reply = await world.slash(alice, "source", name="gossip weekly")
    fields = {f.name: f.value for f in reply.embed.fields}
    assert fields["Came true / died / open"] == "1 / 0 / 0"
    assert "7 days" in fields["Median lead time"]
    assert "too few decided links for a rate (1 of 3 needed)" in fields["Record"]


async def test_source_autocomplete_and_unknown_source(world):
    alice = world.member("alice")
    assert "Fabrizio Romano" in await world.autocomplete(alice, "source", "name", "romano")
    choices = await world.autocomplete_raw(alice, "source", "name", "")
    assert 1 <= len(choices) <= 25
    reply = await world.slash(alice, "source", name="zzqxv nobody")
    assert reply.ephemeral
    assert "I don't know a source called" in reply.text


async def test_answer_shows_likelihood_and_explains_it_on_a_button(world):
    alice, bob = world.member("alice"), world.member("bob")
    today = dt.date.today()
    await world.store_article("Romano: here we go, Testo to Spurs.", [
        Claim(player="Testo Playerson", club="Tottenham Hotspur", kind="agreement", source="Fabrizio Romano",
              date=today)], date=today)
    reply = await world.slash(alice, "ask", question="who wants testo playerson")
    assert "likely (" in reply.embed.description  # the label and the number
    assert "How likely?" in reply.buttons()
    why = await world.click(alice, reply, "How likely?")
    assert why.ephemeral
    assert why.embed.title == "How likely, and why"
    assert "Fabrizio Romano (tier 1): reliability 0.85 × agreement 3.2 = +2.72" in why.embed.description
    other = await world.click(bob, reply, "How likely?")  # only the person who asked uses the buttons
    assert other.ephemeral and "Only the person who asked" in other.text


async def test_a_stale_link_is_a_long_shot_and_no_rated_link_no_button(world):
    alice = world.member("alice")
    reply = await world.slash(alice, "ask", question="who wants itakura")  # the seeds' reports are from 2024
    assert "long shot (<1%)" in reply.embed.description
    why = await world.click(alice, reply, "How likely?")
    assert "Freshness: no report for" in why.embed.description
    latest = await world.slash(alice, "rumours latest")
    assert "How likely?" not in latest.buttons()


async def test_an_alert_says_how_likely_the_link_is_now(world):
    mod = world.member("mod", manage_channels=True)
    await world.slash(mod, "subscribe player", name="Ko Itakura")
    today = dt.date.today()
    await world.store_article("Here we go: Itakura to Spurs.", [
        Claim(player="Ko Itakura", club="Tottenham Hotspur", kind="agreement", source="Fabrizio Romano",
              date=today)], date=today)
    await world.advance(15)
    [alert] = world.alerts(world.channel)
    fields = {f.name: f.value for f in alert.embeds[0].fields}
    assert fields["How likely now"].startswith("likely (")
