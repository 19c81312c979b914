"""Saga subscriptions through the simulator: one living message per player, edited by later reports,
a final note once, crash-safe like alerts, and a post per saga in a forum channel."""

from __future__ import annotations

import datetime as dt

from bot.models import Claim
from bot.store import sagas
from bot.store import subscriptions as subs

PLAYER = "Ko Itakura"


def report(club: str, kind: str, source: str | None = "Fabrizio Romano", day: int = 20) -> Claim:
    return Claim(player=PLAYER, club=club, kind=kind, source=source, date=dt.date(2024, 1, day),
                 evidence=f"{club} {kind} {PLAYER}")


async def follow(world, channel=None):
    mod = world.member("mod", manage_channels=True)
    options = {"name": PLAYER, "mode": "saga"}
    if channel is not None:
        options["channel"] = channel
    reply = await world.slash(mod, "subscribe player", **options)
    assert reply.ephemeral and "one living message per saga" in reply.text
    return reply


def saga_posts(world, channel):
    return [m for m in world.bot_messages(channel) if any("saga #" in (e.footer.text or "") for e in m.embeds)]


def notes(world, channel):
    return [m for m in world.bot_messages(channel) if "This saga is closed" in m.content]


async def test_later_reports_edit_one_message_and_a_completed_move_posts_one_note(world):
    await follow(world)
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool", "interest")],
                              url="https://example.com/1")
    await world.advance(15)
    [post] = saga_posts(world, world.channel)
    assert "Liverpool" in post.embeds[0].description and post.embeds[0].title == "Ko Itakura: transfer saga"

    await world.store_article("Spurs bid for Itakura.", [report("Tottenham Hotspur", "bid", "Sky Germany", 22)])
    await world.advance(15)
    [edited] = saga_posts(world, world.channel)  # still one message: edited, not a new one
    assert edited.id == post.id
    text = edited.embeds[0].description
    assert "Tottenham Hotspur" in text and "Liverpool" in text and "Latest reports" in text
    assert notes(world, world.channel) == []

    await world.store_article("Spurs sign Itakura.", [report("Tottenham Hotspur", "signed", None, 25)])
    await world.advance(15)
    await world.advance(15)
    [final] = saga_posts(world, world.channel)
    assert final.id == post.id and final.embeds[0].title == "Ko Itakura → Tottenham Hotspur: done"
    [note] = notes(world, world.channel)
    assert note.content.startswith("✅ Done: Ko Itakura → Tottenham Hotspur")
    [saga] = await sagas.list_sagas(world.bot.store)
    assert saga.status == "closed"
    assert {r.status for r in await subs.outbox_rows(world.bot.store)} == {"delivered"}

    # The next report is a new saga: a new message.
    await world.store_article("Liverpool want Itakura back.", [report("Liverpool", "interest", day=28)])
    await world.advance(15)
    assert len(saga_posts(world, world.channel)) == 2
    assert len(notes(world, world.channel)) == 1


async def test_every_club_out_is_a_collapse(world):
    await follow(world)
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool", "interest")])
    await world.advance(15)
    await world.store_article("Liverpool pull out.", [report("Liverpool", "ended", day=23)])
    await world.advance(15)
    [note] = notes(world, world.channel)
    assert note.content.startswith("❌ Over: every club linked with Ko Itakura has pulled out")


async def test_crash_after_the_first_post_does_not_post_it_twice(world, monkeypatch):
    await follow(world)
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool", "interest")])

    async def crash(store, saga_id, channel_id, message_id):
        raise RuntimeError("process killed between the post and recording it")

    monkeypatch.setattr(sagas, "set_message", crash)
    await world.advance(15)
    assert len(saga_posts(world, world.channel)) == 1
    monkeypatch.undo()
    await world.restart()
    await world.advance(60)
    [post] = saga_posts(world, world.channel)  # found by its marker, not posted again
    [saga] = await sagas.list_sagas(world.bot.store)
    assert saga.message_id == post.id
    assert [r.status for r in await subs.outbox_rows(world.bot.store)] == ["delivered"]


async def test_a_deleted_saga_message_is_posted_anew(world):
    await follow(world)
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool", "interest")])
    await world.advance(15)
    [post] = saga_posts(world, world.channel)
    world.env.backend.delete_message(world.channel.id, post.id)
    await world.store_article("Spurs bid for Itakura.", [report("Tottenham Hotspur", "bid", day=22)])
    await world.advance(15)
    [again] = saga_posts(world, world.channel)
    assert again.id != post.id and "Tottenham Hotspur" in again.embeds[0].description


async def test_a_forum_channel_gets_one_post_per_saga(world):
    forum = world.guild.create_forum_channel("sagas")
    await follow(world, channel=forum)
    await world.store_article("Liverpool keep tabs on Itakura.", [report("Liverpool", "interest")])
    await world.advance(15)
    [saga] = await sagas.list_sagas(world.bot.store)
    thread = world.bot.get_channel(saga.channel_id)
    assert thread is not None and thread.name == PLAYER and thread.parent_id == forum.id
    [post] = saga_posts(world, thread)
    await world.store_article("Spurs bid for Itakura.", [report("Tottenham Hotspur", "bid", day=22)])
    await world.advance(15)
    [edited] = saga_posts(world, thread)
    assert edited.id == post.id and "Tottenham Hotspur" in edited.embeds[0].description


async def test_a_forum_needs_saga_mode(world):
    forum = world.guild.create_forum_channel("sagas")
    mod = world.member("mod", manage_channels=True)
    reply = await world.slash(mod, "subscribe player", name=PLAYER, channel=forum)
    assert reply.ephemeral and "forum channel takes sagas" in reply.text
