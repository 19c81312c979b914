"""Pass 1: names. Which capitalised spans are players (known ones and new ones recognised
from context or from the shape of a full name), other people, and clubs the knowledge lacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract.document import Registry, Sent
from bot.extract.entities import (
    CLUB_RIGHT,
    PLAYER_RIGHT,
    POSITION_ALT,
    ROLE_OF_LEFT,
    ROLE_RIGHT,
    Tok,
    club_left,
    ends_with_surname_word,
    has_club_marker,
    is_place_or_nation,
    looks_like_stadium,
    opens_with_first_name,
    player_left_weak,
    role_left,
    span_key,
    trim_span,
)
from bot.extract.entities import player_left as player_left_ok
from bot.extract.fastre import boundary_first
from bot.extract.index import Entry, Index, fuzzy_league
from bot.extract.lexicon import (
    CLUB_MARKERS,
    COUNTRY_NAMES,
    NAME_PARTICLES,
    NATIONALITY,
    NON_NAME_WORDS,
    PAPER_ARTICLES,
    PAPER_WORDS,
    PERSON_DEMONYMS,
    PERSON_ROLES,
    SHARED_CLUB_WORDS,
    STADIUM_WORDS,
    WEEKDAYS,
)
from bot.knowledge import Gazetteer
from bot.models import NewClub
from bot.text import fold

# Lowercase single-word aliases that are ordinary English words: only capitalised they are clubs.
_COMMON_WORDS = frozenset({"athletic", "sporting", "wanderers", "rangers", "albion", "celtic", "united",
                           "city", "town", "county", "rovers", "forest", "villa", "palace", "inter",
                           "real", "olympic", "standard", "union", "national", "independiente",
                           "racing", "nacional", "liverpool"})


_JOIN_GAPS = frozenset({" ", "-", " & ", "&", ". ", "."})


_LOWER_OUTLET_CUE = re.compile(r"\b(?:according\s+to|told|reported\s+by|revealed\s+by|via|per)\s+$", re.I)


def scan_known(s: Sent, idx: Index) -> list[tuple[int, int, list[Entry]]]:
    """Longest known alias at each token position: (tok_start, tok_end, entries)."""
    toks = s.toks
    n = len(toks)
    lows = [t.low for t in toks]
    text = s.text
    first, prefixes, lookup, max_len = idx.first, idx.prefixes, idx.entries.get, idx.max_len
    out: list[tuple[int, int, list[Entry]]] = []
    i = 0
    while i < n:
        if lows[i] not in first:
            i += 1
            continue
        # aliases starting here, shortest first: a run of joinable tokens (the longest bounds the
        # alias length) that stops as soon as it is no alias's leading tokens
        found: list[tuple[int, str, list[Entry]]] = []
        key = lows[i]
        L = 1
        while True:
            entries = lookup(key)
            if entries:
                found.append((L, key, entries))
            # can the next token belong to the same alias? (no possessive or punctuation between)
            prev = toks[i + L - 1]
            if max_len <= L or i + L >= n:
                break
            nxt = f"{key} {lows[i + L]}"
            if nxt not in prefixes:
                break
            if (prev.poss and not text[prev.end:toks[i + L].start].startswith(("' ", "’ "))) \
                    or (not prev.poss and text[prev.end:toks[i + L].start] not in _JOIN_GAPS):
                break  # "St James' Park" is one name; "Chelsea's Enzo" is two
            key = nxt
            L += 1
        hit = None
        for L, key, entries in reversed(found):
            if L == 1 and _not_this_alias(toks, i, text, entries, lookup, out):
                continue
            if not any(toks[k].cap for k in range(i, i + L)):
                # lowercase: only distinctive multi-word or long aliases ("the cityzens", "transfermarkt")
                # (not "the move would go ahead": "Go Ahead" Eagles, all short plain words)
                words = key.split()
                if not ((L > 1 and words[-1] not in _COMMON_WORDS and (words[0] == "the" or max(map(len, words)) >= 6))
                        or (L == 1 and len(key) >= 7 and key not in _COMMON_WORDS)
                        # an outlet that writes its own name in lower case, where a credit names it ("according to kicker")
                        or (L == 1 and all(e.kind == "source" for e in entries)
                            and _LOWER_OUTLET_CUE.search(text, 0, toks[i].start) is not None)):
                    continue
                if all(e.kind == "player" for e in entries):
                    continue
            hit = (i, i + L, entries)
            break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _first_name_of_another(toks: list[Tok], i: int, text: str, entries: list[Entry], lookup) -> bool:
    """"Lautaro Valenti" is not Lautaro Martinez: a known player's one-word name followed by a
    surname that is none of his names and nothing the knowledge knows."""
    if i + 1 >= len(toks) or not all(e.kind == "player" for e in entries) or toks[i].poss:
        return False
    nxt = toks[i + 1]
    if not nxt.cap or len(nxt.text) < 3 or not nxt.text.isalpha() or text[toks[i].end:nxt.start] != " " \
            or nxt.low in NON_NAME_WORDS or nxt.low in CLUB_MARKERS or lookup(nxt.low) or is_place_or_nation(nxt.low):
        return False
    return all(nxt.low not in fold(n).split() for e in entries for n in e.names)


def _not_this_alias(toks: list[Tok], i: int, text: str, entries: list[Entry], lookup, out) -> bool:
    """A one-word alias that here names something else:
    - an acronym alias ("AS", the outlet) written in anything but capitals ("As far as ...");
    - a known player's surname right after a capitalised first name that is not his
      ("Kevin Palmer reports" is not Cole Palmer)."""
    t = toks[i]
    if t.low in WEEKDAYS:
        # "booked for Wednesday": a day, not Sheffield Wednesday; but "Wednesday manager X",
        # "Wednesday have signed": the club
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        prev_low = toks[i - 1].low if i else ""
        return not (nxt in _CLUB_CONTEXT and prev_low not in _DAY_BEFORE and not t.poss)
    if len(t.text) == 1 and text[t.end:t.end + 1] == ".":
        return True  # "U.S.", "A. Smith": an initial, not "the U's"
    if len(t.text) <= 3 and not t.text.isupper() and all(n.isupper() for e in entries for n in e.names):
        return True
    if all(e.kind == "club" for e in entries) and _names_a_person(toks, i, text, lookup):
        return True  # "Leon Dajaku has left": a first name that is also a club's alias, then a surname
    if _first_name_of_another(toks, i, text, entries, lookup):
        return True
    if i == 0:
        return False
    prev = toks[i - 1]
    if t.low in CLUB_MARKERS and all(e.kind == "club" for e in entries):
        # "Bristol Rovers" is not Blackburn Rovers: a club word after a capitalised word no alias took
        return (prev.cap and not prev.poss and not prev.text.isdigit() and prev.low not in NON_NAME_WORDS
                and text[prev.end:t.start] == " " and not (out and out[-1][1] == i))
    if not all(e.kind == "player" for e in entries):
        return False
    if (not prev.cap or prev.poss or prev.text.isdigit() or prev.low in NON_NAME_WORDS
            or text[prev.end:t.start] != " " or (out and out[-1][1] == i)):
        return False
    if lookup(f"{prev.low} {t.low}"):
        return False
    return all(fold(n).split()[0] != prev.low for e in entries for n in e.names)


_CLUB_CONTEXT = frozenset({"manager", "boss", "chairman", "striker", "midfielder", "defender", "winger", "goalkeeper",
                           "keeper", "forward", "fans", "have", "had", "were", "are"})
_DAY_BEFORE = frozenset({"on", "last", "next", "this", "by", "until", "since", "from", "every", "early", "late", "before",
                         "after", "till"})


def _names_a_person(toks: list[Tok], i: int, text: str, lookup) -> bool:
    """A one-word club alias that opens a two-word capitalised name nothing else knows."""
    if i + 1 >= len(toks) or (i and toks[i - 1].cap and text[toks[i - 1].end:toks[i].start] == " "):
        return False
    t, nxt = toks[i], toks[i + 1]
    if t.poss or not nxt.cap or not nxt.text[:1].isupper() or text[t.end:nxt.start] != " " or nxt.low in CLUB_MARKERS \
            or nxt.low in NON_NAME_WORDS or nxt.low in PERSON_ROLES or nxt.low in STADIUM_WORDS or nxt.low in NATIONALITY \
            or nxt.low in WEEKDAYS or nxt.text.isupper() or lookup(nxt.low) or lookup(f"{t.low} {nxt.low}"):
        return False
    return not (i + 2 < len(toks) and toks[i + 2].cap and text[nxt.end:toks[i + 2].start] == " ")


_Known = tuple[int, int, list[Entry]]  # (tok_start, tok_end, entries): a known alias in a sentence


@dataclass
class _Span:
    """A capitalised span no known alias wholly covers, with the text around it and what that
    text says it is (the cues keep only their truth value: the code tests them, never compares them)."""

    s: Sent
    a: int
    b: int
    key: str  # span_key of the tokens
    text: str  # as written
    left: str  # up to 60 characters before it
    right: str  # up to 70 characters after it
    role: bool = False  # an agent, a coach, a journalist ...
    covered: dict[int, _Known] = field(default_factory=dict)  # the known alias over each token of the sentence
    clubish: bool = False
    playerish: bool = False

    @property
    def words(self) -> int:
        """Its words, an elided prefix part of the word after it ("O'Riley" is one word, a surname)."""
        toks, text = self.s.toks, self.s.text
        return self.b - self.a - sum(1 for k in range(self.a, self.b - 1)
                                     if len(toks[k].text) == 1 and toks[k + 1].start == toks[k].end + 1
                                     and text[toks[k].end] in "'’")


def learn_names(sents: list[Sent], known: list[list[_Known]], reg: Registry,
                gaz: Gazetteer, idx: Index) -> None:
    """Register players, other people and new clubs from the whole article."""
    # one-word players wait for the end: the article may yet name that word as a person or a club
    pending_single: list[tuple[str, str]] = []
    # words that stand alone as a name somewhere in the article: a surname used on its own
    reg.lone_words = {s.toks[a].low for s in sents for a, b in s.caps if b - a == 1}
    _index_name_words(sents, known, reg)
    for s, kn in zip(sents, known, strict=True):
        covered = _register_known(s, kn, reg, gaz, idx)
        named: dict[int, int] = {}  # start -> end of the players this sentence names so far
        for a0, b0 in s.caps:
            _learn_span(s, a0, b0, covered, named, pending_single, reg, gaz, idx)
    firsts = _first_name_index(reg)
    for key, text in pending_single:
        if key not in reg.players and key not in reg.persons and key not in reg.new_club_names:
            mates = firsts.get(key, ())
            if len(mates) == 1:
                reg.players[key] = next(iter(mates))  # "Ryan has joined", of Ryan Allsop: his first name
            else:
                reg.add_player(text, gaz, idx)
    _first_names(reg, idx)


def _index_name_words(sents: list[Sent], known: list[list[_Known]], reg: Registry) -> None:
    """The first names the article gives each surname ("Scott McKenna"), and the words of the
    known clubs it names ("SK Rapid": a lone "Rapid" is that club)."""
    for s in sents:
        for a, b in s.caps:
            if b - a == 2:
                reg.full_firsts.setdefault(s.toks[a + 1].low, set()).add(s.toks[a].low)
    for s, kn in zip(sents, known, strict=True):
        for a, b, entries in kn:
            clubs = {e.names[0] for e in entries if e.kind == "club"}
            if clubs and b - a >= 2:
                for t in s.toks[a:b]:
                    if len(t.low) >= 4 and t.low not in SHARED_CLUB_WORDS:
                        reg.club_words.setdefault(t.low, set()).update(clubs)


def _another_first_name(s: Sent, a: int, b: int, manager: str, reg: Registry) -> bool:
    """"McKenna" in an article that names Scott McKenna is not Kieran McKenna the young player."""
    if b - a != 1:
        return False
    first = fold(manager).split()[0]
    return bool(reg.full_firsts.get(s.toks[a].low, set()) - {first})


def _first_name_index(reg: Registry) -> dict[str, set[str]]:
    """First name -> the article's two-word players who have it."""
    firsts: dict[str, set[str]] = {}
    for name in reg.player_order:
        toks = fold(name).split()
        if len(toks) == 2:
            firsts.setdefault(toks[0], set()).add(name)
    return firsts


