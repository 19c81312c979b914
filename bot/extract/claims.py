"""Pass 3: claims. In each clause, the kind triggers (rules/kinds.py) are paired with the
clubs that can be their suitor (rules/roles.py) and the players they are about."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, TypeVar

from bot.extract.amounts import Money, prefer
from bot.extract.clauses import (
    clause_pasts,
    date_of_when,
    has_relative_span,
    is_heading,
    is_itemised,
    manager_date,
    past_time,
    split_clauses,
    split_resumed,
    time_of_clause,
    with_antecedent,
)
from bot.extract.document import CLUB_PH, PLAYER_PH, Draft, Registry, Roles, Sent
from bot.extract.fastre import boundary_first, gated, tail_gated
from bot.extract.index import Index
from bot.extract.kinds import Trigger, find_triggers
from bot.extract.lexicon import NATIONALITY, PLAYER_NOUNS, POSITIONS
from bot.extract.ownership import club_role, is_owner_mid, owner_ties
from bot.extract.rules.moods import MOOD_CUES, MoodCue
from bot.extract.rules.roles import SUITOR_LESS
from bot.extract.timeframe import PAST_WORDS, When, find_when, is_before_window
from bot.models import Amount, Article

_PLACEHOLDER = re.compile(r"#([cpamsu])(\d+)#")


@dataclass(slots=True)
class _Reading:
    """What carries from one sentence to the next while an article's claims are read."""

    roles: Roles
    claims: list[Draft] = field(default_factory=list)
    focus: str | None = None  # the player the last sentence was about: its anaphors' referent
    last_suitors: list[str] = field(default_factory=list)  # for a pronoun subject ("they")
    context_club: str | None = None  # the last club named: an implicit destination's fallback
    section_club: str | None = None  # the club a heading of its own names: the section below is about it
    last_claim_player: str | None = None  # the one player of the last sentence's claims
    last_claim_at: int = -2  # index of the sentence that set last_claim_player
    main_player: str | None = None  # the player the article opens with and names most
    para_player: str | None = None  # the player the current paragraph last named
    itemised: bool = False
    para: int = -1
    last_claims: tuple[int, int] = (-2, 0)  # (sentence index, first claim) of the last sentence with claims


def find_claims(sents: list[Sent], reg: Registry, idx: Index, article: Article) -> tuple[list[Draft], Roles]:
    """Every claim of the article, sentence by sentence and clause by clause."""
    st = _Reading(Roles())
    counts = Counter(m.names[0] for s in sents for m in s.mentions if m.kind == "player")
    st.roles.main = counts.most_common(1)[0][0] if counts else None
    opening = next(filter(None, map(_first_player, sents[:2])), None)
    st.main_player = opening if opening == st.roles.main else None
    st.itemised = st.roles.itemised = is_itemised(sents)
    if st.itemised:
        st.main_player = st.roles.main = None  # a round-up has no main player: each item its own
    for k, s in enumerate(sents):
        if s.para != st.para:
            if st.itemised:
                # an item of a round-up or a live blog is its own story: nothing carries into it
                st.focus, st.last_claim_player, st.last_suitors, st.context_club = None, None, [], None
            st.para_player = None
        st.para = s.para
        if _CLUB_ALONE.fullmatch(s.masked):
            # "Toronto FC" as a line of its own: the section below tells that club's business
            st.section_club = s.mentions[0].names[0] if s.mentions and s.mentions[0].names else None
        if is_heading(s.text):
            # a cross-head tells of the item below it ("Former Preston loanee agrees move"),
            # not of the player before it
            st.focus = _first_player(sents[k + 1]) if k + 1 < len(sents) and sents[k + 1].para != s.para else None
        _read_sentence(s, st, reg, idx, article)
    return st.claims, st.roles


_CLUB_ALONE = re.compile(r"#c0#[.:]?")
# a clause that opens with its player: he is the subject of the move it tells
_PLAYER_SUBJECT = re.compile(r"(?:and\s+|but\s+|while\s+)?(?:[a-z][\w.-]*\s+|\d+\s+){0,5}?#p(\d+)#\s+(?:has\s+|have\s+|was\s+|is\s+|had\s+)?[a-z]")


def _mover_of(clause: str, s: Sent) -> str | None:
    """The player a clause opens with, after up to five words that describe him ("former No. 1
    draft pick X was traded to #c"), as the subject of its move. (_subject_player reads a
    sentence's subject more strictly: the player first, then one of its verbs.)"""
    sp = _PLAYER_SUBJECT.match(clause)
    return s.mentions[int(sp.group(1))].names[0] if sp and s.mentions[int(sp.group(1))].names else None


def _first_player(s: Sent) -> str | None:
    return next((m.names[0] for m in s.mentions if m.kind == "player"), None)


def _anaphors(s: Sent, focus: str | None, main: str | None) -> tuple[dict[int, str], str | None, str | None]:
    """Who the anaphors mean: the last player named before them (this sentence or earlier).
    Returns (anaphor index -> player, the last player in force, the first player named here)."""
    resolved: dict[int, str] = {}
    local_focus, first_here = focus, None
    # a player who opens the sentence is its subject ("X would command more than Y, with the
    # 20-year-old ..."); otherwise the article's main player, once named, is its centre
    # ("more than C paid for Y, and above X's release clause ... the striker" means X)
    opens = _PLAYER_OPENS.match(s.masked) is not None
    for i, m in enumerate(s.mentions):
        if m.kind == "player":
            local_focus = m.names[0]
            if first_here is None or (local_focus == main and not opens):
                first_here = local_focus
        elif m.kind == "anaphor":
            # the sentence's subject is the likelier referent ("X ... than Y, with the 20-year-old")
            target = first_here or local_focus or main
            if target and not (m.extra.get("weak") and local_focus is None):
                resolved[i] = target
    return resolved, local_focus, first_here


def _clubs_of(s: Sent, idx: Index, article: Article) -> tuple[dict[int, tuple[str, ...]], set[int]]:
    """The clubs each club or manager mention stands for (a manager: his club at the time told)."""
    when_date = date_of_when(s.when, article.date) if s.past_ctx and s.when else article.date
    clubs_of: dict[int, tuple[str, ...]] = {}
    manager_idx: set[int] = set()
    for i, m in enumerate(s.mentions):
        if m.kind == "club":
            clubs_of[i] = m.names
        elif m.kind == "manager":
            on = when_date
            if on is not article.date:
                # the time of the manager's own clause, not of another one in the sentence
                on = manager_date(s.masked, i, article.date)
            club = m.extra.get("club") or idx.manager_club(m.extra.get("key", m.text), on)
            if club:
                clubs_of[i] = (club,)
                manager_idx.add(i)
    return clubs_of, manager_idx


def _weak_focus(s: Sent, st: _Reading, resolved: dict[int, str]) -> str | None:
    """A sentence naming no player may be about one named before ("Bayern are also monitoring
    the situation"): the player of the last sentence's claims, else the paragraph's player,
    else the article's main one. An anaphor that means that same player only confirms it
    ("#c are also keen, while #c2 will help him choose")."""
    if "#p" in s.masked or is_heading(s.text):
        return None
    if st.last_claim_at == s.idx - 1:
        wf = st.last_claim_player
    else:
        wf = st.para_player or st.main_player or st.last_claim_player
    if "#a" in s.masked and (wf is None or not resolved or set(resolved.values()) != {wf}
                             or not _ALSO_FIRST.match(s.masked)):
        return None
    return wf


# a first clause of clubs "also" in for someone, before any anaphor: the player of before
_ALSO_FIRST = re.compile(r"(?:[^#;]|#[cmsu]\d+#)*?#c\d+#(?:[^#;]|#[cmsu]\d+#)*?\b(?:also|too|both|all)\b"
                         r"(?:[^#;]|#[cmsu]\d+#)*?(?:,|;|\band\b).*#a")


def _sentence_clauses(s: Sent, today: dt.date) -> tuple[list[tuple[str, int]], dict[int, str], list[bool] | None]:
    """The clauses (with offsets), the antecedents of main clauses resumed after a relative
    one, and each clause's past flag when the sentence's time frame does not cover them all."""
    # a claim needs a suitor: a club here, or a pronoun subject ("they") for the last ones
    if "#c" not in s.masked and _PRONOUN_SUBJECT.search(s.masked) is None:
        return [], {}, None
    clauses = _bounded(split_clauses(s.masked))
    resumed: dict[int, str] = {}
    if clauses and ", who " in s.masked:
        clauses, resumed = split_resumed(s.masked, clauses)
    pasts = clause_pasts(s, clauses, today) if len(clauses) > 1 and (
        (s.past_ctx and s.when) or has_relative_span(s.masked)) else None
    if pasts is not None and resumed:
        # the main clause resumed after a dated relative one keeps its own time ("#c, who signed
        # him in 2020, have now sold him"): the relative clause's date is not its
        for k, (c_k, o_k) in enumerate(clauses):
            if o_k in resumed and k and find_when(clauses[k - 1][0], today) is not None \
                    and find_when(c_k, today) is None:
                pasts[k] = s.past_before
    return clauses, resumed, pasts


MAX_CLAUSE = 600  # characters; real clauses are far shorter
_PIECE_BREAKS = (re.compile(r",\s+"), re.compile(r"\s+and\s+"), re.compile(r"\s+"))  # best first


