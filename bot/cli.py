"""The `transferbot` command line (docs/cli.md is the contract for ingest, claims, facts, ask).

Each command lives in bot/commands/<name>.py with a `register(subparsers)` that
adds its parser and sets `handler`. Modules here import only argparse-level
code; the heavy imports happen inside the handlers, so `transferbot ask`
starts fast.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "bot.commands.ingest",
    "bot.commands.listing",
    "bot.commands.maintenance",
    "bot.commands.articles",
    "bot.commands.explain",
    "bot.commands.feeds",
    "bot.commands.ask",
    "bot.commands.sources",
    "bot.commands.sagas",
    "bot.commands.run",
    "bot.commands.db",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transferbot",
        description="Football transfer claims from the news, answered with sources. See README.md.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _tolerant_streams() -> None:
    """Never die on an encoding: a terminal that cannot show "→" (PYTHONIOENCODING=ascii) gets "?", and
    bytes piped into `chat` that are not UTF-8 become U+FFFD instead of a traceback."""
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    handler = args.handler
    try:
        result = handler(args)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `transferbot claims --json | head`
        return 0
    except Exception as exc:
        from bot.knowledge import KnowledgeError
        from bot.store import StoreOpenError

        if isinstance(exc, KnowledgeError | StoreOpenError):
            print(f"transferbot: {exc}", file=sys.stderr)
            return 1
        import sqlite3

        if isinstance(exc, sqlite3.Error):  # the disk filled up, the file became read-only or corrupt
            print(f"transferbot: database error: {exc}", file=sys.stderr)
            return 1
        raise
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
