"""Money in transfer copy: "£4.5m", "€222million", "$214 million (180 million euros)",
"between 10 and 15 million euros", "between €10 million and €15 million",
"under £1million" (a maximum only), "£100m plus a further £15m in add-ons",
"£55m, potentially rising to £62m" (a range).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.build import maker
from bot.extract.fastre import gated, tail_gated
from bot.models import Amount

_SYMBOL = {"£": "GBP", "€": "EUR", "$": "USD"}
_WORD_CCY = {"euro": "EUR", "euros": "EUR", "eur": "EUR", "pounds": "GBP", "pound": "GBP", "gbp": "GBP",
             "sterling": "GBP", "dollars": "USD", "dollar": "USD", "usd": "USD"}
_SCALE = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9,
          "k": 1e3, "thousand": 1e3}

_NUM = r"\d+(?:[.,]\d+)*"
_SCALE_RE = r"(?:million|millions|billion|thousand|mn|bn|m|k)\b"
_CCY_WORD = r"(?:euros?|pounds?|dollars?|sterling|eur|gbp|usd)\b"

# "£4.5m", "€ 12.5 million", "$261 million"
_SYM_AMOUNT = re.compile(rf"([£€$])\s?({_NUM})(?:\s?({_SCALE_RE}))?", re.I)
# "180 million euros", "15 million pounds", "a 50-million-euro release clause"
_WORD_AMOUNT = re.compile(rf"\b({_NUM})[\s-]?({_SCALE_RE})[\s-]?({_CCY_WORD})", re.I)
# "six million euros", "twenty-five million pounds": a figure spelled out (translated copy writes them so)
_SPELLED = {w: float(i + 1) for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}
_SPELLED.update({"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0, "eighty": 80.0,
                 "ninety": 90.0, "a hundred": 100.0, "one hundred": 100.0})
_SPELLED_NUM = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|" \
               r"a hundred|one hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|" \
               r"fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED_AMOUNT = re.compile(rf"\b({_SPELLED_NUM})[\s-](million|billion)[\s-]({_CCY_WORD})", re.I)
# "between 10 and 15 million euros" / "between €10 million and €15 million"
_RANGE = re.compile(
    rf"\bbetween\s+([£€$])?\s?({_NUM})\s?({_SCALE_RE})?\s?({_CCY_WORD})?\s+(?:and|to)\s+"
    rf"([£€$])?\s?({_NUM})\s?({_SCALE_RE})?\s?({_CCY_WORD})?", re.I)
_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")
_UPPER = re.compile(r"\b(?:under|less than|below|up to|as much as|no more than|a maximum of)\s*$", re.I)
_LOWER = re.compile(r"\b(?:over|more than|above|at least|in excess of|upwards of|north of)\s*$", re.I)
_RISING = re.compile(r"^,?\s*(?:potentially\s+|possibly\s+|which could\s+)?(?:rising|rise|going up)\s+to\s+", re.I)
_ADDONS = re.compile(r"^\s*(?:plus|with)\s+(?:a\s+further\s+|another\s+|up\s+to\s+)?", re.I)
_PAREN = re.compile(r"^\s*\(\s*")


# Amounts below are built without validation (build.maker): the currency is always one of the three codes
# and the figures floats (or None), exactly what validation would give.


_make_amount = maker(Amount)


@dataclass(slots=True)
class Money:
    start: int
    end: int
    amount: Amount
    alt: Amount | None = None  # a conversion given alongside ("$214m (180m euros)")


def _num(s: str) -> float:
    s = s.replace(",", "") if _THOUSANDS.fullmatch(s) else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return float(s.replace(".", "", s.count(".") - 1)) if s.count(".") > 1 else 0.0


def _value(num: str, scale: str | None) -> float:
    v = _num(num)
    if scale:
        v *= _SCALE.get(scale.lower(), 1.0)
    return v


def _single_at(text: str, pos: int) -> tuple[int, int, str, float] | None:
    """An amount starting exactly at pos (symbol or number first)."""
    m = _SYM_AMOUNT.match(text, pos)
    if m:
        if not m.group(3) and _num(m.group(2)) < 1000:
            return None  # "£5" alone is not a fee
        return m.start(), m.end(), _SYMBOL[m.group(1)], _value(m.group(2), m.group(3))
    m = _WORD_AMOUNT.match(text, pos)
    if m:
        return m.start(), m.end(), _WORD_CCY[m.group(3).lower()], _value(m.group(2) and m.group(1), m.group(2))
    m = _SPELLED_AMOUNT.match(text, pos)
    if m:
        return m.start(), m.end(), _WORD_CCY[m.group(3).lower()], _spelled(m.group(1)) * _SCALE[m.group(2).lower()]
    return None


def _spelled(words: str) -> float:
    """The value of a spelled-out figure: "six", "twenty-five", "a hundred"."""
    parts = re.split(r"[\s-]", words.lower())
    if " ".join(parts) in _SPELLED:
        return _SPELLED[" ".join(parts)]
    return sum(_SPELLED.get(p, 0.0) for p in parts)


def find_amounts(text: str) -> list[Money]:
    """Every amount in a sentence, in order, with ranges and bounds folded in."""
    out: list[Money] = []
    if not _DIGIT.search(text) and "illion" not in text:
        return out  # every amount pattern needs a digit or a spelled-out "million"
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _RANGE.finditer(text):
        ccy = (m.group(1) or m.group(5) or "")
        cw = (m.group(4) or m.group(8) or "").lower()
        currency = _SYMBOL.get(ccy) or _WORD_CCY.get(cw)
        scale = m.group(3) or m.group(7)
        if not currency or not scale:
            continue
        out.append(Money(m.start(), m.end(), _make_amount(currency=currency, min=_value(m.group(2), m.group(3) or scale),
                                                          max=_value(m.group(6), m.group(7) or scale))))
        taken.append((m.start(), m.end()))

    singles: list[tuple[int, int, str, float]] = []
    for rx in (_SYM_AMOUNT, _WORD_AMOUNT, _SPELLED_AMOUNT):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            got = _single_at(text, m.start())
            if got and free(got[0], got[1]) and all(got[1] <= s[0] or got[0] >= s[1] for s in singles):
                singles.append(got)
    singles.sort()
    i = 0
    while i < len(singles):
        s, e, ccy, v = singles[i]
        lo: float | None = v
        hi: float | None = v
        before = text[max(0, s - 20):s]
        if _UPPER.search(before):
            lo = None
        elif _LOWER.search(before):
            hi = None
        alt = None
        end = e
        if i + 1 < len(singles):
            ns, ne, nccy, nv = singles[i + 1]
            gap = text[e:ns]
            if _RISING.match(gap) and nccy == ccy:
                hi, end, i = nv, ne, i + 1
            elif _ADDONS.match(gap) and nccy == ccy and len(gap) < 25:
                lo = (lo or 0) + nv if lo is not None else None
                hi = (hi or 0) + nv if hi is not None else None
                end, i = ne, i + 1
            elif _PAREN.fullmatch(gap) and nccy != ccy:
                alt = _make_amount(currency=nccy, min=nv if lo is not None else None, max=nv if hi is not None else None)
                end, i = ne, i + 1
        out.append(Money(s, end, _make_amount(currency=ccy, min=lo, max=hi), alt))
        taken.append((s, end))
        i += 1
    out.sort(key=lambda mo: mo.start)
    return out


def prefer(money: Money, countries: list[str | None]) -> Amount:
    """Pick between an amount and its conversion: the currency the clubs involved deal
    in wins ("$214 million (180 million euros)" for a French club is the euro figure);
    otherwise the figure stated first."""
    if money.alt is None:
        return money.amount
    from bot.extract.lexicon import CURRENCY_OF_COUNTRY, EURO_COUNTRIES

    home = set()
    for c in countries:
        if c in EURO_COUNTRIES:
            home.add("EUR")
        elif c in CURRENCY_OF_COUNTRY:
            home.add(CURRENCY_OF_COUNTRY[c])
    if money.amount.currency not in home and money.alt.currency in home:
        return money.alt
    return money.amount


_UPPER = tail_gated(_UPPER)  # type: ignore[assignment]
_LOWER = tail_gated(_LOWER)  # type: ignore[assignment]
_WORD_AMOUNT = gated(_WORD_AMOUNT)  # type: ignore[assignment]
_RANGE = gated(_RANGE)  # type: ignore[assignment]
