"""Answer -> Discord embeds: a title, the sentences that answer first, one entry per (player, club) link
with its path, status (a live link's likelihood too), dates and sources linked to the articles, a footer
with the number of reports; long answers split into pages. Dates use Discord's timestamp markup, which
each reader sees in their own locale ("<t:UNIX:d>", and "<t:UNIX:R>" for how long ago).

Formats the answer's link summaries (bot/answer/links.py) and nothing else, so an
embed states the same facts as the terminal's text and the JSON.

Everything that comes from an article or a feed (names, sources, titles, evidence)
is escaped for markdown and mentions before it reaches Discord. Every embed stays
within Discord's limits (checked by `embed_size_ok`, asserted in the tests).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

import discord

from bot.answer.likelihood import describe
from bot.answer.links import LinkSummary, Report
from bot.answer.shapes import LINK_KINDS, Answer, AnswerFact, Citation
from bot.render.text import chance, counts, label, render_text, render_why, who

if TYPE_CHECKING:
    from bot.models import StoredClaim

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
TOTAL_MAX = 6000
MESSAGE_MAX = 2000

# What we aim for, comfortably inside the limits.
PAGE_DESCRIPTION = 3500
PAGE_TOTAL = 5500
ENTRIES_PER_PAGE = 6
CITATIONS_PER_ENTRY = 3
MAX_FACT_FIELDS = 10

COLOUR = discord.Colour(0x2B6CB0)
COLOUR_ALERT = discord.Colour(0xD97706)
FACT_LABELS = {
    "current_club": "Club", "release_clause": "Release clause", "valuation": "Valuation",
    "asking_price": "Asking price", "contract_until": "Contract until", "position": "Position",
    "nationality": "Nationality", "age": "Age",
}


# Every character Discord's markdown gives a meaning, escaped with a backslash wherever it stands (a
# backslash too, so that one in the input cannot undo the escape after it), and ">", "#" and "-" where they
# start a line (quote, header, list). Brackets and "<" are escaped everywhere: a lone "]" in a title closed
# the citation's masked link early and made a link of its own, and "<#id>" or "</cmd:id>" rendered as a
# channel link or a clickable command. Not discord.utils.escape_markdown: it leaves those alone, and its
# masked-link pattern backtracks (5 s on 32 KB of "[a]"). This one is linear.
_MARKDOWN = re.compile(r"[\\*_~|`\[\]<]|^[ \t]*[>#-]", re.M)


def inert(text: str) -> str:
    """Markdown, links and mentions made plain text: what Discord shows is the text as written."""
    s = _MARKDOWN.sub(lambda m: f"{m.group(0)[:-1]}\\{m.group(0)[-1]}", text)
    return discord.utils.escape_mentions(s)


def clean(text: object, limit: int | None = None) -> str:
    """Text from outside (articles, feeds, users) made inert: no markdown, no mentions, one line."""
    s = re.sub(r"\s+", " ", str(text)).strip()
    if limit is not None:
        s = s[: limit + 1]  # escaping only lengthens it: no need to escape a whole article for a title
    s = inert(s)
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)].rstrip("\\") + "…"
    return s


def safe_url(url: str | None) -> str | None:
    """An http(s) URL usable inside a markdown link, or None."""
    if not url or not re.match(r"^https?://[^\s]+$", url) or len(url) > 512:
        return None
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")  # percent-encodes ( ) < > and the rest


def stamp(day: dt.date, style: str = "d") -> str:
    """Discord's timestamp markup for a day (noon UTC, so that every time zone shows the same date)."""
    unix = int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp())
    return f"<t:{unix}:{style}>"


def dates(link: LinkSummary) -> str:
    """'<t:..:d> → <t:..:d> (<t:..:R>)': first and latest report, in the reader's locale."""
    latest = f"{stamp(link.latest)} ({stamp(link.latest, 'R')})"
    return latest if link.first == link.latest else f"{stamp(link.first)} → {latest}"


def _where(url: str | None, name: str) -> str:
    """A markdown link to the article when it has a URL, else its title; never the path it was read from."""
    text = clean(name, 60) if name else "article"
    link = safe_url(url)
    return f"[{text}]({link})" if link else text


def cite(c: Citation) -> str:
    name = clean(c.source or c.outlet or "unattributed", 60)
    if c.tier is not None:
        name += f" (tier {c.tier})"
    return f"{name} {stamp(c.date)} · {_where(c.url, c.title or c.evidence)}"


def cite_report(r: Report) -> str:
    return f"{clean(who(r), 120)} {stamp(r.date)} · {_where(r.url, label(r))}"


