"""From a question to an Answer: intent, names, the claims and facts that answer it.

`answer_question` is the whole pipeline the CLI (`transferbot ask`, `chat`) and
the Discord bot share; `player_profile`, `club_profile` and `latest` serve the
slash commands. Nothing here formats for a medium: the answer carries its items
(the JSON contract's rows), one LinkSummary per (player, club) (bot/answer/links.py)
and the few sentences said around them; render/ turns that into text, JSON or
embeds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from bot.answer.intents import EXAMPLES, guess_intent
from bot.answer.links import summarise
from bot.answer.resolve import Entity, Mention, Resolution, get_resolver, resolve_question
from bot.answer.shapes import (
    DONE_KINDS,
    LINK_KINDS,
    STAGE,
    Answer,
    AnswerFact,
    Citation,
    ClaimRow,
    FactRow,
    Item,
    Money,
    Standing,
    independent_sources,
)
from bot.answer.summary import first_sentences
from bot.text import fold

if TYPE_CHECKING:
    from bot.models import FactKind

MAX_TARGET_PLAYERS = 25
LATEST_ITEMS = 15
# Facts shown instead when the asked one is not known.
RELATED_FACTS: dict[str, tuple[FactKind, ...]] = {
    "valuation": ("asking_price", "release_clause"),
    "asking_price": ("valuation", "release_clause"),
    "release_clause": ("asking_price", "valuation"),
}


# -- merging claims into items ----------------------------------------------------------

def _citation(c: ClaimRow) -> Citation:
    return Citation(source=c.source, date=c.date, origin=c.origin, article_id=c.article_id, url=c.url,
                    title=c.title, tier=c.tier, outlet=c.outlet, evidence=c.evidence)


def group_items(claims: Iterable[ClaimRow]) -> list[Item]:
    """One item per (player, club, kind, past): first and latest dates, reports, independent sources."""
    groups: dict[tuple[str, str, str, bool], list[ClaimRow]] = defaultdict(list)
    for c in claims:
        groups[(c.player, c.club, c.kind, c.past)].append(c)
    items = []
    for (player, club, kind, past), cs in groups.items():
        cs.sort(key=lambda c: (c.date, c.id or 0), reverse=True)
        articles = {c.article_id for c in cs}
        independent = independent_sources(cs)
        seen: set[tuple[str, str]] = set()
        sources = []
        for c in cs:
            k = (c.article_id, fold(c.source))
            if k not in seen:
                seen.add(k)
                sources.append(_citation(c))
        amount = next((c.amount for c in cs if c.amount is not None), None)
        items.append(Item(player=player, club=club, kind=kind, past=past, current=False,
                          latest=cs[0].date, first=cs[-1].date, reports=len(articles),
                          independent_sources=independent, amount=amount,
                          evidence=cs[0].evidence, sources=sources))
    return items


# -- who is still in for a player (cli.md) ------------------------------------------------

class Status(NamedTuple):
    """The fields of a claim that decide whether a link is live (a StoredClaim has them too)."""

    player: str
    club: str
    kind: str
    past: bool
    date: dt.date
    event_date: str | None


async def status_by_player(store, player_ids: list[int], kinds: Iterable[str] | None = None
                           ) -> dict[str, list[Status]]:
    out: dict[str, list[Status]] = defaultdict(list)
    for p, c, k, past, d, ev in await store.claim_status_rows(player_ids, kinds):
        out[p].append(Status(p, c, k, past, dt.date.fromisoformat(d), ev))
    return out


def last_move(claims: Iterable[ClaimRow | Status]) -> tuple[str, str | None]:
    """(when, club) of the player's latest completed move: a signed/loan that is news, or a past one
    with a stated event_date; ("", None) when none is known."""
    moves = []
    for c in claims:
        if c.kind in DONE_KINDS:
            when = c.event_date or (None if c.past else c.date.isoformat())
            if when:
                moves.append((str(when), c.club))
    return max(moves) if moves else ("", None)


def current_clubs(claims: list[ClaimRow | Status]) -> set[str]:
    """Clubs whose newest news claim about the player is a link kind (ended wins on the same date),
    newer than his latest completed move, and not the club he moved to. `claims` are one player's."""
    moved_when, moved_to = last_move(claims)
    newest: dict[str, tuple[str, str]] = {}
    for c in claims:
        if c.past:
            continue
        d = c.date.isoformat()
        if moved_when and d[:len(moved_when)] <= moved_when:
            continue
        prev = newest.get(c.club)
        if prev is None or d > prev[0] or (d == prev[0] and c.kind == "ended"):
            newest[c.club] = (d, c.kind)
    return {club for club, (_, kind) in newest.items() if kind in LINK_KINDS and club != moved_to}


