"""Exactly-once alert delivery across bot processes that get killed; prints the figures (not a test).

    .venv/bin/python bench/bench_processes.py [--db postgresql://.../db] [--alerts 1000] [--processes 3]
                                              [--kills 20] [--shard-count 6]

Fills a new database (a fresh schema of the PostgreSQL server named by --db, default the local
one; or a SQLite path) with `--alerts` pending alerts for channels in guilds spread over
`--shard-count` shards, then starts `--processes` delivery processes, each over its own shard
range, and kills one at random (SIGKILL) `--kills` times at random moments, starting a new one
over the same range each time. What runs in each process is the real delivery code
(bot.cogs.alerts.Alerts: claim, mark sending, post, mark delivered, look-before-post for rows
left 'sending') over a stand-in for Discord: posting appends the message to a log file shared
by all processes, and a channel's history is read back from that log. At the end: alerts
delivered (distinct alert ids in the log, and rows marked delivered) and duplicates (posts
beyond one per alert).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import discord  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.models import Article, Claim, Extraction  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store import subscriptions as subs  # noqa: E402

BOT_ID = 99  # every process is the same bot application
DAY = dt.date(2024, 1, 20)


# -- the stand-in for Discord: a shared append-only log ---------------------------------------
class Message:
    def __init__(self, entry: dict) -> None:
        self.id = entry["id"]
        self.content = entry["content"]
        self.embeds: list = []
        self.author = SimpleNamespace(id=BOT_ID)
        self.created_at = dt.datetime.fromtimestamp(entry["ts"], dt.UTC)


class Channel(discord.abc.Messageable):  # the delivery code checks that it may send here
    def __init__(self, channel_id: int, log: Path, rng: random.Random) -> None:
        self.id = channel_id
        self.log = log
        self.rng = rng

    async def send(self, content: str | None = None, *, embed: discord.Embed | None = None,  # type: ignore[override]
                   nonce: str | None = None) -> Message:
        if embed is not None:  # the marker is the footer's end: kept as the message's text here
            content = embed.footer.text or ""
        assert content is not None
        await asyncio.sleep(self.rng.uniform(0, 0.01))  # the request on its way
        entry = {"id": uuid.uuid4().int >> 65, "channel": self.id, "content": content[-40:], "ts": time.time(),
                 "pid": os.getpid()}
        # One write(2) of one line to an O_APPEND file: whole or not at all, whoever dies when.
        fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (json.dumps(entry) + "\n").encode())
        finally:
            os.close(fd)
        await asyncio.sleep(self.rng.uniform(0, 0.01))  # the response on its way back
        return Message(entry)

    def history(self, limit: int | None = None):  # type: ignore[override]
        entries = [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()] \
            if self.log.exists() else []
        mine = [e for e in entries if e["channel"] == self.id][::-1]

        async def gen():
            for e in mine[:limit]:
                yield Message(e)

        return gen()


class StandInBot:
    """What bot.cogs.alerts.Alerts uses of the bot, and nothing else."""

    def __init__(self, settings, store: Store, log: Path) -> None:
        self.settings = settings
        self.store = store
        self.user = SimpleNamespace(id=BOT_ID)
        self._channels: dict[int, Channel] = {}
        self._log = log
        self._rng = random.Random()

    def get_channel(self, channel_id: int) -> Channel:
        return self._channels.setdefault(channel_id, Channel(channel_id, self._log, self._rng))

    async def fetch_channel(self, channel_id: int) -> Channel:
        return self.get_channel(channel_id)

    def is_ready(self) -> bool:
        return True


async def worker(db: str, shards: str, shard_count: int, log: Path, lease: float) -> None:
    from bot.cogs.alerts import Alerts

    settings = load_settings(db=db, shards=shards, shard_count=shard_count, alert_lease_seconds=lease,
                             alert_batch=10)
    store = await Store.open(db)
    bot = StandInBot(settings, store, log)
    cog = Alerts(bot)  # type: ignore[arg-type]
    wake = asyncio.Event()
    await store.listen_alerts(wake.set)
    # The real loop is a discord.ext.tasks loop of the running bot; here the same turn, back to back.
    while True:
        if await cog.deliver_due() == 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=0.2)
            wake.clear()


# -- the parent --------------------------------------------------------------------------------
async def fill(db: str, n_alerts: int, shard_count: int, channels: int) -> None:
    store = await Store.open(db)
    try:
        # Channels subscribed to one club, in guilds spread over every shard; each new claim about the
        # club (one player each) then makes one alert per channel.
        club_claim = Claim(player="Seed Player", club="Liverpool", kind="interest", date=DAY, evidence="seed")
        await store.add_article(Article(text="seed", date=DAY, origin="seed"),
                                Extraction(claims=[club_claim], players=["Seed Player"]))
        [(cid,)] = await store.db.fetch("SELECT id FROM clubs WHERE name = 'Liverpool'")
        for ch in range(channels):
            guild = ((ch % shard_count) << 22) + 1000 + ch
            await subs.add_subscription(store, guild_id=guild, channel_id=5000 + ch, kind="club", entity_id=cid,
                                        name="Liverpool", limit=10_000)
        for i in range(n_alerts // channels):
            claim = Claim(player=f"Bench{i} Player", club="Liverpool", kind="bid", date=DAY, evidence=f"bid {i}")
            await store.add_article(Article(text=f"Liverpool bid for Bench{i} Player.", date=DAY, origin=f"b/{i}"),
                                    Extraction(claims=[claim], players=[f"Bench{i} Player"]))
    finally:
        await store.close()


async def delivered(db: str) -> tuple[int, int]:
    store = await Store.open(db)
    try:
        rows = await subs.outbox_rows(store)
        return sum(r.status == "delivered" for r in rows), len(rows)
    finally:
        await store.close()


def ranges(processes: int, shard_count: int) -> list[str]:
    per = shard_count // processes
    return [f"{p * per}-{(p + 1) * per - 1 if p < processes - 1 else shard_count - 1}" for p in range(processes)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="postgresql://postgres@127.0.0.1:5432/test")
    ap.add_argument("--alerts", type=int, default=1000)
    ap.add_argument("--channels", type=int, default=20)
    ap.add_argument("--processes", type=int, default=3)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--shard-count", type=int, default=6)
    ap.add_argument("--lease", type=float, default=2.0, help="alert lease seconds (short: the dead come back fast)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--worker", nargs=3, metavar=("SHARDS", "LOG", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        shards, log, db = args.worker
        asyncio.run(worker(db, shards, args.shard_count, Path(log), args.lease))
        return

    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="tb-procs-"))
    db, schema = args.db, None
    if db.startswith(("postgresql://", "postgres://")):
        import asyncpg

        schema = f"tb_bench_{os.getpid()}"

        async def make_schema() -> None:
            conn = await asyncpg.connect(args.db)
            await conn.execute(f'CREATE SCHEMA "{schema}"')
            await conn.close()

        asyncio.run(make_schema())
        db = f"{args.db}{'&' if '?' in args.db else '?'}search_path={schema}"
    else:
        db = str(tmp / "bench.db")
    log = tmp / "posts.jsonl"
    t0 = time.perf_counter()
    asyncio.run(fill(db, args.alerts, args.shard_count, args.channels))
    print(f"filled: {args.alerts} alerts for {args.channels} channels over {args.shard_count} shards "
          f"in {time.perf_counter() - t0:.1f} s ({'PostgreSQL' if schema else 'SQLite'})")

    def start(shards: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, __file__, "--worker", shards, str(log), db,
                                 "--shard-count", str(args.shard_count), "--lease", str(args.lease)])

    shard_ranges = ranges(args.processes, args.shard_count)
    procs = [start(r) for r in shard_ranges]
    t0 = time.perf_counter()
    kills = 0
    try:
        while kills < args.kills:
            time.sleep(rng.uniform(0.05, 0.6))
            i = rng.randrange(len(procs))
            procs[i].send_signal(signal.SIGKILL)
            procs[i].wait()
            kills += 1
            procs[i] = start(shard_ranges[i])
        deadline = time.time() + 300
        while time.time() < deadline:
            done, total = asyncio.run(delivered(db))
            if done == total:
                break
            time.sleep(0.5)
    finally:
        for p in procs:
            p.send_signal(signal.SIGKILL)
            p.wait()
    elapsed = time.perf_counter() - t0
    posts = [json.loads(line) for line in log.read_text().splitlines() if line.strip()] if log.exists() else []
    markers = [p["content"].rsplit("alert #", 1)[-1] for p in posts]
    distinct = len(set(markers))
    done, total = asyncio.run(delivered(db))
    print(f"processes: {args.processes} (shards {', '.join(shard_ranges)} of {args.shard_count}), "
          f"killed with SIGKILL {kills} times at random moments, each replaced at once")
    print(f"alerts: {total}; marked delivered: {done}; posted (distinct alert ids in the log): {distinct}; "
          f"posts: {len(posts)}; duplicates: {len(posts) - distinct}; in {elapsed:.1f} s")
    if schema:
        import asyncpg

        async def drop() -> None:
            conn = await asyncpg.connect(args.db)
            await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
            await conn.close()

        asyncio.run(drop())


if __name__ == "__main__":
    main()