def _value(v: object) -> str:
    return v.describe() if hasattr(v, "describe") else str(v)


def entry(label: str, link: LinkSummary, with_partner: str | None = None) -> str:
    """One link: path, status, dates, counts, up to three sources with links."""
    head = f"**{clean(label, 80)}**"
    if with_partner:
        head += f" → {clean(with_partner, 80)}"
    lines = [f"{head} — {clean(link.path, 300)} · *{link.status_words}*{chance(link)} · {dates(link)} · "
             f"{counts(link)}"]
    for r in link.citations[:CITATIONS_PER_ENTRY]:
        lines.append(f"  • {cite_report(r)}")
    if len(link.citations) > CITATIONS_PER_ENTRY:
        lines.append(f"  • +{len(link.citations) - CITATIONS_PER_ENTRY} more")
    return "\n".join(lines)


def _list(names: Sequence[str]) -> str:
    """Names joined for a title (raw: the title is cleaned once, as a whole)."""
    names = [n[:80] for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1] if names else ""


def title_for(answer: Answer) -> str:
    who = _list(answer.players) if answer.players else ""
    club = _list(answer.clubs) if answer.clubs else ""
    if answer.ambiguous and not answer.players and not answer.clubs:
        return "Which one did you mean?"
    match answer.intent:
        case "suitors":
            return f"Who wants {who}?" if who else "Transfer news"
        case "targets":
            return f"Who {club} are after"
        case "link":
            return f"{club} and {who}"
        case "latest":
            return f"Latest rumours about {who or club}" if (who or club) else "Latest rumours"
        case "fact":
            return f"{who}: facts" if who else "Facts"
        case "profile":
            return who or club or "Profile"
    return "I couldn't answer that"


def _entries(answer: Answer) -> list[str]:
    if answer.intent == "latest":
        return [entry(link.player, link, with_partner=link.club) for link in answer.links]
    by_player = answer.intent in ("targets", "profile") and bool(answer.clubs) and not answer.players
    # Live links first, then the rest (the answer's order within each).
    links = sorted(answer.links, key=lambda link: not link.current)
    if by_player:
        return [entry(link.player, link) for link in links]
    if len(answer.players) > 1:
        return [entry(link.club, link, with_partner=link.player) for link in links]
    return [entry(link.club, link) for link in links]


def _fact_fields(facts: list[AnswerFact]) -> list[tuple[str, str]]:
    out = []
    for f in facts[:MAX_FACT_FIELDS]:
        name = f"{FACT_LABELS.get(f.fact, f.fact)}"
        if len({x.player for x in facts}) > 1:
            name = f"{clean(f.player, 60)}: {name}"
        said = cite(f.citation) if f.citation else f"{clean(f.source or 'unattributed', 60)} {f.date.isoformat()}"
        out.append((name[:FIELD_NAME_MAX], f"{clean(_value(f.value), 200)}\n{said}"[:FIELD_VALUE_MAX]))
    return out


def _no_items_text(answer: Answer) -> str:
    if answer.intent == "unknown" or answer.ambiguous or answer.error:
        lines = [clean(line) for line in render_text(answer).splitlines()]
        return "\n".join(lines)[:PAGE_DESCRIPTION] or "I couldn't find a player or club I know."
    return ""


def _head(answer: Answer) -> str:
    """The notes and the first sentences, said before the entries of the first page."""
    if answer.intent == "unknown" or answer.ambiguous or answer.error:
        return ""
    lines = [*answer.notes, answer.summary] if answer.summary else list(answer.notes)
    return "\n".join(clean(line, 600) for line in lines if line)


def embed_size_ok(e: discord.Embed) -> bool:
    d = e.to_dict()
    fields = d.get("fields", [])
    return (len(e) <= TOTAL_MAX and len(d.get("title", "")) <= TITLE_MAX
            and len(d.get("description", "")) <= DESCRIPTION_MAX and len(fields) <= FIELDS_MAX
            and all(len(f["name"]) <= FIELD_NAME_MAX and len(f["value"]) <= FIELD_VALUE_MAX for f in fields)
            and len(d.get("footer", {}).get("text", "")) <= FOOTER_MAX)


