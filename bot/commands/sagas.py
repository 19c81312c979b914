"""`transferbot timeline`, `transferbot saga` and `transferbot digest`: a player's saga as a picture, as
the living message a saga subscription keeps, and what changed since a date, from the command line."""

from __future__ import annotations

import argparse

from bot.commands.common import add_db_option, error, parse_date, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timeline", help="draw a player's saga: dates across, one lane per club (PNG)")
    add_db_option(p)
    p.add_argument("player", nargs="+", metavar="PLAYER")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the image")
    p.set_defaults(handler=timeline)

    p = sub.add_parser("saga", help="a player's saga as a saga subscription shows it: clubs, stages, latest reports")
    add_db_option(p)
    p.add_argument("player", nargs="+", metavar="PLAYER")
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="as of this day (default: today)")
    p.set_defaults(handler=saga)

    p = sub.add_parser("digest", help="what changed for a player or club since a date, as a daily digest says it")
    add_db_option(p)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--player", metavar="NAME")
    who.add_argument("--club", metavar="NAME")
    p.add_argument("--since", type=parse_date, required=True, metavar="YYYY-MM-DD",
                   help="reports from articles dated on or after this day")
    p.set_defaults(handler=digest)


async def _open(args: argparse.Namespace):
    from bot.commands.ask import open_store
    from bot.paths import quick_paths

    return await open_store(quick_paths(args.db) or settings_from(args), args)


async def _name(store, kind: str, typed: str) -> tuple[int, str] | None:
    from bot.names import best_matches

    found = await best_matches(store, kind, typed)
    if not found:
        error(f"no {kind} matches {typed!r}")
        return None
    return found[0].entity_id, found[0].name


async def timeline(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.answer.timeline import timeline_for
    from bot.render.timeline import size_for, timeline_png

    store = await _open(args)
    try:
        found = await _name(store, "player", " ".join(args.player))
        if found is None:
            return 1
        t = await timeline_for(store, found[1])
    finally:
        await store.close()
    if t.empty:
        error(f"no reports about {found[1]} to draw")
        return 1
    png = timeline_png(t)  # drawing and writing block, but this command does nothing else meanwhile
    Path(args.out).write_bytes(png)  # noqa: ASYNC240
    w, h = size_for(t)
    print(f"{args.out}: {found[1]}, {len(t.lanes)} club{'s' if len(t.lanes) != 1 else ''}, "
          f"{sum(len(m) for m in t.marks.values())} marks, {w}×{h} px")
    return 0


async def saga(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot.answer.likelihood import describe
    from bot.answer.records import load_records
    from bot.answer.saga import saga_state
    from bot.answer.shapes import ClaimRow

    store = await _open(args)
    try:
        found = await _name(store, "player", " ".join(args.player))
        if found is None:
            return 1
        rows = [ClaimRow.from_row(r) for r in await store.claim_rows(player_ids=[found[0]])]
        state = saga_state(found[1], rows, args.date or dt.date.today(), await load_records(store))
    finally:
        await store.close()
    print(f"{state.player}: {state.reports} report{'s' if state.reports != 1 else ''}"
          + (f" · {state.outcome}" + (f" ({state.outcome_club})" if state.outcome_club else "")
             if state.outcome else ""))
    for s in state.clubs:
        chance = f" · {describe(s.likelihood)}" if s.likelihood is not None else ""
        who = ", ".join(f"{n} (tier {t})" if t is not None else n for n, t in s.sources[:3]) or "unattributed"
        print(f"- {s.club}: {s.stage} · {s.status}{chance} · {s.latest.isoformat()} · {who}")
    if state.history:
        print("Latest reports:")
        for r in state.history:
            print(f"  {r.date.isoformat()} {r.club}: {r.kind} · {r.source or 'unattributed'}"
                  + (f" <{r.link}>" if r.link else ""))
    return 0


async def digest(args: argparse.Namespace) -> int:
    from bot.answer.digest import digest_entries
    from bot.answer.shapes import ClaimRow

    kind = "player" if args.player else "club"
    store = await _open(args)
    try:
        found = await _name(store, kind, args.player or args.club)
        if found is None:
            return 1
        rows = await store.claim_rows(**{f"{kind}_ids": [found[0]]}, since=args.since)
        entries = digest_entries(c for c in (ClaimRow.from_row(r) for r in rows) if not c.past)
    finally:
        await store.close()
    if not entries:
        print(f"Nothing changed for {found[1]} since {args.since.isoformat()}.")
        return 0
    print(f"What changed for {found[1]} since {args.since.isoformat()}:")
    for e in entries:
        who = ", ".join(f"{n} (tier {t})" if t is not None else n for n, t in e.sources[:3]) or "unattributed"
        print(f"- {e.player} → {e.club}: {', '.join(e.kinds)} · {e.reports} report{'s' if e.reports != 1 else ''}"
              f" · {who}" + (f" <{e.link}>" if e.link else ""))
    return 0