def _first_names(reg: Registry, idx: Index) -> None:
    """"Ferran came through the youth ranks at Valencia": an article player called by his first
    name alone, when no other player of the article, person, club or known name has it."""
    firsts = _first_name_index(reg)
    for w in reg.lone_words:
        names = firsts.get(w)
        if names and len(names) == 1 and len(w) >= 4 and w not in reg.players and w not in reg.persons \
                and w not in reg.new_club_names and w not in NON_NAME_WORDS and not idx.lookup(w):
            reg.players[w] = next(iter(names))


def _register_known(s: Sent, kn: list[_Known], reg: Registry, gaz: Gazetteer, idx: Index) -> dict[int, _Known]:
    """Register the known players and people (managers, sources) the sentence names; the
    known alias that covers each token."""
    covered = {}
    for a, b, entries in kn:
        for k in range(a, b):
            covered[k] = (a, b, entries)
        if any(e.kind == "player" for e in entries) and b - a >= 1:
            e = next(e for e in entries if e.kind == "player")
            key1 = s.toks[a].low if b - a == 1 else None
            if key1 is not None and key1 in reg.persons and all(x.kind == "player" for x in entries):
                pass  # "Palmer" after "Kevin Palmer reports": that person, not the known player
            elif not any(x.kind in ("club", "manager", "source") for x in entries) or b - a >= 2:
                reg.add_player(e.names[0], gaz, idx)
        if reg.today is not None and any(e.kind == "manager" for e in entries) \
                and not any(e.kind in ("club", "source", "player") for e in entries):
            e = next(e for e in entries if e.kind == "manager")
            left = s.text[max(0, s.toks[a].start - 60):s.toks[a].start]
            if gaz.coaching_later(e.names[0], reg.today) and not role_left(left) \
                    and not ROLE_RIGHT.match(s.text[s.toks[b - 1].end:s.toks[b - 1].end + 70]) \
                    and not _another_first_name(s, a, b, e.names[0], reg):
                reg.add_player(e.names[0], gaz, idx)  # "an offer for Cesc Fabregas" in 2013: the player
                continue
        for e in entries:
            if e.kind == "manager":
                # the article's own "West Ham boss X" is his club on its date, whatever the
                # knowledge's tenures say
                club = coached_club(s, a, covered)
                if club:
                    reg.coach_club.setdefault(fold(e.names[0]), club)
            if e.kind in ("manager", "source"):
                key = " ".join(t.low for t in s.toks[a:b])
                reg.persons.setdefault(key, e.names[0])
                ft = fold(e.names[0]).split()
                if len(ft) == 1 or (ft and not is_place_or_nation(ft[-1])):  # not "Germany" of "Sky Germany"
                    reg.persons.setdefault(ft[-1], e.names[0])
    return covered


