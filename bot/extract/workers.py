"""The extractor in a worker process (bot/ingest/pool.py starts them): the gazetteer of the shipped
knowledge loaded once per worker, then one article in, its extraction out.

Kept beside the extractor, apart from bot.ingest, so that a worker imports the extractor and the
knowledge only (not the database or the fetchers): the fork server imports this module once and
every worker starts from it.
"""

from __future__ import annotations

import signal
from pathlib import Path

from bot.extract.index import get_index
from bot.extract.pipeline import extract
from bot.knowledge import Gazetteer, load_gazetteer
from bot.models import Article, Extraction

_gazetteer: list[Gazetteer] = []  # the worker's one gazetteer, once init_worker has run


def init_worker(knowledge_dir: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    gaz = load_gazetteer(Path(knowledge_dir))
    get_index(gaz)  # the name index, built once per worker
    _gazetteer[:] = [gaz]


def ready() -> None:
    """Nothing: sent once per worker when the pool starts, so that every worker starts at once."""


def extract_in_worker(article: Article) -> Extraction:
    if not _gazetteer:
        raise RuntimeError("an extraction worker was not initialised")
    return extract(article, _gazetteer[0])
