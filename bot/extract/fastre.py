"""Cheap exact pre-checks in front of regular expressions.

Most of the extractor's patterns can only match where one of a few literal words
occurs ("clause", "valued", "ago"...), and most sentences contain none of them.
Python's `re` tries such patterns at every position anyway. The wrappers here derive,
from the parsed pattern, a condition every match must meet and test it with plain
string operations first:

- `gated(rx)`: at least one of a set of literals occurs in the string (`in`);
- `tail_gated(rx)` for patterns anchored at the end (`...\\s*$`): the string, without
  its trailing whitespace, ends with one of a set of literals (`str.endswith`).

The condition is necessary, never sufficient: when it holds the pattern itself runs,
so results are exactly the pattern's. Case-insensitive patterns are pre-checked on a
lowercased copy only for ASCII strings (Unicode case folding has a few cross-case
pairs, such as "ſ" and "s", that `str.lower` does not map); otherwise they just run.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]

_EMPTY: tuple = ()
# Words in nearly every sentence: as a pre-check they select nothing.
_COMMON = frozenset({"the", "a", "an", "to", "for", "of", "in", "on", "at", "by", "with", "and", "or", "is", "are",
                     "was", "were", "has", "have", "had", "be", "been", "it", "he", "his", "they", "their", "that",
                     "this", "from", "as", "not", "no"})


def _score(req: tuple[str, ...]) -> tuple[int, int]:
    """How selective a set of literals is: its least selective member, then fewer is better."""
    return (min(0 if all(w in _COMMON for w in x.split()) else len(x) for x in req), -len(req))


def required(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals at least one of which every match of `pattern` contains (None if unknown).

    A run of literal characters in a sequence must appear in the match; a group, or a
    repeat of at least once, requires what its body requires; an alternation requires
    what any one of its branches requires. Of a sequence's elements the most selective
    is kept (longest shortest literal, common words counting as empty, then fewest).
    """

    def seq(items) -> tuple[str, ...] | None:
        best: tuple[str, ...] | None = None
        run: list[str] = []

        def consider(req: tuple[str, ...] | None) -> None:
            nonlocal best
            if req and (best is None or _score(req) > _score(best)):
                best = req

        for op, av in items:
            if op is _c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                consider(("".join(run),))
                run = []
            consider(one(op, av))
        if run:
            consider(("".join(run),))
        return best

    def one(op, av) -> tuple[str, ...] | None:
        if op is _c.SUBPATTERN:
            return seq(av[-1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            return seq(av[2]) if av[0] >= 1 else None
        if op is _c.BRANCH:
            out: list[str] = []
            for alt in av[1]:
                req = seq(alt)
                if req is None:
                    return None
                out.extend(req)
            return tuple(dict.fromkeys(out))
        return None

    return seq(_parser.parse(pattern, flags))


def _is_space_repeat(op, av) -> bool:
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return False
    body = list(av[2])
    if len(body) != 1:
        return False
    bop, bav = body[0]
    if bop is _c.LITERAL:
        return chr(bav).isspace()
    if bop is _c.IN:
        return all(x == (_c.CATEGORY, _c.CATEGORY_SPACE) or (x[0] is _c.LITERAL and chr(x[1]).isspace()) for x in bav)
    return False


def suffixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """For a pattern whose matches end the string: literals one of which the string,
    with trailing whitespace removed, must end with (None if unknown)."""

    def suf(items: list) -> tuple[str, ...] | None:
        k = len(items)
        while k > 0:
            op, av = items[k - 1]
            if op is _c.AT or _is_space_repeat(op, av):
                k -= 1
                continue
            if op is _c.LITERAL:
                j = k
                while j > 0 and items[j - 1][0] is _c.LITERAL:
                    j -= 1
                run = "".join(chr(av) for _op, av in items[j:k]).rstrip()
                if run:
                    return (run,)
                k = j
                continue
            if op is _c.SUBPATTERN:
                got = suf(list(av[-1]))
                return got
            if op is _c.BRANCH:
                out: list[str] = []
                for alt in av[1]:
                    got = suf(list(alt))
                    if got is None:
                        return None
                    out.extend(got)
                return tuple(dict.fromkeys(out))
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                body = suf(list(av[2]))
                if body is None:
                    return None
                if av[0] >= 1:
                    return body
                rest = suf(items[:k - 1])
                if rest is None:
                    return None
                return tuple(dict.fromkeys((*body, *rest)))
            return None
        return None

    parsed = list(_parser.parse(pattern, flags))
    alts = [list(a) for a in parsed[0][1][1]] if len(parsed) == 1 and parsed[0][0] is _c.BRANCH else [parsed]
    out: list[str] = []
    for alt in alts:
        if not alt or alt[-1] != (_c.AT, _c.AT_END):
            return None
        got = suf(alt)
        if got is None:
            return None
        out.extend(got)
    return tuple(dict.fromkeys(out))


def trie_regex(words) -> str:
    """A regex matching any of `words`, as a trie (shared prefixes factored, longest first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(trie)


class Gated:
    """A pattern with a literal pre-check; same methods and results as the pattern."""

    __slots__ = ("any_lit", "flags", "icase", "lits", "pattern", "rx")

    def __init__(self, rx: re.Pattern[str], lits: tuple[str, ...]) -> None:
        self.rx = boundary_first(rx)
        self.icase = bool(rx.flags & re.I)
        self.lits = tuple(x.lower() for x in lits) if self.icase else lits
        # many literals: one scan for all of them (a literal-first alternation is searched by
        # jumping between candidate first characters) instead of one `in` each
        self.any_lit = re.compile(trie_regex(self.lits)).search if len(self.lits) > 4 else None
        self.pattern = rx.pattern
        self.flags = rx.flags

    def _may(self, s: str) -> bool:
        if self.icase:
            if not s.isascii():
                return True
            s = s.lower()
        if self.any_lit is not None:
            return self.any_lit(s) is not None
        for lit in self.lits:  # noqa: SIM110 - a loop is cheaper than any() over a generator here
            if lit in s:
                return True
        return False

    def search(self, s: str, *args):
        return self.rx.search(s, *args) if self._may(s) else None

    def match(self, s: str, *args):
        return self.rx.match(s, *args) if self._may(s) else None

    def fullmatch(self, s: str, *args):
        return self.rx.fullmatch(s, *args) if self._may(s) else None

    def finditer(self, s: str, *args):
        return self.rx.finditer(s, *args) if self._may(s) else iter(_EMPTY)

    def findall(self, s: str, *args):
        return self.rx.findall(s, *args) if self._may(s) else []


class TailGated:
    """An end-anchored pattern with a str.endswith pre-check."""

    __slots__ = ("ends", "flags", "icase", "pattern", "rx", "span")

    def __init__(self, rx: re.Pattern[str], ends: tuple[str, ...]) -> None:
        self.rx = boundary_first(rx)
        self.icase = bool(rx.flags & re.I)
        self.ends = tuple(x.lower() for x in ends) if self.icase else ends
        self.span = max(map(len, ends))
        self.pattern = rx.pattern
        self.flags = rx.flags

    def _may(self, s: str) -> bool:
        t = s.rstrip()
        if self.icase:
            if not s.isascii():
                return True
            t = t[-self.span:].lower()
        return t.endswith(self.ends)

    def search(self, s: str, *args):
        return self.rx.search(s, *args) if self._may(s) else None


class TailRows:
    """Which rows of a table of end-anchored patterns, tried in order on one string, can match it.

    A TailGated pattern (case-sensitive) needs the string, without its trailing whitespace, to end
    with one of its literals, so to end with one of their last characters: the rows are indexed by
    those characters once, and a string's candidates are one dict lookup away instead of one
    pre-check per row. Rows without such a pattern (None, or a plain or case-insensitive one) are
    candidates for every string. Necessary, never sufficient: a candidate row's pattern still runs.
    """

    __slots__ = ("by_last", "default")

    def __init__(self, rxs: list[re.Pattern[str] | TailGated | None]) -> None:
        indexed = {i: rx for i, rx in enumerate(rxs) if isinstance(rx, TailGated) and not rx.icase}
        always = [i for i in range(len(rxs)) if i not in indexed]
        by_last: dict[str, set[int]] = {}
        for i, rx in indexed.items():
            for end in rx.ends:
                by_last.setdefault(end[-1], set()).add(i)
        self.by_last = {ch: tuple(sorted(rows.union(always))) for ch, rows in by_last.items()}
        self.default = tuple(always)

    def candidates(self, s: str) -> tuple[int, ...]:
        """The indexes, in order, of the rows whose pattern may match `s`."""
        return self.by_last.get(s.rstrip()[-1:], self.default)


def gated(rx: re.Pattern[str], min_len: int = 3) -> re.Pattern[str] | Gated:
    """`rx` behind a literal pre-check when one exists and is selective enough."""
    lits = required(rx.pattern, rx.flags & ~re.I)
    if not lits or min(map(len, lits)) < min_len:
        return boundary_first(rx)
    return Gated(rx, lits)


def tail_gated(rx: re.Pattern[str]) -> re.Pattern[str] | TailGated:
    """An end-anchored `rx` ("...\\s*$") behind a str.endswith pre-check, when one exists."""
    ends = suffixes(rx.pattern, rx.flags & ~re.I)
    if not ends or min(map(len, ends)) < 1:
        return boundary_first(rx)
    return TailGated(rx, ends)


def _isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _literal_alternatives(items: list) -> list[tuple[bool, str]] | None:
    """The (needs a \\b before it, literal) strings a literal-only pattern matches, or None."""
    out: list[tuple[bool, str]] = [(False, "")]
    for op, av in items:
        if op is _c.AT and av is _c.AT_BOUNDARY:
            if any(lit for _b, lit in out):
                return None
            out = [(True, lit) for _b, lit in out]
        elif op is _c.LITERAL:
            out = [(b, lit + chr(av)) for b, lit in out]
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1 and len(av[2]) == 1 and av[2][0][0] is _c.LITERAL:
            ch = chr(av[2][0][1])
            out = [x for b, lit in out for x in ((b, lit), (b, lit + ch))]
        elif op is _c.SUBPATTERN or op is _c.BRANCH:
            alts = [list(av[-1])] if op is _c.SUBPATTERN else [list(a) for a in av[1]]
            nxt = []
            for alt in alts:
                sub = _literal_alternatives(alt)
                if sub is None:
                    return None
                for b, lit in out:
                    for b2, lit2 in sub:
                        if b2 and lit:
                            return None
                        nxt.append((b or b2, lit + lit2))
            out = nxt
        else:
            return None
        if len(out) > 4096:
            return None
    return out


class LiteralTail:
    """bool(rx.search(s)) for rx shaped r"(?:ALT|ALT...)\\s*$" where the alternatives are
    literals (optionally after \\b), tested with str.endswith on the lowercased ASCII string;
    alternatives that are not literals are left to the regex, run only when the string
    (lowercased, trailing whitespace removed) ends with one of `hint_ends`, which every
    match of those alternatives does. Non-ASCII strings go to the regex."""

    __slots__ = ("by_last", "hint", "icase", "rx")

    def __init__(self, rx: re.Pattern[str], hint_ends: tuple[str, ...] | None = None) -> None:
        self.rx = rx
        self.icase = bool(rx.flags & re.I)
        parsed = list(_parser.parse(rx.pattern, rx.flags & ~re.I))
        if not (len(parsed) >= 2 and parsed[-1] == (_c.AT, _c.AT_END) and _is_space_repeat(*parsed[-2])):
            raise ValueError("not a tail pattern")
        body = parsed[:-2]
        alts = [body]
        # split a top-level alternation (possibly after a shared \b) into its branches
        lead = []
        while alts[0] and alts[0][0][0] is _c.AT:
            lead.append(alts[0][0])
            alts = [alts[0][1:]]

        def flatten(alt: list):
            if len(alt) == 1 and alt[0][0] in (_c.BRANCH, _c.SUBPATTERN):
                op, av = alt[0]
                for sub in ([list(av[-1])] if op is _c.SUBPATTERN else [list(a) for a in av[1]]):
                    yield from flatten(sub)
            else:
                yield alt

        alts = list(flatten(alts[0]))
        self.by_last: dict[str, list[tuple[bool, str]]] = {}
        complex_ = 0
        for alt in alts:
            lits = _literal_alternatives(lead + alt)
            if lits is None:
                complex_ += 1
                continue
            for b, lit in lits:
                lit = lit.lower() if self.icase else lit
                if not lit or not _isword(lit[-1]):
                    raise ValueError("literal without a final word character")
                j = len(lit)
                while j > 0 and _isword(lit[j - 1]):
                    j -= 1
                self.by_last.setdefault(lit[j:], []).append((b, lit))
        if complex_ and not hint_ends:
            raise ValueError("non-literal alternatives need a hint")
        self.hint = hint_ends if complex_ else None

    def found(self, s: str) -> bool:
        if not s.isascii():
            return self.rx.search(s) is not None
        t = s.rstrip()
        if self.icase:
            t = t.lower()
        j = len(t)
        while j > 0 and _isword(t[j - 1]):
            j -= 1
        for needs_b, lit in self.by_last.get(t[j:], ()):
            if t.endswith(lit):
                k = len(t) - len(lit)
                if not needs_b or (k > 0 and _isword(t[k - 1])) != _isword(lit[0]):
                    return True
        if self.hint is not None and (t if self.icase else t.lower()).endswith(self.hint):
            return self.rx.search(s) is not None
        return False


def _is_word_char(c: int, flags: int) -> bool:
    ch = chr(c)
    if flags & re.ASCII:
        return ch.isascii() and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _starts_with_literal(item: tuple) -> bool:
    """Whether every match of a parsed element starts with a literal character of its own."""
    op, av = item
    if op is _c.LITERAL:
        return True
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return not add_flags and not del_flags and bool(sub.data) and _starts_with_literal(sub.data[0])
    if op is _c.BRANCH:
        return all(alt.data and _starts_with_literal(alt.data[0]) for alt in av[1])
    return False


def _guard_first_literal(items: list, state, flags: int) -> None:
    """Put a word boundary's test right behind the first literal of items[0] (see boundary_first)."""
    op, av = items[0]
    if op is _c.LITERAL:
        behind = _parser.SubPattern(state, [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)]), (_c.LITERAL, av)])
        # \b before a word character: no word character before it; before any other: a word character
        items.insert(1, (_c.ASSERT_NOT if _is_word_char(av, flags) else _c.ASSERT, (-1, behind)))
    elif op is _c.SUBPATTERN:
        _guard_first_literal(av[-1].data, state, flags)
    else:  # BRANCH
        for alt in av[1]:
            _guard_first_literal(alt.data, state, flags)


