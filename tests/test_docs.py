"""The documentation a user reads stays inside the project and lists every setting."""

from __future__ import annotations

import re

from bot.config import Settings
from tests.conftest import ROOT

USER_DOCS = [ROOT / "README.md", ROOT / ".env.example", *sorted((ROOT / "docs").glob("*.md"))]


def test_no_link_leaves_the_repository() -> None:
    for path in USER_DOCS:
        text = path.read_text(encoding="utf-8")
        assert "../" not in text, path.name  # e.g. a spec beside the checkout that users do not have
        for target in re.findall(r"\]\(([^)]+)\)", text):
            if not target.startswith(("http://", "https://", "#")):
                assert (path.parent / target).exists(), (path.name, target)


def test_env_example_lists_every_setting() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        env = field.validation_alias if isinstance(field.validation_alias, str) else f"TRANSFERBOT_{name.upper()}"
        assert env in text, env
