"""Fuzzy name lookup over every form a player or club is written in.

Used by the CLI filters (`claims --player itakrua`) and by the question resolver.
Exact folded forms win; then a surname or any single token of a name; then
rapidfuzz over all forms for typos.
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


class NameIndex:
    def __init__(self) -> None:
        self._exact: dict[str, dict[int, tuple[str, bool]]] = defaultdict(dict)  # key -> id -> (alias, ambiguous)
        self._token: dict[str, set[str]] = defaultdict(set)  # token -> keys containing it
        self._names: dict[int, str] = {}
        self._keys: list[str] | None = None

    def add(self, entity_id: int, name: str, alias: str | None = None, ambiguous: bool = False) -> None:
        key = fold(alias or name)
        if not key:
            return
        self._names[entity_id] = name
        known = self._exact[key].get(entity_id)
        if known is None or (known[1] and not ambiguous):
            self._exact[key][entity_id] = (alias or name, ambiguous)
        for tok in key.split():
            self._token[tok].add(key)
        self._keys = None

    def __len__(self) -> int:
        return len(self._exact)

    def name(self, entity_id: int) -> str | None:
        return self._names.get(entity_id)

    def _matches(self, key: str, score: float) -> list[NameMatch]:
        return [NameMatch(eid, self._names[eid], alias, score, amb or len(self._exact[key]) > 1)
                for eid, (alias, amb) in self._exact[key].items()]

    def lookup(self, name: str, cutoff: float = 85.0, limit: int = 5) -> list[NameMatch]:
        """Best matches, best first; several entities with the same top score mean an ambiguous name."""
        key = fold(name)
        if not key:
            return []
        if key in self._exact:
            return self._matches(key, 100.0)
        best: dict[int, NameMatch] = {}

        def offer(matches: list[NameMatch]) -> None:
            for m in matches:
                if m.entity_id not in best or best[m.entity_id].score < m.score:
                    best[m.entity_id] = m

        # A surname or another single word of a longer name ("itakura" -> "ko itakura").
        if " " not in key and len(key) >= 3:
            for k in self._token.get(key, ()):
                offer(self._matches(k, 95.0 if k.endswith(" " + key) else 90.0))
        if not best:
            if self._keys is None:
                self._keys = list(self._exact)
            for k, score, _ in process.extract(key, self._keys, scorer=fuzz.ratio, limit=limit,
                                               score_cutoff=cutoff):
                offer(self._matches(k, float(score)))
                # "itakrua" -> the surname of "ko itakura"
            if not best and " " not in key and len(key) >= 4:
                tokens = list(self._token)
                for tok, score, _ in process.extract(key, tokens, scorer=fuzz.ratio, limit=limit,
                                                     score_cutoff=cutoff):
                    for k in self._token[tok]:
                        offer(self._matches(k, float(score) - 5))
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.name))
        return ranked[:limit]
