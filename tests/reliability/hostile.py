"""Hostile documents found by probing (issue 15), shared by the regression, property and Discord tests."""

from __future__ import annotations

RSS_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Hostile Desk</title>'


def item(title: str, link: str, body: bytes, date: str = "Tue, 16 Jan 2024 09:30:00 +0000") -> bytes:
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>".encode()
            + b"<description>" + body + b"</description></item>")


def feed(*items: bytes, head: bytes = RSS_HEAD) -> bytes:
    return head + b"".join(items) + b"</channel></rss>"


STORY = (b"Liverpool have made a bid for Brentford striker Ivan Toney, according to Sky Sports. The Reds want "
         b"a striker before the end of the window and see him as an ideal fit for their system, and talks "
         b"between the two clubs are expected to continue over the coming days. Brentford value the England "
         b"international at closer to sixty million pounds and have shown no willingness to sell.")


def surrogate_feed(base: str = "http://hostile.example") -> bytes:
    """A lone surrogate character reference: feedparser raised UnicodeEncodeError."""
    return feed(item("Toney &#xD800; latest", f"{base}/news/surrogate", STORY + b" &#xD800; &#55296; &#x110000;"))


def bogus_encoding_feed() -> bytes:
    """An encoding name that is not one (bytes not even UTF-8): feedparser raised UnicodeDecodeError."""
    return feed(item("Toney", "http://hostile.example/news/bogus", STORY),
                head=RSS_HEAD.replace(b'encoding="UTF-8"', b'encoding="UTFf\xa1\x12-8"'))


def unclosed_guids_feed(n: int, base: str = "http://hostile.example") -> bytes:
    """n unclosed <guid> tags (inside CDATA, so the feed still parses): the <guid> regex was quadratic."""
    return feed(item("Guid storm", f"{base}/news/guids", b"<![CDATA[" + b"<guid>" * n + b"]]>" + STORY))


def marks_text(n: int, mark: str = ".") -> str:
    """A sentence followed by a run of n marks: the sentence-boundary regex was quadratic."""
    return "Liverpool want Ivan Toney" + mark * n


def marks_feed(n: int, base: str = "http://hostile.example") -> bytes:
    # "!" rather than ".": an entry ending in "..." is a teaser, whose page would be fetched instead.
    return feed(item("Dots", f"{base}/news/dots", STORY + b" " + marks_text(n, "!").encode()))


def future_feed(base: str = "http://hostile.example") -> bytes:
    return feed(item("From the future", f"{base}/news/future", STORY.replace(b"Brentford", b"Brentford's"),
                     date="Fri, 31 Dec 9999 23:00:00 +0000"))