def mark_current(items: list[Item], claims_by_player: dict[str, list]) -> None:
    """current=True on exactly one item per current suitor club: its furthest-stage live link item."""
    for it in items:
        it.current = False
    for player, claims in claims_by_player.items():
        clubs = current_clubs(claims)
        if not clubs:
            continue
        moved_when, _ = last_move(claims)
        for club in clubs:
            live = [it for it in items if it.player == player and it.club == club and not it.past
                    and it.kind in LINK_KINDS and (not moved_when or it.latest.isoformat()[:len(moved_when)]
                                                   > moved_when)]
            if live:
                best = max(live, key=lambda it: (STAGE[it.kind], it.latest))
                best.current = True


def order_items(items: list[Item]) -> list[Item]:
    """Per (player, club): current suitors first, then other news (ended, moves), then history;
    newest first within each band; within a club the current item, then by date and stage."""
    groups: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in items:
        groups[(it.player, it.club)].append(it)

    def band(its: list[Item]) -> int:
        if any(it.current for it in its):
            return 0
        if any(not it.past for it in its):
            return 1
        return 2

    ordered = sorted(groups.values(), key=lambda its: (band(its), -max(it.latest for it in its).toordinal()))
    out = []
    for its in ordered:
        its.sort(key=lambda it: (not it.current, it.past, -it.latest.toordinal(), -STAGE[it.kind]))
        out.extend(its)
    return out


# -- facts ------------------------------------------------------------------------------

def _answer_fact(f: FactRow) -> AnswerFact:
    return AnswerFact(player=f.player, fact=f.fact, value=f.value, source=f.source, date=f.date,
                      citation=Citation(source=f.source, date=f.date, origin=f.origin, article_id=f.article_id,
                                        url=f.url, title=f.title, tier=f.tier))


def latest_facts(facts: list[FactRow], kinds: Iterable[str] | None = None) -> list[AnswerFact]:
    """The newest value of each fact kind (facts come oldest first)."""
    newest: dict[tuple[str, str], FactRow] = {}
    for f in facts:
        newest[(f.player, f.fact)] = f
    wanted = list(kinds) if kinds is not None else None
    out = [_answer_fact(f) for (_, kind), f in newest.items() if wanted is None or kind in wanted]
    if wanted is not None:
        out.sort(key=lambda a: wanted.index(a.fact))
    return out


# -- the answers ------------------------------------------------------------------------

async def _player_claims(store, pids: list[int]) -> dict[str, list[ClaimRow]]:
    by_player: dict[str, list[ClaimRow]] = defaultdict(list)
    for r in await store.claim_rows(player_ids=pids):
        c = ClaimRow.from_row(r)
        by_player[c.player].append(c)
    return by_player


async def _rate(store, items: list[Item], by_player, today: dt.date | None) -> None:
    """How likely each live link is (bot.answer.likelihood), with the source records kept in the store."""
    from bot.answer.likelihood import annotate
    from bot.answer.records import load_records

    if any(it.current for it in items):
        annotate(items, by_player, today or dt.date.today(), await load_records(store))


