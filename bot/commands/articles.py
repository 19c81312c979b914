"""`transferbot articles remove ID|URL`: take a bad article (a wrong date, a hoax) out of the database.

Its claims and facts go with it, in one transaction, and the alerts not posted yet lose its claims; the
answers are read from the claims, so they change at once. A feed that still lists the article would
bring it back on its next poll, unless its date is refused (a date in the future) or it left the feed.
"""

from __future__ import annotations

import argparse

from bot.commands.common import add_db_option, error, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("articles", help="manage stored articles (remove a bad one)")
    add_db_option(p)
    inner = p.add_subparsers(dest="articles_command", metavar="ACTION")
    inner.required = True
    rm = inner.add_parser("remove", help="remove an article, its claims and facts",
                          description="Remove the article with this id (as `ingest --json` prints it), "
                                      "URL or origin, with its claims and facts.")
    add_db_option(rm)
    rm.add_argument("ref", metavar="ID|URL")
    rm.set_defaults(handler=remove)


async def remove(args: argparse.Namespace) -> int:
    from bot.ingest import open_database

    store = await open_database(settings_from(args))
    try:
        found = await store.find_articles(args.ref)
        if not found:
            error(f"no stored article has the id, URL or origin {args.ref!r}")
            return 1
        for article_id, where, title, date in found:
            claims = await store.remove_article(article_id)
            if claims is None:  # removed meanwhile by another process
                continue
            label = f"{title} <{where}>" if title else where
            print(f"removed    {article_id} {date} {label} ({claims} claims)")
    finally:
        await store.close()
    return 0
