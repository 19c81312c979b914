"""Polling the configured feeds: what `transferbot poll` and the bot's background loop call.

Independent of Discord. The bot's loop calls `poll_due` every minute or so; it
polls only the feeds whose time has come (each feed has its own interval) and
backs off exponentially after failures (interval x 2^failures, capped by
`poll_max_backoff_minutes`). The returned IngestResults carry the new claim ids
for alerts. `poll_all` polls every feed once, for the command line.

The feeds shipped in knowledge/feeds.toml are registered on first use
(`ensure_default_feeds`); a shipped feed an admin removed is not added again.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.ingest.web import ingest_items
from bot.sources.errors import SourceError
from bot.sources.feeds import is_teaser, parse_feed
from bot.sources.fetch import Fetcher
from bot.sources.web import Failed, Known, classify, entry_item
from bot.store import Store
from bot.store.feeds import (
    FeedRow,
    add_feed,
    article_id_for_url,
    claim_feed,
    due_feeds,
    get_feed,
    list_feeds,
    record_failure,
    record_settled,
    record_success,
    settled_entries,
)

if TYPE_CHECKING:
    from bot.ingest import Ingestor, IngestResult

log = logging.getLogger(__name__)

DEFAULT_FEEDS_META = "default_feeds_offered"


@dataclass(frozen=True, slots=True)
class FeedSpec:
    url: str
    name: str | None = None
    outlet: str | None = None
    interval_minutes: int | None = None


@dataclass(slots=True)
class FeedPoll:
    """What one poll of one feed did: 'read' (fetched and parsed), 'unchanged' (304) or 'failed'."""

    feed: FeedRow
    status: str
    error: str | None = None
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


def load_feed_specs(settings: Settings) -> list[FeedSpec]:
    """knowledge/feeds.toml: [[feed]] name, url, outlet, interval_minutes. Missing file: no feeds."""
    path = settings.knowledge_dir / "feeds.toml"
    if not path.is_file():
        return []
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    specs = []
    for entry in data.get("feed", []):
        url = str(entry.get("url", "")).strip()
        if not url:
            continue
        interval = entry.get("interval_minutes")
        specs.append(FeedSpec(url, entry.get("name"), entry.get("outlet"), int(interval) if interval else None))
    return specs


async def ensure_default_feeds(store: Store, settings: Settings) -> int:
    """Register the shipped feeds not offered before; returns how many were added."""
    specs = load_feed_specs(settings)
    offered = set(json.loads(await store.get_meta(DEFAULT_FEEDS_META) or "[]"))
    fresh = [s for s in specs if s.url not in offered]
    if not fresh:
        return 0
    added = 0
    for spec in fresh:
        if await get_feed(store, spec.url) is None:
            await add_feed(store, spec.url, spec.name, spec.outlet,
                           spec.interval_minutes or settings.poll_interval_minutes)
            added += 1
    await store.set_meta(DEFAULT_FEEDS_META, json.dumps(sorted(offered | {s.url for s in fresh})))
    return added


def next_poll(now: dt.datetime, interval_minutes: int, failures: int, settings: Settings) -> dt.datetime:
    """When to poll again: the feed's interval, doubled per failure in a row, capped."""
    minutes = max(1, interval_minutes)
    if failures > 0:
        minutes = min(minutes * 2 ** min(failures, 20), max(minutes, settings.poll_max_backoff_minutes))
    return now + dt.timedelta(minutes=minutes)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def poll_feed(ingestor: Ingestor, fetcher: Fetcher, feed: FeedRow, settings: Settings,
                    now: dt.datetime | None = None,
                    on_result: Callable[[FeedRow, IngestResult], None] | None = None) -> FeedPoll:
    """Poll one feed once (conditionally), store its new entries, and record the outcome for scheduling."""
    now = now or _utcnow()
    store = ingestor.store
    try:
        resp = await fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if resp.not_modified:
            await record_success(store, feed.id, polled_at=now,
                                 next_poll_at=next_poll(now, feed.interval_minutes, 0, settings),
                                 etag=resp.etag or feed.etag, last_modified=resp.last_modified or feed.last_modified)
            return FeedPoll(feed, "unchanged")
        if classify(resp) != "feed":
            raise SourceError(f"not a feed: the URL serves an HTML page ({resp.content_type or 'no content type'})")
        parsed = await asyncio.to_thread(parse_feed, resp.body, resp.url, resp.content_type)
    except Exception as exc:  # SourceError, or anything a hostile body breaks: recorded, never stops the others
        if not isinstance(exc, SourceError):
            log.exception("feed %s: unexpected error", feed.url)
        error = str(exc) if isinstance(exc, SourceError) else f"could not be read ({type(exc).__name__}: {exc})"
        await record_failure(store, feed.id, polled_at=now, error=error,
                             next_poll_at=next_poll(now, feed.interval_minutes, feed.failures + 1, settings))
        log.warning("feed %s failed: %s", feed.url, error)
        return FeedPoll(feed, "failed", error)
    if parsed.warning:
        log.warning("feed %s: %s", feed.url, parsed.warning)

    async def known(link: str) -> str | None:
        return await article_id_for_url(store, link)

    transient = False
    settled = await settled_entries(store, feed.id, now)
    fetched: set[str] = set()  # entries whose page was fetched: only those are worth settling
    recheck: set[str] = set()  # keys not to settle: a transient failure, an entry stored already
    fetches_left = settings.max_page_fetches_per_poll
    deferred = 0

    async def items():
        nonlocal transient, fetches_left, deferred
        for entry in parsed.entries:
            if entry.key in settled:
                continue  # failed for good or a duplicate, lately: its page is not fetched again
            if entry.link and is_teaser(entry) and not entry.error:
                article_id = await known(entry.link)
                if article_id:
                    recheck.add(entry.key)
                    yield Known(entry.key, article_id)
                    continue
                if fetches_left <= 0:
                    # One page a second per host: a 5,000-entry feed of teasers would hold the poll for
                    # hours. The rest waits for the next polls (read in full: validators not kept).
                    deferred += 1
                    transient = True
                    continue
                fetches_left -= 1
                fetched.add(entry.key)
            item = await entry_item(fetcher, entry, feed.outlet, parsed.title, known)
            if isinstance(item, Failed) and item.transient:
                transient = True
                recheck.add(entry.key)
            elif isinstance(item, Known):
                recheck.add(entry.key)
            yield item

    poll = FeedPoll(feed, "read")
    async for result in ingest_items(ingestor, items()):
        poll.results.append(result)
        if on_result is not None:
            on_result(feed, result)
    if deferred:
        log.info("feed %s: %d teaser pages left for the next polls", feed.url, deferred)
    done = [(r.origin, r.status) for r in poll.results if r.status in ("failed", "duplicate")
            and r.origin in fetched and r.origin not in recheck
            and not (r.error or "").startswith("could not store")]
    if done:
        await record_settled(store, feed.id, done, now)
    # Keep the validators only when nothing failed for a reason that may pass: otherwise the next poll
    # would get a 304 and never retry the entries whose page timed out.
    await record_success(store, feed.id, polled_at=now,
                         next_poll_at=next_poll(now, feed.interval_minutes, 0, settings),
                         etag=resp.etag, last_modified=resp.last_modified, keep_validators=not transient)
    return poll


