"""Where the database and the knowledge are: the defaults of bot.config.Settings, readable without pydantic.

bot.config's Settings take their defaults for `db` and `knowledge_dir` from here, and
`transferbot ask` reads these two through `quick_paths`, so that a one-shot question
does not pay a tenth of a second for importing pydantic-settings. One place decides
both.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The settings quick_paths reads; any other one needs the full Settings.
_NAMES = ("transferbot_db", "transferbot_knowledge_dir")


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("transferbot", appauthor=False) / "transferbot.db"


def default_knowledge_dir() -> Path:
    """knowledge/ beside the package in a checkout, else the copy a wheel installs under the prefix."""
    checkout = PROJECT_ROOT / "knowledge"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "transferbot" / "knowledge"


def quick_paths(db: str | Path | None) -> types.SimpleNamespace | None:
    """(db, knowledge_dir) as bot.config.Settings reads them, from the environment and the defaults; None
    when a `.env` file names either, or a variable is set empty, and the full Settings must decide."""
    dotenv = Path(".env")
    if dotenv.exists():
        try:
            text = dotenv.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            return None
        if any(name in text for name in _NAMES):
            return None
    env = {k.lower(): v for k, v in os.environ.items() if k.lower().startswith("transferbot_")}
    if any(not env.get(k, "x") for k in _NAMES):
        return None
    chosen = db or env.get("transferbot_db")
    knowledge = env.get("transferbot_knowledge_dir")
    return types.SimpleNamespace(db=Path(chosen) if chosen else default_db_path(),
                                 knowledge_dir=Path(knowledge) if knowledge else default_knowledge_dir())
