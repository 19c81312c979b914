"""`transferbot reextract`: read every stored article again with the current extractor."""

from __future__ import annotations

import argparse
import sys

from bot.commands.common import add_db_option, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reextract", help="re-run the claim extractor over every stored article",
                       description="After an upgrade of transferbot, read every stored article again so its "
                                   "claims and facts come from the current extractor. No alerts are posted.")
    add_db_option(p)
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace) -> int:
    import asyncio

    from bot.extract.pipeline import extract
    from bot.ingest import Ingestor, open_database

    settings = settings_from(args)
    store = await open_database(settings)
    try:
        before = (await store.counts())["claims"]
        ingestor = Ingestor(store, settings)
        gaz = await ingestor.gazetteer()  # the shipped knowledge only, as ingest: the same claims again
        ids = await store.article_ids()
        for n, article_id in enumerate(ids, 1):
            article = await store.article(article_id)
            if article is None:
                continue
            extraction = await asyncio.to_thread(extract, article, gaz)
            await store.replace_extraction(article_id, extraction)
            if sys.stderr.isatty() and n % 50 == 0:
                print(f"\r{n}/{len(ids)} articles", end="", file=sys.stderr, flush=True)
        after = (await store.counts())["claims"]
    finally:
        await store.close()
    if sys.stderr.isatty() and ids:
        print(file=sys.stderr)
    print(f"{len(ids)} articles read again; claims {before} -> {after}")
    return 0
