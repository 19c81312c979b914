"""`transferbot run`: the bot starts with the command line's logging, so every line is logged once."""

from __future__ import annotations

from bot.cli import main
from bot.client import TransferBot


def test_run_leaves_logging_to_the_command_line(monkeypatch, tmp_path) -> None:
    seen: dict = {}

    def fake_run(self, token: str, **kwargs) -> None:
        seen.update(kwargs, token=token)

    monkeypatch.setattr(TransferBot, "run", fake_run)
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")
    assert main(["run", "--db", str(tmp_path / "t.db")]) == 0
    # discord.py adds its own root handler unless told not to: with basicConfig's, each line twice.
    assert seen["log_handler"] is None and seen["token"] == "not-a-real-token"
