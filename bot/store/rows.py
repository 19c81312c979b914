"""Row shapes shared by every store backend: what an add returns, and the claim and fact rows read back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.text import fold

if TYPE_CHECKING:
    from bot.models import Amount, Claim, FactValue, StoredClaim, StoredFact


@dataclass(slots=True)
class AddResult:
    article_id: str
    status: str  # "new" | "duplicate"
    claims: int = 0
    facts: int = 0
    claim_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RemovedArticle:
    """An article an admin removed (migration 009): ingest does not store it again until it is restored."""

    id: str
    url: str | None
    origin: str
    title: str | None
    removed_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ

    def reason(self) -> str:
        """Why ingest did not store it, and how to allow it again (the `error` of its ingest line)."""
        return (f"removed by an admin on {self.removed_at[:10]}; "
                f"`transferbot articles restore {self.id}` to allow it again")


_CLAIM_SELECT = """
SELECT c.id, p.name, cl.name, c.kind, c.past, s.name, c.date, c.event_date, c.currency,
       c.amount_min, c.amount_max, c.evidence, a.origin, a.id, a.url, a.title, s.tier, c.stored_at,
       a.outlet
FROM claims c
JOIN players p ON p.id = c.player_id
JOIN clubs cl ON cl.id = c.club_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = c.source_id
"""

_FACT_SELECT = """
SELECT p.name, f.fact, f.value, s.name, f.date, f.evidence, a.origin, a.id, a.url, a.title, s.tier
FROM facts f
JOIN players p ON p.id = f.player_id
JOIN articles a ON a.id = f.article_id
LEFT JOIN sources s ON s.id = f.source_id
"""


def _amount(currency: str | None, lo: float | None, hi: float | None) -> Amount | None:
    from bot.models import Amount

    if not currency:
        return None
    return Amount(currency=currency, min=lo, max=hi)  # type: ignore[arg-type]


def _claim_row(r: Sequence[Any]) -> StoredClaim:
    from bot.models import StoredClaim

    return StoredClaim(
        id=r[0], player=r[1], club=r[2], kind=r[3], past=bool(r[4]), source=r[5],
        date=dt.date.fromisoformat(r[6]), event_date=r[7], amount=_amount(r[8], r[9], r[10]),
        evidence=r[11], origin=r[12], article_id=r[13], url=r[14], title=r[15], tier=r[16], stored_at=r[17],
        outlet=r[18],
    )


def _fact_value(raw: str) -> FactValue:
    from bot.models import Amount

    value = json.loads(raw)
    if isinstance(value, dict):
        return Amount.model_validate(value)
    return value


def _fact_row(r: Sequence[Any]) -> StoredFact:
    from bot.models import StoredFact

    return StoredFact(
        player=r[0], fact=r[1], value=_fact_value(r[2]), source=r[3], date=dt.date.fromisoformat(r[4]),
        evidence=r[5], origin=r[6], article_id=r[7], url=r[8], title=r[9], tier=r[10],
    )

def dedupe_claims(claims: Iterable[Claim]) -> list[Claim]:
    """One row per (player, club, kind, past, source) in an article: the first sentence that said it."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (fold(c.player), fold(c.club), c.kind, c.past, fold(c.source))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out