def _bounded(clauses: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A clause longer than MAX_CLAUSE (a run-on list, hostile text) is read in pieces, broken at
    commas, "and" or spaces: each trigger pairs with every slot of its clause, so one endless
    clause would cost the square of its length."""
    if all(len(c) <= MAX_CLAUSE for c, _o in clauses):
        return clauses
    out: list[tuple[str, int]] = []
    for clause, offset in clauses:
        start = 0
        while len(clause) - start > MAX_CLAUSE:
            cut = start + MAX_CLAUSE // 2
            m = None
            for rx in _PIECE_BREAKS:
                m = rx.search(clause, cut, start + MAX_CLAUSE)
                if m:
                    break
            end, nxt = (m.start(), m.end()) if m else (start + MAX_CLAUSE, start + MAX_CLAUSE)
            out.append((clause[start:end], offset + start))
            start = nxt
        out.append((clause[start:], offset + start))
    return out


def _read_sentence(s: Sent, st: _Reading, reg: Registry, idx: Index, article: Article) -> None:
    resolved, local_focus, first_here = _anaphors(s, st.focus, st.roles.main)
    clubs_of, manager_idx = _clubs_of(s, idx, article)
    owner_ties(s, resolved, clubs_of, st.roles, local_focus or st.focus)
    scope = Scope(s, resolved, clubs_of, manager_idx, reg, st.roles, article)
    weak_focus = _weak_focus(s, st, resolved)
    clauses, resumed, pasts = _sentence_clauses(s, article.date)
    masked = s.masked
    sm = _SENTENCE_SUBJECT.match(masked) if "#c" in masked else None
    if sm is None and "#c" in masked:
        sm = _SIGNING_OF.search(masked)  # "He will be #c's third signing, after X, who arrived from #c2"
    sent_subject = (clubs_of[int(sm.group(1))][0]
                    if sm and int(sm.group(1)) in clubs_of and int(sm.group(1)) not in manager_idx else None)
    sent_suitors: list[str] = []
    n_before = len(st.claims)
    idle: str | None = None  # the last clause, when it gave no claim
    moved: set[str] = set()  # the clubs players moved to in the sentence's earlier clauses
    for k, (clause, offset) in enumerate(clauses):
        if offset > 4 and "who" in masked[offset - 5:offset]:
            clause = with_antecedent(masked, clause, offset)
        elif offset in resumed:
            clause = f"{resumed[offset]} {clause}"
        coord = _coordinated_subject(k, clause, offset, masked, clubs_of, manager_idx) if sent_suitors else _NONE
        carry = _carried_subject(clauses, k, clause, offset, masked, idle, sent_suitors, clubs_of, manager_idx)
        past_ctx, when_here = _clause_time(s, pasts, k, clause, article.date)
        wf = weak_focus if weak_focus is not None else _clause_focus(
            k, clause, offset, s, resolved, st.claims[n_before:])
        # a later clause's "they" is the sentence's subject ("#c have brought in nine players:
        # in January they added X"), else the last sentence's suitors
        they = [sent_subject] if k and sent_subject and _THEY_WORD.search(clause) else (
            _club_before(masked, offset, clubs_of, manager_idx) if k and _THEY_SUBJECT.match(clause) else None) or st.last_suitors
        got = clause_claims(clause, scope, Context(
            coord or sent_suitors or carry, they, sent_subject or st.section_club or st.context_club,
            weak_focus or local_focus or st.roles.main, past_ctx, wf, when_here, offset, frozenset(moved)))
        # "#c were also interested but pulled out ...": the subject of a clause that gave
        # nothing carries over to a next clause that has no subject of its own
        idle = None if got or not _subject_club(clause, clubs_of, manager_idx) else clause
        for c, suitors in got:
            if c.kind in ("signed", "loan") and not c.past and c.club != sent_subject and (
                    c.player == _mover_of(clause, s) or c.club in _gone_to(clause, clubs_of)):
                # (a move told with the player as subject: "X went to #c", "Y was sold to #c"; or
                # told as where he went: "after the sale of X to #c: Y has come in from #c2")
                moved.add(c.club)
            st.claims.append(c)
            sent_suitors.extend(x for x in suitors if x not in sent_suitors)
    if len(st.claims) == n_before and sent_subject:
        _fallback_interest(s, st, sent_subject, article)
    _after_sentence(s, st, sent_suitors, clubs_of, manager_idx, local_focus, first_here, resolved, n_before)
    if sent_subject and sent_subject in sent_suitors:
        # "#c have raided #c2 for two players, bringing in X and Y. Z also arrives from #c3": the
        # club that did the signing, not the last one named, is where the next arrival went
        st.context_club = sent_subject


def _club_before(masked: str, offset: int, clubs_of: dict[int, tuple[str, ...]], manager_idx: set[int]) -> list[str]:
    """"X lasted one season at #c after they signed him": the club named last before the clause."""
    # (not a club he came from or one played against: "signed X from #c, and then they added Y")
    named = [int(m.group(1)) for m in CLUB_PH.finditer(masked, 0, offset)
             if not _NOT_THEM_BEFORE.search(masked, max(0, m.start() - 10), m.start())]
    last = next((i for i in reversed(named) if i in clubs_of and i not in manager_idx), None)
    return list(clubs_of[last][:1]) if last is not None else []


_NOT_THEM_BEFORE = re.compile(r"\b(?:from|by|against|over|with|to)\s+$")
# a clause whose subject is "they"
_THEY_SUBJECT = re.compile(r"(?:[\w-]+\s+){0,2}?they\s+(?:had\s+|have\s+|then\s+|also\s+)?[a-z]+ed\b")
_THEY_WORD = re.compile(r"\b(?:they|their|them)\b")


def _gone_to(clause: str, clubs_of: dict[int, tuple[str, ...]]) -> set[str]:
    """The clubs a clause says someone went to ("the sale of X to #c")."""
    return {clubs_of[int(m.group(1))][0] for m in _GONE_TO.finditer(clause) if int(m.group(1)) in clubs_of}


def _fallback_interest(s: Sent, st: _Reading, subject: str, article: Article) -> None:
    """A sentence with a club as subject, one player and transfer words, that no phrase
    read: the club is in for the player ("#c are weighing up a move for #p", worded anew)."""
    players = {m.names[0] for m in s.mentions if m.kind == "player"}
    if len(players) != 1 or not _TRANSFER_WORD.search(s.masked) or _NO_FALLBACK.search(s.masked) \
            or find_triggers(s.masked):
        return  # (a phrase that was read and gave nothing said so on purpose)
    player = players.pop()
    owner = st.roles.owner.get(player)
    if owner and owner[0][0] == subject:
        return
    kind = _fallback_kind(s.masked)
    # a club that confirms its own move is the one who says so
    source = s.source or (subject if kind != "interest" else None)
    st.claims.append(Draft(player=player, club=subject, kind=kind, past=s.past_ctx, source=source,
                           date=article.date, event_date=None, amount=None, evidence=s.text, rule="fallback"))


def _fallback_kind(masked: str) -> str:
    """A club that confirms or makes official a move of the player has done it ("#c have made
    #p's loan official", "#c confirm the return of #p"); anything else is interest."""
    done = _CONFIRMED.search(masked)
    if not done or _MODAL_BEFORE.search(masked, 0, done.start()) or _LINK_NOUN.search(masked):
        return "interest"
    return "loan" if _LOAN_WORD.search(masked) else "signed"


_TRANSFER_WORD = re.compile(r"\b(?:move|moves|transfer|deal|swoop|signing|sign|bid|offer|approach|loan|target|targets|"
                            r"pursuit|chase|race|fee|talks|negotiations|interest|interested|admirers?|suitors?)\b")
_CONFIRMED = re.compile(r"\b(?:confirm(?:s|ed)?|announc(?:e|es|ed)|made\b[^.;]{0,80}\bofficial|"
                        r"officially\s+(?:confirmed|announced|unveiled|completed)|completed|sealed|wrapped up|tied up)\b")
# what is still to come is not done ("are expected to confirm", "will announce")
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|yet)\s+(?:\w+\s+)?$")
_LINK_NOUN = re.compile(r"\b(?:interest|interested|talks|negotiations|bid|offer|approach|agreement|agreed|target|medical|"
                        r"pursuit|chase|race|hopes?|plans?|close|closing|verge|near|nearing)\b")
_LOAN_WORD = re.compile(r"\bloan(?:ed|s)?\b")
# (and what only the club that has him does: sells, lets go, sends out on loan, cuts a loan short, keeps him)
_NO_FALLBACK = re.compile(r"\b(?:not|no|never|n't|unlikely|doubt|denied|deny|denies|rule out|ruled out|rather than|instead of|"
                          r"sell|sells|selling|sold|sale|let\s+(?:[\w-]+\s+|#[pa]\d+#\s+){0,3}?go|send\s+(?:[\w-]+\s+|#[pa]\d+#,?\s+){0,5}?out|"
                          r"cut\s+(?:[\w'-]+\s+|#[pa]\d+#(?:'s)?\s+){0,4}?short|ended\s+the\s+loan|keep|keeping|new\s+deal|"
                          r"new contract|extension|new (?:loan )?(?:club|home)|injur\w*|scored|goal|goals|match|game|debut|if|whether|"
                          r"lost|loss|losing|recall\w*|accus\w*|blam\w*|criticis\w*|statement)\b|\?")


def _carried_subject(clauses: list[tuple[str, int]], k: int, clause: str, offset: int, masked: str,
                     idle: str | None, sent_suitors: list[str], clubs_of: dict[int, tuple[str, ...]],
                     manager_idx: set[int]) -> list[str]:
    """The subject a clause without one of its own takes from an earlier clause of the sentence."""
    if idle and not clause.startswith("#c") and _BARE_VERB_START.match(clause) and not _RELATIVE_WORD.search(idle):
        # ("#c want a striker who would be happy on the bench and could offer ...": the
        # relative clause's subject goes on, not the club's)
        carry = _subject_club(idle, clubs_of, manager_idx)  # "#c were also keen but pulled out"
        if carry:
            return carry
    if not k or sent_suitors:
        return _NONE
    if masked[max(0, offset - 8):offset].endswith("having "):
        # "#c finish the month with four new faces, having already signed X from #c2": the
        # participle's subject is the club the clause before opens with
        m = _OPENING_CLUB.match(clauses[k - 1][0])
        if m and int(m.group(1)) in clubs_of and int(m.group(1)) not in manager_idx:
            return list(clubs_of[int(m.group(1))])
    if masked[max(0, offset - 6):offset].endswith("with ") and not _SUBJECT_CLUB.match(clause):
        # "..., with X the first name on the list": the absolute clause is about the subject before it
        carry = _subject_club(clauses[k - 1][0], clubs_of, manager_idx)
        if carry:
            return carry
    if _THEIR.search(clause):
        # "#m admitted #c are in the market for a striker, with X top of their list": "their"
        # is the club an earlier clause of the sentence had as its subject
        return _earlier_subject(masked[:offset], clubs_of, manager_idx)
    return _NONE


def _coordinated_subject(k: int, clause: str, offset: int, masked: str, clubs_of: dict[int, tuple[str, ...]],
                         manager_idx: set[int]) -> list[str]:
    """"#c sold X to #c2 on Friday and brought Y back from #c3": a verb phrase joined by "and"
    to the sentence's first one has its subject, not the club the first phrase named."""
    if not k or not masked[max(0, offset - 5):offset].rstrip().endswith("and") or not _VERB_FIRST.match(clause):
        return _NONE
    m = _LEAD_CLUB.match(masked)
    if m is None or int(m.group(1)) not in clubs_of or int(m.group(1)) in manager_idx:
        return _NONE
    return list(clubs_of[int(m.group(1))])


_LEAD_CLUB = re.compile(r"(?:the\s+)?#c(\d+)#\s+(?:[a-z]+\s+){0,3}?(?:have|has|had|were|was|are|is|[a-z]+ed|sold|bought|brought|"
                        r"sent|made|took|gave|paid|got|struck|kept|let|lost|won)\b")


_VERB_FIRST = re.compile(r"(?:also\s+|then\s+|later\s+|now\s+)?(?:[a-z]+ed|brought|sold|bought|sent|made|took|gave|paid|got|"
                         r"struck|kept|let)\b")


def _clause_time(s: Sent, pasts: list[bool] | None, k: int, clause: str, today: dt.date) -> tuple[bool, When | None]:
    """The clause's past flag and time: the sentence's, unless the clauses differ."""
    if pasts is None:
        return s.past_ctx, s.when
    # the time belongs to its clause: "spent last season on loan at #c, having joined
    # #c in January 2022" dates the loan by "last season", and an undated clause stays undated
    own = find_when(clause, today)
    return pasts[k], (own if own is not None and is_before_window(own, today) else None)


def _clause_focus(k: int, clause: str, offset: int, s: Sent, resolved: dict[int, str],
                  claims_here: list[Draft]) -> str | None:
    """The player a later clause naming none is about, from the sentence around it."""
    masked = s.masked
    if not k or "#p" in clause or "#a" in clause:
        return None
    if masked[:2] == "#p":
        # "X, 27, has scored 11 goals and is also wanted by #c": the sentence's subject
        wf = _subject_player(masked, s)
        if wf is not None:
            return wf
    if masked[:2] == "#c" and _GERUND_START.match(clause):
        # "Gladbach defender X has completed his move to #c after snubbing #c2": the
        # described player the sentence opens with
        om = _OWNED_SUBJECT.match(masked)
        if om and is_owner_mid(om.group(1)) and s.mentions[int(om.group(2))].kind == "player":
            return s.mentions[int(om.group(2))].names[0]
    if _POSSESSIVE.search(clause) or _ALSO.search(clause) or _DESCRIBED_PLAYER.search(clause) or _RIVALS_FOR_HIM.search(clause) \
            or _answers_clause_before(clause, masked, offset):
        # "#c1 had tried to sign X, while #c2 were ready to meet his release clause", "..., and #c2
        # are keen on the former #c3 defender": the one player before
        wf = _only_player_before(masked, offset, s, resolved)
        if wf is not None:
            return wf
    if claims_here and _SITUATION.search(clause):
        # "#c1 have made contact with the player's entourage, while #c2 are monitoring the
        # situation": the one player of the sentence's claims so far
        got_players = {c.player for c in claims_here}
        if len(got_players) == 1:
            return next(iter(got_players))
    return None


_PLAYER_OPENS = re.compile(r"(?:[^#,;]{0,40},\s+)?(?:the\s+)?#p\d+#")


def _after_sentence(s: Sent, st: _Reading, sent_suitors: list[str], clubs_of: dict[int, tuple[str, ...]],
                    manager_idx: set[int], local_focus: str | None, first_here: str | None,
                    resolved: dict[int, str], n_before: int) -> None:
    """What the next sentence inherits from this one."""
    if s.source is not None and (st.last_claims[0] == s.idx - 1 or _THE_NEWS.search(s.masked)):
        _credit_back(s, st, resolved, n_before)
    if len(st.claims) > n_before:
        st.last_claims = (s.idx, n_before)
    if sent_suitors:
        st.last_suitors = sent_suitors
    else:
        # (a manager stands for no subject, but "Gerrard's side, who ..." is his club)
        side = _MANAGER_SIDE.match(s.masked)
        subj = [clubs_of[i] for i in sorted(clubs_of) if i not in manager_idx
                or (side is not None and i == int(side.group(1)))]
        if subj:
            st.last_suitors = list(subj[0])
    # (not a club another player's move went to: "X has moved to Aston Villa. Y has arrived from
    # Everton" is a list of departures and then an arrival at the club the article is about)
    gone_to = {c.club for c in st.claims[n_before:] if c.kind in ("signed", "loan", "agreement") and not c.past}
    went_to = {int(m.group(1)) for m in _GONE_TO.finditer(s.masked)} if gone_to else set()
    named = [clubs_of[i][0] for i in sorted(clubs_of)
             if not (clubs_of[i][0] in gone_to and i in went_to)
             and not (gone_to and f"from #c{i}#" in s.masked)]  # (nor the club a move came from)
    if st.claims[n_before:] and all(c.past for c in st.claims[n_before:]):
        # (nor the clubs of a career told as background, only the club the sentence has as its
        # subject or names by its staff: "... he is the second signing Juventus manager X has made")
        now = {int(m.group(1) or m.group(2)) for m in _CLUB_OF_NOW.finditer(s.masked)}
        named = [clubs_of[i][0] for i in sorted(clubs_of) if i in now]
    if named:
        st.context_club = named[-1]
    st.focus = first_here or local_focus  # the next sentence's anaphors mean this one's subject
    if first_here or resolved:
        # "Next, Ivan Toney. ... Arsenal and Chelsea are both keen": the paragraph's player
        st.para_player = first_here or next(iter(resolved.values()))
    if len(st.claims) > n_before:
        first = st.claims[n_before].player
        if all(c.player == first for c in st.claims[n_before + 1:]):
            st.last_claim_player = first
            st.last_claim_at = s.idx


_GERUND_START = re.compile(r"[a-z]+ing\b")
# a club a background sentence still names as itself: its subject, or by its staff
_CLUB_OF_NOW = re.compile(r"^#c(\d+)#|#c(\d+)#(?:'s)?\s+(?:manager|boss|head\s+coach|coach|president|chairman|sporting\s+director|director)\b")
# the club a player went to, by the words before it ("has moved to #c3#", "has joined newly promoted #c3#")
# (a lookahead, so that every start is tried: the clubs a finditer gives are those each search gave)
_GONE_TO = re.compile(r"(?=\b(?:to|joined|joins|joining|rejoined|signed\s+for)\s+(?:[\w-]+\s+){0,2}?#c(\d+)#)")


_OWNED_SUBJECT = re.compile(r"#c\d+#((?:'s)?\s+(?:[\w-]+\s+){1,3}?)#p(\d+)#\s+(?:has|have|is|was|had)\b")


# the player a sentence opens with, when a verb follows him ("X sat out the draw and ..."): any
# lower-case word but the ones that go on a noun phrase or begin an aside
_SUBJECT_PLAYER = re.compile(r"#p(\d+)#(?:,\s+\d{1,2},|,\s+whose\s+[^,;]{1,80},)?\s+"
                             r"(?!(?:and|or|of|to|in|on|at|for|with|from|by|as|the|a|an|who|whose|which|that|but|nor|"
                             r"plus|than|like|after|before|into|over|under|while|when|if|because)\b)[a-z]{2,}\b")


_DESCRIBED_PLAYER = re.compile(r"\bthe\s+(?:former\s+|ex-|current\s+)?(?:[\w-]+\s+)?#c\d+#\s+(?:[\w-]+\s+)?(?:"
                               r"defender|midfielder|striker|forward|winger|goalkeeper|keeper|full-back|centre-back|"
                               r"left-back|right-back|playmaker|attacker|captain|star|international|man)\b")
_POSSESSIVE = re.compile(r"\b(?:his|her)\b")


_ALSO = re.compile(r"#c\d+#\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:also|too|both|all)\b")  # "..., with #c also interested"
# "#c are exploring a deal for X, but they face stiff competition from #c2": the rivals want the same player
_RIVALS_FOR_HIM = re.compile(r"\b(?:face|faces|facing|fend off|fending off|see off|seeing off|beat off|beating off)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:competition|rivalry|opposition|interest)\s+(?:from|of)\b")
# "..., although #c remain keen", "..., with #c leading the chase": a club answering the clause before
_CONJOINED_CLUB = re.compile(r"(?:although|though|but|while|whilst|whereas|with|and|where)\s+(?:the\s+)?#c\d+#\s")
_CONJ_BEFORE = re.compile(r"\b(?:although|though|but|while|whilst|whereas|with|and|where),?\s*$")
_CLUB_START = re.compile(r"(?:(?:although|though|but|while|whilst|whereas|with|and|where)\s+)?(?:the\s+)?#c\d+#[\s,]")


def _answers_clause_before(clause: str, masked: str, offset: int) -> bool:
    """A clause that opens with a club and hangs on the one before by a conjunction."""
    return bool(_CLUB_START.match(clause)) and bool(
        _CONJOINED_CLUB.match(clause) or _CONJ_BEFORE.search(masked, max(0, offset - 10), offset))


def _only_player_before(masked: str, offset: int, s: Sent, resolved: dict[int, str]) -> str | None:
    names = {s.mentions[int(i)].names[0] for i in PLAYER_PH.findall(masked, 0, offset)
             if s.mentions[int(i)].kind == "player"}
    if "#a" in masked:  # "tried to sign the Netherlands international, and #c have been monitoring his progress"
        names.update(resolved[int(i)] for i in _ANAPH_PH_IDX.findall(masked, 0, offset) if int(i) in resolved)
    return names.pop() if len(names) == 1 else None




_ANAPH_PH_IDX = re.compile(r"#a(\d+)#")


def _subject_player(masked: str, s: Sent) -> str | None:
    m = _SUBJECT_PLAYER.match(masked)
    return s.mentions[int(m.group(1))].names[0] if m else None


_SUBJECT_CLUB = re.compile(r"^(?:[^#;]{0,60}?\bthat\s+)?(?:the\s+)?#c(\d+)#\s+(?:have|has|had|are|is|were|was|also|had also|have also|were also|are also|"
                           r"will|would|could|already|still|want|wants|need|needs)\b")


# the subject club of a sentence's main clause, after an opening phrase ("With the money, #c have ...")
_SIGNING_OF = re.compile(r"#c(\d+)#'s\s+(?:[\w-]+\s+){0,3}?(?:signing|signings|arrival|arrivals|recruit|recruits|addition|additions)\b")
# (after a live blog's timestamp too: "10:05 Stoke have made their first move of the day: ...")
# ("#c, beaten to the title by #c2, have ...": an aside between the club and its verb)
_SENTENCE_SUBJECT = re.compile(r"(?:^|^[^#;]{0,40}?,\s+|^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[-–—:]?\s*)(?:the\s+)?#c(\d+)#"
                               r"(?:,\s+[a-z](?:[^,;#]|#c\d+#){0,60}?,)?\s+"
                               r"(?:have|has|had|are|is|were|was|will|would|could|"
                               r"already|also|still|remain|remains|then|finally|now|[a-z]{3,}ed)\b")


_RELATIVE_WORD = re.compile(r"\b(?:who|which|whom)\b")
_BARE_VERB_START = re.compile(r"^(?:also\s+|then\s+|later\s+|now\s+|have\s+|has\s+|had\s+|since\s+)*(?:[a-z]+(?:ed|ew|ent|ook|ade|aid|ought|old|ound|ave|en)|"
                             r"(?:are|is|were|was|will|would|could|remain|remains)\s+(?:also\s+|now\s+|still\s+)?[a-z]+)\b")


def _subject_club(clause: str, clubs_of: dict[int, tuple[str, ...]], manager_idx: set[int]) -> list[str]:
    m = _SUBJECT_CLUB.match(clause)
    if not m:
        return []
    i = int(m.group(1))
    return list(clubs_of[i]) if i in clubs_of and i not in manager_idx else []


_NONE: list[str] = []  # never changed


_OPENING_CLUB = re.compile(r"(?:the\s+)?#c(\d+)#\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:s|ed|ew|ent|ook|ade|ave)?\b(?!\s*#)")


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
        m0 = CLUB_PH.match(head)
        if m0 and int(m0.group(1)) in manager_idx:
            found = [clubs_of[int(m0.group(1))][0]]
    return found




_BY_BEFORE = tail_gated(re.compile(r"\bby\s+$"))


_PLAYER_PAIR = re.compile(r"#p\d+#[^#;]{0,60}\band\s+#p\d+#")


_GROUP = re.compile(r"\b(?:clubs|sides|teams|suitors|a number of|several|many)\b")


# the nouns of players nobody names ("two new strikers", "a replacement")
_UNNAMED = (r"strikers?|defenders?|midfielders?|forwards?|wingers?|goalkeeper|centre-back|signings?|reinforcements?|"
            r"replacements?|players")
# "a new striker", "an England midfielder", "another young Brazilian winger": nobody named
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:(?!(?:for|of|the|to|with|from|in|on|at|and|his|her|their|its|deal|move|bid|offer)\b)[a-z0-9-]+\s+|#c\d+#(?:'s)?\s+){0,4}?(?:striker|defender|midfielder|forward|winger|goalkeeper|centre-back)\b|"
                         r"\b(?:a|an|another|several|some|new|other|two|three|four|five|six)\s+(?:new\s+|central\s+|young\s+)?"
                         rf"(?:targets?|{_UNNAMED})\b|\bseveral targets\b|\breinforcements\b|"
                         # "once two of their defenders had been sold to #c": others of a squad, the subject
                         r"\b(?:one|two|three|four|some|several|any|both|all|most)\s+of\s+(?:their|its|his|her|the)\s+"
                         rf"(?:[\w-]+\s+)?(?:{_UNNAMED}|team-?mates)\s+(?:had|have|has|were|was|are|is|would|will)\b")


