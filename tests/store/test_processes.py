"""Several processes on one database: alert rows claimed once, due feeds polled once, NOTIFY wakes.

Each "process" is a Store of its own over the same database (its own connections), as two bot
processes would hold. On SQLite they share a file; on PostgreSQL a schema.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.config import load_settings, parse_shards
from bot.models import Article, Claim, Extraction
from bot.store import Store
from bot.store import subscriptions as subs
from bot.store.feeds import add_feed, claim_feed, due_feeds, get_feed

DAY = dt.date(2024, 1, 20)
GUILDS = [(1 << 22) * shard + 7 for shard in range(4)]  # a guild on each of shards 0..3 (of 4)


def bid(player: str, i: int) -> tuple[Article, Extraction]:
    claim = Claim(player=player, club="Liverpool", kind="bid", date=DAY, evidence=f"Liverpool bid for {player} ({i}).")
    article = Article(text=f"Liverpool have bid for {player}, report {i}.", date=DAY, origin=f"t/{player}/{i}")
    return article, Extraction(claims=[claim], players=[player])


async def subscribed(store: Store, players: list[str]) -> None:
    """One channel per player, in guilds spread over four shards."""
    for i, player in enumerate(players):
        await store.add_article(*bid(player, -1))  # the player exists; this history is not alerted
        [pid] = (await store.player_ids([player])).values()
        await subs.add_subscription(store, guild_id=GUILDS[i % 4], channel_id=1000 + i, kind="player",
                                    entity_id=pid, name=player)


@pytest.fixture
async def stores(db_target: Path | str):
    opened = [await Store.open(db_target) for _ in range(3)]
    yield opened
    for s in opened:
        await s.close()


async def test_each_due_alert_is_claimed_by_one_process(stores) -> None:
    a, b, c = stores
    players = [f"Player{i} Testman" for i in range(12)]
    await subscribed(a, players)
    for i, player in enumerate(players):
        await a.add_article(*bid(player, i))
    assert len(await subs.due_alerts(a, now=100.0, limit=100)) == 12
    claimed = await asyncio.gather(*(subs.claim_alerts(s, 100.0, 60.0, limit=5) for s in (a, b, c)))
    ids = [r.id for rows in claimed for r in rows]
    assert len(ids) == 12 and len(set(ids)) == 12  # all handed out, none twice
    # Leased: no one takes them again until the lease ends...
    assert await subs.claim_alerts(b, 130.0, 60.0, limit=50) == []
    # ...then a process takes over what a dead one left, and finds it as it was left.
    first = claimed[0][0]
    await subs.mark_sending(a, first.id, "attempt-1", 101.0)
    retaken = await subs.claim_alerts(c, 161.0, 60.0, limit=50)
    assert len(retaken) == 12 and retaken[0].id == first.id and retaken[0].status == "sending"


async def test_delivered_and_retried_rows_end_their_lease(stores) -> None:
    a, b, _ = stores
    await subscribed(a, ["Solo Testman"])
    await a.add_article(*bid("Solo Testman", 1))
    [row] = await subs.claim_alerts(a, 10.0, 60.0)
    await subs.mark_retry(a, row.id, 1, 20.0, "HTTP 500")
    assert await subs.claim_alerts(b, 15.0, 60.0) == []  # not due yet
    [again] = await subs.claim_alerts(b, 21.0, 60.0)
    await subs.mark_delivered(b, again.id, 555)
    assert await subs.claim_alerts(a, 1000.0, 60.0) == []
    [done] = await subs.outbox_rows(a, "delivered")
    assert done.message_id == 555


async def test_a_process_claims_only_the_guilds_of_its_shards(stores) -> None:
    a, b, _ = stores
    players = [f"Shard{i} Testman" for i in range(8)]
    await subscribed(a, players)
    for i, player in enumerate(players):
        await a.add_article(*bid(player, i))
    low = await subs.claim_alerts(a, 1.0, 60.0, limit=50, shards=subs.Shards((0, 1), 4))
    high = await subs.claim_alerts(b, 1.0, 60.0, limit=50, shards=subs.Shards((2, 3), 4))
    channel_guild = {1000 + i: GUILDS[i % 4] for i in range(8)}
    assert {(channel_guild[r.channel_id] >> 22) % 4 for r in low} == {0, 1}
    assert {(channel_guild[r.channel_id] >> 22) % 4 for r in high} == {2, 3}
    assert len(low) + len(high) == 8


async def test_a_report_of_a_claimed_alert_gets_an_alert_of_its_own(stores) -> None:
    a, _, _ = stores
    await subscribed(a, ["Late Testman"])
    await a.add_article(*bid("Late Testman", 1))
    assert len(await subs.claim_alerts(a, 1.0, 60.0)) == 1
    await a.add_article(*bid("Late Testman", 2))  # the first may be posting with the reports it read
    rows = await subs.outbox_rows(a)
    assert [len(r.claim_ids) for r in rows] == [1, 1]


async def test_a_due_feed_is_taken_by_one_process(stores) -> None:
    a, b, c = stores
    await add_feed(a, "https://example.com/rss.xml")
    now = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
    [feed] = await due_feeds(a, now)
    lease = dt.timedelta(minutes=10)
    won = await asyncio.gather(*(claim_feed(s, feed, now, lease) for s in (a, b, c)))
    assert sorted(won) == [False, False, True]
    assert await due_feeds(b, now + dt.timedelta(minutes=5)) == []  # taken: nobody else polls it
    [back] = await due_feeds(c, now + lease)  # the taker died: due again when the lease ends
    assert back.id == feed.id
    assert (await get_feed(a, feed.id)).next_poll_at == back.next_poll_at


async def test_notify_wakes_delivery_in_another_process(stores, backend) -> None:
    a, b, _ = stores
    woken = asyncio.Event()
    listening = await b.listen_alerts(woken.set)
    if backend == "sqlite":
        assert not listening  # SQLite cannot tell: the delivery loop's interval is all there is
        return
    assert listening
    await subscribed(a, ["Wake Testman"])
    assert not woken.is_set()  # subscribing queues nothing
    await a.add_article(*bid("Wake Testman", 1))
    await asyncio.wait_for(woken.wait(), timeout=5)


def test_shard_ranges() -> None:
    assert parse_shards("0-3") == [0, 1, 2, 3]
    assert parse_shards("5") == [5]
    assert parse_shards("0-1, 4") == [0, 1, 4]
    for bad in ("", "3-1", "a-b", "-1"):
        with pytest.raises(ValueError):
            parse_shards(bad)
    settings = load_settings(shards="4-7", shard_count=8)
    assert settings.shard_ids() == [4, 5, 6, 7]
    with pytest.raises(ValueError):
        load_settings(shards="4-7", shard_count=4).shard_ids()