def _learn_span(s: Sent, a0: int, b0: int, covered: dict[int, _Known], named: dict[int, int],
                pending_single: list[tuple[str, str]], reg: Registry, gaz: Gazetteer, idx: Index) -> None:
    """Decide what one capitalised span is (a club, a person with a role, a player, or
    nothing) and register it."""
    a, b = trim_span(s.toks, a0, b0)
    if a >= b:
        return
    first = covered.get(a)
    if first is not None and first[0] <= a and first[1] >= b:
        return  # wholly a known name (the alias covering its first token covers it all)
    sp = _Span(s, a, b, key=span_key(s.toks, a, b), text=s.text[s.toks[a].start:s.toks[b - 1].end],
               left=s.text[max(0, s.toks[a].start - 60):s.toks[a].start],
               right=s.text[s.toks[b - 1].end:s.toks[b - 1].end + 70], covered=covered)
    if _no_name(sp, a0, b0) or len(sp.text) < 2:
        return  # (a lone letter is an initial: "U.S.")
    _read_cues(sp, covered)
    if not sp.playerish and sp.words >= 2 and _first_name_before_known_surname(s, a, b, covered):
        sp.playerish = True
    if b0 > b and _club_with_shared_word(s, a, b0, covered) and not sp.role:
        # "Forfar Athletic": a club of its own, not the "Athletic" the knowledge knows
        _register_club(span_key(s.toks, a, b0), s.text[s.toks[a].start:s.toks[b0 - 1].end], sp.left, reg, idx)
        return
    if not covered.keys().isdisjoint(range(a, b)) and not (sp.playerish and sp.words >= 2):
        return  # partly a known club/person: leave it to the scan
    if not (sp.clubish or sp.playerish or sp.role) and _coordinated_club(s, a, b, covered, reg) \
            and not ((_GAP_RIGHT.match(sp.right) or s.toks[b - 1].low in reg.lone_words or _PEOPLE_SUBJECT.match(sp.right))
                     and _person_shaped(s, a, b, sp.right)):
        # (not "Teun Koopmeiners and Juventus: ..." when "Koopmeiners" alone names him later)
        sp.clubish = True  # "Ajax and Zulte Waregem are both interested": a club the knowledge lacks
    if not (sp.clubish or sp.playerish or sp.role) and _destination_of_player(s, a, covered, named) \
            and not is_place_or_nation(sp.key):
        sp.clubish = True  # "lost X to Mafra and Y to Torreense": where a named player went, or came from
    if not (sp.playerish or sp.role) and sp.words == 1 and len(reg.club_words.get(sp.key, ())) == 1:
        sp.clubish = True  # "Rapid had already ...", after "SK Rapid": the club the article named
    if not (sp.clubish or sp.playerish or sp.role) and sp.words >= 2 and _coordinated_player(s, a, b, covered, named):
        sp.playerish = True  # "Ko Itakura and Jonas Falkenried": a player beside a player
    if not (sp.clubish or sp.playerish or sp.role) and _coordinated_person(s, a, reg):
        sp.role = True  # "sporting bosses Michael X and Frank Y": a person beside a person
    _register_span(sp, named, pending_single, reg, gaz, idx)


def _destination_of_player(s: Sent, a: int, covered: dict[int, _Known], named: dict[int, int]) -> bool:
    """The span follows "<player> to" or "<player> from" (also "... on loan to"): the club he went to
    or came from, in a list of moves."""
    j = a - 1
    if j < 1 or s.toks[j].low not in ("to", "from"):
        return False
    if j >= 3 and s.toks[j - 1].low == "loan" and s.toks[j - 2].low == "on":
        j -= 2
    end = j  # the token after the player's last one
    if end in named.values():
        return True
    kn = covered.get(end - 1)
    return kn is not None and kn[1] == end and any(e.kind == "player" for e in kn[2])