# What a club does for its squad in general, not about one player.
_GENERIC = re.compile(r"\b(?:options|alternatives|other (?:players|targets|names)|others|strengthen|bolster|reinforce|"
                      r"squad|market|replacement|replacements|budget|a number of|several|defence|attack|midfield)\b")


# also a club named by what it is: "the nine-time French champions have already signed ..."
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|their|the club)\b|^the\s+(?:[\w-]+\s+){0,3}?(?:champions|giants|holders|side|outfit)\b")


_RIVAL_WITH = re.compile(r"(?:battle|tug-of-war|race|competition|fight|tussle|battling|competing|linked|auction|bidding war)\s+with\s+"
                         r"(?:the\s+)?(?:(?:[\w.-]+\s+){0,3}?(?:side|club|outfit|team)\s+)?$")


_LOAN_NEAR = re.compile(r"\bloan\s+(?:signing|deal|move|spell|switch)\b|\bon (?:a\s+|an\s+)?(?:(?:season-long|temporary|six-month|two-year|initial|one-year|short-term|half-season|year-long)\s+){0,2}loan\b|\btemporary (?:basis|deal|transfer|switch|move)\b|"
                        r"\bloan (?:deal|move|spell)\b")


_SAID_THEY = re.compile(r"#c(\d+)#,?\s+(?:have\s+|has\s+)?(?:said|confirmed|announced|stated|revealed|explained)\s+"
                        r"(?:that\s+)?(?:they|it)\b"
                        # (not "#c have confirmed they have agreed a fee with #c2 for X": the buyer's own deal)
                        r"(?!\s+(?:have|has|had)\s+(?:now\s+|finally\s+)?agreed\s+(?:a\s+)?(?:fee|deal|terms)\s+with\s+#c\d+#\s+(?!for\s+the\s+sale))")




