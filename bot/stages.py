"""The claim kinds and how far each takes a link; shared by the models, the store and the answer core.

A module of its own (no pydantic) so that `transferbot ask`, which never imports
pydantic, and bot.models read the same constants.
"""

from __future__ import annotations

KINDS: tuple[str, ...] = ("interest", "talks", "bid", "agreement", "signed", "loan", "ended")
# The kinds that make a club a suitor while they are the club's newest news (cli.md's rule).
LINK_KINDS: frozenset[str] = frozenset({"interest", "talks", "bid", "agreement"})
# A completed move.
DONE_KINDS: frozenset[str] = frozenset({"signed", "loan"})
# How far a link has gone: picks a link's furthest stage; "ended" is no stage.
STAGE: dict[str, int] = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3, "signed": 4, "loan": 4, "ended": -1}
