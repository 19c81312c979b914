"""Reading article files: the seed format, plain text with --date, and every kind of bad file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.sources.errors import SourceError
from bot.sources.files import expand, parse_article_text, read_article_file


def test_seed_header_gives_date_and_strips_itself(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date 2024-01-18 Liverpool are keen on Ko Itakura.\n\nMore text.", encoding="utf-8")
    article = read_article_file(f, "a.txt")
    assert article.date == dt.date(2024, 1, 18)
    assert article.text.startswith("Liverpool are keen")
    assert article.origin == "a.txt"


def test_plain_text_takes_the_given_date() -> None:
    article = parse_article_text("Everton have opened talks with Udinese.", "x.txt", dt.date(2023, 8, 1))
    assert article.date == dt.date(2023, 8, 1)


def test_plain_text_without_date_is_refused_with_a_reason() -> None:
    with pytest.raises(SourceError, match="--date"):
        parse_article_text("Everton have opened talks with Udinese.", "x.txt")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 news".encode("latin-1"), "UTF-8"),
        (b" date 2024-13-45 Bad date.", "bad date"),
        (b" date 2024-01-01 ", "empty article"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(SourceError, match=reason):
        read_article_file(f, "bad.txt", dt.date(2024, 1, 1))


def test_file_over_the_cap_is_refused_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_bytes(b" date 2024-01-01 " + b"a" * 2048)
    with pytest.raises(SourceError, match="too large"):
        read_article_file(f, "huge.txt", max_bytes=1024)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        read_article_file(tmp_path / "nope.txt", "nope.txt")


def test_directory_expands_to_its_files_with_joined_origins(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    (d / "b.txt").write_text("x")
    (d / "a.txt").write_text("x")
    (d / ".hidden").write_text("x")
    (d / "sub").mkdir()
    entries = list(expand(str(d) + "/"))
    # The subdirectory is listed so that it gets a line of its own (issue 15), not skipped in silence.
    assert [e.origin for e in entries] == [f"{d}/a.txt", f"{d}/b.txt", f"{d}/sub"]
    with pytest.raises(SourceError, match="a directory inside a directory"):
        read_article_file(entries[-1].path, entries[-1].origin)
