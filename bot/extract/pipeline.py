"""extract(article, gazetteer) -> Extraction: the claim extractor's one entry point.

Pure, synchronous and deterministic. Two passes over the article's sentences:

1. *Registry*: which capitalised spans are players (known ones, and new ones
   recognised from context), which are other people (managers, journalists),
   which are clubs the knowledge lacks; full names give their surnames.
2. *Sentences*: every mention is replaced by a placeholder (masking), clauses are
   split, kind triggers found, and each trigger is paired with the clubs that can
   be its suitor (not the owner, the seller, the origin, the rejecting club) and
   the players it is about. Sources come from the credit in force.

Then article-level rules: the player's current (selling) club is not a suitor,
a rival's lost race behind a completed move is past, and facts are gathered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from bot.extract import attribution as attr
from bot.extract.amounts import Money, find_amounts, prefer
from bot.extract.build import maker
from bot.extract.entities import (
    CLUB_RIGHT,
    PLAYER_RIGHT,
    ROLE_RIGHT,
    Mention,
    Tok,
    cap_spans,
    club_left,
    has_club_marker,
    is_place_or_nation,
    looks_like_stadium,
    player_left_weak,
    role_left,
    span_key,
    tokenize,
    trim_span,
)
from bot.extract.entities import player_left as player_left_ok
from bot.extract.facts import collect_facts
from bot.extract.fastre import gated, tail_gated
from bot.extract.index import Entry, Index, fuzzy_league, get_index
from bot.extract.kinds import find_triggers
from bot.extract.lexicon import (
    CLUB_MARKERS,
    CLUB_NOUNS,
    GENERIC_CLUB_MODIFIERS,
    NAME_PARTICLES,
    NATIONALITY,
    NON_NAME_WORDS,
    PERSON_DEMONYMS,
    PLACES,
    PLURAL_CLUB_NOUNS,
    POSITIONS,
    WEEKDAYS,
)
from bot.extract.rules.facts import CLUB_CUES
from bot.extract.rules.roles import ROLE_RULES
from bot.extract.sentences import split_paragraphs
from bot.extract.timeframe import CURRENT, PAST_WORDS, When, find_when, is_before_window
from bot.knowledge import Gazetteer
from bot.models import Amount, Article, Claim, Extraction, NewClub
from bot.text import fold

# Lowercase single-word aliases that are ordinary English words: only capitalised they are clubs.
_COMMON_WORDS = frozenset({"athletic", "sporting", "wanderers", "rangers", "albion", "celtic", "united",
                           "city", "town", "county", "rovers", "forest", "villa", "palace", "inter",
                           "real", "olympic", "standard", "union", "national", "independiente",
                           "racing", "nacional", "liverpool"})
_QUOTES = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


_BULLET = re.compile(r"^\s*(?:[-*•·▪‣]|\d{1,2}[.)])\s+")


def _unify_quotes(text: str) -> str:
    """Curly quotes and dashes to ASCII (str.replace per character: much faster than translate)."""
    if text.isascii():
        return text
    for a, b in _QUOTES:
        if a in text:
            text = text.replace(a, b)
    return text


@dataclass(slots=True)
class Sent:
    text: str
    para: int
    idx: int
    toks: list[Tok]
    mentions: list[Mention] = field(default_factory=list)
    masked: str = ""
    source: str | None = None
    when: When | None = None
    past_ctx: bool = False
    past_before: bool = False  # the paragraph's past context before this sentence
    caps: list[tuple[int, int]] = field(default_factory=list)  # cap_spans(text, toks)
    # a club's statement tag closing a clause (", the Premier League club said, while ..."):
    # clauses from this masked offset on are not the club's, they take rest_source
    credit_end: int = -1
    rest_source: str | None = None
    item: bool = False  # a list item ("- X has joined C")


@dataclass(slots=True)
class Registry:
    """What the article's names are, learnt over the whole article first."""

    players: dict[str, str] = field(default_factory=dict)  # folded alias -> display name
    player_order: list[str] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # folded alias -> full name (non-players)
    new_clubs: dict[str, NewClub] = field(default_factory=dict)  # folded -> NewClub
    new_club_names: dict[str, str] = field(default_factory=dict)  # folded alias -> club name
    clubs_seen: list[str] = field(default_factory=list)
    club_country: dict[str, str | None] = field(default_factory=dict)
    max_len: int = 1
    _firsts: tuple[int, set[str]] | None = None

    def first_tokens(self) -> set[str]:
        """First tokens of the player aliases (a token that starts none starts no player)."""
        if self._firsts is None or self._firsts[0] != len(self.players):
            self._firsts = (len(self.players), {k.split(" ", 1)[0] for k in self.players})
        return self._firsts[1]

    def add_player(self, display: str, gaz: Gazetteer, idx: Index) -> str:
        key = fold(display)
        known = gaz.player(display) or self._fuzzy_known(key, idx)
        name = known or self.players.get(key) or display
        toks = key.split()
        if name not in self.player_order:
            self.player_order.append(name)
        self.players.setdefault(key, name)
        if len(toks) >= 2:
            self.players.setdefault(toks[-1], name)
            if toks[-2] in ("de", "van", "von", "da", "di", "del", "dos", "mac", "mc", "le", "ter", "el"):
                self.players.setdefault(" ".join(toks[-2:]), name)
            if len(toks) >= 3:
                self.players.setdefault(" ".join(toks[-2:]), name)
        if known:
            info = gaz.players.get(known)
            for alias in (known, *(info.aliases if info else ())):
                self.players.setdefault(fold(alias), known)
                at = fold(alias).split()
                if len(at) >= 2:
                    self.players.setdefault(at[-1], known)
        self.max_len = max(self.max_len, len(toks))
        return name

    @staticmethod
    def _fuzzy_known(key: str, idx: Index) -> str | None:
        """'Marcus Alonso' for a known 'Marcos Alonso': same surname, first name within a typo."""
        toks = key.split()
        if len(toks) < 2:
            return None
        from rapidfuzz import fuzz

        for cand in idx.player_by_last.get(toks[-1], []):
            if fuzz.ratio(key, fold(cand)) >= 85:
                return cand
        for last, cands in ((toks[-1], idx.player_by_last),):
            del last, cands
        return None


# Nations of several words ("the Republic of Ireland international") before a player noun.
_MULTI_NATIONS = "|".join(sorted((re.escape(k) for k in NATIONALITY if " " in k), key=len, reverse=True))
_ANAPHOR = re.compile(
    r"\b(?:him|the player|the (?:\d{1,2}-year-old )?(?:(?:" + _MULTI_NATIONS + r"|[a-z]+(?:-\d\d)?) )?(?:under-\d\d )?"
    r"(?:international|teenager|youngster|star|"
    r"defender|midfielder|striker|forward|winger|goalkeeper|keeper|centre-back|centre back|center back|"
    r"full-back|left-back|right-back|playmaker|attacker|frontman)|the (?:\d{1,2}-year-old)|the (?:" + "|".join(sorted(PERSON_DEMONYMS, key=len, reverse=True)) + r")"
    r"(?!\s+(?:newspaper|outlet|paper|daily|publication|website|broadcaster|media|press|magazine|club|side|outfit|team|giants|champions|league|top flight|fa|federation|government)\b)"
    r"|the former [a-z]+ man)\b", re.I)
