"""From sources to stored claims: read, extract off the event loop, store one article per transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterable
from dataclasses import asdict, dataclass, field

from bot.config import Settings
from bot.extract.pipeline import extract
from bot.knowledge import Gazetteer, KnowledgeError, knowledge_stamp, load_gazetteer
from bot.models import Article, Extraction
from bot.sources.dates import date_problem
from bot.sources.errors import SourceError
from bot.sources.files import expand, read_article_file
from bot.store import Store


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
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._gazetteer: Gazetteer | None = None

    async def gazetteer(self) -> Gazetteer:
        """The shipped knowledge's gazetteer (cached per process; read-only: nothing is added to it)."""
        if self._gazetteer is None:
            # Reading knowledge/ is CPU work: off the event loop, like extraction.
            self._gazetteer = await asyncio.to_thread(load_gazetteer, self.settings.knowledge_dir)
        return self._gazetteer

    async def add(self, article: Article) -> IngestResult:
        problem = date_problem(article.date)
        if problem:
            return IngestResult(article.origin, "failed", error=problem, title=article.title)
        if await self.store.has_article(article.id):
            return IngestResult(article.origin, "duplicate", article.id, title=article.title)
        gaz = await self.gazetteer()
        # Extraction is CPU work: keep it off the event loop so the bot stays responsive.
        extraction: Extraction = await asyncio.to_thread(extract, article, gaz)
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

    async def ingest_files(self, sources: Iterable[str], date: dt.date | None = None) -> AsyncIterator[IngestResult]:
        for source in sources:
            try:
                entries = list(expand(source))
            except OSError as exc:  # an unreadable directory
                yield IngestResult(source, "failed", error=f"cannot read: {exc.strerror or exc}")
                continue
            if not entries:
                yield IngestResult(source, "failed", error="empty directory")
            for entry in entries:
                try:
                    article = read_article_file(entry.path, entry.origin, date, self.settings.max_article_bytes)
                except SourceError as exc:
                    yield IngestResult(entry.origin, "failed", error=str(exc))
                    continue
                async for result in self.add_all([article]):
                    yield result


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
