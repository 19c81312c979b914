"""`transferbot db copy SRC DST`: move a deployment's database between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import sys

from bot.commands.common import error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database maintenance (copy between SQLite and PostgreSQL)")
    dsub = p.add_subparsers(dest="db_command", required=True)
    cp = dsub.add_parser("copy", help="copy a database into a new one (SQLite file or postgresql:// URL)",
                         description="Copy every table (claims, subscriptions, pending alerts, feeds) from SRC "
                                     "into the new, empty database DST, ids kept, and check the row counts. "
                                     "Stop the bots and pollers first.")
    cp.add_argument("src", metavar="SRC", help="a SQLite file or a postgresql:// URL")
    cp.add_argument("dst", metavar="DST", help="a new SQLite file or an empty PostgreSQL database/schema")
    cp.set_defaults(handler=copy)


async def copy(args: argparse.Namespace) -> int:
    import asyncio
    from pathlib import Path

    from bot.store import Store, is_postgres, redact
    from bot.store.copy import CopyError, copy_database

    if not is_postgres(args.src) and not await asyncio.to_thread(Path(args.src).is_file):
        error(f"no database at {args.src}")
        return 2
    src = await Store.open(args.src)
    try:
        dst = await Store.open(args.dst)  # migrated, not filled: the copy brings the knowledge too
        try:
            def progress(table: str, n: int) -> None:
                if sys.stderr.isatty():
                    print(f"\r{table}: {n} rows", end="", file=sys.stderr, flush=True)

            counts = await copy_database(src, dst, progress)
        except CopyError as exc:
            error(str(exc))
            return 1
        finally:
            await dst.close()
    finally:
        await src.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"copied {redact(args.src)} -> {redact(args.dst)}: "
          + ", ".join(f"{t} {n}" for t, n in counts.items()) + " (row counts checked on both sides)")
    return 0
