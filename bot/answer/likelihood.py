"""How likely a live link (player, club) is to end in a completed move, with every weight shown.

The model is small on purpose, so a reader can redo it by hand (`transferbot explain-link`):

1. Each **independent source** behind the link's news reports (several outlets
   repeating one journalist are one source; an article crediting nobody is its own)
   brings evidence in log-odds: the weight of the furthest **stage** it reported
   (interest, talks, bid, agreement: STAGE_WEIGHT) times its **reliability**.
2. A source's reliability starts from its shipped **tier** (TIER_RELIABILITY) and moves
   toward its **measured record** (links that came true over links decided, from
   bot.answer.scorecards) as decided links accumulate: (prior * K + hits) / (K + decided).
3. Sources add up with diminishing returns (the strongest counts fully, the next half,
   then a quarter...): rumour mills copy each other, so ten tier-4 mentions stay weak
   while one tier-1 "here we go" is strong.
4. probability = logistic(PRIOR_LOGIT + evidence), then multiplied by a **freshness**
   factor: after GRACE_DAYS without a report the chance halves every HALF_LIFE_DAYS.

The constants are hand-set, not fitted: the dev set has too few decided links to fit
anything (bench/bench_likelihood.py prints its Brier score and reliability table).
Pure functions over claim-like rows; no database, no Discord.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.answer.records import Dated, Record
from bot.text import fold

LINK_KINDS = ("interest", "talks", "bid", "agreement")
STAGE = {"interest": 0, "talks": 1, "bid": 2, "agreement": 3}
STAGE_WEIGHT = {"interest": 0.6, "talks": 1.2, "bid": 1.6, "agreement": 3.2}
TIER_RELIABILITY = {1: 0.85, 2: 0.7, 3: 0.5, 4: 0.3}
UNKNOWN_RELIABILITY = 0.4  # a source with no shipped tier, or an article crediting nobody
RECORD_PRIOR_WEIGHT = 4.0  # K: how many decided links the tier is worth against the measured record
PRIOR_LOGIT = -2.2  # about 10%: most rumoured links never happen
CORROBORATION = 0.5  # each further independent source counts this much of the one before
GRACE_DAYS = 21
HALF_LIFE_DAYS = 45.0

LIKELY = 0.6
POSSIBLE = 0.3


class LinkClaim(Protocol):
    @property
    def player(self) -> str: ...
    @property
    def club(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def past(self) -> bool: ...
    @property
    def source(self) -> str | None: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def article_id(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def tier(self) -> int | None: ...


def label_for(probability: float) -> str:
    if probability >= LIKELY:
        return "likely"
    if probability >= POSSIBLE:
        return "possible"
    return "long shot"


def percent(probability: float) -> str:
    """'72%'; under half a percent is '<1%', never a flat 0% (nothing here is impossible)."""
    return "<1%" if probability < 0.005 else f"{round(100 * probability)}%"


def describe(probability: float) -> str:
    """'likely (72%)': the label and the number, as answers show it."""
    return f"{label_for(probability)} ({percent(probability)})"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One independent source's part in a likelihood."""

    source: str | None  # None: an article that credits nobody
    tier: int | None
    reliability: float
    record: Record | None  # its measured record, when it has one
    stage: str  # the furthest stage it reported
    latest: dt.date
    articles: tuple[str, ...]  # article ids behind it
    where: tuple[str, ...] = ()  # how to reach the articles: URL, else title or first words; never a path
    weight: float = 0.0  # the log-odds it adds, after the diminishing-returns factor
    factor: float = 1.0  # that factor (1, 0.5, 0.25, ...)

    @property
    def raw(self) -> float:
        return self.reliability * STAGE_WEIGHT[self.stage]


@dataclass(frozen=True, slots=True)
class Likelihood:
    player: str
    club: str
    probability: float
    stage: str  # furthest stage reported by any source
    latest: dt.date  # newest report
    age_days: int
    freshness: float  # the decay factor applied
    before_decay: float
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def label(self) -> str:
        return label_for(self.probability)

    def describe(self) -> str:
        return describe(self.probability)

    def as_dict(self) -> dict[str, object]:
        return {
            "player": self.player, "club": self.club, "probability": round(self.probability, 3),
            "label": self.label, "stage": self.stage, "latest": self.latest.isoformat(), "age_days": self.age_days,
            "freshness": round(self.freshness, 3), "before_decay": round(self.before_decay, 3),
            "prior_logit": PRIOR_LOGIT,
            "evidence": [{"source": e.source, "tier": e.tier, "reliability": round(e.reliability, 3),
                          "record": None if e.record is None else
                          {"came_true": e.record.came_true, "decided": e.record.decided},
                          "stage": e.stage, "latest": e.latest.isoformat(), "articles": list(e.articles),
                          "where": list(e.where),
                          "factor": e.factor, "weight": round(e.weight, 3)} for e in self.evidence],
        }


