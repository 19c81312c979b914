"""Articles from a URL: fetch it, tell a feed from a page, and turn either into articles.

`read_response` is the shared core (used by `transferbot ingest URL`, by
`transferbot poll` and by the bot's polling loop): it yields one item per feed
entry or one for a page, each an `Article`, a `Failed` with the reason, or a
`Known` (a feed entry whose link is already stored, skipped without fetching).
Storing them is bot.ingest's work (bot/ingest/web.py): sources only read.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from bot.models import Article
from bot.sources.errors import SourceError
from bot.sources.feeds import FeedEntry, is_teaser, looks_like_feed, looks_like_html, parse_feed
from bot.sources.fetch import Fetcher, FetchError, Response
from bot.sources.pages import article_from_html, with_title

log = logging.getLogger(__name__)

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/rss", "application/x-rss+xml", "application/feed+xml"}
PAGE_TYPES = {"text/html", "application/xhtml+xml"}
SNIFF_TYPES = {"", "text/plain", "application/octet-stream", "binary/octet-stream"}

KnownUrl = Callable[[str], Awaitable[str | None]]  # article id stored for a URL, or None


@dataclass(slots=True)
class Failed:
    origin: str
    error: str
    transient: bool = False  # worth trying again later (timeouts, 5xx), as opposed to a bad entry


@dataclass(slots=True)
class Known:
    origin: str
    article_id: str


Item = Article | Failed | Known


def classify(resp: Response) -> str:
    """'feed' or 'page' for a response body; raises SourceError for anything else (an image, a PDF...)."""
    ct, body = resp.content_type, resp.body
    if not body.strip():
        raise SourceError("empty response body")
    if ct in PAGE_TYPES:
        return "feed" if looks_like_feed(body) else "page"
    if ct in FEED_TYPES or (ct.endswith("+xml") and ct != "image/svg+xml"):
        return "page" if looks_like_html(body) else "feed"
    if ct in SNIFF_TYPES:
        if looks_like_feed(body):
            return "feed"
        if looks_like_html(body):
            return "page"
        raise SourceError(f"not an article or a feed: the URL serves {ct or 'no content type'} that is "
                          "neither HTML nor RSS/Atom")
    if ct.startswith("image/"):
        raise SourceError(f"not an article: the URL serves an image ({ct})")
    if ct.startswith(("video/", "audio/")):
        raise SourceError(f"not an article: the URL serves {ct.split('/')[0]} ({ct})")
    raise SourceError(f"not an article or a feed: the URL serves {ct}")


async def page_article(resp: Response, origin: str, default_date: dt.date | None = None) -> Article:
    html = resp.text()
    return await asyncio.to_thread(article_from_html, html, origin, resp.url, default_date)


async def read_response(fetcher: Fetcher, resp: Response, origin: str, *, outlet: str | None = None,
                        known_url: KnownUrl | None = None) -> AsyncIterator[Item]:
    """The items a fetched URL holds: feed entries or one page."""
    try:
        kind = classify(resp)
    except SourceError as exc:
        yield Failed(origin, str(exc))
        return
    if kind == "page":
        try:
            article = await page_article(resp, origin)
        except SourceError as exc:
            yield Failed(origin, str(exc))
            return
        if outlet:
            article = article.model_copy(update={"outlet": outlet})
        yield article
        return
    try:
        feed = await asyncio.to_thread(parse_feed, resp.body, resp.url,
                                       f"{resp.content_type}; charset={resp.charset}" if resp.charset
                                       else resp.content_type)
    except SourceError as exc:
        yield Failed(origin, str(exc))
        return
    if feed.warning:
        log.warning("%s: %s", origin, feed.warning)
    if not feed.entries:
        log.info("%s: the feed has no entries", origin)
    for entry in feed.entries:
        yield await entry_item(fetcher, entry, outlet, feed.title, known_url)


async def entry_item(fetcher: Fetcher, entry: FeedEntry, outlet: str | None, feed_title: str | None = None,
                     known_url: KnownUrl | None = None) -> Item:
    """One feed entry as an article; a teaser's linked page is fetched and its article text used.

    The outlet credited is the configured one, else (for a page read behind a teaser) the page's site
    name, else the feed's title."""
    if entry.error:
        return Failed(entry.key, entry.error)
    if known_url is not None and entry.link:
        article_id = await known_url(entry.link)
        if article_id:
            return Known(entry.key, article_id)
    today = dt.date.today()
    if entry.link and is_teaser(entry):
        try:
            page = await fetcher.fetch(entry.link)
            if page.not_modified or classify(page) != "page":
                raise SourceError("the entry's link is not an article page")
            article = await page_article(page, entry.key, entry.date)
        except FetchError as exc:
            return Failed(entry.key, f"teaser only, and its page could not be fetched: {exc}", exc.transient)
        except SourceError as exc:
            # A login wall or an index behind the link: the feed's own words are all there is.
            if entry.words >= 15 or (entry.title and entry.words + len(entry.title.split()) >= 15):
                return Article(text=with_title(entry.title, entry.text), date=entry.date or today,
                               origin=entry.key, url=entry.link, title=entry.title, outlet=outlet or feed_title,
                               dated=entry.date is not None)
            return Failed(entry.key, f"teaser only, and its page is {exc}")
        update: dict = {"url": entry.link}
        if entry.date:
            update["date"] = entry.date  # the feed's date for the entry beats what the page suggests
        if not article.title and entry.title:
            update["title"] = entry.title
        if outlet or (feed_title and (not article.outlet or article.outlet == _host(entry.link))):
            update["outlet"] = outlet or feed_title
        return article.model_copy(update=update)
    if not entry.text:
        return Failed(entry.key, "broken entry: no text")
    return Article(text=with_title(entry.title, entry.text), date=entry.date or today, origin=entry.key,
                   url=entry.link, title=entry.title, outlet=outlet or feed_title, dated=entry.date is not None)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").removeprefix("www.")
