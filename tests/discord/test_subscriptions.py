"""Subscriptions and alerts: permissions, no history flood, exactly-once delivery across restarts, dropped channels."""

from __future__ import annotations

import datetime as dt

import pytest
from discord import app_commands

from bot.models import Claim
from bot.store import subscriptions as subs


def bid(club: str = "Liverpool", source: str | None = "Fabrizio Romano", kind: str = "bid",
        evidence: str = "Liverpool have made a bid for Ko Itakura.", player: str = "Ko Itakura") -> Claim:
    return Claim(player=player, club=club, kind=kind, source=source, date=dt.date(2024, 1, 20), evidence=evidence)


async def subscribe(world, who=None, **options):
    who = who or world.member("mod", manage_channels=True)
    return await world.slash(who, "subscribe player", **{"name": "Ko Itakura", **options})


async def test_subscribe_needs_manage_channels(world):
    bob = world.member("bob")
    # Default member permissions: Discord does not even offer the command to him...
    assert "ask" in world.visible_commands(bob)
    assert "subscribe player" not in world.visible_commands(bob)
    # ...and when an admin makes it visible to him anyway, the command's own check refuses.
    world.allow_command("subscribe", bob)
    reply = await world.slash(bob, "subscribe player", name="Ko Itakura")
    assert reply.ephemeral
    assert "Manage Channels" in reply.text
    assert any(isinstance(e, app_commands.MissingPermissions) for e in world.user_errors())
    assert await subs.list_subscriptions(world.bot.store) == []

    mod = world.member("mod", manage_channels=True)
    reply = await world.slash(mod, "subscribe player", name="itakura")
    assert reply.ephemeral
    assert "Subscribed" in reply.text and "Ko Itakura" in reply.text
    [sub] = await subs.list_subscriptions(world.bot.store)
    assert (sub.kind, sub.name, sub.channel_id) == ("player", "Ko Itakura", world.channel.id)

    listing = await world.slash(bob, "subscriptions")
    assert "Ko Itakura" in listing.embed.description


async def test_new_subscription_does_not_flood_history_and_alerts_once(world):
    await subscribe(world)
    await world.advance(60)  # several delivery turns: the seeds' history about Itakura is not posted
    assert world.alerts(world.channel) == []

    await world.store_article("Liverpool have made a bid for Ko Itakura. More text here.", [bid()],
                              url="https://example.com/itakura-bid", title="Liverpool bid for Itakura")
    await world.advance(15)
    [alert] = world.alerts(world.channel)
    e = alert.embeds[0]
    assert "Liverpool" in e.title and "Itakura" in e.title
    assert "Fabrizio Romano" in e.description and "https://example.com/itakura-bid" in e.description
    assert "alert #" in e.footer.text
    await world.advance(120)  # delivered means delivered: nothing more
    assert len(world.alerts(world.channel)) == 1
    [row] = await subs.outbox_rows(world.bot.store)
    assert row.status == "delivered" and row.message_id == alert.id


async def test_several_reports_of_one_link_in_one_poll_make_one_alert(world):
    await subscribe(world)
    world.poller.queue += [
        (a, e) for a, e in [
            _article("Liverpool bid for Itakura, says Romano.", [bid()], "https://example.com/a"),
            _article("Sky: Liverpool table offer for Itakura.", [bid(source="Sky Sports")], "https://example.com/b"),
        ]
    ]
    await world.advance(60)  # the polling loop's turn
    assert world.poller.calls >= 1
    alerts = world.alerts(world.channel)
    assert len(alerts) == 1
    assert alerts[0].embeds[0].footer.text.startswith("2 reports")


def _article(text: str, claims: list[Claim], url: str):
    from bot.models import Article, Extraction

    return (Article(text=text, date=dt.date(2024, 1, 21), origin=url, url=url),
            Extraction(claims=claims, players=[c.player for c in claims]))


async def test_stage_and_tier_filters(world):
    mod = world.member("mod", manage_channels=True)
    await subscribe(world, mod, kinds="bids and beyond", min_tier=1)
    await world.store_article("Tottenham are interested in Itakura.", [bid("Tottenham Hotspur", kind="interest")])
    await world.store_article("Liverpool bid, says a blog.", [bid(source="Some Blog Nobody Rates")])
    await world.store_article("Liverpool bid, says Romano.", [bid()])
    await world.advance(15)
    alerts = world.alerts(world.channel)
    assert len(alerts) == 1
    assert "Fabrizio Romano" in alerts[0].embeds[0].description


async def test_restart_between_storing_and_delivering_posts_exactly_once(world):
    await subscribe(world)
    await world.store_article("Liverpool bid for Itakura.", [bid()])  # queued, not yet delivered
    assert [r.status for r in await subs.outbox_rows(world.bot.store)] == ["pending"]
    await world.restart()
    await world.advance(15)
    await world.restart()
    await world.advance(60)
    assert len(world.alerts(world.channel)) == 1