_LOAN_ENDED = re.compile(r"\bfrom\s+(?:his|her|a|the)\s+(?:[\w-]+\s+)?loan\b")


_NEEDS_CLUB = re.compile(r"\b(?:move|go|switch|transfer)\s+to\s*$")


_NOT_SUITOR_ROLES = frozenset({"with", "seller", "owner", "from", "speaker"})


_SIMPLE_PAST = re.compile(r"(?:joined|signed|moved|arrived|completed|sealed|snapped|spent|came|cost|moving|switching|joining|left|went|"
                          r"returned|swapped|switched)\b")


_NOW_WORDS = re.compile(r"\b(?:has|have|today|tonight|yesterday|this (?:week|morning|afternoon|evening)|"
                        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")


_COND_TAIL = re.compile(r"\s(?:if|unless)\s")




_UNDER_BEFORE = re.compile(r"\bunder\s+$")


_SHARED_ROLES = frozenset({"at", "dest", "from", "pastclub", "rival", "bidder", "with"})


_HIS_OLD_CLUB = re.compile(r"\bhis\s+(?:former|old)\s+club\s+$")
# (past an aside or a time, as a career lists its clubs: "#c1 (whom he joined in 2012), #c2 on loan in
# the 2015-16 season and #c3")
_COORD_CLUB = re.compile(r"(?:\s*\([^()]*\)|\s+on\s+loan|\s+(?:in|from|until|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:\d{4}(?:-\d{2,4})?|season|campaign|summer|january|winter))*"
                         r"(?:(?:,\s*|\s+)(?:and|or|&)\s+$|,\s*$)")


# between two listed subjects: a bracket or an age after the first, then a comma or "and", then
# what describes the next ("and the clubless X", "and goalkeeper X"), never a verb of its own
_COORD = re.compile(r"^(?:\s*\((?:[^()#]|#[mc]\d+#)*\))?(?:,\s*(?:\d{1,2}\s*,\s*)?)?\s*(?:and|&|joins|,)\s*"
                    r"(?:(?:the|an?)\s+)?(?:(?!(?:that|to|who|which|then|also|as|with|has|have|had|is|are|was|were|will|"
                    r"would|could|can|may|might|must|should|do|does|did|not)\b)(?![a-z]+ed\b)[a-z][\w'-]*\s+){0,3}$")


@dataclass(slots=True)
class Scope:
    """What the clauses of one sentence share while their claims are read."""

    s: Sent
    resolved: dict[int, str]  # anaphor index -> player
    clubs_of: dict[int, tuple[str, ...]]  # club or manager index -> clubs
    manager_idx: set[int]
    reg: Registry
    roles: Roles
    article: Article


@dataclass(slots=True)
class Context:
    """What one clause inherits from the sentence and the article around it."""

    sent_suitors: list[str]  # suitors of the sentence's earlier clauses (or a carried subject)
    last_suitors: list[str]  # suitors of the last sentence, for a pronoun subject
    context_club: str | None  # where an implicit destination falls back to
    focus: str | None  # the player a strong trigger falls back to
    past_ctx: bool
    weak_focus: str | None  # the player a clause naming none may be about
    sent_when: When | None = None
    clause_at: int = 0
    moved_to: frozenset[str] = frozenset()  # clubs other players moved to earlier in the sentence


@dataclass(slots=True)
class Slots:
    """The placeholders of a clause, as (mention index, start, end), and each club's role."""

    clubs: list[tuple[int, int, int]]
    players: list[tuple[int, int, int]]
    anaphors: list[tuple[int, int, int]]
    money: list[tuple[int, int, int]]
    roles: dict[int, str]


def clause_claims(clause: str, sc: Scope, cx: Context) -> list[tuple[Draft, list[str]]]:
    """The claims of one clause, each with the suitors its trigger found."""
    # a claim needs a suitor: a club in the clause, the sentence's suitors so far, or the
    # last ones through a pronoun subject; without any of them there is nothing to find
    if "#c" not in clause and not cx.sent_suitors and not (cx.last_suitors and _PRONOUN_SUBJECT.search(clause)) \
            and not ("#p" in clause and _ARRIVED.search(clause)) and not (cx.clause_at and (_WHERE_ANTECEDENT.search(sc.s.masked, 0, cx.clause_at)
                                       or _CLUB_HEADLINE.match(sc.s.masked, 0, cx.clause_at))):
        return []
    triggers = find_triggers(clause)
    if not triggers:
        # "looking to bring in #c's #p", "scrapping to take #c striker #p": the player's club
        # before his name hides him from a phrase written for "bring in #p"; read the phrase
        # with it blanked (same length, so every offset holds) when nothing else is read
        bare = _OWNER_BEFORE_PLAYER.sub(lambda m: "x" * len(m.group(0)), clause)
        # ("have bought France left back X", "confirm the signings of Polish pair X and Y": the
        # words that describe him hide him from "bought #p" the same way)
        bare = _DESCRIPTION_BEFORE_PLAYER.sub(lambda m: " " * len(m.group(0)), bare) if "#p" in bare else bare
        triggers = find_triggers(bare) if bare != clause else []
    if not triggers:
        return []
    sl = _slots(clause, sc)
    out: list[tuple[Draft, list[str]]] = []
    timing = _ClauseTime(clause, sc.s, sc.article.date)
    for t in triggers:
        kind = None if t.negated or t.kind == "none" else _adjusted_kind(clause, t)
        if kind is None:
            continue
        sl_t = _own_part(sl, t, triggers)
        found = _suitors(clause, t, kind, sl_t, sc, cx)
        if found is None:
            continue
        suitors, suitors_idx, implicit = found
        players = _players(clause, t, kind, sl, sc, cx, suitors, implicit)
        if players:
            _emit(out, clause, t, kind, sl, sc, cx, suitors, suitors_idx, implicit, players, timing)
    _note_sellers(out, sl, sc)
    return out


_OWNER_BEFORE_PLAYER = re.compile(r"#c\d+#(?:'s?)?(?=\s+(?:[\w-]+\s+){0,3}?#p\d+#)")
_DESCRIPTION_WORDS = sorted({*NATIONALITY, *POSITIONS, *(p.replace(" ", "-") for p in POSITIONS), *PLAYER_NOUNS,
                             "pair", "duo", "trio", "young", "teenage", "veteran", "experienced", "former", "ex",
                             "highly-rated", "versatile", "attacking", "defensive", "central"}, key=len, reverse=True)
_DESCRIPTION_BEFORE_PLAYER = re.compile(
    r"(?<![\w-])(?:(?:\d{2}-year-old|" + "|".join(re.escape(w) for w in _DESCRIPTION_WORDS) + r")\s+){1,4}(?=#p\d+#)")
_NEW_VERB_PHRASE = re.compile(r"\band\s+(?:then\s+|also\s+)?(?:went|go|goes|has gone|made|make|makes|scored|played|"
                              r"started|came|comes|will|would|could|is|was|has|had)\b")


def _own_part(sl: Slots, t: Trigger, triggers: list[Trigger]) -> Slots:
    """A mover's clubs end where the next mover's subject starts: "X joined #c1 for #m and Y left
    for #c2" gives X #c1 only."""
    if not t.mover:
        return sl
    for t2 in triggers:
        if t2.start > t.end and t2.mover and any(t.end < a < t2.start for _i, a, _b in sl.players):
            cut = max(a for _i, a, _b in sl.players if t.end < a < t2.start)
            clubs = [c for c in sl.clubs if c[1] < cut]
            return replace(sl, clubs=clubs) if len(clubs) < len(sl.clubs) else sl
    return sl


def _slots(clause: str, sc: Scope) -> Slots:
    places = [(int(m.group(2)), m.group(1), m.start(), m.end()) for m in _PLACEHOLDER.finditer(clause)]
    clubs = [(i, a, b) for i, letter, a, b in places if letter == "c" and i in sc.clubs_of]
    return Slots(clubs=clubs,
                 players=[(i, a, b) for i, letter, a, b in places if letter == "p" and sc.s.mentions[i].kind == "player"],
                 anaphors=[(i, a, b) for i, letter, a, b in places if letter == "a" and i in sc.resolved],
                 money=[(i, a, b) for i, letter, a, b in places if letter == "m"],
                 roles=_club_roles(clause, clubs, sc))


def _club_roles(clause: str, club_ph: list[tuple[int, int, int]], sc: Scope) -> dict[int, str]:
    """Each club's role from the role table, then what the clause as a whole says of it."""
    croles = {i: club_role(clause, a, b) for i, a, b in club_ph}
    if _SAID_THEY.search(clause):
        # "#c said they had held talks with #c2 / turned down an offer": the speaker is the seller
        for m in _SAID_THEY.finditer(clause):
            i = int(m.group(1))
            # only with a counterparty named ("... held talks with #c2"): else the speaker is
            # the buyer announcing its own deal ("said they were delighted to confirm")
            if i in croles and any(croles[j] in ("with", "bidder") for j in croles if j != i):
                croles[i] = "speaker"
    for i, a, _b in club_ph:
        if croles[i] == "subject" and _UNDER_BEFORE.search(clause[max(0, a - 12):a]):
            croles[i] = "under"  # "did not play under Guardiola": his club then, no suitor
    # (not "Mowbray's squad": a possessive manager stands for his club, not for a man with a past)
    managers_here = [i for i, _a, b in club_ph if i in sc.manager_idx and croles[i] != "under"
                     and not clause.startswith("'", b)]
    # "on loan at #c1# and #c2#": a club coordinated with the one before it shares its role
    for k in range(1, len(club_ph)):
        prev, cur = club_ph[k - 1], club_ph[k]
        if croles[cur[0]] == "subject" and croles[prev[0]] in _SHARED_ROLES and _COORD_CLUB.match(clause, prev[2], cur[1]):
            croles[cur[0]] = croles[prev[0]]
    # "Postecoglou ... at Celtic", "Alonso ... his old club Liverpool": a manager's former club
    # (a player's old club is a club like any other: "his former club #c want him back")
    for i, a, _b in club_ph:
        if ((croles[i] == "at" or _HIS_OLD_CLUB.search(clause, max(0, a - 20), a)) and managers_here and i not in sc.manager_idx
                and all(sc.clubs_of[m][0] != sc.clubs_of[i][0] for m in managers_here)):
            croles[i] = "pastclub"
    return croles


@dataclass(frozen=True, slots=True)
class _Mood:
    kinds: frozenset[str]
    where: str
    reach: int
    rx: Any
    at_start: re.Pattern[str] | None
    within: re.Pattern[str] | None
    to: str | None


def _mood_rx(cue: MoodCue) -> Any:
    rx = re.compile(cue.pattern)
    return tail_gated(rx) if cue.where in ("before", "head") and cue.pattern.endswith("$") else gated(rx)


_MOODS = [_Mood(frozenset(c.kinds), c.where, c.reach, _mood_rx(c), re.compile(c.at_start) if c.at_start else None,
                re.compile(c.within) if c.within else None, c.to) for c in MOOD_CUES]


def _adjusted_kind(clause: str, t: Trigger) -> str | None:
    """The trigger's kind in its tense and mood (rules/moods.py), or None when it says nothing."""
    kind = t.kind
    for m in _MOODS:
        if kind not in m.kinds:
            continue
        if m.at_start is not None and not m.at_start.match(clause, t.start):
            continue
        if m.within is not None and not m.within.search(clause, t.start, t.end):
            continue
        if m.where == "after":
            hit = m.rx.match(clause[t.end:t.end + m.reach])
        else:
            lo = 0 if m.where == "head" else max(0, t.start - m.reach)
            hit = m.rx.search(clause[lo:t.end if m.where == "around" else t.start])
        if hit:
            if m.to is None:
                return None
            kind = m.to
    # loans inside a completed-move clause: "has joined Juventus on loan"
    if (kind == "signed" and _LOAN_NEAR.search(clause[max(0, t.start - 10):t.end + 90].split(",", 1)[0])
            and "permanent" not in clause[t.start:t.end]):  # "made the loan move of X permanent": a transfer
        kind = "loan"
    return kind


def _suitor_indexes(clause: str, t: Trigger, kind: str, sl: Slots, cx: Context) -> list[int]:
    """The clubs the trigger's claim is by: by kind, from the clubs whose role allows it."""
    croles = sl.roles
    if t.past:
        # "the former #c1, #c2 and #c3 loan man": a background phrase names its own clubs
        named = [i for i, a, _b in sl.clubs if t.start <= a < t.end]
        if named:
            return named
    pastclubs = [i for i, *_ in sl.clubs if croles[i] == "pastclub"]
    if pastclubs and kind in ("signed", "loan") and any(croles[i] == "dest" and a >= t.end for i, a, _b in sl.clubs):
        # "while at #c1 he was loaned out to #c2 and #c3": his club then is the time of the moves, not their club
        pastclubs = []
    if pastclubs:
        return pastclubs
    cands = [(i, a, b) for i, a, b in sl.clubs if croles[i] not in SUITOR_LESS]
    cm = _COND_TAIL.search(clause, t.end)
    if cm:  # "set for a move to #c1 if #c2 sell": the condition's clubs are no suitors
        cands = [x for x in cands if x[1] < cm.start()]
    before_t = [i for i, a, b in cands if b <= t.start]
    after_t = [i for i, a, b in cands if a >= t.start]
    if kind in ("signed", "loan") or (t.kind in ("signed", "loan") and kind == "agreement"):
        # (also a move the mood makes agreed: "have finished negotiating X's loan to #c")
        dest = [i for i, a, b in cands if croles[i] == "dest"]
        inside = ([i for i, a, b in cands if croles[i] == "dest" and t.start <= a < t.end]
                  if "#p" in clause[t.start:t.end] or "#a" in clause[t.start:t.end] else None)
        if inside:  # "#p's transfer to #c2" beside "a switch to #c1": the club the phrase names
            return inside
        if t.mover:
            # "a sale for #c1, after X left for #c2": the club the mover's phrase leads to, not one before it
            right_after = [i for i, a, b in cands if croles[i] == "dest" and t.end <= a <= t.end + 1]
            if right_after and any(croles[i] == "dest" and b <= t.start for i, a, b in cands):
                return right_after
        start_of = {i: a for i, a, _b in sl.clubs}
        after_by = [i for i in after_t if _BY_BEFORE.search(clause[:start_of[i]])]
        subj = [i for i in before_t if croles[i] in ("subject", "bidder", "with")]
        if kind == "loan":  # "spent time on loan at #c1# and #c2#": after the trigger first, the nearest role
            near = [i for i in after_t if croles[i] in ("dest", "at")]
            if near:
                dest = [i for i in near if croles[i] == croles[near[0]]]
        # "has signed a contract and went straight into the squad for the tie at #c": a club
        # past a new verb phrase is not the signing's
        after = [i for i in after_t if croles[i] in ("with", "at", "subject")
                 and not _NEW_VERB_PHRASE.search(clause, t.end, start_of[i])]
        # "surpassing the #m #c2 paid for X": the club that paid, inside the phrase, not the sentence's subject
        payer = [i for i, a, b in cands if t.start <= a < t.end and _PAYS.match(clause, b)]
        return dest or after_by or payer or subj or after
    if kind == "bid" and any(croles[i] == "bidder" for i, *_ in cands):
        return [i for i, *_ in cands if croles[i] == "bidder"]
    if kind == "ended":
        return _ended_suitors(clause, t, cands, croles, before_t)
    rivals = [i for i, a, b in cands if croles[i] == "with" and _RIVAL_WITH.search(clause[max(0, a - 40):a])]
    # ("the chase for X, whose loan at #c2 has a break clause": where he plays is no suitor of a
    # link, unless the clause names no other club)
    others = [i for i, a, b in cands if croles[i] not in ("with", "at")] or [i for i, a, b in cands if croles[i] == "at"]
    # (by the phrase, not the mood: "trying to reach an agreement with #c" is wanted, its #c still the counterparty)
    deal_phrase = kind in ("talks", "agreement") or t.kind in ("talks", "agreement")
    if not others and not rivals and cx.sent_suitors and deal_phrase:
        return []  # "after agreeing a fee with #c": the counterparty; the buyer came before
    if not others and not rivals and cx.last_suitors and (deal_phrase or kind == "bid") \
            and _PRONOUN_SUBJECT.search(clause, 0, t.start):
        return []  # "The club agreed a fee with #c for X": the club of the sentence before
    if others:
        return others + rivals
    return [i for i, *_ in cands]


def _ended_suitors(clause: str, t: Trigger, cands: list[tuple[int, int, int]], croles: dict[int, str],
                   before_t: list[int]) -> list[int]:
    """The clubs a withdrawal is by: named inside it, right after it, its subject, else a club whose move collapsed."""
    return ([i for i, a, b in cands if t.start <= a < t.end]  # "put an end to #c's pursuit"
            or [i for i, a, b in cands if t.end <= a <= t.end + 1 and croles[i] == "bidder"]  # "ward off interest from #c"
            or [i for i in before_t if croles[i] in ("subject", "bidder")]
            or _with_listed(clause, [(i, a, b) for i, a, b in cands if a >= t.start and croles[i] in ("subject", "bidder")
                                     and not _subordinate(clause, t, a)])
            or [i for i in before_t if croles[i] == "dest"][-1:])  # "X's move to #c has collapsed"


def _listed(clause: str, items: list[tuple[_T, int, int]], gap: re.Pattern[str]) -> list[_T]:
    """The first item (value, start, end) and those listed right after it: each next one
    while the text between it and the one before is wholly `gap`."""
    out = [items[0][0]] if items else []
    for (_v, _a, end), (value, start, _b) in pairwise(items):
        if not gap.fullmatch(clause, end, start):
            break
        out.append(value)
    return out


_T = TypeVar("_T")


def _with_listed(clause: str, clubs: list[tuple[int, int, int]]) -> list[int]:
    """The first club and those listed right after it ("a move to #c1 or #c2")."""
    return _listed(clause, clubs, _LISTED_CLUB)


# "went no further once they understood that #c want to renew him": a club past a
# subordinating word is the subject of another verb, not the one that gave up
_SUBORDINATE = re.compile(r"\b(?:that|once|because|when|since|until|unless|after|before|following)\b")


def _subordinate(clause: str, t: Trigger, a: int) -> bool:
    return a >= t.end and _SUBORDINATE.search(clause, t.end, a) is not None


_PAYS = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:paid|spent|splashed|handed over|shelled out|forked out|gave)\b")
_LISTED_CLUB = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?")