async def poll_feeds(store: Store, settings: Settings, feeds: list[FeedRow], fetcher: Fetcher | None = None,
                     now: dt.datetime | None = None, *, ingestor: Ingestor | None = None,
                     on_result: Callable[[FeedRow, IngestResult], None] | None = None,
                     on_feed: Callable[[FeedPoll], None] | None = None, claim: bool = False) -> list[FeedPoll]:
    """Poll the given feeds once each, in order; callbacks report each result and each feed as they come.

    With `claim`, each feed is first taken for this process (bot.store.feeds.claim_feed) and skipped
    when another process (a bot, `transferbot poll --loop`) took it: due feeds are polled once,
    however many processes poll.

    One feed at a time: the store has one connection and one writer. Pass a long-lived `fetcher` (the
    bot's loop should) to reuse its connections and keep per-host politeness across calls.
    """
    if not feeds:
        return []
    if ingestor is None:
        from bot.ingest import Ingestor

        ingestor = Ingestor(store, settings)
    own = fetcher is None
    f = fetcher or Fetcher(settings)
    polls = []
    try:
        lease = dt.timedelta(minutes=settings.poll_lease_minutes)
        for feed in feeds:
            if claim and not await claim_feed(store, feed, now or _utcnow(), lease):
                continue
            try:
                poll = await poll_feed(ingestor, f, feed, settings, now, on_result)
            except Exception as exc:  # a bug one feed provokes must not starve the feeds after it
                log.exception("feed %s: unexpected error", feed.url)
                poll = FeedPoll(feed, "failed", f"could not be read ({type(exc).__name__}: {exc})")
                with contextlib.suppress(Exception):
                    await record_failure(store, feed.id, polled_at=now or _utcnow(), error=poll.error or "",
                                         next_poll_at=next_poll(now or _utcnow(), feed.interval_minutes,
                                                                feed.failures + 1, settings))
            polls.append(poll)
            if on_feed is not None:
                on_feed(poll)
    finally:
        if own:
            await f.close()
    return polls


async def poll_all(store: Store, settings: Settings, fetcher: Fetcher | None = None,
                   now: dt.datetime | None = None, *, ingestor: Ingestor | None = None,
                   on_result: Callable[[FeedRow, IngestResult], None] | None = None,
                   on_feed: Callable[[FeedPoll], None] | None = None) -> list[FeedPoll]:
    """Poll every configured feed once, due or not (`transferbot poll`)."""
    await ensure_default_feeds(store, settings)
    return await poll_feeds(store, settings, await list_feeds(store), fetcher, now, ingestor=ingestor,
                            on_result=on_result, on_feed=on_feed)


async def poll_due(store: Store, settings: Settings, fetcher: Fetcher | None = None,
                   now: dt.datetime | None = None, *, ingestor: Ingestor | None = None) -> list[IngestResult]:
    """Poll the feeds that are due; one IngestResult per entry, and a failed one per feed that failed.

    For the bot's background loop: new results carry `claim_ids` for alerts. Never raises for a
    network or feed problem; those are recorded on the feed and retried with backoff.
    """
    from bot.ingest import IngestResult

    now = now or _utcnow()
    await ensure_default_feeds(store, settings)
    feeds = await due_feeds(store, now)
    out: list[IngestResult] = []
    for poll in await poll_feeds(store, settings, feeds, fetcher, now, ingestor=ingestor, claim=True):
        if poll.status == "failed":
            out.append(IngestResult(poll.feed.url, "failed", error=poll.error))
        out.extend(poll.results)
    return out
