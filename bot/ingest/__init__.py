"""From sources to stored claims: read, extract off the event loop, store one article per transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field

from bot.config import Settings
from bot.extract.pipeline import extract
from bot.extract.workers import extract_in_worker
from bot.ingest.pool import ExtractionPoolError, available_cores, start_pool
from bot.knowledge import Gazetteer, KnowledgeError, knowledge_stamp, load_gazetteer
from bot.models import Article, Extraction
from bot.sources.dates import date_problem
from bot.sources.errors import SourceError
from bot.sources.files import FileEntry, expand, read_article_file
from bot.store import Store

__all__ = ["ExtractionPoolError", "Failure", "IngestResult", "Ingestor", "ensure_knowledge", "open_database"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestResult:
    """One line of `transferbot ingest`: the cli.md JSON object, plus the new claim ids for alerts."""

    origin: str
    status: str  # "new" | "duplicate" | "failed"
    article_id: str | None = None
    claims: int = 0
    error: str | None = None
    claim_ids: list[int] = field(default_factory=list)
    title: str | None = None

    def to_json(self) -> dict:
        d = asdict(self)
        for private in ("claim_ids", "title"):
            d.pop(private)
        return d


@dataclass(slots=True)
class Failure:
    """A source that could not become an article."""

    origin: str
    error: str


class Ingestor:
    """Stores articles, each extracted with the shipped knowledge only.

    Extraction is a pure function of (article, shipped knowledge): the gazetteer is the one
    `knowledge/` gives, never the players earlier articles named. So an article gives the same
    claims and facts whatever was ingested before it, in which order or in how many processes at
    once, and `transferbot reextract` gives again what ingest gave.

    With `processes=True` (the command line) a run of many articles (`settings.ingest_pool_min_articles`)
    is extracted in worker processes (bot.ingest.pool), a few articles ahead of the one being stored;
    the results are stored as before, one transaction per article, in input order. Otherwise, and
    always in the Discord bot, extraction runs in a thread, off the event loop. Call `close()` at the end.
    """

    def __init__(self, store: Store, settings: Settings, *, processes: bool = False) -> None:
        self.store = store
        self.settings = settings
        self.processes = processes
        self._gazetteer: Gazetteer | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False

    async def gazetteer(self) -> Gazetteer:
        """The shipped knowledge's gazetteer (cached per process; read-only: nothing is added to it)."""
        if self._gazetteer is None:
            # Reading knowledge/ is CPU work: off the event loop, like extraction.
            self._gazetteer = await asyncio.to_thread(load_gazetteer, self.settings.knowledge_dir)
        return self._gazetteer

    async def add(self, article: Article) -> IngestResult:
        done = await self._before_extraction(article)
        if done is not None:
            return done
        gaz = await self.gazetteer()
        # Extraction is CPU work: keep it off the event loop so the bot stays responsive.
        extraction: Extraction = await asyncio.to_thread(extract, article, gaz)
        return await self._store(article, extraction)

    async def _before_extraction(self, article: Article, aid: str | None = None) -> IngestResult | None:
        """The result of an article that needs no extraction (a bad date, already stored), else None."""
        problem = date_problem(article.date)
        if problem:
            return IngestResult(article.origin, "failed", error=problem, title=article.title)
        aid = aid or article.id
        if await self.store.has_article(aid):
            return IngestResult(article.origin, "duplicate", aid, title=article.title)
        removed = await self.store.removed_article(aid, article.url)
        if removed is not None:  # an admin removed it: not stored (nor alerted) again until restored
            return IngestResult(article.origin, "duplicate", removed.id, error=removed.reason(), title=article.title)
        return None

    async def _store(self, article: Article, extraction: Extraction) -> IngestResult:
        # An undated page is stamped with today; it may be an old page, so it alerts nobody.
        added = await self.store.add_article(article, extraction, alert=article.dated)
        return IngestResult(article.origin, added.status, added.article_id, added.claims,
                            claim_ids=added.claim_ids, title=article.title)

    async def add_all(self, items: Iterable[Article | Failure]) -> AsyncIterator[IngestResult]:
        for item in items:
            if isinstance(item, Failure):
                yield IngestResult(item.origin, "failed", error=item.error)
                continue
            try:
                yield await self.add(item)
            except Exception as exc:  # one bad article never stops the others
                yield IngestResult(item.origin, "failed", error=f"could not store: {exc}")

    # -- many articles ------------------------------------------------------------------
    def workers(self) -> int:
        """Extraction processes for a big run: TRANSFERBOT_INGEST_WORKERS, else one per available core;
        0 or 1 (or `processes=False`): none, extraction stays in a thread."""
        if not self.processes:
            return 0
        n = self.settings.ingest_workers
        return available_cores() if n is None else n

    async def add_stream(self, items: AsyncIterable[Article | IngestResult], *, expected: int = 0,
                         log_failures: bool = False) -> AsyncIterator[IngestResult]:
        """One result per item, in the items' order (an item that is already a result is passed on in its
        place). Once the run has `settings.ingest_pool_min_articles` articles (counting `expected`, the
        number known in advance) and there are workers, extraction moves to the worker processes, a few
        articles ahead; storing stays here, in order, one transaction per article, as `add` does, and an
        article already stored (or already on its way in this run) is not extracted again.

        A worker that dies raises ExtractionPoolError: the articles before it are stored, the rest
        are not (run the ingest again: those stored are duplicates, not extracted again)."""
        workers = self.workers()
        ahead: deque[_Ahead] = deque()
        in_flight: set[str] = set()
        seen = 0
        window = 8 * max(workers, 1)  # articles extracted ahead of the one being stored: memory stays flat
        try:
            async for item in items:
                if isinstance(item, IngestResult):
                    if not ahead:
                        yield item
                    else:
                        ahead.append(_Ahead(done=item))
                    continue
                seen += 1
                if workers < 2 or max(seen, expected) < self.settings.ingest_pool_min_articles:
                    while ahead:
                        yield await self._finish(ahead.popleft(), in_flight, log_failures)
                    yield await self._one(item, log_failures)
                    continue
                ahead.append(await self._send(item, workers, in_flight, log_failures))
                while len(ahead) > window:
                    yield await self._finish(ahead.popleft(), in_flight, log_failures)
            while ahead:
                yield await self._finish(ahead.popleft(), in_flight, log_failures)
        finally:  # stopped early (an error, Ctrl-C): the extractions still coming are not wanted
            for rest in ahead:
                # Not cancelled here: a broken pool's own thread is failing them at this moment, and a
                # future cancelled under it stops that thread (close() cancels what is left). Their
                # errors are taken, so that asyncio does not report them as never retrieved.
                if rest.extraction is not None:
                    rest.extraction.add_done_callback(_take_error)

    async def _one(self, article: Article, log_failures: bool) -> IngestResult:
        try:
            return await self.add(article)
        except Exception as exc:  # one bad article never stops the others
            if log_failures:
                log.exception("storing %s", article.origin)
            return IngestResult(article.origin, "failed", error=f"could not store: {exc}")

    async def _send(self, article: Article, workers: int, in_flight: set[str], log_failures: bool) -> _Ahead:
        aid = article.id  # computed once: it normalises the whole text
        if aid in in_flight:  # the same article earlier in this run: decided when its turn comes
            return _Ahead(article=article)
        try:
            done = await self._before_extraction(article, aid)
        except Exception as exc:
            if log_failures:
                log.exception("storing %s", article.origin)
            done = IngestResult(article.origin, "failed", error=f"could not store: {exc}")
        if done is not None:
            return _Ahead(done=done)
        if self._pool is None:
            # Starting the workers waits for the fork server: in a thread, not on the event loop.
            self._pool = await asyncio.to_thread(start_pool, self.settings.knowledge_dir, workers)
        try:
            future = asyncio.wrap_future(self._pool.submit(extract_in_worker, article))
        except BrokenProcessPool as exc:
            self._broken = True
            raise _pool_error(exc) from exc
        in_flight.add(aid)
        return _Ahead(article=article, extraction=future, article_id=aid)

    async def _finish(self, ahead: _Ahead, in_flight: set[str], log_failures: bool) -> IngestResult:
        if ahead.done is not None:
            return ahead.done
        assert ahead.article is not None
        article = ahead.article
        if ahead.extraction is None:  # a repeat of an article this run has stored (or failed to) by now
            return await self._one(article, log_failures)
        try:
            try:
                extraction = await ahead.extraction
            except BrokenProcessPool as exc:
                self._broken = True
                raise _pool_error(exc) from exc
            return await self._store(article, extraction)
        except ExtractionPoolError:
            raise
        except Exception as exc:  # one bad article never stops the others
            if log_failures:
                log.exception("storing %s", article.origin)
            return IngestResult(article.origin, "failed", error=f"could not store: {exc}")
        finally:
            in_flight.discard(ahead.article_id)

    async def close(self) -> None:
        """Stop the extraction workers, if a big run started them (they finish the article in hand)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            # A broken pool has failed its futures itself; cancelling them under it would race with that.
            await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=not self._broken)

    async def ingest_files(self, sources: Iterable[str], date: dt.date | None = None) -> AsyncIterator[IngestResult]:
        listed: list[tuple[str, list[FileEntry] | IngestResult]] = []
        for source in sources:
            try:
                entries = list(expand(source))
            except OSError as exc:  # an unreadable directory
                listed.append((source, IngestResult(source, "failed", error=f"cannot read: {exc.strerror or exc}")))
                continue
            listed.append((source, entries or IngestResult(source, "failed", error="empty directory")))

        async def items() -> AsyncIterator[Article | IngestResult]:
            for _, entries in listed:
                if isinstance(entries, IngestResult):
                    yield entries
                    continue
                for entry in entries:
                    try:
                        yield read_article_file(entry.path, entry.origin, date, self.settings.max_article_bytes)
                    except SourceError as exc:
                        yield IngestResult(entry.origin, "failed", error=str(exc))

        expected = sum(len(e) for _, e in listed if isinstance(e, list))
        async for result in self.add_stream(items(), expected=expected):
            yield result


@dataclass(slots=True)
class _Ahead:
    """An item of add_stream's look-ahead: its result already, or its article with the extraction coming."""

    done: IngestResult | None = None
    article: Article | None = None
    extraction: asyncio.Future[Extraction] | None = None
    article_id: str = ""