def reliability(tier: int | None, record: Record | None) -> float:
    """The tier's prior, moved toward the measured hit rate as decided links accumulate."""
    prior = TIER_RELIABILITY.get(tier, UNKNOWN_RELIABILITY) if tier is not None else UNKNOWN_RELIABILITY
    if record is None or record.decided <= 0:
        return prior
    return (prior * RECORD_PRIOR_WEIGHT + record.came_true) / (RECORD_PRIOR_WEIGHT + record.decided)


def _backers(claims: Sequence[LinkClaim]) -> dict[str, list[LinkClaim]]:
    """Claims grouped by the independent source behind them (the rule of shapes.independent_sources):
    an article's own outlet stands behind a claim only when the article credits nobody else."""
    credited: dict[str, set[str]] = {}
    for c in claims:
        if c.source and fold(c.source):
            credited.setdefault(c.article_id, set()).add(fold(c.source))
    out: dict[str, list[LinkClaim]] = {}
    for c in claims:
        names = credited.get(c.article_id)
        if not c.source or not fold(c.source):
            if names:
                continue  # the same article credits someone: theirs
            key = f"article:{c.article_id}"
        else:
            key = fold(c.source)
            outlet = fold(c.outlet) if c.outlet else None
            if outlet and key == outlet and names and len(names - {outlet}) > 0:
                continue  # the outlet only relays a credited source
        out.setdefault(key, []).append(c)
    return out


def _named(c: LinkClaim, limit: int = 70) -> str:
    """How a reader finds the article: its URL, else its title (or the claim's first words) in quotes, else
    its id; never the path it was read from (a file's `origin` is a path on the host)."""
    url = getattr(c, "url", None)
    if url:
        return url
    text = " ".join((getattr(c, "title", None) or getattr(c, "evidence", None) or "").split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f'"{text}"' if text else f"article {c.article_id[:10]}"


def _where(claims: Sequence[LinkClaim]) -> tuple[str, ...]:
    """Newest first, one per article: its URL, else its title or first words, else its id."""
    out: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: c.date, reverse=True):
        out.setdefault(c.article_id, _named(c))
    return tuple(out.values())


def likelihood(claims: Iterable[LinkClaim], today: dt.date, records: Mapping[str, Record] | None = None,
               tiers: Mapping[str, int | None] | None = None) -> Likelihood | None:
    """The likelihood of one link from its live news claims (link kinds, not past); None without any.

    `claims` are the link's claims from its live stretch (after the player's latest move);
    others (past, ended, completed) are ignored here: the caller decides liveness.
    `records` / `tiers` are keyed by folded source name; a claim's own `tier` is used when
    `tiers` does not know the source.
    """
    live = [c for c in claims if c.kind in STAGE and not c.past]
    if not live:
        return None
    records = records or {}
    tiers = tiers or {}
    evidence: list[Evidence] = []
    for key, cs in _backers(live).items():
        best = max(cs, key=lambda c: (STAGE[c.kind], c.date))
        named = not key.startswith("article:")
        tier = tiers.get(key, best.tier) if named else None
        record = records.get(key) if named else None
        evidence.append(Evidence(
            source=best.source if named else None, tier=tier, reliability=reliability(tier, record),
            record=record if record and record.decided else None, stage=best.kind,
            latest=max(c.date for c in cs), articles=tuple(sorted({c.article_id for c in cs})),
            where=_where(cs)))
    evidence.sort(key=lambda e: (-e.raw, -e.latest.toordinal(), e.source or ""))
    weighted = []
    for i, e in enumerate(evidence):
        factor = CORROBORATION ** i
        weighted.append(Evidence(e.source, e.tier, e.reliability, e.record, e.stage, e.latest, e.articles,
                                 e.where, weight=e.raw * factor, factor=factor))
    score = PRIOR_LOGIT + sum(e.weight for e in weighted)
    before = 1.0 / (1.0 + math.exp(-score))
    latest = max(c.date for c in live)
    age = max(0, (today - latest).days)
    freshness = 0.5 ** (max(0, age - GRACE_DAYS) / HALF_LIFE_DAYS)
    stage = max((c.kind for c in live), key=lambda k: STAGE[k])
    first = live[0]
    return Likelihood(first.player, first.club, before * freshness, stage, latest, age, freshness, before, weighted)


