"""A daily digest as one embed, a section per followed player or club; its footer ends with the
digest's marker (looked for before posting again after a crash)."""

from __future__ import annotations

import discord

from bot.answer.digest import DigestEntry
from bot.render.embeds import COLOUR, PAGE_DESCRIPTION, TITLE_MAX, clean, safe_url

ENTRIES = 20  # lines in all


def digest_marker(digest_id: int) -> str:
    return f"digest #{digest_id}"


def _line(e: DigestEntry) -> str:
    who = ", ".join(f"{clean(n, 50)} (tier {t})" if t is not None else clean(n, 50)
                    for n, t in e.sources[:3]) or "unattributed"
    url = safe_url(e.link)
    where = f" · [article]({url})" if url else ""
    return (f"• **{clean(e.player, 60)} → {clean(e.club, 60)}**: {', '.join(e.kinds)} · "
            f"{e.reports} report{'s' if e.reports != 1 else ''} · {who}{where}")


def digest_embed(digest_id: int, sections: list[tuple[str, list[DigestEntry]]], day: str) -> discord.Embed:
    """`sections`: (what a subscription follows, what changed for it), in the channel's order."""
    sections = [(name, entries) for name, entries in sections if entries]
    lines: list[str] = []
    shown = 0
    links = sum(len(entries) for _, entries in sections)
    for name, entries in sections:
        if len(sections) > 1:
            lines.append(f"__{clean(name, 80)}__")
        for e in entries:
            if shown >= ENTRIES:
                break
            lines.append(_line(e))
            shown += 1
    if links > shown:
        lines.append(f"• +{links - shown} more links changed")
    following = sections[0][0] if len(sections) == 1 else f"{len(sections)} followed"
    em = discord.Embed(title=clean(f"Daily digest: {following} · {day}", TITLE_MAX), colour=COLOUR,
                       description="\n".join(lines)[:PAGE_DESCRIPTION])
    em.set_footer(text=f"{links} link{'s' if links != 1 else ''} changed · {digest_marker(digest_id)}")
    return em