async def _suitors(store, answer: Answer, players: list[Entity], clubs: list[Entity] | None = None,
                   today: dt.date | None = None) -> None:
    by_player = await _player_claims(store, [p.id for p in players])
    claims = [c for cs in by_player.values() for c in cs]
    if clubs:
        wanted = {c.name for c in clubs}
        items = group_items(c for c in claims if c.club in wanted)
    else:
        items = group_items(claims)
    mark_current(items, by_player)
    await _rate(store, items, by_player, today)
    answer.items = order_items(items)


async def _targets(store, answer: Answer, clubs: list[Entity], today: dt.date | None = None) -> None:
    # The newest claims' (id, player) first; whole rows only for the players shown.
    heads = await store.club_claim_heads([c.id for c in clubs], limit=200)
    player_ids = list(dict.fromkeys(p for _, p in heads))[:MAX_TARGET_PLAYERS]  # newest first
    keep = set(player_ids)
    kept = [i for i, p in heads if p in keep]
    by_id = {r[0]: r for r in await store.claim_rows_by_id(kept)}
    claims = [ClaimRow.from_row(by_id[i]) for i in kept]
    # The player's moves to any club decide whether a link is still live.
    moves = await status_by_player(store, player_ids, sorted(DONE_KINDS)) if player_ids else {}
    by_player: defaultdict[str, list[ClaimRow | Status]] = defaultdict(list)
    for player, statuses in moves.items():
        by_player[player].extend(statuses)
    for c in claims:
        if c.kind not in DONE_KINDS:
            by_player[c.player].append(c)
    club_names = {c.name for c in clubs}
    items = group_items(c for c in claims if c.club in club_names)
    mark_current(items, by_player)
    await _rate(store, items, by_player, today)
    answer.items = order_items(items)


async def _latest_items(store, player_ids=None, club_ids=None, kinds=None, since=None,
                        limit: int = LATEST_ITEMS) -> list[Item]:
    rows = await store.claim_rows(player_ids=player_ids, club_ids=club_ids, kinds=kinds, since=since,
                                  limit=limit * 3, newest_first=True)
    items = group_items(ClaimRow.from_row(r) for r in rows)
    items.sort(key=lambda it: (-it.latest.toordinal(), it.past, -STAGE[it.kind]))
    items = items[:limit]
    names = list(dict.fromkeys(it.player for it in items))
    ids = await store.player_ids(names)
    if ids:
        mark_current(items, await status_by_player(store, list(ids.values())))
    return items


async def _outgoing_items(store, clubs: list[Entity], limit: int = LATEST_ITEMS) -> list[Item]:
    """The newest moves of players leaving the clubs: for each player the clubs have signed (or that a
    report places there), his links with other clubs from the day he was there until his next completed
    move, newest first."""
    names = {c.name for c in clubs}
    heads = await store.club_claim_heads([c.id for c in clubs], limit=200)
    pids = list(dict.fromkeys(p for _, p in heads))[:MAX_TARGET_PLAYERS]
    if not pids:
        return []
    by_player = await _player_claims(store, pids)
    there: dict[str, str] = {}  # player -> since when (day, month or year) he is known to be at the club
    for player, claims in by_player.items():
        for c in claims:
            when = c.event_date or (None if c.past else c.date.isoformat())
            if c.club in names and c.kind in DONE_KINDS and when:
                there[player] = max(there.get(player, ""), str(when))  # his latest move there
    placed: dict[str, str] = {}
    for f in (FactRow.from_row(r) for r in await store.fact_rows(player_ids=pids)):
        if f.fact == "current_club" and f.value in names and f.player not in there:
            placed[f.player] = min(placed.get(f.player, "9999"), f.date.isoformat())  # first report there
    there.update(placed)
    leaving: list[ClaimRow] = []
    for player, since in there.items():
        news = sorted((c for c in by_player[player] if c.club not in names and not c.past
                       and c.date.isoformat()[:len(since)] >= since), key=lambda c: c.date)
        gone = next((c.date for c in news if c.kind in DONE_KINDS), None)
        leaving += [c for c in news if gone is None or c.date <= gone]
    items = group_items(leaving)
    mark_current(items, by_player)
    items.sort(key=lambda it: (-it.latest.toordinal(), it.past, -STAGE[it.kind]))
    return items[:limit]


