"""Article-level rules: the selling club is no suitor, a rival's lost race behind a
completed move is past, and implicit destinations are resolved."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.document import Draft, Roles, Sent, when_key
from bot.extract.rules.kinds import KIND_RULES

# the rows that tell a player going back to a club ("returned to C", "is back at C")
_RETURN_ROWS = frozenset(r.name for r in KIND_RULES if r.back)


def apply_article_rules(claims: list[Draft], roles: Roles) -> list[Draft]:
    _back_from_loan(claims)
    by_player: dict[str, list[Draft]] = {}
    for c in claims:
        by_player.setdefault(c.player, []).append(c)
    out: list[Draft] = []
    moved: dict[str, str] = {}  # the first move each player makes in the article
    for c in claims:
        if c.kind in ("signed", "loan") and not c.past and c.club != "?":
            moved.setdefault(c.player, c.club)
    for c, context in roles.implicit:
        if not c.past and c.kind in ("signed", "loan") and c.player in moved and moved[c.player] not in roles.came_from.get(c.player, ()):
            # "the Spanish press say X has signed a four-year contract": the move the article told, not
            # the club named last
            context = moved[c.player]
        tie = roles.owner.get(c.player)
        # his club: the one the article ties him to, else the one that turned offers for him down
        home = tie[0][0] if tie else next(iter(roles.seller_with.get(c.player) or ()), None)
        club = home if home and not c.leaves_owner else context
        if club and home and c.leaves_owner and club == home:
            club = None
        left = roles.came_from.get(c.player, ())
        if club in left:
            # "they brought in X on loan from #c": the club he came from is where he was, not where he went
            club = context if context not in left else None
        if club:
            c.club = club
            claims.append(c)
            by_player.setdefault(c.player, []).append(c)
    for player, cs in by_player.items():
        seller = _seller(player, cs, roles)
        for c in cs:
            if seller and c.club == seller and c.kind in ("signed", "loan") and not c.past and c.simple_past:
                # the move that made him this club's player, told undated in the simple past: background
                c.past = True
        done_now = [c for c in cs if c.kind in ("signed", "loan") and not c.past]
        _earlier_move_in_sentence(done_now)
        _move_to_a_club_he_left(done_now, roles.came_from.get(player, set()))
        done_now = [c for c in done_now if not c.past]
        winners = {c.club for c in done_now}
        if seller in winners and len(winners) > 1:
            winners.discard(seller)  # (his selling club's "signing" is the move away from it)
        # "X has moved to #c after #c met the valuation": the steps a sentence tells on the way
        # to the move it reports are that move, not claims of their own
        done_here = {(c.club, c.evidence) for c in done_now}
        # (and a past move's: "they paid $14m to bring him in from River in 2019" is that signing)
        done_before_here = {(c.club, c.evidence) for c in cs if c.kind in ("signed", "loan") and c.past}
        for c in cs:
            if c.club == "?":
                continue
            if seller and c.club == seller and not c.past and c.kind not in ("signed", "loan") and c.club not in winners:
                # the selling club is not a suitor; the club it deals "with" is ("Feyenoord have
                # reached an agreement with Southampton" for a Feyenoord player)
                out.extend(replace(c, club=other, counterparts=()) for other in c.counterparts if other != seller)
                continue
            if seller and c.club == seller and c.kind in ("signed", "loan") and not c.past and winners - {seller}:
                continue
            if not c.past and c.kind in ("interest", "talks", "bid", "agreement") and (c.club, c.evidence) in done_here:
                continue
            if c.past and c.kind in ("interest", "talks", "bid", "agreement") and (c.club, c.evidence) in done_before_here:
                continue
            if c.own_side and not c.past and c.club in winners:
                continue  # "He has agreed a two-year contract with the Tigers": the signing's own contract
            if winners and not c.past and c.kind in ("interest", "talks", "bid", "agreement") and c.club not in winners:
                if c.rule != "rival":
                    continue  # another club's pursuit behind a completed move: background that tells no news
                c.past = True  # "C2 beat C to X": the race C lost, named as such
            out.append(c)
    seen: set[tuple] = set()
    uniq: list[Draft] = []
    for c in out:
        key = (c.player, c.club, c.kind, c.past, c.source, c.evidence)
        if key in seen:
            continue
        seen.add(key)
        uniq.append(c)
    return uniq


def _earlier_move_in_sentence(done: list[Draft]) -> None:
    """"C1 have completed the signing of X, six months after he left C2 for C3": of two moves
    of one player in one sentence, the one told in the simple past beside one that is not
    came first."""
    by_sentence: dict[str, list[Draft]] = {}
    for c in done:
        by_sentence.setdefault(c.evidence, []).append(c)
    for cs in by_sentence.values():
        if len({c.club for c in cs}) >= 2 and any(not c.simple_past for c in cs):
            for c in cs:
                if c.simple_past:
                    c.past = True


def _move_to_a_club_he_left(done: list[Draft], came_from: set[str]) -> None:
    """"RSL have acquired X from Copenhagen. ... he then moved on to Copenhagen": a move to the club
    another move of now takes him from came before it. Only a move told in the simple past."""
    if not came_from or not any(c.club not in came_from for c in done):
        return
    for c in done:
        if c.club in came_from and c.simple_past:
            c.past = True


def _seller(player: str, cs: list[Draft], roles: Roles) -> str | None:
    tie = roles.owner.get(player)
    if tie:
        return tie[0][0]
    past_signed = [c for c in cs if c.kind == "signed" and c.past]
    if past_signed:
        past_signed.sort(key=lambda c: when_key(c.event_date))
        return past_signed[-1].club
    w = roles.seller_with.get(player)
    return w[0] if w else None


def credit_club_statements(drafts: list[Draft], sents: list[Sent], roles: Roles) -> None:
    """A club's statement in the article speaks for the news it gives about its own deal:
    "Leeds have signed X. ... , the club announced" credits Leeds for the signing, and the
    selling club's statement ("Lyon announced an agreement for the transfer of ...") the
    buyer's claim too. Only claims the text credits to nobody else, and not background."""
    clubs = {n for s in sents for m in s.mentions if m.kind == "club" for n in m.names}
    said: dict[str, set[str]] = {}
    by_sentence: dict[str, set[str]] = {}
    for d in drafts:
        by_sentence.setdefault(d.evidence, set()).add(d.player)
    for s in sents:
        if s.source not in clubs or s.source is None:
            continue
        players = {n for m in s.mentions if m.kind == "player" for n in m.names[:1]} | by_sentence.get(s.text, set())
        if not players and roles.main:
            players = {roles.main}  # "The club announced an agreement for the transfer of the right-back"
        said.setdefault(s.source, set()).update(players)
    if not said:
        return
    for d in drafts:
        if d.source is not None or d.past:
            continue
        owner = roles.owner.get(d.player)
        for club in (d.club, owner[0][0] if owner else None):
            if club in said and d.player in said[club]:
                d.source = club
                break


def _back_from_loan(claims: list[Draft]) -> None:
    """"X has returned to C after his loan at C2 was cut short": back at the club that lent him out,
    which is no move of its own; the loan that ended is the sentence's news (as a recall is read)."""
    ended = {(c.player, c.evidence) for c in claims if c.kind == "loan" and c.past}
    for c in claims:
        if c.kind == "signed" and not c.past and c.rule in _RETURN_ROWS and (c.player, c.evidence) in ended:
            c.past = True
