"""A daily digest as one embed; its footer ends with the digest's marker (look before posting again)."""

from __future__ import annotations

import discord

from bot.answer.digest import DigestEntry
from bot.render.embeds import COLOUR, PAGE_DESCRIPTION, TITLE_MAX, clean, safe_url

ENTRIES = 20


def digest_marker(digest_id: int) -> str:
    return f"digest #{digest_id}"


def digest_embed(digest_id: int, following: str, entries: list[DigestEntry], day: str) -> discord.Embed:
    lines = []
    for e in entries[:ENTRIES]:
        who = ", ".join(f"{clean(n, 50)} (tier {t})" if t is not None else clean(n, 50)
                        for n, t in e.sources[:3]) or "unattributed"
        url = safe_url(e.link)
        where = f" · [article]({url})" if url else ""
        lines.append(f"• **{clean(e.player, 60)} → {clean(e.club, 60)}**: {', '.join(e.kinds)} · "
                     f"{e.reports} report{'s' if e.reports != 1 else ''} · {who}{where}")
    if len(entries) > ENTRIES:
        lines.append(f"• +{len(entries) - ENTRIES} more links changed")
    em = discord.Embed(title=clean(f"Daily digest: {following} · {day}", TITLE_MAX), colour=COLOUR,
                       description="\n".join(lines)[:PAGE_DESCRIPTION])
    em.set_footer(text=f"{len(entries)} link{'s' if len(entries) != 1 else ''} changed · {digest_marker(digest_id)}")
    return em
