"""Pass 2: mentions. Every name, description, anaphor and amount of a sentence, resolved
and masked as a placeholder (#c0#, #p1#, ...) so that the rules see slots, not names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bot.extract.amounts import find_amounts
from bot.extract.document import Registry, Sent
from bot.extract.entities import (
    Mention,
    is_place_or_nation,
    span_key,
    trim_span,
)
from bot.extract.fastre import boundary_first, gated
from bot.extract.index import Entry, Index, fuzzy_league
from bot.extract.lexicon import (
    CLUB_NOUNS,
    COUNTRY_NAMES,
    GENERIC_CLUB_MODIFIERS,
    LEAGUES,
    NATIONALITY,
    PERSON_DEMONYMS,
    PLACES,
    PLURAL_CLUB_NOUNS,
    SHARED_CLUB_WORDS,
)
from bot.extract.names import bracketed_paper, credited_outlet, local_outlet
from bot.extract.ownership import MULTI_NATIONS
from bot.text import fold

_ANAPHOR = re.compile(
    # "her" only as an object ("Chelsea signed her in 2011", "loaned her out"), not "her contract"
    r"\b(?:him|her(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|from|to|for|until|as|back|out|up|away|at|with|after|before|this|last|next|and|but|when|while|if|"
    r"because|since|permanently|outright|again|now|already|too|off|into|ahead|instead|earlier|later|early|late|during|over)\b)|the player|the (?:\d{1,2}-year-old )?(?:(?:" + MULTI_NATIONS + r"|[a-z]+(?:-\d\d)?) )?(?:under-\d\d )?"
    r"(?:international|teenager|youngster|star|"
    r"defender|midfielder|striker|forward|winger|goalkeeper|keeper|centre-back|centre back|center back|"
    r"full-back|left-back|right-back|playmaker|attacker|frontman)|the (?:\d{1,2}-year-old)|the (?:" + "|".join(sorted(PERSON_DEMONYMS, key=len, reverse=True)) + r")"
    r"(?!\s+(?:record\s+|reigning\s+|top-flight\s+|top\s+|sports\s+|football\s+)?(?:newspaper|outlet|paper|daily|publication|website|broadcaster|media|press|magazine|club|side|outfit|team|giants|champions|league|top flight|fa|federation|government)\b)"
    r"|the former [a-z]+ man)\b"
    # (not an outlet: "The Star has been told", "the Star reports")
    r"(?!\s+(?:has\s+been\s+told|has\s+learned|has\s+learnt|understands|can reveal)\b)", re.I)


_ANAPHOR_LOW = re.compile(_ANAPHOR.pattern)


_HE = re.compile(r"\b(?:he|she)\b")  # run on the lowercased sentence


_DESC = re.compile(r"\b(the|both|both of the|another|a)\s+((?:[\w.-]+\s+){0,3}?)(club|side|outfit|team|giants|giant|heavyweights|"
                   r"champions|duo|pair|trio|clubs|sides|rivals|powerhouse|hierarchy)\b", re.I)


@dataclass
class _Found:
    """The mentions of one sentence found so far, and the tokens they take: each pass below
    leaves alone the tokens an earlier, surer pass took."""

    s: Sent
    ms: list[Mention] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def add(self, kind: str, a: int, b: int, names: tuple[str, ...], ambiguous: bool = False,
            extra: dict | None = None) -> None:
        """A mention of the tokens a..b (the caller marks them used: not every pass does)."""
        toks = self.s.toks
        start, end = toks[a].start, toks[b - 1].end
        m = Mention(kind, start, end, self.s.text[start:end], names, ambiguous, tok_start=a, tok_end=b)
        if extra is not None:
            m.extra = extra
        self.ms.append(m)

    def add_unknown(self, a: int, b: int) -> None:
        """A name nothing knows, by itself (an outlet the credits name), taking its tokens."""
        toks = self.s.toks
        span = self.s.text[toks[a].start:toks[b - 1].end]
        self.add("unknown", a, b, (span,))
        self.used.update(range(a, b))

    def overlaps(self, start: int, end: int, skip: tuple[str, ...] = ()) -> bool:
        return any(mm.start < end and start < mm.end for mm in self.ms if mm.kind not in skip)


def find_mentions(s: Sent, known: list[tuple[int, int, list[Entry]]], reg: Registry, idx: Index, today) -> None:
    found = _Found(s)
    # in order of certainty: names first (their tokens), then descriptions, anaphors and
    # amounts, which give way to names or replace unknown ones
    _article_players(found, reg)
    _credited_outlets(found, known, idx)
    _local_outlets(found, known)
    _known_names(found, known, reg)
    _country_moves(found, idx)
    _other_spans(found, reg)
    _descriptions(found, idx)
    _anaphors(found)
    _amounts(found)
    found.ms.sort(key=lambda mm: mm.start)
    s.mentions = found.ms


def _article_players(found: _Found, reg: Registry) -> None:
    # article players first: "Andrey Santos" and "Santos" (the player) beat the club alias
    toks = found.s.toks
    n = len(toks)
    firsts = reg.first_tokens()  # cached: the registry is complete by now
    taken = 0  # the tokens before this are the last player's found here
    for i in [k for k, t in enumerate(toks) if t.cap and t.low in firsts]:  # where a player can start
        if i < taken:
            continue
        for L in range(min(reg.max_len, n - i), 0, -1):
            if L > 1 and any(toks[k].poss for k in range(i, i + L - 1)):
                continue
            key = " ".join(t.low for t in toks[i:i + L])
            if key in reg.players:
                found.add("player", i, i + L, (reg.players[key],))
                found.used.update(range(i, i + L))
                taken = i + L
                break


def _credited_outlets(found: _Found, known: list[tuple[int, int, list[Entry]]], idx: Index) -> None:
    toks, text = found.s.toks, found.s.text
    for a0, b0 in found.s.caps:
        # "The Rotherham Advertiser reports": a credited name that only starts with a club's
        w = credited_outlet(toks, text, a0, b0, found.used)
        if w is not None and (bracketed_paper(toks, text, *w) or (toks[w[1] - 1].low not in idx.first and not any(
                ka <= w[0] and w[1] <= kb for ka, kb, _e in known))):
            found.add_unknown(*w)


def _local_outlets(found: _Found, known: list[tuple[int, int, list[Entry]]]) -> None:
    for a, b, entries in known:
        if a > 0 and any(e.kind == "source" for e in entries) and found.used.isdisjoint(range(a, b)):
            w = local_outlet(found.s, a, b, found.used)
            if w is not None:
                # "the Peterborough Telegraph understands": a local paper named after its town, not the
                # club and the national outlet
                found.add_unknown(*w)


def _known_names(found: _Found, known: list[tuple[int, int, list[Entry]]], reg: Registry) -> None:
    """The known aliases no earlier pass took: an outlet, a club, a manager or a player, in
    that order of preference when an alias is several."""
    toks = found.s.toks
    inside_new = {k for a0, b0 in found.s.caps if b0 - a0 >= 2 and span_key(toks, a0, b0) in reg.new_club_names
                  for k in range(a0, b0)} if reg.new_club_names else set()
    for a, b, entries in known:
        if not found.used.isdisjoint(range(a, b)):
            continue
        if b - a == 1 and a in inside_new:
            continue  # "Athletic" of "Forfar Athletic", a club the article names that the knowledge lacks
        key = " ".join(t.low for t in toks[a:b])
        kinds = {e.kind: e for e in entries}
        if "source" in kinds and (b - a >= 2 or "club" not in kinds):
            found.add("source", a, b, kinds["source"].names)
        elif "club" in kinds and b < len(toks) and f"{key} {toks[b].low}" in NATIONALITY:
            continue  # "the United States defender": a country, not the club "United"
        elif "club" in kinds and key in PLACES and _IN_CITY.search(found.s.text, 0, toks[a].start) \
                and _CITY_AFTER.match(found.s.text, toks[b - 1].end):
            pass  # "is due in Milan for his medical": the city, not the club
        elif "club" in kinds and found.s.text.startswith("-born", toks[b - 1].end):
            continue  # "Madrid-born": the city
        elif "club" in kinds:
            e = kinds["club"]
            found.add("club", a, b, e.names, e.ambiguous)
        elif "manager" in kinds and fold(kinds["manager"].names[0]) in reg.players:
            found.add("player", a, b, (reg.players[fold(kinds["manager"].names[0])],))  # not yet a coach then
        elif "manager" in kinds:
            e = kinds["manager"]
            club = reg.coach_club.get(fold(e.names[0]))  # "West Ham boss X" earlier in the article
            found.add("manager", a, b, e.names, extra={"key": key, "club": club} if club else {"key": key})
        elif "player" in kinds and b - a == 1 and key in reg.persons and len(kinds) == 1 and key not in reg.players:
            # a known player's surname, but the article names another person so ("Kevin Palmer")
            found.add("unknown", a, b, (reg.persons[key],))
        elif "player" in kinds:
            found.add("player", a, b, kinds["player"].names)
        found.used.update(range(a, b))


_IN_CITY = re.compile(r"\b(?:in|around|near|across)\s+$")
# what follows a city ("in Milan for his medical", "in Madrid.", "in Turin this week"), not a club's noun
_CITY_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|\s(?:for|on|this|last|next|tomorrow|today|yesterday|where|after|before|until|and|to (?:finalise|finalize|complete|undergo|seal|sign|discuss|hold))\b)")


def _other_spans(found: _Found, reg: Registry) -> None:
    # remaining capitalised spans: new clubs, people (possible sources), unknown names
    toks, text = found.s.toks, found.s.text
    for a0, b0 in found.s.caps:
        a, b = trim_span(toks, a0, b0)
        whole = span_key(toks, a, b0) if b < b0 and reg.new_club_names else ""
        if whole in reg.new_club_names and found.used.isdisjoint(range(a, b0)):
            # "Forfar Athletic": the word trimmed as a common one is part of a club's name
            found.add("club", a, b0, (reg.new_club_names[whole],))
            found.used.update(range(a, b0))
            continue
        if (a, b) != (a0, b0) and b0 - a0 >= 2:
            w = credited_outlet(toks, text, a0, b0, found.used)
            if w is not None and (a >= b or span_key(toks, a, b) not in reg.new_club_names):
                found.add_unknown(*w)  # "according to the East Anglian Daily Times": the whole name credited
                continue
        if a >= b or not found.used.isdisjoint(range(a, b)):
            continue
        key = span_key(toks, a, b)
        if a == 0 and b == 1 and key in _CREDIT_LEADS and len(toks) > 1 and toks[1].low == "the":
            continue  # "Per the Daily Record, ...": the word that credits, no name
        span = text[toks[a].start:toks[b - 1].end]
        if key in reg.new_club_names:
            found.add("club", a, b, (reg.new_club_names[key],))
        elif key in reg.coach_club:
            # a coach the knowledge lacks stands for his club, as a known manager does
            found.add("manager", a, b, (reg.persons.get(key, span),), extra={"key": key, "club": reg.coach_club[key]})
        elif key in reg.persons:
            found.add("unknown", a, b, (reg.persons[key],))
        elif len(span) > 1 and not is_place_or_nation(key):  # not the "L" of "L'Equipe"
            found.add("unknown", a, b, (span,))
        found.used.update(range(a, b))


_CREDIT_LEADS = frozenset({"per", "via"})
# "he left Celtic for France", "having moved to Austria from Copenhagen": a move to a country
_COUNTRY_MOVE_LEFT = re.compile(r"\b(?:(?:left|leaving|leave|leaves|quit|quitting)\s+(?:[\w.'-]+\s+){1,3}for|"
                                r"(?:moved|moving|move|moves|switched|switching|arrived|arriving|headed|heading|went|going|"
                                r"returned|returning)\s+(?:back\s+)?(?:to|in))\s+$")


def _country_moves(found: _Found, idx: Index) -> None:
    """A country a player moved to, when the sentence names one club of that country: that club
    ("Birmingham have signed X from Rennes, six months after he left Celtic for France")."""
    toks, text = found.s.toks, found.s.text
    for a, b in found.s.caps:
        key = span_key(toks, a, b)
        if key not in COUNTRY_NAMES or not found.used.isdisjoint(range(a, b)) \
                or not _COUNTRY_MOVE_LEFT.search(text, max(0, toks[a].start - 50), toks[a].start):
            continue
        clubs = {m.names[0] for m in found.ms if m.kind == "club" and not m.ambiguous and m.names
                 and (idx.club_country.get(m.names[0]) or "").lower() == key}
        if len(clubs) == 1:
            found.add("club", a, b, (clubs.pop(),))
            found.used.update(range(a, b))


def _descriptions(found: _Found, idx: Index) -> None:
    # club descriptions ("the German club", "the Premier League duo", "both clubs")
    for m in _DESC.finditer(found.s.text):
        if found.overlaps(m.start(), m.end(), skip=("unknown",)):
            continue
        det, mod, noun = m.group(1).lower(), m.group(2).strip(), m.group(3).lower()
        mod_f = fold(mod)
        plural = noun in PLURAL_CLUB_NOUNS or det.startswith("both")
        if noun not in CLUB_NOUNS and noun not in PLURAL_CLUB_NOUNS:
            continue
        if not mod_f and not (plural and det.startswith("both")) and not (det == "the" and noun in ("duo", "pair")):
            continue
        attr = _desc_attr(mod_f, idx)
        if attr is None and det == "the" and not plural and mod[:1].isupper() and " " not in mod:
            attr = ("any",)  # "the Istanbul club": a place the knowledge lacks, so the club just named
        if attr is None:
            continue
        if det in ("a", "another") and not plural:
            attr = ("appos", *attr)
        # a description beats the unknown names it overlaps (only those: see the check above)
        found.ms = [mm for mm in found.ms if not (mm.kind == "unknown" and mm.start < m.end() and m.start() < mm.end)]
        found.ms.append(Mention("desc", m.start(), m.end(), m.group(0), (), extra={"attr": attr, "plural": plural,
                                                                                 "n": 3 if noun == "trio" else 2}))


def _anaphors(found: _Found) -> None:
    # player anaphors
    # on ASCII text the case-insensitive pattern matches exactly where its lowercase twin
    # matches the lowercased text (and the engine is faster without IGNORECASE)
    text = found.s.text
    low = text.lower()
    for m in (_ANAPHOR_LOW.finditer(low) if text.isascii() else _ANAPHOR.finditer(text)):
        if found.overlaps(m.start(), m.end()):
            continue
        found.ms.append(Mention("anaphor", m.start(), m.end(), text[m.start():m.end()]))
    # "he" is a weak anaphor: only where no stronger one is
    for m in _HE.finditer(low):
        if not found.overlaps(m.start(), m.end()):
            found.ms.append(Mention("anaphor", m.start(), m.end(), m.group(0), extra={"weak": True}))


def _amounts(found: _Found) -> None:
    text = found.s.text
    for mo in find_amounts(text):
        if found.overlaps(mo.start, mo.end, skip=("unknown",)):
            continue
        # an amount beats the unknown names it overlaps (only those can: see the check above)
        found.ms = [mm for mm in found.ms if not (mm.start < mo.end and mo.start < mm.end)]
        found.ms.append(Mention("money", mo.start, mo.end, text[mo.start:mo.end], extra={"money": mo}))


def _desc_attr(mod: str, idx: Index) -> tuple | None:
    """What a description's modifier says about the club: ('country', X), ('league', X), ('place', clubs), ('any',)."""
    if not mod:
        return ("any",)
    if mod in NATIONALITY:
        return ("country", NATIONALITY[mod])
    if mod in PLACES:
        return ("place", PLACES[mod]) if PLACES[mod] else ("any",)
    if mod in GENERIC_CLUB_MODIFIERS:
        return ("any",)
    # the leagues the press names most, then one the knowledge's clubs play in as written ("the
    # A-League club"), then a near miss ("Bundelsliga")
    lg = LEAGUES.get(mod) or idx.leagues.get(mod) or fuzzy_league(mod)
    if lg:
        return ("league", lg)
    words = mod.split()
    if words and words[-1] in NATIONALITY and len(words) <= 2:
        return ("country", NATIONALITY[words[-1]])
    if all(w in GENERIC_CLUB_MODIFIERS or w in ("newly", "two", "the", "other", "same") for w in words):
        return ("any",)
    return None


