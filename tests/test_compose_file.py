"""compose.yaml (README, "Running at scale") names only settings and commands that exist, and its bot
processes split the shards between them. Checked by reading the file: no container runtime needed."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from bot.cli import build_parser
from bot.config import Settings, parse_shards

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
ENV_NAMES = {f"TRANSFERBOT_{name.upper()}" for name in Settings.model_fields} | {"DISCORD_TOKEN", "DEV_GUILD_ID"}


def app_services() -> dict[str, dict]:
    return {name: s for name, s in SERVICES.items() if str(s.get("command", [""])[0]).endswith("transferbot")}


def test_the_services_of_a_deployment_at_scale() -> None:
    assert {"db", "poller", "bot-a", "bot-b"} <= set(SERVICES)
    assert SERVICES["db"]["image"].startswith("postgres:")
    assert set(app_services()) == {"poller", "bot-a", "bot-b"}


def test_every_setting_named_exists_and_reads_as_the_bot_reads_it() -> None:
    for name, service in app_services().items():
        env = {k: str(v) for k, v in service["environment"].items()}
        assert set(env) <= ENV_NAMES, f"{name}: unknown settings {set(env) - ENV_NAMES}"
        assert env["TRANSFERBOT_DB"].startswith("postgresql://"), name
        settings = Settings(**{k.removeprefix("TRANSFERBOT_").lower(): v for k, v in env.items()
                               if k.startswith("TRANSFERBOT_")})
        assert isinstance(settings.db, str) and not settings.bot_poll_feeds, name  # polling is the poller's


def test_the_commands_parse() -> None:
    parser = build_parser()
    for name, service in app_services().items():
        args = parser.parse_args([shlex.quote(a) for a in service["command"][1:]])
        assert args.command in ("run", "poll"), name
    assert parser.parse_args(SERVICES["poller"]["command"][1:]).loop


def test_the_bots_split_the_shards_without_overlap() -> None:
    bots = {n: s["environment"] for n, s in app_services().items() if s["command"][1] == "run"}
    counts = {int(env["TRANSFERBOT_SHARD_COUNT"]) for env in bots.values()}
    assert len(counts) == 1
    [count] = counts
    ranges = [parse_shards(env["TRANSFERBOT_SHARDS"]) for env in bots.values()]
    assert sorted(i for r in ranges for i in r) == list(range(count))
