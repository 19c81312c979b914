"""Builds a database straight from the dev evaluation's gold annotations (no extractor involved),
so question answering can be checked on realistic data while the extractor is still improving.

The annotations are read from a snapshot of the dev set in tests/fixtures/dev_gold (its README
says why), and `current_suitors` restates the rule of docs/cli.md that the scorer
applies to them, so these tests need nothing outside the project."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bot.knowledge import ClubInfo, Gazetteer, load_gazetteer
from bot.models import Amount, Article, Claim, Extraction, Fact
from bot.store import Store

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "dev_gold"
DONE = {"signed", "loan"}
LINK = {"interest", "talks", "bid", "agreement"}


def gold_files(dev: Path = DEV) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((dev / "gold").glob("*.json"))]


async def build_gold_store(path: Path, dev: Path = DEV, knowledge_dir: Path | None = None) -> Store:
    """The gold claims and facts; with `knowledge_dir`, over the shipped knowledge (every club, alias,
    manager and known player a fresh install has), as the scorer's database holds them."""
    store = await Store.open(path)
    if knowledge_dir is not None:
        await store.load_knowledge(load_gazetteer(knowledge_dir))
    golds = gold_files(dev)
    gaz = Gazetteer()
    clubs: dict[str, set[str]] = {}
    for g in golds:
        for name, aliases in g["entities"].get("clubs", {}).items():
            clubs.setdefault(name, set()).update(aliases)
        for name, aliases in g["entities"].get("players", {}).items():
            gaz.add_player(name, aliases)
    for name, aliases in clubs.items():
        gaz.add_club(ClubInfo(name=name, aliases=tuple(sorted(aliases))))
    await store.load_knowledge(gaz)
    for g in golds:
        day = dt.date.fromisoformat(g["date"])
        text = (dev / "articles" / g["file"]).read_text()
        article = Article(text=text, date=day, origin=f"articles/{g['file']}", url=g.get("url"))
        claims = [
            Claim(player=c["player"], club=c["club"], kind=c["kind"], past=c.get("past", False),
                  source=(c.get("sources") or [None])[0], date=day, event_date=c.get("event_date"))
            for c in g["claims"] if not c.get("optional")
        ]
        facts = []
        for f in g.get("facts", []):
            value = f["value"]
            if isinstance(value, dict):
                value = Amount.model_validate(value)
            facts.append(Fact(player=f["player"], fact=f["fact"], value=value, source=f.get("source"), date=day))
        await store.add_article(article, Extraction(claims=claims, facts=facts,
                                                    players=list(g["entities"].get("players", {}))))
    return store


def current_suitors(golds: list[dict], player: str) -> set[str]:
    """The clubs still in for `player` by cli.md: a club whose newest claim that is news (neither past
    nor optional) is a link kind (`ended` wins on the same date) and newer than the player's latest
    completed move; the club he moved to is his club, not a suitor."""
    moves: list[tuple[str, str]] = []  # (when, club) of completed moves with a known date
    for g in golds:
        for c in g.get("claims", []):
            if c["player"] != player or c.get("optional") or c["kind"] not in DONE:
                continue
            when = c.get("event_date") or (None if c.get("past") else g["date"])
            if when:
                moves.append((str(when), c["club"]))
    last_move, moved_to = max(moves) if moves else ("", None)
    newest: dict[str, tuple[str, str]] = {}
    for g in golds:
        for c in g.get("claims", []):
            if c["player"] != player or c.get("past") or c.get("optional"):
                continue
            day = g["date"]
            if last_move and day[:len(last_move)] <= last_move:
                continue  # a report from before his latest move is superseded by it
            prev = newest.get(c["club"])
            if prev is None or day > prev[0] or (day == prev[0] and c["kind"] == "ended"):
                newest[c["club"]] = (day, c["kind"])
    return {club for club, (_, kind) in newest.items() if kind in LINK and club != moved_to}
