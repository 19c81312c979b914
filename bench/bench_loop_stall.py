"""The longest event-loop stall while hostile input is parsed off the loop (asyncio.to_thread), as the bot does.

    .venv/bin/python bench/bench_loop_stall.py

A thread posts a callback to the loop every 5 ms; the longest gap between two of them is the stall
(tests/discord/watchdog.py, the same watchdog as the SimCord test). Work
sent to to_thread still holds the GIL, so a regex that runs for seconds inside C stalls the loop just as
if it ran on it. Prints one line per input: its size, the parsing time and the worst stall.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.discord.watchdog import Watchdog  # noqa: E402
from tests.reliability import hostile  # noqa: E402


async def worst_stall(fn, *args) -> tuple[float, float, float]:
    """(parse seconds, worst stall, worst wall-clock gap): the stall counts only the CPU the process used
    during a gap, so that time the machine gave to other processes is not blamed on the parser."""
    with Watchdog(asyncio.get_running_loop()) as dog:
        t0 = time.perf_counter()
        try:
            await asyncio.to_thread(fn, *args)
        except Exception as exc:  # the old parsers raise on some of these; the stall is what is measured
            print(f"    ({type(exc).__name__})", end="")
        took = time.perf_counter() - t0
        await asyncio.sleep(0.02)
    return took, dog.worst, dog.worst_wall


async def main() -> None:
    from bot.extract.sentences import split_sentences
    from bot.sources.feeds import parse_feed

    cases = [
        ("feed, unclosed <guid> x 2,000", parse_feed, hostile.unclosed_guids_feed(2_000), "http://x/"),
        ("feed, unclosed <guid> x 8,000", parse_feed, hostile.unclosed_guids_feed(8_000), "http://x/"),
        ("sentences, 5,000 '.'", split_sentences, hostile.marks_text(5_000)),
        ("sentences, 20,000 '.'", split_sentences, hostile.marks_text(20_000)),
        ("feed, lone surrogate reference", parse_feed, hostile.surrogate_feed(), "http://x/"),
    ]
    for name, fn, *args in cases:
        print(f"{name:34}", end="", flush=True)
        took, stall, wall = await worst_stall(fn, *args)
        print(f"  parse {took * 1000:9.1f} ms   worst loop stall {stall * 1000:9.1f} ms "
              f"(wall-clock gap {wall * 1000:9.1f} ms)", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