_ANAPHOR_LOW = re.compile(_ANAPHOR.pattern)
_HE = re.compile(r"\bhe\b")  # run on the lowercased sentence
_DESC = re.compile(r"\b(the|both|both of the|another|a)\s+((?:[\w.-]+\s+){0,3}?)(club|side|outfit|team|giants|giant|heavyweights|"
                   r"champions|duo|pair|trio|clubs|sides|rivals|powerhouse|hierarchy)\b", re.I)
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|:(?!\s*(?:it's\s+|it is\s+)?(?:done|a done deal|official|here we go)\b)|,\s*but\b|\bbut\b|,\s*while\b|\bwhile\b(?!\s+(?:\w+ing|at|with)\b)|,\s*whilst\b|,\s*although\b|\balthough\b|"
    r",\s*whereas\b|,\s*who\b|\bever since\b|\beven though\b|,\s*(?=it is\b)|,\s*(?=(?:he|she|they)\b)|"
    r"\b(?:before|after)\s+(?=\w+ing\b)|"
    r",\s*however,?|,\s*though,?|\s-\s|,\s*and\s+(?=(?:#c|#p|they|the|it|he|negotiations|talks|reports))|"
    r"\band\s+(?=(?:reportedly|has|have|had|is|are|was|were|could|will|would|may|might|tried|then|also|now|remains|struck|"
    r"are now|saw)\b)|,\s*with\b|,\s*having\b|,\s*as\b|\bas\s+(?=#)|,\s*only for\b|,\s*since\b|\buntil\b)\s*")

# The same separators for text whose only whitespace is " " (every sentence: paragraphs are
# re-joined with single spaces), without the leading whitespace and with each alternative
# starting with its first character (r"\bbut" as r"b(?<!\wb)ut"), so that the regex engine can
# jump from one candidate character to the next; _separators() extends each match back over
# the whitespace before it.
_CLAUSE_CORE = re.compile(
    r"(?:;|:(?!\s*(?:it's\s+|it is\s+)?(?:done|a done deal|official|here we go)\b)|,\s*but\b|b(?<!\wb)ut\b|,\s*while\b|w(?<!\ww)hile\b(?!\s+(?:\w+ing|at|with)\b)|,\s*whilst\b|,\s*although\b|"
    r"a(?<!\wa)lthough\b|"
    r",\s*whereas\b|,\s*who\b|e(?<!\we)ver since\b|e(?<!\we)ven though\b|,\s*(?=it is\b)|,\s*(?=(?:he|she|they)\b)|"
    r"b(?<!\wb)efore\s+(?=\w+ing\b)|a(?<!\wa)fter\s+(?=\w+ing\b)|"
    r",\s*however,?|,\s*though,?| -\s|,\s*and\s+(?=(?:#c|#p|they|the|it|he|negotiations|talks|reports))|"
    r"a(?<!\wa)nd\s+(?=(?:reportedly|has|have|had|is|are|was|were|could|will|would|may|might|tried|then|also|now|remains|struck|"
    r"are now|saw)\b)|,\s*with\b|,\s*having\b|,\s*as\b|a(?<!\wa)s\s+(?=#)|,\s*only for\b|,\s*since\b|u(?<!\wu)ntil\b)\s*")
_OTHER_SPACE = re.compile(r"[^\S ]")

_OWNER_MID = re.compile(r"^(?:'s?\s+)?(?:(?:[\w.-]+)\s+){0,4}?$")
_PLACEHOLDER = re.compile(r"#([cpamsu])(\d+)#")
_OWNER_APPOS = re.compile(r"#[pa](\d+)#,\s+(?:the\s+|a\s+|an\s+)?#c(\d+)#(?:'s?)?\s+(?:[\w-]+\s+){0,3}?(?:star|man|player|midfielder|defender|"
                          r"striker|forward|winger|goalkeeper|keeper|centre-back|full-back|left-back|right-back|wing-back|playmaker|captain|international|youngster|"
                          r"teenager|talent|attacker)\b")
_OWNER_WORDS = frozenset({"youth", "women's", "womens", "reserve", "b", *POSITIONS, *(p.replace(" ", "-") for p in POSITIONS), *NATIONALITY, "no", "no.", "star",
                          "international", "teenager", "youngster", "talent", "prospect", "captain", "skipper",
                          "academy", "graduate", "loanee", "wonderkid", "ace", "man", "player", "forward",
                          "full-back", "centre-back", "left-back", "right-back", "wing-back", "centre", "back",
                          "under-21", "under-20", "under-23", "england", "highly-rated", "rated", "young", "former",
                          "experienced", "veteran", "out-of-favour", "exciting", "talented", "in-form"})


_AGE_OR_NUMBER = re.compile(r"\d{1,2}-year-old|\d+|no\.?")


_MULTI_NATION_RX = re.compile(r"\b(?:" + _MULTI_NATIONS + r")\b")


def _is_owner_mid(mid: str) -> bool:
    if " of " in mid or " and " in mid or mid.count(" ") > 2:
        mid = _MULTI_NATION_RX.sub("england", mid)  # "Celtic's Republic of Ireland international X"
    words = [w for w in mid.replace("'s", " ").split() if w]
    if len(words) > 5:
        return False
    for k, w in enumerate(words):
        if w in _OWNER_WORDS or _AGE_OR_NUMBER.fullmatch(w):
            continue
        if w == "and" and k + 1 < len(words) and words[k + 1] in NATIONALITY:
            continue  # "Chelsea and England left-back": his club and his country
        return False
    return True


# A club that premodifies a player noun ("Napoli and Nigeria striker", "the 26-year-old Chelsea
# and England left-back", "Birmingham City's England youth international"): his club.
_DESCRIPTOR = re.compile(
    r"((?:'s?)?(?:\s+[\w'-]+){0,5}?)\s+(?:" + "|".join(sorted({*(re.escape(p) for p in POSITIONS), *(re.escape(p.replace(" ", "-")) for p in POSITIONS),
                                                             "international", "star", "ace", "youngster", "teenager", "talent", "captain",
                                                             "prospect", "loanee", "wonderkid", "starlet"}, key=len, reverse=True))
    + r")s?\b")
_DESC_PLAYER_AFTER = re.compile(r"\s+#([pa])(\d+)#")
_DESC_PLAYER_BEFORE = re.compile(r"#([pa])(\d+)#,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+|#a\d+#\s+){0,2}$")


def _descriptor(clause: str, end: int) -> re.Match | None:
    """The player-noun phrase a club at `end` premodifies, if any."""
    m = _DESCRIPTOR.match(clause, end)
    if m and (m.group(1).strip() or m.group(1).startswith("'")) and not _is_owner_mid(m.group(1)):
        return None
    return m


def extract(article: Article, gazetteer: Gazetteer) -> Extraction:
    idx = get_index(gazetteer)
    today = article.date
    paras = split_paragraphs(_unify_quotes(article.text))
    sents: list[Sent] = []
    for pi, para in enumerate(paras):
        for line in para:
            bare = _BULLET.sub("", line)  # "- Fulham have ...": a list item is a sentence like any other
            toks = tokenize(bare)
            sents.append(Sent(bare, pi, len(sents), toks, caps=cap_spans(bare, toks), item=bare is not line))
    if not sents:
        return Extraction()
    reg = Registry(club_country=idx.club_country)
    known_spans = [_scan_known(s, idx) for s in sents]
    _learn(sents, known_spans, reg, gazetteer, idx)
    for s, kn in zip(sents, known_spans, strict=True):
        _mentions(s, kn, reg, idx, today)
    _resolve_clubs(sents, reg, idx)
    _mask(sents)
    _attribute(sents, paras, article)
    _timeframe(sents, today)
    found, roles = _claims(sents, reg, idx, article)
    drafts = _article_rules(found, roles)
    facts = collect_facts(sents, drafts, roles, reg, article)
    claims = [d.claim() for d in drafts]
    players = list(dict.fromkeys(reg.player_order))
    return Extraction(claims=claims, facts=facts, players=players, new_clubs=list(reg.new_clubs.values()))


# --- pass 1: names ---------------------------------------------------------------

_JOIN_GAPS = frozenset({" ", "-", " & ", "&", ". ", "."})


def _scan_known(s: Sent, idx: Index) -> list[tuple[int, int, list[Entry]]]:
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
            if max_len <= L or i + L >= n or prev.poss or text[prev.end:toks[i + L].start] not in _JOIN_GAPS:
                break
            key = f"{key} {lows[i + L]}"
            if key not in prefixes:
                break
            L += 1
        hit = None
        for L, key, entries in reversed(found):
            if L == 1 and _not_this_alias(toks, i, text, entries, lookup, out):
                continue
            if not any(toks[k].cap for k in range(i, i + L)):
                # lowercase: only distinctive multi-word or long aliases ("the cityzens", "transfermarkt")
                if not ((L > 1 and key.split()[-1] not in _COMMON_WORDS) or (len(key) >= 7 and key not in _COMMON_WORDS)):
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


def _not_this_alias(toks: list[Tok], i: int, text: str, entries: list[Entry], lookup, out) -> bool:
    """A one-word alias that here names something else:
    - an acronym alias ("AS", the outlet) written in anything but capitals ("As far as ...");
    - a known player's surname right after a capitalised first name that is not his
      ("Kevin Palmer reports" is not Cole Palmer)."""
    t = toks[i]
    if t.low in WEEKDAYS:
        return True  # "booked for Wednesday": a day, not Sheffield Wednesday
    if len(t.text) <= 3 and not t.text.isupper() and all(n.isupper() for e in entries for n in e.names):
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


def _learn(sents: list[Sent], known: list[list[tuple[int, int, list[Entry]]]], reg: Registry,
           gaz: Gazetteer, idx: Index) -> None:
    """Register players, other people and new clubs from the whole article."""
    pending_single: list[tuple[str, str]] = []
    for s, kn in zip(sents, known, strict=True):
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
            for e in entries:
                if e.kind in ("manager", "source"):
                    key = " ".join(t.low for t in s.toks[a:b])
                    reg.persons.setdefault(key, e.names[0])
                    ft = fold(e.names[0]).split()
                    if len(ft) == 1 or (ft and not is_place_or_nation(ft[-1])):  # not "Germany" of "Sky Germany"
                        reg.persons.setdefault(ft[-1], e.names[0])
        named: dict[int, int] = {}  # start -> end of the players this sentence names so far
        for a0, b0 in s.caps:
            a, b = trim_span(s.toks, a0, b0)
            if a >= b:
                continue
            inner = [covered.get(k) for k in range(a, b)]
            if all(x is not None for x in inner):
                first = inner[0]
                if first and first[0] <= a and first[1] >= b:
                    continue  # wholly a known name
            key = span_key(s.toks, a, b)
            text = s.text[s.toks[a].start:s.toks[b - 1].end]
            left = s.text[max(0, s.toks[a].start - 60):s.toks[a].start]
            right = s.text[s.toks[b - 1].end:s.toks[b - 1].end + 70]
            if is_place_or_nation(key) or looks_like_stadium(key) or (b < b0 and looks_like_stadium(span_key(s.toks, a, b0))):
                continue  # also "Stamford Bridge", whose "Bridge" the trim took off
            if any(t.low in NON_NAME_WORDS and t.low not in ("la", "le", "el") for t in s.toks[a:b]) and not has_club_marker(key):
                continue
            player_left = player_left_ok(left)  # bool(PLAYER_LEFT.search(left))
            role = role_left(left) or ROLE_RIGHT.match(right)
            if role and left.rstrip().lower().endswith(_PLAYER_ROLES_TAILS):
                role, player_left = None, True  # "free agent Mateus Andrade": a player, no agent
            clubish = has_club_marker(key) or CLUB_RIGHT.match(right) or (club_left(left) and not player_left)
            playerish = player_left or PLAYER_RIGHT.match(right)
            if not playerish and b - a >= 2 and player_left_weak(left) and not clubish:
                playerish = True
            if not playerish and a > 0 and s.toks[a - 1].poss and covered.get(a - 1) \
                    and any(e.kind == "club" for e in covered[a - 1][2]) and b - a >= 2:
                playerish = True  # "BVB's Ousmane Dembele"
            if any(x is not None for x in inner) and not (playerish and b - a >= 2):
                continue  # partly a known club/person: leave it to the scan
            if not (clubish or playerish or role) and _coordinated_club(s, a, b, covered, reg) \
                    and not (_GAP_RIGHT.match(right) and _person_shaped(s, a, b, right)):
                clubish = True  # "Ajax and Zulte Waregem are both interested": a club the knowledge lacks
            if not (clubish or playerish or role) and b - a >= 2 and _coordinated_player(s, a, b, covered, named):
                playerish = True  # "Ko Itakura and Jonas Falkenried": a player beside a player
            if role and not playerish:
                reg.persons.setdefault(key, text)
                reg.persons.setdefault(key.split()[-1], text)
                continue
            if clubish and not (playerish and b - a >= 2 and not has_club_marker(key)):
                fz = idx.fuzzy_club(key)
                if fz:
                    reg.new_club_names.setdefault(key, idx.lookup(fz)[0].names[0])
                    continue
                if key not in reg.new_club_names:
                    m = re.search(r"\b(\w+)\s+(?:side|club|outfit|team)\s*$", left)
                    country = NATIONALITY.get(fold(m.group(1))) if m else None
                    name = text
                    reg.new_club_names[key] = name
                    reg.new_clubs.setdefault(key, NewClub(name=name, country=country))
                continue
            if playerish and not role:
                if b - a >= 2:
                    reg.add_player(text, gaz, idx)
                    named[a] = b
                else:
                    pending_single.append((key, text))
            elif (not clubish and not role and _person_shaped(s, a, b, right) and not _CREDIT_LEFT.search(left)
                  and not left.lower().endswith(("the ", "at ", "in "))):  # "at the Ramón Sánchez-Pizjuán": a place
                # transfer news is about players: a full name nothing marks as a club, an outlet
                # or an official is a player the knowledge does not list
                reg.add_player(text, gaz, idx)
                named[a] = b
    for key, text in pending_single:
        if key not in reg.players and key not in reg.persons and key not in reg.new_club_names:
            reg.add_player(text, gaz, idx)


_PLAYER_ROLES_TAILS = ("free agent",)
_GAP_RIGHT = re.compile(r"^\s+(?:to|from)\s+[A-Z]")  # "..., and Edouard Mendy to Al Ahli": a player in a gapped list
_NOT_PERSON_RIGHT = re.compile(r"^(?:'s?\s+)?\s*(?:says|said|reports?|reported|claims?|claimed|understands|revealed|writes|wrote|"
                               r"told|tweeted|posted|added|explained|insists|confirmed|announced)\b|^,\s+(?:(?:the|a|an)\s+)?(?:[\w'.-]+\s+){0,3}?"
                               r"(?:journalist|reporter|correspondent|newspaper|outlet|paper|website|broadcaster|agent|"
                               r"president|director|chairman|owner|coach|manager|boss|executive|spokesman|spokesperson)\b", re.I)


_PLACE_FIRST = frozenset({"san", "santa", "santo", "sao", "saint", "st", "stade", "estadio", "estadi", "camp", "parc", "old",
                          "villa", "port", "fort", "mount", "lake", "cape"})


def _person_shaped(s: Sent, a: int, b: int, right: str) -> bool:
    """Two to four capitalised words, no figure, no place, no month: a person's full name."""
    toks = s.toks[a:b]
    if not 2 <= len(toks) <= 4 or s.text[toks[0].start:toks[-1].end].isupper() or toks[0].low in _PLACE_FIRST:
        return False
    for t in toks:
        if not t.text[0].isupper() and t.low not in NAME_PARTICLES:
            return False
        if len(t.text) > 1 and t.text.isupper():
            return False  # an acronym ("RWD Molenbeek") names a club or a body, not a person
        if not t.text.isalpha() or t.low in NON_NAME_WORDS or t.low in CLUB_MARKERS or is_place_or_nation(t.low):
            return False
    return not _NOT_PERSON_RIGHT.match(right)

_COORD_GAPS = frozenset({", ", " & ", " and ", " or ", ", and ", ", or "})


def _coordinated_club(s: Sent, a: int, b: int, covered: dict, reg: Registry) -> bool:
    """A capitalised span coordinated with a club ("Ajax and Gent", "Gent, Ajax or PSV"):
    a club too, when nothing marks it as a person."""
    toks, text = s.toks, s.text
    n = len(toks)

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
            if k > 0 and text[toks[k - 1].end:toks[a].start] in _COORD_GAPS and club_end(k - 1) > 0:
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


_CREDIT_LEFT = re.compile(r"\b(?:according to|via|per|says|said|reports|reported|told|journalist|reporter)\s+(?:the\s+)?$", re.I)


_CREDIT_RIGHT = re.compile(r"\s+(?:(?:has|have|is|are|was|also)\s+)?(?:reports?|reported|reporting|claims?|claimed|"
                           r"says|said|understands|revealed|reveals|writes|wrote|has learned|learned|learnt)\b")


def _credited_outlet(toks: list[Tok], text: str, a0: int, b0: int, used: set[int]) -> tuple[int, int] | None:
    """A capitalised run the trim cut short ("the East Anglian Daily Times" trimmed to "Anglian")
    that the text credits in a clear frame ("according to", "told", "..., the X reports"): the
    whole run, without a leading "the", names the outlet."""
    if toks[a0].low == "the":
        a0 += 1
    elif a0 == 0 and toks[0].low in NON_NAME_WORDS:
        return None  # "But Kevin Smith reports": the sentence's first word is no part of the name
    if b0 - a0 < 2 or b0 - a0 > 6 or any(k in used for k in range(a0, b0)):
        return None
    if toks[b0 - 1].low in NAME_PARTICLES or toks[b0 - 1].poss:
        return None
    start, end = toks[a0].start, toks[b0 - 1].end
    if _CREDIT_LEFT.search(text, max(0, start - 30), start) or _CREDIT_RIGHT.match(text, end):
        return a0, b0
    return None


def _local_outlet(s: Sent, a: int, b: int, used: set[int]) -> tuple[int, int] | None:
    """The capitalised run a known outlet's name ends ("Telegraph" of "the Peterborough Telegraph"),
    when the run starts before it and the text credits the run."""
    for a0, b0 in s.caps:
        if a0 < a < b0 and b == b0:
            return _credited_outlet(s.toks, s.text, a0, b0, used)
    return None


# --- pass 2: mentions ---------------------------------------------------------------

def _mentions(s: Sent, known: list[tuple[int, int, list[Entry]]], reg: Registry, idx: Index, today) -> None:
    toks, text = s.toks, s.text
    ms: list[Mention] = []
    used: set[int] = set()
    # article players first: "Andrey Santos" and "Santos" (the player) beat the club alias
    i, n = 0, len(toks)
    firsts = reg.first_tokens()  # cached: the registry is complete by now
    while i < n:
        hit = None
        if toks[i].cap and toks[i].low in firsts:
            for L in range(min(reg.max_len, n - i), 0, -1):
                if L > 1 and any(toks[k].poss for k in range(i, i + L - 1)):
                    continue
                key = " ".join(t.low for t in toks[i:i + L])
                if key in reg.players:
                    hit = (i, i + L, reg.players[key])
                    break
        if hit:
            a, b, name = hit
            ms.append(Mention("player", toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end],
                              (name,), tok_start=a, tok_end=b))
            used.update(range(a, b))
            i = b
        else:
            i += 1
    for a0, b0 in s.caps:
        # "The Rotherham Advertiser reports": a credited name that only starts with a club's
        w = _credited_outlet(toks, text, a0, b0, used)
        if w is not None and toks[w[1] - 1].low not in idx.first and not any(
                ka <= w[0] and w[1] <= kb for ka, kb, _e in known):
            a, b = w
            span = text[toks[a].start:toks[b - 1].end]
            ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (span,), tok_start=a, tok_end=b))
            used.update(range(a, b))
    for a, b, entries in known:
        if a > 0 and any(e.kind == "source" for e in entries) and not any(k in used for k in range(a, b)):
            w = _local_outlet(s, a, b, used)
            if w is not None:
                # "the Peterborough Telegraph understands": a local paper named after its town, not the
                # club and the national outlet
                a, b = w
                span = text[toks[a].start:toks[b - 1].end]
                ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (span,), tok_start=a, tok_end=b))
                used.update(range(a, b))
    for a, b, entries in known:
        if any(k in used for k in range(a, b)):
            continue
        span = text[toks[a].start:toks[b - 1].end]
        key = " ".join(t.low for t in toks[a:b])
        kinds = {e.kind: e for e in entries}
        if "source" in kinds and (b - a >= 2 or "club" not in kinds):
            e = kinds["source"]
            ms.append(Mention("source", toks[a].start, toks[b - 1].end, span, e.names, tok_start=a, tok_end=b))
        elif "club" in kinds:
            e = kinds["club"]
            ms.append(Mention("club", toks[a].start, toks[b - 1].end, span, e.names, e.ambiguous, a, b))
        elif "manager" in kinds:
            e = kinds["manager"]
            ms.append(Mention("manager", toks[a].start, toks[b - 1].end, span, e.names, tok_start=a, tok_end=b,
                              extra={"key": key}))
        elif "player" in kinds and b - a == 1 and key in reg.persons and len(kinds) == 1 and key not in reg.players:
            # a known player's surname, but the article names another person so ("Kevin Palmer")
            ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (reg.persons[key],), tok_start=a, tok_end=b))
        elif "player" in kinds:
            e = kinds["player"]
            ms.append(Mention("player", toks[a].start, toks[b - 1].end, span, e.names, tok_start=a, tok_end=b))
        used.update(range(a, b))
    # remaining capitalised spans: new clubs, people (possible sources), unknown names
    for a0, b0 in s.caps:
        a, b = trim_span(toks, a0, b0)
        if (a, b) != (a0, b0) and b0 - a0 >= 2:
            w = _credited_outlet(toks, text, a0, b0, used)
            if w is not None and (a >= b or span_key(toks, a, b) not in reg.new_club_names):
                a, b = w  # "according to the East Anglian Daily Times": the whole name credited
                span = text[toks[a].start:toks[b - 1].end]
                ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (span,), tok_start=a, tok_end=b))
                used.update(range(a, b))
                continue
        if a >= b or any(k in used for k in range(a, b)):
            continue
        key = span_key(toks, a, b)
        span = text[toks[a].start:toks[b - 1].end]
        if key in reg.new_club_names:
            ms.append(Mention("club", toks[a].start, toks[b - 1].end, span, (reg.new_club_names[key],), tok_start=a, tok_end=b))
        elif key in reg.persons:
            ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (reg.persons[key],), tok_start=a, tok_end=b))
        elif len(span) > 1 and not is_place_or_nation(key):  # not the "L" of "L'Equipe"
            ms.append(Mention("unknown", toks[a].start, toks[b - 1].end, span, (span,), tok_start=a, tok_end=b))
        used.update(range(a, b))
    low = text.lower()
    # club descriptions ("the German club", "the Premier League duo", "both clubs")
    for m in _DESC.finditer(text):
        if any(mm.start < m.end() and m.start() < mm.end for mm in ms if mm.kind != "unknown"):
            continue
        det, mod, noun = m.group(1).lower(), m.group(2).strip(), m.group(3).lower()
        mod_f = fold(mod)
        plural = noun in PLURAL_CLUB_NOUNS or det.startswith("both")
        if noun not in CLUB_NOUNS and noun not in PLURAL_CLUB_NOUNS:
            continue
        if not mod_f and not (plural and det.startswith("both")) and not (det == "the" and noun in ("duo", "pair")):
            continue
        attr = _desc_attr(mod_f)
        if attr is None:
            continue
        if det in ("a", "another") and not plural:
            attr = ("appos", *attr)
        ms = [mm for mm in ms if not (mm.kind == "unknown" and mm.start < m.end() and m.start() < mm.end)]
        ms.append(Mention("desc", m.start(), m.end(), m.group(0), (), extra={"attr": attr, "plural": plural,
                                                                           "n": 3 if noun == "trio" else 2}))
    # player anaphors
    # on ASCII text the case-insensitive pattern matches exactly where its lowercase twin
    # matches the lowercased text (and the engine is faster without IGNORECASE)
    for m in (_ANAPHOR_LOW.finditer(low) if text.isascii() else _ANAPHOR.finditer(text)):
        if any(mm.start < m.end() and m.start() < mm.end for mm in ms):
            continue
        ms.append(Mention("anaphor", m.start(), m.end(), text[m.start():m.end()]))
    for m in _HE.finditer(low):
        if not any(mm.start < m.end() and m.start() < mm.end for mm in ms):
            ms.append(Mention("anaphor", m.start(), m.end(), m.group(0), extra={"weak": True}))
    for mo in find_amounts(text):
        if any(mm.start < mo.end and mo.start < mm.end for mm in ms if mm.kind not in ("unknown",)):
            continue
        ms = [mm for mm in ms if not (mm.start < mo.end and mo.start < mm.end)]
        ms.append(Mention("money", mo.start, mo.end, text[mo.start:mo.end], extra={"money": mo}))
    ms.sort(key=lambda mm: mm.start)
    s.mentions = ms


