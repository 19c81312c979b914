"""Time per input size is bounded: doubling a hostile input at most ~2.5x the time (issue 15).

A ratio, never an absolute time: each case grows its input until one run takes at least MIN_SECONDS of
this thread's CPU (thread_time, so other processes on a shared machine count for little), then times
the input four times as big and takes the square root of the ratio: the factor per doubling. Linear
work doubles (2x); quadratic work quadruples (4x), which is what a backtracking regex did here: the
<guid> scan took 29 s on 8,000 unclosed tags and the sentence splitter 96 s on 80 KB of dots. Two
doublings instead of one halve the effect of noise; each time is the best of a few runs, with the
garbage collector paused (its passes come at allocation counts, not in proportion to the work), and a
case is measured again (up to three times) when a busy machine spoiled a measurement: linear work
passes at once, quadratic work fails every time.
"""

from __future__ import annotations

import contextlib
import gc
import math
import time
from collections.abc import Callable

import pytest

from tests.reliability import hostile

MAX_RATIO = 2.5
MIN_SECONDS = 0.02
MAX_SIZE = 1 << 21
RUNS = 3
ATTEMPTS = 3


def _best(fn: Callable[[], object]) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(RUNS):
            t0 = time.thread_time()
            fn()
            best = min(best, time.thread_time() - t0)
    finally:
        gc.enable()
    return best


def _parse_feed(body: bytes) -> None:
    from bot.sources.errors import SourceError
    from bot.sources.feeds import parse_feed

    with contextlib.suppress(SourceError):
        parse_feed(body, "http://x.example/feed")


def _split(text: str) -> None:
    from bot.extract.sentences import split_sentences

    split_sentences(text)


def _html_to_text(text: str) -> None:
    from bot.sources.pages import html_to_text

    html_to_text(text)


def _clean(text: str) -> None:
    from bot.render.embeds import inert

    inert(text)


def _extract(text: str) -> None:
    import datetime as dt
    from pathlib import Path

    from bot.extract.pipeline import extract
    from bot.knowledge import load_gazetteer
    from bot.models import Article

    extract(Article(text=text, date=dt.date(2024, 1, 1), origin="x"),
            load_gazetteer(Path(__file__).resolve().parents[2] / "knowledge"))


def _guid_scan(body: bytes) -> None:
    from bot.sources.feeds import _relative_guids

    _relative_guids(body, "http://x.example/feed")


# (name, the function, the input of size n)
CASES: list[tuple[str, Callable, Callable[[int], object]]] = [
    ("guid scan: unclosed <guid>", _guid_scan, lambda n: b"<rss>" + b"<guid>" * n),
    ("guid scan: <guid> without >", _guid_scan, lambda n: b"<guid " * n + b"</guid>"),
    ("feed: unclosed <guid> in an entry", _parse_feed, hostile.unclosed_guids_feed),
    ("feed: surrogate references", _parse_feed,
     lambda n: hostile.feed(hostile.item("x", "http://x.example/a", hostile.STORY + b"&#xD800;" * n))),
    ("sentences: a run of dots", _split, lambda n: hostile.marks_text(n * 4, ".")),
    ("sentences: a run of ?!", _split, lambda n: hostile.marks_text(n * 4, "?!")),
    ("sentences: dots and closing quotes", _split, lambda n: "x" + '."' * n * 2),
    ("sentences: one-letter sentences", _split, lambda n: "A. " * n),
    ("sentences: abbreviations", _split, lambda n: "Man Utd. want No. 3 " * n),
    ("html fragment: unclosed <", _html_to_text, lambda n: "\x00" + "<a" * n),
    ("markdown escape: brackets and backslashes", _clean, lambda n: "\\[<]" * n),
    ("extractor: one endless sentence", _extract,
     lambda n: "Liverpool want Ivan Toney and Arsenal bid for Declan Rice, " * n + "end."),  # 15 KB at the start
    ("extractor: many short sentences", _extract,
     lambda n: "Liverpool want Ivan Toney. Arsenal bid for Declan Rice. " * max(1, n // 40)),
]


@pytest.mark.parametrize("name, fn, make", CASES, ids=[c[0] for c in CASES])
def test_doubling_the_input_at_most_doubles_the_time(name: str, fn: Callable, make: Callable) -> None:
    n = 256
    while n < MAX_SIZE:  # one run per size while growing: only the two sizes compared are timed carefully
        data = make(n)
        t0 = time.thread_time()
        fn(data)
        if time.thread_time() - t0 >= MIN_SECONDS:
            break
        n *= 2
    # work that stays under MIN_SECONDS up to MAX_SIZE is no blow-up; compare it within MAX_SIZE, where
    # allocating tens of megabytes (page faults, caches) does not pass for superlinear work
    n = min(n, MAX_SIZE // 4)
    small_input, big_input = make(n), make(4 * n)
    ratios = []
    for _ in range(ATTEMPTS):  # a busy machine can spoil one measurement; quadratic work fails them all
        small = _best(lambda: fn(small_input))
        big = _best(lambda: fn(big_input))
        ratios.append(math.sqrt(big / max(small, 1e-9)))
        if ratios[-1] <= MAX_RATIO:
            return
    raise AssertionError(f"{name}: {n} -> {4 * n} characters: {', '.join(f'{r:.2f}' for r in ratios)}x the time "
                         f"per doubling (at most {MAX_RATIO})")
