"""`transferbot run` (start the Discord bot) and `transferbot sync` (publish the slash commands globally)."""

from __future__ import annotations

import argparse
import logging

from bot.commands.common import add_db_option, error, settings_from

NO_TOKEN = ("DISCORD_TOKEN is not set: put it in the environment or in .env "
            "(see README.md, 'Running the Discord bot')")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)",
                       description="Start the Discord bot with DISCORD_TOKEN from the environment or .env. "
                                   "With DEV_GUILD_ID set, the commands are synced to that server at start-up.")
    add_db_option(p)
    p.set_defaults(handler=run)

    p = sub.add_parser("sync", help="publish the slash commands to every server (global sync)",
                       description="Log in, sync the application commands globally, and exit. Run it once "
                                   "after the commands change; global changes can take a while to appear.")
    add_db_option(p)
    p.set_defaults(handler=sync)


def run(args: argparse.Namespace) -> int:
    from bot.client import create_bot

    settings = settings_from(args)
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        error(NO_TOKEN)
        return 2
    bot = create_bot(settings)
    # bot.cli.main has given the root logger its one handler; discord.py would add a second (every line twice),
    # so it gets none (log_handler=None) and only the level is raised for a running bot.
    logging.getLogger().setLevel(logging.DEBUG if getattr(args, "verbose", False) else logging.INFO)
    bot.run(settings.discord_token.get_secret_value(), log_handler=None)
    return 0


async def sync(args: argparse.Namespace) -> int:
    import discord

    from bot.client import sync_global

    settings = settings_from(args)
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        error(NO_TOKEN)
        return 2
    try:
        count = await sync_global(settings)
    except discord.LoginFailure:
        error("Discord refused the token: check DISCORD_TOKEN")
        return 1
    print(f"synced {count} commands globally; Discord may take a while to show them everywhere")
    return 0