def resolve_clubs(sents: list[Sent], reg: Registry, idx: Index) -> None:
    """Ambiguous aliases, managers and descriptions become clubs, in reading order."""
    named: Counter[str] = Counter()
    written: dict[str, set[str]] = {}  # club -> its names as the article writes them, unambiguous
    for s in sents:
        for m in s.mentions:
            if m.kind == "club" and not m.ambiguous:
                named[m.names[0]] += 1
                written.setdefault(m.names[0], set()).add(fold(m.text))
    # (a one-word alias _last_word_clubs gives to another club is written as that word alone, which
    # holds no alias but itself: the names above serve _resolve_alias as well after it)
    _last_word_clubs(sents, named, written)
    history: list[str] = []  # clubs in reading order
    meant: dict[str, str] = {}  # ambiguous alias -> the club it meant the first time it was resolved
    for s in sents:
        for i, m in enumerate(s.mentions):
            if m.kind == "club" and m.ambiguous:
                _resolve_alias(m, named, history, meant, _in_club_list(s, i), written)
            elif m.kind == "manager":
                m.extra["manager"] = m.names[0]
            elif m.kind == "desc":
                attr, plural = m.extra["attr"], m.extra["plural"]
                appos = attr[0] == "appos"
                if appos:
                    attr = attr[1:]
                pool = [c for c in reversed(history) if _matches(c, attr, idx)]
                # "Al-Qadsiah, another Saudi club": the club just named
                tag = _STATEMENT_TAG.match(s.text, m.end) is not None  # ", the Riyadh club announced"
                if appos or (s.text[max(0, m.start - 2):m.start].endswith(", ") and not tag):
                    prev = [mm for mm in s.mentions if mm.kind == "club" and mm.end <= m.start and
                            s.text[mm.end:m.start].strip() in (",", "")]
                    if prev:
                        m.kind, m.names, m.extra["appos"] = "club", prev[-1].names, True
                        continue
                uniq = list(dict.fromkeys(pool))
                if not plural and tag and s.text[max(0, m.start - 2):m.start] == ", ":
                    # "#c have signed X after his contract at #c2 expired, the newly promoted club
                    # announced": the statement is the subject's, not the club named last
                    first = next((mm for mm in s.mentions if mm.kind == "club" and not mm.ambiguous
                                  and mm.end <= m.start), None)
                    if first is not None and first.names[0] in uniq:
                        uniq = [first.names[0]]
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


