"""The longest event-loop stall while hostile input is parsed off the loop (asyncio.to_thread), as the bot does.

    .venv/bin/python bench/bench_loop_stall.py

A thread posts a callback to the loop every 5 ms; the longest gap between two of them is the stall
(tests/discord/watchdog.py, the same watchdog as the SimCord test). Work
sent to to_thread still holds the GIL, so a regex that runs for seconds inside C stalls the loop just as
if it ran on it. Prints one line per input: its size, the parsing time and the worst stall.

    .venv/bin/python bench/bench_loop_stall.py --bot DB [--unfreeze]

does the same in a process that holds the bot's start-up heap first: the real bot (bot.client.create_bot)
over the database DB runs its setup_hook (store, knowledge, the resolver's name index, the cogs; no
Discord login), so that a full garbage collection, which any allocating thread may run while holding the
GIL, has that heap to walk (a SQLite DB is copied first: three cases store an article naming a new player,
so that the resolver's names are built again, as after a poll). It also prints the longest full (generation 2) collection seen during the
cases. setup_hook ends with gc.collect(); gc.freeze(): the start-up heap is left out of the collections;
--unfreeze undoes that (gc.unfreeze()) right after, to measure the bot as it was without it.
A big DB: bench/bench_answer.py --keep PATH (50,000 players) builds one.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import shutil
import string
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.discord.watchdog import Watchdog  # noqa: E402
from tests.reliability import hostile  # noqa: E402


async def worst_stall(fn, *args) -> tuple[float, float, float]:
    """(parse seconds, worst stall, worst wall-clock gap): the stall counts only the CPU the process used
    during a gap, so that time the machine gave to other processes is not blamed on the parser."""
    with Watchdog(asyncio.get_running_loop()) as dog:
        t0 = time.perf_counter()
        try:
            if asyncio.iscoroutinefunction(fn):  # the bot's own async path (it sends its CPU work to threads)
                await fn(*args)
            else:
                await asyncio.to_thread(fn, *args)
        except Exception as exc:  # the old parsers raise on some of these; the stall is what is measured
            print(f"    ({type(exc).__name__})", end="")
        took = time.perf_counter() - t0
        await asyncio.sleep(0.02)
    return took, dog.worst, dog.worst_wall


class FullCollections:
    """The longest generation-2 collection while it is active (gc.callbacks)."""

    def __init__(self) -> None:
        self.count = 0
        self.longest = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, time.perf_counter() - self._start)


async def start_bot(db: str, unfreeze: bool):
    from bot.client import create_bot
    from bot.config import load_settings

    if not db.startswith(("postgresql://", "postgres://")):  # the cases write to it: a copy
        copy = Path(tempfile.mkdtemp(prefix="bench-stall-")) / "bench.db"
        shutil.copyfile(db, copy)
        db = str(copy)
    bot = create_bot(load_settings(db=db))
    await bot.__aenter__()  # what login does first (the cogs' loops then wait for a "ready" that never comes)
    t0 = time.perf_counter()
    await bot.setup_hook()
    took = time.perf_counter() - t0
    frozen = gc.get_freeze_count()
    if unfreeze:
        gc.unfreeze()
    t1 = time.perf_counter()
    gc.collect()
    full = time.perf_counter() - t1
    print(f"bot start-up over {db}: setup_hook {took:.1f} s; {len(gc.get_objects()):,} objects collected, "
          f"{frozen:,} frozen by setup_hook{' (unfrozen again: --unfreeze)' if unfreeze else ''}; "
          f"a full collection now takes {full * 1000:.1f} ms", flush=True)
    return bot


async def names_changed(store, i: int) -> None:
    import datetime as dt

    from bot.answer.resolve import get_resolver
    from bot.models import Article, Extraction

    name = "Benchley " + "".join(random.choice(string.ascii_lowercase) for _ in range(10)).capitalize()
    article = Article(text=f"{name} is a bench article ({time.time()}).", date=dt.date(2024, 1, 20), origin="bench")
    await store.add_article(article, Extraction(players=[name]), alert=False)
    await get_resolver(store)


async def main() -> None:
    from bot.extract.sentences import split_sentences
    from bot.sources.feeds import parse_feed

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bot", metavar="DB", help="hold the bot's start-up heap over this database first")
    ap.add_argument("--unfreeze", action="store_true", help="undo setup_hook's gc.freeze (the bot before it)")
    args = ap.parse_args()
    bot = await start_bot(args.bot, args.unfreeze) if args.bot else None
    fulls = FullCollections()
    gc.callbacks.append(fulls)

    cases = [
        ("feed, unclosed <guid> x 2,000", parse_feed, hostile.unclosed_guids_feed(2_000), "http://x/"),
        ("feed, unclosed <guid> x 8,000", parse_feed, hostile.unclosed_guids_feed(8_000), "http://x/"),
        ("sentences, 5,000 '.'", split_sentences, hostile.marks_text(5_000)),
        ("sentences, 20,000 '.'", split_sentences, hostile.marks_text(20_000)),
        ("feed, lone surrogate reference", parse_feed, hostile.surrogate_feed(), "http://x/"),
    ]
    if bot is not None:
        for i in range(3):  # a poll stored an article naming a new player: the resolver's names are built again
            cases.append((f"new player: resolver rebuilt ({i + 1})", names_changed, bot.store, i))
    for name, fn, *args in cases:
        print(f"{name:34}", end="", flush=True)
        took, stall, wall = await worst_stall(fn, *args)
        print(f"  parse {took * 1000:9.1f} ms   worst loop stall {stall * 1000:9.1f} ms "
              f"(wall-clock gap {wall * 1000:9.1f} ms)", flush=True)
    gc.callbacks.remove(fulls)
    print(f"full collections during the cases: {fulls.count}, the longest {fulls.longest * 1000:.1f} ms")
    if bot is not None:
        await bot.close_store()
        await bot.fetcher.close()


if __name__ == "__main__":
    asyncio.run(main())
