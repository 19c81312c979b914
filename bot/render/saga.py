"""A saga's living message and its final note (bot.answer.saga computes what they say).

The living message carries its marker ("saga #<id>") in the footer, so a restarted bot can
find a first post it made but did not record; the final note ends with its outbox row's
alert marker for the same reason. Names and sources come from articles: all escaped.
"""

from __future__ import annotations

import discord

from bot.answer.likelihood import describe
from bot.answer.saga import SagaState
from bot.render.embeds import (
    COLOUR_ALERT,
    MESSAGE_MAX,
    PAGE_DESCRIPTION,
    TITLE_MAX,
    alert_marker,
    clean,
    safe_url,
)

COLOUR_DONE = discord.Colour(0x2F855A)
COLOUR_OVER = discord.Colour(0x718096)
STATUS_WORD = {"live": "live", "ended": "ended", "done": "done"}


def saga_marker(saga_id: int) -> str:
    return f"saga #{saga_id}"


def _who(source: str | None, tier: int | None) -> str:
    who = clean(source or "unattributed", 60)
    return f"{who} (tier {tier})" if tier is not None else who


def saga_embed(saga_id: int, state: SagaState, following: str) -> discord.Embed:
    """The living message: each club's stage and sources, then the newest reports."""
    colour = COLOUR_DONE if state.outcome == "completed" else COLOUR_OVER if state.outcome else COLOUR_ALERT
    title = f"{state.player}: transfer saga"
    if state.outcome == "completed" and state.outcome_club:
        title = f"{state.player} → {state.outcome_club}: done"
    elif state.outcome == "collapsed":
        title = f"{state.player}: saga over"
    lines = []
    for s in state.clubs[:10]:
        chance = f" · {describe(s.likelihood)}" if s.likelihood is not None else ""
        sources = ", ".join(_who(n, t) for n, t in s.sources[:3]) or "unattributed"
        lines.append(f"**{clean(s.club, 80)}** — {s.stage} · *{STATUS_WORD[s.status]}*{chance} · "
                     f"{s.latest.isoformat()} · {sources}")
    if state.history:
        lines.append("")
        lines.append("**Latest reports**")
        for r in state.history:
            url = safe_url(r.link)
            where = f" · [article]({url})" if url else ""
            lines.append(f"• {r.date.isoformat()} {clean(r.club, 60)}: {r.kind} · {_who(r.source, r.tier)}{where}")
    e = discord.Embed(title=clean(title, TITLE_MAX), description="\n".join(lines)[:PAGE_DESCRIPTION],
                      colour=colour)
    e.set_footer(text=f"{state.reports} report{'s' if state.reports != 1 else ''} · following "
                      f"{clean(following, 80)} · edited as news arrives · {saga_marker(saga_id)}")
    return e


def final_note(state: SagaState, outbox_id: int) -> str:
    """One short message when the saga ends; ends with the alert marker (look before posting again)."""
    r = state.outcome_report
    if state.outcome == "completed" and r is not None:
        text = (f"✅ Done: {clean(state.player, 80)} → {clean(state.outcome_club or r.club, 80)} "
                f"({r.kind}, {r.date.isoformat()}, {_who(r.source, r.tier)}). This saga is closed.")
    else:
        text = (f"❌ Over: every club linked with {clean(state.player, 80)} has pulled out"
                f"{f' ({r.date.isoformat()})' if r else ''}. This saga is closed.")
    return f"{text[:MESSAGE_MAX - 40]} · {alert_marker(outbox_id)}"