def render_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer as one or more embed pages, each within Discord's limits."""
    title = clean(title_for(answer), TITLE_MAX)
    entries = _entries(answer)
    head = _head(answer)
    pages: list[list[str]] = []
    current: list[str] = [head] if head else []
    size = len(head) + 2 if head else 0
    for text in entries:
        text = text[:PAGE_DESCRIPTION]
        if current and (size + len(text) + 2 > PAGE_DESCRIPTION or len(current) >= ENTRIES_PER_PAGE):
            pages.append(current)
            current, size = [], 0
        current.append(text)
        size += len(text) + 2
    if current or not pages:
        pages.append(current)
    reports = len({r.article_id for link in answer.links for r in link.citations})
    fields = _fact_fields(answer.facts) if answer.facts else []
    embeds = []
    for i, page in enumerate(pages):
        description = "\n\n".join(page) if page else (_no_items_text(answer) or "No reports found.")
        e = discord.Embed(title=title, description=description or None, colour=COLOUR)
        if i == 0:
            for name, value in fields:
                e.add_field(name=name, value=value, inline=False)
        footer = f"{reports} report{'s' if reports != 1 else ''}" if answer.links else "transferbot"
        if len(pages) > 1:
            footer += f" · page {i + 1}/{len(pages)}"
        e.set_footer(text=footer)
        while len(e) > PAGE_TOTAL and e.fields:  # fields are the part that can go
            e.remove_field(-1)
        embeds.append(e)
    return embeds


def render_why_embed(answer: Answer) -> discord.Embed:
    """The "Why?" button's answer: for the first few links, the sentence each report came from (escaped)."""
    lines = [clean(line, 500) if line.startswith(" ") else f"**{clean(line, 200)}**"  # a link, then its reports
             for line in render_why(answer).splitlines()]
    text = "\n".join(lines)
    return discord.Embed(title=clean(f"Why: {title_for(answer)}", TITLE_MAX), description=text[:PAGE_DESCRIPTION],
                         colour=COLOUR)


def render_text_fallback(text: str) -> list[str]:
    """Plain text for where embeds are not allowed: escaped, in message-sized chunks."""
    out, chunk = [], ""
    for line in (text or "Nothing found.").splitlines():
        line = inert(line[:MESSAGE_MAX])[: MESSAGE_MAX - 10]
        if len(chunk) + len(line) + 1 > MESSAGE_MAX - 10:
            out.append(chunk)
            chunk = ""
        chunk += line + "\n"
    if chunk.strip():
        out.append(chunk)
    return out


# -- alerts ----------------------------------------------------------------------------------

def alert_marker(outbox_id: int) -> str:
    """Written in every alert so a restarted bot can find out whether an alert was already posted."""
    return f"alert #{outbox_id}"


def _stage_word(kind: str) -> str:
    return {"interest": "interested in", "talks": "in talks for", "bid": "bid for", "agreement": "agreement for",
            "signed": "signed", "loan": "loan for", "ended": "ended interest in"}.get(kind, kind)


def render_alert(outbox_id: int, claims: list[StoredClaim], following: str,
                 likelihood: float | None = None) -> discord.Embed:
    """One alert: a link (player, club, kind) and every report of it in this batch."""
    first = claims[0]
    title = clean(f"{first.club} {_stage_word(first.kind)} {first.player}", TITLE_MAX)
    lines = []
    if first.amount:
        lines.append(f"**{first.amount.describe()}**")
    evidence = next((c.evidence for c in claims if c.evidence), "")
    if evidence:
        lines.append("> " + clean(evidence, 400))
    seen = set()
    for c in sorted(claims, key=lambda c: c.date, reverse=True):
        cit = Citation(source=c.source, date=c.date, origin=c.origin, article_id=c.article_id, url=c.url,
                       title=c.title, tier=c.tier, outlet=c.outlet)
        key = (c.article_id, c.source)
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > 5:
            lines.append(f"• +{len(claims) - 5} more")
            break
        lines.append(f"• {cite(cit)}")
    e = discord.Embed(title=title, description="\n".join(lines)[:PAGE_DESCRIPTION], colour=COLOUR_ALERT)
    n = len({(c.article_id, c.source) for c in claims})
    e.add_field(name="Stage", value=first.kind + (" (live link)" if first.kind in LINK_KINDS else ""), inline=True)
    if likelihood is not None:  # the link's likelihood now, with this report (bot.answer.likelihood)
        e.add_field(name="How likely now", value=describe(likelihood), inline=True)
    e.set_footer(text=f"{n} report{'s' if n != 1 else ''} · following {clean(following, 80)} · "
                      f"{alert_marker(outbox_id)}")
    return e


def alert_text(outbox_id: int, claims: list[StoredClaim], following: str, likelihood: float | None = None) -> str:
    e = render_alert(outbox_id, claims, following, likelihood)
    likely = "".join(f"\n{f.name}: {f.value}" for f in e.fields if f.name == "How likely now")
    return f"**{e.title}**\n{e.description or ''}{likely}\n{e.footer.text}"[:MESSAGE_MAX]
