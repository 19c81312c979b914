"""Owner-only `/news read|feeds|add|remove`: what `transferbot ingest URL` and `transferbot feeds` do, from Discord.

The feeds are global to the bot's database, so only the bot's owners may change
them: each command carries the owner check (as `/sync` does) and the group is
offered by default to administrators only. New claims reach subscribed channels
through the outbox (Store.add_article enqueues the alerts); `/news read` only
nudges the Alerts cog to deliver at once, as the polling loop does.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.checks import owner_only
from bot.cogs.errors import UserError
from bot.render.embeds import clean, safe_url

if TYPE_CHECKING:
    from bot.client import TransferBot
    from bot.ingest import IngestResult
    from bot.store import Store
    from bot.store.feeds import FeedRow

log = logging.getLogger(__name__)

ADMIN = discord.Permissions(administrator=True)
MESSAGE_LIMIT = 2000
LINE_LIMIT = 300


def is_http_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def show_url(url: str, limit: int = 200) -> str:
    """A URL as inert text: `<url>` (no preview) when it is a plain http(s) URL, escaped text otherwise."""
    safe = safe_url(url)
    if safe is not None and len(safe) <= limit and safe == url:
        return f"<{safe}>"
    return clean(url, limit)


def result_line(result: IngestResult) -> str:
    """One line per source, like `transferbot ingest`: new / duplicate / failed with the reason."""
    where = clean(result.title, 120) if result.title else show_url(result.origin, 150)
    if result.status == "failed":
        line = f"❌ failed: {show_url(result.origin, 150)}: {clean(result.error or 'unknown error', 150)}"
    elif result.status == "duplicate":
        line = f"➖ duplicate: {where}"
        if result.error:  # an article an admin removed: why it was not stored
            line += f": {clean(result.error, 150)}"
    else:
        n = result.claims
        line = f"✅ new: {where} ({n} claim{'s' if n != 1 else ''})"
    return line[:LINE_LIMIT]


def summary_line(results: list[IngestResult]) -> str:
    count = {s: sum(1 for r in results if r.status == s) for s in ("new", "duplicate", "failed")}
    claims = sum(r.claims for r in results)
    return (f"{count['new']} new, {count['duplicate']} duplicate, {count['failed']} failed; "
            f"{claims} claim{'s' if claims != 1 else ''} added")


def fit(head: str, lines: list[str], tail: str, limit: int = MESSAGE_LIMIT) -> str:
    """head, as many lines as fit, "… and N more", tail: never over Discord's message limit."""
    room = limit - len(head) - len(tail) - 40  # newlines and the "… and N more" line
    body: list[str] = []
    for i, line in enumerate(lines):
        room -= len(line) + 1
        if room < 0:
            body.append(f"… and {len(lines) - i} more")
            break
        body.append(line)
    return "\n".join(part for part in (head, *body, tail) if part)


def _when(stamp: str | None) -> dt.datetime | None:
    from bot.store.feeds import parse_stamp

    try:
        return parse_stamp(stamp)
    except ValueError:
        return None


def feed_label(row: FeedRow) -> str:
    """Plain text for an autocomplete choice (Discord shows it as is: no markdown there)."""
    name = " ".join((row.name or "").split())
    return f"{row.id}: {name} ({row.url})" if name else f"{row.id}: {row.url}"


def feed_line(row: FeedRow) -> str:
    name = f"**{clean(row.name, 80)}** " if row.name else ""
    polled = _when(row.last_polled_at)
    nxt = _when(row.next_poll_at)
    state = [f"every {row.interval_minutes} min",
             f"last polled {discord.utils.format_dt(polled, 'R')}" if polled else "never polled"]
    if row.failures:
        state.append(f"{row.failures} failure{'s' if row.failures != 1 else ''} in a row"
                     + (f" ({clean(row.last_error, 120)})" if row.last_error else ""))
    state.append(f"next poll {discord.utils.format_dt(nxt, 'R')}" if nxt else "next poll: due now")
    return f"`{row.id}` {name}{show_url(row.url, 200)} · " + " · ".join(state)


