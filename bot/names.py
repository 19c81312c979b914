"""Fuzzy name lookup over every form a player or club is written in.

Used by the Discord name pickers and the CLI filters (`claims --player itakrua`).
Exact folded forms win; then a surname or any single token of a name; then
rapidfuzz over all forms for typos.

`lookup_in_store` reads only the forms a name can match, with indexed queries,
instead of loading every form first (a second and more over 100,000 forms).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.text import fold


@dataclass(frozen=True, slots=True)
class NameMatch:
    entity_id: int
    name: str  # canonical
    alias: str  # the form that matched
    score: float
    ambiguous: bool = False


async def lookup_in_store(store, kind: str, name: str, cutoff: float = 85.0, limit: int = 5) -> list[NameMatch]:
    """Best matches among the store's forms of `kind` ('player' | 'club'), best first; several entities
    with the same top score mean an ambiguous name. Read with indexed queries: exact forms, then forms
    containing the word (a surname), then only the forms (and words) whose length lets fuzz.ratio
    reach `cutoff`."""
    key = fold(name)
    if not key:
        return []
    exact: dict[str, dict[int, tuple[str, bool]]] = defaultdict(dict)
    names: dict[int, str] = {}

    def add(rows) -> None:
        for k, eid, canonical, alias, ambiguous in rows:
            names[eid] = canonical
            known = exact[k].get(eid)
            if known is None or (known[1] and not ambiguous):
                exact[k][eid] = (alias, bool(ambiguous))

    def matches(k: str, score: float) -> list[NameMatch]:
        return [NameMatch(eid, names[eid], alias, score, amb or len(exact[k]) > 1)
                for eid, (alias, amb) in exact[k].items()]

    add(await store.alias_entries(kind, [key]))
    if key in exact:
        return matches(key, 100.0)
    best: dict[int, NameMatch] = {}

    def offer(found: list[NameMatch]) -> None:
        for m in found:
            if m.entity_id not in best or best[m.entity_id].score < m.score:
                best[m.entity_id] = m

    if " " not in key and len(key) >= 3:
        rows = await store.alias_entries_with_word(kind, key)
        add(rows)
        for k in dict.fromkeys(r[0] for r in rows):
            offer(matches(k, 95.0 if k.endswith(" " + key) else 90.0))
    if not best:
        # fuzz.ratio >= cutoff needs the lengths within (1 - c) / (1 + c) of each other, c = 1 - cutoff/100.
        c = max(0.0, 1.0 - cutoff / 100.0)
        lo, hi = int(len(key) * (1 - c) / (1 + c)), int(len(key) * (1 + c) / (1 - c)) + 1 if c < 1 else 10 ** 6
        keys = await store.alias_keys_in_band(kind, lo, hi)
        found = process.extract(key, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
        if found:
            add(await store.alias_entries(kind, [k for k, _s, _ in found]))
        for k, score, _ in found:
            offer(matches(k, float(score)))
        if not best and " " not in key and len(key) >= 4:
            words = await store.name_words_in_band(kind, lo, hi)
            for tok, score, _ in process.extract(key, words, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff):
                rows = await store.alias_entries_with_word(kind, tok)
                add(rows)
                for k in dict.fromkeys(r[0] for r in rows):
                    offer(matches(k, float(score) - 5))
    ranked = sorted(best.values(), key=lambda m: (-m.score, m.name))
    return ranked[:limit]


async def best_matches(store, kind: str, name: str) -> list[NameMatch]:
    """The entities a typed name stands for: every one tied for the best score, one match each
    (several mean the name is ambiguous and the user should pick)."""
    matches = await lookup_in_store(store, kind, name)
    if not matches:
        return []
    top = matches[0].score
    seen: set[int] = set()
    out = []
    for m in matches:
        if m.score == top and m.entity_id not in seen:
            seen.add(m.entity_id)
            out.append(m)
    return out
