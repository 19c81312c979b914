"""`transferbot db copy`: a SQLite database into a new database of either backend and back, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.names import lookup_in_store
from bot.store import Store
from bot.store import subscriptions as subs
from bot.store.copy import CopyError, copy_database
from bot.store.feeds import add_feed, list_feeds
from tests.store.test_processes import bid


async def test_copy_keeps_claims_subscriptions_alerts_and_feeds(tmp_path: Path, db_target: Path | str) -> None:
    src = await Store.open(tmp_path / "src.db")
    await src.add_article(*bid("Copy Testman", 0))
    [pid] = (await src.player_ids(["Copy Testman"])).values()
    await subs.add_subscription(src, guild_id=5, channel_id=6, kind="player", entity_id=pid, name="Copy Testman")
    await src.add_article(*bid("Copy Testman", 1))
    await add_feed(src, "https://example.com/rss.xml", "Example")
    before = await src.counts()
    dst = await Store.open(db_target)
    try:
        counts = await copy_database(src, dst)
        assert counts["outbox"] == 1 and counts["subscriptions"] == 1 and counts["feeds"] == 1
        assert await dst.counts() == before
        assert [r.claim_ids for r in await subs.outbox_rows(dst)] == [r.claim_ids for r in await subs.outbox_rows(src)]
        assert [f.url for f in await list_feeds(dst)] == ["https://example.com/rss.xml"]
        assert (await lookup_in_store(dst, "player", "testman"))[0].name == "Copy Testman"
        # New rows go on after the copied ids.
        await dst.add_article(*bid("Copy Testman", 2))
        assert len({c.id for c in await dst.claims()}) == 3
        with pytest.raises(CopyError, match="new, empty database"):
            await copy_database(src, dst)
    finally:
        await dst.close()
        await src.close()


@pytest.mark.sqlite_only
def test_cli_copy_and_back(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert main(["ask", "--db", str(a), "who wants itakura"]) == 0
    assert main(["db", "copy", str(a), str(b)]) == 0
    assert "row counts checked" in capsys.readouterr().out
    assert main(["db", "copy", str(tmp_path / "none.db"), str(b)]) == 2


async def test_copy_keeps_sagas_and_digests(tmp_path: Path, db_target: Path | str) -> None:
    from bot.store import digests, sagas

    src = await Store.open(tmp_path / "src.db")
    await src.add_article(*bid("Saga Testman", 0))
    [pid] = (await src.player_ids(["Saga Testman"])).values()
    saga_sub, _ = await subs.add_subscription(src, guild_id=5, channel_id=6, kind="player", entity_id=pid,
                                              name="Saga Testman", mode="saga")
    digest_subs = [(await subs.add_subscription(src, guild_id=5, channel_id=7 + i, kind="player", entity_id=pid,
                                                name="Saga Testman", mode="digest", digest_time="18:30",
                                                digest_tz="Europe/London", next_digest_at=100.0))[0]
                   for i in range(2)]
    saga = await sagas.open_saga(src, saga_sub.id, pid, 6, 0)
    await sagas.set_message(src, saga.id, 6, 123456789012345678)
    await sagas.close_saga(src, saga.id, 1)
    # Two parts of one digest: the copy reads digest_parts in pages by both key columns.
    await digests.start(src, 7, "Europe/London", [digests.Part(s.id, 0, 1) for s in digest_subs], 200.0, 50.0)
    dst = await Store.open(db_target)
    try:
        counts = await copy_database(src, dst)
        assert (counts["sagas"], counts["digests"], counts["digest_parts"]) == (1, 1, 2)
        assert await sagas.list_sagas(dst) == await sagas.list_sagas(src)
        assert await digests.list_digests(dst) == await digests.list_digests(src)
        assert await subs.list_subscriptions(dst) == await subs.list_subscriptions(src)
        assert [s.mode for s in await subs.list_subscriptions(dst)] == ["saga", "digest", "digest"]
        # New rows go on after the copied ids.
        again = await sagas.open_saga(dst, saga_sub.id, pid, 6, 1)
        assert again.id == saga.id + 1
    finally:
        await dst.close()
        await src.close()


async def test_copy_carries_removed_articles(tmp_path: Path, db_target: Path | str) -> None:
    src = await Store.open(tmp_path / "src.db")
    article, extraction = bid("Removed Testman", 0)
    await src.add_article(article, extraction)
    await src.remove_article(article.id)
    dst = await Store.open(db_target)
    try:
        counts = await copy_database(src, dst)
        assert counts["removed_articles"] == 1
        assert await dst.removed_article(article.id) == await src.removed_article(article.id) is not None
    finally:
        await dst.close()
        await src.close()
