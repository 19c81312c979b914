"""Entities in a sentence: players, clubs, managers, sources, and the spans nobody knows.

Known names come from the gazetteer through an n-gram scan over folded tokens
(dict lookups only). Names the knowledge lacks are recognised from context:
a capitalised span after a position word ("Caen striker Alexandre Mendy"), in the
object of a transfer phrase ("a move for X", "the signing of X"), with an age
apposition ("Matheus Nunes, 25,"), a possessive of transfer nouns ("X's agent")...
Clubs the knowledge lacks are recognised the same way ("Danish side Midtjylland",
"joined from River Plate", "Caen striker").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.fastre import LiteralTail
from bot.extract.lexicon import (
    CLUB_MARKERS,
    COUNTRY_NAMES,
    GROUND_KINDS,
    HYPHEN_COMPOUND_WORDS,
    LEAGUES,
    NAME_PARTICLES,
    NATIONALITY,
    NON_NAME_WORDS,
    PERSON_DEMONYMS,
    PERSON_ROLES,
    PLACES,
    PLAYER_NOUNS,
    POSITIONS,
    STADIUM_WORDS,
    SURNAME_WORDS,
)
from bot.text import fold, strip_accents

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_APOS = "'’‘"


@lru_cache(maxsize=65536)
def fold_token(t: str) -> str:
    return strip_accents(t).lower()


@dataclass(slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int
    cap: bool
    poss: bool  # followed by 's or a bare apostrophe


def tokenize(s: str) -> list[Tok]:
    out: list[Tok] = []
    append = out.append
    n = len(s)
    # an ASCII token folds to its lowercase (no accents to strip)
    fold_tok = str.lower if s.isascii() else fold_token
    # possessives need an apostrophe: without one in the sentence no token is one
    apos = "'" in s or "’" in s or "‘" in s
    if not apos:
        # every token as found; its start is where it next occurs, since only characters that
        # are no token's lie between two tokens (findall and find cost less than match objects)
        end = 0
        for t in _TOKEN.findall(s):
            start = s.find(t, end)
            end = start + len(t)
            c = t[0]
            append(Tok(t, fold_tok(t), start, end, c.isupper() or c.isdigit(), False))
        return out
    skip_at = -1  # where the "s" of the last possessive starts
    inner_end = -1  # where the lowercase tail of the last "Eto'o" ends
    for m in _TOKEN.finditer(s):
        start, end = m.span()
        t = m.group()
        if start == skip_at and (t == "s" or t == "S"):
            continue  # the "s" of a possessive
        if start < inner_end:
            continue  # the "o" of "Eto'o", already part of the name
        c = t[0]
        if c.isupper() and end + 1 < n and s[end] in _APOS and s[end + 1].islower():
            tail = _TOKEN.match(s, end + 1)
            if tail is not None and tail.group() not in _CONTRACTIONS:
                inner_end = tail.end()  # "Eto'o", "Dell'acqua": one name with an apostrophe inside
                t, end = s[start:inner_end], inner_end
        poss = apos and end < n and s[end] in _APOS and (end + 1 >= n or not s[end + 1].isalpha()
                                                        or (s[end + 1] in "sS" and (end + 2 >= n or not s[end + 2].isalnum())))
        if poss:
            skip_at = end + 1
        low = fold_tok(t) if end != inner_end else fold(t)  # "eto o", as the knowledge folds "Eto'o"
        append(Tok(t, low, start, end, c.isupper() or c.isdigit(), poss))
    return out


# what follows an apostrophe in "Arsenal's", "Don't", "They're", "I'll": no part of a name
_CONTRACTIONS = frozenset({"s", "t", "ll", "re", "ve", "d", "m", "n"})


@dataclass(slots=True)
class Mention:
    kind: str  # club | player | manager | source | person | unknown | anaphor | group
    start: int  # char offsets in the sentence
    end: int
    text: str
    names: tuple[str, ...] = ()  # canonical candidates
    ambiguous: bool = False
    tok_start: int = 0
    tok_end: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.text


# Gaps allowed between the tokens of one name: what r"^[ \-]$|^$" matches, or " " / "-".
_SPAN_GAPS = frozenset({"", "\n", " ", "-", " \n", "-\n"})


def _irish_o(s: str, a: Tok, b: Tok) -> bool:
    """"O'Brien", "N'Golo": a one-letter prefix and an apostrophe inside one name."""
    return (a.text in _NAME_PREFIXES or a.text in _ELIDED_PREFIXES) and b.start == a.end + 1 and s[a.end] in _APOS and b.cap


# one-letter prefixes of a name ("O'Brien", "D'Ambrosio", "N'Golo", "M'Bala"); not "L'Équipe"
_NAME_PREFIXES = frozenset({"O", "D", "N", "M"})
# Italian surnames made with an elided article or title: "Dell'Orco", "Dall'Oglio", "Sant'Anna"
_ELIDED_PREFIXES = frozenset({"Dell", "Dall", "Nell", "Sant", "Degl", "Dagl"})


def cap_spans(s: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (name particles allowed inside), as token ranges."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or t.text[0].isdigit():  # "28m", "2022": a figure starts no name
            i += 1
            continue
        j = i + 1
        while j < n and not toks[j - 1].poss:
            tj = toks[j]
            if s[toks[j - 1].end:tj.start] not in _SPAN_GAPS and not _irish_o(s, toks[j - 1], tj):
                break
            if tj.cap and not tj.text.isdigit():
                j += 1
            elif _syllable_after_hyphen(s, toks, i, j):
                j += 1  # "Han Kwang-song", "Kim Min-jae": the second syllable of a given name
            elif tj.low in NAME_PARTICLES and j + 1 < n and toks[j + 1].cap and s[tj.end:toks[j + 1].start] == " ":
                j += 2
            elif (tj.low in NAME_PARTICLES and j + 2 < n and toks[j + 1].low in NAME_PARTICLES and toks[j + 2].cap
                  and s[tj.end:toks[j + 1].start] == " " and s[toks[j + 1].end:toks[j + 2].start] == " "):
                j += 3  # "Donny van de Beek"
            else:
                break
        spans.append((i, j))
        i = j
    return spans


def _syllable_after_hyphen(s: str, toks: list[Tok], i: int, j: int) -> bool:
    """A short lowercase syllable hyphened to the second capitalised word of a span: a
    romanised given name ("Kwang-song"), not a compound ("League-bound")."""
    tj, prev = toks[j], toks[j - 1]
    return (j - i >= 2 and prev.cap and s[prev.end:tj.start] == "-" and tj.text.isalpha() and tj.text.islower()
            and 2 <= len(tj.text) <= 5 and tj.low not in HYPHEN_COMPOUND_WORDS
            and (j + 1 >= len(toks) or not toks[j + 1].cap or s[tj.end:toks[j + 1].start] != " "))


def trim_span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    while a < b - 1 and toks[a].low in PERSON_DEMONYMS and toks[a + 1].low not in NATIONALITY \
            and toks[a + 1].low not in NON_NAME_WORDS:
        a += 1  # "the purchase of Brazilian Kevin": the nationality is no part of the name
    while a < b and toks[a].low in NON_NAME_WORDS:
        if opens_with_first_name(toks, a, b):
            break  # "On Will Grigg, Ross said": a first name, not the verb
        a += 1
    while b > a and toks[b - 1].low in NON_NAME_WORDS and toks[b - 1].low not in NAME_PARTICLES:
        if ends_with_surname_word(toks, a, b):
            break  # "Emre Can", "Ashley Young": a surname that is also a common word
        if b - 2 > a and toks[b - 1].text.islower() and toks[b - 1].start == toks[b - 2].end + 1:
            break  # "Lee Kang-in": the hyphened second syllable of a given name
        b -= 1
    return a, b


def ends_with_surname_word(toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[b - 1] is a surname that is also a common word: capitalised inside the
    sentence, right after a first name that is no common word itself."""
    last = b - 1
    return (last - 1 >= a and last > 0 and toks[last].cap and toks[last].low in SURNAME_WORDS
            and toks[last - 1].cap and toks[last - 1].low not in NON_NAME_WORDS and not toks[last - 1].poss)