def _club_with_shared_word(s: Sent, a: int, b: int, covered: dict[int, _Known]) -> bool:
    """A name the knowledge lacks that ends in a shared club word the knowledge has alone as some
    club's alias ("Forfar Athletic", where "Athletic" alone is Wigan's): a club of its own."""
    last = covered.get(b - 1)
    return (b - a >= 2 and s.toks[b - 1].low in SHARED_CLUB_WORDS and last is not None and last[0] == b - 1
            and last[1] == b and any(e.kind == "club" for e in last[2]) and covered.keys().isdisjoint(range(a, b - 1))
            and not is_place_or_nation(s.toks[a].low) and s.toks[a].text[:1].isupper())


def _no_name(sp: _Span, a0: int, b0: int) -> bool:
    """A place, a stadium or a span with an ordinary word in it: no one's name."""
    s, a, b, key = sp.s, sp.a, sp.b, sp.key
    if sp.left.endswith("(") and _BRACKET_CREDIT_END.match(sp.right):
        return True  # "... (Don Balon)", "(Tuttosport - in Italian)": the outlet credited, no one's name
    if _TRANSLATED_FROM.search(sp.left) and _BRACKET_CREDIT_END.match(sp.right):
        return True  # "(Translated from Portuguese, Diário de Notícias.)": the outlet
    if s.toks[a].low in NAME_PARTICLES and a > a0:
        return True  # "de Cali" of "América de Cali", whose first word the trim took off: the tail of a longer name
    if is_place_or_nation(key) or looks_like_stadium(key) or (b < b0 and looks_like_stadium(span_key(s.toks, a, b0))):
        return True  # also "Stamford Bridge", whose "Bridge" the trim took off
    if b - a == 1 and _COMPOUND_RIGHT.match(sp.right):
        return True  # "Promotion-chasing Ipswich", "Cash-strapped": one word of an adjective, no name
    first = a + 1 if opens_with_first_name(s.toks, a, b) else a  # "for Will Grigg": his first name
    last = b - 1 if ends_with_surname_word(s.toks, a, b) else b  # "Emre Can": his surname
    return any((t.low in NON_NAME_WORDS or _plural_of_word(t.low)) and t.low not in ("la", "le", "el")
               and not _hyphened_syllable(s, k)
               for k, t in enumerate(s.toks[first:last], first)) and not has_club_marker(key)


def _plural_of_word(low: str) -> bool:
    """"Designated Players", "French Cups": the plural of an ordinary word is no one's name either
    (three letters at least before the s: not "Wes")."""
    return len(low) >= 4 and low[-1] == "s" and low[:-1] in NON_NAME_WORDS


_COMPOUND_RIGHT = re.compile(r"-(?:[a-z]{6,}|ups?)\b")  # (not a given name's short syllable: "Kang-in", "Min-jae")


def _hyphened_syllable(s: Sent, k: int) -> bool:
    """"In" of "Hwang In-beom", "in" of "Lee Kang-in": a word that is also a syllable of a given
    name, hyphened to the other."""
    toks = s.toks
    return (k + 1 < len(toks) and s.text[toks[k].end:toks[k + 1].start] == "-" and toks[k + 1].text.islower()) \
        or (k > 0 and toks[k].text.islower() and s.text[toks[k - 1].end:toks[k].start] == "-" and toks[k - 1].cap)


def _club_in_brackets_after(sp: _Span, covered: dict[int, _Known]) -> bool:
    """The name is followed by a known club alone in brackets: "Ospina (Arsenal)"."""
    if not sp.right.startswith(" (") or sp.b >= len(sp.s.toks):
        return False
    known = covered.get(sp.b)
    if known is None or known[0] != sp.b or not any(e.kind == "club" for e in known[2]):
        return False
    end = sp.s.toks[known[1] - 1].end
    return sp.s.text[sp.s.toks[sp.b - 1].end:sp.s.toks[sp.b].start].strip() == "(" and sp.s.text[end:end + 1] == ")"


def _read_cues(sp: _Span, covered: dict[int, _Known]) -> None:
    """What the words around the span say it is: a person with a role, a club, a player."""
    s, a, left, right = sp.s, sp.a, sp.left, sp.right
    player_left = player_left_ok(left)  # bool(PLAYER_LEFT.search(left))
    role: re.Match[str] | bool | None = role_left(left) or ROLE_RIGHT.match(right) or (
        # "His agent, Nick X, said"; "... their then manager, Martin X."
        left.endswith(", ") and (right.startswith((",", " and ")) or right.strip()[:1] in ("", ".", ";"))
        and role_left(left[:-2])) or (
        " of " in left[-40:] and ROLE_OF_LEFT.search(left) is not None)  # "general manager of football operations X"
    if not player_left and not role and _club_in_brackets_after(sp, covered):
        player_left = True  # "after James (Real Madrid), Ospina (Arsenal) ... all went abroad": a player and his club
    if role and left.rstrip().lower().endswith(_PLAYER_ROLES_TAILS):
        role, player_left = None, True  # "free agent Mateus Andrade": a player, no agent
    elif role and not role_left(left) and _OWN_MOVE.match(s.text[s.toks[sp.b - 1].end:s.toks[sp.b - 1].end + 160]):
        role, player_left = None, True  # "X said he was delighted to join C": he speaks of his own move
    elif role is not None and not isinstance(role, bool) and role.group(0).lower().endswith(_PLAYER_ROLES_TAILS):
        role, player_left = None, True  # "Mateus Andrade, a free agent after five seasons at Lille"
    plural = not player_left and _PLURAL_VERB.match(right) and not _NOT_SUBJECT_LEFT.search(left) \
        and sp.key.removesuffix("s") not in PERSON_DEMONYMS  # ("30 million Brazilians have joined the middle class")
    clubish = has_club_marker(sp.key) or CLUB_RIGHT.match(right) or (club_left(left) and not player_left
                                                                      and not _PLACE_LEFT.search(left)
                                                                      and not _AWAY_FROM.search(left)) or plural
    playerish = player_left or (PLAYER_RIGHT.match(right) and not plural)
    if not playerish and sp.words >= 2 and player_left_weak(left) and not clubish:
        playerish = True
    if not playerish and not clubish and sp.words == 1 and _lone_name_after_demonym(left) and not is_place_or_nation(sp.key) \
            and fuzzy_league(sp.key) is None:
        playerish = True  # "the purchase of Brazilian Kevin from Shakhtar": a nationality before a lone name
    if not playerish and a > 0 and s.toks[a - 1].poss and covered.get(a - 1) \
            and any(e.kind == "club" for e in covered[a - 1][2]) and sp.words >= 2:
        playerish = True  # "BVB's Ousmane Dembele"
    if not playerish and not clubish and not role and sp.words == 1 and a > 0 and s.toks[a - 1].poss and covered.get(a - 1) \
            and all(e.kind == "club" for e in covered[a - 1][2]) and _LONE_PLAYER_RIGHT.match(right) \
            and not is_place_or_nation(sp.key) and fuzzy_league(sp.key) is None:
        playerish = True  # "Santos have agreed a loan for Corinthians' Luan, who ...": a one-name player of that club
    if not playerish and not role and a > 0 and s.toks[a - 1].poss and covered.get(a - 1) \
            and all(e.kind == "source" for e in covered[a - 1][2]) and sp.words >= 2:
        role = True  # "the Guardian's Sachin Nakrani": the outlet's journalist
    if not role and sp.words >= 2 and _OF_OUTLET_REPORTS.match(right):
        role, playerish = True, False  # "Sander Kooijman of the AD had earlier reported": the outlet's journalist
    if not role and sp.words >= 2 and (left.endswith(", ") or _OUTLET_POSS_LEFT.search(left)) and _REPORTER_TAIL.match(right):
        role, playerish = True, False  # "..., BBC Radio Humberside's David Burns has revealed.": who reported it
    if _CLUB_OF_PLAYER.match(right) and not role:
        clubish, playerish = True, False  # "Levski Sofia's 24-year-old striker X": whose player he is
    if sp.words >= 2 and _manager_of_club(s, sp.b, covered):
        role, clubish, playerish = True, False, False  # "Karel Vandamme's Everton": the club's manager
    elif not role and sp.words >= 2 and (_MANAGER_SIGNING.match(right) or _COACHED_BY.search(left)
                                         or (a == 0 and _LATER_TITLE.match(s.text, s.toks[sp.b - 1].end))):
        # "He was Russell Slade's first signing", "coached by Portuguese Jose Morais", "Jack Ross
        # admitted ..., but the Sunderland manager was satisfied": a manager, no player
        role, playerish = True, False
    sp.role, sp.clubish, sp.playerish = bool(role), bool(clubish), bool(playerish)


