"""How well the likelihood (bot.answer.likelihood) separates links that came true from those that died,
on the dev evaluation set's gold claims: a Brier score, a reliability table and the ranking (AUC).

    .venv/bin/python bench/bench_likelihood.py [DEV_DIR]

DEV_DIR defaults to ../shared/eval/dev when it is there, else the snapshot in
tests/fixtures/dev_gold. Every link (player, club) with a news report of a link kind
is followed to its outcome by bot.answer.scorecards.link_outcome (a later signed/loan
by that club = came true; an `ended`, or the player moving elsewhere = died; else open).
For each decided link the likelihood is computed as the reader would have seen it:

- "before": on the day before the decision, from the reports dated before it. Links
  whose only reports came in the article that also decided them cannot be forecast
  this way and are counted, not scored.
- "same day": on the decision day, from every link report up to it (the deciding
  claims themselves removed). This scores more links, but the reports written in the
  deciding article already know the outcome, so it flatters the model.

Source records are left-one-out (each link scored against records that exclude it),
so a source's record never already knows the answer being checked. The dev set is
small: read the figures as a sanity check of direction, not as a calibration.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answer.likelihood import likelihood  # noqa: E402
from bot.answer.records import Record  # noqa: E402
from bot.answer.scorecards import (  # noqa: E402
    LINK_KINDS,
    SourceInfo,
    build_scorecards,
    card_line,
    link_outcome,
    sorted_cards,
)
from bot.knowledge import load_gazetteer  # noqa: E402
from bot.text import fold  # noqa: E402

BINS = ((0.0, 0.3, "long shot"), (0.3, 0.6, "possible"), (0.6, 1.01, "likely"))


@dataclass(frozen=True)
class GoldClaim:
    player: str
    club: str
    kind: str
    past: bool
    source: str | None
    date: dt.date
    event_date: str | None
    article_id: str
    outlet: str | None
    tier: int | None
    url: str | None = None
    origin: str | None = None


def dev_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    shared = ROOT.parent / "shared" / "eval" / "dev"
    return shared if (shared / "gold").is_dir() else ROOT / "tests" / "fixtures" / "dev_gold"


def load_claims(dev: Path, tiers: dict[str, int | None]) -> list[GoldClaim]:
    out = []
    for path in sorted((dev / "gold").glob("*.json")):
        g = json.loads(path.read_text())
        day = dt.date.fromisoformat(g["date"])
        for c in g["claims"]:
            if c.get("optional"):
                continue
            for source in c.get("sources") or [None]:
                out.append(GoldClaim(c["player"], c["club"], c["kind"], bool(c.get("past")), source, day,
                                     c.get("event_date"), g["file"], None, tiers.get(fold(source or "")),
                                     origin=g["file"]))
    return out


def scored_links(claims: list[GoldClaim], tiers: dict[str, int | None], same_day: bool
                 ) -> tuple[list[tuple[float, int, str]], int, int]:
    """([(probability, came true 0/1, label)], open links, decided links that could not be forecast)."""
    by_player: dict[str, list[GoldClaim]] = {}
    for c in claims:
        by_player.setdefault(c.player, []).append(c)
    links = sorted({(c.player, c.club) for c in claims if c.kind in LINK_KINDS and not c.past})
    out, open_, unforecast = [], 0, 0
    for player, club in links:
        reports = [c for c in by_player[player] if c.club == club and c.kind in LINK_KINDS and not c.past]
        first = min(c.date for c in reports)
        outcome = link_outcome(by_player[player], club, first)
        if outcome.status == "open" or outcome.when is None:
            open_ += 1
            continue
        when = outcome.when
        seen = [c for c in reports if (c.date <= when if same_day else c.date < when)]
        if not seen:
            unforecast += 1
            continue
        cards = build_scorecards(claims, exclude=(player, club))
        records = {k: Record(card.came_true, card.decided) for k, card in cards.items()}
        as_of = when if same_day else when - dt.timedelta(days=1)
        lk = likelihood(seen, as_of, records, tiers)
        assert lk is not None
        out.append((lk.probability, int(outcome.status == "true"), f"{player} → {club}"))
    return out, open_, unforecast


def brier(rows: list[tuple[float, int, str]]) -> float:
    return sum((p - y) ** 2 for p, y, _ in rows) / len(rows)


def auc(rows: list[tuple[float, int, str]]) -> float | None:
    pos = [p for p, y, _ in rows if y]
    neg = [p for p, y, _ in rows if not y]
    if not pos or not neg:
        return None
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def report(name: str, rows: list[tuple[float, int, str]], open_: int, unforecast: int) -> None:
    print(f"\n## {name}")
    print(f"decided links scored: {len(rows)} (came true {sum(y for _, y, _ in rows)}, "
          f"died {sum(1 - y for _, y, _ in rows)}); open links: {open_}; decided but not forecastable: {unforecast}")
    if not rows:
        return
    base = sum(y for _, y, _ in rows) / len(rows)
    print(f"Brier score: {brier(rows):.3f}  (always saying the base rate {base:.2f}: "
          f"{sum((base - y) ** 2 for _, y, _ in rows) / len(rows):.3f}; always 50%: 0.250)")
    a = auc(rows)
    print(f"AUC (chance a link that came true is rated above one that died): {'n/a' if a is None else f'{a:.2f}'}")
    print("| label | predicted | links | mean predicted | came true |")
    print("|---|---|---|---|---|")
    for lo, hi, label in BINS:
        inside = [(p, y) for p, y, _ in rows if lo <= p < hi]
        if inside:
            mean = sum(p for p, _ in inside) / len(inside)
            hits = sum(y for _, y in inside)
            print(f"| {label} | {lo:.0%}–{min(hi, 1):.0%} | {len(inside)} | {mean:.0%} | "
                  f"{hits}/{len(inside)} ({hits / len(inside):.0%}) |")
        else:
            print(f"| {label} | {lo:.0%}–{min(hi, 1):.0%} | 0 | – | – |")
    for p, y, name_ in sorted(rows, key=lambda r: -r[0]):
        print(f"  {p:5.0%}  {'came true' if y else 'died     '}  {name_}")


def main() -> None:
    dev = dev_dir()
    gaz = load_gazetteer(ROOT / "knowledge")
    tiers = {fold(s.name): s.tier for s in gaz.sources.values()}
    claims = load_claims(dev, tiers)
    print(f"dev set: {dev} · {len({c.article_id for c in claims})} articles · {len(claims)} claim-sources")
    infos = {fold(s.name): SourceInfo(s.name, s.kind, s.outlet, s.tier) for s in gaz.sources.values()}
    cards = sorted_cards(build_scorecards(claims, infos).values())
    print("\n## the gold's source scorecards (as `transferbot sources` computes them)")
    print(f"{len(cards)} sources credited with a link; those with any decided:")
    for card in cards:
        if card.decided or card.same_day:
            print(f"  {card_line(card)}")
    for same_day, name in ((False, "before the decision (reports dated before it)"),
                           (True, "on the decision day (the deciding article's other reports included)")):
        rows, open_, unforecast = scored_links(claims, tiers, same_day)
        report(name, rows, open_, unforecast)


if __name__ == "__main__":
    main()
