"""Who a club is to a player: the owner the text ties him to ("Napoli striker X", "X will
have to leave C"), and the role a club plays in its clause, from the role table."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.document import CLUB_PH, Roles, Sent
from bot.extract.fastre import TailRows, boundary_first, gated, tail_gated
from bot.extract.lexicon import (
    NATIONALITY,
    POSITIONS,
)
from bot.extract.rules.facts import CLUB_CUES
from bot.extract.rules.roles import ROLE_RULES

# Nations of several words ("the Republic of Ireland international") before a player noun.
MULTI_NATIONS = "|".join(sorted((re.escape(k) for k in NATIONALITY if " " in k), key=len, reverse=True))


_OWNER_MID = re.compile(r"^(?:'s?\s+)?(?:(?:[\w.-]+)\s+){0,4}?$")


_OWNER_APPOS = re.compile(r"#[pa](\d+)#,\s+(?:the\s+|a\s+|an\s+)?#c(\d+)#(?:'s?)?\s+(?:[\w-]+\s+){0,3}?(?:star|man|player|midfielder|defender|"
                          r"striker|forward|winger|goalkeeper|keeper|centre-back|full-back|left-back|right-back|wing-back|playmaker|captain|international|youngster|"
                          r"teenager|talent|attacker)\b")


_OWNER_WORDS = frozenset({"youth", "women's", "womens", "reserve", "b", *POSITIONS, *(p.replace(" ", "-") for p in POSITIONS), *NATIONALITY, "no", "no.", "star",
                          "international", "teenager", "youngster", "talent", "prospect", "captain", "skipper",
                          "academy", "graduate", "loanee", "wonderkid", "ace", "man", "player", "forward",
                          "full-back", "centre-back", "left-back", "right-back", "wing-back", "centre", "back",
                          "under-21", "under-20", "under-23", "england", "highly-rated", "rated", "young", "former",
                          "experienced", "veteran", "out-of-favour", "exciting", "talented", "in-form", "outcast", "misfit",
                          "flop", "reject", "unsettled", "wantaway"})


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|ex)\s*$")
_AGE_OR_NUMBER = re.compile(r"\d{1,2}-year-old|\d+|no\.?")
_PRICED = re.compile(r"#m\d+#-(?:rated|valued|priced)")  # "West Brom's £7m-rated winger"
_COMPOUND_ADJECTIVE = re.compile(r"(?:much|well|highly|widely|hugely|heavily|hotly|long|little|often|once|newly)-[a-z]+ed")


_MULTI_NATION_RX = re.compile(r"\b(?:" + MULTI_NATIONS + r")\b")


@lru_cache(maxsize=4096)  # pure, and the words between a club and a player repeat ("'s ", " striker ")
def is_owner_mid(mid: str) -> bool:
    if " of " in mid or " and " in mid or mid.count(" ") > 2:
        mid = _MULTI_NATION_RX.sub("england", mid)  # "Celtic's Republic of Ireland international X"
    words = [w for w in mid.replace("'s", " ").split() if w]
    if len(words) > 5:
        return False
    for k, w in enumerate(words):
        if w in _OWNER_WORDS or _AGE_OR_NUMBER.fullmatch(w) or _PRICED.fullmatch(w):
            continue
        if _COMPOUND_ADJECTIVE.fullmatch(w):
            continue  # "much-coveted", "well-regarded" (not a verb: "FC Dallas re-signed X")
        if w == "and" and k + 1 < len(words) and words[k + 1] in NATIONALITY:
            continue  # "Chelsea and England left-back": his club and his country
        return False
    return True


# A club that premodifies a player noun ("Napoli and Nigeria striker", "the 26-year-old Chelsea
# and England left-back", "Birmingham City's England youth international"): his club.
_DESCRIPTOR = re.compile(
    r"((?:'s?)?(?:\s+[\w'-]+){0,5}?)\s+(?:" + "|".join(sorted({*(re.escape(p) for p in POSITIONS), *(re.escape(p.replace(" ", "-")) for p in POSITIONS),
                                                             "international", "star", "ace", "youngster", "teenager", "talent", "captain",
                                                             "prospect", "loanee", "wonderkid", "starlet", "pair", "duo", "trio",
                                                             "academy graduate", "academy product", "graduate", "man",
                                                             "skipper", "marksman", "shot-stopper"}, key=len, reverse=True))
    + r")s?\b")


_DESC_PLAYER_AFTER = re.compile(r"\s+#([pa])(\d+)#")


_DESC_PLAYER_BEFORE = re.compile(r"#([pa])(\d+)#,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+|#a\d+#\s+){0,2}$")


def _descriptor(clause: str, end: int) -> re.Match | None:
    """The player-noun phrase a club at `end` premodifies, if any."""
    m = _DESCRIPTOR.match(clause, end)
    if m and (m.group(1).strip() or m.group(1).startswith("'")) and not is_owner_mid(m.group(1)):
        return None
    return m


_OWNED_AFTER = re.compile(r"((?:'s)?\s+(?:[\w.-]+\s+|#m\d+#-[\w-]+\s+){0,5}?)#([pa])(\d+)#")


_OWNED_AFTER_ANY = re.compile(r"((?:'s)?\s+(?:[\w.-]+\s+|#m\d+#-[\w-]+\s+){0,5}?)#[pa]\d+#")


_POSS_APPOS = re.compile(r"#p(\d+)#,\s+#c(\d+)#'s\s+")


_RECALLED = re.compile(r"#c(\d+)#\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?recalled\s+(?:[\w-]+\s+){0,2}?#([pa])(\d+)#\s+from\b")


def owner_ties(s: Sent, resolved: dict[int, str], clubs_of: dict[int, tuple[str, ...]], roles: Roles,
               focus: str | None = None) -> None:
    """'Brighton midfielder Moises Caicedo', "Wolves' Portugal midfielder Matheus Nunes",
    'Miguel Almiron, the Newcastle United star': the club the text ties the player to."""
    text = s.masked
    if "#c" not in text or ("#p" not in text and "#a" not in text and focus is None):
        return  # every tie names a club and a player (or describes the player the text is about)
    # the clubs named here, found once for both readings below: (start, end, mention index)
    clubs = [(m.start(), m.end(), ci) for m in CLUB_PH.finditer(text)
             if (ci := int(m.group(1))) in clubs_of and s.mentions[ci].kind == "club"]
    clubs = [c for c in clubs if not _FORMER_BEFORE.search(text, max(0, c[0] - 12), c[0])]  # "former Arsenal defender X"
    for _start, end, ci in clubs:
        rest = text[end:end + 80]
        pm = _OWNED_AFTER.match(rest)
        if pm and is_owner_mid(pm.group(1)) and (pm.group(1).startswith("'s") or pm.group(1).strip()):
            pi = int(pm.group(3))
            player = s.mentions[pi].names[0] if pm.group(2) == "p" else resolved.get(pi)
            if player and not (pm.group(2) == "a" and s.mentions[pi].text.lower() in ("him", "he")):
                roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    for start, end, ci in clubs:
        d = _descriptor(text, end)
        if d is None:
            continue
        pm = _DESC_PLAYER_AFTER.match(text, d.end()) or _DESC_PLAYER_BEFORE.search(text, max(0, start - 60), start)
        if pm is None and focus and _describes_focus(text, start, d):
            roles.owner.setdefault(focus, []).append((clubs_of[ci][0], s.text))
        if pm:
            pi = int(pm.group(2))
            player = s.mentions[pi].names[0] if pm.group(1) == "p" else resolved.get(pi)
            if player and not (pm.group(1) == "a" and s.mentions[pi].text.lower() in ("him", "he")):
                roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    for cue in _CLUB_CUES:
        for m in cue.finditer(text):
            ci, pi = int(m.group("c")), int(m.group("p"))
            if ci in clubs_of and s.mentions[ci].kind == "club" and pi < len(s.mentions):
                player = s.mentions[pi].names[0] if m.group("pk") == "p" else resolved.get(pi)
                if player:
                    roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    # "#c have recalled X from his loan at #c2": the club that can recall him owns him
    for m in _RECALLED.finditer(text):
        ci, pi = int(m.group(1)), int(m.group(3))
        if ci in clubs_of and s.mentions[ci].kind == "club":
            player = s.mentions[pi].names[0] if m.group(2) == "p" else resolved.get(pi)
            if player:
                roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    _loan_ended_early(s, text, resolved, clubs_of, roles)
    if "#," not in text:  # both patterns below need a placeholder followed by a comma
        return
    for m in _OWNER_APPOS.finditer(text):
        pi, ci = int(m.group(1)), int(m.group(2))
        if ci in clubs_of:
            mention = s.mentions[pi]
            player = mention.names[0] if mention.kind == "player" else resolved.get(pi)
            if player:
                roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    # "Joao Felix, Atletico Madrid's 23-year-old Portugal forward"
    for m in _POSS_APPOS.finditer(text):
        pi, ci = int(m.group(1)), int(m.group(2))
        if ci in clubs_of:
            roles.owner.setdefault(s.mentions[pi].names[0], []).append((clubs_of[ci][0], s.text))


# a loan ended early by the club that lent him: "#c have cut X's loan at #c2 short", "#c have
# brought X back from #c2", "#c decided to bring the defender back from his loan early"
_CUT_SHORT = re.compile(r"#c(\d+)#\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|also\s+|decided\s+to\s+|opted\s+to\s+|chosen\s+to\s+|been\s+forced\s+to\s+)?"
                        r"(?:(?:recalled|recall|cut\s+short|cut|ended|end|terminated|terminate)\s+(?:[\w-]+\s+){0,2}?#([pa])(\d+)#(?:'s\s+(?:[\w-]+\s+)?loan)?|"
                        r"(?:brought|bring|bringing)\s+(?:[\w-]+\s+){0,2}?#([pa])(\d+)#\s+back)\b")
_PARENT = re.compile(r"\bparent\s+club,?\s+#c(\d+)#|\b(?:returned|returns|return|gone\s+back|went\s+back|back)\s+to\s+(?:(?:his|her)\s+)?#c(\d+)#(?!'s)")
_LENT_AT = re.compile(r"\b(?:loan|spell|stint)\s+(?:[\w-]+\s+){0,2}?(?:at|with|in)\s+#c(\d+)#|\bback\s+from\s+#c(\d+)#|\brecalled\s+(?:[\w-]+\s+){0,2}?#[pa]\d+#\s+from\s+#c(\d+)#")


def _loan_ended_early(s: Sent, text: str, resolved: dict[int, str], clubs_of: dict[int, tuple[str, ...]],
                      roles: Roles) -> None:
    """The club that ended a player's loan early is his club again (facts: current_club)."""
    if "loan" not in text and "back" not in text:
        return  # (a club that "cut" or "ended" something of his tells no loan cut short)
    lender: tuple[int | None, int | None] | None = None  # (the club it was at, his parent club): once a sentence
    for m in _CUT_SHORT.finditer(text):
        ci = int(m.group(1))
        kind, pi = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        if ci not in clubs_of or s.mentions[ci].kind != "club":
            continue
        if kind == "p" and s.mentions[int(pi)].kind == "player":
            player: str | None = s.mentions[int(pi)].names[0]
        else:
            player = resolved.get(int(pi))
        if not player:
            continue
        if lender is None:
            at, parent = _LENT_AT.search(text), _PARENT.search(text)
            lender = (next((int(g) for g in at.groups() if g is not None), None) if at else None,
                      int(parent.group(1) or parent.group(2)) if parent else None)
        lent, home = lender
        if home is not None and home in clubs_of and home != ci:
            # "#c have cut short X's loan: she has returned to her parent club, #c2": #c lent nothing
            lent, ci = ci, home
        roles.recalled.setdefault(player, (clubs_of[ci][0], clubs_of[lent][0] if lent in clubs_of else None))