_CLUB_OF_PLAYER = re.compile(rf"^['’]s\s+(?:\d+-year-old\s+|[a-z][\w-]*\s+){{1,2}}(?:{POSITION_ALT})\b")
_MANAGER_SIGNING = re.compile(r"^['’]s\s+(?:first|second|third|fourth|fifth|sixth|latest|last|\d+(?:st|nd|rd|th))\s+"
                              r"(?:signing|recruit|buy|acquisition|purchase)\b")
_COACHED_BY = re.compile(r"\b(?:coached|managed|trained)\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")
# "Rich Cawley of the South London Press revealed ...": a reporter named with his outlet
_OF_OUTLET_REPORTS = re.compile(r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:has\s+|had\s+)?(?:earlier\s+|also\s+|now\s+)?"
                                r"(?:reported|reports|revealed|reveals|says|said|claims|claimed|wrote|writes|understands)\b")
# the credit a sentence ends with: "..., David Burns has revealed." (a reporter's verbs, not "said")
_REPORTER_TAIL = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?:revealed|reported|claimed|understands|learned|learnt|written|wrote|"
                            r"can\s+reveal|has\s+been\s+told)\s*[.!]?\s*$")
_OUTLET_POSS_LEFT = re.compile(r",\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s$")
# the sentence's subject named again by his title further on: "X admitted ..., but the C manager was ..."
_LATER_TITLE = re.compile(r"[^.;:()]{0,160}?,\s+(?:but|and|as|while|though)\s+the\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
                          r"(?:manager|boss|head coach|coach|chairman|president|sporting director|director|owner)\b")
# "his medical at Fota Island", "landed at Malpensa", "met at Zaventem": a place he is at, no club
_PLACE_LEFT = re.compile(r"\b(?:medicals?|tests|landed|flew|flown|touched\s+down|met|camp|base|airport|hotel|training\s+centre|training\s+ground)\s+(?:at|in|into)\s+$", re.I)
# "Anzhi Makhachkala have agreed a fee": one person "has"; a name that takes a plural verb is a club
_PLURAL_VERB = re.compile(r"^\s+(?:have|are|were)\b(?!\s+(?:you|we|they)\b)")
# ("Brandt and Falk have ...", "talks over Brandt have broken down": he is not the verb's subject)
_NOT_SUBJECT_LEFT = re.compile(r"(?:\b(?:and|with|both|over|for|of|about|on|between|from|to|by|at|in|than|like)|&|,)\s*$", re.I)
# a speaker whose reported words are about his own move: a player, not a journalist or an official
_OWN_MOVE = re.compile(r"^\s+(?:has\s+|had\s+)?(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|admitted|admits|insisted|insists|revealed|"
                       r"confirmed|confirms|explained)\s*(?:that\s+)?(?:he|she)\s+(?:[\w'-]+\s+){0,5}?"
                       r"(?:join|joining|joined|leave|leaving|play for|playing for|stay at|staying at|stay with|move to|moving to|"
                       r"sign for|signing for|happy at|happy with life at|return to|returning to|on (?:his|her) way)\b"
                       # "X insists his move from C2 was not about money", "X says he hopes ..., after completing his move"
                       r"|^\s+(?:has\s+)?(?:said|says|insisted|insists|admitted|admits|explained|revealed)\s+(?:that\s+)?"
                       r"(?:(?:he|she)\s+[^.;:()]{0,80}?)?(?:his|her)\s+(?:move|switch|transfer|loan|exit|departure)\b", re.I)
# what follows a club's one-name player (not "Liverpool's Anfield stadium", "Chelsea's Cobham training ground")
_LONE_PLAYER_RIGHT = re.compile(r"^(?:,\s+(?:who|\d\d)\b|\s+(?:is|has|had|was|will|would|could|joins|joined|signs|signed|moves|heads|in|on|for|to|from)\b|[.;])")
_DEMONYM_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+)\s$")


def _lone_name_after_demonym(left: str) -> bool:
    m = _DEMONYM_BEFORE.search(left)
    return m is not None and fold(m.group(1)) in PERSON_DEMONYMS


