"""The extractor in a worker process (bot/ingest/pool.py starts them): the gazetteer of the shipped
knowledge loaded once per worker, then one article in, its extraction out.

Kept beside the extractor, apart from bot.ingest, so that a worker imports the extractor and the
knowledge only (not the database or the fetchers): the fork server imports this module once and
every worker starts from it.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

from bot.extract.index import get_index
from bot.extract.pipeline import extract
from bot.knowledge import Gazetteer, load_gazetteer
from bot.models import Article, Extraction

_gazetteer: list[Gazetteer] = []  # the worker's one gazetteer, once init_worker has run


def init_worker(knowledge_dir: str, owner: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    # A worker outlives nothing: if the process that started the pool dies without stopping it
    # (SIGKILL, a crash), the worker would wait for work for ever; it exits instead.
    threading.Thread(target=_exit_with, args=(owner,), daemon=True, name="owner-watch").start()
    gaz = load_gazetteer(Path(knowledge_dir))
    get_index(gaz)  # the name index, built once per worker
    _gazetteer[:] = [gaz]


def _exit_with(owner: int) -> None:
    while True:
        time.sleep(1.0)
        if not _alive(owner):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, and no longer ours to signal
        return True
    try:  # a killed process stays a zombie until its parent reaps it: dead all the same
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):  # no /proc here
        return True


def ready() -> None:
    """Nothing: sent once per worker when the pool starts, so that every worker starts at once."""


def extract_in_worker(article: Article) -> Extraction:
    if not _gazetteer:
        raise RuntimeError("an extraction worker was not initialised")
    return extract(article, _gazetteer[0])