def club_role(clause: str, pos: int, end: int) -> str:
    """The club's role in its clause: the first row of the role table that matches around it.
    A club that describes the player ("a loan move for #c winger #p") is his owner, which
    outranks the rows of place and destination but not those of the deal's parties."""
    before = clause[max(0, pos - 60):pos]
    after = clause[end:end + 60]
    reaches_end = len(clause) - end <= 60
    owner_checked = False
    # only the rows whose `before` can end as this text does (the others' patterns would fail)
    for k in _ROLE_TAILS.candidates(before):
        role, b_rx, a_rx, anchored = _ROLE_RX[k]
        if not owner_checked and k >= _FIRST_PLACE_ROW:
            owner_checked = True
            if _is_owner(clause, end, before):
                return "owner"
        if b_rx is not None and not b_rx.search(before):
            continue
        if a_rx is not None and (not a_rx.match(after) or (anchored and not reaches_end)):
            continue
        return role
    if not owner_checked and _is_owner(clause, end, before):
        return "owner"
    return "subject"  # also "Tottenham boss ..."


def _describes_focus(text: str, start: int, d: re.Match[str]) -> bool:
    """"The Chelsea striker has passed a medical": the player the text is about, described by his club."""
    return not d.group(1).strip() and text.endswith("the ", 0, start) and not text.startswith(("s ", "s."), d.end())


