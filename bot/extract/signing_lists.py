"""Lists of a window's moves: "Arrivals: X (Celtic), Y (Sunderland, loan)", "In: X (from Celtic)",
"Everton's summer signings: X from Celtic, Y on loan from Sunderland", "Out: Z (to Porto)",
"X (Celtic to Everton, £5m)", "after A (Real Madrid) and B (Arsenal) all went abroad", "He joins A
(from Celtic) and B among the new faces", a club's other
signings beside the one told ("A, B and C are among the others", "the third addition, after A and
B"). Each item is a move of its own: the club the list is about signs the player, or (for a list
of departures) the club the item names does. The claims of the phrase rules stand and the lists add the moves they
did not read, except that a "joins ... among the new faces" list replaces the club a phrase rule
guessed for its players."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.extract.document import Draft, Roles, Sent
from bot.extract.entities import is_place_or_nation
from bot.extract.lexicon import NATIONALITY, PLAYER_NOUNS, POSITIONS
from bot.models import Article

# the heads of a list of arrivals / departures, as masked: "arrivals:", "#c0#'s summer signings:", "in:"
_IN_WORDS = r"arrivals|ins|in|incomings|incoming|signings|new\s+signings|new\s+arrivals|additions|recruits|players\s+in"
_OUT_WORDS = r"departures|outs|out|outgoings|outgoing|exits|leaving|players\s+out|gone"
_HEAD = re.compile(rf"^(?:(?P<club>#c\d+#)(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?)?(?P<word>{_IN_WORDS}|{_OUT_WORDS}|#u\d+#)"
                   rf"(?:\s+so\s+far)?(?:\s*\([^)]*\))?\s*[:\-–]\s+")
_OUT_HEAD = re.compile(rf"^(?:{_OUT_WORDS})$")
_IN_HEAD = re.compile(rf"^(?:{_IN_WORDS})$")
# the verbs of a club taking in a list of players: "#c have strengthened with", "#c brought in"
# (a capitalised first word may have been masked as a name: "#u0#-up" of "Runners-up", "#u0# promoted" of "Newly promoted")
_VERB_HEAD = re.compile(r"^(?:(?:champions|runners?-up|#u\d+#-up|holders|leaders|league\s+leaders|(?:newly[\s-]|#u\d+#\s+)?promoted|relegated)\s+)?"
                        r"(?P<club>#c\d+#)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|already\s+|recently\s+|now\s+|just\s+)?"
                        r"(?:brought\s+in|(?:strengthened|strengthen|strengthens|reinforced|reinforce|reinforces)\s+(?:(?:their|its)\s+(?:[\w-]+\s+){1,2}?)?with|added|signed|recruited|landed|secured|"
                        r"welcomed|snapped\s+up)(?:,?\s+(?:among(?:st)?\s+others|including),)?\s+(?=(?:[\w-]+\s+){0,3}?#p)")
# one item: a player (after the words that describe him), then what the list says of him
# ("(#c, loan)", "on loan from #c this month"), up to the end of his item
_ITEM = re.compile(r"(?P<words>(?:[\w'-]+\s+){0,3}?)#p(?P<p>\d+)#(?!'|’)(?:,\s*\d{1,2},)?(?P<tail>(?:\s*\([^()]*\))?[^#,;()]*?(?:#[cm]\d+#[^#,;()]*?){0,2}"
                   r"(?:\s*\([^()]*\))?)(?=\s*(?:,|;|\.|\band\b|$))")
# an item without a name: "a defender and a midfielder from #c5#", "their Dutch goalkeeper to #c1#"
_UNNAMED_ITEM = re.compile(r"(?:(?:a|an|their|his|her|the|two|three)\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?){1,2}?"
                           r"(?:on\s+loan\s+)?(?:from|to)\s+#c\d+#(?:\s*\([^()#]*\))?")
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TO_CLUB = re.compile(r"^\s*(?:\(\s*)?(?:(?:on\s+)?loan\s+)?(?:to\s+)?#c(\d+)#")
_LOAN = re.compile(r"\bloan\b")


@dataclass(frozen=True, slots=True)
class _Move:
    player: str
    club: str
    kind: str
    past: bool | None = None  # None: the sentence's time frame


def list_claims(sents: list[Sent], drafts: list[Draft], article: Article, roles: Roles) -> None:
    context: str | None = None  # the club the last sentences were about: a bare "In:" list's club
    told: set[str] = set()  # the sentences before this one
    for s in sents:
        moves = _moves(s, context)
        joined = [] if moves else _joined_list(s, drafts, told)
        if not moves and not joined and "#p" in s.masked:
            moves = _earlier_signings(s, drafts, _told_move(drafts, told) or context)
        if joined:
            # (the list says where they went: a phrase rule's guess of another club for them goes)
            drafts[:] = [d for d in drafts if not _elsewhere(d, s, joined)]
            roles.implicit[:] = [(d, home) for d, home in roles.implicit if not _elsewhere(d, s, joined)]
        for mv in moves or joined:
            if mv.past:
                # "X and Y were among the players they bought": the sentence's own reading of the pair is background too
                drafts[:] = [replace(d, past=True) if d.evidence == s.text and d.player == mv.player and d.club == mv.club
                             and d.kind in ("signed", "loan") else d for d in drafts]
            if any(d.player == mv.player and d.club == mv.club and (d.kind in ("signed", "loan") or d.evidence == s.text)
                   for d in drafts):
                continue  # (what the sentence's own words made of the pair stands: "X (C1 to C2): still in talks")
            drafts.append(Draft(player=mv.player, club=mv.club, kind=mv.kind, source=s.source,
                                past=s.past_ctx if mv.past is None else mv.past,
                                date=article.date, event_date=None, amount=None, evidence=s.text,
                                rule="list: a window's moves, item by item"))
        told.add(s.text)
        first = next((m for m in s.mentions if m.kind == "club" and m.names), None)
        if first is not None and s.masked.startswith(f"#c{s.mentions.index(first)}#"):
            context = first.names[0]


def _elsewhere(d: Draft, s: Sent, moves: list[_Move]) -> bool:
    """A move of the sentence's that sends a listed player to another club than the list's."""
    return d.evidence == s.text and not d.past and d.kind in ("signed", "loan") \
        and any(d.player == mv.player and d.club != mv.club for mv in moves)


def _moves(s: Sent, context: str | None) -> list[_Move]:
    masked = s.masked
    if "#p" not in masked:
        return []
    whole = _CLUB_TO_CLUB_LINE.match(masked)
    if whole:
        # "X (Celtic to Everton, £5m)": a done deal's line
        player, dest = _mention(s, whole.group(1), "player"), _mention(s, whole.group(3), "club")
        return [_Move(player, dest, _kind(masked))] if player and dest else []
    by_club = _club_line(s)
    if by_club:
        return by_club
    bracketed = _bracket_list(s)
    if bracketed:
        return bracketed
    head = _HEAD.match(masked)
    m = head or _VERB_HEAD.match(masked)
    if m is None:
        return []
    club = _mention(s, m.group("club")[2:-1], "club") if m.group("club") else context
    word = _word(s, m.group("word")) if head else "signed"
    outgoing = bool(word and _OUT_HEAD.match(word))
    if word is None or not (outgoing or word == "signed" or _IN_HEAD.match(word)):
        return []
    out: list[_Move] = []
    for it in _items(masked, m.end()):
        player = _mention(s, it.group("p"), "player")
        if player is None:
            continue
        tail = it.group("tail")
        kind = "loan" if _LOAN.search(tail) else "signed"
        if outgoing:
            to = _TO_CLUB.match(tail)
            dest = _mention(s, to.group(1), "club") if to else None
            if dest is not None:
                out.append(_Move(player, dest, kind))
        elif club is not None:
            out.append(_Move(player, club, kind))
    return out


# "after James (Real Madrid), Ospina (Arsenal) and Gomis (Swansea) all went abroad": players, each
# with the club he went to in brackets, and the move they all made after the list
_BRACKET_ITEM = re.compile(r"#p(\d+)#\s*\(#c(\d+)#\)")
_BRACKET_LIST_END = re.compile(r"#p\d+#\s*\(#c\d+#\)\s+(?:have\s+|had\s+)?(?:all\s+|both\s+)?(?:went|left|moved|departed|joined|switched|"
                               r"headed|gone|signed)\b")


def _bracket_list(s: Sent) -> list[_Move]:
    items = list(_BRACKET_ITEM.finditer(s.masked))
    if len(items) < 2 or not _BRACKET_LIST_END.search(s.masked, items[-1].start()):
        return []
    out = []
    for it in items:
        player, club = _mention(s, it.group(1), "player"), _mention(s, it.group(2), "club")
        if player and club:
            out.append(_Move(player, club, "signed"))
    return out


# "X joins A, B and C as #c's summer arrivals", "He joins defenders A (from C1) and B among the new faces"
_JOINS_HEAD = re.compile(r"^(?P<subj>#[pa]\d+#)\s+(?:also\s+)?(?:joins|joined|has\s+joined|will\s+join)\s+(?=(?:[\w-]+\s+){0,3}?#p)")
_AMONG_TAIL = re.compile(r"\b(?:as|among)\s+(?:(?P<club>#c\d+#)(?:'s|’s)?\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:arrivals|new\s+faces|signings|recruits|additions|new\s+boys|newcomers)\b")


def _joined_list(s: Sent, drafts: list[Draft], told: set[str]) -> list[_Move]:
    """The players a new signing joins as his club's arrivals: each signed for that club, named
    after them or the one the subject's own move went to (`told`: the sentences before this one)."""
    head = _JOINS_HEAD.match(s.masked)
    if head is None:
        return []
    items = _items(s.masked, head.end())
    tail = _AMONG_TAIL.search(s.masked, items[-1].start("tail")) if items else None
    if tail is None:
        return []
    club = _mention(s, tail.group("club")[2:-1], "club") if tail.group("club") else None
    subject = _mention(s, head.group("subj")[2:-1], "player") if head.group("subj").startswith("#p") else None
    if club is None:
        # the club his own move went to, told before ("He joins ...": the last move told)
        done = [d for d in drafts if d.kind in ("signed", "loan") and not d.past and d.evidence in told
                and (subject is None or d.player == subject)]
        club = done[-1].club if done else None
    if club is None:
        return []
    players = [p for p in (_mention(s, it.group("p"), "player") for it in items) if p]
    return [_Move(p, club, "signed") for p in ([subject] if subject else []) + players]


