"""A per-user budget of questions, shared by every command that answers one (answers cost database work)."""

from __future__ import annotations

import time
from collections import defaultdict, deque


class UserRateLimit:
    """At most `rate` questions per user in any `per` seconds (monotonic clock)."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate, self.per = rate, per
        self._hits: dict[int, deque[float]] = defaultdict(deque)

    def retry_after(self, user_id: int) -> float:
        """0 when the user may ask now (and counts this question), else the seconds to wait."""
        now = time.monotonic()
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self.per:
            hits.popleft()
        if len(hits) >= self.rate:
            return self.per - (now - hits[0])
        hits.append(now)
        if len(self._hits) > 10_000:  # forget idle users
            for uid in [u for u, h in self._hits.items() if not h or now - h[-1] >= self.per]:
                del self._hits[uid]
        return 0.0
