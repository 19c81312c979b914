"""Articles from files: the seed format, and plain text with a date given by the user.

A file that is empty, binary, not UTF-8, over the size cap or without a date is
refused with a reason (SourceError) and never stops the other sources.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.models import Article
from bot.sources.errors import SourceError

# ` date 2024-01-18 Liverpool and Tottenham ...`: the seed format's first line.
_SEED_HEADER = re.compile(r"^\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


@dataclass(frozen=True, slots=True)
class FileEntry:
    origin: str
    path: Path


def expand(source: str) -> Iterator[FileEntry]:
    """A file stands for itself; a directory for every visible entry in it, sorted by name, so that what
    cannot be read (a subdirectory, a FIFO, a dangling link, a link loop) gets its own failed line from
    `read_article_file` instead of being skipped in silence. Hidden files are skipped."""
    path = Path(source)
    if source.strip() and path.is_dir():
        for child in sorted(path.iterdir(), key=lambda p: p.name):
            if child.name.startswith("."):
                continue
            yield FileEntry(os.path.join(source, child.name), child)
    else:
        yield FileEntry(source, path)


def parse_article_text(text: str, origin: str, date: dt.date | None = None, **meta: str | None) -> Article:
    """Seed-format text carries its date; plain text needs `date`."""
    m = _SEED_HEADER.match(text)
    if m:
        try:
            day = dt.date.fromisoformat(m.group(1))
        except ValueError as exc:
            raise SourceError(f"bad date in the header: {m.group(1)}") from exc
        body = text[m.end():]
    elif date is not None:
        day, body = date, text.lstrip("\ufeff")
    else:
        raise SourceError("no date: the file is not in the seed format; give --date YYYY-MM-DD")
    body = body.strip()
    if not body:
        raise SourceError("empty article")
    return Article(text=body, date=day, origin=origin, url=meta.get("url"),
                   title=meta.get("title") or headline(body), outlet=meta.get("outlet"))


def headline(body: str, limit: int = 120) -> str:
    """What a fan can call an article read from a file: its first line (the seed format's first sentence),
    cut at a word when long. Answers cite it by this, never by the file's path."""
    first = " ".join(body.split("\n", 1)[0].split())
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def read_article_file(path: Path, origin: str, date: dt.date | None = None,
                      max_bytes: int = 5 * 1024 * 1024) -> Article:
    if not str(origin).strip():
        raise SourceError("empty path")  # Path("") is ".": it would read the current directory
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise SourceError("a dangling symbolic link" if path.is_symlink() else "no such file or directory") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SourceError("a symbolic link loop") from exc
        raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    size = st.st_size
    if stat.S_ISDIR(st.st_mode):
        raise SourceError("a directory inside a directory: not read (give it as a source of its own)")
    if not stat.S_ISREG(st.st_mode):
        raise SourceError("not a regular file (a FIFO, socket or device)")
    if size > max_bytes:
        raise SourceError(f"too large: {size:,} bytes (the limit is {max_bytes:,})")
    if size == 0:
        raise SourceError("empty file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in raw[:8192]:
        raise SourceError("binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise SourceError("empty file")
    if _looks_like_html(text):
        from bot.sources.pages import article_from_html  # HTML saved to disk reads like a web page

        return article_from_html(text, origin=origin, url=None, default_date=date)
    return parse_article_text(text, origin, date)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")
