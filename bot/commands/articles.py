"""`transferbot articles remove ID|URL`: take a bad article (a wrong date, a hoax) out of the database;
`transferbot articles restore ID|URL`: undo a removal made by mistake.

Its claims and facts go with it, in one transaction, and the alerts not posted yet lose its claims; the
answers are read from the claims, so they change at once. The removal is remembered (the article's id and
URL): a feed that still lists it, or an ingest of the same file or URL, reports it as a duplicate with the
reason instead of storing it again. `restore` forgets that, so the next ingest or poll that reads it stores
it again.
"""

from __future__ import annotations

import argparse

from bot.commands.common import add_db_option, error, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("articles", help="manage stored articles (remove a bad one, restore a removed one)")
    add_db_option(p)
    inner = p.add_subparsers(dest="articles_command", metavar="ACTION")
    inner.required = True
    rm = inner.add_parser("remove", help="remove an article, its claims and facts",
                          description="Remove the article with this id (as `ingest --json` prints it), "
                                      "URL or origin, with its claims and facts. Ingest and polling will not "
                                      "store it again until `transferbot articles restore`.")
    add_db_option(rm)
    rm.add_argument("ref", metavar="ID|URL")
    rm.set_defaults(handler=remove)
    rs = inner.add_parser("restore", help="allow a removed article to be stored again",
                          description="Forget the removal of the article with this id, URL or origin: the next "
                                      "ingest or feed poll that reads it stores it again.")
    add_db_option(rs)
    rs.add_argument("ref", metavar="ID|URL")
    rs.set_defaults(handler=restore)


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
            print(f"removed    {article_id} {date} {label} ({claims} claims); "
                  f"`transferbot articles restore {article_id}` allows it again")
    finally:
        await store.close()
    return 0


async def restore(args: argparse.Namespace) -> int:
    from bot.ingest import open_database

    store = await open_database(settings_from(args))
    try:
        restored = await store.restore_article(args.ref)
    finally:
        await store.close()
    if not restored:
        error(f"no removed article has the id, URL or origin {args.ref!r}")
        return 1
    for r in restored:
        label = f"{r.title} <{r.url or r.origin}>" if r.title else (r.url or r.origin)
        print(f"restored   {r.id} {label} (removed {r.removed_at[:10]}); the next ingest or poll that reads "
              "it stores it again")
    return 0
