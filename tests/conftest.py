"""Fixtures shared by every test package: settings over a temporary database, and `store`, the small
hand-made claim database of tests/answer/small_db.py (packages that need another kind of store, an empty
one or one filled by ingesting, define their own `store`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent

# Property-based tests (tests/reliability): a small fixed profile in CI, a long random one by hand
# (TRANSFERBOT_HYPOTHESIS=long, see the README's Reliability section). No example database is written.
_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
hypothesis_settings.register_profile("ci", max_examples=30, deadline=None, derandomize=True, database=None,
                                     suppress_health_check=_QUIET, print_blob=True)
hypothesis_settings.register_profile("long", max_examples=3000, deadline=None, database=None,
                                     suppress_health_check=_QUIET, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("TRANSFERBOT_HYPOTHESIS", "ci"))


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