def explain(lk: Likelihood) -> list[str]:
    """The likelihood in lines a person can check by hand."""
    lines = [f"{lk.player} → {lk.club}: {lk.describe()}",
             f"Furthest stage reported: {lk.stage}; newest report {lk.latest.isoformat()} ({lk.age_days} days ago).",
             f"Start: {PRIOR_LOGIT:+.2f} in log-odds (about {round(100 / (1 + math.exp(-PRIOR_LOGIT)))}%: "
             "most rumoured links never happen)."]
    for e in lk.evidence:
        who = e.source or "an article crediting nobody"
        tier = f"tier {e.tier}" if e.tier is not None else "no tier"
        rec = (f", measured {e.record.came_true}/{e.record.decided} came true" if e.record else "")
        share = "" if e.factor == 1 else f" × {e.factor:g} (corroboration)"
        lines.append(f"+ {who} ({tier}{rec}): reliability {e.reliability:.2f} × {e.stage} "
                     f"{STAGE_WEIGHT[e.stage]:g}{share} = {e.weight:+.2f} · {len(e.articles)} article"
                     f"{'s' if len(e.articles) != 1 else ''}, latest {e.latest.isoformat()}")
        lines += [f"    {w}" for w in e.where[:3]]
    lines.append(f"= {round(100 * lk.before_decay)}% before freshness.")
    if lk.freshness < 1:
        factor = f"{lk.freshness:.2f}" if lk.freshness >= 0.01 else "<0.01"
        lines.append(f"Freshness: no report for {lk.age_days} days; after {GRACE_DAYS} days the chance halves "
                     f"every {HALF_LIFE_DAYS:g} days: × {factor} = {percent(lk.probability)}.")
    else:
        lines.append(f"Fresh (reported within {GRACE_DAYS} days): no decay.")
    return lines


# -- which reports are live, and the likelihoods of answers ------------------------------------

class PlayerClaim(Dated, Protocol):
    """What liveness reads of any claim about the player (a ClaimRow, or compose's Status)."""

    @property
    def club(self) -> str: ...


def live_claims(player_claims: Iterable[PlayerClaim], club: str) -> list[LinkClaim]:
    """The club's news link claims since the player's latest completed move and the club's latest `ended`
    (a club that walked away and came back starts again)."""
    from bot.answer.records import completion_date

    player_claims = list(player_claims)
    moves = [d for c in player_claims if (d := completion_date(c)) is not None]  # type: ignore[arg-type]
    since = max(moves) if moves else dt.date.min
    ended = [c.date for c in player_claims if c.club == club and c.kind == "ended" and not c.past]
    if ended:
        since = max(since, max(ended))
    return [c for c in player_claims  # type: ignore[misc]
            if c.club == club and c.kind in STAGE and not c.past and c.date > since]


def link_likelihood(player_claims: Iterable[PlayerClaim], club: str, today: dt.date,
                    records: Mapping[str, Record] | None = None) -> Likelihood | None:
    """The likelihood of (player, club) from every claim about the player; None when the link is not live."""
    return likelihood(live_claims(player_claims, club), today, records)


class Rated(Protocol):
    player: str
    club: str
    current: bool
    likelihood: float | None


def annotate(items: Iterable[Rated], claims_by_player: Mapping[str, Sequence[PlayerClaim]], today: dt.date,
             records: Mapping[str, Record] | None = None) -> None:
    """Set `likelihood` on each item that makes its club a current suitor (the others stay None)."""
    for it in items:
        if not it.current:
            continue
        lk = link_likelihood(claims_by_player.get(it.player, ()), it.club, today, records)
        it.likelihood = None if lk is None else round(lk.probability, 3)


async def link_report(store, player: str, club: str, today: dt.date) -> tuple[Likelihood | None, str]:
    """(the likelihood of a link by canonical names, or None with the reason in a sentence)."""
    from bot.answer.records import completion_date, load_records
    from bot.answer.shapes import ClaimRow

    ids = await store.player_ids([player])
    if not ids:
        return None, f"No reports about {player}."
    claims = [ClaimRow.from_row(r) for r in await store.claim_rows(player_ids=list(ids.values()))]
    lk = link_likelihood(claims, club, today, await load_records(store))
    if lk is not None:
        return lk, ""
    own = [c for c in claims if c.club == club]
    if not own:
        return None, f"No reports link {club} with {player}."
    moves = sorted((d, c.club) for c in claims if (d := completion_date(c)) is not None)
    if moves and moves[-1][1] == club:
        return None, f"{player} moved to {club} ({moves[-1][0].isoformat()}): the link is complete, not a rumour."
    if any(c.kind == "ended" and not c.past for c in own):
        return None, f"{club} are no longer in for {player}: their newest news is that it ended."
    if moves:
        return None, f"{player} moved to {moves[-1][1]} ({moves[-1][0].isoformat()}) since {club} were linked."
    return None, f"{club} and {player}: only history, no live report."
