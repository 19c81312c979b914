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
