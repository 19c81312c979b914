"""`transferbot ingest [--db] [--date] [--json] SOURCE...`: files, directories, feed and page URLs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Iterator

from bot.commands.common import add_db_option, error, parse_date, print_json_line, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read articles (files, directories, feed or page URLs) into the database",
                       description="Read articles and store the claims they make. A file in the seed format "
                                   "carries its date; plain text needs --date.")
    add_db_option(p)
    p.add_argument("--date", type=parse_date, help="publication date for plain-text files (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="one JSON object per source, no progress or summary")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a file, a directory, or an http(s) URL")
    p.set_defaults(handler=run)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


async def run(args: argparse.Namespace) -> int:
    from bot.ingest import ExtractionPoolError, Ingestor, open_database
    from bot.ingest.web import never_silent

    settings = settings_from(args)
    store = await open_database(settings)
    counts = {"new": 0, "duplicate": 0, "failed": 0}
    claims = 0
    try:
        # Many articles are extracted in worker processes (bot.ingest.pool), stored here in order.
        ingestor = Ingestor(store, settings, processes=True)
        try:
            for label, results in _runs(ingestor, args, settings):
                async for result in never_silent(label, results):
                    counts[result.status] += 1
                    claims += result.claims
                    if args.json:
                        print_json_line(result.to_json())
                    else:
                        print(_line(result), flush=True)
        except ExtractionPoolError as exc:
            error(str(exc))
            return 1
        finally:
            await ingestor.close()
    finally:
        await store.close()
    if not args.json:
        print(f"{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed; "
              f"{claims} claims added")
    if counts["failed"] and not args.json:
        error(f"{counts['failed']} source(s) failed")
    sys.stdout.flush()
    return 1 if counts["failed"] else 0


def _runs(ingestor, args: argparse.Namespace, settings) -> Iterator[tuple[str, AsyncIterator]]:
    """The sources as runs of results: a URL on its own, consecutive files and directories together
    (so that `ingest *.txt` is one big run, extracted in worker processes like a directory)."""
    from bot.ingest.web import ingest_url

    files: list[str] = []
    for source in [*args.sources, None]:
        if source is not None and not is_url(source):
            files.append(source)
            continue
        if files:
            yield files[0], ingestor.ingest_files(files, args.date)
            files = []
        if source is not None:
            yield source, ingest_url(ingestor, source, settings)


def _line(result) -> str:
    if result.status == "failed":
        return f"failed     {result.origin}: {result.error}"
    if result.status == "duplicate":  # the error, if any, says why (an article an admin removed)
        return f"duplicate  {result.origin}: {result.error}" if result.error else f"duplicate  {result.origin}"
    return f"new        {result.origin} ({result.claims} claims)"
