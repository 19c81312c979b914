"""`transferbot ask QUESTION...` (cli.md) and `transferbot chat`, a terminal loop over the same answer core."""

from __future__ import annotations

import argparse
import sys

from bot.commands.common import add_db_option, error, print_json_line, settings_from

MAX_QUESTION_CHARS = 5000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer one question as typed in Discord ('who wants itakura?')")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the answer as one JSON object (cli.md)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="answer as of this day (managers' clubs)")
    _view_options(p)
    p.add_argument("question", nargs="*", metavar="QUESTION")
    p.set_defaults(handler=ask)

    p = sub.add_parser("chat", help="ask questions one after another in the terminal (no Discord needed)")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print each answer as JSON")
    _view_options(p)
    p.set_defaults(handler=chat)


def _view_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--why", action="store_true", help="also show, for the first links, the sentence each "
                                                      "report came from")
    p.add_argument("--as-of", action="store_true",
                   help='count "3 days ago" from the newest article in the database (default: from today, '
                        "or from --date)")


def _clean(text: str) -> str:
    # Control characters (other than spaces) carry nothing; cap the length a person could mean.
    text = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_QUESTION_CHARS])
    return " ".join(text.split())


def _parse_day(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _today(args: argparse.Namespace):
    value = getattr(args, "date", None)
    return _parse_day(value) if value else None


def _emit(answer, args: argparse.Namespace, today) -> None:
    if args.json:
        from bot.render.json import answer_json

        print_json_line(answer_json(answer))
        return
    from bot.render.text import render_text, render_why

    sys.stdout.write(render_text(answer, today) + "\n")
    if args.why and answer.links:
        sys.stdout.write("\nWhy:\n" + render_why(answer) + "\n")


async def _as_of(args: argparse.Namespace, store):
    """The day "3 days ago" counts from: --as-of the newest article's day, else --date, else today."""
    import datetime as dt

    if getattr(args, "as_of", False):
        return await store.newest_article_date() or dt.date.today()
    return _today(args) or dt.date.today()


def _is_file(path) -> bool:
    from pathlib import Path

    return Path(path).is_file()


async def open_store(settings, args: argparse.Namespace | None = None):
    """The database, without importing the ingest pipeline (and the extractor) when it is up to date.

    A one-shot `transferbot ask` should not pay for loading the extractor; a new database or
    changed knowledge goes through bot.ingest.open_database as usual (with the full Settings)."""
    from bot.knowledge import knowledge_stamp
    from bot.store import Store

    if _is_file(settings.db):
        store = await Store.open(settings.db)
        try:
            if await store.get_meta("knowledge_stamp") == knowledge_stamp(settings.knowledge_dir):
                return store
        except Exception:
            pass
        await store.close()
    from bot.ingest import open_database

    if args is not None and not hasattr(settings, "model_dump"):
        settings = settings_from(args)
    return await open_database(settings)


async def _open_for_questions(args: argparse.Namespace):
    from bot.paths import quick_paths

    store = await open_store(quick_paths(args.db) or settings_from(args), args)
    store.names_in_sql = True  # indexed name look-ups per question, not every alias loaded
    return store


async def ask(args: argparse.Namespace) -> int:
    from bot.answer.compose import answer_question

    question = _clean(" ".join(args.question))
    if args.date and _today(args) is None:
        error(f"not a date in the form YYYY-MM-DD: {args.date!r}")
        return 2
    store = await _open_for_questions(args)
    try:
        answer = await answer_question(store, question, _today(args))
        today = await _as_of(args, store)
    finally:
        await store.close()
    _emit(answer, args, today)
    return 0


async def chat(args: argparse.Namespace) -> int:
    import asyncio

    from bot.answer.compose import answer_question

    store = await _open_for_questions(args)
    today = await _as_of(args, store)
    interactive = sys.stdin.isatty()
    if interactive:
        sys.stdout.write("Ask about transfers ('who wants itakura?'). Empty line or Ctrl-D to quit.\n")
    try:
        while True:
            if interactive:
                sys.stdout.write("> ")
                sys.stdout.flush()
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line or (interactive and not line.strip()):
                break
            question = _clean(line)
            if not question:
                continue
            _emit(await answer_question(store, question), args, today)
            sys.stdout.flush()
    finally:
        await store.close()
    return 0