def _suitors(clause: str, t: Trigger, kind: str, sl: Slots, sc: Scope,
             cx: Context) -> tuple[list[str], list[int], bool] | None:
    """(suitors, their indexes, implicit) for a trigger, or None when it has no suitor at all.
    Implicit: a completed move whose destination the clause leaves out ("X arrived from #c")."""
    if kind == "bid" and _UNNAMED_BIDDER.match(clause, t.end):
        return None  # "an offer has arrived from a second-tier side": a club the text does not name
    suitors_idx = _suitor_indexes(clause, t, kind, sl, cx)
    suitors = list(dict.fromkeys(name for i in suitors_idx for name in sc.clubs_of[i]))
    if suitors:
        return suitors, suitors_idx, False
    head = clause[:t.start]
    if _GROUP.search(head):
        return None  # "Saudi Pro League sides are showing interest": an unnamed group
    none_named = all(sl.roles[i] in _NOT_SUITOR_ROLES or (kind == "ended" and _subordinate(clause, t, a))
                     for i, a, _b in sl.clubs)  # no club here can be one
    if (kind in ("signed", "loan") or (kind == "agreement" and t.mover)) and any(sl.roles[i] == "from" for i, *_ in sl.clubs):
        # (also a move agreed: "X is joining from #c with immediate effect", "X is set to join from #c")
        if none_named and cx.last_suitors and _PRONOUN_SUBJECT.search(clause, 0, t.start):
            return list(cx.last_suitors[:2]), suitors_idx, False  # "They have signed X from #c": the club before
        return [], suitors_idx, True
    if kind in ("signed", "loan") and t.mover and sl.clubs and all(sl.roles[i] == "owner" for i, *_ in sl.clubs):
        # "#c's midfielder X joins on loan for the season": he leaves the club he is tied to
        return [], suitors_idx, True
    if kind in ("signed", "loan") and t.mover and not sl.clubs and _ARRIVED.search(clause, t.start, t.end):
        return [], suitors_idx, True  # "X and Y have arrived on loan, and #c hold options": an arrival, somewhere
    if kind in ("signed", "loan") and cx.clause_at:
        # "... stay at #c, where he spent last season on loan": the place the clause hangs on
        m = _WHERE_ANTECEDENT.search(sc.s.masked, 0, cx.clause_at)
        if m is not None and int(m.group(1)) in sc.clubs_of:
            return list(sc.clubs_of[int(m.group(1))][:1]), suitors_idx, False
    if _NEEDS_CLUB.search(clause[t.start:t.end]):
        return None  # "would prefer a move to the Bernabeu": the club must be named here
    if cx.sent_suitors and none_named:
        # ("#c1, #c2 and #c3 had all enquired, but the new contract ends their hopes": all of them)
        reach = len(cx.sent_suitors) if kind == "ended" and _THEIR.search(clause, t.start, t.end) else 2
        return list(cx.sent_suitors[:reach]), suitors_idx, False
    if cx.last_suitors and none_named and _PRONOUN_SUBJECT.search(clause, 0, t.end):
        return list(cx.last_suitors[:2]), suitors_idx, False  # also "on their radar"; "the club ... #c defender X"
    heading = _club_heading(sc.s, _CLUB_HEADLINE) if none_named and cx.clause_at else None
    if heading is not None and cx.clause_at >= heading[1]:
        # "#c finally have their first big signing of the summer: the club announced that X has
        # signed": the club the sentence heads with, before its colon
        return [heading[0]], suitors_idx, False
    return None


_ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving|came\s+in|come\s+in)\b")
_WHERE_ANTECEDENT = re.compile(r"#c(\d+)#\s*,\s*where\s*$")
_CLUB_HEADLINE = re.compile(r"(?:[\d.:]{2,5}\s*[-–—]\s*)?#c(\d+)#[^:;#]{0,80}:\s")
_UNNAMED_BIDDER = re.compile(r"(?:\s+(?:had|has|have))?(?:\s+(?:arrived|come in|came in))?\s+(?:from|by)\s+(?:a|an|another|one|two|three|several|other)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:side|club|team|outfit|sides|clubs|teams)\b")


def _credit_back(s: Sent, st: _Reading, resolved: dict[int, str], n_before: int) -> None:
    """"X have had an offer for Y rejected, according to reports. The Daily Mail says the bid
    for him was turned down": a credited sentence that only tells more of the claims just
    read, about the same player, is their source when they had none."""
    about = set(resolved.values()) | {m.names[0] for m in s.mentions if m.kind == "player"}
    clubs = {n for m in s.mentions if m.kind == "club" for n in m.names}
    # (a sentence with claims of its own tells more of an earlier one only when it names its club)
    own = len(st.claims) > n_before
    # "Fiorentina announced the news in an official statement": the news just told
    news = not own and _THE_NEWS.search(s.masked) is not None
    # (a sentence with no claim of its own may tell more of any claim of the article: "The PA news agency
    # understands the deal could be worth £65m", two sentences after the signing it tells more of)
    for c in st.claims[0 if news or not own else st.last_claims[1]:n_before]:
        if (news or not own) and c.past:
            continue
        # ("The PA news agency understands the deal could be worth £65m": no name, the deal just told)
        if c.source is None and (news or ((c.player in about or (not about and (not clubs or c.club in clubs))) and (
                c.club in clubs or (not own and _TELLS_MORE[c.kind].search(s.masked))))):
            c.source = s.source
        elif c.source is None and not own and not about and c.kind == "bid" and _ANSWERED.search(s.masked):
            c.source = s.source  # "Everton have made an offer for X. Celtic rejected it, the Times reports."


# the seller's answer to the offer just told: "#c rejected it", "#c have turned the bid down"
_ANSWERED = re.compile(r"\b(?:rejected|turned\s+down|accepted|knocked\s+back|rebuffed|snubbed|dismissed)\s+(?:it|the\s+(?:offer|bid|approach|proposal))\b|"
                       r"\b(?:turned|knocked)\s+(?:it|the\s+(?:offer|bid|approach|proposal))\s+(?:down|back)\b")
_THE_NEWS = re.compile(r"\b(?:announced|confirmed|broke|revealed|reported)\s+(?:the|this)\s+(?:news|development)\b|"
                       r"\b(?:claim|claims|story|report|news)\s+(?:comes|came)\s+from\b")  # "The claim comes from TV 2"
_TELLS_MORE = {kind: re.compile(rf"\b(?:{words})\b") for kind, words in {
    "interest": "interest|target|move|pursuit|swoop", "talks": "talks|negotiations|approach|contact|discussions",
    "bid": "bid|offer|proposal", "agreement": "deal|agreement|fee|terms", "signed": "deal|move|transfer|signing|fee",
    "loan": "loan|deal|move", "ended": "interest|pursuit|move|deal|talks|bid|offer"}.items()}


_MANAGER_SIDE = re.compile(r"(?:the\s+)?#c(\d+)#'s\s+(?:side|men|team|charges|squad|troops|outfit)\b")


# a live-blog entry or gossip item headed by a club ("19.20 - Torino again:", "Empoli busy:")
_HEADED_BY_CLUB = re.compile(r"(?:[\d.:]{2,5}\s*[-–—]\s*)?#c(\d+)#(?:\s+[\w-]+){0,7}\s*:\s")


def _club_heading(s: Sent, heading: re.Pattern[str]) -> tuple[str, int] | None:
    """The club a sentence heads with before a colon (_HEADED_BY_CLUB, _CLUB_HEADLINE), and
    where the heading ends."""
    m = heading.match(s.masked)
    if m is None:
        return None
    club = s.mentions[int(m.group(1))]
    return (club.names[0], m.end()) if club.kind == "club" and club.names else None


def _implicit_home(s: Sent, cx: Context) -> str | None:
    """Where a move that names no destination went: the sentence's suitor, else the club
    its "they" means ("they turned to X, who arrived from C"), else the club the section's
    heading names, else the last club named (both passed in as cx.context_club)."""
    # (not the club another player of the sentence went to: "X went to #c1; and Y joined on loan")
    home = next((c for c in cx.sent_suitors if c not in cx.moved_to), None)
    if home is not None:
        return home
    head = _club_heading(s, _HEADED_BY_CLUB)
    if head is not None:
        return head[0]  # "Torino again: X joins from #c on loan": the club the entry heads with
    if cx.last_suitors and _PRONOUN_SUBJECT.search(s.masked):
        return cx.last_suitors[0]
    subj = _LATER_CLUB_SUBJECT.search(s.masked)
    named = s.mentions[int(subj.group(1))] if subj is not None else None
    if named is not None and named.kind == "club" and named.names and named.text[:1].isupper():  # (not "the two clubs")
        return named.names[0]  # "X and Y have arrived on loan, and #c hold options to ..."
    at = _BEEN_AT.search(s.masked)
    if at is not None and s.mentions[int(at.group(1))].kind == "club" and s.mentions[int(at.group(1))].names:
        return s.mentions[int(at.group(1))].names[0]  # "X has been at #c since 2019, when he joined from #c2"
    opening = _OPENS_WITH_CLUB.match(s.masked)
    if opening is not None and s.mentions[int(opening.group(1))].kind == "club" and s.mentions[int(opening.group(1))].names:
        club = s.mentions[int(opening.group(1))].names[0]
        if club not in cx.moved_to:
            return club  # "#c's summer has been about rebuilding after the sale of X to #c2: Y has come in"
    return cx.context_club


# the club a sentence opens with, as its subject or its owner ("#c's summer has been ...")
_OPENS_WITH_CLUB = re.compile(r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[-–—:]?\s*)?(?:the\s+)?#c(\d+)#(?:'s)?(?!\s+(?:[\w-]+\s+){0,3}?#[pa])\s+[a-z]")
# the club the sentence says he is or was at: where a move it tells without a destination went
_BEEN_AT = re.compile(r"\b(?:has|have|had)\s+been\s+at\s+#c(\d+)#\s+(?:since|for)\b")
# the subject of a later clause of the sentence: the club the players who arrived are with
_LATER_CLUB_SUBJECT = re.compile(r"(?:,\s*|;\s*)(?:and|while|with)\s+#c(\d+)#\s+(?:now\s+|also\s+)?(?:have|has|hold|holds|are|is|will|can)\b")


