"""An event-loop watchdog for the Discord tests: how long the bot's loop went without running anything.

A thread posts a callback to the loop every few milliseconds; the loop notes the real time each one runs.
The longest gap between two of them is the longest the loop was blocked: by work on the loop itself, or
by a worker thread holding the GIL (asyncio.to_thread does not help against a regex that runs for
seconds inside C). The simulator's clock is virtual, so neither timers nor time.monotonic can measure
this: perf_counter and a real thread do.

A shared machine can deschedule the whole process for a while, which no code of ours causes: a gap counts
as a stall only for the CPU time the process used during it (process_time), so a process that was
merely waiting for a core is not blamed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Watchdog:
    loop: asyncio.AbstractEventLoop
    period: float = 0.005
    _stop: threading.Event = field(default_factory=threading.Event)
    _last: tuple[float, float] | None = None  # (perf_counter, process_time) of the latest tick
    worst: float = 0.0  # the longest stall, seconds
    worst_wall: float = 0.0  # the longest gap in real time, whatever the process did meanwhile
    ticks: int = 0

    def _tick(self) -> None:
        now = (time.perf_counter(), time.process_time())
        if self._last is not None:
            wall = now[0] - self._last[0]
            cpu = now[1] - self._last[1]
            self.worst_wall = max(self.worst_wall, wall)
            self.worst = max(self.worst, min(wall, cpu))
        self._last = now
        self.ticks += 1

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.loop.call_soon_threadsafe(self._tick)
            except RuntimeError:  # the loop closed
                return
            time.sleep(self.period)

    def __enter__(self) -> Watchdog:
        # From now: a stall that starts before the loop runs its first tick counts too.
        self._last = (time.perf_counter(), time.process_time())
        self._thread = threading.Thread(target=self._run, name="loop-watchdog", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
