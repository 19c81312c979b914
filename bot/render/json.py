"""The `ask --json` shape of ../shared/spec/cli.md, exactly (a few extra keys are allowed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # reads bot.models' answers and bot.answer.shapes' alike (same fields)
    from bot.models import Answer, AnswerFact, Citation, Item


def _value(v: Any) -> Any:
    if hasattr(v, "describe"):  # an amount (bot.models.Amount or bot.answer.shapes.Money)
        return {k: (int(x) if isinstance(x, float) and x.is_integer() else x)
                for k, x in v.model_dump().items()}
    return v


def citation_json(c: Citation) -> dict:
    return {"source": c.source, "date": c.date.isoformat(), "origin": c.origin, "article_id": c.article_id,
            "url": c.url, "title": c.title, "tier": c.tier}


def item_json(it: Item) -> dict:
    return {"player": it.player, "club": it.club, "kind": it.kind, "past": it.past, "current": it.current,
            "latest": it.latest.isoformat(), "first": it.first.isoformat(), "reports": it.reports,
            "sources": [citation_json(c) for c in it.sources],
            "independent_sources": it.independent_sources,
            "amount": _value(it.amount) if it.amount else None,
            "likelihood": getattr(it, "likelihood", None)}


def fact_json(f: AnswerFact) -> dict:
    return {"player": f.player, "fact": f.fact, "value": _value(f.value), "source": f.source,
            "date": f.date.isoformat(),
            "origin": f.citation.origin if f.citation else None,
            "article_id": f.citation.article_id if f.citation else None}


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "intent": answer.intent,
        "players": list(answer.players),
        "clubs": list(answer.clubs),
        "items": [item_json(it) for it in answer.items],
        "facts": [fact_json(f) for f in answer.facts],
        "suggestions": list(answer.suggestions),
        "text": answer.text,
        "ambiguous": [list(a) for a in answer.ambiguous],
        "fact_asked": answer.fact_asked,
    }