async def _facts(store, answer: Answer, players: list[Entity], fact: FactKind | None) -> None:
    facts = [FactRow.from_row(r) for r in await store.fact_rows(player_ids=[p.id for p in players])]
    if fact is None:
        answer.facts = latest_facts(facts)
        return
    found = latest_facts(facts, [fact])
    if not found and fact in RELATED_FACTS:
        found = latest_facts(facts, RELATED_FACTS[fact])
    if not found and fact == "current_club":
        # No stated club: the latest completed move tells it.
        by_player = await _player_claims(store, [p.id for p in players])
        for player, claims in by_player.items():
            moves = [c for c in claims if c.kind in DONE_KINDS and (not c.past or c.event_date)]
            if moves:
                c = max(moves, key=lambda c: (c.event_date or c.date.isoformat(), c.date))
                found.append(AnswerFact(player=player, fact="current_club", value=c.club, source=c.source,
                                        date=c.date, citation=_citation(c)))
    answer.facts = found


def _settle(res: Resolution, pairs: set[tuple[int, int]], counts: dict[tuple[str, int], int]) -> list[Mention]:
    """Pick one candidate for ambiguous mentions from context; return those still ambiguous."""
    players = {e.id for e in res.players}
    clubs = {e.id for e in res.clubs}
    open_ = []
    for m in list(res.mentions):
        if not m.ambiguous:
            continue
        linked = [e for e in m.candidates
                  if (e.kind == "club" and any((p, e.id) in pairs for p in players))
                  or (e.kind == "player" and any((e.id, c) in pairs for c in clubs))]
        if len(linked) == 1:
            m.candidates = linked
            continue
        with_data = [e for e in m.candidates if counts.get((e.kind, e.id), 0) > 0]
        if len(with_data) == 1:
            m.candidates = with_data
            continue
        if len(with_data) > 1:
            m.candidates = with_data
        if m.weak:  # a word several clubs share: only worth asking about when nothing else was named
            res.mentions.remove(m)
            if players or clubs:
                continue
        open_.append(m)
    return open_


async def answer_question(store, question: str, today: dt.date | None = None) -> Answer:
    """The whole pipeline: names, intent, the query, the merged items and their link summaries."""
    question = question if isinstance(question, str) else str(question)
    try:
        answer, res, notes = await _answer(store, question, today)
        answer.context = await _link_context(store, answer) if answer.intent == "link" else []
        answer.notes = [*_readings(res, answer), *notes]
        answer.unmatched = list(res.unknown)
        await _finish(store, answer)
    except Exception as exc:  # a question must never crash the bot; say so plainly
        logging.getLogger(__name__).exception("answering %r failed", question[:200])
        answer = Answer(question=question, intent="unknown", suggestions=list(EXAMPLES[:3]))
        answer.error = f"Sorry, something went wrong answering that ({type(exc).__name__})."
    return answer


async def _finish(store, answer: Answer) -> None:
    """What every answer gets last: its link summaries, where its players stand, the first sentences."""
    answer.links = summarise(answer.items)
    if answer.players and not answer.ambiguous:
        answer.standing = await standing(store, answer.players)
    answer.summary = first_sentences(answer)


