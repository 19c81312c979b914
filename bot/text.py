"""Text normalisation shared by the extractor, the store and the resolver."""

from __future__ import annotations

import functools
import re
import unicodedata

_SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                          "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "’": "'", "‘": "'"})
_POSSESSIVE = re.compile(r"'s\b")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def strip_accents(s: str) -> str:
    """'Mönchengladbach' -> 'Monchengladbach', keeping case."""
    s = s.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str | None) -> str:
    """Key for matching names: accents folded, lowercase, punctuation to spaces, spaces squeezed."""
    if not s:
        return ""
    s = _POSSESSIVE.sub("", strip_accents(s).lower()).replace("&", " and ")
    s = _NON_ALNUM.sub(" ", s)
    return " ".join(s.split())


def normalise_article_text(text: str) -> str:
    """The text an article's identity is computed from: NFC, quotes unified, whitespace squeezed."""
    text = unicodedata.normalize("NFC", text).translate(_SPECIAL)
    return _SPACES.sub(" ", text).strip().lower()
