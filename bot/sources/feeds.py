"""RSS 0.9x/1.0/2.0 and Atom feeds with feedparser: one `FeedEntry` per item, with its own text.

Parsing is pure (bytes in, entries out). Whether an entry is only a teaser, so
that its linked page has to be fetched, is decided here too (`is_teaser`); the
fetching is done by bot.sources.web.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser

from bot.sources.errors import SourceError
from bot.sources.pages import html_to_text

TEASER_WORDS = 50  # an entry with fewer words of its own is a teaser: its page is read for the article
_TEASER_END = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\]|read more|continue reading|read the full story|more»?)\s*$",
                         re.I)
_XML_START = re.compile(rb"^\s*(<\?xml|<rss\b|<feed\b|<rdf:RDF\b|<channel\b|<!--)", re.I)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)


@dataclass(slots=True)
class FeedEntry:
    """One item of a feed. `error` is set for an entry that cannot become an article."""

    key: str                    # a stable name for the entry: its link, or feed URL#id
    title: str | None
    link: str | None
    date: dt.date | None
    text: str                   # the entry's own text (content, else summary), plain
    error: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    warning: str | None = None  # the feed was not well-formed but entries were recovered


def looks_like_xml(body: bytes) -> bool:
    return bool(_XML_START.match(body[:1024].lstrip(b"\xef\xbb\xbf")))


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body[:1024].lstrip(b"\xef\xbb\xbf")))


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lower()
    return looks_like_xml(body) and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel"))


def _struct_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC).date()
    except (TypeError, ValueError, OverflowError):
        return None


def _entry_text(entry) -> str:
    best = ""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        text = html_to_text(value) if "html" in (content.get("type") or "html") else value.strip()
        if len(text) > len(best):
            best = text
    summary = entry.get("summary") or ""
    if summary:
        stext = html_to_text(summary)
        if len(stext) > len(best):
            best = stext
    return best


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Entries of an RSS or Atom document. Raises SourceError when the body is not a feed at all."""
    if not body.strip():
        raise SourceError("not a feed: the body is empty")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        if not looks_like_xml(body):
            raise SourceError(f"not a feed: the body is not XML (served as {content_type or 'no content type'})")
        raise SourceError(f"not a feed: not well-formed XML{detail}")
    if not version and not entries:
        raise SourceError("not a feed: no RSS or Atom channel found")
    feed = parsed.get("feed") or {}
    out = ParsedFeed(title=(feed.get("title") or "").strip() or None, link=feed.get("link"))
    if parsed.get("bozo"):
        out.warning = f"feed not well-formed ({parsed.get('bozo_exception')}); read what could be recovered"
    # dict.get: FeedParserDict.get maps a missing "updated" onto "published", with a DeprecationWarning.
    feed_date = _struct_date(dict.get(feed, "updated_parsed") or dict.get(feed, "published_parsed"))
    relative_guids = _relative_guids(body, url)
    for i, entry in enumerate(entries, 1):
        out.entries.append(_entry(entry, i, url, feed_date, relative_guids))
    return out


_GUID = re.compile(rb"<guid\b[^>]*>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</guid>", re.S | re.I)


def _relative_guids(body: bytes, feed_url: str) -> dict[str, str]:
    """RSS guids that are not absolute URLs, by the URL feedparser made of them (a permalink guid is
    resolved against the feed's URL, so "item-42" would pass for a link to <feed dir>/item-42)."""
    out = {}
    for m in _GUID.finditer(body):
        raw = m.group(1).decode("utf-8", "replace").strip()
        if raw and not raw.lower().startswith(("http://", "https://")):
            out[urljoin(feed_url, raw)] = raw
    return out


def _entry(entry, index: int, feed_url: str, feed_date: dt.date | None,
           relative_guids: dict[str, str] | None = None) -> FeedEntry:
    link = (entry.get("link") or "").strip() or None
    ident = (entry.get("id") or "").strip() or str(index)
    if entry.get("guidislink") and not entry.get("links") and relative_guids and ident in relative_guids:
        link, ident = None, relative_guids[ident]  # an id, not a link
    if link and not link.lower().startswith(("http://", "https://")):
        link = None
    key = link or f"{feed_url}#{ident}"
    title = (entry.get("title") or "").strip() or None
    date = _struct_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
                        or dict.get(entry, "created_parsed"))
    text = _entry_text(entry)
    fe = FeedEntry(key=key, title=title, link=link, date=date or feed_date, text=text)
    if not text and not link:
        fe.error = "broken entry: no text and no link" + ("" if title else ", no title")
    return fe


def is_teaser(entry: FeedEntry) -> bool:
    """An entry whose own text is too short to be the article, or that says it continues elsewhere."""
    if entry.link is None:
        return False
    return entry.words < TEASER_WORDS or bool(_TEASER_END.search(entry.text))
