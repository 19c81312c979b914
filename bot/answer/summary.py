"""The sentence that answers first: one or two sentences that answer the question as asked.

A fan asking "who wants caicedo" wants to read "No club is in for Moises Caicedo
now: Caicedo joined Chelsea on 14 Aug 2023 (£115m)." before any list of reports.
These sentences are made from the answer's link summaries and the asked players'
standing (their club, their latest move), so they can never say something the
details below them do not show. Plain text: render/ escapes it for Discord.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answer.shapes import STAGE, Answer, AnswerFact, LinkSummary, Standing

FACT_WORDS = {
    "current_club": "club", "release_clause": "release clause", "valuation": "valuation",
    "asking_price": "asking price", "contract_until": "contract", "position": "position",
    "nationality": "nationality", "age": "age",
}
MAX_NAMED = 3  # clubs or players named in one sentence before "and N others"


def day(value: dt.date | str) -> str:
    """'14 Aug 2023'; a month or a year alone when that is all that is known ('Jun 2022', '2019')."""
    if isinstance(value, str):
        parts = value.split("-")
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%b %Y")
        value = dt.date.fromisoformat(value)
    return f"{value.day} {value:%b %Y}"


def on(value: str) -> str:
    """'on 14 Aug 2023', 'in Jun 2022', 'in 2019'."""
    return ("on " if value.count("-") == 2 else "in ") + day(value)


def names(items: Sequence[str]) -> str:
    """'Liverpool', 'Liverpool and Tottenham', 'A, B, C and 2 others'."""
    items = list(dict.fromkeys(items))
    if len(items) > MAX_NAMED:
        rest = len(items) - MAX_NAMED
        return ", ".join(items[:MAX_NAMED]) + f" and {rest} other{'s' if rest != 1 else ''}"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def short(player: str) -> str:
    """The surname a report would use on second mention ('Caicedo'); no pronoun, whoever the player is."""
    parts = player.split()
    return parts[-1] if len(parts) > 1 and len(parts[-1]) > 2 else player


def sources(link: LinkSummary, most: int = 2) -> str:
    """The credited sources of a link's newest articles, 'Fabrizio Romano & Sky Germany'."""
    seen: list[str] = []
    for r in link.citations:
        for c in r.credits:
            if c.name not in seen:
                seen.append(c.name)
    return " & ".join(seen[:most])


def detail(link: LinkSummary) -> str:
    """'interest, 3 reports, Fabrizio Romano & Sky Germany'."""
    stage = link.stage + (f" {link.amount.describe()}" if link.amount else "")
    parts = [stage, f"{link.reports} report{'s' if link.reports != 1 else ''}"]
    who = sources(link)
    if who:
        parts.append(who)
    return ", ".join(parts)


def _furthest(links: Sequence[LinkSummary]) -> LinkSummary:
    return max(links, key=lambda link: (STAGE.get(link.stage, -1), link.reports, link.latest))


def _moved(st: Standing | None, full: bool = False) -> str:
    """'Caicedo joined Chelsea on 14 Aug 2023 (£115m)', or '' when no completed move is known; `full`:
    the player's whole name (when the sentence has not named him yet)."""
    if st is None or not st.moved_to or not st.moved_on:
        return ""
    verb = "joined" if not st.loan else "went on loan to"
    fee = f" ({st.fee.describe()})" if st.fee else ""
    return f"{st.player if full else short(st.player)} {verb} {st.moved_to} {on(st.moved_on)}{fee}"


def _plays(st: Standing | None) -> str:
    """'Itakura plays for Borussia Mönchengladbach; release clause €10m–€15m.'"""
    if st is None or not st.club:
        return ""
    out = f"{short(st.player)} plays for {st.club}"
    if st.release_clause:
        out += f"; release clause {st.release_clause.describe()}"
    return out + "."


def _ended_on(link: LinkSummary) -> str:
    ended = [s for s in link.steps if s.kind == "ended"]
    return day(max(s.latest for s in ended)) if ended else day(link.latest)


def suitors(player: str, links: Sequence[LinkSummary], st: Standing | None) -> str:
    live = [link for link in links if link.current]
    if live:
        best = _furthest(live)
        if len(live) == 1:
            first = f"{best.club} are in for {player} ({detail(best)})."
        else:
            first = (f"{names([link.club for link in live])} are in for {player} — "
                     f"{best.club} furthest along ({detail(best)}).")
        return " ".join(x for x in (first, _plays(st)) if x)
    moved = _moved(st)
    if moved:
        return f"No club is in for {player} now: {moved}."
    ended = [link for link in links if link.status == "ended"]
    if ended:
        last = max(ended, key=lambda link: link.latest)
        return f"No club is in for {player} now: the last link, {last.club}, ended on {_ended_on(last)}."
    return " ".join(x for x in (f"No club is currently reported to be in for {player}.", _plays(st)) if x)