def _players(clause: str, t: Trigger, kind: str, sl: Slots, sc: Scope, cx: Context,
             suitors: list[str], implicit: bool) -> list[str]:
    """Who the claim is about: the object after (or inside) the trigger, else the subject
    before it, else an anaphor, else the sentence's or the article's player."""
    s, resolved = sc.s, sc.resolved
    after = [(s.mentions[i].names[0], a, b) for i, a, b in sl.players  # (or inside: "#p's transfer to #c")
             if a >= t.start and not _RELATIVE_OF.match(clause, b)  # "#p's former team-mate #p2": #p2
             and not _OF_RELATIVE.search(clause, t.end, a)  # "#p, brother of #p2": #p
             and not _STANDS_IN_FOR.search(clause, t.end, a)]  # "want him as back-up for #p": him
    named_after = [n for n, _a, _b in after]
    before_ph = [(i, a, b) for i, a, b in sl.players if b <= t.start]
    an_after = [resolved[i] for i, a, b in sl.anaphors if a > t.start]
    an_before = [resolved[i] for i, a, b in sl.anaphors if b <= t.start or a == t.start]  # (or the trigger's own subject)
    # (an anaphor only as the verb's own subject: "he joins an attack that includes #p1 and #p2")
    an_subject = t.mover and not before_ph and any(b <= t.start and _SUBJECT_GAP.fullmatch(clause, b, t.start)
                                                   for _i, _a, b in sl.anaphors)
    if t.mover and (before_ph or an_subject) and not _COORD_SUBJECT_END.search(clause, 0, t.start):
        named_after = []  # "X came in from #c": the one who moves is the subject, not a name after the verb
    if t.mover and not before_ph and not an_before and _manager_moves(clause, t, sc, cx):
        return []  # "Roger Schmidt, who left PSV for Benfica": the coach's move, no player's
    first_named = min((a for i, a, b in sl.players if a >= t.start), default=None)
    first_an = min((a for i, a, b in sl.anaphors if a > t.start), default=None)
    if named_after and first_an is not None and first_named is not None and first_an < first_named \
            and kind == "ended" and first_an - t.end <= 2:
        # "have given up on the midfielder and turned their attention to #p": the object of the phrase
        return [resolved[i] for i, a, b in sl.anaphors if a == first_an]
    unnamed = _INDEFINITE_OBJECT.match(clause, t.end) if (
        (named_after or an_after) and not t.mover and kind in ("signed", "loan")) else None
    if unnamed is not None and not _NAMED_NEXT.match(clause, unnamed.end()):
        return []  # "spent #m on two midfielders, ... another player of #p's profile": nobody it names
    if named_after:
        pair = _PLAYER_PAIR.search(clause, t.start)
        head = [o for o in after if o[1] < pair.end()] if pair else []
        if pair and len(_listed(clause, head, _PAIR_REACH)) == len(head):
            # "#p1, #p2 and #p3": the pair and what comes before it, and a list that goes on after
            # it, but not a name past a new verb ("added #p1 and #p2, want #p3"), nor a pair the
            # first name does not reach ("#p is #c's signing, paid for by the sums received for #p2 and #p3")
            more = _listed(clause, head[-1:] + [o for o in after if o[1] >= pair.end()], _LIST_GAP)[1:]
            return list(dict.fromkeys([n for n, _a, _b in head] + more))
        return _object_list(clause, after)
    if an_after and (kind != "ended" or not before_ph):
        return an_after[:1]
    if before_ph and not t.mover and _INDEFINITE_OBJECT.match(clause, t.end):
        return []  # "with X and Y injured, they were glad to sign such a player": someone else, unnamed
    appos = _OPENING_APPOSITION.match(clause) if len(before_ph) > 1 else None
    if appos is not None and appos.end() <= t.start and before_ph[-1][1] < appos.end():
        # "#p, a midfielder who has drawn comparisons with #p2, had attracted interest from #c": the
        # subject, not a name inside his apposition
        return [s.mentions[int(appos.group(1))].names[0]]
    if before_ph:
        chain = [before_ph[-1]]
        for prev in reversed(before_ph[:-1]):
            if not _COORD.match(clause[prev[2]:chain[-1][1]]):
                break
            chain.append(prev)
        return list(dict.fromkeys(s.mentions[i].names[0] for i, *_ in reversed(chain)))
    if an_before:
        return an_before[-1:]
    if _PERSON_SUBJECT.match(clause, 0, t.start):
        return []  # "head coach #u has joined #c": someone the text names who is no player
    if t.strong and cx.focus and not _INDEFINITE.search(clause):
        return [cx.focus]
    if cx.weak_focus and not implicit and suitors and not _INDEFINITE.search(clause) and not _GENERIC.search(clause):
        return [cx.weak_focus]
    return []


# a clause that opens with its player and an apposition between commas ("#p, a midfielder who ..., ")
_OPENING_APPOSITION = re.compile(r"#p(\d+)#,\s+(?:a|an|the)\s[^,;]*,\s")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|is|was|will|now|also|then|later|finally|officially)\s+)*")
_MANAGER_BEFORE = re.compile(r"#c(\d+)#,?\s+(?:who\s+)?$")


def _manager_moves(clause: str, t: Trigger, sc: Scope, cx: Context) -> bool:
    """The mover is a manager: the clause opens with him, or is his relative clause."""
    head = clause[:t.start].strip()
    m = _MANAGER_BEFORE.search(sc.s.masked, 0, cx.clause_at) if not head else _MANAGER_BEFORE.fullmatch(head + " ")
    return m is not None and int(m.group(1)) in sc.manager_idx


def _object_list(clause: str, objects: list[tuple[str, int, int]]) -> list[str]:
    """The first object (name, start, end) and those listed with it: "signed X on a free, Y
    from #c and goalkeeper Z", "interested in X and in #c's Y". A list ends at a new verb."""
    # (a possessive is no listed object: "for #p1#, and above #p2#'s release clause")
    head, rest = objects[:1], [o for o in objects[1:] if not clause.startswith("'", o[2])]
    # (a name with a verb of its own opens the next item: "look at #p1, #p2 wanted in England")
    for k, o in enumerate(rest):
        if _OWN_VERB.match(clause, o[2]):
            rest = rest[:k]
            break
    return list(dict.fromkeys(_listed(clause, head + rest, _LIST_GAP)))


_OWN_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|could|joins|signs|moves|heads|wanted|linked|rebuffed|"
                       r"set|close|nears|eyed|targeted|offered|agrees|completes)\b")


# between the names up to a pair of players: anything but a verb of its own
_PAIR_REACH = re.compile(r"(?:(?!\b(?:paid|received|receive|receives|sold|sell|sells|by|which|that|who|after|before|"
                         r"while|but)\b)[^#;]|#[mc]\d+#)*")
# between two listed objects: what qualifies the first ("on a free", "from #c", "(£33m)"),
# then a comma or "and", then what describes the next ("goalkeeper", "in #c's Italy")
_LIST_GAP = re.compile(r"(?:\s+(?:on\s+(?:a\s+)?(?:free|loan)(?:\s+transfer)?|(?:from|of)\s+#c\d+#|for\s+#m\d+#|\((?:[^()#]|#[mc]\d+#)*\)|"
                       r"this\s+(?:window|summer|month)|last\s+(?:week|month)))*"
                       r"(?:,\s+and|,|\s+and|\s+as\s+well\s+as|(?<!#m\d#)(?<!#m\d\d#)\s+plus)\s+(?:in\s+|of\s+)?(?:#c\d+#(?:'s)?\s+)?"
                       r"(?:(?:[a-z]+-[\w'-]+|(?!(?:that|to|who|which|while|whereas|but|although|though|as|after|before|with|has|have|had|is|are|"
                       r"was|were|will|would|could|can|may|might|must|should|do|does|did|want|wants|need|needs|remain|remains|"
                       r"said|says|admits|insists)\b)(?![a-z]+ed\b)[a-z][\w']*)\s+){0,4}?")


class _ClauseTime:
    """A clause's own time and past words, looked up once however many triggers it has."""

    __slots__ = ("_clause", "_past_words", "_sent", "_today", "_when", "_when_known")

    def __init__(self, clause: str, s: Sent, today: dt.date) -> None:
        self._clause, self._sent, self._today = clause, s, today
        self._past_words: bool | None = None
        self._when: When | None = None
        self._when_known = False

    def past_words(self) -> bool:
        if self._past_words is None:
            self._past_words = PAST_WORDS.search(self._clause) is not None
        return self._past_words

    def own_when(self) -> When | None:
        if not self._when_known:
            # a clause that is the whole sentence states the sentence's time (timeframe found it)
            whole = self._clause == self._sent.masked
            self._when = (past_time(self._clause, self._sent.when, self._today) if whole
                          else time_of_clause(self._clause, self._today))
            self._when_known = True
        return self._when


_IN_THE_SUMMER = re.compile(r"\bin\s+the\s+summer\b(?!\s+of\b)")
_IN_THE_WINTER = re.compile(r"\bin\s+the\s+winter\b(?!\s+of\b)")


def _past_and_date(clause: str, t: Trigger, kind: str, sl: Slots, sc: Scope, cx: Context,
                   timing: _ClauseTime) -> tuple[bool, str | None]:
    """Whether the claim is background, and the event date when the text gives one."""
    pastclub = any(sl.roles[i] == "pastclub" for i, *_ in sl.clubs)
    past = pastclub or cx.past_ctx or timing.past_words() or t.past
    if kind == "loan" and not past and _LOAN_ENDED.search(clause, t.start, t.end):
        past = True  # "recalled X from his loan at #c": that loan is over, background to the news
    when = cx.sent_when if cx.past_ctx == sc.s.past_ctx else None
    if when is not None and past and not (cx.past_ctx or pastclub) and not is_before_window(when, sc.article.date):
        # "his loan at #c is over" in January: the phrase tells a finished spell, and the
        # sentence's time is when it ended (now), not when the move was made
        when = None
    if not past and kind in ("signed", "loan") and _SIMPLE_PAST.match(clause, t.start):
        # "X moved to #c on loan in the summer", told in a January article (or "in the winter",
        # told in August): the other window's move, background to this one's news (a wanted
        # move "in the summer" is the next one)
        month = sc.article.date.month
        if month <= 5 and _IN_THE_SUMMER.search(clause):
            return True, When(sc.article.date.year - 1, 7, False).label()
        if 6 <= month <= 11 and _IN_THE_WINTER.search(clause):
            return True, When(sc.article.date.year, 1, False).label()
    if not past:
        # a time of its own in this clause, before the article's window ("..., while last
        # summer Chelsea handed over £55m for Marc Cucurella"), even when another clause of
        # the sentence is about now ("This summer, ...")
        own = timing.own_when()
        if own is not None:
            past, when = True, own
    return past, (when.label() if past and when else None)