# "A, B and C are among the others", "A and B were among the players they bought from #c"
_AMONG = re.compile(r"\s+(?P<verb>are|were|is|was)\s+(?:also\s+|all\s+)?among\s+(?:the\s+)?(?:(?P<club>#c\d+#)(?:'s|’s)?\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:(?P<group>others|signings|arrivals|additions|recruits|new\s+faces|newcomers)\b|"
                    r"players\s+(?:(?P<buyer>#c\d+#|they|the\s+club)\s+)?(?:have\s+|had\s+)?"
                    r"(?:bought|signed|brought\s+in|recruited|landed|acquired|took|have\s+taken)\b)")
# "He is the third addition to the #c squad this summer, after A and B", "#c's fourth signing, following A"
_AFTER = re.compile(r"\b(?:signing|addition|arrival|recruit|acquisition|reinforcement)\b(?P<mid>[^;:#]{0,40}?(?:#c(?P<club>\d+)#[^;:#]{0,30}?)?)"
                    r",?\s+(?:after|following)\s+")
_OWNER_BEFORE = re.compile(r"#c(\d+)#(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?$")
_PLAYER_AT = re.compile(r"#p\d+#")


def _told_move(drafts: list[Draft], told: set[str]) -> str | None:
    """The club of the first move told so far as news (the story's own, before any background the
    article rules have yet to mark): "the other new arrivals" are that club's."""
    return next((d.club for d in drafts if d.kind in ("signed", "loan") and not d.past and d.evidence in told), None)