_LIST_SEP = frozenset({",", "and", ", and", "&"})


def _in_club_list(s: Sent, i: int) -> bool:
    """Mention i is an item of a list of clubs: a club right before or after it, a comma or "and" between."""
    m = s.mentions[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(s.mentions) and s.mentions[j].kind == "club" and not s.mentions[j].ambiguous:
            a, b = (s.mentions[j], m) if j < i else (m, s.mentions[j])
            if s.text[a.end:b.start].strip() in _LIST_SEP:
                return True
    return False


def _resolve_alias(m: Mention, named: Counter[str], history: list[str], meant: dict[str, str],
                   listed: bool = False, written: dict[str, set[str]] | None = None) -> None:
    """An ambiguous alias ("United") is the club of its candidates the article names; of several,
    the one it meant the first time, else one whose name as the article writes it holds the
    alias ("Manchester United", not "West Ham"), else the one named last. An alias with one
    club, listed among clubs ("loan spells at Stenhousemuir, Morton and Dunfermline"), is that
    club."""
    cands = [c for c in m.names if named[c]]
    if not cands and listed and len(m.names) == 1:
        cands = list(m.names)
    alias = fold(m.text)
    if alias in SHARED_CLUB_WORDS:
        # "Carlisle United ... United have also taken three youngsters": any club the article names
        # whose name ends in the word may be the one meant, not only those the knowledge lists for it
        cands += [c for c in named if named[c] and c not in cands and fold(c).split()[-1:] == [alias]]
    if len(cands) > 1 and meant.get(alias) in cands:
        cands = [meant[alias]]  # "United" keeps meaning the United it meant at first
    elif len(cands) > 1:
        spelt = [c for c in cands if written and any(_holds_words(form, alias) for form in written.get(c, ()))]
        if spelt:
            cands = spelt
        recent = [c for c in reversed(history) if c in cands]
        cands = recent[:1] or cands[:1]
    if len(cands) == 1:
        meant.setdefault(alias, cands[0])
        m.names, m.ambiguous = (cands[0],), False
    else:
        m.kind = "group"




def _holds_words(form: str, alias: str) -> bool:
    """"manchester united" holds "united"; "west ham" does not, nor "united" itself."""
    return form != alias and f" {alias} " in f" {form} "


def _last_word_clubs(sents: list[Sent], named: Counter[str], texts: dict[str, set[str]]) -> None:
    """"Doncaster Rovers have turned down a bid ... what Rovers think the striker is worth": a
    one-word alias that the article only ever uses alone, of a club it never names in full,
    means the one club it does name whose name ends in that word (texts: each club's names as
    the article writes them)."""
    for s in sents:
        for m in s.mentions:
            if m.kind != "club" or m.ambiguous or len(m.names) != 1:
                continue
            alias = fold(m.text)
            if alias not in SHARED_CLUB_WORDS or texts.get(m.names[0]) != {alias}:
                continue
            others = [c for c in named if c != m.names[0] and fold(c).split()[-1:] == [alias]]
            if len(others) == 1:
                named[m.names[0]] -= 1
                named[others[0]] += 1
                m.names = (others[0],)


_STATEMENT_TAG = re.compile(r"\s+(?:has\s+|have\s+)?(?:also\s+)?(?:announced|said|confirmed|stated|revealed)\b")


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


_LETTER = {"club": "c", "player": "p", "anaphor": "a", "money": "m", "source": "s", "unknown": "u", "manager": "c"}


def mask(sents: list[Sent]) -> None:
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
            if m.kind == "club" and gap[-1:] == " " and gap.rstrip().endswith(_DESCRIPTOR_HEADS):
                gap = _without_league_descriptor(gap)
            elif m.kind == "club" and gap.endswith("'s "):
                gap = _without_country_possessive(gap)
            parts.append(_clean(gap))
            parts.append(f"#{letter}{len(kept)}#")
            kept.append(m)
            pos = m.end
        parts.append(_clean(s.text[pos:]))
        s.mentions = kept
        s.masked = "".join(parts)


# "to Saudi Pro League side #c", "from Championship club #c", "joined Bundesliga rivals #c": the
# league or country that describes a club says nothing of the move, and phrases read past it
_DESCRIPTOR_HEADS = ("side", "club", "outfit", "rivals", "giants", "champions", "leaders", "strugglers", "team",
                     "neighbours", "newcomers", "minnows")
_LEAGUE_DESCRIPTOR = re.compile(
    r"(?:\bthe\s+)?(?:(?!(?:His|Her|Their|Its|Our|My|The|A|An|This|That|These|Those)\b)(?:[A-Z][\w'.-]*|\d\.)\s+){1,3}"
    rf"(?:{'|'.join(_DESCRIPTOR_HEADS)})\s+$")


def _without_league_descriptor(gap: str) -> str:
    m = _LEAGUE_DESCRIPTOR.search(gap)
    return gap[:m.start()] if m else gap


# "loaned X to Argentina's #c", "joined Saudi Arabia's #c": the country says only where the club is
_COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)'s\s$")