def _emit(out: list[tuple[Draft, list[str]]], clause: str, t: Trigger, kind: str, sl: Slots, sc: Scope,
          cx: Context, suitors: list[str], suitors_idx: list[int], implicit: bool, players: list[str],
          timing: _ClauseTime) -> None:
    """Drafts for the trigger: one per player and suitor, and for the players of a gapped list or a swap."""
    s, article = sc.s, sc.article
    past, event_date = _past_and_date(clause, t, kind, sl, sc, cx, timing)
    base = Draft(player="", club="", kind=kind, past=past, date=article.date, event_date=event_date, amount=None,
                 source=s.source if s.credit_end < 0 or cx.clause_at < s.credit_end else s.rest_source,
                 evidence=s.text, rule=t.rule.name if t.rule else "", own_side=bool(t.rule and t.rule.own_side))
    pairs = _SEND_TO.findall(clause, t.start) if kind in ("agreement", "signed", "loan", "talks") else []
    if not t.mover and kind in ("signed", "loan") and suitors and not implicit:
        # "#c signed X from #c1 (£33m), Y from #c2 and, on deadline day, Z from #c3": one verb, many moves
        for pi in _GAPPED_FROM.findall(clause, t.end):
            pm = s.mentions[int(pi)]
            if pm.kind == "player" and pm.names[0] not in players:
                out.extend((replace(base, player=pm.names[0], club=club), suitors) for club in suitors)
    if not t.mover and kind in ("signed", "loan") and " and #c" in clause:
        # "#c1 have taken X and #c2 (have) Y": the verb is left out for the second pair
        for ci, pi in _GAPPED_CLUB.findall(clause, t.end):
            pm, cidx = s.mentions[int(pi)], int(ci)
            if pm.kind == "player" and cidx in sc.clubs_of:
                club = sc.clubs_of[cidx][0]
                out.append((replace(base, player=pm.names[0], club=club), [club]))
    if (t.mover or "#p" in clause[t.start:t.end]) and kind in ("signed", "loan", "agreement"):
        # (also a player inside the phrase: "let #p1 go to #c1 and #p2 to #c2")
        suitors = _gapped(out, clause, t, base, sl, sc, cx, suitors, implicit, players)
        pairs = []
    if len(pairs) >= 2:
        # a swap: "a deal that will send #p1 to #c1 and #p2 to #c2": each player to his own club
        for pi, ci in pairs:
            pm, cidx = s.mentions[int(pi)], int(ci)
            if pm.kind == "player" and cidx in sc.clubs_of:
                club = sc.clubs_of[cidx][0]
                out.append((replace(base, player=pm.names[0], club=club), [club]))
        return
    if len(players) >= 2 and not implicit and _respectively(out, clause, t, base, sl, sc, suitors, players):
        return
    amount = _amount(clause, t, sl.money, s, [sc.reg.club_country.get(c) for c in suitors])
    simple = (kind in ("signed", "loan") and not past and _SIMPLE_PAST.match(clause, t.start) is not None
              and not _NOW_WORDS.search(clause))
    with_clubs = [sc.clubs_of[i][0] for i, *_ in sl.clubs if sl.roles[i] in ("with", "from") and i not in suitors_idx]
    # the club a move now is from was his before it ("acquired X from #c")
    from_clubs = ({sc.clubs_of[i][0] for i, *_ in sl.clubs if sl.roles[i] == "from" and i not in suitors_idx}
                  if kind in ("signed", "loan") and not past else set())
    for p in players:
        if from_clubs:
            sc.roles.came_from.setdefault(p, set()).update(from_clubs)
        if implicit:
            # the player's own club if the article ties him to one, else this sentence's suitor
            # ("X confirmed his arrival, with him joining from Y"), else the last club named
            d = replace(base, player=p, club="?", amount=amount,
                        leaves_owner=bool(sl.clubs) and all(sl.roles[i] == "owner" for i, *_ in sl.clubs))
            sc.roles.implicit.append((d, _implicit_home(sc.s, cx)))
            continue
        sides = tuple(w for w in with_clubs if w not in suitors) if kind in ("talks", "agreement", "bid") else ()
        out.extend((replace(base, player=p, club=club, amount=amount, simple_past=simple, counterparts=sides), suitors)
                   for club in suitors)
        if kind in ("talks", "agreement", "bid", "interest") and with_clubs and not past:
            sc.roles.seller_with.setdefault(p, []).extend(w for w in with_clubs if w not in suitors)
        # the club beaten to him (or that he was lost to) wanted him too
        out.extend((replace(base, player=p, club=sc.clubs_of[i][0], kind="interest", rule="rival"), [])
                   for i, *_x in sl.clubs if sl.roles[i] == "rival")


def _respectively(out: list[tuple[Draft, list[str]]], clause: str, t: Trigger, base: Draft, sl: Slots, sc: Scope,
                  suitors: list[str], players: list[str]) -> bool:
    """"X and Y joined #c1 and #c2 respectively": the n-th player goes with the n-th club (only
    the players named before the word: "..., Z has handed in a request" is another story)."""
    resp = _RESPECTIVELY.search(clause, t.end)
    if resp is None:
        return False
    named = [sc.s.mentions[i].names[0] for i, a, _b in sorted(sl.players, key=lambda x: x[1]) if a < resp.start()]
    pairs_of = [p for p in dict.fromkeys(named) if p in players]
    if len(pairs_of) != len(suitors):
        return False
    at = {sc.clubs_of[i][0]: a for i, a, _b in sl.clubs if i in sc.clubs_of}
    out.extend((replace(base, player=p, club=club), [club])
               for p, club in zip(pairs_of, sorted(suitors, key=lambda c: at.get(c, 0)), strict=True))
    return True


def _gapped(out: list[tuple[Draft, list[str]]], clause: str, t: Trigger, base: Draft, sl: Slots, sc: Scope,
            cx: Context, suitors: list[str], implicit: bool, players: list[str]) -> list[str]:
    """Gapping: "X has gone to #c1, Y to #c2 and Z to #c3", "X came from #c1 and Y from #c2":
    each later pair repeats the verb for its own player. Returns the subject's own suitors."""
    gaps = list(_GAPPED.finditer(clause, t.end))
    if gaps and base.kind in ("signed", "loan"):
        # the subject's own club is the one before the first gapped pair
        first = gaps[0].start()
        start_of = {i: a for i, a, _b in sl.clubs}
        suitors = [c for c in suitors if any(sc.clubs_of[i][0] == c and start_of[i] < first for i in start_of)] or suitors
    for pi, how, ci in (g.groups() for g in gaps):
        pm, cidx = sc.s.mentions[int(pi)], int(ci)
        if pm.kind != "player" or cidx not in sc.clubs_of or pm.names[0] in players:
            continue
        d = replace(base, player=pm.names[0], club=sc.clubs_of[cidx][0])
        if how in ("to", "joining"):
            out.append((d, [d.club]))
        elif implicit:
            d.club = "?"
            sc.roles.implicit.append((d, _implicit_home(sc.s, cx)))
        else:
            out.extend((replace(d, club=club), suitors) for club in suitors)
    return suitors


def _note_sellers(out: list[tuple[Draft, list[str]]], sl: Slots, sc: Scope) -> None:
    """A club that rejects the offer, or states that it held the talks, is the seller."""
    sellers = [sc.clubs_of[i][0] for i, *_ in sl.clubs if sl.roles[i] in ("seller", "speaker")] if out and sl.clubs else ()
    for d, _sx in out:
        if d.past:
            continue
        for club in sellers:
            if club == d.club:
                continue  # "#c have signed X, the MLS club announced": the buyer speaking of its own deal
            lst = sc.roles.seller_with.setdefault(d.player, [])
            if club in lst:
                lst.remove(club)
            lst.insert(0, club)


# the people a player is named by ("#p's team-mate #p2", "#p, brother of #p2")
_KIN = r"team-?mate|colleague|brother|son|cousin|replacement|successor|understudy|strike partner"
_OF_RELATIVE = re.compile(rf"\b(?:{_KIN}|sister|daughter|father|nephew|twin)\s+of\s+(?:the\s+)?$")
_RELATIVE_OF = re.compile(rf"'s\s+(?:former\s+|ex-|old\s+|new\s+|fellow\s+)?(?:#c\d+#\s+)?(?:{_KIN}|rival)s?\s+#[pa]\d+#")
# the player someone stands in for ("want him as back-up for #p")
_STANDS_IN_FOR = re.compile(r"\b(?:as|a|an)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:back-?up|cover|replacement|successor|understudy|"
                            r"deputy|competition|alternative|stand-in|partner)\s+(?:for|to)\s+(?:the\s+)?$")
# an object nobody names, right after the verb ("sign such a player")
_INDEFINITE_OBJECT = re.compile(r"\s*(?:such\s+)?(?:a|an|another|other|more|new|two|three|four|several|some)\s+(?:[\w-]+\s+){0,2}?"
                                rf"(?:player|full-back|{_UNNAMED})\b")
# the name an indefinite object goes on to give: "signed a new striker, #p", "an England midfielder #p"
# ("spent #m on three players this month, #p among them")
_NAMED_NEXT = re.compile(r"(?:\s+[\w-]+){0,3}?\s*[,:]\s*#[pa]\d+#|\s+#[pa]\d+#")
# a clause whose subject is a person the text names but knows as no player
_PERSON_SUBJECT = re.compile(r"(?:[^#]{0,30}\s)?#u\d+#,?\s+(?:(?:who|has|have|had|also|already|now|then|since|recently|"
                             r"[a-z]+ed(?:\s+[^#,;]{0,40}?\s+and)?)\s+)*$")
_GAPPED_FROM = re.compile(r"(?:,|\band|\bplus)\s+(?:[^#,;]{0,30}?,\s+)?(?:[\w-]+\s+){0,3}?#p(\d+)#\s+(?:on\s+(?:a\s+)?loan\s+)?from\s+#c\d+#")
_GAPPED_CLUB = re.compile(r"\s+and\s+#c(\d+)#\s+(?:have\s+|has\s+)?#p(\d+)#(?=[\s,.;]|$)")
_COORD_SUBJECT_END = re.compile(r"\b(?:and|or)\s+#[pa]\d+#\s*$")  # "... #c1 and #p" ends no subject of its own


_GAPPED = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+)?(?:[\w-]+\s+){0,2}?#p(\d+)#\s+"
                     r"(?:(?:moving|heading|going|switching|returning)\s+)?(to|from|joining)\s+#c(\d+)#")


_RESPECTIVELY = re.compile(r"\brespectively\b")
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


# Pre-checks in front of the context patterns (exact; see fastre).
_RIVAL_WITH = tail_gated(_RIVAL_WITH)  # type: ignore[assignment]


_GROUP = gated(_GROUP)  # type: ignore[assignment]


_INDEFINITE = gated(_INDEFINITE)  # type: ignore[assignment]


_PRONOUN_SUBJECT = gated(_PRONOUN_SUBJECT)  # type: ignore[assignment]


_LOAN_NEAR = gated(_LOAN_NEAR)  # type: ignore[assignment]




_UNDER_BEFORE = tail_gated(_UNDER_BEFORE)  # type: ignore[assignment]


_NOW_WORDS = gated(_NOW_WORDS, 2)  # type: ignore[assignment]
_SITUATION = gated(_SITUATION)  # type: ignore[assignment]
_RIVALS_FOR_HIM = boundary_first(_RIVALS_FOR_HIM)
_SAID_THEY = gated(_SAID_THEY)  # type: ignore[assignment]
_COND_TAIL = gated(_COND_TAIL)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
_POSSESSIVE = boundary_first(_POSSESSIVE)
_THEIR = boundary_first(_THEIR)
_NEEDS_CLUB = boundary_first(_NEEDS_CLUB)
_COORD_SUBJECT_END = boundary_first(_COORD_SUBJECT_END)
