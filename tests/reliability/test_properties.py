"""Property-based tests of every parser and text path, on arbitrary bytes and text (issue 15).

Each takes anything and either returns its result or raises the documented error (SourceError for the
sources), never anything else. The CI profile runs a few dozen examples per property; the long profile
(TRANSFERBOT_HYPOTHESIS=long) thousands. The extractor's inputs are capped at 2,000 characters: one very
long sentence makes `_clause_claims` quadratic (left to the extractor's rewrite), which is not what
these properties are about; the linear-time checks are in test_linear.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.models import Article
from bot.sources.errors import SourceError
from bot.sources.files import parse_article_text, read_article_file
from tests.reliability import hostile

ROOT = Path(__file__).resolve().parents[2]
RSS_FIXTURE = (ROOT / "tests" / "fixtures" / "web" / "rss2.xml").read_bytes().replace(b"{base}", b"http://x.example")
TOKENS = [b"&#xD800;", b"&#0;", b"&#x110000;", b"\xff\xfe", b"\xed\xa0\x80", b"<![CDATA[", b"]]>", b"<guid>",
          b"</guid>", b"&amp;", b"\x00", b"<item>", b"</item>", b"<!--", b"<?xml", b'encoding="bogus"',
          b"<pubDate>Fri, 31 Dec 9999 23:00:00 +0000</pubDate>", b"<", b">", b"...", b"!!!!!!!!"]
WORDS = ["Liverpool", "Tottenham", "spurs", "Ko Itakura", "Itakura", "Ivan Toney", "bid", "talks", "want",
         "signed", "loan", "£40m", "€10 million", "Fabrizio Romano", "(Express)", "No.", "Utd.", "U.S.", "...",
         "!", "?", "\"", "'", "«", "\n", "\n\n", " ", "here we go", "@everyone", "<@123>", "<#1>", "](x)",
         "[", "]", "\\", "*", "_", "`", "|", ">", "#", "é", "ß", "\u200b", "\ud800", "😀", "date 2024-01-01"]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """A real document with random bytes and hostile tokens spliced in and pieces cut out."""
    body = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(body)))
        op = draw(st.integers(0, 2))
        if op == 0:
            body[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == 1:
            body[pos:pos] = draw(st.sampled_from(TOKENS))
        else:
            del body[pos:pos + draw(st.integers(1, 40))]
    return bytes(body)


news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=120).map(" ".join)
feed_bytes = st.one_of(st.binary(max_size=3000), mutated(RSS_FIXTURE))
content_types = st.sampled_from([None, "application/rss+xml", "application/rss+xml; charset=bogus",
                                 "text/xml; charset=utf-16", "application/atom+xml; charset=latin-1"])


@given(feed_bytes, content_types)
@example(hostile.surrogate_feed(), None)
@example(hostile.bogus_encoding_feed(), "application/rss+xml")
@example(hostile.future_feed(), None)
def test_feed_parser_returns_entries_or_a_source_error(body: bytes, ctype: str | None) -> None:
    from bot.sources.feeds import parse_feed

    try:
        feed = parse_feed(body, "http://x.example/feed", ctype)
    except SourceError as exc:
        assert str(exc)
        return
    for entry in feed.entries:
        assert entry.key
        entry.text.encode("utf-8")  # storable: no lone surrogate
        (entry.title or "").encode("utf-8")


page_html = st.one_of(
    st.text(max_size=3000),
    news_text.map(lambda t: f"<html><head><title>{t[:60]}</title></head><body><article><p>{t}</p>"
                            f"<p>{t}</p></article></body></html>"),
    mutated(b"<html><body><article><h1>Toney</h1><p>" + hostile.STORY + b"</p><p>" + hostile.STORY
            + b"</p></article></body></html>").map(lambda b: b.decode("utf-8", "replace")),
)


@given(page_html)
def test_page_parser_returns_an_article_or_a_source_error(html: str) -> None:
    from bot.sources.pages import article_from_html

    try:
        article = article_from_html(html, "http://x.example/page", "http://x.example/page", None)
    except SourceError as exc:
        assert str(exc)
        return
    assert article.text.strip()


@given(st.one_of(st.binary(max_size=2000), news_text.map(lambda t: (" date 2024-01-18 " + t).encode("utf-8", "surrogatepass")),
                 mutated(b" date 2024-01-18 " + hostile.STORY)))
def test_seed_file_reader_returns_an_article_or_a_source_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "story.txt"
        path.write_bytes(raw)
        try:
            article = read_article_file(path, "story.txt", dt.date(2024, 1, 18))
        except SourceError as exc:
            assert str(exc)
            return
    assert article.text.strip()


@given(st.text(max_size=2000), st.none() | st.dates())
def test_seed_text_parser_returns_an_article_or_a_source_error(text: str, day: dt.date | None) -> None:
    with contextlib.suppress(SourceError):
        parse_article_text(text, "x.txt", day)


@given(st.one_of(st.text(max_size=3000), news_text))
@example(hostile.marks_text(3000))
@example('He said: "It is quiet." Then he left. (Express)')
def test_sentence_splitter_keeps_every_character_and_never_raises(text: str) -> None:
    from bot.extract.sentences import split_sentences, strip_header

    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    # Splitting only drops whitespace: the sentences hold every other character, in order.
    body = strip_header(text.replace("\r\n", "\n").replace("\r", "\n"))
    assert "".join("".join(s.split()) for s in sentences) == "".join(body.split())


@pytest.fixture(scope="module")
def gazetteer():
    from bot.knowledge import load_gazetteer

    return load_gazetteer(ROOT / "knowledge")


@given(st.one_of(news_text, st.text(max_size=2000)).map(lambda t: t[:2000]), st.dates(dt.date(1990, 1, 1)))
def test_extractor_returns_an_extraction_for_any_text(gazetteer, text: str, day: dt.date) -> None:
    from bot.extract.pipeline import extract

    if not text.strip():
        return
    extraction = extract(Article(text=text, date=day, origin="x"), gazetteer)
    for claim in extraction.claims:
        assert claim.player and claim.club


questions = st.one_of(news_text.map(lambda t: t[:400]), st.text(max_size=400),
                      st.sampled_from(["who wants itakura?", "any news on spurs", "are liverpool in for itakura",
                                       "what is itakura's release clause", "<@1> @everyone who wants ](x)"]))


@pytest.fixture
async def answer_store(rstore, rsettings):
    """The knowledge and the shipped seed articles: answers with suitors, citations and facts to render."""
    from bot.ingest import Ingestor

    async for _ in Ingestor(rstore, rsettings).ingest_files([str(ROOT / "knowledge" / "seeds")]):
        pass
    return rstore


@given(questions)
async def test_questions_get_an_answer_and_render_inert(answer_store, question: str) -> None:
    from bot.answer.compose import answer_question
    from bot.render.embeds import render_embeds
    from bot.render.text import render_text

    answer = await answer_question(answer_store, question)
    assert render_text(answer) is not None
    for embed in render_embeds(answer):
        text = f"{embed.title or ''}\n{embed.description or ''}"
        assert "@everyone" not in text and "@here" not in text


def _live(s: str, chars: str) -> list[str]:
    return [m.group(2) for m in re.finditer(r"(\\*)([" + re.escape(chars) + "])", s) if len(m.group(1)) % 2 == 0]


@given(st.one_of(st.text(max_size=500), news_text))
def test_clean_leaves_no_live_link_mention_or_markdown(text: str) -> None:
    from bot.render.embeds import clean

    out = clean(text, 200)
    assert len(out) <= 200
    assert _live(out, "[]<") == []
    assert "@everyone" not in out and "@here" not in out
