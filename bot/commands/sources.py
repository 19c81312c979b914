"""`transferbot sources [NAME] [--json]`: each source's measured record beside its shipped tier."""

from __future__ import annotations

import argparse

from bot.commands.common import add_db_option, error, parse_date, print_json_line, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sources", help="every source's record: links reported, came true, died, open, hit rate")
    add_db_option(p)
    p.add_argument("name", nargs="*", metavar="NAME", help="only this source (matched fuzzily), with its links")
    p.add_argument("--json", action="store_true", help="JSON Lines, one source per line")
    p.add_argument("--all", action="store_true", help="also the known sources no link is credited to yet")
    p.set_defaults(handler=sources)

    p = sub.add_parser("explain-link", help="how likely a live link is, and why: its reports and their weights")
    add_db_option(p)
    p.add_argument("player", metavar="PLAYER")
    p.add_argument("club", metavar="CLUB")
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="as of this day (default: today)")
    p.add_argument("--json", action="store_true", help="the likelihood and its parts as one JSON object")
    p.set_defaults(handler=explain_link)


async def sources(args: argparse.Namespace) -> int:
    from bot.answer.scorecards import all_scorecards, card_line, refresh_records, scorecard_for
    from bot.commands.ask import open_store
    from bot.paths import quick_paths

    store = await open_store(quick_paths(args.db) or settings_from(args), args)
    try:
        name = " ".join(args.name).strip()
        if name:
            card, others = await scorecard_for(store, name)
            if card is None:
                error(f"no source matches {name!r}")
                return 1
            cards = [card]
        else:
            cards = await all_scorecards(store, with_silent=args.all)
            await refresh_records(store)  # the answers' likelihoods read the records kept here
    finally:
        await store.close()
    if args.json:
        for card in cards:
            print_json_line(card.as_dict())
        return 0
    if not cards:
        print("No source is credited with a transfer link yet.")
        return 0
    for card in cards:
        print(card_line(card))
        if name:
            for link in card.links:
                o = link.outcome
                what = {"true": "came true", "died": "died", "open": "still open"}[o.status]
                when = f" {o.when.isoformat()}" if o.when else ""
                moved = f" (moved to {o.moved_to})" if o.moved_to else ""
                moved += " (the day it was reported: not in the rate)" if link.same_day else ""
                print(f"- {link.player} → {link.club}: first reported {link.first.isoformat()}, {what}{when}{moved}")
            if others:
                print(f"(Also close: {', '.join(others)}.)")
    return 0


async def explain_link(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot.answer.likelihood import explain, link_report
    from bot.commands.ask import open_store
    from bot.names import best_matches
    from bot.paths import quick_paths

    store = await open_store(quick_paths(args.db) or settings_from(args), args)
    try:
        names = []
        for kind, typed in (("player", args.player), ("club", args.club)):
            found = await best_matches(store, kind, typed)
            if not found:
                error(f"no {kind} matches {typed!r}")
                return 1
            names.append(found[0].name)
        lk, reason = await link_report(store, names[0], names[1], args.date or dt.date.today())
    finally:
        await store.close()
    if args.json:
        print_json_line(lk.as_dict() if lk else {"player": names[0], "club": names[1], "probability": None,
                                                 "reason": reason})
    else:
        print("\n".join(explain(lk)) if lk else reason)
    return 0
