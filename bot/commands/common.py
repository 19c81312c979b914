"""Helpers the command modules share: settings from flags, opening the database, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="the SQLite database (default: $TRANSFERBOT_DB or the "
                                                     "user data directory)")


def settings_from(args: argparse.Namespace):  # -> Settings, imported lazily to keep start-up fast
    from bot.config import load_settings

    return load_settings(db=getattr(args, "db", None))


def jsonable(value: Any) -> Any:
    """JSON-ready form: dates as ISO strings, whole-number floats as ints."""
    if hasattr(value, "model_dump") and not isinstance(value, type):  # a pydantic model (imported lazily)
        return jsonable(value.model_dump())
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def print_json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(obj), ensure_ascii=False) + "\n")


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def error(message: str) -> None:
    print(f"transferbot: {message}", file=sys.stderr)
