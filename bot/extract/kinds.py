"""Claim kinds: phrase lexicons per kind, negation and hedging scopes.

The patterns run over a *masked* sentence: lowercase, quotes removed, and every
entity replaced by a placeholder (#c0# club, #p1# player, #a2# player anaphor,
#m3# money, #s4# source, #u5# unknown name). That keeps the lexicons about verbs
and nouns, never about names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.fastre import boundary_first, gated, required, trie_regex
from bot.extract.rules.kinds import KIND_RULES, KindRule

# The phrase table lives in bot/extract/rules/kinds.py; this module only applies it.
_RAW: list[KindRule] = KIND_RULES
TRIGGERS: list[tuple[str, re.Pattern[str], bool]] = [(r.kind, boundary_first(re.compile(r.pattern)), r.strong) for r in _RAW]
_PRIORITY = {"ended": 0, "none": 1, "loan": 2, "signed": 3, "agreement": 4, "bid": 5, "talks": 6, "interest": 7}


# Words at least one of which every trigger contains: a clause without any is skipped at once.
_ANCHOR_WORDS = sorted({w for r in _RAW for w in re.findall(r"(?<![\\?])[a-z]{3,}", r.pattern)}, key=len, reverse=True)
_ANCHOR = re.compile("|".join(_ANCHOR_WORDS))

# Per phrase: the literals one of which it needs. A phrase none of whose literals is in the
# clause cannot match anywhere in it, so it is not tried.
_REQ: list[tuple[str, ...] | None] = [required(r.pattern) for r in _RAW]
_LITERALS: tuple[str, ...] = tuple(dict.fromkeys([*(x for r in _REQ if r for x in r), *_ANCHOR_WORDS]))
_BIT = {lit: 1 << i for i, lit in enumerate(_LITERALS)}
_REQ_MASK: list[int] = [sum(_BIT[x] for x in set(r)) if r else -1 for r in _REQ]
_ANCHOR_MASK = sum(_BIT[w] for w in _ANCHOR_WORDS)
# The longest literal starting at a position implies every literal that is a prefix of it.
_CLOSURE = {lit: sum(bit for other, bit in _BIT.items() if lit.startswith(other)) for lit in _LITERALS}


# Every literal at every position (a lookahead, so overlapping ones are found; the trie is
# greedy, so the one reported at a position is the longest and its prefixes follow from it).
_LITERAL_SCAN = re.compile(f"(?=({trie_regex(_LITERALS)}))")
_KIND_PARTS: list[tuple[str, tuple[int, ...]]] = [
    (kind, tuple(i for i, r in enumerate(_RAW) if r.kind == kind)) for kind in _PRIORITY]
_PHRASES: list[re.Pattern[str]] = [rx for _k, rx, _s in TRIGGERS]
# per row, the keys find_triggers orders overlapping matches by
_ENDED_FIRST: list[int] = [_PRIORITY["ended"] if r.kind == "ended" else 9 for r in _RAW]
_ROW_PRIORITY: list[int] = [_PRIORITY[r.kind] for r in _RAW]
_PASSES: dict[int, list[tuple[str, list[int]]] | None] = {}


# The scan costs about the same at every position of a clause, and a clause's words recur from
# clause to clause: it runs once per distinct whitespace-separated token (a bounded cache). A
# literal without whitespace ("keen", "ave" in "have", "#m", "couldn't") lies inside one token,
# so the tokens' literals are exactly the clause's. One with whitespace ("on loan", "in the race")
# counts as present when its longest part is inside a token: that is all a clause that holds it
# must have, so it may count one that is not there, and then its phrases are only tried in vain
# (the phrases of a literal that is there are tried as before, so the triggers are the same).
_SPACED: dict[str, int] = {}  # the longest part of each literal with whitespace -> the bits of those literals
for _lit in _LITERALS:
    if _lit.split() != [_lit]:
        _part = max(_lit.split(), key=len)
        _SPACED[_part] = _SPACED.get(_part, 0) | _BIT[_lit]
# every part at every position of a token (as _LITERAL_SCAN; a part found implies its prefixes)
_PART_SCAN = re.compile(f"(?=({trie_regex(_SPACED)}))")
_PART_CLOSURE = {part: sum(bits for other, bits in _SPACED.items() if part.startswith(other)) for part in _SPACED}


@lru_cache(maxsize=16384)
def _token_literals(token: str) -> int:
    """The literal bits one whitespace-free token gives (see _SPACED)."""
    present = 0
    for lit in set(_LITERAL_SCAN.findall(token)):
        present |= _CLOSURE[lit]
    for part in set(_PART_SCAN.findall(token)):
        present |= _PART_CLOSURE[part]
    return present


def _active_passes(clause: str) -> list[tuple[str, list[int]]] | None:
    """Per kind, the phrases that can match in this clause, in order (None: no anchor word)."""
    present = 0
    for token in set(clause.split()):
        present |= _token_literals(token)
    try:
        return _PASSES[present]
    except KeyError:
        pass
    passes: list[tuple[str, list[int]]] | None = None
    if present & _ANCHOR_MASK:
        passes = []
        for kind, idxs in _KIND_PARTS:
            active = [i for i in idxs if _REQ_MASK[i] & present]
            if active:
                passes.append((kind, active))
    if len(_PASSES) > 8192:
        _PASSES.clear()
    _PASSES[present] = passes
    return passes


def _alternation_spans(clause: str, idxs: list[int]) -> list[tuple[int, int, int]]:
    """The spans finditer() of the alternation "(?:p1)|(?:p2)|..." gives, from the phrases
    compiled one by one: at each step the leftmost match of any phrase, the first phrase on
    a tie (an alternation tries its branches in order at each position), then on from its end.
    Each span comes with the row that matched."""
    phrases = [_PHRASES[i] for i in idxs]
    nxt = [rx.search(clause) for rx in phrases]
    out: list[tuple[int, int, int]] = []
    pos = 0
    while True:
        best = None
        best_k = -1
        for k, m in enumerate(nxt):
            if m is None:
                continue
            if m.start() < pos:
                m = nxt[k] = phrases[k].search(clause, pos)
                if m is None:
                    continue
            if best is None or m.start() < best.start():
                best, best_k = m, k
        if best is None:
            return out
        out.append((best.start(), best.end(), idxs[best_k]))
        pos = best.end() if best.end() > best.start() else best.end() + 1


# Negation close before a trigger (same clause): "not desperate to make a signing".
NEGATION = re.compile(r"\b(?:not(?!\s+(?:the\s+|just\s+)?only\b)|n't|cannot|never|no|nobody|no-one|none|nor|neither|without|unlikely to|rather than|instead of|denied|deny|denies|dismissed)\b(?:\s+\S+){0,3}\s*$")
# A denial covers the whole rest of its clause: "has denied that his client is in talks with ...".
DENIAL = re.compile(r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rubbished|rubbishes|played down|plays down)\s+"
                    r"(?:that|reports|claims|rumours|suggestions|speculation|any)\b")
# Conditionals and questions the writer does not assert.
# (not "have asked Everton whether they can take X on loan": an enquiry, made)
CONDITIONAL = re.compile(r"\b(?:if|unless|(?<!asked )(?<!asked #c\d# )(?<!asked #c\d\d# )(?<!enquired )(?<!inquired )whether)\b[^,;]*$")
# A bid/offer that is the seller's ("willing to listen to offers", "an acceptable offer came in").
SELLER_OFFER = re.compile(r"\b(?:listen to|listening to|listens to|consider|considering|accept(?:able)?|receive|received|receiving|"
                          r"invite|inviting|open to|field|fielding|fielded|entertain|entertaining)\s+(?:\w+\s+){0,2}$")


@dataclass(slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    strong: bool
    negated: bool = False
    rule: KindRule | None = None

    @property
    def mover(self) -> bool:
        return self.rule is not None and self.rule.mover

    @property
    def past(self) -> bool:
        return self.rule is not None and self.rule.past


def find_triggers(clause: str) -> list[Trigger]:
    """Non-overlapping kind triggers in a masked clause; longer and stronger kinds win."""
    passes = _active_passes(clause)
    if passes is None:  # no anchor word
        return []
    found: list[tuple[int, int, int]] = []  # (start, end, row) of every phrase match
    for _kind, idxs in passes:
        if len(idxs) == 1:
            i = idxs[0]
            found.extend((m.start(), m.end(), i) for m in _PHRASES[i].finditer(clause))
        else:
            found.extend(_alternation_spans(clause, idxs))
    if not found:
        return []
    # "ended" first, then longer, then the stronger kind (a stable sort: ties keep the pass order)
    found.sort(key=lambda x: (_ENDED_FIRST[x[2]], x[0] - x[1], _ROW_PRIORITY[x[2]]))
    chosen: list[Trigger] = []
    for a, b, i in found:
        if any(a < c.end and c.start < b for c in chosen):
            continue
        r = _RAW[i]
        t = Trigger(r.kind, a, b, r.strong, rule=r)  # made only for the matches that are kept
        before = clause[max(0, t.start - 40):t.start]
        if t.kind != "ended" and NEGATION.search(before):
            t.negated = True
        elif t.kind == "ended" and not r.cancels and _NOT_JUST_BEFORE.search(before):
            t.kind = "interest"  # "has not given up on signing X", "have not ruled out a move": still in
        if t.kind == "bid" and SELLER_OFFER.search(before):
            t.negated = True
        if CONDITIONAL.search(clause[:t.start]) and t.kind != "ended":
            t.negated = True
        if ("den" in clause or "dis" in clause or "rubbish" in clause or " down " in clause) and \
                DENIAL.search(clause, 0, t.start):
            t.negated = True
        chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    # "failed to complete a move for X", "pulled out of a deal for X": the pursuit the
    # withdrawal ends is no interest of its own
    ends = [t.end for t in chosen if t.kind == "ended"] if len(chosen) > 1 else ()
    if ends:
        chosen = [t for t in chosen if not (t.kind == "interest" and any(
            0 <= t.start - e <= 12 and " and " not in clause[e:t.start] for e in ends))]
    # "X's move from #c1 to #c2 has collapsed after his medical": the move and the medical
    # are what fell through
    if any(t.rule is not None and t.rule.cancels and not t.negated for t in chosen):
        chosen = [t for t in chosen if t.kind not in ("signed", "loan", "agreement")]
    # "agreed a deal ... to sign X": the infinitive belongs to the stronger phrase
    if any(t.kind != "interest" and not t.negated for t in chosen):
        chosen = [t for t in chosen if not (t.kind == "interest" and _INFINITIVE.match(clause, t.start))]
        # "in talks with #c over a loan move for X": the move is what the talks are about
        objs = [t.end for t in chosen if t.kind in ("talks", "agreement", "bid") and not t.negated]
        if objs:
            chosen = [t for t in chosen if not (t.kind == "interest" and any(
                0 <= t.start - e <= 40 and _TALKS_OBJECT.fullmatch(clause, e, t.start) for e in objs))]
    return chosen


_NOT_JUST_BEFORE = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+|completely\s+|entirely\s+)?$")
_TALKS_OBJECT = re.compile(r"(?:\s+with\s+#c\d+#)?\s+(?:over|about|on|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?")


_INFINITIVE = re.compile(r"to (?:sign|land|bring)\b|signing\b|bring\b|land\b")

SELLER_OFFER = gated(SELLER_OFFER)  # type: ignore[assignment]
CONDITIONAL = gated(CONDITIONAL, 2)  # type: ignore[assignment]
NEGATION = gated(NEGATION, 2)  # type: ignore[assignment]
# Leading \b behind the first literal (exact; see fastre.boundary_first).
DENIAL = boundary_first(DENIAL)
