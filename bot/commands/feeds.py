"""`transferbot feeds add|list|remove` and `transferbot poll`: the feeds the bot reads on its own."""

from __future__ import annotations

import argparse
import sys

from bot.commands.common import add_db_option, error, print_json_line, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feeds", help="the RSS/Atom feeds polled for news (add, list, remove)",
                       description="Manage the feeds the bot polls. The feeds in knowledge/feeds.toml are "
                                   "registered on first use; a removed one stays removed.")
    fsub = p.add_subparsers(dest="feeds_command", metavar="ACTION")
    fsub.required = True

    a = fsub.add_parser("add", help="register a feed URL")
    add_db_option(a)
    a.add_argument("url", metavar="URL", help="an http(s) URL of an RSS or Atom feed")
    a.add_argument("--name", help="a short name to show (default: the URL)")
    a.add_argument("--outlet", help="the outlet its articles are credited to (default: the feed's title)")
    a.add_argument("--interval", type=_minutes, metavar="MINUTES",
                   help="minutes between polls (default: $TRANSFERBOT_POLL_INTERVAL_MINUTES or 30)")
    a.set_defaults(handler=add)

    ls = fsub.add_parser("list", help="list the feeds with their polling state")
    add_db_option(ls)
    ls.add_argument("--json", action="store_true", help="JSON Lines, one feed per line")
    ls.set_defaults(handler=list_)

    rm = fsub.add_parser("remove", help="stop polling a feed")
    add_db_option(rm)
    rm.add_argument("feed", metavar="URL|ID", help="the feed's URL or its id from `feeds list`")
    rm.set_defaults(handler=remove)

    p = sub.add_parser("poll", help="poll every configured feed once and store what is new",
                       description="Fetch every configured feed once (conditionally: an unchanged feed costs "
                                   "nothing), store new articles and print what was new.")
    add_db_option(p)
    p.add_argument("--due", action="store_true", help="only the feeds whose next poll time has come")
    p.add_argument("--json", action="store_true", help="one JSON object per entry, no progress or summary")
    p.set_defaults(handler=poll)


def _minutes(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("the interval must be at least 1 minute")
    return n


async def _open(args: argparse.Namespace):
    from bot.ingest import open_database
    from bot.ingest.polling import ensure_default_feeds

    settings = settings_from(args)
    store = await open_database(settings)
    try:
        await ensure_default_feeds(store, settings)
    except BaseException:
        await store.close()
        raise
    return settings, store


async def add(args: argparse.Namespace) -> int:
    from bot.store.feeds import FeedExists, add_feed

    if not args.url.lower().startswith(("http://", "https://")):
        error(f"not an http(s) URL: {args.url}")
        return 2
    settings, store = await _open(args)
    try:
        try:
            row = await add_feed(store, args.url, args.name, args.outlet,
                                 args.interval or settings.poll_interval_minutes)
        except FeedExists:
            error(f"already registered: {args.url}")
            return 1
    finally:
        await store.close()
    print(f"added feed {row.id}: {row.url} (every {row.interval_minutes} min)")
    return 0


async def list_(args: argparse.Namespace) -> int:
    from bot.store.feeds import list_feeds

    _, store = await _open(args)
    try:
        rows = await list_feeds(store)
    finally:
        await store.close()
    for row in rows:
        if args.json:
            print_json_line(row.to_json())
            continue
        state = f"failed {row.failures}x: {row.last_error}" if row.failures else (
            f"last polled {row.last_polled_at}" if row.last_polled_at else "never polled")
        label = f"{row.name} " if row.name else ""
        print(f"{row.id:>3}  {label}<{row.url}>  every {row.interval_minutes} min; {state}")
    if not rows and not args.json:
        print("no feeds; add one with `transferbot feeds add URL`")
    return 0


async def remove(args: argparse.Namespace) -> int:
    from bot.store.feeds import remove_feed

    _, store = await _open(args)
    try:
        row = await remove_feed(store, args.feed)
    finally:
        await store.close()
    if row is None:
        error(f"no such feed: {args.feed}")
        return 1
    print(f"removed feed {row.id}: {row.url}")
    return 0


async def poll(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot.ingest.polling import FeedPoll, poll_feeds
    from bot.store.feeds import due_feeds, list_feeds

    settings, store = await _open(args)
    counts = {"new": 0, "duplicate": 0, "failed": 0}
    claims = 0
    feeds_failed = 0
    progress = not args.json and sys.stderr.isatty()
    try:
        now = dt.datetime.now(dt.UTC)
        feeds = await due_feeds(store, now) if args.due else await list_feeds(store)
        total = len(feeds)
        done = 0

        def on_result(feed, result) -> None:
            nonlocal claims
            counts[result.status] += 1
            claims += result.claims
            if args.json:
                print_json_line({**result.to_json(), "feed": feed.url})
            elif result.status != "duplicate":  # what was new (and what failed), not what we had
                print(_line(result), flush=True)

        def on_feed(p: FeedPoll) -> None:
            nonlocal done, feeds_failed
            done += 1
            name = p.feed.name or p.feed.url
            if p.status == "failed":
                feeds_failed += 1
                if args.json:
                    print_json_line({"origin": p.feed.url, "status": "failed", "article_id": None, "claims": 0,
                                     "error": p.error, "feed": p.feed.url})
                else:
                    print(f"failed     {name}: {p.error}", flush=True)
            elif not args.json:
                summary = ("unchanged" if p.status == "unchanged" else
                           f"{p.count('new')} new, {p.count('duplicate')} already known, {p.count('failed')} failed")
                print(f"feed       {name}: {summary}", flush=True)
            if progress:
                print(f"[{done}/{total}] feeds polled", file=sys.stderr, flush=True)

        if not feeds and not args.json:
            print("no feeds to poll; add one with `transferbot feeds add URL`")
        await poll_feeds(store, settings, feeds, None, now, on_result=on_result, on_feed=on_feed)
    finally:
        await store.close()
    if not args.json:
        print(f"{len(feeds)} feeds ({feeds_failed} failed): {counts['new']} new, {counts['duplicate']} duplicate, "
              f"{counts['failed']} failed; {claims} claims added")
    return 1 if counts["failed"] or feeds_failed else 0


def _line(result) -> str:
    if result.status == "failed":
        return f"failed     {result.origin}: {result.error}"
    title = f" — {result.title}" if result.title else ""
    return f"new        {result.origin}{title} ({result.claims} claims)"