def _take_error(future: asyncio.Future[Extraction]) -> None:
    if not future.cancelled():
        future.exception()


def _pool_error(exc: BaseException) -> ExtractionPoolError:
    return ExtractionPoolError(
        f"an extraction worker process stopped ({exc}); the articles before it are stored, the rest are "
        "not: run the same ingest again to go on (stored articles are skipped as duplicates), or set "
        "TRANSFERBOT_INGEST_WORKERS=0 to extract in this process")


async def open_database(settings: Settings) -> Store:
    """Open (creating and filling on first use) the database the settings name.

    A new database gets the shipped knowledge (clubs, aliases, managers, sources,
    players) and the seed articles, so that a new install answers at once. When
    the knowledge files change, the knowledge is loaded again (upserts only).
    """
    store = await Store.open(settings.db)
    try:
        await ensure_knowledge(store, settings)
    except BaseException:
        await store.close()
        raise
    return store


async def ensure_knowledge(store: Store, settings: Settings) -> None:
    if not (settings.knowledge_dir / "clubs").is_dir():
        # Without the clubs the extractor finds nothing: refuse rather than fill a database that can't answer.
        raise KnowledgeError(f"the shipped knowledge is missing at {settings.knowledge_dir}; "
                             "set TRANSFERBOT_KNOWLEDGE_DIR to the project's knowledge/ directory")
    stamp = knowledge_stamp(settings.knowledge_dir)
    if await store.get_meta("knowledge_stamp") == stamp:
        return
    gaz = load_gazetteer(settings.knowledge_dir)
    await store.load_knowledge(gaz)
    ingestor = Ingestor(store, settings)
    seeds = settings.knowledge_dir / "seeds"
    if seeds.is_dir():
        for entry in expand(str(seeds)):
            try:
                article = read_article_file(entry.path, f"knowledge/seeds/{entry.path.name}")
            except SourceError:
                continue  # a broken seed file is caught by the knowledge tests, not at start-up
            async for _ in ingestor.add_all([article]):
                pass
    await store.set_meta("knowledge_stamp", stamp)
