"""Big ingests extract in worker processes (bot/ingest/pool.py) and store in input order: the same results,
lines and database as extraction in a thread; no extraction for articles already stored; a dead worker
or Ctrl-C ends the ingest with a clear message, never a hang.

Here, beside the extractor's tests, because CI runs tests/extract once more on the mypyc-compiled
extractor (.ci/run): the workers then run the compiled modules."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.ingest import ExtractionPoolError, Ingestor, IngestResult, open_database
from bot.models import Article
from bot.sources.files import read_article_file

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")) + \
    sorted((ROOT / "tests" / "fixtures" / "dev_gold" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the shipped knowledge and seeds, made once and copied per run."""
    path = tmp_path_factory.mktemp("pool") / "template.db"

    async def make() -> None:
        store = await open_database(load_settings(db=path, knowledge_dir=ROOT / "knowledge"))
        await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await store.close()

    asyncio.run(make())
    return path


def _settings(tmp_path: Path, template: Path, name: str, **over: object) -> Settings:
    db = tmp_path / f"{name}.db"
    shutil.copyfile(template, db)
    return load_settings(db=db, knowledge_dir=ROOT / "knowledge", **over)


def _corpus(tmp_path: Path) -> Path:
    """The fixture articles, one of them twice (a duplicate within the run), and a file that fails."""
    d = tmp_path / "corpus"
    d.mkdir()
    for i, path in enumerate(ARTICLES):
        shutil.copyfile(path, d / f"{i:03d}_{path.name}")
    shutil.copyfile(ARTICLES[3], d / "004_again.txt")
    (d / "030_undated.txt").write_text("No date line here, so it cannot be read without --date.")
    return d


async def _run(settings: Settings, corpus: Path, *, processes: bool) -> tuple[list[tuple], list, list]:
    store = await open_database(settings)
    ingestor = Ingestor(store, settings, processes=processes)
    try:
        results = [(r.origin, r.status, r.article_id, r.claims, r.error)
                   async for r in ingestor.ingest_files([str(corpus)])]
        used_pool = ingestor._pool is not None
        private = {"id", "stored_at"}
        claims = sorted(repr(sorted((k, v) for k, v in c.model_dump().items() if k not in private))
                        for c in await store.claims())
        facts = sorted(repr(f.model_dump()) for f in await store.facts())
    finally:
        await ingestor.close()
        await store.close()
    assert used_pool == processes
    return results, claims, facts


async def test_worker_processes_store_what_a_thread_stores(tmp_path: Path, template: Path) -> None:
    corpus = _corpus(tmp_path)
    pooled = await _run(_settings(tmp_path, template, "pooled", ingest_workers=2, ingest_pool_min_articles=2),
                        corpus, processes=True)
    threaded = await _run(_settings(tmp_path, template, "threaded"), corpus, processes=False)
    assert pooled == threaded
    statuses = [status for _, status, *_ in pooled[0]]
    assert statuses.count("duplicate") >= 1 and statuses.count("failed") == 1
    assert statuses.count("new") >= 50  # the dev set holds the seed articles, duplicates here


async def test_a_small_run_starts_no_workers(tmp_path: Path, template: Path) -> None:
    settings = _settings(tmp_path, template, "small", ingest_workers=2)  # 300 articles at least, by default
    store = await open_database(settings)
    ingestor = Ingestor(store, settings, processes=True)
    try:
        results = [r async for r in ingestor.ingest_files([str(p) for p in ARTICLES[:5]])]
        assert [r.status for r in results] == ["new"] * 5
        assert ingestor._pool is None
    finally:
        await ingestor.close()
        await store.close()


