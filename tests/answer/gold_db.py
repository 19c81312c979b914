"""Builds a database straight from the dev evaluation's gold annotations (no extractor involved),
so question answering can be checked on realistic data while the extractor is still improving."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bot.knowledge import ClubInfo, Gazetteer, load_gazetteer
from bot.models import Amount, Article, Claim, Extraction, Fact
from bot.store import Store

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"


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
