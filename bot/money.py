"""How an amount of money reads to a person; shared by the pydantic Amount and the answer's light Money."""

from __future__ import annotations

SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def describe_amount(currency: str, lo: float | None, hi: float | None) -> str:
    """'£4m', '€10m–€15m', 'under £1m' (only a maximum), '£50m+' (only a minimum)."""
    symbol = SYMBOLS.get(currency, currency + " ")

    def fmt(v: float) -> str:
        if v >= 1e9:
            return f"{symbol}{v / 1e9:g}bn"
        if v >= 1e6:
            return f"{symbol}{v / 1e6:g}m"
        if v >= 1e3:
            return f"{symbol}{v / 1e3:g}k"
        return f"{symbol}{v:g}"

    if lo is not None and hi is not None and lo != hi:
        return f"{fmt(lo)}–{fmt(hi)}"
    if lo is None and hi is not None:
        return f"under {fmt(hi)}"
    if hi is None and lo is not None:
        return f"{fmt(lo)}+"
    return fmt(hi if hi is not None else 0)
