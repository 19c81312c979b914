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
    """Entries of an RSS or Atom document. Raises SourceError, and nothing else, when the body is not a
    feed at all: feedparser and lxml raise Unicode, value and recursion errors on hostile documents, and
    one bad feed must never stop the feeds or sources behind it."""
    try:
        return _parse_feed(body, url, content_type)
    except SourceError:
        raise
    except (RecursionError, MemoryError):
        raise SourceError("not a feed: too deeply nested or too large to parse") from None
    except Exception as exc:
        raise SourceError(f"not a feed: the feed parser failed ({type(exc).__name__}: {str(exc)[:120]})") from None


def _parse_feed(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    if not body.strip():
        raise SourceError("not a feed: the body is empty")
    body = _CHAR_REF.sub(_safe_char_ref, body)
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
    out = ParsedFeed(title=_text(feed.get("title")).strip() or None, link=_text(feed.get("link")) or None)
    if parsed.get("bozo"):
        out.warning = f"feed not well-formed ({parsed.get('bozo_exception')}); read what could be recovered"
    # dict.get: FeedParserDict.get maps a missing "updated" onto "published", with a DeprecationWarning.
    feed_date = _struct_date(dict.get(feed, "updated_parsed") or dict.get(feed, "published_parsed"))
    relative_guids = _relative_guids(body, url)
    for i, entry in enumerate(entries, 1):
        try:
            out.entries.append(_entry(entry, i, url, feed_date, relative_guids))
        except Exception as exc:  # one broken entry fails on its own line; the others are read
            out.entries.append(FeedEntry(key=f"{url}#{i}", title=None, link=None, date=None, text="",
                                         error=f"broken entry: {type(exc).__name__}"))
    return out


# A numeric character reference to a surrogate, to NUL or beyond U+10FFFF (`&#xD800;`) makes feedparser
# build a string that cannot be encoded (UnicodeEncodeError deep inside it): such references become
# U+FFFD before parsing. Linear: a match can only start at "&#".
_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,20});")


def _safe_char_ref(m: re.Match[bytes]) -> bytes:
    ref = m.group(1)
    value = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return b"&#xFFFD;"
    return m.group(0)


_SURROGATES = re.compile("[\ud800-\udfff]")


def _text(value: object) -> str:
    """A string from feedparser, with any lone surrogate (unencodable, so unstorable) made U+FFFD."""
    if not isinstance(value, str):
        return ""
    return _SURROGATES.sub("\ufffd", value)


# The close of a <guid> element; its opening tag is found by searching back from it (see _relative_guids).
_GUID_CLOSE = re.compile(rb"</guid\s*>")  # run over the lowercased body
_CDATA = re.compile(rb"^<!\[CDATA\[(.*?)\]\]>$", re.S)


def _relative_guids(body: bytes, feed_url: str) -> dict[str, str]:
    """RSS guids that are not absolute URLs, by the URL feedparser made of them (a permalink guid is
    resolved against the feed's URL, so "item-42" would pass for a link to <feed dir>/item-42).

    Linear in the body: each closing tag is paired with the last opening tag since the previous close,
    found with rfind. (A single regex `<guid[^>]*>(.*?)</guid>` took 29 s on 8,000 unclosed tags.)"""
    out = {}
    lower = body.lower()
    prev = 0
    for m in _GUID_CLOSE.finditer(lower):
        start = lower.rfind(b"<guid", prev, m.start())
        prev = m.end()
        if start < 0:
            continue
        after = lower[start + 5:start + 6]
        if after and after not in b" \t\r\n>/":
            continue  # <guidance>, not <guid>
        gt = body.find(b">", start, m.start())
        if gt < 0:
            continue
        inner = body[gt + 1:m.start()].strip()
        cdata = _CDATA.match(inner)
        raw = (cdata.group(1) if cdata else inner).decode("utf-8", "replace").strip()
        if raw and not raw.lower().startswith(("http://", "https://")):
            out[urljoin(feed_url, raw)] = raw
    return out


def _entry(entry, index: int, feed_url: str, feed_date: dt.date | None,
           relative_guids: dict[str, str] | None = None) -> FeedEntry:
    link = _text(entry.get("link")).strip() or None
    ident = _text(entry.get("id")).strip() or str(index)
    if entry.get("guidislink") and not entry.get("links") and relative_guids and ident in relative_guids:
        link, ident = None, relative_guids[ident]  # an id, not a link
    if link and not link.lower().startswith(("http://", "https://")):
        link = None
    key = link or f"{feed_url}#{ident}"
    title = _text(entry.get("title")).strip() or None
    date = _struct_date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
                        or dict.get(entry, "created_parsed"))
    text = _SURROGATES.sub("\ufffd", _entry_text(entry))
    fe = FeedEntry(key=key, title=title, link=link, date=date or feed_date, text=text)
    if not text and not link:
        fe.error = "broken entry: no text and no link" + ("" if title else ", no title")
    return fe


def is_teaser(entry: FeedEntry) -> bool:
    """An entry whose own text is too short to be the article, or that says it continues elsewhere."""
    if entry.link is None:
        return False
    return entry.words < TEASER_WORDS or bool(_TEASER_END.search(entry.text))