def _desc_attr(mod: str) -> tuple | None:
    """What a description's modifier says about the club: ('country', X), ('league', X), ('place', clubs), ('any',)."""
    if not mod:
        return ("any",)
    if mod in NATIONALITY:
        return ("country", NATIONALITY[mod])
    if mod in PLACES:
        return ("place", PLACES[mod]) if PLACES[mod] else ("any",)
    if mod in GENERIC_CLUB_MODIFIERS:
        return ("any",)
    lg = fuzzy_league(mod)
    if lg:
        return ("league", lg)
    words = mod.split()
    if words and words[-1] in NATIONALITY and len(words) <= 2:
        return ("country", NATIONALITY[words[-1]])
    if all(w in GENERIC_CLUB_MODIFIERS or w in ("newly", "two", "the", "other", "same") for w in words):
        return ("any",)
    return None


def _resolve_clubs(sents: list[Sent], reg: Registry, idx: Index) -> None:
    """Ambiguous aliases, managers and descriptions become clubs, in reading order."""
    named: Counter[str] = Counter()
    for s in sents:
        for m in s.mentions:
            if m.kind == "club" and not m.ambiguous:
                named[m.names[0]] += 1
    history: list[str] = []  # clubs in reading order
    for s in sents:
        for m in s.mentions:
            if m.kind == "club" and m.ambiguous:
                cands = [c for c in m.names if named[c]]
                if len(cands) > 1:
                    recent = [c for c in reversed(history) if c in cands]
                    cands = recent[:1] or cands[:1]
                if len(cands) == 1:
                    m.names, m.ambiguous = (cands[0],), False
                else:
                    m.kind = "group"
            elif m.kind == "manager":
                m.extra["manager"] = m.names[0]
            elif m.kind == "desc":
                attr, plural = m.extra["attr"], m.extra["plural"]
                appos = attr[0] == "appos"
                if appos:
                    attr = attr[1:]
                pool = [c for c in reversed(history) if _matches(c, attr, idx)]
                # "Al-Qadsiah, another Saudi club": the club just named
                if appos or s.text[max(0, m.start - 2):m.start].endswith(", "):
                    prev = [mm for mm in s.mentions if mm.kind == "club" and mm.end <= m.start and
                            s.text[mm.end:m.start].strip() in (",", "")]
                    if prev:
                        m.kind, m.names, m.extra["appos"] = "club", prev[-1].names, True
                        continue
                uniq = list(dict.fromkeys(pool))
                if plural:
                    if len(uniq) >= 2:
                        m.kind, m.names = "club", tuple(uniq[:m.extra["n"]])
                    else:
                        m.kind = "group"
                elif uniq:
                    m.kind, m.names = "club", (uniq[0],)
                else:
                    m.kind = "group"
            if m.kind == "club" and not m.ambiguous:
                history.extend(m.names)
    reg.clubs_seen = list(dict.fromkeys(history))


