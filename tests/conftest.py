"""Fixtures shared by every test package: settings over a temporary database, and `store`, the small
hand-made claim database of tests/answer/small_db.py (packages that need another kind of store, an empty
one or one filled by ingesting, define their own `store`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(db=tmp_path / "transferbot.db", knowledge_dir=ROOT / "knowledge")


@pytest.fixture
async def store(tmp_path: Path):
    from bot.store import Store
    from tests.answer.small_db import fill

    s = await Store.open(tmp_path / "answer.db")
    await fill(s)
    yield s
    await s.close()
