"""Pure parsing, no server: feed formats, teaser detection, page extraction and refusals, HTML files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.sources.errors import SourceError
from bot.sources.feeds import FeedEntry, is_teaser, parse_feed
from bot.sources.files import read_article_file
from bot.sources.pages import article_from_html, html_to_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
BASE = "http://news.test"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{base}", BASE.encode())


def page(name: str) -> str:
    return fixture(name).decode("utf-8")


@pytest.mark.parametrize(("name", "title", "first_link", "first_date"), [
    ("rss2.xml", "Transfer Desk Daily", f"{BASE}/news/liverpool-bid-toney", dt.date(2024, 1, 16)),
    ("atom.xml", "Continental Transfer Watch", f"{BASE}/news/bayern-dier", dt.date(2024, 1, 11)),
    ("rss10.rdf", "Old School Transfer Wire", f"{BASE}/news/west-ham-gerson", dt.date(2024, 1, 27)),
    ("rss091.xml", "Vintage Football News", f"{BASE}/news/city-walker", None),
])
def test_feed_formats(name, title, first_link, first_date):
    feed = parse_feed(fixture(name), f"{BASE}/{name}")
    assert feed.title == title
    entry = feed.entries[0]
    assert entry.link == first_link and entry.key == first_link
    assert entry.date == first_date
    assert entry.title and entry.words > 50 and "<" not in entry.text
    assert not is_teaser(entry)


def test_rss091_declared_latin1_is_decoded():
    feed = parse_feed(fixture("rss091.xml"), f"{BASE}/rss091.xml")
    assert "Al-Hilal" in feed.entries[0].text


def test_teasers():
    def entry(text: str) -> FeedEntry:
        return FeedEntry(key="k", title="t", link=f"{BASE}/a", date=None, text=text)

    assert is_teaser(entry("Chelsea have made an opening offer for the Napoli striker... Read more"))
    assert is_teaser(entry("short"))
    assert is_teaser(entry(" ".join(["word"] * 200) + " […]"))
    assert not is_teaser(entry(" ".join(["word"] * 200) + "."))
    assert not is_teaser(FeedEntry(key="k", title="t", link=None, date=None, text="short"))  # nothing to fetch


def test_not_a_feed():
    with pytest.raises(SourceError, match="not a feed: the body is not XML"):
        parse_feed(fixture("notxml.json"), f"{BASE}/x.xml", "application/rss+xml")
    with pytest.raises(SourceError, match="not a feed"):
        parse_feed(b"<?xml version='1.0'?><config><a>1</a></config>", f"{BASE}/x.xml", "text/xml")
    with pytest.raises(SourceError, match="empty"):
        parse_feed(b"  ", f"{BASE}/x.xml")


def test_html_to_text_keeps_paragraphs_and_drops_tags():
    text = html_to_text("<p>One &amp; two.</p><p>Three <b>four</b>.<script>x()</script></p><ul><li>a</li></ul>")
    assert text == "One & two.\n\nThree four.\n\na"


def test_page_article_fields():
    article = article_from_html(page("chelsea-osimhen.html"), origin="o", url=f"{BASE}/c.html", default_date=None)
    assert article.title == "Chelsea make £100m bid for Victor Osimhen"
    assert article.date == dt.date(2024, 1, 23)
    assert article.outlet == "Blues Insider"
    assert article.url == f"{BASE}/c.html" and article.origin == "o"
    assert "By Blues Insider staff" not in article.text and "All rights reserved" not in article.text


def test_page_without_a_date_uses_the_default_then_today():
    html = page("chelsea-osimhen.html").replace('<meta property="article:published_time" '
                                                'content="2024-01-23T21:15:00+00:00">', "")
    html = html.replace(" · 23 January 2024", "")
    given = article_from_html(html, "o", None, dt.date(2023, 5, 1))
    assert given.date == dt.date(2023, 5, 1)
    assert article_from_html(html, "o", None, None).date == dt.date.today()


@pytest.mark.parametrize(("name", "reason"), [
    ("index.html", "not an article: an index of links to other pages"),
    ("login.html", "not an article: a login or subscription wall"),
])
def test_pages_that_are_not_articles(name, reason):
    with pytest.raises(SourceError, match=reason):
        article_from_html(page(name), "o", None, None)


def test_empty_and_textless_pages():
    with pytest.raises(SourceError, match="empty page"):
        article_from_html("   ", "o", None, None)
    with pytest.raises(SourceError, match=r"no article text found \(0 words\)"):
        article_from_html('<html><body><img src="a.png"></body></html>', "o", None, None)


def test_an_html_file_reads_like_a_page(tmp_path):
    path = tmp_path / "saved.html"
    path.write_bytes(fixture("boilerplate.html"))
    article = read_article_file(path, "saved.html", None)
    assert article.origin == "saved.html" and article.url is None
    assert article.date == dt.date(2024, 1, 24) and article.outlet == "Football Wire"
    assert "Jeremie Frimpong" in article.text and "We use cookies" not in article.text
