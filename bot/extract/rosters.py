"""Lists of players, each with a club in brackets, under a sentence that says what they did:

    Among the players who have joined United, with their previous clubs, are:
    Defenders: Alex Greenwood (Liverpool), Martha Harris (Liverpool), Millie Turner (Bristol City).

Each listed player gets the claim the introducing sentence tells (its kind, its club and its
credit); the club in brackets is where the player comes from, so it gets none. A list that
opens with its own club ("- Al Hilal (€341.6M): Bono (€21M), Neves (€55M)") under "Among their
signings:" gives its players that club; a list of departures sends each to his bracketed club.

A cross-head "In" or "Out" (or "Arrivals", "Done", "Departures") over one player a line does
the same for the club the article opens with, the line telling the move in brackets or after a
colon or a dash; under "Next" or "Targets" the club is only after them (interest):

    In
    - Dion Sanderson (permanent from Wolverhampton Wanderers)
    - Sargis Adamyan: comes on loan from Hoffenheim until the end of the season.
    Out
    - Tahith Chong (sold to Luton Town, £4m)
    - Tibo Persyn: loaned to Westerlo, the leaders of the second division."""

from __future__ import annotations

import re

from bot.extract.document import CLUB_PH, Draft, Sent
from bot.extract.kinds import Trigger, find_triggers
from bot.models import Article

# "defenders: #p0# (#c1#), #p2# (#c3#, #m4#) and #p5# (#c6#)." : two entries or more
_FROM = r"(?:(?:on\s+)?(?:a\s+)?(?:loan\s+)?from\s+)?"
_ROSTER = re.compile(r"^(?:[a-z][\w -]{0,30}:\s*)?#p\d+#\s*\(" + _FROM + r"#c\d+#[^()]*\)"
                     r"(?:\s*(?:,\s*and|,|;|and)\s*#p\d+#\s*\(" + _FROM + r"#c\d+#[^()]*\))+\s*[.;]?$")
# "- al hilal (#m0# in total): #p1# (#m2#), #p3# (#m4#) and #p5# (#m6#);": a club's list, its players' fees in brackets
_CLUB_ROSTER = re.compile(r"^#c(\d+)#(?:\s*\([^()]*\))?\s*:\s*#[pu]\d+#(?:\s*\([^()]*\))?"
                          r"(?:\s*(?:,\s*and|,|;|and)\s*#[pu]\d+#(?:\s*\([^()]*\))?)+\s*[.;]?$")
_LISTED = re.compile(r"#[pu](\d+)#(?:\s*\(([^()]*)\))?")
_ENTRY = re.compile(r"#p(\d+)#\s*\((" + _FROM + r")#c(\d+)#([^()]*)\)")
_ARRIVALS = re.compile(r"\b(?:signings|arrivals|additions|recruits|new (?:players|faces|boys)|(?:window|summer|january|transfer) business)\b")
_DEPARTURES = re.compile(r"\b(?:departures|exits|outgoings|players (?:who|that) (?:have )?left)\b")
# "in", "arrivals", "incoming" over a list of the article's club's signings; "out" over its departures
_IN_HEAD = re.compile(r"^(?:in|ins|arrivals|incoming|signings|players in|new signings|done|done deals|confirmed|completed)\s*:?$")
_OUT_HEAD = re.compile(r"^(?:out|outs|departures|outgoing|exits|players out|gone|sold)\s*:?$")
# "Next", "Targets" over players the article's club is after but has not signed
_NEXT_HEAD = re.compile(r"^(?:next|targets|wanted|linked|in the pipeline|still to come|possible arrivals)\s*:?$")
# "#p0# (permanent from #c1#, #m2#)", "#p0# (sold to #c1#)": one player a line
# ("- Nico Schulz (TSG 1899 Hoffenheim), full-back - 25.5 million euros": what follows the bracket too)
_PLAYER_AND_BRACKET = r"^#p(\d+)#\s*\(([^()]*?)#c(\d+)#([^()]*)\)"
_ITEM = re.compile(_PLAYER_AND_BRACKET + r"(?:[^#()]|#m\d+#|\([^()]*\))*$")
# under a cross-head the line may go on about him: "- X (midfielder, C) - it had looked for weeks as if ..."
_HEADED_ITEM = re.compile(_PLAYER_AND_BRACKET + r"(?=\s*(?:[-:.,;]|$))")
# "- Tibo Persyn: loaned to Westerlo, ...": one player a line, what became of him told after a colon
# ("- Zeno Debast (centre-back, Belgium): from Anderlecht, 15.5 million euros": a description first)
# ("- X (centre-back) - from Chelsea.": a dash for the colon)
_TOLD_ITEM = re.compile(r"^#p(\d+)#\s*(?:\([^()#]*\))?\s*(?::|\s-)\s*")
_WENT_TO = re.compile(r"\b(?:sold|loaned|transferred|moved|joined|joins|went back|returned|back|on loan|leaves? for|left for|off)\s+to\s+#c(\d+)#|"
                      r"\b(?:joined|joins|signed for|signs for)\s+#c(\d+)#")
