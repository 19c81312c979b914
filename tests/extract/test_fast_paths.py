"""The speed-ups must give exactly what the plain regular expressions give.

Each fast path is checked against its original pattern on seeded random strings built
from the characters and words the patterns care about (spaces, apostrophes, placeholders,
digits, currency signs, accents), plus a few hand-picked cases.
"""

import random
import re

import pytest

from bot.extract import clauses, entities, fastre, kinds, sentences
from bot.extract.facts import _words_before_names


def _strings(alphabet, n=20000, max_len=12, seed=7):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len))) for _ in range(n)]


def test_required_literals_are_necessary():
    rx = re.compile(r"\b(?:pulled|pull)\s+out\b|\bout of the (?:race|running)\b")
    lits = fastre.required(rx.pattern)
    assert lits is not None
    for s in ["they pulled out", "out of the race", "pull  out", "nothing here", "OUT of the race"]:
        if rx.search(s):
            assert any(lit in s for lit in lits)


def test_gated_equals_pattern():
    rx = re.compile(r"\b(?:release|buy-?out|exit|escape)\s+clause\b|\brelease fee\b", re.I)
    g = fastre.gated(rx)
    assert isinstance(g, fastre.Gated)
    for s in _strings(["release", "Clause", " ", "fee", "buy-out", "x", "ſ", "é", "exit"]):
        assert (g.search(s) and g.search(s).span()) == (rx.search(s) and rx.search(s).span())


def test_tail_gated_equals_pattern():
    rx = re.compile(r"(?:rejected|turned down) by\s+$|\b(?:persuade|convince)\s+$|\blet\s+$")
    g = fastre.tail_gated(rx)
    assert isinstance(g, fastre.TailGated)
    for s in _strings(["rejected", " by", " ", "let", "x", "persuade", "\n", "outlet"]):
        assert bool(g.search(s)) == bool(rx.search(s))


@pytest.mark.parametrize("name,hint", [("PLAYER_LEFT", (" on", "-year-old")), ("ROLE_LEFT", None),
                                       ("CLUB_LEFT", None), ("PLAYER_LEFT_WEAK", None)])
def test_literal_tail_equals_pattern(name, hint):
    rx = getattr(entities, name)
    rx = getattr(rx, "rx", rx)
    lt = fastre.LiteralTail(rx, hint)
    words = ["signing of", "of", "the", "£12m on", "$.. on", "24-year-old", "Centre-Back", "x", "_", " ", "de",
             "from", "side", "Club", "loan to", "é", "1", "\n", "boss", "sporting director", "monitoring", "tabs on"]
    for s in _strings([w + sep for w in words for sep in ("", " ", "-")], max_len=6):
        assert lt.found(s) == bool(rx.search(s)), s


def test_clause_separators_equal_split_pattern():
    alphabet = [" ", "  ", ";", ":", ",", " but ", "while ", " and ", "and they ", " - ", "-", "as #c1#", "as ",
                ", as", "x", "reportedly", "doing", " before ", "after ", " however, ", "until", ", he", "#c2#",
                "b", "ut", "nd", "\t", "é", "_"]
    for s in _strings(alphabet):
        assert clauses._separators(s) == [m.span() for m in clauses._CLAUSE_SPLIT.finditer(s)], s


def test_words_before_names_equal_pattern():
    rx = re.compile(r"((?:[a-z0-9-]+\s+){1,3})#([pa])(\d+)#")
    for s in _strings(["a", "b-", " ", "  ", "#p1#", "#a2#", "#c3#", "x", "é", "1", ",", "'s"]):
        assert _words_before_names(s) == [(m.group(2), int(m.group(3)), m.group(1).split()) for m in rx.finditer(s)]


def test_trigger_alternation_spans_equal_combined_pattern():
    by_kind: dict[str, list[int]] = {}
    for i, row in enumerate(kinds._RAW):
        by_kind.setdefault(row.kind, []).append(i)
    clauses = ["#c0# have pulled out of the race for #p1# and agreed a fee",
               "#c0# are keeping tabs on #p1# and have made a #m2# bid, a new offer",
               "#p0# has joined #c1# on loan and signed for #c2#", "talks with #c0# have stalled over #p1#"]
    for _kind, idxs in by_kind.items():
        combined = re.compile("|".join(f"(?:{kinds._RAW[i].pattern})" for i in idxs))
        for c in clauses:
            got = kinds._alternation_spans(c, idxs)
            assert [(a, b) for a, b, _i in got] == [m.span() for m in combined.finditer(c)]
            # each span names the row whose pattern matches exactly there
            assert all(re.compile(kinds._RAW[i].pattern).match(c, a) for a, _b, i in got)