def _earlier_signings(s: Sent, drafts: list[Draft], context: str | None) -> list[_Move]:
    """The club's other signings a sentence lists beside the one it tells: each signed for it
    (`context`: the club of the story's move, else the one the last sentences were about)."""
    masked = s.masked
    own = [d.club for d in drafts if d.evidence == s.text and d.kind in ("signed", "loan") and not d.past]
    first = _mention(s, masked[2:masked.index("#", 2)], "club") if masked.startswith("#c") else None
    fallback = own[-1] if own else first or context
    out: list[_Move] = []
    for m in _AMONG.finditer(masked):
        buyer = m.group("buyer")
        named = m.group("club") or (buyer if buyer and buyer.startswith("#c") else None)
        club = _mention(s, named[2:-1], "club") if named else fallback
        items = _items_ending_at(masked, m.start())
        if club is not None:
            past = True if m.group("verb") in ("were", "was") else None
            out.extend(_Move(p, club, "signed", past) for p in (_mention(s, it.group("p"), "player") for it in items) if p)
    for m in _AFTER.finditer(masked):
        owner = _OWNER_BEFORE.search(masked, 0, m.start())
        idx = m.group("club") or (owner.group(1) if owner else None)
        if idx is not None and not s.mentions[int(idx)].text[:1].isupper():
            idx = None  # ("a summer of revolution": a word, no club)
        club = _mention(s, idx, "club") if idx else fallback
        if club is not None:
            out.extend(_Move(p, club, "signed") for p in (_mention(s, it.group("p"), "player") for it in _items(masked, m.end())) if p)
    return out


