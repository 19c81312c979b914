"""Sentence splitting that survives transfer-news prose.

News copy is full of full stops that do not end sentences ("Man Utd.", "£4.5m",
"No. 3", "U.S. Sassuolo", "Jan. 6"), quotes that close after the stop, and
paragraphs (headlines, crossheads) with no final punctuation at all. A trailing
"(Express)" in a gossip column belongs to the sentence before it, because it
credits that item.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import NEWS_AGENCIES

# Seed files start with " date YYYY-MM-DD "; the sources layer normally strips it,
# but the extractor must not see it as part of the first sentence either way.
_SEED_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "vs", "v", "etc", "utd", "fc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "inc", "ltd", "co", "corp", "est", "mt", "ft", "gen", "col", "sgt", "prof",
    "rev", "gov", "sen", "rep", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "al", "cf",
})

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, spaces.
# Linear on any text: a match starts only at the first mark of a run (the lookbehind) and the
# possessive quantifiers never give back what they took. Without them a run of 20,000 dots took
# seconds: every dot started a match that scanned the rest of the run. The matches are the same,
# since what follows a run of marks (a quote or a space) can never be a mark.
_BOUNDARY = re.compile(r"(?<![.!?])([.!?]++)([\"'”’»)\]]*+)(\s+)")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")
_SOURCE_TAIL = re.compile(r"^\([^()]{2,80}\)\s*$")
_AGENCY_NEXT = re.compile(rf"\((?:{NEWS_AGENCIES})\)\s*[-–—]")
_CLUB_ORDINAL_NEXT = re.compile(r"(?:[A-Z]{2,4}|VfL|VfB|VfR)\b")


def strip_header(text: str) -> str:
    return _SEED_HEADER.sub("", text, count=1)


def _word_before(para: str, end: int) -> str:
    """The run of word characters and dots that ends at `end` (what r"([\\w.]+)$" finds in
    para[:end]), found by stepping back from `end` instead of searching the whole prefix."""
    if end and para[end - 1] == "\n":  # "$" also matches before a final newline
        end -= 1
    i = end
    while i > 0:
        c = para[i - 1]
        if c == "." or c == "_" or c.isalnum():
            i -= 1
        else:
            break
    return para[i:end]


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    punct = m.group(1)
    if m.end() >= len(para):
        return True
    nxt = para[m.end()]  # one character: slicing off the rest of the paragraph per candidate is quadratic
    if punct.startswith("."):
        w = _word_before(para, m.start()).lower()
        if w.rstrip(".") in _ABBREVIATIONS or w in _ABBREVIATIONS:
            # "No. 3", "Man Utd. have" - an abbreviation, unless what follows clearly starts
            # a new sentence (a quote or a capitalised word after a closing quote).
            return bool(m.group(2)) and nxt.isupper()
        if len(w) == 1 and w.isalpha() and para[m.start() - 1].isupper():
            return False  # an initial: "J. Smith"
        if _DOTTED.fullmatch(w):
            return False  # "U.S.", "e.g."
        if w.isdigit() and len(w) == 1 and _CLUB_ORDINAL_NEXT.match(para, m.end()):
            return False  # "1. FC Köln", "1. FFC Frankfurt": the ordinal of a German club's name
        if nxt == "(" and _AGENCY_NEXT.match(para, m.end()):
            return False  # "CHESTER, Pa. (AP) — ...": a dateline's state, not a sentence's end
    # The next sentence starts with a capital, a digit, a quote or a bracket.
    return nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(«[£€$"


def split_paragraph(para: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(para):
        if not _is_boundary(para, m):
            continue
        end = m.start(3)
        piece = para[start:end].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = para[start:].strip()
    if tail:
        out.append(tail)
    # "(Express)" closing a gossip item credits that item: keep it on the last sentence.
    merged: list[str] = []
    for s in out:
        if merged and _SOURCE_TAIL.match(s):
            merged[-1] = f"{merged[-1]} {s}"
        else:
            merged.append(s)
    return merged


def split_paragraphs(text: str) -> list[list[str]]:
    """Sentences grouped by paragraph (a gossip item's credit applies to its paragraph)."""
    text = strip_header(text.replace("\r\n", "\n").replace("\r", "\n"))
    paras = []
    for para in _PARAGRAPH.split(text):
        para = " ".join(para.split())
        if para:
            sents = split_paragraph(para)
            if sents:
                paras.append(sents)
    return paras


def split_sentences(text: str) -> list[str]:
    """Every sentence of an article, in order."""
    return [s for para in split_paragraphs(text) for s in para]