# "#p is a new #c midfielder", "#p will be a #c defender", "#p is all but a #c player": the club he joins
_NEW_HOME_BEFORE = re.compile(r"(?:\bnew|\bbe|\ball\s+but)\s+(?:an?\s+|the\s+)?$")
_PARTY_ROLES = frozenset({"speaker", "rival", "bidder", "pastclub", "owner", "seller", "from"})


def _is_owner(clause: str, end: int, before: str) -> bool:
    after = clause[end:end + 60]
    m = _OWNED_AFTER_ANY.match(after) if ("#p" in after or "#a" in after) else None
    if m and is_owner_mid(m.group(1)) and (m.group(1).startswith("'s") or m.group(1).strip()):
        return True
    # "#p, the 26-year-old #c and england left-back", but not "a move to the #c midfielder ..."
    # nor "#p is a new #c midfielder" (the club he has joined)
    return _descriptor(clause, end) is not None and not _DEST_RX.search(before.removesuffix("the ").removesuffix("for ")) \
        and not _NEW_HOME_BEFORE.search(before)


_CLUB_CUES = [gated(re.compile(c.pattern)) for c in CLUB_CUES]  # most sentences have none of their verbs


# the role table compiled, each pattern behind the pre-check fastre derives from it
_ROLE_RX = [(r.role, tail_gated(re.compile(r.before)) if r.before else None, gated(re.compile(r.after)) if r.after else None,
             r.after.endswith("$")) for r in ROLE_RULES]


_ROLE_TAILS = TailRows([b_rx for _role, b_rx, _a, _e in _ROLE_RX])
# the owner check comes before the first row that is not a party's: where the original order tried it
_FIRST_PLACE_ROW = next(k for k, (role, *_rest) in enumerate(_ROLE_RX) if role not in _PARTY_ROLES)


_DEST_RX = next(b for role, b, _a, _e in _ROLE_RX if role == "dest" and b is not None)


_OWNER_APPOS = gated(_OWNER_APPOS)  # type: ignore[assignment]
_RECALLED = gated(_RECALLED)  # type: ignore[assignment]
_CUT_SHORT = gated(_CUT_SHORT)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_MULTI_NATION_RX = boundary_first(_MULTI_NATION_RX)
