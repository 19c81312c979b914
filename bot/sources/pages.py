"""Articles from HTML pages with trafilatura: the body, title, date and outlet from the page's metadata.

A page that is not an article (an index of headlines, a login or subscription
wall, a page with no text) is refused with a reason (SourceError).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from bot.models import Article
from bot.sources.errors import SourceError

MIN_ARTICLE_WORDS = 40          # fewer extracted words than this is not an article
INDEX_LINK_SHARE = 0.6          # share of the extracted text that is link text on an index page
_WALL = re.compile(
    r"\b(sign in|log in|login|subscribe|subscription|subscriber|create an account|register)\b.{0,60}"
    r"\b(to (continue|read|access|view|keep reading)|for (full|unlimited) access|only)\b"
    r"|\b(this (article|content|story) is (for|available to|only available to) (subscribers|members|premium))"
    r"|\balready a (subscriber|member)\b",
    re.I | re.S,
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
               "article", "header", "footer", "ul", "ol", "pre", "table", "figure", "figcaption", "hr"}


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one line per block element."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, etree.LxmlError):
        # lxml refuses NUL, control characters and lone surrogates: strip the tags by hand instead
        # ([^<>], not [^>]: a run of unclosed "<" would make each match scan to the end, quadratic).
        return _tidy(re.sub(r"<[^<>]*>", " ", fragment))
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    try:
        walk(root)
    except RecursionError:  # thousands of nested elements: their text, without the block structure
        return _tidy(root.text_content())
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    out, blank = [], False
    for line in lines:
        if line:
            out.append(line)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    return "\n".join(out).strip()


def with_title(title: str | None, body: str) -> str:
    """The article text: its headline as the first paragraph (headlines carry claims), then the body."""
    title = _tidy(title or "")
    body = body.strip()
    if not title or body.lower().startswith(title.lower()):
        return body
    return f"{title}\n\n{body}"


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _anchor_texts(tree) -> set[str]:
    texts = set()
    for a in tree.iter("a"):
        t = " ".join(a.text_content().split()).lower()
        if len(t) > 3:
            texts.add(t)
    return texts


def _link_share(text: str, anchors: set[str]) -> float:
    """Share of the extracted text (by characters) in lines that are just the text of a link."""
    total = linked = 0
    for line in text.splitlines():
        norm = " ".join(line.split()).lower().lstrip("-•* ")
        if not norm:
            continue
        total += len(norm)
        if norm in anchors:
            linked += len(norm)
    return linked / total if total else 0.0


def _page_kind_problem(tree, text: str) -> str | None:
    """Why a page with some text is still not an article, or None."""
    words = len(text.split())
    if tree.xpath("//input[@type='password']") and words < 200:
        return "not an article: a login page (a password form and little text)"
    if words < 250 and _WALL.search(text):
        return "not an article: a login or subscription wall"
    if _link_share(text, _anchor_texts(tree)) >= INDEX_LINK_SHARE:
        return "not an article: an index of links to other pages"
    return None


def article_from_html(html: str, origin: str, url: str | None, default_date: dt.date | None) -> Article:
    """One article from a page's HTML. The date is the page's own (metadata, then htmldate's search),
    else `default_date`, else today (and the article is marked undated: stored, but alerting nobody).
    Raises SourceError with the reason for a page that is not an article, and nothing else: trafilatura
    and lxml raise value, Unicode and recursion errors on hostile pages."""
    try:
        return _article_from_html(html, origin, url, default_date)
    except SourceError:
        raise
    except Exception as exc:
        raise SourceError(f"not an article: the page could not be parsed ({type(exc).__name__})") from None


def _article_from_html(html: str, origin: str, url: str | None, default_date: dt.date | None) -> Article:
    if not html or not html.strip():
        raise SourceError("empty page")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"not an HTML page: {exc}") from None
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, deduplicate=False,
        # Metadata, <time> and URL dates only: the extensive search takes "© 2024" for 1 January 2024.
        date_extraction_params={"original_date": True, "extensive_search": False,
                                "max_date": dt.date.today().isoformat()},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    words = len(text.split())
    # Look at the whole visible page for walls: the extractor may keep only the teaser part.
    visible = " ".join(tree.xpath("normalize-space(//body)").split()) if tree.find("body") is not None else text
    if _WALL.search(visible) and words < 250 and (words < MIN_ARTICLE_WORDS or tree.xpath("//form")):
        raise SourceError("not an article: a login or subscription wall")
    if words < MIN_ARTICLE_WORDS:
        if tree.xpath("//input[@type='password']"):
            raise SourceError("not an article: a login page (a password form and little text)")
        raise SourceError(f"not an article: no article text found ({words} words)")
    problem = _page_kind_problem(tree, text)
    if problem:
        raise SourceError(problem)
    assert doc is not None
    title = getattr(doc, "title", None)
    day = parse_date(getattr(doc, "date", None)) or default_date
    outlet = getattr(doc, "sitename", None) or _host(url or getattr(doc, "url", None))
    return Article(text=with_title(title, text), date=day or dt.date.today(), origin=origin,
                   url=url or getattr(doc, "url", None), title=title, outlet=outlet, dated=day is not None)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