async def standing(store, players: list[str]) -> list[Standing]:
    """Each player's club and latest completed move (a signed/loan that is news, or a past one with a
    stated time), and his release clause: what the answer's first sentence tells about him."""
    ids = await store.player_ids(players)
    if not ids:
        return []
    by_player: dict[str, list[ClaimRow]] = defaultdict(list)
    for r in await store.claim_rows(player_ids=list(ids.values()), kinds=sorted(DONE_KINDS)):  # moves only
        c = ClaimRow.from_row(r)
        by_player[c.player].append(c)
    facts = [FactRow.from_row(r) for r in await store.fact_rows(player_ids=list(ids.values()))]
    out = []
    for player in players:
        if player not in ids:
            continue
        st = Standing(player)
        moves = [c for c in by_player.get(player, []) if c.kind in DONE_KINDS and (not c.past or c.event_date)]
        move = max(moves, key=lambda c: (c.event_date or c.date.isoformat(), c.date), default=None)
        if move is not None:
            st.moved_to, st.moved_on = move.club, move.event_date or move.date.isoformat()
            st.fee, st.loan = move.amount, move.kind == "loan"
        mine = [f for f in facts if f.player == player]  # oldest first
        club_fact = next((f for f in reversed(mine) if f.fact == "current_club" and isinstance(f.value, str)), None)
        if club_fact is not None and (move is None or club_fact.date >= move.date):
            st.club = club_fact.value
        else:
            st.club = st.moved_to
        clause = next((f for f in reversed(mine) if f.fact == "release_clause"), None)
        if clause is not None and isinstance(clause.value, Money):
            st.release_clause = clause.value
        out.append(st)
    return out


async def _link_context(store, answer: Answer) -> list[str]:
    """For a player no club asked about is linked with ("is arsenal in for caicedo"): where he stands."""
    alone = [p for p in answer.players if not any(it.player == p for it in answer.items)]
    if not alone:
        return []
    ids = await store.player_ids(alone)
    by_player = await _player_claims(store, list(ids.values()))
    out = []
    for player in alone:
        claims: list[ClaimRow | Status] = list(by_player.get(player, []))
        clubs = sorted(current_clubs(claims))
        if clubs:  # (his latest completed move, when no club is in for him, the first sentence tells)
            out.append(f"Clubs currently reported in for {player}: {', '.join(clubs)}.")
    return out


def _readings(res: Resolution, answer: Answer) -> list[str]:
    """One line per name read through a typo ("itacura" -> Ko Itakura), so a wrong guess shows."""
    shown = set(answer.players) | set(answer.clubs)
    out = []
    for m in res.mentions:
        if m.guessed and len(m.candidates) == 1 and m.candidates[0].name in shown:
            out.append(f'(Reading "{m.text}" as {m.candidates[0].name}.)')
    if res.unknown and answer.intent != "unknown":  # a name asked about that is not known: say so
        out.append(f'(I don\'t know "{" ".join(res.unknown)[:60]}".)')
    return out


async def _answer(store, question: str, today: dt.date | None) -> tuple[Answer, Resolution, list[str]]:
    res = await resolve_question(store, question, today)
    notes: list[str] = []  # lines said before the answer
    if any(m.ambiguous for m in res.mentions):
        ids_p = [e.id for e in res.players]
        ids_c = [e.id for e in res.clubs]
        pairs = set()
        if ids_p:
            pairs |= await store.linked_pairs(player_ids=ids_p)
        if ids_c:
            pairs |= await store.linked_pairs(club_ids=ids_c)
        cands = [e for m in res.mentions if m.ambiguous for e in m.candidates]
        counts = {}
        for kind in ("player", "club"):
            ids = [e.id for e in cands if e.kind == kind]
            for eid, n in (await store.claim_counts(kind, ids)).items():
                counts[(kind, eid)] = n
        open_ = _settle(res, pairs, counts)
    else:
        open_ = []
    players, clubs = res.players, res.clubs
    words = res.intent_words()
    # The intent as if the ambiguous names were settled, so the bot can ask and go on.
    n_players = len(players) + sum(1 for m in open_ if m.candidates and m.candidates[0].kind == "player")
    n_clubs = len(clubs) + sum(1 for m in open_ if m.candidates and m.candidates[0].kind == "club")
    guess = guess_intent(words, n_players, n_clubs, res.unknown)
    answer = Answer(question=question, intent=guess.intent, players=[p.name for p in players],
                    clubs=[c.name for c in clubs], fact_asked=guess.fact,
                    ambiguous=[[e.name for e in m.candidates] for m in open_])
    if open_ and not players and not clubs:
        return answer, res, notes  # the text asks which one was meant
    if guess.intent == "unknown":
        answer.suggestions = res.suggestions or list(EXAMPLES[:3])
        return answer, res, notes
    if players and not clubs:
        counts = await store.claim_counts("player", [p.id for p in players])
        if not any(counts.values()):
            answer.intent = "unknown"
            answer.suggestions = list(EXAMPLES[:3])
            return answer, res, notes
    if guess.intent in ("suitors", "link"):
        if players:
            await _suitors(store, answer, players, clubs if guess.intent == "link" else None, today)
    elif guess.intent == "targets":
        await _targets(store, answer, clubs, today)
    elif guess.intent == "latest":
        if clubs and guess.leaving:
            answer.items = await _outgoing_items(store, clubs)
            if not answer.items:
                notes.append(f"No reports of players leaving {' or '.join(c.name for c in clubs)}.")
        if not answer.items:
            answer.items = await _latest_items(store, club_ids=[c.id for c in clubs] or None)
    elif guess.intent == "fact":
        await _facts(store, answer, players, guess.fact)
    elif guess.intent == "profile":
        if players:
            await _suitors(store, answer, players, today=today)
            await _facts(store, answer, players, None)
        else:
            await _targets(store, answer, clubs, today)
    return answer, res, notes


