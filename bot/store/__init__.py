from bot.store.store import AddResult, Store

__all__ = ["AddResult", "Store"]