@pytest.mark.parametrize("chatter", [0, 150])
async def test_crash_after_posting_before_marking_is_not_posted_again(world, monkeypatch, chatter):
    """The marker is looked for in every message since the post started, not among the newest ones
    only: 150 messages of chatter between the crash and the restart do not hide it."""
    await subscribe(world)
    await world.store_article("Liverpool bid for Itakura.", [bid()])

    async def crash(store, row_id, message_id):
        raise RuntimeError("process killed between the post and the mark")

    monkeypatch.setattr(subs, "mark_delivered", crash)
    await world.advance(15)
    assert len(world.alerts(world.channel)) == 1
    [row] = await subs.outbox_rows(world.bot.store)
    assert row.status == "sending" and row.sending_at is not None
    monkeypatch.undo()
    fan = world.member("fan")
    for i in range(chatter):
        await fan.send(world.channel, f"chatter {i}")
    await world.restart()
    await world.advance(60)
    [alert] = world.alerts(world.channel)  # found by its marker, not posted again
    [row] = await subs.outbox_rows(world.bot.store)
    assert row.status == "delivered"
    assert row.message_id == alert.id


async def test_failed_post_is_retried_with_backoff(world):
    await subscribe(world)
    world.env.inject_error("POST", "/channels/*/messages", status=500, times=2)
    await world.store_article("Liverpool bid for Itakura.", [bid()])
    await world.advance(15)
    assert world.alerts(world.channel) == []
    [row] = await subs.outbox_rows(world.bot.store)
    assert row.attempts == 1
    await world.advance(30)  # first backoff: 30 s, fails again
    assert world.alerts(world.channel) == []
    await world.advance(75)  # second backoff: 60 s, succeeds
    assert len(world.alerts(world.channel)) == 1


async def test_deleted_channel_drops_its_subscription(world):
    alerts_channel = world.text_channel("alerts")
    await subscribe(world, channel=alerts_channel)
    assert len(await subs.list_subscriptions(world.bot.store)) == 1
    world.delete_channel(alerts_channel)
    await world.settle()
    assert await subs.list_subscriptions(world.bot.store) == []


async def test_channel_gone_at_delivery_drops_subscription(world):
    alerts_channel = world.text_channel("alerts")
    await subscribe(world, channel=alerts_channel)
    await world.store_article("Liverpool bid for Itakura.", [bid()])
    # The channel vanishes while the bot is not looking (no delete event reaches it).
    world.env.inject_error("POST", f"/channels/{alerts_channel.id}/messages", status=404, code=10003,
                           message="Unknown Channel", times=None)
    await world.advance(15)
    assert await subs.list_subscriptions(world.bot.store) == []
    assert [r.status for r in await subs.outbox_rows(world.bot.store)] == ["dropped"]


async def test_forbidden_channel_drops_subscription(world):
    alerts_channel = world.text_channel("alerts")
    await subscribe(world, channel=alerts_channel)
    await world.store_article("Liverpool bid for Itakura.", [bid()])
    world.env.inject_error("POST", f"/channels/{alerts_channel.id}/messages", status=403, code=50013,
                           message="Missing Permissions", times=None)
    await world.advance(15)
    assert await subs.list_subscriptions(world.bot.store) == []


async def test_everyone_in_an_article_never_pings(world):
    await subscribe(world)
    await world.store_article("@everyone Liverpool bid for Itakura <@&123>.",
                              [bid(evidence="@everyone Liverpool have bid for Itakura <@&123> **now**")])
    await world.advance(15)
    [alert] = world.alerts(world.channel)
    assert not alert.mention_everyone and not alert.role_mentions and not alert.mentions
    assert "everyone" in alert.embeds[0].description
    for msg in world.all_messages():
        assert not msg.mention_everyone and not msg.role_mentions and not msg.mentions


async def test_unsubscribe_and_limit(world):
    world.bot.settings.max_subscriptions_per_guild = 2
    mod = world.member("mod", manage_channels=True)
    assert "Subscribed" in (await world.slash(mod, "subscribe player", name="Ko Itakura")).text
    assert "Subscribed" in (await world.slash(mod, "subscribe club", name="Liverpool")).text
    refused = await world.slash(mod, "subscribe club", name="Tottenham Hotspur")
    assert refused.ephemeral and "already has 2 subscriptions" in refused.text
    choices = await world.autocomplete_raw(mod, "unsubscribe", "subscription", "liver")
    assert [c["name"] for c in choices] == ["Liverpool (club) in #general"]
    done = await world.slash(mod, "unsubscribe", subscription=choices[0]["value"])
    assert done.ephemeral and "Unsubscribed" in done.text
    assert [s.name for s in await subs.list_subscriptions(world.bot.store)] == ["Ko Itakura"]


async def test_club_subscription_and_ambiguous_name(world):
    mod = world.member("mod", manage_channels=True)
    reply = await world.slash(mod, "subscribe club", name="united")
    assert reply.ephemeral and "which one" in reply.text
    options = reply.select_options()
    assert {"Manchester United", "Newcastle United"} <= set(options)
    done = await world.choose(mod, reply, options["Manchester United"])
    assert "Subscribed" in done.text and "Manchester United" in done.text
    [sub] = await subs.list_subscriptions(world.bot.store)
    assert (sub.kind, sub.name) == ("club", "Manchester United")