# -- entry points for the slash commands ----------------------------------------------------

async def _one(store, kind: str, name: str) -> tuple[Entity | None, list[str]]:
    resolver = await get_resolver(store)
    res = resolver.resolve(name)
    found = [e for m in res.mentions for e in m.candidates if e.kind == kind]
    exact = [e for e in found if fold(e.name) == fold(name)]
    if exact:
        return exact[0], []
    unique = list(dict.fromkeys(found))
    if len(unique) == 1:
        return unique[0], []
    return None, [e.name for e in unique] or resolver.complete(kind, name, limit=5)


async def player_profile(store, player_name: str) -> Answer:
    return await _profile(store, "player", player_name)


async def club_profile(store, club_name: str) -> Answer:
    return await _profile(store, "club", club_name)


async def _profile(store, kind: str, name: str) -> Answer:
    """/player and /club: a player's suitors and facts, or a club's targets; ambiguity is reported."""
    entity, others = await _one(store, kind, name)
    answer = Answer(question=name, intent="profile")
    if entity is None:
        answer.intent = "unknown"
        answer.suggestions = others
        if len(others) > 1:
            answer.ambiguous = [others]
    elif kind == "player":
        answer.players = [entity.name]
        await _suitors(store, answer, [entity])
        await _facts(store, answer, [entity], None)
    else:
        answer.clubs = [entity.name]
        await _targets(store, answer, [entity])
    await _finish(store, answer)
    return answer


async def latest(store, player: str | None = None, club: str | None = None, kind: str | None = None,
                 since: dt.date | None = None, limit: int = LATEST_ITEMS) -> Answer:
    """The newest rumours, optionally about one player or club, of one kind, since a date."""
    answer = Answer(question=" ".join(x for x in ("latest", player, club, kind) if x), intent="latest")
    player_ids = club_ids = None
    for k, name in (("player", player), ("club", club)):
        if not name:
            continue
        entity, others = await _one(store, k, name)
        if entity is None:
            answer.intent = "unknown"
            answer.suggestions = others
            await _finish(store, answer)
            return answer
        if k == "player":
            answer.players, player_ids = [entity.name], [entity.id]
        else:
            answer.clubs, club_ids = [entity.name], [entity.id]
    kinds = [kind] if kind else None
    answer.items = await _latest_items(store, player_ids=player_ids, club_ids=club_ids, kinds=kinds,
                                       since=since, limit=max(1, min(int(limit), 50)))
    await _finish(store, answer)
    return answer
