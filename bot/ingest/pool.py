"""Extraction in worker processes, for ingests of many articles (`transferbot ingest DIR`, a big feed).

Extraction is CPU work in pure Python, so threads share one core; processes use them all. Each worker
(bot/extract/workers.py) loads the shipped knowledge's gazetteer once, in its initializer, and extracts
what it is sent: since extraction depends on the article and the shipped knowledge only (see
bot.ingest.Ingestor), a worker gives what the main process would. The main process keeps the database:
it stores the results one article per transaction, strictly in input order (Ingestor.add_stream).

Workers are started from a fork server that has imported the extractor once (or spawned where there is
no fork server), never forked from the main process, whose database and event-loop threads a fork would
copy mid-flight. They ignore Ctrl-C: the main process stops them when it is interrupted.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.extract import workers as worker


class ExtractionPoolError(RuntimeError):
    """The extraction workers cannot go on (one died, or could not start): the ingest stops there."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def start_pool(knowledge_dir: Path, workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes, starting (blocks while the fork server starts: call it in a thread)."""
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload([worker.__name__])  # the extractor imported once, not per worker
        context = forkserver
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=worker.init_worker,
                               initargs=(str(knowledge_dir), os.getpid()))
    for _ in range(workers):
        pool.submit(worker.ready)
    return pool