def _matches(club: str, attr: tuple, idx: Index) -> bool:
    kind = attr[0]
    if kind == "any":
        return True
    if kind == "country":
        c = idx.club_country.get(club)
        return c is None or c == attr[1] if club not in idx.club_country else c == attr[1]
    if kind == "league":
        lg = idx.club_league.get(club)
        if lg and (lg == attr[1] or fold(lg) == fold(attr[1])):
            return True
        # a club's listed league may be this season's; the country is a fair proxy
        country = idx.club_country.get(club)
        return bool(country) and _LEAGUE_COUNTRY.get(attr[1]) == country
    if kind == "place":
        return club in attr[1]
    return False


_LEAGUE_COUNTRY = {"Premier League": "England", "Championship": "England", "Bundesliga": "Germany",
                   "2. Bundesliga": "Germany", "Serie A": "Italy", "La Liga": "Spain", "Ligue 1": "France",
                   "Eredivisie": "Netherlands", "Primeira Liga": "Portugal", "Saudi Pro League": "Saudi Arabia",
                   "Scottish Premiership": "Scotland", "Super Lig": "Turkey", "MLS": "United States",
                   "Brasileirao": "Brazil", "J1 League": "Japan"}


# --- masking ------------------------------------------------------------------------

_LETTER = {"club": "c", "player": "p", "anaphor": "a", "money": "m", "source": "s", "unknown": "u", "manager": "c"}


def _mask(sents: list[Sent]) -> None:
    for s in sents:
        parts: list[str] = []
        pos = 0
        kept: list[Mention] = []
        for m in s.mentions:
            if m.start < pos:
                continue
            letter = _LETTER.get(m.kind)
            if letter is None:
                continue
            gap = s.text[pos:m.start]
            parts.append(_clean(gap))
            parts.append(f"#{letter}{len(kept)}#")
            kept.append(m)
            pos = m.end
        parts.append(_clean(s.text[pos:]))
        s.mentions = kept
        s.masked = "".join(parts)
        # a possessive right after a placeholder: "#c1#'s" / "#c1#'"


_POSS_HEAD = re.compile(r"'s\b|'(?=\s)")
_DROP_QUOTES = re.compile(r"(?<![a-z])'|'(?![a-z])|\"")


def _clean(gap: str) -> str:
    g = gap.lower()
    # a gap that starts with a possessive belongs to the placeholder before it
    head = ""
    m = _POSS_HEAD.match(g) if g[:1] == "'" else None
    if m:
        head, g = "'s", g[m.end():]
    return head + (_DROP_QUOTES.sub("", g) if "'" in g or '"' in g else g)


# --- sources ------------------------------------------------------------------------

def _attribute(sents: list[Sent], paras: list[list[str]], article: Article) -> None:
    default = article.outlet
    agency = attr.dateline_agency(sents[0].text)
    if agency:
        default = agency
    elif default is None and _is_heading_credit(sents[0]):
        # "Deadline day: the key moves, as Sky Sports News understands them": the headline
        # names who the whole article speaks for
        default = _credit(sents[0])
    tails: dict[int, str] = {}
    for pi, para in enumerate(paras):
        t = attr.trailing_credit(para[-1])
        if t:
            tails[pi] = t
    current: str | None = None
    current_para = -1
    named_source: str | None = None
    for s in sents:
        if s.para != current_para and s.para in tails:
            current = None
        current_para = s.para
        found = _credit(s)
        if found is None and named_source and attr.described_source(s.masked):
            found = named_source  # "The Italian journalist reports that ...": the one named before
        for m in s.mentions:
            if m.kind == "source":
                named_source = m.name
        if s.para in tails:
            s.source = found or tails[s.para]
            current = s.source
            continue
        if found:
            current = found
            s.source = found
            if s.credit_end >= 0:
                s.rest_source = default
        elif current and attr.continues_report(s.masked):
            s.source = current
        else:
            s.source = default


def _is_heading_credit(s: Sent) -> bool:
    """The article's first line credits someone for all of it ("X: A to B, here we go")."""
    return s.idx == 0 and ((s.masked.startswith(("#s", "#u")) and ":" in s.masked[:12]) or " as #s" in s.masked
                           or " as #u" in s.masked)


def _credit(s: Sent) -> str | None:
    # only credited sources (#s) and unknown names (#u) count here, so without either
    # placeholder the credit patterns have nothing to give
    masked = s.masked
    credits = attr.credit_in(masked) if "#s" in masked or "#u" in masked else ()
    for kind, i in credits:
        if i >= len(s.mentions):
            continue
        m = s.mentions[i]
        if kind == "s":
            return m.name
        if kind == "u":
            return m.name
    ci = attr.club_statement(s.masked)
    if ci is not None and ci < len(s.mentions) and s.mentions[ci].kind in ("club", "manager"):
        m = s.mentions[ci]
        if m.kind == "club":
            tail = _STATEMENT_TAIL.search(masked)
            if tail and tail.group(1) == str(ci):
                s.credit_end = tail.end()
            return m.names[0]
    # "#c have signed X, the club said in a statement": the sentence's subject club
    if "the club" in masked:
        sm = _SUBJECT_CLUB_SAID.search(masked)
        if sm:
            i = int(sm.group(1))
            if i < len(s.mentions) and s.mentions[i].kind == "club":
                return s.mentions[i].names[0]
    # "the Bundelsliga club have confirmed" as a statement by a described club
    return None


_SUBJECT_CLUB_SAID = re.compile(r"^#c(\d+)#\s+[^;]*,\s+the club\s+(?:has\s+|have\s+)?(?:said|announced|confirmed|stated)\b")


_STATEMENT_TAIL = re.compile(r",\s+#c(\d+)#\s+(?:have\s+|has\s+)?(?:said|announced|confirmed|stated)(?:\s+(?:on|last)\s+\w+)?"
                             r"(?=,\s*(?:while|whilst|whereas|and|but)\b|;)")


# --- time -----------------------------------------------------------------------------

_PRESENT_VERB = re.compile(r"\b(?:has|have|is|are|will|would|now)\b")  # in most sentences: no pre-check


def _timeframe(sents: list[Sent], today) -> None:
    para_past = False
    last_para = -1
    for s in sents:
        if s.para != last_para:
            para_past = False
            last_para = s.para
        low = s.masked
        s.past_before = para_past
        s.when = find_when(low, today)
        current = bool(CURRENT.search(low))
        if s.when and is_before_window(s.when, today) and not current:
            s.past_ctx = True
            para_past = True
        elif s.when or current or _PRESENT_VERB.search(low):
            s.past_ctx = False
            if s.when or current:
                para_past = False
        else:
            s.past_ctx = para_past


# --- claims -----------------------------------------------------------------------------

_make_claim = maker(Claim)


@dataclass(slots=True)
class Draft:
    """A claim while the article is being read (cheap to make; many are merged or dropped):
    the Claim is built for the ones that remain."""

    player: str
    club: str
    kind: str
    past: bool
    source: str | None
    date: dt.date
    event_date: str | None
    amount: Amount | None
    evidence: str
    simple_past: bool = False  # a completed move told in the simple past ("Lyon signed him from Palace")
    rule: str = ""  # the row that gave it (bot/extract/rules)

    def claim(self) -> Claim:
        # validated types throughout (str, bool, date, Amount): no need to validate again
        return _make_claim(player=self.player, club=self.club, kind=self.kind, past=self.past,
                                     source=self.source, date=self.date, event_date=self.event_date,
                                     amount=self.amount, evidence=self.evidence, rule=self.rule)


@dataclass(slots=True)
class Roles:
    """Article-level observations the rules and facts need."""

    owner: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # player -> [(club, evidence)]
    seller_with: dict[str, list[str]] = field(default_factory=dict)  # pending deal counterparty
    focus: str | None = None
    main: str | None = None
    mentions_by_sent: list[list[tuple[str, str]]] = field(default_factory=list)
    implicit: list[tuple[Draft, str | None]] = field(default_factory=list)
    itemised: bool = False  # a round-up, a live blog or a list: each item its own news