def link_answer(player: str, club: str, link: LinkSummary | None, st: Standing | None) -> str:
    """Are <club> in for <player>? Yes or no first, then why."""
    moved = _moved(st)
    if link is None:
        if moved and (st is None or st.moved_to != club):
            return f"No reports link {club} with {player}; {moved}."
        return f"No reports link {club} with {player}."
    if link.status == "live":
        return f"Yes: {club} are in for {player} ({detail(link)})."
    if link.status == "completed":
        if moved and st is not None and st.moved_to == club:
            return f"{_moved(st, full=True)}."
        return f"{player} has moved to {club} (reported {day(link.latest)})."
    if link.status == "ended":
        return f"No: {club} are no longer in for {player}; their interest ended on {_ended_on(link)}."
    if moved:
        return f"No: {club} are not in for {player} now; {moved}."
    return f"No: {club} are not currently in for {player} (last reported {day(link.latest)})."


def targets(club: str, links: Sequence[LinkSummary]) -> str:
    live = [link for link in links if link.current]
    if live:
        best = _furthest(live)
        n = len(live)
        return (f"{club} are in for {n} player{'s' if n != 1 else ''} — furthest along: "
                f"{best.player} ({detail(best)}).")
    if links:
        newest = max(links, key=lambda link: link.latest)
        return (f"No live reports of {club} chasing a player; the newest: {newest.player} "
                f"({newest.status_words}, {day(newest.latest)}).")
    return f"Nothing reported about {club} chasing a player yet."


def latest(answer: Answer) -> str:
    about = names(answer.players + answer.clubs)
    if answer.clubs and not answer.players and answer.links and not {link.club for link in answer.links} & set(
            answer.clubs):
        about = f"players leaving {names(answer.clubs)}"  # the clubs' outgoing moves
    if not answer.links:
        return f"Nothing reported about {about} yet." if about else "No rumours yet."
    newest = max(answer.links, key=lambda link: link.latest)
    head = f"The newest about {about}" if about else "The newest rumour"
    return (f"{head}: {newest.player} → {newest.club}, {newest.stage} ({newest.status_words}), "
            f"{day(newest.latest)}; {len(answer.links)} saga{'s' if len(answer.links) != 1 else ''} in all.")


def _value(v: object) -> str:
    return v.describe() if hasattr(v, "describe") else str(v)


def fact(answer: Answer) -> str:
    who = names(answer.players)
    asked = answer.fact_asked
    label = FACT_WORDS.get(asked or "", "facts")
    found: list[AnswerFact] = answer.facts
    for_who = f" for {who}" if who else ""  # (no player when the name was ambiguous: the answer asks which)
    exact = [f for f in found if f.fact == asked] if asked else found
    if exact:
        f = exact[0]
        said = f", {f.source}" if f.source else ""
        if f.fact == "current_club":
            return f"{f.player} plays for {_value(f.value)} ({day(f.date)}{said})."
        return f"{f.player}'s {FACT_WORDS.get(f.fact, f.fact)}: {_value(f.value)} ({day(f.date)}{said})."
    if found:
        related = ", ".join(f"{FACT_WORDS.get(f.fact, f.fact)} {_value(f.value)}" for f in found[:2])
        return f"No {label} reported{for_who}; related figures: {related}."
    return f"No {label} reported{for_who} yet."


def unknown(answer: Answer) -> str:
    if answer.players:
        out = f"I have no transfer reports about {names(answer.players)} yet."
        plays = " ".join(x for x in (_plays(st) for st in answer.standing) if x)
        return f"{out} {plays}" if plays else out
    if answer.unmatched:
        return f'I couldn\'t find "{" ".join(answer.unmatched)[:60]}" among the players and clubs I know.'
    return "I couldn't find a player or club I know in that question."


def first_sentences(answer: Answer) -> str:
    """The one or two sentences that answer `answer`'s question as asked ('' when it asks back)."""
    if answer.error or (answer.ambiguous and not answer.players and not answer.clubs):
        return ""
    standing = {st.player: st for st in answer.standing}
    intent = answer.intent
    if intent == "unknown":
        return unknown(answer)
    if intent == "fact":
        return fact(answer)
    if intent == "latest":
        return latest(answer)
    if intent == "link" and answer.players and answer.clubs:
        by_pair = {(link.player, link.club): link for link in answer.links}
        return " ".join(link_answer(p, c, by_pair.get((p, c)), standing.get(p))
                        for p in answer.players[:2] for c in answer.clubs[:2])
    if intent in ("suitors", "profile", "link") and answer.players:
        return " ".join(suitors(p, [link for link in answer.links if link.player == p], standing.get(p))
                        for p in answer.players[:2])
    if intent in ("targets", "profile") and answer.clubs:
        return " ".join(targets(c, [link for link in answer.links if link.club == c]) for c in answer.clubs[:2])
    return ""

