"""The only code that speaks SQL. `await Store.open(path_or_url)`: SQLite by default, PostgreSQL for a
`postgresql://` URL (bot/store/base.py says how the two backends share one interface)."""

from bot.store.base import Store, StoreOpenError, is_postgres, redact
from bot.store.rows import AddResult

__all__ = ["AddResult", "Store", "StoreOpenError", "is_postgres", "redact"]