def _claims(sents: list[Sent], reg: Registry, idx: Index, article: Article) -> tuple[list[Draft], Roles]:
    roles = Roles()
    counts: Counter[str] = Counter()
    for s in sents:
        for m in s.mentions:
            if m.kind == "player":
                counts[m.names[0]] += 1
    roles.main = counts.most_common(1)[0][0] if counts else None
    claims: list[Draft] = []
    focus: str | None = None
    last_suitors: list[str] = []
    context_club: str | None = None
    last_claim_player: str | None = None
    last_claim_at = -2  # index of the sentence that set last_claim_player
    opening = next((m.names[0] for s in sents[:2] for m in s.mentions if m.kind == "player"), None)
    main_player = opening if opening == roles.main else None
    itemised = roles.itemised = _is_itemised(sents)
    if itemised:
        main_player = roles.main = None  # a round-up has no main player: each item its own
    para = -1
    for s in sents:
        if itemised and s.para != para:
            # an item of a round-up or a live blog is its own story: nothing carries into it
            focus, last_claim_player, last_suitors, context_club = None, None, [], None
        para = s.para
        # who the anaphors mean: the last player named before them (this sentence or earlier)
        resolved: dict[int, str] = {}
        local_focus = focus
        first_here: str | None = None
        for i, m in enumerate(s.mentions):
            if m.kind == "player":
                local_focus = m.names[0]
                first_here = first_here or local_focus
            elif m.kind == "anaphor":
                # the sentence's subject is the likelier referent ("X ... than Y, with the 20-year-old")
                target = first_here or local_focus or roles.main
                if target and not (m.extra.get("weak") and local_focus is None):
                    resolved[i] = target
        when_date = _when_date(s.when, article.date) if s.past_ctx and s.when else article.date
        clubs_of: dict[int, tuple[str, ...]] = {}
        manager_idx: set[int] = set()
        for i, m in enumerate(s.mentions):
            if m.kind == "club":
                clubs_of[i] = m.names
            elif m.kind == "manager":
                on = when_date
                if on is not article.date:
                    # the time of the manager's own clause, not of another one in the sentence
                    on = _manager_date(s.masked, i, article.date)
                club = idx.manager_club(m.extra.get("key", m.text), on)
                if club:
                    clubs_of[i] = (club,)
                    manager_idx.add(i)
        _owner_ties(s, resolved, clubs_of, roles)
        sent_suitors: list[str] = []
        # a sentence naming no player may be about the article's main one ("Bayern are also
        # monitoring the situation"): the player of the last sentence's claims, else the
        # player the article opens with when it is also the one most named
        masked = s.masked
        # (the player of the sentence just before wins over the article's main player: "... a move
        # for X. Wolfsburg are also monitoring the situation." is about X)
        weak_focus = None if ("#p" in masked or "#a" in masked or _is_heading(s.text)) else (
            last_claim_player if last_claim_at == s.idx - 1 else (main_player or last_claim_player))
        # a claim needs a suitor: a club here, or a pronoun subject ("they") for the last ones
        # (sent_suitors only fill from those); without either no clause can give one
        can_claim = "#c" in s.masked or _PRONOUN_SUBJECT.search(s.masked) is not None
        n_before = len(claims)
        clauses = _clauses(s.masked) if can_claim else []
        resumed: dict[int, str] = {}
        if clauses and ", who " in masked:
            clauses, resumed = _split_resumed(masked, clauses)
        pasts = _clause_pasts(s, clauses, article.date) if len(clauses) > 1 and s.past_ctx and s.when else None
        if pasts is not None and resumed:
            # the main clause resumed after a dated relative one keeps its own time ("#c, who signed
            # him in 2020, have now sold him"): the relative clause's date is not its
            for k, (c_k, o_k) in enumerate(clauses):
                if o_k in resumed and k and find_when(clauses[k - 1][0], article.date) is not None \
                        and find_when(c_k, article.date) is None:
                    pasts[k] = s.past_before
        idle: str | None = None  # the last clause, when it gave no claim
        sm = _SENTENCE_SUBJECT.match(masked) if "#c" in masked else None
        sent_subject = (clubs_of[int(sm.group(1))][0]
                        if sm and int(sm.group(1)) in clubs_of and int(sm.group(1)) not in manager_idx else None)
        past_ctx = s.past_ctx
        for k, (clause, offset) in enumerate(clauses):
            if offset > 4 and "who" in masked[offset - 5:offset]:
                clause = _with_antecedent(masked, clause, offset)
            elif offset in resumed:
                clause = f"{resumed[offset]} {clause}"
            carry = (_subject_club(idle, clubs_of, manager_idx)
                     if idle and not clause.startswith("#c") and _BARE_VERB_START.match(clause) else _NONE)
            if k and not carry and not sent_suitors and masked[max(0, offset - 6):offset].endswith("with ") \
                    and not _SUBJECT_CLUB.match(clause):
                # "..., with X the first name on the list": the absolute clause is about the subject before it
                carry = _subject_club(clauses[k - 1][0], clubs_of, manager_idx)
            if k and not carry and not sent_suitors and "their" in clause and _THEIR.search(clause):
                # "#m admitted #c are in the market for a striker, with X top of their list": "their"
                # is the club an earlier clause of the sentence had as its subject
                carry = _earlier_subject(masked[:offset], clubs_of, manager_idx)
            when_here = s.when
            if pasts is not None:
                past_ctx = pasts[k]
                # the time belongs to its clause: "spent last season on loan at #c, having joined
                # #c in January 2022" dates the loan by "last season", and an undated clause stays undated
                own = find_when(clause, article.date)
                when_here = own if own is not None and is_before_window(own, article.date) else None
            wf = weak_focus
            if wf is None and k and masked[:2] == "#p" and "#p" not in clause and "#a" not in clause:
                # "X, 27, has scored 11 goals and is also wanted by #c": the sentence's subject
                wf = _subject_player(masked, s)
            if (wf is None and k and masked[:2] == "#c" and "#p" not in clause and "#a" not in clause
                    and _GERUND_START.match(clause)):
                # "Gladbach defender X has completed his move to #c after snubbing #c2": the
                # described player the sentence opens with
                om = _OWNED_SUBJECT.match(masked)
                if om and _is_owner_mid(om.group(1)) and s.mentions[int(om.group(2))].kind == "player":
                    wf = s.mentions[int(om.group(2))].names[0]
            if wf is None and k and "#p" not in clause and "#a" not in clause and (
                    _POSSESSIVE.search(clause) or _ALSO.search(clause)):
                # "#c1 had tried to sign X, while #c2 were ready to meet his release clause": the one player before
                wf = _only_player_before(masked, offset, s, resolved)
            if (wf is None and k and len(claims) > n_before and "situation" in clause and "#p" not in clause
                    and "#a" not in clause and _SITUATION.search(clause)):
                # "#c1 have made contact with the player's entourage, while #c2 are monitoring the
                # situation": the one player of the sentence's claims so far
                got_players = {c.player for c in claims[n_before:]}
                if len(got_players) == 1:
                    wf = next(iter(got_players))
            got = _clause_claims(clause, s, resolved, clubs_of, manager_idx, reg, roles, article,
                                 sent_suitors or carry, last_suitors, sent_subject or context_club,
                                 (weak_focus or local_focus or roles.main),
                                 past_ctx, wf, when_here, offset)
            # "#c were also interested but pulled out ...": the subject of a clause that gave
            # nothing carries over to a next clause that has no subject of its own
            idle = None if got or clause[:2] != "#c" else clause
            for c, suitors in got:
                claims.append(c)
                for x in suitors:
                    if x not in sent_suitors:
                        sent_suitors.append(x)
        if sent_suitors:
            last_suitors = sent_suitors
        else:
            subj = [clubs_of[i] for i in sorted(clubs_of) if i not in manager_idx]
            if subj:
                last_suitors = list(subj[0])
        named = [clubs_of[i][0] for i in sorted(clubs_of)]
        if named:
            context_club = named[-1]
        focus = first_here or local_focus  # the next sentence's anaphors mean this one's subject
        if len(claims) > n_before:
            first = claims[n_before].player
            if all(c.player == first for c in claims[n_before + 1:]):
                last_claim_player = first
                last_claim_at = s.idx
    return claims, roles


_TIMESTAMP = re.compile(r"^\s*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|(?:[01]?\d|2[0-3])\d\d\s*(?:GMT|BST|CET|ET))\b", re.I)


def _is_itemised(sents: list[Sent]) -> bool:
    """A gossip column (items closed by a bracketed credit) or a live blog (timestamped entries)."""
    last: dict[int, Sent] = {}
    for s in sents:
        last[s.para] = s
    credited = sum(1 for s in last.values() if attr.trailing_credit(s.text))
    stamped = sum(1 for s in sents if _TIMESTAMP.match(s.text))
    listed = sum(1 for s in sents if s.item)
    return credited >= 3 or stamped >= 2 or listed >= 3


def _is_heading(text: str) -> bool:
    """A headline or cross-head: short and without a closing stop."""
    t = text.rstrip()
    return bool(t) and t[-1] not in ".!?\"')" and len(t.split()) <= 12


# Separators that close a clause's time frame: a time in a later clause behind one of them
# ("..., who rejected a move last summer", "..., but one they had bought last year") is that
# clause's own and does not make the earlier clause past.
_BLOCKING = re.compile(r"\b(?:but|who|although|though|while|whilst|whereas|however|since|until|with|as)\b|;")


_WHO_SEP = re.compile(r"\s*,?\s*who\s*")
_ALL_OF_THEM = re.compile(r"(?:both|all|each)\b")


def _clause_pasts(s: Sent, clauses: list[tuple[str, int]], today) -> list[bool]:
    """Per clause, whether the sentence's (past) time frame covers it."""
    w = next((k for k, (c, _o) in enumerate(clauses) if find_when(c, today) is not None), 0)
    out = []
    for k, (c, o) in enumerate(clauses):
        if k < w:
            seps = s.masked[o + len(c):clauses[w][1]]
            blocked = _BLOCKING.search(seps) is not None
            if blocked and k == w - 1 and _WHO_SEP.fullmatch(seps) and _ALL_OF_THEM.match(clauses[w][0]):
                blocked = False  # "interest from #c1 and #c2, who both monitored him last season": their time
            out.append(s.past_before if blocked else s.past_ctx)
        elif k > w and _PERFECT_NOW.match(c) and find_when(c, today) is None \
                and _CONTRAST.fullmatch(s.masked[clauses[k - 1][1] + len(clauses[k - 1][0]):o]):
            # "#c1 made an approach in December, while #c2 have sent scouts": a clause in the present
            # perfect behind "while" is not in the earlier clause's time
            out.append(s.past_before)
        else:
            out.append(s.past_ctx)
    return out


_CONTRAST = re.compile(r"\s*,?\s*(?:while|whilst|whereas|and)\s*")
_PERFECT_NOW = re.compile(r"(?:[\w-]+\s+|#[a-z]\d+#\s+){0,6}?(?:have|has|are|is)\s+(?:now\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|ing|ent|own|en)\b")


_ANTECEDENT = re.compile(r"(#[cpa]\d+#)(?:'s?)?(?:\s+[\w-]+){0,2}?(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s*who\s*$")


_RESUME = re.compile(r",\s+(?=(?:have|has|had|are|is|were|was|will|would|could|also|now|then)\b)")


def _split_resumed(masked: str, clauses: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], dict[int, str]]:
    """"#c1, who beat #c2 2-0 on Sunday, have signed X": the main clause resumes after the
    relative one, with the antecedent as its subject (offset of the resumed part -> antecedent)."""
    out: list[tuple[str, int]] = []
    resumed: dict[int, str] = {}
    for clause, offset in clauses:
        if offset > 4 and masked[:offset].endswith(("who ", "who")):
            r = _RESUME.search(clause)
            m = _ANTECEDENT.search(masked, max(0, offset - 80), offset) if r else None
            if r and m:
                out.append((clause[:r.start()], offset))
                out.append((clause[r.end():], offset + r.end()))
                resumed[offset + r.end()] = m.group(1)
                continue
        out.append((clause, offset))
    return out, resumed


def _with_antecedent(masked: str, clause: str, offset: int) -> str:
    """A relative clause ("..., who joined #c from #c") gets its antecedent as subject."""
    if offset < 5 or not masked[:offset].endswith(("who ", "who")):
        return clause
    m = _ANTECEDENT.search(masked, max(0, offset - 80), offset)
    return f"{m.group(1)} {clause}" if m else clause


_GERUND_START = re.compile(r"[a-z]+ing\b")
_OWNED_SUBJECT = re.compile(r"#c\d+#((?:'s)?\s+(?:[\w-]+\s+){1,3}?)#p(\d+)#\s+(?:has|have|is|was|had)\b")
_SUBJECT_PLAYER = re.compile(r"#p(\d+)#(?:,\s+\d{1,2},|,\s+whose\s+[^,;]{1,80},)?\s+(?:has|have|is|was|had|also|remains|scored|joined|made|"
                             r"played|started|signed|spent|moved)\b")


_POSSESSIVE = re.compile(r"\b(?:his|her)\b")
_ALSO = re.compile(r"#c\d+#\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:also|too)\b")  # "..., with #c also interested"