async def test_articles_already_stored_are_not_sent_to_the_workers(tmp_path: Path, template: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.ingest as ingest_mod

    sent: list[str] = []
    real_start = ingest_mod.start_pool

    def counting_start(knowledge_dir: Path, workers: int):
        pool = real_start(knowledge_dir, workers)
        submit = pool.submit

        def spy(fn, *args):
            if args:
                sent.append(args[0].origin)
            return submit(fn, *args)

        pool.submit = spy  # type: ignore[method-assign]
        return pool

    monkeypatch.setattr(ingest_mod, "start_pool", counting_start)
    settings = _settings(tmp_path, template, "dups", ingest_workers=2, ingest_pool_min_articles=2)
    store = await open_database(settings)
    ingestor = Ingestor(store, settings, processes=True)
    try:
        first = [r async for r in ingestor.add_stream(_aiter([read_article_file(p, p.name) for p in ARTICLES[:6]]))]
        assert sum(r.status == "new" for r in first) == 6
        sent.clear()
        again = [read_article_file(p, p.name) for p in ARTICLES[:10]]
        results = [r async for r in ingestor.add_stream(_aiter(again))]
        assert [r.status for r in results] == ["duplicate"] * 6 + ["new"] * 4
        assert sent == [a.origin for a in again[6:]]
    finally:
        await ingestor.close()
        await store.close()


async def _aiter(items: list) -> AsyncIterator:
    for item in items:
        yield item


async def test_a_dead_worker_stops_the_ingest_with_a_clear_error(tmp_path: Path, template: Path) -> None:
    settings = _settings(tmp_path, template, "crash", ingest_workers=2, ingest_pool_min_articles=1)
    store = await open_database(settings)
    ingestor = Ingestor(store, settings, processes=True)
    articles = [read_article_file(p, p.name) for p in ARTICLES]

    async def items() -> AsyncIterator[Article | IngestResult]:
        for i, article in enumerate(articles):
            if i == 20:
                assert ingestor._pool is not None
                for pid in list(ingestor._pool._processes):  # type: ignore[attr-defined]
                    os.kill(pid, signal.SIGKILL)
            yield article

    async def consume() -> list[IngestResult]:
        return [r async for r in ingestor.add_stream(items())]

    try:
        with pytest.raises(ExtractionPoolError, match=r"extraction worker process stopped.*run the same ingest"):
            await asyncio.wait_for(consume(), timeout=120)
    finally:
        await ingestor.close()
        await store.close()


def _session_processes(sid: int) -> list[str]:
    out = subprocess.run(["ps", "-eo", "sid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.split()[0] == str(sid)]


def _start_big_ingest(tmp_path: Path, template: Path) -> subprocess.Popen:
    """`transferbot ingest` of 600 articles with two workers, in a session of its own, once its workers
    are extracting (20 lines printed)."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    texts = [p.read_text() for p in ARTICLES]
    for k in range(600):  # different texts, so that none is a duplicate
        (corpus / f"{k:04d}.txt").write_text(f"{texts[k % len(texts)]}\n\nStory {k}.")
    db = tmp_path / "big.db"
    shutil.copyfile(template, db)
    env = {**os.environ, "TRANSFERBOT_KNOWLEDGE_DIR": str(ROOT / "knowledge"), "TRANSFERBOT_INGEST_WORKERS": "2",
           "TRANSFERBOT_INGEST_POOL_MIN_ARTICLES": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", "--db", str(db), str(corpus)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None
    for _ in range(20):
        assert proc.stdout.readline()
    return proc


def _nothing_left_of(proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 15
    while _session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_processes(proc.pid) == []


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT as a terminal sends it")
def test_ctrl_c_stops_the_workers_and_says_so(tmp_path: Path, template: Path) -> None:
    """SIGINT to the whole process group (what Ctrl-C in a terminal does), mid-ingest: the command
    exits 130 with "interrupted", soon, and leaves no worker process behind."""
    proc = _start_big_ingest(tmp_path, template)
    try:
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    _nothing_left_of(proc)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_workers_do_not_outlive_a_killed_command(tmp_path: Path, template: Path) -> None:
    """The command killed outright (no chance to stop its pool): its workers and fork server exit too."""
    proc = _start_big_ingest(tmp_path, template)
    try:
        proc.kill()
        time.sleep(3)  # not reaped yet: the workers must see a dead command even as a zombie
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    _nothing_left_of(proc)