def _hoist_boundary(items: list, state, flags: int) -> bool:
    if len(items) >= 2 and items[0] == (_c.AT, _c.AT_BOUNDARY) and _starts_with_literal(items[1]):
        del items[0]
        _guard_first_literal(items, state, flags)
        return True
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        changed = False
        for alt in items[0][1][1]:
            changed = _hoist_boundary(alt.data, state, flags) or changed
        return changed
    return False


def boundary_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    r"""`rx` with a leading word boundary moved behind the literal character it stands before:
    r"\bhe\b" as r"h(?<!\wh)e\b", r"\b(?:pulled|dropped)" as r"(?:p(?<!\wp)ulled|d(?<!\wd)ropped)".

    Python's `re` tries a pattern that starts with \b at every position of the string (and tests
    the boundary there, a Unicode lookup on each side); one that starts with literal characters
    it finds by jumping from one candidate character to the next. The two match exactly the same
    (at p, \b before the word character c is "no word character at p-1", which the lookbehind
    tests once c has matched at p; before a non-word character, "a word character at p-1").
    The compiled pattern keeps the original text as its `pattern`. Patterns of any other shape
    are returned as they are."""
    if not isinstance(rx.pattern, str) or rx.flags & (re.LOCALE | re.DEBUG) or "\\b" not in rx.pattern:
        return rx
    p = _parser.parse(rx.pattern, rx.flags)
    if not _hoist_boundary(p.data, p.state, p.state.flags | rx.flags):
        return rx
    code = _compiler._code(p, rx.flags)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return _sre.compile(rx.pattern, rx.flags | p.state.flags, code, p.state.groups - 1,
                        p.state.groupdict, tuple(indexgroup))