# "- X (Schalke to Mallorca): the American has signed until 2025.": a move told in the bracket
_MOVE_LINE = re.compile(r"^#p(\d+)#\s*\(#c(\d+)#\s+to\s+#c(\d+)#\)\s*(?:[:.,-]|$)")
_OUT_TO = re.compile(r"\b(?:to|joined|joins|signed for|with)\s*$")
_BRACKETED = ""  # a departures list: each player's club is the one in his brackets
_LABELLED = "-"  # no club of its own: only lists that open with their club take it
_HEADS = ("roster: in", "roster: out", "roster: next")
_LIST_KINDS = ("signed", "loan", "agreement", "talks", "bid", "interest")


def roster_claims(sents: list[Sent], drafts: list[Draft], article: Article) -> None:
    """Add the claims of the players listed under an introducing sentence that ends with a colon."""
    intro: tuple[str, str, str, str | None] | None = None
    item_para = -1
    for s in sents:
        moved = _MOVE_LINE.match(s.masked)
        if moved is not None:
            _move_line(s, moved, drafts, article)
            continue
        head = _head_intro(s, sents)
        if head is not None:
            intro = head
            continue
        headed = intro is not None and intro[2] in _HEADS
        item = _ITEM.match(s.masked) or (_HEADED_ITEM.match(s.masked) if headed else None)
        if item is not None and intro is not None:
            _item(s, item, intro, drafts, article)
            item_para = s.para
            continue
        told = _TOLD_ITEM.match(s.masked) if intro is not None and (headed or s.item) else None
        if told is not None and intro is not None:
            _told_item(s, told, intro, drafts, article)
            item_para = s.para
            continue
        if headed and (s.item or s.para == item_para):
            item_para = s.para
            continue  # another line of the list, or the rest of a listed player's line
        labelled = _CLUB_ROSTER.match(s.masked)
        if labelled is not None:
            if intro is not None:
                _club_list(s, labelled, intro, drafts, article)
            continue
        if not _ROSTER.match(s.masked):
            intro = _intro(s)
            continue
        if intro is None:
            continue
        intro_club = intro[1]
        if intro_club == _LABELLED:
            continue
        for pi, how, ci, rest in _ENTRY.findall(s.masked):
            player_m, club_m = s.mentions[int(pi)], s.mentions[int(ci)]
            if player_m.kind != "player" or club_m.kind != "club" or club_m.names[:1] == (intro_club,):
                continue
            _add(drafts, player_m.names[0], intro_club or club_m.names[0], f"{how} {rest}", intro, s, article)


def _head_intro(s: Sent, sents: list[Sent]) -> tuple[str, str, str, str | None] | None:
    """A cross-head "In" / "Out" over a list of the business of the club the article opens with."""
    text = s.text.strip().lower()  # (a lone "Out" may be masked as an unknown name)
    if _OUT_HEAD.match(text):
        return ("signed", _BRACKETED, "roster: out", s.source)
    head = "in" if _IN_HEAD.match(text) else "next" if _NEXT_HEAD.match(text) else None
    if head is None:
        return None
    # the club the article opens with: "Club Brugge were among the busiest clubs ..."
    home = next((m.names[0] for earlier in sents[: s.idx] for m in earlier.mentions if m.kind == "club" and m.names), None)
    if home is None:
        return None
    return ("signed" if head == "in" else "interest", home, f"roster: {head}", s.source)


def _item(s: Sent, m: re.Match[str], intro: tuple[str, str, str, str | None], drafts: list[Draft],
          article: Article) -> None:
    """One listed player a line, with where he came from or went to in brackets."""
    player_m, club_m = s.mentions[int(m.group(1))], s.mentions[int(m.group(3))]
    if player_m.kind != "player" or club_m.kind != "club" or not club_m.names:
        return
    before, after = m.group(2), m.group(4)
    if intro[1] == _BRACKETED:
        if _OUT_TO.search(before):  # "(sold to C)", "(loaned to C)": he went there
            _add(drafts, player_m.names[0], club_m.names[0], before, intro, s, article)
    elif intro[1] != _LABELLED and club_m.names[0] != intro[1] and not _OUT_TO.search(before):
        _add(drafts, player_m.names[0], intro[1], before + after, intro, s, article)