# a person speaking, not an outlet reporting ("Kaka said", not "JuventusNews24 reports")
_SPEAKS = re.compile(r"^,?\s+(?:has\s+|had\s+)?(?:said|says|told|insisted|insists|admitted|admits|explained|added|"
                     r"revealed|stressed|declared)\b")


def _register_span(sp: _Span, named: dict[int, int], pending_single: list[tuple[str, str]],
                   reg: Registry, gaz: Gazetteer, idx: Index) -> None:
    key, text, left = sp.key, sp.text, sp.left
    if sp.role and sp.words == 1 and not role_left(left) and key not in reg.persons:
        mates = _first_name_index(reg).get(key, set())
        if len(mates) == 1:
            reg.players[key] = next(iter(mates))  # "Teemu said he was excited", of Teemu Pukki: the player speaking
            return
        if _SPEAKS.match(sp.right) and not any(ch.isdigit() for ch in key) and any(k == key for k, _text in pending_single):
            return  # "Kaka said ...", the one-name player an earlier sentence marked: he speaks
    if sp.role and not sp.playerish:
        reg.persons.setdefault(key, text)
        reg.persons.setdefault(key.split()[-1], text)
        club = coached_club(sp.s, sp.a, sp.covered)
        if club:
            reg.coach_club.setdefault(key, club)
            reg.coach_club.setdefault(key.split()[-1], club)
        return
    if sp.clubish and not (sp.playerish and sp.words >= 2 and not has_club_marker(key)):
        _register_club(key, text, left, reg, idx)
        return
    if sp.playerish and not sp.role:
        if sp.words >= 2:
            reg.add_player(text, gaz, idx)
            named[sp.a] = sp.b
        else:
            pending_single.append((key, text))
    elif (not sp.clubish and not sp.role and key not in reg.credited and _person_shaped(sp.s, sp.a, sp.b, sp.right)
          and (not left.lower().endswith(("the ", "at ", "in ")) or _SAGA_RIGHT.match(sp.right))):
        # ("at the Ramón Sánchez-Pizjuán" is a place; "The Albert Gudmundsson saga" a player's)
        if _CREDIT_LEFT.search(left):
            reg.credited.add(key)  # "..., claims Don Balon": an outlet or a writer, here and further on
            return
        # transfer news is about players: a full name nothing marks as a club, an outlet
        # or an official is a player the knowledge does not list
        if sp.words < 2:
            pending_single.append((key, text))  # "O'Riley": a surname, which a full name later may own
            return
        reg.add_player(text, gaz, idx)
        named[sp.a] = sp.b


def _first_name_before_known_surname(s: Sent, a: int, b: int, covered: dict[int, _Known]) -> bool:
    """"Luuk de Jong" where the knowledge knows "de Jong" as Frenkie, "Giovanni Simeone" where it knows
    "Simeone" as the coach: a first name before a known person's bare surname that is not his names
    another player."""
    if a in covered or b - 1 not in covered:
        return False
    ka, kb, entries = covered[b - 1]
    if ka != a + 1 or kb != b or not entries or any(e.kind not in ("player", "manager") for e in entries):
        return False
    first = s.toks[a].low
    if first in NON_NAME_WORDS or is_place_or_nation(first) or not s.toks[a].text.isalpha():
        return False
    return all(first not in fold(n).split() for e in entries for n in e.names)


def coached_club(s: Sent, a: int, covered: dict[int, _Known]) -> str | None:
    """"Aberdeen boss Jimmy Thelin", "Portsmouth's head coach X": the club a coach is named
    with (not "former Palace boss X")."""
    k = a - 1
    if k < 1 or s.toks[k].low not in _COACH_WORDS:
        return None
    k -= 1
    if s.toks[k].low == "head":
        k -= 1
    hit = covered.get(k) if k >= 0 else None
    if hit is None or hit[1] != k + 1:
        return None
    if hit[0] > 0 and s.toks[hit[0] - 1].low in _FORMER:
        return None
    club = next((e for e in hit[2] if e.kind == "club"), None)
    return club.names[0] if club else None


_COACH_WORDS = frozenset({"boss", "manager", "coach", "head-coach", "gaffer"})
_FORMER = frozenset({"former", "ex", "ex-", "old", "then"})


def _register_club(key: str, text: str, left: str, reg: Registry, idx: Index) -> None:
    """A club: a misspelt known one ("Borussia Monchengladbach") or one the knowledge lacks,
    with the country the text gives it ("the Belgian side")."""
    named = reg.club_words.get(key)
    if named is not None and len(named) == 1:
        reg.new_club_names.setdefault(key, next(iter(named)))
        return
    fz = idx.fuzzy_club(key)
    if fz:
        reg.new_club_names.setdefault(key, idx.lookup(fz)[0].names[0])
        return
    if key not in reg.new_club_names:
        m = re.search(r"\b(\w+)\s+(?:side|club|outfit|team)\s*$", left)
        country = NATIONALITY.get(fold(m.group(1))) if m else None
        name = text
        reg.new_club_names[key] = name
        reg.new_clubs.setdefault(key, NewClub(name=name, country=country))


_PLAYER_ROLES_TAILS = ("free agent",)


_SAGA_RIGHT = re.compile(r"\s+(?:transfer\s+)?(?:saga|move|deal|switch|affair|situation|story|release clause)\b")
_TRANSLATED_FROM = re.compile(r"\((?:translated|adapted|source|sources|via|original)\b[^()]*$", re.I)
_BRACKET_CREDIT_END = re.compile(r"\s*(?:[-–—:,][^()]*)?\.?\)[.!]?\s*$")


# "..., Ellen White and Jill Scott have both retired": two people, the subject of a verb
_PEOPLE_SUBJECT = re.compile(r"^\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+(?:have|had|are|were)\b")
_GAP_RIGHT = re.compile(r"^\s+(?:on\s+(?:a\s+)?(?:season-long\s+|six-month\s+)?loan\s+|on\s+a\s+free\s+)?(?:to|from)\s+(?:[A-Z]|\d\.\s)")  # "..., and Edouard Mendy to Al Ahli": a player in a gapped list