def test_word_before_full_stop_equals_pattern():
    rx = re.compile(r"([\w.]+)$")
    for s in _strings(["a", "B", "é", ".", " ", "_", "-", "1", "½", "\u0301", "x.y", "'", "\n"]):
        m = rx.search(s)
        assert sentences._word_before(s, len(s)) == (m.group(1) if m else ""), s


def test_tail_rows_keep_every_row_that_matches():
    from bot.extract.ownership import _ROLE_RX, _ROLE_TAILS

    words = ["from", "to", "the", "side", "at", "with", "beat", "offered", "leave", "#c1#", "x", " ", "\n", "é",
             "former", "whose", "by", "rejected", "during his time at"]
    for s in _strings([w + sep for w in words for sep in ("", " ", "  ")], max_len=5):
        cands = _ROLE_TAILS.candidates(s)
        assert list(cands) == sorted(cands)
        for k, (_role, b_rx, _a, _e) in enumerate(_ROLE_RX):
            if b_rx is not None and b_rx.search(s):
                assert k in cands, (s, k)


def test_tokenize_without_apostrophes_equals_match_objects():
    for s in _strings(["Ab", "ab", "é", "É", "1", "_", " ", "-", ".", "x_y", "ß", "ǅ", "\u0301", "Ab1"], max_len=10):
        got = [(t.text, t.start, t.end, t.cap, t.poss) for t in entities.tokenize(s)]
        want = [(m.group(), m.start(), m.end(), m.group()[0].isupper() or m.group()[0].isdigit(), False)
                for m in entities._TOKEN.finditer(s)]
        assert got == want, s


def _extractor_patterns():
    """Every compiled pattern of the extractor's modules, the trigger phrases and the role rows."""
    import importlib
    import pkgutil

    import bot.extract

    seen: dict[str, re.Pattern] = {}
    for info in pkgutil.iter_modules(bot.extract.__path__):
        mod = importlib.import_module(f"bot.extract.{info.name}")
        for value in vars(mod).values():
            rx = getattr(value, "rx", value)
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                seen.setdefault(rx.pattern, re.compile(rx.pattern, rx.flags))
    from bot.extract.rules.roles import ROLE_RULES

    for p in [r.pattern for r in kinds._RAW] + [x for r in ROLE_RULES for x in (r.before, r.after) if x]:
        seen.setdefault(p, re.compile(p))
    return list(seen.values())


def test_boundary_first_equals_pattern():
    rewritten = 0
    for rx in _extractor_patterns():
        fast = fastre.boundary_first(rx)
        if fast is rx:
            continue
        rewritten += 1
        assert fast.pattern == rx.pattern and fast.flags == rx.flags and fast.groupindex == rx.groupindex
        words = sorted(set(re.findall(r"[a-z]+|#[a-z]\d+#|[^\w\s\\()|?:*+{}\[\]^$]", rx.pattern)))[:40]
        alphabet = [*words, " ", "x", "é", "_", "1", "-", "'", "#c1#", "A", "ab"]
        for s in _strings(alphabet, n=1500, max_len=8, seed=len(rx.pattern)):
            assert [(m.span(), m.groups()) for m in fast.finditer(s)] == \
                   [(m.span(), m.groups()) for m in rx.finditer(s)], (rx.pattern, s)
            for pos in range(0, len(s), 3):
                a, b = fast.match(s, pos), rx.match(s, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (rx.pattern, s, pos)
    assert rewritten > 100


def test_token_literals_keep_every_literal_of_the_clause():
    """By tokens, every literal the clause scan finds is present (exactly so for those without
    whitespace, which include the anchor words) and the phrases to try are a superset."""
    def scanned(c):
        bits = 0
        for lit in set(kinds._LITERAL_SCAN.findall(c)):
            bits |= kinds._CLOSURE[lit]
        return bits

    spaced = 0
    for lit, _b in kinds._BIT.items():
        if lit.split() != [lit]:
            spaced |= kinds._BIT[lit]
    words = ["have", "ave", "on loan", "loan", "signed", "for", "#m1#", "couldn't", "the", "race", "in", "é", "x",
             "withdrew", "out", "of", "set to ", "close", "deal", "-", "'", "Signed", "a", "move", "to", "\t"]
    for s in _strings([w + sep for w in words for sep in ("", " ", "  ")], max_len=8):
        got = 0
        for token in set(s.split()):
            got |= kinds._token_literals(token)
        want = scanned(s)
        assert got & ~spaced == want & ~spaced, s
        assert got & want == want, s
