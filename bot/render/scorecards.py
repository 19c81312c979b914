"""Scorecards and likelihood explanations as Discord embeds (bot.answer.scorecards / .likelihood compute them).

Source names come from articles, so every one is escaped (bot.render.embeds.clean).
"""

from __future__ import annotations

import discord

from bot.answer.scorecards import MIN_DECIDED, Scorecard, describe_rate
from bot.render.embeds import COLOUR, PAGE_DESCRIPTION, TITLE_MAX, clean

LINKS_SHOWN = 12
OUTCOME_WORD = {"true": "came true", "died": "died", "open": "open"}


def scorecard_embed(card: Scorecard, others: list[str] | None = None) -> discord.Embed:
    """One source: the shipped tier beside the measured record, then its links and what became of them."""
    tier = f"tier {card.tier}" if card.tier is not None else "no shipped tier"
    e = discord.Embed(title=clean(f"{card.source} ({tier})", TITLE_MAX), colour=COLOUR)
    e.add_field(name="Links reported", value=str(card.reported), inline=True)
    same = f" (+{card.same_day} decided the day reported)" if card.same_day else ""
    e.add_field(name="Came true / died / open", value=f"{card.came_true} / {card.died} / {card.open}{same}",
                inline=True)
    e.add_field(name="Record", value=clean(describe_rate(card), 200), inline=False)
    lead = card.median_lead_days
    if lead is not None:
        e.add_field(name="Median lead time", value=f"{lead:g} days from its first report to the move",
                    inline=False)
    lines = []
    for link in sorted(card.links, key=lambda r: r.first, reverse=True)[:LINKS_SHOWN]:
        o = link.outcome
        when = f" {o.when.isoformat()}" if o.when else ""
        moved = f" (moved to {clean(o.moved_to, 60)})" if o.moved_to else ""
        lines.append(f"• {clean(link.player, 60)} → {clean(link.club, 60)} · first {link.first.isoformat()} · "
                     f"{OUTCOME_WORD[o.status]}{when}{moved}")
    if len(card.links) > LINKS_SHOWN:
        lines.append(f"• +{len(card.links) - LINKS_SHOWN} more")
    e.description = "\n".join(lines)[:PAGE_DESCRIPTION] or "No transfer link credited to this source yet."
    footer = f"A hit rate is shown from {MIN_DECIDED} decided links on."
    if others:
        footer += " Also close: " + ", ".join(o[:40] for o in others[:3])
    e.set_footer(text=footer)
    return e


def likelihood_embed(explained: list[list[str]]) -> discord.Embed:
    """The explanations of an answer's live links (bot.answer.likelihood.explain), one block each."""
    blocks = []
    for lines in explained:
        head, *rest = lines
        blocks.append("\n".join([f"**{clean(head, 200)}**", *(clean(line, 300) for line in rest)]))
    e = discord.Embed(title="How likely, and why", colour=COLOUR,
                      description="\n\n".join(blocks)[:PAGE_DESCRIPTION] or "No live link to explain.")
    e.set_footer(text="Stage weight × source reliability (tier, moved by its measured record), later sources "
                      "count half as much as the one before; a link with no report for weeks decays.")
    return e