class News(commands.Cog):
    news = app_commands.Group(name="news", description="Owner only: read news now and manage the feeds polled",
                              default_permissions=ADMIN)

    def __init__(self, bot: TransferBot) -> None:
        self.bot = bot

    @property
    def store(self) -> Store:
        return self.bot.store

    async def _feeds_ready(self) -> Store:
        """The store, with the shipped feeds registered on first use (as `transferbot feeds` does)."""
        from bot.ingest.polling import ensure_default_feeds

        store = self.store
        await ensure_default_feeds(store, self.bot.settings)
        return store

    # -- /news read --------------------------------------------------------------------------
    @news.command(name="read", description="Owner only: read a feed or article URL now and store its claims")
    @app_commands.describe(url="An http(s) URL of an RSS/Atom feed or an article page")
    @owner_only()
    async def read(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]) -> None:
        from bot.ingest.web import ingest_url, never_silent

        url = url.strip()
        if not is_http_url(url):
            raise UserError("That is not an http(s) URL.")
        await interaction.response.defer(ephemeral=True, thinking=True)  # fetching may take seconds
        ingestor = self.bot.ingestor()
        results: list[IngestResult] = []
        async for result in never_silent(url, ingest_url(ingestor, url, self.bot.settings, fetcher=self.bot.fetcher)):
            results.append(result)
        log.info("/news read %s: %s", url, summary_line(results))
        if any(r.status == "new" and r.claim_ids for r in results):
            self.bot.dispatch("claims_stored", results)  # the Alerts cog delivers at once
        text = fit(f"Read {show_url(url, 300)}:", [result_line(r) for r in results],
                   f"**{summary_line(results)}**")
        await interaction.followup.send(text, ephemeral=True)

    # -- /news feeds -------------------------------------------------------------------------
    @news.command(name="feeds", description="Owner only: the feeds polled, with their polling state")
    @owner_only()
    async def feeds(self, interaction: discord.Interaction) -> None:
        from bot.store.feeds import list_feeds

        rows = await list_feeds(await self._feeds_ready())
        if not rows:
            await interaction.response.send_message("No feeds yet; add one with `/news add`.", ephemeral=True)
            return
        text = fit(f"{len(rows)} feed{'s' if len(rows) != 1 else ''}:", [feed_line(r) for r in rows], "")
        await interaction.response.send_message(text, ephemeral=True)

    # -- /news add ---------------------------------------------------------------------------
    @news.command(name="add", description="Owner only: poll a feed for news from now on")
    @app_commands.describe(url="An http(s) URL of an RSS or Atom feed", name="A short name to show (default: none)",
                           interval_minutes="Minutes between polls (default: the bot's setting)")
    @owner_only()
    async def add(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000],
                  name: app_commands.Range[str, 1, 100] | None = None,
                  interval_minutes: app_commands.Range[int, 1, 10080] | None = None) -> None:
        from bot.store.feeds import FeedExists, add_feed

        url = url.strip()
        if not is_http_url(url):
            raise UserError("That is not an http(s) URL.")
        store = await self._feeds_ready()
        name = " ".join(name.split()) if name else None
        try:
            row = await add_feed(store, url, name or None, None,
                                 interval_minutes or self.bot.settings.poll_interval_minutes)
        except FeedExists:
            raise UserError("That feed is already registered.") from None
        label = f"**{clean(row.name, 80)}** " if row.name else ""
        await interaction.response.send_message(
            f"Added feed `{row.id}` {label}{show_url(row.url)}: polled every {row.interval_minutes} min, "
            "the first time at the next polling turn.", ephemeral=True)

    # -- /news remove ------------------------------------------------------------------------
    async def _feed_autocomplete(self, interaction: discord.Interaction,
                                 current: str) -> list[app_commands.Choice[str]]:
        from bot.store.feeds import list_feeds

        if not await self.bot.is_owner(interaction.user):
            return []
        needle = current.strip().lower()
        out = []
        for row in await list_feeds(self.bot.store):
            label = feed_label(row)
            if needle in label.lower():
                out.append(app_commands.Choice(name=label[:97] + "…" if len(label) > 100 else label,
                                               value=str(row.id)))
            if len(out) == 25:
                break
        return out

    @news.command(name="remove", description="Owner only: stop polling a feed")
    @app_commands.describe(feed="The feed (its id or URL)")
    @app_commands.autocomplete(feed=_feed_autocomplete)
    @owner_only()
    async def remove(self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 2000]) -> None:
        from bot.store.feeds import remove_feed

        store = await self._feeds_ready()
        row = await remove_feed(store, feed.strip())
        if row is None:
            raise UserError("There is no such feed; pick one from the list.")
        label = f"**{clean(row.name, 80)}** " if row.name else ""
        await interaction.response.send_message(f"Removed feed `{row.id}` {label}{show_url(row.url)}.",
                                                ephemeral=True)


async def setup(bot: TransferBot) -> None:
    await bot.add_cog(News(bot))
