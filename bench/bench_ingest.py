"""Ingest speed and memory: articles/s and time per article, as `transferbot ingest` stores them.

    .venv/bin/python bench/bench_ingest.py --make DIR      # write the corpora below into DIR
    .venv/bin/python bench/bench_ingest.py [--into DB]     # time ingesting them in-process

Corpora (deterministic):

- gen2000: the 2,000 generated articles of bench/bench_extract.py (templates and seed
  articles with their names swapped; about one in five names a player not seen before);
- new600: 600 articles, each about a player no article named before;
- known600: 600 articles about one known player (Ko Itakura), with other clubs and sources.

In-process, each corpus is ingested into a fresh database (created with the shipped
knowledge, outside the timing) and, with --into, into a copy of that database (the
1,000,000-claim database of bench/bench_answer.py --keep); the figure is milliseconds
per article once the Ingestor is ready (its gazetteer loaded and indexed), and the
start-up apart; "storing" is the part of it spent in Store.add_article (the article's
transaction; with worker processes the extraction of the next articles goes on meanwhile).
A template without the shipped knowledge (a database kept by bench_answer.py before it
loaded the knowledge) gets it loaded into a copy first, outside the timings.
A corpus of 300 articles or more is extracted in worker processes, as `transferbot ingest`
does (their start-up inside the timing); TRANSFERBOT_INGEST_WORKERS=0 measures extraction
in a thread.
With --cold, each copy's pages are dropped from the operating system's page cache before its run
(fsync, then posix_fadvise DONTNEED on the copy: no root needed), as for a database file the
machine has not read lately; without it the copy, just written, is all in the page cache (warm).
For whole-process figures, run `transferbot ingest --db COPY DIR` under /usr/bin/time -v
(peak memory is its "Maximum resident set size"), COPY a copy of a database that holds the
shipped knowledge (one bench_answer.py --keep built before 2026-12-06 does not: build it again).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import FIRST, SOURCES, build_corpus  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.extract.index import get_index  # noqa: E402
from bot.ingest import Ingestor, open_database  # noqa: E402
from bot.knowledge import load_gazetteer  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.text import fold  # noqa: E402

SYL = ["ka", "lo", "mi", "ra", "to", "shi", "ne", "vo", "da", "ri", "bel", "gar", "mon", "tes", "vin", "zal"]
ABOUT = [
    "{club} are keeping tabs on {player}, according to {source}.",
    "{club} have opened talks with {sell} over a move for {player}.",
    "{club} have submitted a £{fee}m bid for {player}, {source} reports.",
    "{sell} rejected an offer from {club2} for {player} last week.",
    "{player} has scored {n} goals this season and {club} are monitoring him.",
    "{club2} could also make a move, although talks are at an early stage.",
]


def _article(rng: random.Random, player: str, clubs: list[str], k: int) -> str:
    day = dt.date(2023, 1, 1) + dt.timedelta(days=k % 700)
    lines = [rng.choice(ABOUT).format(club=rng.choice(clubs), club2=rng.choice(clubs), sell=rng.choice(clubs),
                                       player=player, source=rng.choice(SOURCES), fee=rng.randint(5, 90),
                                       n=rng.randint(1, 30))
             for _ in range(rng.randint(6, 10))]
    return f" date {day.isoformat()} Story {k}. " + " ".join(lines)


def make(out: Path, knowledge: Path) -> None:
    seeds = sorted((knowledge / "seeds").glob("*.txt"))
    seeds += sorted((ROOT / "tests" / "fixtures" / "dev_gold" / "articles").glob("*.txt"))
    (out / "gen2000").mkdir(parents=True, exist_ok=True)
    build_corpus(out / "gen2000", 2000, knowledge, seeds)
    clubs = sorted(load_gazetteer(knowledge).clubs)
    rng = random.Random(600)
    seen: set[str] = set()
    (out / "new600").mkdir(exist_ok=True)
    (out / "known600").mkdir(exist_ok=True)
    for k in range(600):
        while True:
            name = f"{rng.choice(FIRST)} {''.join(rng.choice(SYL) for _ in range(4)).capitalize()}"
            if name not in seen:
                seen.add(name)
                break
        (out / "new600" / f"{k:05d}.txt").write_text(_article(rng, name, clubs, k))
        (out / "known600" / f"{k:05d}.txt").write_text(_article(rng, "Ko Itakura", clubs, k))


async def _ingest(db: Path, corpus: Path) -> tuple[float, float, float, int]:
    """(start-up seconds, ingest seconds, seconds in Store.add_article, articles stored) for one corpus into
    the database at db."""
    settings = load_settings().model_copy(update={"db": db})
    store = await open_database(settings)
    add_article = store.add_article
    storing = 0.0

    async def timed_add_article(*args, **kwargs):  # the store's share: its transactions, one per article
        nonlocal storing
        t = time.perf_counter()
        try:
            return await add_article(*args, **kwargs)
        finally:
            storing += time.perf_counter() - t

    store.add_article = timed_add_article  # type: ignore[method-assign]
    try:
        t0 = time.perf_counter()
        # As `transferbot ingest` does: a big run is extracted in worker processes (TRANSFERBOT_INGEST_WORKERS;
        # 0: in a thread), whose start-up is then inside the timing.
        ingestor = Ingestor(store, settings, processes=True)
        get_index(await ingestor.gazetteer())  # the extractor's name index is built once, at start-up
        t1 = time.perf_counter()
        n = 0
        try:
            async for r in ingestor.ingest_files([str(corpus)]):
                n += r.status == "new"
        finally:
            await ingestor.close()
        return t1 - t0, time.perf_counter() - t1, storing, n
    finally:
        await store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--make", type=Path, help="write the corpora here and stop")
    ap.add_argument("--corpora", type=Path, help="corpora written by --make (default: a temporary directory)")
    ap.add_argument("--into", type=Path, help="also ingest into a copy of this database (the 1M-claim one)")
    ap.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    ap.add_argument("--only", action="append", help="this corpus only (gen2000, new600, known600); repeatable")
    ap.add_argument("--limit", type=int, help="the first N articles of each corpus")
    ap.add_argument("--cold", action="store_true", help="drop each copy from the page cache before its run")
    args = ap.parse_args()
    if args.make:
        make(args.make, args.knowledge)
        return
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpora = args.corpora or Path(tmp) / "corpora"
        if not args.corpora:
            make(corpora, args.knowledge)
        fresh = Path(tmp) / "fresh.db"
        asyncio.run(_close_new(fresh))  # created and filled with the knowledge once, outside the timings
        if args.into is not None:
            args.into = _with_knowledge(args.into, Path(tmp) / "into.db")
        for name in args.only or ("gen2000", "new600", "known600"):
            source = corpora / name
            if args.limit:
                source = Path(tmp) / f"{name}-{args.limit}"
                source.mkdir(exist_ok=True)
                for f in sorted((corpora / name).glob("*.txt"))[:args.limit]:
                    shutil.copyfile(f, source / f.name)
            for label, template in (("fresh database", fresh), ("1M-claim database", args.into)):
                if template is None:
                    continue
                db = Path(tmp) / "run.db"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                shutil.copyfile(template, db)
                if args.cold:
                    drop_from_page_cache(db)
                start, took, storing, n = asyncio.run(_ingest(db, source))
                print(f"{name:9} {label:18} {n:5} articles  {n / took:7.1f} articles/s  "
                      f"{1000 * took / max(n, 1):6.2f} ms/article  (storing {1000 * storing / max(n, 1):5.2f}; "
                      f"start-up {start:.2f} s)", flush=True)


def _with_knowledge(template: Path, copy: Path) -> Path:
    """The template, or a copy of it with the shipped knowledge loaded (outside the timings) when it lacks
    some of it: a database kept by an earlier bench_answer.py said it held the knowledge without holding it,
    so every article stored there learnt the real clubs it named as new ones, which a fresh database never
    does."""
    knowledge = load_settings().knowledge_dir
    keys = {fold(c.name) for c in load_gazetteer(knowledge).clubs.values()}
    con = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    try:
        missing = len(keys - {k for (k,) in con.execute("SELECT key FROM clubs")})
    finally:
        con.close()
    if not missing:
        return template
    print(f"{template} lacks {missing} of the {len(keys)} shipped clubs: loading the shipped knowledge into a "
          "copy first (outside the timings)", flush=True)
    shutil.copyfile(template, copy)
    asyncio.run(_load_knowledge(copy))
    return copy


async def _load_knowledge(db: Path) -> None:
    store = await Store.open(db)
    try:
        await store.load_knowledge(load_gazetteer(load_settings().knowledge_dir))
    finally:
        await store.close()


def drop_from_page_cache(path: Path) -> None:
    """Write the file out and ask the kernel to forget its cached pages (the next reads go to the disk)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


async def _close_new(db: Path) -> None:
    store = await open_database(load_settings().model_copy(update={"db": db}))
    await store.close()


if __name__ == "__main__":
    main()