def _only_player_before(masked: str, offset: int, s: Sent, resolved: dict[int, str]) -> str | None:
    names = {s.mentions[int(i)].names[0] for i in _PLAYER_PH_IDX.findall(masked, 0, offset)
             if s.mentions[int(i)].kind == "player"}
    if "#a" in masked:  # "tried to sign the Netherlands international, and #c have been monitoring his progress"
        names.update(resolved[int(i)] for i in _ANAPH_PH_IDX.findall(masked, 0, offset) if int(i) in resolved)
    return names.pop() if len(names) == 1 else None


_PLAYER_PH_IDX = re.compile(r"#p(\d+)#")
_ANAPH_PH_IDX = re.compile(r"#a(\d+)#")


def _subject_player(masked: str, s: Sent) -> str | None:
    m = _SUBJECT_PLAYER.match(masked)
    return s.mentions[int(m.group(1))].names[0] if m else None


_SUBJECT_CLUB = re.compile(r"^(?:the\s+)?#c(\d+)#\s+(?:have|has|had|are|is|were|was|also|had also|have also|were also|are also|"
                           r"will|would|could|already|still)\b")
# the subject club of a sentence's main clause, after an opening phrase ("With the money, #c have ...")
_SENTENCE_SUBJECT = re.compile(r"(?:^|^[^#;]{0,40}?,\s+)(?:the\s+)?#c(\d+)#\s+(?:have|has|had|are|is|were|was|will|would|could|"
                               r"already|also|still|remain|remains)\b")
_BARE_VERB_START = re.compile(r"^(?:also\s+|then\s+|later\s+|now\s+|have\s+|has\s+|had\s+|since\s+)*[a-z]+(?:ed|ew|ent|ook)\b")


def _subject_club(clause: str, clubs_of: dict[int, tuple[str, ...]], manager_idx: set[int]) -> list[str]:
    m = _SUBJECT_CLUB.match(clause)
    if not m:
        return []
    i = int(m.group(1))
    return list(clubs_of[i]) if i in clubs_of and i not in manager_idx else []


_NONE: list[str] = []  # never changed
_SITUATION = re.compile(r"\b(?:the|his|her) situation\b")
_THEIR = re.compile(r"\btheir\b")
_CLUB_SUBJECT_ANY = re.compile(r"#c(\d+)#\s+(?:are|is|have|has|were|was|had|remain|remains)\b")


def _earlier_subject(head: str, clubs_of: dict[int, tuple[str, ...]], manager_idx: set[int]) -> list[str]:
    """The last club that is the subject of a verb in the text before a clause (not a manager:
    "Arteta admitted Arsenal are ..." is Arsenal's), else a manager opening the sentence."""
    found: list[str] = []
    for m in _CLUB_SUBJECT_ANY.finditer(head):
        i = int(m.group(1))
        if i in clubs_of and i not in manager_idx:
            found = [clubs_of[i][0]]
    if not found and head[:2] == "#c":
        m0 = _CLUB_PH.match(head)
        if m0 and int(m0.group(1)) in manager_idx:
            found = [clubs_of[int(m0.group(1))][0]]
    return found


def _manager_date(masked: str, i: int, today):
    ph = f"#c{i}#"
    for clause, _o in _clauses(masked):
        if ph in clause:
            w = find_when(clause, today)
            return _when_date(w, today) if w and is_before_window(w, today) else today
    return today


def _clause_when(clause: str, today) -> When | None:
    """The clause's own time expression when it is before the article's window (and the
    clause says nothing of now)."""
    when = find_when(clause, today)
    if when is None or not is_before_window(when, today) or CURRENT.search(clause):
        return None
    return when


def _when_date(when: When, today: dt.date) -> dt.date:
    month = when.month or 7
    try:
        return dt.date(when.year, month, 15)
    except ValueError:
        return today


def _clauses(masked: str) -> list[tuple[str, int]]:
    """Clauses split at _CLAUSE_SPLIT, found with _CLAUSE_CORE (same matches, see _separators)."""
    out = []
    pos = 0
    for start, end in _separators(masked):
        if start > pos:
            out.append((masked[pos:start], pos))
        pos = end
    if pos < len(masked):
        out.append((masked[pos:], pos))
    return out


def _separators(masked: str) -> list[tuple[int, int]]:
    """The spans _CLAUSE_SPLIT.finditer(masked) gives. A match of r"\\s*(?:ALT)\\s*" starts at the
    whitespace run before the first place ALT matches (only " - " of ALT starts with a space,
    and only at the run's last space), so: find ALT, then step back over the whitespace."""
    if _OTHER_SPACE.search(masked):
        return [m.span() for m in _CLAUSE_SPLIT.finditer(masked)]
    out = []
    lo = 0
    pos = 0
    n = len(masked)
    while pos <= n:
        m = _CLAUSE_CORE.search(masked, pos)
        if m is None:
            break
        start = m.start()
        while start > lo and masked[start - 1] == " ":
            start -= 1
        end = m.end()
        out.append((start, end))
        lo = end
        pos = end if end > m.start() else end + 1
    return out


_CLUB_PH = re.compile(r"#c(\d+)#")
_OWNED_AFTER = re.compile(r"((?:'s)?\s+(?:[\w.-]+\s+){0,5}?)#([pa])(\d+)#")
_OWNED_AFTER_ANY = re.compile(r"((?:'s)?\s+(?:[\w.-]+\s+){0,5}?)#[pa]\d+#")
_POSS_APPOS = re.compile(r"#p(\d+)#,\s+#c(\d+)#'s\s+")
_FINAL_WORDS = re.compile(r"\b(?:finalised|finalized|completed)\b")
_BY_BEFORE = tail_gated(re.compile(r"\bby\s+$"))
_RECALLED = re.compile(r"#c(\d+)#\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?recalled\s+(?:[\w-]+\s+){0,2}?#([pa])(\d+)#\s+from\b")
_PLAYER_PAIR = re.compile(r"#p\d+#[^#;]{0,60}\band\s+#p\d+#")


def _owner_ties(s: Sent, resolved: dict[int, str], clubs_of: dict[int, tuple[str, ...]], roles: Roles) -> None:
    """'Brighton midfielder Moises Caicedo', "Wolves' Portugal midfielder Matheus Nunes",
    'Miguel Almiron, the Newcastle United star': the club the text ties the player to."""
    text = s.masked
    if "#c" not in text or ("#p" not in text and "#a" not in text):  # every tie names a club and a player
        return
    for m in _CLUB_PH.finditer(text):
        ci = int(m.group(1))
        if ci not in clubs_of or s.mentions[ci].kind != "club":
            continue
        rest = text[m.end():m.end() + 80]
        pm = _OWNED_AFTER.match(rest)
        if pm and _is_owner_mid(pm.group(1)) and (pm.group(1).startswith("'s") or pm.group(1).strip()):
            pi = int(pm.group(3))
            player = s.mentions[pi].names[0] if pm.group(2) == "p" else resolved.get(pi)
            if player and not (pm.group(2) == "a" and s.mentions[pi].text.lower() in ("him", "he")):
                roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
    for m in _CLUB_PH.finditer(text):
        ci = int(m.group(1))
        if ci not in clubs_of or s.mentions[ci].kind != "club":
            continue
        d = _descriptor(text, m.end())
        if d is None:
            continue
        pm = _DESC_PLAYER_AFTER.match(text, d.end()) or _DESC_PLAYER_BEFORE.search(text, max(0, m.start() - 60), m.start())
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
    if "recall" in text:
        # "#c have recalled X from his loan at #c2": the club that can recall him owns him
        for m in _RECALLED.finditer(text):
            ci, pi = int(m.group(1)), int(m.group(3))
            if ci in clubs_of and s.mentions[ci].kind == "club":
                player = s.mentions[pi].names[0] if m.group(2) == "p" else resolved.get(pi)
                if player:
                    roles.owner.setdefault(player, []).append((clubs_of[ci][0], s.text))
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



def _club_role(clause: str, pos: int, end: int) -> str:
    """The club's role in its clause: the first row of the role table that matches around it.
    A club that describes the player ("a loan move for #c winger #p") is his owner, which
    outranks the rows of place and destination but not those of the deal's parties."""
    before = clause[max(0, pos - 60):pos]
    after = clause[end:end + 60]
    reaches_end = len(clause) - end <= 60
    owner_checked = False
    for role, b_rx, a_rx, anchored in _ROLE_RX:
        if not owner_checked and role not in _PARTY_ROLES:
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


_PARTY_ROLES = frozenset({"speaker", "rival", "bidder", "pastclub", "seller", "from"})


def _is_owner(clause: str, end: int, before: str) -> bool:
    after = clause[end:end + 60]
    m = _OWNED_AFTER_ANY.match(after) if ("#p" in after or "#a" in after) else None
    if m and _is_owner_mid(m.group(1)) and (m.group(1).startswith("'s") or m.group(1).strip()):
        return True
    # "#p, the 26-year-old #c and england left-back", but not "a move to the #c midfielder ..."
    return _descriptor(clause, end) is not None and not _DEST_RX.search(before)


_GROUP = re.compile(r"\b(?:clubs|sides|teams|suitors|a number of|several|many)\b")
_INDEFINITE = re.compile(r"\b(?:a|an|another|several|some|new|other|two|three|four|five|six)\s+(?:new\s+|central\s+|young\s+)?(?:striker|defender|"
                         r"midfielder|forward|winger|goalkeeper|centre-back|targets?|signings?|reinforcements?|strikers|"
                         r"defenders|midfielders|forwards|wingers|players)\b|\bseveral targets\b|\breinforcements\b")
# What a club does for its squad in general, not about one player.
_GENERIC = re.compile(r"\b(?:options|alternatives|other (?:players|targets|names)|others|strengthen|bolster|reinforce|"
                      r"squad|market|replacement|replacements|budget|a number of|several|defence|attack|midfield)\b")
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|their|the club)\b")
_RIVAL_WITH = re.compile(r"(?:battle|tug-of-war|race|competition|fight|tussle|battling|competing|linked)\s+with\s+"
                         r"(?:the\s+)?(?:(?:[\w.-]+\s+){0,3}?(?:side|club|outfit|team)\s+)?$")
_LOAN_NEAR = re.compile(r"\bloan\s+(?:signing|deal|move|spell|switch)\b|\bon (?:a\s+)?(?:season-long\s+|temporary\s+|six-month\s+|two-year\s+)?loan\b|\btemporary basis\b|"
                        r"\bloan (?:deal|move|spell)\b")
_SAID_THEY = re.compile(r"#c(\d+)#,?\s+(?:have\s+|has\s+)?(?:said|confirmed|announced|stated|revealed|explained)\s+"
                        r"(?:that\s+)?(?:they|it)\b")
_PENDING_BEFORE = re.compile(r"\b(?:closing in on|close in on|close to|on the verge of|nearing|talks over|talks about|"
                             r"talks for|pursuing|interested in|keen on|push for|pushing for|bid to complete|"
                             r"hoping to complete|hope to complete|set to complete)\s+(?:the\s+|a\s+)?$")
