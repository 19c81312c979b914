"""Storing what a URL gives: a feed's entries or a page, through the Ingestor, one result per article.

bot.sources.web reads (fetch, tell a feed from a page, make articles); this module
stores what it read. `transferbot ingest URL`, `/news read` and the polling loop
(bot/ingest/polling.py) use it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from bot.config import Settings
from bot.ingest import ExtractionPoolError, Ingestor, IngestResult
from bot.models import Article
from bot.sources.errors import SourceError
from bot.sources.fetch import Fetcher
from bot.sources.web import Failed, Item, Known, read_response
from bot.store.feeds import article_id_for_url

log = logging.getLogger(__name__)


async def ingest_items(ingestor: Ingestor, items: AsyncIterator[Item]) -> AsyncIterator[IngestResult]:
    """Store items through the Ingestor, one transaction per article; failures become results, never raise
    (but bot.ingest.ExtractionPoolError: the command line's worker processes stopped)."""

    async def results_or_articles() -> AsyncIterator[Article | IngestResult]:
        async for item in items:
            if isinstance(item, Failed):
                yield IngestResult(item.origin, "failed", error=item.error)
            elif isinstance(item, Known):  # stored already, or removed by an admin (then the line says so)
                removed = await ingestor.store.removed_article(item.article_id)
                yield IngestResult(item.origin, "duplicate", item.article_id,
                                   error=removed.reason() if removed else None)
            else:
                yield item

    async for result in ingestor.add_stream(results_or_articles(), log_failures=True):
        yield result


async def ingest_url(ingestor: Ingestor, url: str, settings: Settings, *, fetcher: Fetcher | None = None,
                     outlet: str | None = None) -> AsyncIterator[IngestResult]:
    """`transferbot ingest URL`: a feed gives one result per entry, a page one; failures are results."""
    own = fetcher is None
    f = fetcher or Fetcher(settings)
    try:
        try:
            resp = await f.fetch(url)
        except SourceError as exc:
            yield IngestResult(url, "failed", error=str(exc))
            return

        async def known(link: str) -> str | None:
            return await article_id_for_url(ingestor.store, link)

        async for result in ingest_items(ingestor, read_response(f, resp, url, outlet=outlet, known_url=known)):
            yield result
    finally:
        if own:
            await f.close()


async def never_silent(source: str, results: AsyncIterator[IngestResult]) -> AsyncIterator[IngestResult]:
    """Every source gets at least one line: an empty feed is reported, not skipped in silence, and a
    source that breaks in a way nobody foresaw fails on its own line while the next ones are read."""
    empty = True
    try:
        async for result in results:
            empty = False
            yield result
    except ExtractionPoolError:
        raise  # not this source's fault: the ingest stops with it
    except Exception as exc:
        log.debug("reading %s", source, exc_info=True)
        yield IngestResult(source, "failed", error=f"could not be read ({type(exc).__name__}: {str(exc)[:160]})")
        return
    if empty:
        yield IngestResult(source, "failed", error="nothing to read: the feed has no entries")
