"""Digest subscriptions through the simulator: one message a day at a local time, nothing when nothing
changed, exactly once across a crash."""

from __future__ import annotations

import datetime as dt

import discord

from bot.answer.digest import DigestSettingError, next_digest_at, parse_time
from bot.models import Claim
from bot.store import digests
from bot.store import subscriptions as subs


def report(club: str, kind: str = "interest", source: str | None = "Fabrizio Romano") -> Claim:
    return Claim(player="Ko Itakura", club=club, kind=kind, source=source, date=dt.date(2024, 1, 20),
                 evidence=f"{club} {kind}")


def posted(world, channel=None):
    return [m for m in world.bot_messages(channel or world.channel)
            if any("digest #" in (e.footer.text or "") for e in m.embeds)]


async def follow(world, **options):
    mod = world.member("mod", manage_channels=True)
    return await world.slash(mod, "subscribe player", name="Ko Itakura", mode="digest", **options)


async def time_of_digest(world) -> float:
    [sub] = await subs.list_subscriptions(world.bot.store)
    assert sub.next_digest_at is not None
    return sub.next_digest_at


def soon(minutes: int = 3) -> str:
    """A UTC time of day a few minutes from the simulator's now (a day of 15-second loops is too long
    to simulate; the next day is brought forward with `next_day`)."""
    return (discord.utils.utcnow() + dt.timedelta(minutes=minutes)).strftime("%H:%M")


async def until_due(world) -> None:
    await world.advance(await time_of_digest(world) - discord.utils.utcnow().timestamp() + 61)


async def next_day(world) -> None:
    """The next day's digest time, brought forward to a minute from now."""
    [sub] = await subs.list_subscriptions(world.bot.store)
    assert sub.next_digest_at is not None
    async with world.bot.store.transaction() as db:
        await db.execute("UPDATE subscriptions SET next_digest_at = ?",
                         (discord.utils.utcnow().timestamp() + 60,))
    await world.advance(121)


async def test_one_message_a_day_with_what_changed_and_none_when_nothing_did(world):
    reply = await follow(world, time="18:30", timezone="Europe/London")
    assert reply.ephemeral and "a daily digest at 18:30 Europe/London" in reply.text
    due = await time_of_digest(world)
    local = dt.datetime.fromtimestamp(due, dt.UTC).astimezone(__import__("zoneinfo").ZoneInfo(
        "Europe/London"))
    assert (local.hour, local.minute) == (18, 30)

    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool")], url="https://e.com/1")
    await world.store_article("Spurs bid for Itakura.", [report("Tottenham Hotspur", "bid", "Sky Germany")])
    assert world.alerts(world.channel) == []  # a digest subscription posts no alert per report
    async with world.bot.store.transaction() as db:  # due in a minute, not at 18:30
        await db.execute("UPDATE subscriptions SET next_digest_at = ?", (discord.utils.utcnow().timestamp() + 60,))
    await world.advance(121)
    [digest] = posted(world)
    e = digest.embeds[0]
    assert e.title.startswith("Daily digest: Ko Itakura")
    assert "Tottenham Hotspur" in e.description and "Liverpool" in e.description
    assert "2 links changed" in e.footer.text

    [sub] = await subs.list_subscriptions(world.bot.store)
    assert sub.next_digest_at == due  # the next 18:30 in London (this one was brought forward)
    await next_day(world)  # a day with nothing new: no message
    assert len(posted(world)) == 1
    await world.store_article("Liverpool pull out.", [report("Liverpool", "ended")])
    await next_day(world)
    assert len(posted(world)) == 2
    assert "ended" in posted(world)[-1].embeds[0].description
    assert "Tottenham" not in posted(world)[-1].embeds[0].description  # only what changed since


async def test_crash_after_posting_a_digest_is_not_posted_twice(world, monkeypatch):
    await follow(world, time=soon())
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool")])

    async def crash(store, digest, message_id):
        raise RuntimeError("process killed between the post and the mark")

    monkeypatch.setattr(digests, "finish", crash)
    await until_due(world)
    assert len(posted(world)) == 1
    monkeypatch.undo()
    await world.restart()
    await world.advance(120)
    [post] = posted(world)
    [d] = await digests.list_digests(world.bot.store)
    assert d.status == "delivered" and d.message_id == post.id


async def test_bad_time_or_timezone_is_one_sentence(world):
    reply = await follow(world, time="25:00")
    assert reply.ephemeral and "is not a time of day" in reply.text
    reply = await follow(world, timezone="Mars/Olympus")
    assert reply.ephemeral and "is not a timezone" in reply.text
    assert "Europe/London" in await world.autocomplete(world.member("m2", manage_channels=True),
                                                       "subscribe player", "timezone", "london")


def test_next_digest_time_is_local_and_dst_safe():
    assert parse_time("7:05") == "07:05"
    try:
        parse_time("noon")
    except DigestSettingError:
        pass
    else:
        raise AssertionError("noon is not HH:MM")
    before_dst = dt.datetime(2024, 3, 30, 12, 0, tzinfo=dt.UTC)  # London moves to BST on 31 March
    first = next_digest_at(before_dst, "18:00", "Europe/London")
    second = next_digest_at(dt.datetime.fromtimestamp(first + 1, dt.UTC), "18:00", "Europe/London")
    assert first == dt.datetime(2024, 3, 30, 18, 0, tzinfo=dt.UTC).timestamp()
    assert second - first == 23 * 3600  # the short day


async def test_a_channels_digests_due_together_are_one_message(world):
    mod = world.member("mod", manage_channels=True)
    at = soon()
    await world.slash(mod, "subscribe player", name="Ko Itakura", mode="digest", time=at)
    await world.slash(mod, "subscribe club", name="Liverpool", mode="digest", time=at)
    await world.slash(mod, "subscribe club", name="Everton", mode="digest", time=at)  # nothing new for it
    await world.store_article("Spurs bid for Itakura.", [report("Tottenham Hotspur", "bid")])
    await world.store_article("Liverpool want Salah's heir.", [Claim(
        player="Testo Playerson", club="Liverpool", kind="interest", source="Sky Germany",
        date=dt.date(2024, 1, 20))])
    await world.advance(max(s.next_digest_at or 0 for s in await subs.list_subscriptions(world.bot.store))
                        - discord.utils.utcnow().timestamp() + 61)
    [digest] = posted(world)
    e = digest.embeds[0]
    assert e.title.startswith("Daily digest: 2 followed")
    assert "__Ko Itakura__" in e.description and "__Liverpool__" in e.description
    assert "Everton" not in e.description
    assert "2 links changed" in e.footer.text