_LOAN_ENDED = re.compile(r"\bfrom\s+(?:his|her|a|the)\s+(?:[\w-]+\s+)?loan\b")
_INF_VERB = re.compile(r"(?:complete|seal|finalise|finalize|conclude|wrap|put pen)\b")
_UNDER_WAY = re.compile(r"\b(?:travel\w*|fl(?:y|ying|ew|own)|head(?:ing|ed)|medical|on (?:his|her) way|arrived|arrives|in town)\b")
_WILL_BEFORE = re.compile(r"\bwill\s+(?:now\s+)?$")
_FUTURE_APPROACH = re.compile(
    r"\b(?:weighing up|weigh up|considering|consider|planning|plan|plans|preparing|prepare|mulling|mulling over|"
    r"contemplating|could make|ready to make|set to make|expected to make|will make|may make|might make|to make)\s+"
    r"(?:an?\s+)?(?:formal\s+|official\s+|fresh\s+|first\s+)?$")
_INTENT_BEFORE = re.compile(r"\b(?:(set|poised|about|close|due|expected|edging closer|nearing)|hoping|hope|hopes|looking|"
                            r"keen|want|wants|aiming|aim|bid|trying|try|plan|plans|planning|ready|prepared|willing)\s+to\s+$")
# A bid the club has not made yet: the intention is interest (a made bid is a bid).
_FUTURE_BID = re.compile(
    r"(?:\b(?:expected|set|likely|ready|poised|preparing|prepared|planning|plan|plans|going|looking|hoping|hope|hopes|"
    r"intend|intends|intending|could|will|would|may|might|to)\s+(?:\w+\s+)?(?:return|come back|follow up)\s+with|"
    r"\b(?:expected|set|likely|ready|poised|preparing|prepared|planning|plan|plans|going|looking|gearing up|hoping|hope|"
    r"hopes|intend|intends|could|will|would|may|might|about)\s+to\s+(?:make|submit|table|launch|lodge|put in|present|send)|"
    r"\b(?:could|will|would|may|might)\s+(?:\w+\s+)?(?:make|submit|table|launch|lodge|put in|present|send)|"
    r"\b(?:preparing|prepare|prepares|readying|lining up|plotting|mulling|weighing up|considering))"
    r"\s+(?:(?:a|an|their|its|the)\s+)?(?:[\w-]+\s+|#m\d+#\s+){0,3}$")
_OFFER_LATER = re.compile(r"\b(?:(?:prepared|ready|willing|set|expected|planning|poised|hoping|looking|keen|want|wants|"
                          r"likely|going)\s+to|could|would|will|may|might)\s+$")
_NEEDS_CLUB = re.compile(r"\b(?:move|go|switch|transfer)\s+to\s*$")
_NOT_SUITOR_ROLES = frozenset({"with", "seller", "owner", "from", "speaker"})
_SIMPLE_PAST = re.compile(r"(?:joined|signed|moved|arrived|completed|sealed|snapped|spent|came|cost|moving|switching)\b")
_NOW_WORDS = re.compile(r"\b(?:has|have|today|tonight|yesterday|this (?:week|morning|afternoon|evening)|"
                        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
_COND_TAIL = re.compile(r"\s(?:if|unless)\s")
_IF_AFTER = re.compile(r"[^,;]{0,40}?\b(?:if|unless)\b")
_UNDER_BEFORE = re.compile(r"\bunder\s+$")
_SHARED_ROLES = frozenset({"at", "dest", "from", "pastclub", "rival"})
_COORD_CLUB = re.compile(r"(?:,\s*|\s+)(?:and|or|&)\s+$|,\s*$")
_COORD = re.compile(r"^(?:,\s*(?:\d{1,2}\s*,\s*)?)?\s*(?:and|&|joins|,)\s*$")


def _clause_claims(clause: str, s: Sent, resolved: dict[int, str], clubs_of: dict[int, tuple[str, ...]],
                   manager_idx: set[int], reg: Registry, roles: Roles, article: Article,
                   sent_suitors: list[str], last_suitors: list[str], context_club: str | None,
                   focus: str | None, past_ctx: bool, weak_focus: str | None,
                   sent_when: When | None = None, clause_at: int = 0) -> list[tuple[Draft, list[str]]]:
    # a claim needs a suitor: a club in the clause, the sentence's suitors so far, or the
    # last ones through a pronoun subject; without any of them there is nothing to find
    if "#c" not in clause and not sent_suitors and not (last_suitors and _PRONOUN_SUBJECT.search(clause)):
        return []
    triggers = find_triggers(clause)
    if not triggers:
        return []
    places = [(int(m.group(2)), m.group(1), m.start(), m.end()) for m in _PLACEHOLDER.finditer(clause)]
    club_ph = [(i, a, b) for i, letter, a, b in places if letter == "c" and i in clubs_of]
    player_ph = [(i, a, b) for i, letter, a, b in places if letter == "p" and s.mentions[i].kind == "player"]
    anaph_ph = [(i, a, b) for i, letter, a, b in places if letter == "a" and i in resolved]
    money_ph = [(i, a, b) for i, letter, a, b in places if letter == "m"]
    croles = {i: _club_role(clause, a, b) for i, a, b in club_ph}
    if ("they" in clause or " it" in clause) and _SAID_THEY.search(clause):
        # "#c said they had held talks with #c2 / turned down an offer": the speaker is the seller
        for m in _SAID_THEY.finditer(clause):
            i = int(m.group(1))
            # only with a counterparty named ("... held talks with #c2"): else the speaker is
            # the buyer announcing its own deal ("said they were delighted to confirm")
            if i in croles and any(croles[j] in ("with", "bidder") for j in croles if j != i):
                croles[i] = "speaker"
    if "under" in clause:
        for i, a, _b in club_ph:
            if croles[i] == "subject" and _UNDER_BEFORE.search(clause[max(0, a - 12):a]):
                croles[i] = "under"  # "did not play under Guardiola": his club then, no suitor
    managers_here = [i for i, _a, _b in club_ph if i in manager_idx and croles[i] != "under"]
    # "on loan at #c1# and #c2#": a club coordinated with the one before it shares its role
    for k in range(1, len(club_ph)):
        prev, cur = club_ph[k - 1], club_ph[k]
        if croles[cur[0]] == "subject" and croles[prev[0]] in _SHARED_ROLES and _COORD_CLUB.match(clause, prev[2], cur[1]):
            croles[cur[0]] = croles[prev[0]]
    # "Postecoglou ... at Celtic": a manager's former club
    for i, _a, _b in club_ph:
        if (croles[i] == "at" and managers_here and i not in manager_idx
                and all(clubs_of[m][0] != clubs_of[i][0] for m in managers_here)):
            croles[i] = "pastclub"
    out: list[tuple[Draft, list[str]]] = []
    clause_when: When | None = None
    clause_when_known = False  # _clause_when is looked up once per clause
    past_words = None  # PAST_WORDS in this clause, looked for once
    for t in triggers:
        if t.negated or t.kind == "none":
            continue
        kind = t.kind
        if kind == "agreement" and _FINAL_WORDS.search(clause[max(0, t.start - 20):t.end]):
            kind = "signed"
        # "closing in on the signing of", "in talks over the signing of": not a done deal
        if kind == "signed" and _PENDING_BEFORE.search(clause[max(0, t.start - 40):t.start]):
            continue
        if kind in ("signed", "loan"):
            # "are set to complete the signing of": close, not done; "hoping to complete": wanted
            im = _INTENT_BEFORE.search(clause[max(0, t.start - 30):t.start])
            if im:
                kind = "agreement" if im.group(1) else "interest"
            elif clause[max(0, t.start - 3):t.start] == "to " and kind == "signed" and _INF_VERB.match(clause, t.start):
                # "travelling to Turin to complete his move": an infinitive is not done
                kind = "agreement" if _UNDER_WAY.search(clause, 0, t.start) else "interest"
            elif " will " in clause[max(0, t.start - 12):t.start + 1] and _WILL_BEFORE.search(clause, max(0, t.start - 12), t.start):
                kind = "agreement"  # "will join #c on a season-long loan": agreed, not done
        elif (kind == "talks" and ("approach" in clause[t.start:t.end] or "enquir" in clause[t.start:t.end])
              and _FUTURE_APPROACH.search(clause, max(0, t.start - 40), t.start)):
            kind = "interest"  # "weighing up an approach for": no approach made yet
        elif kind == "bid" and (_FUTURE_BID.search(clause, max(0, t.start - 70), t.start) or (
                clause.startswith("offer", t.start) and _OFFER_LATER.search(clause, max(0, t.start - 30), t.start))):
            kind = "interest"  # "expected to return with an improved offer", "preparing an opening bid", "prepared to offer"
        if kind == "ended" and _IF_AFTER.match(clause, t.end):
            continue  # "will not pursue a deal if ...": a condition, not a withdrawal
        # loans inside a completed-move clause: "has joined Juventus on loan"
        if (kind == "signed" and _LOAN_NEAR.search(clause[max(0, t.start - 10):t.end + 90].split(",", 1)[0])
                and "permanent" not in clause[t.start:t.end]):  # "made the loan move of X permanent": a transfer
            kind = "loan"
        pastclubs = [i for i, *_ in club_ph if croles[i] == "pastclub"]
        excluded = {"owner", "seller", "from", "pastclub", "speaker", "under", "rival"}
        cands = [(i, a, b) for i, a, b in club_ph if croles[i] not in excluded]
        if " if " in clause or " unless " in clause:
            cm = _COND_TAIL.search(clause, t.end)
            if cm:  # "set for a move to #c1 if #c2 sell": the condition's clubs are no suitors
                cands = [x for x in cands if x[1] < cm.start()]
        before_t = [i for i, a, b in cands if b <= t.start]
        after_t = [i for i, a, b in cands if a >= t.start]
        if pastclubs:
            suitors_idx = pastclubs
        elif kind in ("signed", "loan"):
            dest = [i for i, a, b in cands if croles[i] == "dest"]
            start_of = {i: a for i, a, _b in club_ph}
            after_by = [i for i in after_t if _BY_BEFORE.search(clause[:start_of[i]])]
            subj = [i for i in before_t if croles[i] in ("subject", "bidder", "with")]
            if kind == "loan":  # "spent time on loan at #c1# and #c2#": after the trigger first, the nearest role
                near = [i for i in after_t if croles[i] in ("dest", "at")]
                if near:
                    dest = [i for i in near if croles[i] == croles[near[0]]]
            after = [i for i in after_t if croles[i] in ("with", "at", "subject")]
            suitors_idx = dest or after_by or subj or after
        elif kind == "bid" and any(croles[i] == "bidder" for i, *_ in cands):
            suitors_idx = [i for i, *_ in cands if croles[i] == "bidder"]
        elif kind == "ended":
            suitors_idx = [i for i, a, b in cands if t.start <= a < t.end] or \
                [i for i in before_t if croles[i] in ("subject", "bidder")] or \
                [i for i in after_t if croles[i] in ("subject", "bidder")][:1] or \
                [i for i in before_t if croles[i] == "dest"][-1:]  # "X's move to #c has collapsed"
        else:
            rivals = [i for i, a, b in cands if croles[i] == "with" and _RIVAL_WITH.search(clause[max(0, a - 40):a])]
            others = [i for i, a, b in cands if croles[i] != "with"]
            suitors_idx = (others + rivals) if others else [i for i, *_ in cands]
            if not others and not rivals and sent_suitors and kind in ("talks", "agreement"):
                suitors_idx = []  # "after agreeing a fee with #c": the counterparty; the buyer came before
            if kind == "interest" and others:
                # "to land ... on a loan deal from X": the destination-less "to" is fine; "dest" is a suitor too
                suitors_idx = others + rivals
        suitors: list[str] = []
        for i in suitors_idx:
            for name in clubs_of[i]:
                if name not in suitors:
                    suitors.append(name)
        with_clubs = [clubs_of[i][0] for i, *_ in club_ph if croles[i] in ("with", "from") and i not in suitors_idx]
        implicit = False
        head = clause[:t.start]
        if not suitors:
            has_from = any(croles[i] == "from" for i, *_ in club_ph)
            if _GROUP.search(head):
                continue  # "Saudi Pro League sides are showing interest": an unnamed group
            if kind in ("signed", "loan") and has_from:
                implicit = True
            elif _NEEDS_CLUB.search(clause[t.start:t.end]):
                continue  # "would prefer a move to the Bernabeu": the club must be named here
            elif sent_suitors and all(croles[i] in _NOT_SUITOR_ROLES for i, *_ in club_ph):
                suitors = list(sent_suitors[:2])
            elif last_suitors and not club_ph and _PRONOUN_SUBJECT.search(head):
                suitors = list(last_suitors[:2])
            else:
                continue
        # players: the object after (or inside) the trigger, else the subject before it, else an anaphor
        named_after = [s.mentions[i].names[0] for i, a, b in player_ph if a > t.start]
        before_ph = [(i, a, b) for i, a, b in player_ph if b <= t.start]
        an_after = [resolved[i] for i, a, b in anaph_ph if a > t.start]
        an_before = [resolved[i] for i, a, b in anaph_ph if b <= t.start]
        players: list[str] = []
        if t.mover and before_ph and not _COORD_SUBJECT_END.search(clause, 0, t.start):
            # "X came in from #c": the one who moves is the subject, not a name after the verb
            named_after = []
        if named_after:
            players = list(dict.fromkeys(named_after if _PLAYER_PAIR.search(clause[t.start:]) else named_after[:1]))
        if (not players and an_after and kind != "ended") or (not players and an_after and not before_ph):
            players = an_after[:1]
        if not players and before_ph:
            chain = [before_ph[-1]]
            for prev in reversed(before_ph[:-1]):
                if _COORD.match(clause[prev[2]:chain[-1][1]]):
                    chain.append(prev)
                else:
                    break
            players = list(dict.fromkeys(s.mentions[i].names[0] for i, *_ in reversed(chain)))
        if not players and an_before:
            players = an_before[-1:]
        if not players and t.strong and focus and not _INDEFINITE.search(clause):
            players = [focus]
        if (not players and weak_focus and not implicit and suitors and not _INDEFINITE.search(clause)
                and not _GENERIC.search(clause)):
            players = [weak_focus]
        if not players:
            continue
        amount = _amount(clause, t, money_ph, s, [reg.club_country.get(c) for c in suitors])
        if past_words is None:
            past_words = PAST_WORDS.search(clause) is not None
        past = bool(pastclubs) or past_ctx or past_words or t.past
        rule = t.rule.name if t.rule else ""
        if kind == "loan" and not past and _LOAN_ENDED.search(clause, t.start, t.end):
            past = True  # "recalled X from his loan at #c": that loan is over, background to the news
        when = sent_when if past_ctx == s.past_ctx else None
        if not past:
            # a time of its own in this clause, before the article's window ("..., while last
            # summer Chelsea handed over £55m for Marc Cucurella"), even when another clause of
            # the sentence is about now ("This summer, ...")
            if not clause_when_known:
                clause_when, clause_when_known = _clause_when(clause, article.date), True
            if clause_when is not None:
                past, when = True, clause_when
        event_date = when.label() if past and when else None
        source = s.source if s.credit_end < 0 or clause_at < s.credit_end else s.rest_source
        simple = (kind in ("signed", "loan") and not past and _SIMPLE_PAST.match(clause, t.start) is not None
                  and not _NOW_WORDS.search(clause))
        pairs = _SEND_TO.findall(clause, t.end) if kind in ("agreement", "signed", "loan", "talks") else []
        if t.mover and kind in ("signed", "loan", "agreement"):
            # gapping: "X has gone to #c1, Y to #c2 and Z to #c3", "X came from #c1 and Y from #c2":
            # each later pair repeats the verb for its own player
            gaps = list(_GAPPED.finditer(clause, t.end))
            if gaps and kind in ("signed", "loan"):
                # the subject's own club is the one before the first gapped pair
                first = gaps[0].start()
                start_of = {i: a for i, a, _b in club_ph}
                suitors = [c for c in suitors if any(clubs_of[i][0] == c and start_of[i] < first for i in start_of)] or suitors
            for pi, how, ci in (g.groups() for g in gaps):
                pm, cidx = s.mentions[int(pi)], int(ci)
                if pm.kind != "player" or cidx not in clubs_of or pm.names[0] in players:
                    continue
                d = Draft(player=pm.names[0], club=clubs_of[cidx][0], kind=kind, past=past, source=source,
                          date=article.date, event_date=event_date, amount=None, evidence=s.text, rule=rule)
                if how == "to":
                    out.append((d, [d.club]))
                elif implicit:
                    d.club = "?"
                    roles.implicit.append((d, sent_suitors[0] if sent_suitors else context_club))
                else:
                    out.extend((replace(d, club=club), suitors) for club in suitors)
            pairs = []
        if len(pairs) >= 2:
            # a swap: "a deal that will send #p1 to #c1 and #p2 to #c2": each player to his own club
            for pi, ci in pairs:
                pm, cidx = s.mentions[int(pi)], int(ci)
                if pm.kind == "player" and cidx in clubs_of:
                    out.append((Draft(player=pm.names[0], club=clubs_of[cidx][0], kind=kind, past=past, source=source,
                                      date=article.date, event_date=event_date, amount=None, evidence=s.text, rule=rule),
                                [clubs_of[cidx][0]]))
            continue
        for p in players:
            if implicit:
                c = Draft(player=p, club="?", kind=kind, past=past, source=source, date=article.date,
                          event_date=event_date, amount=amount, evidence=s.text, rule=rule)
                # the player's own club if the article ties him to one, else this sentence's suitor
                # ("X confirmed his arrival, with him joining from Y"), else the last club named
                roles.implicit.append((c, sent_suitors[0] if sent_suitors else context_club))
                continue
            for club in suitors:
                out.append((Draft(player=p, club=club, kind=kind, past=past, source=source, date=article.date,
                                  event_date=event_date, amount=amount, evidence=s.text, simple_past=simple, rule=rule), suitors))
            if kind in ("talks", "agreement", "bid", "interest") and with_clubs and not past:
                for w in with_clubs:
                    if w not in suitors:
                        roles.seller_with.setdefault(p, []).append(w)
            if kind != "ended" and not implicit:
                for i, *_x in club_ph:
                    if croles[i] == "rival":  # the club beaten to him wanted him too
                        out.append((Draft(player=p, club=clubs_of[i][0], kind="interest", past=past, source=source,
                                          date=article.date, event_date=event_date, amount=None, evidence=s.text, rule="rival"), []))
    # a club that rejects the offer, or states that it held the talks, is the seller
    sellers = [clubs_of[i][0] for i, *_ in club_ph if croles[i] in ("seller", "speaker")] if out and club_ph else ()
    if sellers:
        for d, _sx in out:
            if d.past:
                continue
            for club in sellers:
                lst = roles.seller_with.setdefault(d.player, [])
                if club in lst:
                    lst.remove(club)
                lst.insert(0, club)
    return out


_COORD_SUBJECT_END = re.compile(r"\b(?:and|or)\s+#[pa]\d+#\s*$")  # "... #c1 and #p" ends no subject of its own
_CLUB_CUES = [re.compile(c.pattern) for c in CLUB_CUES]
# the role table compiled, each pattern behind the pre-check fastre derives from it
_ROLE_RX = [(r.role, tail_gated(re.compile(r.before)) if r.before else None, gated(re.compile(r.after)) if r.after else None,
             r.after.endswith("$")) for r in ROLE_RULES]
_DEST_RX = next(b for role, b, _a, _e in _ROLE_RX if role == "dest")
_GAPPED = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+)?(?:[\w-]+\s+){0,2}?#p(\d+)#\s+(to|from)\s+#c(\d+)#")
_SEND_TO = re.compile(r"#p(\d+)#\s+(?:to|the other way to|in the opposite direction to|moving to|heading to|joining)\s+#c(\d+)#")


