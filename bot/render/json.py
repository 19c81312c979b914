"""The `ask --json` shape of docs/cli.md, exactly, plus a few extra keys (the contract allows them):
`summary`, the sentences that answer first, `links`, one object per (player, club) with the facts
the text and the embeds state, and `likelihood` on live items and links (bot.answer.likelihood)."""

from __future__ import annotations

from typing import Any

from bot.answer.links import LinkSummary, Report
from bot.answer.shapes import Answer, AnswerFact, Citation, Item
from bot.render.text import render_text


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
            "likelihood": it.likelihood}


def fact_json(f: AnswerFact) -> dict:
    return {"player": f.player, "fact": f.fact, "value": _value(f.value), "source": f.source,
            "date": f.date.isoformat(),
            "origin": f.citation.origin if f.citation else None,
            "article_id": f.citation.article_id if f.citation else None}


def report_json(r: Report) -> dict:
    return {"article_id": r.article_id, "date": r.date.isoformat(), "credits": [c.name for c in r.credits],
            "url": r.url, "title": r.title, "evidence": r.evidence}


def link_json(link: LinkSummary) -> dict:
    return {"player": link.player, "club": link.club, "status": link.status, "stage": link.stage,
            "path": link.path, "first": link.first.isoformat(), "latest": link.latest.isoformat(),
            "reports": link.reports, "independent_sources": link.independent_sources,
            "amount": _value(link.amount) if link.amount else None, "likelihood": link.likelihood,
            "citations": [report_json(r) for r in link.citations]}


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "intent": answer.intent,
        "players": list(answer.players),
        "clubs": list(answer.clubs),
        "items": [item_json(it) for it in answer.items],
        "facts": [fact_json(f) for f in answer.facts],
        "suggestions": list(answer.suggestions),
        "summary": answer.summary,
        "text": render_text(answer),
        "links": [link_json(link) for link in answer.links],
        "ambiguous": [list(a) for a in answer.ambiguous],
        "fact_asked": answer.fact_asked,
    }