_NOT_PERSON_RIGHT = re.compile(r"^(?:'s?\s+)?\s*(?:also\s+)?(?:says|said|reports?|reported|claims?|claimed|understands|revealed|writes|wrote|reckons|believes|"
                               r"told|tweeted|posted|added|explained|insists|confirmed|announced)\b|^,\s+(?!(?:and|or|but|while|as|with|after)\b)(?:(?:the|a|an)\s+)?(?:[\w'.-]+\s+){0,3}?"
                               r"(?:journalist|reporter|correspondent|newspaper|outlet|paper|website|broadcaster|agent|"
                               r"president|director|chairman|owner|coach|manager|boss|executive|spokesman|spokesperson)\b|"
                               # "Leeuwarder Courant reporter Sander de Vries": the outlet a named writer works for
                               r"^\s+(?:chief\s+|senior\s+|transfer\s+|football\s+|sports?\s+)?(?:journalist|reporter|correspondent|"
                               r"columnist|writer|editor)\s+(?-i:[A-Z])", re.I)


# "Brondby have walked away from Johan Larsson": whom a club turns from is anyone, not a club it leaves
_AWAY_FROM = re.compile(r"\baway\s+from\s*$|\bmoved\s+on\s+from\s*$", re.I)


_PLACE_FIRST = frozenset({"san", "santa", "santo", "sao", "saint", "st", "stade", "estadio", "estadi", "camp", "parc", "old",
                          "villa", "port", "fort", "mount", "lake", "cape"})


def _person_shaped(s: Sent, a: int, b: int, right: str) -> bool:
    """Two to four capitalised words, no figure, no place, no month: a person's full name."""
    toks = s.toks[a:b]
    shouted = _capitals_lead(s, a, b)
    if not 2 <= len(toks) <= 4 or (s.text[toks[0].start:toks[-1].end].isupper() and not shouted) \
            or toks[0].low in _PLACE_FIRST:
        return False
    for k, t in enumerate(toks):
        if not t.text[0].isupper() and t.low not in NAME_PARTICLES:
            return False
        if len(t.text) > 1 and t.text.isupper() and not shouted:
            return False  # an acronym ("RWD Molenbeek") names a club or a body, not a person
        # (a country can be a first name: "Jordan Henderson", "Georgia Stanway")
        place = is_place_or_nation(t.low) and not (k == 0 and len(toks) == 2 and t.low in COUNTRY_NAMES)
        surname = k == len(toks) - 1 and ends_with_surname_word(s.toks, a, b)
        if not t.text.replace("-", "").isalpha() or (t.low in NON_NAME_WORDS and not surname) or t.low in CLUB_MARKERS or place:
            return False
    return not _NOT_PERSON_RIGHT.match(right)


def _capitals_lead(s: Sent, a: int, b: int) -> bool:
    """"KURT ZOUMA: West Brom are ...", "ZLATAN IBRAHIMOVIC is set for ...": a gossip item that opens with
    its player's name in capitals, the rest of the sentence in ordinary case."""
    if a != 0 or b - a < 2 or any(len(t.text) < 2 or not t.text.isalpha() for t in s.toks[a:b]):
        return False
    rest = s.text[s.toks[b - 1].end:]
    # (not a dateline: "RIO DE JANEIRO (AP) -", "LONDON, June 19 -")
    return s.text[:s.toks[b - 1].end].isupper() and _LEAD_REST.match(rest) is not None


_LEAD_REST = re.compile(r"^(?::\s+\S|\s+[a-z])")


_COORD_GAPS = frozenset({", ", " & ", " and ", " or ", ", and ", ", or "})


def _coordinated_club(s: Sent, a: int, b: int, covered: dict, reg: Registry) -> bool:
    """A capitalised span coordinated with a club ("Ajax and Gent", "Gent, Ajax or PSV"):
    a club too, when nothing marks it as a person."""
    toks, text = s.toks, s.text
    n = len(toks)
    if _PLAYER_VERB_AFTER.match(text, toks[b - 1].end):
        return False  # "X joined Bordeaux and Moussa Maazou signed for Lens": a player, the subject of his own move

    def club_end(k: int) -> int:
        """Index after the club whose token k is, or -1."""
        hit = covered.get(k)
        if hit is not None:
            return hit[1] if any(e.kind == "club" for e in hit[2]) else -1
        return k + 1 if toks[k].low in reg.new_club_names else -1

    def listed(after: int) -> bool:
        """A comma coordinates only inside a list: "Gent, Ajax and PSV"."""
        if text[toks[after - 1].end:toks[after - 1].end + 2] == ", ":
            return True
        return after < n and toks[after].low in ("and", "or") and text[toks[after - 1].end:toks[after].start] == " "

    if a > 0 and not _CREDIT_LEFT.search(text, 0, toks[a].start):
        k = a - 1
        if toks[k].low in ("and", "or"):
            if k > 0 and text[toks[k - 1].end:toks[a].start] in _COORD_GAPS and club_end(k - 1) > 0 \
                    and not _PLAYER_OF_CLUB.search(text, 0, toks[_club_start(k - 1, covered)].start):
                return True
        elif (text[toks[k].end:toks[a].start] in _COORD_GAPS and not toks[k].poss and club_end(k) > 0
              and (text[toks[k].end] != "," or listed(b))):
            return True
    if b < n:
        k = b
        if toks[k].low in ("and", "or"):
            if k + 1 < n and text[toks[b - 1].end:toks[k + 1].start] in _COORD_GAPS and club_end(k + 1) > 0:
                return True
        elif text[toks[b - 1].end:toks[k].start] in _COORD_GAPS and not toks[b - 1].poss:
            e = club_end(k)
            if e > 0 and (text[toks[b - 1].end] != "," or listed(e)) and not _CREDIT_LEFT.search(text, 0, toks[a].start):
                return True
    return False


# verbs only a player is the subject of ("signed for", "moved to", "completed his move")
_PLAYER_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+)?(?:signed\s+for|signs\s+for|moved\s+to|moves\s+to|switched\s+to|"
                                r"left\s+for|completed\s+(?:his|her)\b|returned\s+to)\b")


# "X of PSG and Y": the name after "and" goes with the player before the club, not with the club
_PLAYER_OF_CLUB = re.compile(r"[A-Z][\w'’-]+\s+of\s+$")


def _club_start(k: int, covered: dict) -> int:
    """The first token of the club whose last token is k."""
    hit = covered.get(k)
    return hit[0] if hit is not None else k