def _items_ending_at(masked: str, end: int) -> list[re.Match[str]]:
    """The longest list of items that ends right at `end` (a list read backwards from its verb)."""
    head = masked[:end]  # (cut at the verb: the last item's tail would run on into it)
    stop = max(head.rfind(";"), head.rfind(":"))
    for m in _PLAYER_AT.finditer(head):
        if m.start() <= stop:
            continue
        items = _items(head, m.start())
        if items and items[-1].end() == end:
            return items
    return []


def _items(masked: str, pos: int) -> list[re.Match[str]]:
    """The items one after the other from pos, each right after the last and its comma or "and":
    the list ends where something else is said."""
    out: list[re.Match[str]] = []
    while True:
        it = _ITEM.match(masked, pos)
        if it is None or not all(_describes(w) for w in it.group("words").split()):
            unnamed = _UNNAMED_ITEM.match(masked, pos)
            if unnamed is None or unnamed.end() == pos:
                return out  # ("... and now want #p": a new verb, no item)
            end = unnamed.end()  # "a defender and a midfielder from #c": an item the list does not name
        else:
            out.append(it)
            end = it.end()
        sep = _SEP.match(masked, end)
        if sep is None:
            return out
        pos = sep.end()


_DESCRIBING = frozenset({"young", "veteran", "experienced", "former", "teenage", "highly", "rated", "highly-rated",
                         "pair", "duo", "trio", "another", "fellow",
                         "talented", "versatile", "new", "the", "a", "an", "midfielders", "defenders", "forwards",
                         "strikers", "wingers", "goalkeepers", "centre-back", "full-back", "left-back", "right-back",
                         "wing-back", "centre-half", "centre-forward", "keeper", "under-21", "under-23", "u21", "u23",
                         "international", "internationals", "youngster", "youngsters", "teenager", "striker"})


def _describes(word: str) -> bool:
    """A word that may stand before a listed player's name: his position, nation or age group."""
    return word in _DESCRIBING or word in POSITIONS or word in NATIONALITY or word in PLAYER_NOUNS or is_place_or_nation(word)


_CLUB_TO_CLUB_LINE = re.compile(r"^(?:[\w-]+\s+){0,2}?#p(\d+)#\s*\(\s*#c(\d+)#\s+to\s+#c(\d+)#")


# "Brighton: A from C1, £29.8m; B from C2, free": a club's deals of the window, one item each; every
# item must be a player from a club (a fee, "free" or "loan" at most after it), so that a gossip
# heading ("Arsenal: X wants to leave") is no list
_CLUB_LINE = re.compile(r"^#c(\d+)#\s*:\s+")
_CLUB_LINE_ITEM = re.compile(r"^\s*(?:[\w'-]+\s+){0,3}?#p(\d+)#\s+(?:(?:on\s+(?:a\s+)?)?loan\s+)?from\s+#c\d+#"
                             r"(?:\s*,?\s*(?:#m\d+#|free|undisclosed|loan|\(\s*#m\d+#\s*\)|\(\s*loan\s*\)))*\s*[.!]?\s*$")


def _club_line(s: Sent) -> list[_Move]:
    head = _CLUB_LINE.match(s.masked)
    club = _mention(s, head.group(1), "club") if head else None
    if head is None or club is None:
        return []
    out: list[_Move] = []
    for part in s.masked[head.end():].split(";"):
        it = _CLUB_LINE_ITEM.match(part)
        player = _mention(s, it.group(1), "player") if it else None
        if player is None:
            return []
        out.append(_Move(player, club, _kind(part)))
    return out


def _kind(masked: str) -> str:
    return "loan" if _LOAN.search(masked) else "signed"


def _word(s: Sent, word: str) -> str | None:
    """The head word, also when names took it for a name ("Arrivals:" opening a line)."""
    if word.startswith("#u"):
        i = int(word[2:-1])
        return s.mentions[i].text.lower() if i < len(s.mentions) else None
    return re.sub(r"\s+", " ", word)


def _mention(s: Sent, idx: str, kind: str) -> str | None:
    i = int(idx)
    if i >= len(s.mentions) or s.mentions[i].kind != kind or not s.mentions[i].names:
        return None
    return s.mentions[i].names[0]