def _told_item(s: Sent, m: re.Match[str], intro: tuple[str, str, str, str | None], drafts: list[Draft],
               article: Article) -> None:
    """An arrival under "In" is the article's club's signing (a loan if the line says so); a
    departure under "Out" goes to the club the line sends him to."""
    player_m = s.mentions[int(m.group(1))]
    if player_m.kind != "player" or not player_m.names:
        return
    rest = s.masked[m.end():]
    if intro[1] == _BRACKETED:
        went = _WENT_TO.search(rest)
        if went:
            club_m = s.mentions[int(went.group(1) or went.group(2))]
            if club_m.kind == "club" and club_m.names:
                _add(drafts, player_m.names[0], club_m.names[0], went.group(0), intro, s, article)
    elif intro[1] != _LABELLED:
        _add(drafts, player_m.names[0], intro[1], rest, intro, s, article)


def _move_line(s: Sent, m: re.Match[str], drafts: list[Draft], article: Article) -> None:
    """A line that opens with a player and his move in brackets: the move is to the second
    club, of the kind the rest of the line tells (a loan, talks), a signing if it tells none."""
    player_m, club_m = s.mentions[int(m.group(1))], s.mentions[int(m.group(3))]
    if player_m.kind != "player" or club_m.kind != "club" or not club_m.names:
        return
    rest = s.masked[m.end():]
    told = [t.kind for t in find_triggers(rest) if not t.negated and t.kind in _LIST_KINDS]
    done = [k for k in told if k in ("signed", "loan")]
    kind: str = (done or told or ["signed"])[0]
    if kind in ("signed", "loan") and re.search(r"\bloan\b", rest):
        kind = "loan"
    _add(drafts, player_m.names[0], club_m.names[0], "", (kind, club_m.names[0], "roster: move line", s.source), s, article)


def _club_list(s: Sent, m: re.Match[str], intro: tuple[str, str, str, str | None], drafts: list[Draft],
               article: Article) -> None:
    """The players of one club's labelled list, each signed (or as the intro says) by that club."""
    label = s.mentions[int(m.group(1))]
    if label.kind != "club" or not label.names:
        return
    colon = s.masked.index(":", m.end(1))
    for pm in _LISTED.finditer(s.masked, colon):
        # (a name nothing knows, listed among signings, is a player: "Bono (€21.0M)")
        player_m = s.mentions[int(pm.group(1))]
        if player_m.kind in ("player", "unknown"):
            _add(drafts, player_m.names[0], label.names[0], pm.group(2) or "", intro, s, article)


def _add(drafts: list[Draft], player: str, club: str, bracket: str, intro: tuple[str, str, str, str | None], s: Sent,
         article: Article) -> None:
    """One listed player's claim, unless the article already has one for him and that club."""
    if any(d.player == player and d.club == club and not d.past for d in drafts):
        return  # (a spell there before, "he had spent last season at C on loan", is no news of now)
    kind, _club, rule, source = intro
    # "X (loan from Y)", "X (Y, loan)": a loan among the signings
    own = "loan" if kind == "signed" and "loan" in bracket else kind
    drafts.append(Draft(player=player, club=club, kind=own, past=False, source=source, date=article.date,
                        event_date=None, amount=None, evidence=s.text, rule=rule))


def _intro(s: Sent) -> tuple[str, str, str, str | None] | None:
    """(kind, club, rule, credit) of a sentence that introduces a list, else None (the club is
    _BRACKETED for a list of departures)."""
    if not s.text.rstrip().endswith(":"):
        return None
    if _DEPARTURES.search(s.masked):
        return ("signed", _BRACKETED, "roster: departures", s.source)
    trigger = next((t for t in find_triggers(s.masked) if t.kind in _LIST_KINDS and not t.negated), None)
    if trigger is None:
        m = _ARRIVALS.search(s.masked)  # "Everton have made four signings so far this summer:"
        trigger = Trigger("signed", m.start(), m.end(), strong=True) if m else None
    if trigger is None:
        return None
    club = _club_of(s, trigger) or _LABELLED  # "Among their signings:": each list below names its club
    return (trigger.kind, club, f"roster: {trigger.rule.name}" if trigger.rule else "roster", s.source)


def _club_of(s: Sent, t: Trigger) -> str | None:
    """The club that moves: the one after a mover's verb ("who have joined United"), else the
    subject before the verb ("United have signed the following players:")."""
    clubs = [(m.start(), int(m.group(1))) for m in CLUB_PH.finditer(s.masked)]
    after = [i for at, i in clubs if at >= t.end]
    before = [i for at, i in clubs if at < t.start]
    order = (after + before[::-1]) if t.mover else (before[::-1] + after)
    for i in order:
        m = s.mentions[i] if i < len(s.mentions) else None
        if m is not None and m.kind == "club" and m.names:
            return m.names[0]
    return None
