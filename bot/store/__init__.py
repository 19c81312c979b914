from bot.store.store import AddResult, Store, StoreOpenError

__all__ = ["AddResult", "Store", "StoreOpenError"]