def _manager_of_club(s: Sent, b: int, covered: dict[int, _Known]) -> bool:
    """"X's Everton", "X's new Everton": a name whose possessive is a club is its manager (not "X's
    Everton debut", where the club only describes his own spell)."""
    toks = s.toks
    if not toks[b - 1].poss or b >= len(toks):
        return False
    k = b + 1 if toks[b].low in _CLUB_EPITHETS else b
    hit = covered.get(k)
    if hit is None or hit[0] != k or not any(e.kind == "club" for e in hit[2]):
        return False
    after = toks[hit[1]].low if hit[1] < len(toks) else ""
    return after not in _OWN_SPELL_NOUNS and not toks[hit[1] - 1].poss


_CLUB_EPITHETS = frozenset({"new", "revamped", "resurgent", "struggling", "ambitious", "young", "expensive", "current"})
_OWN_SPELL_NOUNS = frozenset({"debut", "contract", "career", "move", "shirt", "team-mates", "teammates", "exit", "future",
                              "deal", "spell", "stint", "departure", "return", "switch", "transfer", "loan", "goal",
                              "goals", "appearance", "appearances", "days", "time", "story", "stay", "tenure", "adventure",
                              "journey", "chapter", "dream", "nightmare", "career's", "record", "wages", "salary",
                              "release", "farewell", "teammate", "colleagues", "number"})


def _coordinated_person(s: Sent, a: int, reg: Registry) -> bool:
    """A name listed right after an official or agent of this sentence ("X and Y", "X, Y")."""
    toks, k = s.toks, a - 1
    if k > 0 and toks[k].low in ("and", "or"):
        k -= 1
    if k < 0 or toks[k].poss or s.text[toks[k].end:toks[a].start] not in _COORD_GAPS:
        return False
    before = next(((a0, b0) for a0, b0 in s.caps if b0 == k + 1), None)
    if before is None:
        return False
    a0, b0 = trim_span(toks, *before)
    return a0 < b0 and span_key(toks, a0, b0) in reg.persons


def _coordinated_player(s: Sent, a: int, b: int, covered: dict, named: dict[int, int]) -> bool:
    """A full name listed with a player ("Ko Itakura and Jonas Falkenried", "X, Y and Z")."""
    toks, text = s.toks, s.text

    def player_span(k0: int, k1: int) -> bool:
        hit = covered.get(k0)
        if hit is not None:
            return hit[0] == k0 and hit[1] == k1 and any(e.kind == "player" for e in hit[2])
        return named.get(k0) == k1

    # before: "<player>, " / "<player> and " / "<player>, and "
    k = a - 1
    if k > 0 and toks[k].low in ("and", "or"):
        k -= 1
    if k >= 0 and not toks[k].poss and text[toks[k].end:toks[a].start] in _COORD_GAPS:
        hit = covered.get(k)
        start = hit[0] if hit is not None else next((st for st, en in named.items() if en == k + 1), -1)
        if start >= 0 and player_span(start, k + 1):
            return True
    # after: " and <player>" (a known one: the learned ones come later in the sentence)
    k = b
    if k < len(toks) and toks[k].low in ("and", "or"):
        k += 1
    if k < len(toks) and not toks[b - 1].poss and text[toks[b - 1].end:toks[k].start] in _COORD_GAPS:
        hit = covered.get(k)
        if hit is not None and hit[0] == k and any(e.kind == "player" for e in hit[2]):
            return True
    return False


_CREDIT_LEFT = re.compile(r"\b(?:according to|via|per|says|said|reports|reported|told|journalist|reporter|claims|writes|reckons|believes|"
                          r"speaking to|talking to|interview with)\s+(?:the\s+)?$", re.I)


_TEAM_SUFFIXES = frozenset({"women", "ladies", "femenino", "feminine", "féminine", "frauen", "femminile"})
_CREDIT_RIGHT = re.compile(r"\s+(?:(?:has|have|is|are|was|also)\s+)?(?:reports?|reported|reporting|claims?|claimed|"
                           r"says|said|understands|revealed|reveals|writes|wrote|has learned|learned|learnt|"
                           r"adds|added|notes|noted|suggests|suggested|insists|insisted|states|stated|hears|heard)\b")


def credited_outlet(toks: list[Tok], text: str, a0: int, b0: int, used: set[int]) -> tuple[int, int] | None:
    """A capitalised run the trim cut short ("the East Anglian Daily Times" trimmed to "Anglian")
    that the text credits in a clear frame ("according to", "told", "..., the X reports"): the
    whole run, without a leading "the", names the outlet."""
    if toks[a0].low == "the":
        a0 += 1
    elif a0 == 0 and toks[0].low in NON_NAME_WORDS:
        return None  # "But Kevin Smith reports": the sentence's first word is no part of the name
    if b0 - a0 < 2 or b0 - a0 > 6 or not used.isdisjoint(range(a0, b0)):
        return None
    if toks[b0 - 1].low in NAME_PARTICLES or toks[b0 - 1].poss or toks[b0 - 1].low in _TEAM_SUFFIXES:
        return None  # ("Arsenal Women have added X": a club's women's team, no outlet)
    start, end = toks[a0].start, toks[b0 - 1].end
    if _CREDIT_LEFT.search(text, max(0, start - 30), start) or _CREDIT_RIGHT.match(text, end):
        return a0, b0
    if bracketed_paper(toks, text, a0, b0):
        return a0, b0  # "... turned down by the League One club. (Bury Times)": a local paper named after its town
    return None


def bracketed_paper(toks: list[Tok], text: str, a0: int, b0: int) -> bool:
    """A run that is the whole of an item's closing bracket and ends with a newspaper's word or
    opens with an article, as a paper's title does ("(El Nacional)", "(Le Parisien)")."""
    start, end = toks[a0].start, toks[b0 - 1].end
    return ((toks[b0 - 1].low in PAPER_WORDS or (b0 - a0 >= 2 and toks[a0].low in PAPER_ARTICLES))
            and text[:start].rstrip().endswith("(") and _BRACKET_CLOSE.match(text, end) is not None)


_BRACKET_CLOSE = re.compile(r"\s*\)[.!]?\s*$")


def local_outlet(s: Sent, a: int, b: int, used: set[int]) -> tuple[int, int] | None:
    """The capitalised run a known outlet's name ends ("Telegraph" of "the Peterborough Telegraph"),
    when the run starts before it and the text credits the run."""
    for a0, b0 in s.caps:
        if a0 < a < b0 and b == b0:
            return credited_outlet(s.toks, s.text, a0, b0, used)
    return None
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_CREDIT_LEFT = boundary_first(_CREDIT_LEFT)
