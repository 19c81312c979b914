"""`transferbot claims` and `transferbot facts`: what the database holds, as JSON Lines or a table."""

from __future__ import annotations

import argparse

from bot.commands.common import add_db_option, error, print_json_line, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("claims", help="list stored claims (filters match names fuzzily)")
    add_db_option(p)
    p.add_argument("--player", metavar="NAME")
    p.add_argument("--club", metavar="NAME")
    p.add_argument("--json", action="store_true", help="JSON Lines, one claim per line")
    p.set_defaults(handler=claims)

    p = sub.add_parser("facts", help="list stored player facts")
    add_db_option(p)
    p.add_argument("--player", metavar="NAME")
    p.add_argument("--json", action="store_true", help="JSON Lines, one fact per line")
    p.set_defaults(handler=facts)


async def _ids(store, kind: str, name: str | None) -> list[int] | None:
    """Entity ids a fuzzy name stands for (every entity tied for the best score); None = no filter."""
    if name is None:
        return None
    from bot.names import best_matches

    return [m.entity_id for m in await best_matches(store, kind, name)]  # indexed queries


async def claims(args: argparse.Namespace) -> int:
    from bot.commands.ask import open_store
    from bot.paths import quick_paths

    store = await open_store(quick_paths(args.db) or settings_from(args), args)  # no extractor when current
    try:
        players = await _ids(store, "player", args.player)
        clubs = await _ids(store, "club", args.club)
        for kind, name, ids in (("player", args.player, players), ("club", args.club, clubs)):
            if ids == []:
                error(f"no {kind} matches {name!r}")
                return 1
        from bot.answer.shapes import ClaimRow

        rows = [ClaimRow.from_row(r) for r in await store.claim_rows(player_ids=players, club_ids=clubs)]
    finally:
        await store.close()
    for c in rows:
        if args.json:
            print_json_line({
                "player": c.player, "club": c.club, "kind": c.kind, "past": c.past, "source": c.source,
                "date": c.date, "event_date": c.event_date,
                "amount": c.amount.model_dump() if c.amount else None,
                "origin": c.origin, "article_id": c.article_id, "evidence": c.evidence,
            })
        else:
            amount = f" {c.amount.describe()}" if c.amount else ""
            past = " (past)" if c.past else ""
            print(f"{c.date}  {c.player} — {c.club}: {c.kind}{past}{amount}  [{c.source or 'unattributed'}] "
                  f"{c.url or c.origin}")
    return 0


async def facts(args: argparse.Namespace) -> int:
    from bot.commands.ask import open_store
    from bot.paths import quick_paths

    store = await open_store(quick_paths(args.db) or settings_from(args), args)  # no extractor when current
    try:
        players = await _ids(store, "player", args.player)
        if players == []:
            error(f"no player matches {args.player!r}")
            return 1
        from bot.answer.shapes import FactRow

        rows = [FactRow.from_row(r) for r in await store.fact_rows(player_ids=players)]
    finally:
        await store.close()
    for f in rows:
        value = f.value.model_dump() if hasattr(f.value, "model_dump") else f.value
        if args.json:
            print_json_line({"player": f.player, "fact": f.fact, "value": value, "source": f.source,
                             "date": f.date, "origin": f.origin, "article_id": f.article_id})
        else:
            shown = f.value.describe() if hasattr(f.value, "describe") else f.value
            print(f"{f.date}  {f.player}: {f.fact} = {shown}  [{f.source or 'unattributed'}] {f.url or f.origin}")
    return 0
