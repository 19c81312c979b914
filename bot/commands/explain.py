"""`transferbot explain [--db] [--date] [--json] FILE|URL`: why the bot believes what it read.

For one article (or each entry of a feed) every claim and fact the extractor finds, with
the sentence it came from and the rule row that produced it. Nothing is stored.
"""

from __future__ import annotations

import argparse
import asyncio

from bot.commands.common import add_db_option, error, parse_date, print_json_line, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("explain", help="show every claim and fact of one article, with its sentence and rule",
                       description="Read one article file, page or feed URL and show what the extractor makes "
                                   "of it: each claim and fact, the sentence it came from and the rule row "
                                   "that produced it. Nothing is stored.")
    add_db_option(p)
    p.add_argument("--date", type=parse_date, help="publication date for a plain-text file (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="one JSON object per article")
    p.add_argument("source", metavar="FILE|URL", help="an article file or an http(s) URL")
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace) -> int:
    from bot.commands.ingest import is_url
    from bot.extract.pipeline import extract
    from bot.ingest import Ingestor, open_database
    from bot.sources.errors import SourceError
    from bot.sources.files import read_article_file

    settings = settings_from(args)
    try:
        articles = await _read_url(args.source, settings) if is_url(args.source) else [
            read_article_file(_path(args.source), args.source, args.date)]
    except SourceError as exc:
        error(f"{args.source}: {exc}")
        return 1
    store = await open_database(settings)
    try:
        gaz = await Ingestor(store, settings).gazetteer()  # the shipped knowledge, as ingest uses
    finally:
        await store.close()
    failed = 0
    for item in articles:
        if isinstance(item, str):
            error(item)
            failed += 1
            continue
        extraction = await asyncio.to_thread(extract, item, gaz)
        if args.json:
            print_json_line(_as_json(item, extraction))
        else:
            print(_as_text(item, extraction))
    return 1 if failed else 0


def _path(source: str):
    from pathlib import Path

    return Path(source)


async def _read_url(url: str, settings) -> list:
    """The articles a URL holds (a page: one; a feed: one per entry); failures as error strings."""
    from bot.models import Article
    from bot.sources.fetch import Fetcher
    from bot.sources.web import Failed, read_response

    fetcher = Fetcher(settings)
    try:
        resp = await fetcher.fetch(url)
        out: list[Article | str] = []
        async for item in read_response(fetcher, resp, url):
            if isinstance(item, Article):
                out.append(item)
            elif isinstance(item, Failed):
                out.append(f"{item.origin}: {item.error}")
        return out
    finally:
        await fetcher.close()


def _claim_line(c) -> str:
    from bot.extract.rules import describe

    when = " (background" + (f", {c.event_date}" if c.event_date else "") + ")" if c.past else ""
    amount = f" {c.amount.describe()}" if c.amount else ""  # ("up to $400k" has no minimum)
    source = c.source or "the article itself"
    return (f"- {c.player} / {c.club}: {c.kind}{amount}{when}, credited to {source}\n"
            f"    sentence: {c.evidence}\n    rule: {describe(c.rule)}")


def _as_text(article, ex) -> str:
    head = f"{article.title or article.origin} ({article.date.isoformat()})"
    lines = [head, f"{len(ex.claims)} claims:"]
    lines += [_claim_line(c) for c in ex.claims] or ["  (none)"]
    lines.append(f"{len(ex.facts)} facts:")
    for f in ex.facts:
        value = f.value.model_dump() if hasattr(f.value, "model_dump") else f.value
        lines.append(f"- {f.player}: {f.fact} = {value}\n    sentence: {f.evidence}")
    if not ex.facts:
        lines.append("  (none)")
    if ex.players:
        lines.append("players seen: " + ", ".join(ex.players))
    return "\n".join(lines) + "\n"


def _as_json(article, ex) -> dict:
    from bot.extract.rules import describe

    claims = []
    for c in ex.claims:
        d = c.model_dump()
        d["rule"] = c.rule
        d["rule_text"] = describe(c.rule)
        claims.append(d)
    return {"origin": article.origin, "title": article.title, "date": article.date, "claims": claims,
            "facts": [f.model_dump() for f in ex.facts], "players": ex.players}
