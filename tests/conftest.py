"""Fixtures shared by every test package: settings over a temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(db=tmp_path / "transferbot.db", knowledge_dir=ROOT / "knowledge")