def _amount(clause: str, t, money_ph, s: Sent, countries: list[str | None]) -> Amount | None:
    if not money_ph:
        return None
    best = None
    for i, a, b in money_ph:
        d = a - t.end if a >= t.end else (t.start - b) * 1.5
        if best is None or d < best[0]:
            best = (d, i)
    if best is None or best[0] > 80:
        return None
    mo: Money = s.mentions[best[1]].extra["money"]
    return prefer(mo, countries)


# --- article-level rules ----------------------------------------------------------------

def _article_rules(claims: list[Draft], roles: Roles) -> list[Draft]:
    by_player: dict[str, list[Draft]] = {}
    for c in claims:
        by_player.setdefault(c.player, []).append(c)
    out: list[Draft] = []
    for c, context in roles.implicit:
        tie = roles.owner.get(c.player)
        club = tie[0][0] if tie else context
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
        winners = {c.club for c in done_now}
        for c in cs:
            if c.club == "?":
                continue
            if seller and c.club == seller and not c.past and c.kind not in ("signed", "loan") and c.club not in winners:
                continue  # the selling club is not a suitor
            if seller and c.club == seller and c.kind in ("signed", "loan") and not c.past and winners - {seller}:
                continue
            if winners and not c.past and c.kind in ("interest", "talks", "bid", "agreement") and c.club not in winners:
                c.past = True  # a rival's lost race behind a completed move
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


def _seller(player: str, cs: list[Draft], roles: Roles) -> str | None:
    tie = roles.owner.get(player)
    if tie:
        return tie[0][0]
    past_signed = [c for c in cs if c.kind == "signed" and c.past]
    if past_signed:
        past_signed.sort(key=lambda c: c.event_date or "")
        return past_signed[-1].club
    w = roles.seller_with.get(player)
    return w[0] if w else None


# Pre-checks in front of the context patterns (exact; see fastre).
_RIVAL_WITH = tail_gated(_RIVAL_WITH)  # type: ignore[assignment]
_GROUP = gated(_GROUP)  # type: ignore[assignment]
_INDEFINITE = gated(_INDEFINITE)  # type: ignore[assignment]
_PRONOUN_SUBJECT = gated(_PRONOUN_SUBJECT)  # type: ignore[assignment]
_LOAN_NEAR = gated(_LOAN_NEAR)  # type: ignore[assignment]
_OWNER_APPOS = gated(_OWNER_APPOS)  # type: ignore[assignment]
_DESC = gated(_DESC)  # type: ignore[assignment]
_PENDING_BEFORE = tail_gated(_PENDING_BEFORE)  # type: ignore[assignment]
_UNDER_BEFORE = tail_gated(_UNDER_BEFORE)  # type: ignore[assignment]
_NOW_WORDS = gated(_NOW_WORDS, 2)  # type: ignore[assignment]
_INTENT_BEFORE = tail_gated(_INTENT_BEFORE)  # type: ignore[assignment]
_FUTURE_BID = gated(_FUTURE_BID)  # type: ignore[assignment]