_FIRST_NAME_WORDS = frozenset({"will", "may", "mark", "guy", "bill", "art", "said"})  # ("Said Benrahma")


def opens_with_first_name(toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a] is a first name that is also a common word ("Will", "Mark"): capitalised
    inside the sentence and followed by another capitalised word of the same span."""
    return a > 0 and a + 1 < b and toks[a].cap and toks[a].low in _FIRST_NAME_WORDS


def span_key(toks: list[Tok], a: int, b: int) -> str:
    return " ".join(t.low for t in toks[a:b])


def is_place_or_nation(key: str) -> bool:
    return key in NATIONALITY or key in COUNTRY_NAMES or key in LEAGUES or key in PLACES


def looks_like_stadium(key: str) -> bool:
    """"Fratton Park", "Anfield", "Emirates Stadium": a ground's name ends with its kind of place or
    opens with its own word, so a player whose surname is one ("James Trafford", "Jess Park") is
    no ground."""
    words = key.split()
    return bool(words) and (words[-1] in GROUND_KINDS or words[0] in STADIUM_WORDS or " ".join(words[:2]) in STADIUM_WORDS)


def has_club_marker(key: str) -> bool:
    toks = key.split()
    # "Al Hilal", never "Abdulrahman Al Obud": the Arabic article starts a club's name
    return len(toks) > 1 and any(t in CLUB_MARKERS and (t not in _LEADING_MARKERS or k == 0) for k, t in enumerate(toks))


_LEADING_MARKERS = frozenset({"al", "real", "atletico", "borussia", "olympique", "sporting", "deportivo", "inter"})


# --- context evidence for names the knowledge lacks -------------------------------

_POSITION_WORDS = sorted({*POSITIONS, *(p.replace(" ", "-") for p in POSITIONS)}, key=len, reverse=True)
_POS_ALT = "|".join(re.escape(p) for p in _POSITION_WORDS)
POSITION_ALT = _POS_ALT  # the position words as one alternation, for patterns elsewhere
_PLAYER_NOUN_ALT = "|".join(sorted((re.escape(p) for p in PLAYER_NOUNS if p != "man"), key=len, reverse=True))
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in PERSON_ROLES), key=len, reverse=True))

# Text right before a player's name.
PLAYER_LEFT = re.compile(
    rf"(?:\b(?:{_POS_ALT}|{_PLAYER_NOUN_ALT})|\b(?:signing of|signature of|move for|moves for|deal for|bid for|"
    r"bids for|offer for|offers for|approach for|swoop for|interest in|interested in|keen on|tabs on|eye on|"
    r"targeting|pursuit of|courtship of|race for|chase for|arrivals? of|loan of|sale of|capture of|departure of|"
    r"to sign|to land|landing|signing|signed|sign|sold|sell|sells|selling|offloaded|snapped up|brought in|snap up|tied up|in for|want|wants|"
    r"bringing in|brings in|bring in|added|adding|acquired|acquiring|recruited|recruiting|captured|bought|buying|landed|lost|"
    r"[£€$][\d.,]+\s?(?:m|million|bn)? on|\d+-year-old|likes of|such as|a look at|a closer look at|"
    r"(?:interest|enquiries|approaches|offers?|bids?) from (?:[A-Z][\w.'-]*\s+){1,4}in))\s*$",
    re.I)
# Text right after a player's name.
PLAYER_RIGHT = re.compile(
    r"^(?:,\s*\d{1,2}\s*[,.)]|\s*\(\d{1,2}\)|['’‘]s?\s+(?:agent|representatives?|camp|contract|release clause|"
    r"transfer|move|future|signature|deal|loan|arrival|departure|signing|exit|switch|performances?|"
    r"father|entourage|advisers?)\b|\s+(?:has|have)\s+(?:already\s+|now\s+|also\s+|since\s+)?(?:joined|signed|completed|moved|left|agreed|gone\s+(?:to|on\s+loan))|"
    r"\s+(?:also\s+|then\s+|now\s+|later\s+)?(?:joins|joined|signs|moved|moves|completes|completed)\b|\s+(?:moving|heading|switching|returning)\s+to\b|"
    # "Romulo leaves Genoa for Lazio": he leaves one club for another
    r"\s+(?:leaves|left|swaps|swapped|exchanges|exchanged)\s+(?:[A-Z][\w'.-]*\s+){1,3}for\s+(?:the\s+)?[A-Z]|"
    # "... and Y leaves for Fenerbahce": a player's move told by where he leaves for
    r"\s+(?:leaves|heads|departs)\s+for\s+(?:the\s+)?[A-Z]|"
    r"\s+(?:going|goes|heading|heads|moving|moves|travelling)\s+(?:the other way|in the opposite direction)\b|"
    # "would bring X from Monaco to Roma": someone who moves from one club to another
    r"\s+from\s+(?:[A-Z][\w'.-]*\s+){1,3}to\s+(?:the\s+)?[A-Z]|"
    # what only a player does: is sold or loaned, stays or leaves, passes a medical, comes close to joining
    r"\s+(?:is|was|has been|had been|will be)\s+(?:officially\s+|permanently\s+)?(?:transferred|sold|loaned)\s+to\b|"
    r"\s+(?:is|was)\s+(?:staying|leaving|joining|rejoining|heading)\b|\s+(?:has|had)\s+(?:passed|undergone)\s+(?:a|his|her)\s+medical\b|"
    r"\s+(?:came|comes|has come)\s+close\s+to\s+(?:joining|signing for|moving to)\b|"
    # what is done to or said of a player wanted elsewhere: "X is also wanted by", "X is close to joining"
    r"\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+|still\s+|reportedly\s+|being\s+)?(?:wanted|targeted|coveted|courted|tracked|"
    r"monitored|chased|pursued|linked\s+with)\b|"
    r"\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+|reportedly\s+)?(?:close\s+to|on\s+the\s+(?:verge|brink|point)\s+of|nearing|closing\s+in\s+on|"
    r"set\s+to|poised\s+to|expected\s+to)\s+(?:join|joining|sign|signing|complete|completing|seal|sealing|a\s+move|a\s+switch|a\s+transfer|a\s+loan)\b|\s+(?:has\s+)?(?:said|says)\s+(?:no|yes)\s+to\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_POS_ALT}|{_PLAYER_NOUN_ALT})\b|,\s+who\s+(?:came|joined|left|had|has|moved|cost|signed|is|was|went|arrived|joins|moves|leaves))",
    re.I)
# Weaker context, trusted only for names of two or more words ("monitoring Ko Itakura").
PLAYER_LEFT_WEAK = re.compile(
    r"\b(?:monitoring|monitor|tracking|watching|scouting|eyeing|targeting|admire|admires|admirer of|rate|rates|"
    r"like|likes|joins|for|of|on|about|over|want|wants|wanted|is|including|signing|that|chasing|ruled out|"
    r"rejected|accepted|unveiled|presented)\s*$", re.I)
# ("the Instagram account Naija Footballers", "the podcast Talking Transfers": a channel, not a player)
ROLE_LEFT = re.compile(rf"\b(?:{_ROLE_ALT}|(?:reported|revealed|written|claimed|tweeted|posted|coached|managed|trained|represented) by|under|"
                       r"sacked|sacking|appointed|appointing|"
                       r"account|podcast|blog|website|channel|newspaper|outlet|broadcaster|magazine|radio station)\s*$", re.I)
# "general manager of football operations X": a role of something (the role's complement in lower
# case: "the agent of Porto forward X" is the agent's client)
ROLE_OF_LEFT = re.compile(rf"\b(?i:{_ROLE_ALT})\s+of\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+$")
ROLE_RIGHT = re.compile(rf"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALT})\b|^['’]s?\s+(?:side|men|team|squad|charges|reign|"
                        r"tenure|era|outfit)\b|^\s+(?:says|said|reports|reported|"
                        r"claims|claimed|wrote|writes|revealed|tweeted|posted|told|insists|explained|added|"
                        r"has claimed|has reported|has said|understands)\b"
                        # not "has said his goodbyes", "has said no to Monaco": what a player does
                        r"(?!\s+(?:his|her|their)\s+(?:goodbyes?|farewells?)\b|\s+goodbye\b|\s+(?:no|yes)\s+to\b)", re.I)
CLUB_LEFT = re.compile(
    r"(?:\b(?:side|club|outfit|team|champions|giants)|\b(?:from|joined|joining|rejoined|at|left|leaving|"
    r"loan to|move to|switch to|loaned to|transfer to|moved to|fee with|price with|valuation with|"
    # a career's clubs: "played for X, Y and Z", "spells at X", "came through the academy of X"
    r"played for|playing for|plays for|spell at|spells at|spell with|spells with|stint at|stints at|stint with|stints with|"
    r"loan at|loans at|academy of|ranks of|ranks at|career at|youth system of))\s*$", re.I)
CLUB_RIGHT = re.compile(
    rf"^(?:\s+(?:{_POS_ALT}|boss|manager|coach|board|hierarchy|fans|chairman|president|owners?|academy)\b|"
    r",\s+(?:a|another|the)\s+(?:[\w-]+\s+){0,2}(?:club|side|outfit|team)\b)", re.I)

# The left-context patterns are used as yes/no: LiteralTail answers bool(rx.search(left))
# with str.endswith on the literal alternatives (exact; see fastre). PLAYER_LEFT's two
# non-literal alternatives ("£4.5m on", "24-year-old", "interest from Everton in") end with
# " on" / "-year-old" / " in".
player_left = LiteralTail(PLAYER_LEFT, (" on", "-year-old", " in")).found
player_left_weak = LiteralTail(PLAYER_LEFT_WEAK).found
role_left = LiteralTail(ROLE_LEFT).found
club_left = LiteralTail(CLUB_LEFT).found