def _without_country_possessive(gap: str) -> str:
    m = _COUNTRY_POSSESSIVE.search(gap)
    return gap[:m.start()] if m and m.group(1).lower() in COUNTRY_NAMES else gap


_POSS_HEAD = re.compile(r"'s\b|'(?=\s)")


_DROP_QUOTES = re.compile(r"(?<![a-z])'|'(?![a-z])|\"")


# A sentence adverb set off by commas, or where the talk was, says nothing of who does what, and
# frames read across it: "#c are, however, lining up a bid for #p", "linked in the press with #p"
# (not before a word that opens a clause of its own: ", however, with #c unwilling to sell").
_ASIDE = re.compile(r",\s+(?:however|though|meanwhile|too|also|reportedly|apparently|it seems|it appears|in turn|"
                    r"for their part|for its part|in fact|of course|instead|once again|again|as well|in the meantime|"
                    r"at the same time|for now|for the moment|at the moment|currently|still|now|then|therefore),"
                    r"(?=\s)(?!\s+(?:with|and|but|as|after|before|because|since|while|which|who|whose|so|if|unless|although|or)\b)|"
                    r"(?<=\blinked) in (?:the )?(?:[\w-]+ )?(?:press|media|reports)(?= with\b)")


# "said to be", "understood to be" only hedge what follows, and frames read across them: "with #c1
# and #c2 all said to be in the running", "#c are believed to be keen on #p"
_HEDGE_TO_BE = re.compile(r"\b(?:(?:all|both)\s+)?(?:said|reported|understood|believed|thought|rumoured|claimed)\s+to\s+be\s+")


def _clean(gap: str) -> str:
    g = gap.lower()
    if "," in g or " in " in g:
        g = _ASIDE.sub("", g)
    if " to be " in g:
        g = _HEDGE_TO_BE.sub("", g)
    # a gap that starts with a possessive belongs to the placeholder before it
    head = ""
    m = _POSS_HEAD.match(g) if g[:1] == "'" else None
    if m:
        head, g = "'s", g[m.end():]
    return head + (_DROP_QUOTES.sub("", g) if "'" in g or '"' in g else g)


_DESC = gated(_DESC)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_ANAPHOR = boundary_first(_ANAPHOR)
_ANAPHOR_LOW = boundary_first(_ANAPHOR_LOW)
_HE = boundary_first(_HE)
_IN_CITY = boundary_first(_IN_CITY)
