"""The read queries, written once for both backends (bot/store/store.py: SQLite, bot/store/postgres.py).

The SQL here is the common subset of SQLite and PostgreSQL: `?` placeholders (the Postgres
backend numbers them), `aliases.rowid` (a real column in the Postgres schema, so "first seen
first" orders alike), no bare integers as booleans. A backend provides `_all` and `_one`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot.store.rows import _CLAIM_SELECT, _FACT_SELECT, _claim_row, _fact_row
from bot.text import fold

if TYPE_CHECKING:
    from bot.models import Article, StoredClaim, StoredFact


class ReadQueries:
    """Every read of the claim database that question answering, the CLI and the bot make."""

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        raise NotImplementedError

    async def article(self, article_id: str) -> Article | None:
        row = await self._all("SELECT text, date, origin, url, title, outlet FROM articles WHERE id = ?",
                              (article_id,))
        from bot.models import Article

        for r in row:
            return Article(text=r[0], date=dt.date.fromisoformat(r[1]), origin=r[2], url=r[3], title=r[4],
                           outlet=r[5])
        return None

    async def newest_article_date(self) -> dt.date | None:
        """The publication date of the newest article stored (`ask --as-of` counts "3 days ago" from it)."""
        value = await self._one("SELECT MAX(date) FROM articles")
        return dt.date.fromisoformat(value) if value else None

    async def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "claims", "facts", "players", "clubs", "sources"):
            out[table] = int(await self._one(f"SELECT COUNT(*) FROM {table}"))
        return out

    # -- claims and facts ---------------------------------------------------------
    @staticmethod
    def _claims_sql(player_ids: Iterable[int] | None, club_ids: Iterable[int] | None, since: dt.date | None,
                    kinds: Iterable[str] | None, limit: int | None, newest_first: bool) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        for column, ids in (("c.player_id", player_ids), ("c.club_id", club_ids)):
            if ids is not None:
                ids = list(ids)
                where.append(f"{column} IN ({','.join('?' * len(ids))})" if ids else "1 = 0")
                params.extend(ids)
        if since is not None:
            where.append("c.date >= ?")
            params.append(since.isoformat())
        if kinds is not None:
            kinds = list(kinds)
            where.append(f"c.kind IN ({','.join('?' * len(kinds))})" if kinds else "1 = 0")
            params.extend(kinds)
        sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY c.date DESC, c.id DESC" if newest_first else " ORDER BY c.date, c.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return sql, params

    async def claims(self, player_ids: Iterable[int] | None = None, club_ids: Iterable[int] | None = None,
                     since: dt.date | None = None, kinds: Iterable[str] | None = None,
                     limit: int | None = None, newest_first: bool = False) -> list[StoredClaim]:
        sql, params = self._claims_sql(player_ids, club_ids, since, kinds, limit, newest_first)
        return [_claim_row(r) for r in await self._all(sql, params)]

    async def claim_rows(self, player_ids: Iterable[int] | None = None, club_ids: Iterable[int] | None = None,
                         since: dt.date | None = None, kinds: Iterable[str] | None = None,
                         limit: int | None = None, newest_first: bool = False) -> list[tuple]:
        """claims() as raw rows in _CLAIM_SELECT's column order (bot.answer.shapes.ClaimRow reads them)."""
        sql, params = self._claims_sql(player_ids, club_ids, since, kinds, limit, newest_first)
        return await self._all(sql, params)

    async def claims_by_id(self, ids: Iterable[int]) -> list[StoredClaim]:
        ids = list(ids)
        if not ids:
            return []
        sql = _CLAIM_SELECT + f" WHERE c.id IN ({','.join('?' * len(ids))}) ORDER BY c.id"
        return [_claim_row(r) for r in await self._all(sql, ids)]

    async def facts(self, player_ids: Iterable[int] | None = None) -> list[StoredFact]:
        return [_fact_row(r) for r in await self.fact_rows(player_ids)]

    async def fact_rows(self, player_ids: Iterable[int] | None = None) -> list[tuple]:
        """facts() as raw rows in _FACT_SELECT's column order (bot.answer.shapes.FactRow reads them)."""
        sql, params = _FACT_SELECT, []
        if player_ids is not None:
            ids = list(player_ids)
            sql += f" WHERE f.player_id IN ({','.join('?' * len(ids))})" if ids else " WHERE 1 = 0"
            params = ids
        sql += " ORDER BY f.date, f.id"
        return await self._all(sql, params)

    # -- queries for question answering (bot/answer/) ------------------------------
    async def alias_rows(self) -> list[tuple[str, int, str, str, int]]:
        """(kind, entity_id, canonical name, folded alias key, ambiguous) for every player and club form."""
        players = await self._all("SELECT 'player', a.entity_id, p.name, a.key, a.ambiguous FROM aliases a "
                                  "JOIN players p ON p.id = a.entity_id WHERE a.kind = 'player' ORDER BY a.rowid")
        clubs = await self._all("SELECT 'club', a.entity_id, c.name, a.key, a.ambiguous FROM aliases a "
                                "JOIN clubs c ON c.id = a.entity_id WHERE a.kind = 'club' ORDER BY a.rowid")
        return [tuple(r) for r in players] + [tuple(r) for r in clubs]


    async def manager_rows(self) -> list[tuple[str, str, int, str, str | None]]:
        """(manager name, folded key, club_id, start, end) for every manager tenure."""
        rows = await self._all('SELECT name, key, club_id, start, "end" FROM manager_tenures ORDER BY id')
        return [tuple(r) for r in rows]

    async def manager_rows_for(self, keys: Sequence[str], last_words: Sequence[str]
                               ) -> list[tuple[str, str, int, str, str | None]]:
        """manager_rows() of the managers a question can name: a form among `keys`, or a form whose
        last word is among `last_words` ("klopp" of "jurgen klopp"). A question reads these, not
        every tenure."""
        keys, last_words = list(keys), list(last_words)
        if not keys and not last_words:
            return []
        where = [f"key IN ({self._marks(keys)})"] if keys else []
        where += ["key LIKE ?"] * len(last_words)
        rows = await self._all('SELECT name, key, club_id, start, "end" FROM manager_tenures WHERE '
                               + " OR ".join(where) + " ORDER BY id", [*keys, *(f"% {w}" for w in last_words)])
        return [tuple(r) for r in rows]

    async def names_version(self) -> tuple[int, ...]:
        """Cheap stamp that changes when names change (max rowids of aliases, managers, players, clubs)."""
        row = await self._all(
            "SELECT (SELECT MAX(rowid) FROM aliases), (SELECT MAX(id) FROM manager_tenures), "
            "(SELECT MAX(id) FROM players), (SELECT MAX(id) FROM clubs)")
        return tuple(int(v or 0) for v in next(iter(row)))

    # Indexed name look-ups for one question (bot.answer.resolve.QuestionResolver; migration 004).
    @staticmethod
    def _marks(values: Sequence[Any]) -> str:
        return ",".join("?" * len(values))

    async def alias_rows_for_keys(self, keys: Sequence[str]) -> list[tuple[str, int, str, str, int]]:
        """alias_rows() restricted to these folded keys, in the same order (players, then clubs, by rowid)."""
        keys = list(keys)
        if not keys:
            return []
        rows = await self._all(
            "SELECT a.kind, a.entity_id, COALESCE(p.name, c.name), a.key, a.ambiguous FROM aliases a "
            "LEFT JOIN players p ON a.kind = 'player' AND p.id = a.entity_id "
            "LEFT JOIN clubs c ON a.kind = 'club' AND c.id = a.entity_id "
            f"WHERE a.key IN ({self._marks(keys)}) AND a.kind IN ('player', 'club') "
            "AND COALESCE(p.name, c.name) IS NOT NULL ORDER BY a.kind = 'club', a.rowid", keys)
        return [tuple(r) for r in rows]

    async def alias_keys_present(self, keys: Iterable[str]) -> set[str]:
        """Which of these folded keys are a player's or club's form."""
        keys = list(keys)
        if not keys:
            return set()
        rows = await self._all(f"SELECT DISTINCT key FROM aliases WHERE key IN ({self._marks(keys)}) "
                               "AND kind IN ('player', 'club')", keys)
        return {r[0] for r in rows}

    async def name_words_present(self, words: Iterable[str]) -> set[str]:
        """Which of these words are a word of some player, club or manager form."""
        words = list(words)
        if not words:
            return set()
        rows = await self._all(f"SELECT word FROM name_words WHERE word IN ({self._marks(words)})", words)
        return {r[0] for r in rows}

    async def name_word_band(self, initial: str, min_len: int, max_len: int) -> list[str]:
        """Name words starting with `initial` whose length is in [min_len, max_len], sorted."""
        rows = await self._all("SELECT word FROM name_words WHERE substr(word, 1, 1) = ? "
                               "AND length(word) BETWEEN ? AND ?", (initial, int(min_len), int(max_len)))
        return sorted(r[0] for r in rows)

    async def name_words_by_tail(self, tails: Sequence[str]) -> list[str]:
        """Name words whose letters after the first are one of `tails`."""
        tails = list(tails)
        if not tails:
            return []
        rows = await self._all(f"SELECT word FROM name_words WHERE substr(word, 2) IN ({self._marks(tails)})",
                               tails)
        return [r[0] for r in rows]

    async def name_token_rows(self, tokens: Sequence[str], roles: Sequence[int]
                              ) -> list[tuple[str, int, str, int, str]]:
        """(token, role, kind, entity_id, name) of migration 004's name_tokens for these tokens and roles."""
        tokens, roles = list(tokens), [int(r) for r in roles]
        if not tokens or not roles:
            return []
        rows = await self._all(
            "SELECT t.token, t.role, t.kind, t.entity_id, COALESCE(p.name, c.name) FROM name_tokens t "
            "LEFT JOIN players p ON t.kind = 'player' AND p.id = t.entity_id "
            "LEFT JOIN clubs c ON t.kind = 'club' AND c.id = t.entity_id "
            f"WHERE t.token IN ({self._marks(tokens)}) AND t.role IN ({self._marks(roles)}) "
            "AND COALESCE(p.name, c.name) IS NOT NULL", [*tokens, *roles])
        return [(r[0], int(r[1]), r[2], int(r[3]), r[4]) for r in rows]

    # Name look-ups for the CLI filters (bot.names.lookup_in_store): rows (key, entity_id, name, alias, ambiguous).
    _ALIAS_ENTRY = ("SELECT a.key, a.entity_id, e.name, a.alias, a.ambiguous FROM aliases a "
                    "JOIN {table} e ON e.id = a.entity_id WHERE a.kind = ? ")

    async def alias_entries(self, kind: str, keys: Sequence[str]) -> list[tuple[str, int, str, str, int]]:
        """The forms of `kind` with these folded keys."""
        keys = list(keys)
        if not keys:
            return []
        table = "players" if kind == "player" else "clubs"
        sql = self._ALIAS_ENTRY.format(table=table) + f"AND a.key IN ({self._marks(keys)}) ORDER BY a.rowid"
        return [tuple(r) for r in await self._all(sql, [kind, *keys])]

    async def alias_entries_with_word(self, kind: str, word: str) -> list[tuple[str, int, str, str, int]]:
        """The forms of `kind` that contain `word` as a word (through name_tokens, migration 004)."""
        table = "players" if kind == "player" else "clubs"
        sql = (self._ALIAS_ENTRY.format(table=table)
               + "AND a.entity_id IN (SELECT entity_id FROM name_tokens WHERE token = ? AND role = 0 AND kind = ?) "
               "AND (' ' || a.key || ' ') LIKE ('% ' || CAST(? AS TEXT) || ' %') ORDER BY a.rowid")
        return [tuple(r) for r in await self._all(sql, [kind, word, kind, word])]

    async def alias_keys_in_band(self, kind: str, min_len: int, max_len: int) -> list[str]:
        """Distinct folded keys of `kind`'s forms with a length in [min_len, max_len], first seen first."""
        table = "players" if kind == "player" else "clubs"
        rows = await self._all(f"SELECT a.key FROM aliases a JOIN {table} e ON e.id = a.entity_id "
                               "WHERE a.kind = ? AND length(a.key) BETWEEN ? AND ? ORDER BY a.rowid",
                               (kind, int(min_len), int(max_len)))
        return list(dict.fromkeys(r[0] for r in rows))

    async def name_words_in_band(self, kind: str, min_len: int, max_len: int) -> list[str]:
        """Distinct words of `kind`'s forms with a length in [min_len, max_len]."""
        rows = await self._all("SELECT DISTINCT token FROM name_tokens WHERE role = 0 AND kind = ? "
                               "AND length(token) BETWEEN ? AND ?", (kind, int(min_len), int(max_len)))
        return [r[0] for r in rows]

    async def name_token_rows_upto(self, tokens: Sequence[str], role: int, at_most: int
                                   ) -> list[tuple[str, int, str, int, str]]:
        """name_token_rows() of one role, for the tokens that have at most `at_most` rows of it (a first
        name the resolver uses only when few players share it: "moises" in 1,400 names is not read)."""
        tokens = list(tokens)
        if not tokens:
            return []
        rows = await self._all(
            "SELECT t.token, t.role, t.kind, t.entity_id, COALESCE(p.name, c.name) FROM name_tokens t "
            "LEFT JOIN players p ON t.kind = 'player' AND p.id = t.entity_id "
            "LEFT JOIN clubs c ON t.kind = 'club' AND c.id = t.entity_id "
            "WHERE t.role = ? AND t.token IN (SELECT token FROM name_tokens "
            f"WHERE role = ? AND token IN ({self._marks(tokens)}) GROUP BY token HAVING COUNT(*) <= ?) "
            "AND COALESCE(p.name, c.name) IS NOT NULL", [int(role), int(role), *tokens, int(at_most)])
        return [(r[0], int(r[1]), r[2], int(r[3]), r[4]) for r in rows]

    async def names_with_aliases(self, kind: str, ids: Sequence[int]) -> dict[int, str]:
        """Names of the players or clubs among `ids` that have at least one form."""
        ids = [int(i) for i in ids]
        if not ids:
            return {}
        table = "players" if kind == "player" else "clubs"
        rows = await self._all(
            f"SELECT e.id, e.name FROM {table} e WHERE e.id IN ({self._marks(ids)}) AND EXISTS "
            "(SELECT 1 FROM aliases a WHERE a.kind = ? AND a.entity_id = e.id AND a.key <> '')", [*ids, kind])
        return {int(i): n for i, n in rows}


    async def data_version(self) -> tuple[int, ...]:
        """Cheap stamp that changes when names or claims change (max rowids), for caching the resolver."""
        row = await self._all(
            "SELECT (SELECT MAX(rowid) FROM aliases), (SELECT MAX(id) FROM claims), (SELECT MAX(id) FROM facts), "
            "(SELECT MAX(id) FROM manager_tenures), (SELECT MAX(id) FROM players), (SELECT MAX(id) FROM clubs)")
        return tuple(int(v or 0) for v in next(iter(row)))


    async def linked_pairs(self, player_ids: Iterable[int] | None = None,
                            club_ids: Iterable[int] | None = None) -> set[tuple[int, int]]:
        """(player_id, club_id) pairs that share at least one claim, for the given players or clubs."""
        if player_ids is not None:
            ids = list(player_ids)
            sql = f"SELECT DISTINCT player_id, club_id FROM claims WHERE player_id IN ({','.join('?' * len(ids))})"
        else:
            ids = list(club_ids or [])
            sql = f"SELECT DISTINCT player_id, club_id FROM claims WHERE club_id IN ({','.join('?' * len(ids))})"
        if not ids:
            return set()
        return {(int(p), int(c)) for p, c in await self._all(sql, ids)}


    async def claim_counts(self, kind: str, ids: Iterable[int]) -> dict[int, int]:
        """Number of claims (plus facts, for players) per player or club id."""
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        column = "player_id" if kind == "player" else "club_id"
        out = {i: 0 for i in ids}
        for eid, n in await self._all(f"SELECT {column}, COUNT(*) FROM claims WHERE {column} IN ({marks}) "
                                      f"GROUP BY {column}", ids):
            out[int(eid)] += int(n)
        if kind == "player":
            for eid, n in await self._all(f"SELECT player_id, COUNT(*) FROM facts WHERE player_id IN ({marks}) "
                                          "GROUP BY player_id", ids):
                out[int(eid)] += int(n)
        return out


    async def club_claim_heads(self, club_ids: Iterable[int], limit: int) -> list[tuple[int, int]]:
        """(claim id, player id) of the newest `limit` claims about each club, newest first, club by club."""
        out: list[tuple[int, int]] = []
        for cid in club_ids:
            rows = await self._all("SELECT c.id, c.player_id FROM claims c WHERE c.club_id = ? "
                                   "ORDER BY c.date DESC, c.id DESC LIMIT ?", (int(cid), int(limit)))
            out.extend((int(i), int(p)) for i, p in rows)
        return out

    async def claim_rows_by_id(self, ids: Iterable[int]) -> list[tuple]:
        """claims_by_id() as raw rows in _CLAIM_SELECT's column order, by id."""
        ids = list(ids)
        if not ids:
            return []
        return await self._all(_CLAIM_SELECT + f" WHERE c.id IN ({self._marks(ids)}) ORDER BY c.id", ids)

    async def claim_status_rows(self, player_ids: Iterable[int], kinds: Iterable[str] | None = None
                                ) -> list[tuple[str, str, str, bool, str, str | None]]:
        """(player, club, kind, past, date, event_date) of the players' claims: the light rows that decide
        who is still in for a player, without building a model per claim."""
        ids = list(player_ids)
        if not ids:
            return []
        sql = ("SELECT p.name, cl.name, c.kind, c.past, c.date, c.event_date FROM claims c "
               "JOIN players p ON p.id = c.player_id JOIN clubs cl ON cl.id = c.club_id "
               f"WHERE c.player_id IN ({','.join('?' * len(ids))})")
        params: list = list(ids)
        if kinds is not None:
            kinds = list(kinds)
            sql += f" AND c.kind IN ({','.join('?' * len(kinds))})"
            params += kinds
        return [(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in await self._all(sql, params)]

    async def find_articles(self, ref: str) -> list[tuple[str, str | None, str | None, str]]:
        """(id, URL or origin, title, date) of the articles `ref` names: an article id, a URL or an origin."""
        rows = await self._all("SELECT id, COALESCE(url, origin), title, date FROM articles "
                               "WHERE id = ? OR url = ? OR origin = ? "
                               "ORDER BY date, id", (ref.strip().lower(), ref.strip(), ref.strip()))
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    # -- sources (bot.answer.scorecards) --------------------------------------------
    async def source_rows(self) -> list[tuple[str, str, str | None, str | None, int | None]]:
        """(name, folded key, kind, outlet, tier) of every source, shipped or met in an article."""
        rows = await self._all("SELECT name, key, kind, outlet, tier FROM sources ORDER BY id")
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    async def claim_outcome_rows(self, player_ids: Iterable[int] | None = None
                                 ) -> list[tuple[str, str, str, int, str | None, str, str | None]]:
        """(player, club, kind, past, source, date, event_date) of every claim (or the players'): the light
        rows source scorecards read, without the article columns."""
        sql = ("SELECT p.name, cl.name, c.kind, c.past, s.name, c.date, c.event_date FROM claims c "
               "JOIN players p ON p.id = c.player_id JOIN clubs cl ON cl.id = c.club_id "
               "LEFT JOIN sources s ON s.id = c.source_id")
        params: list[int] = []
        if player_ids is not None:
            params = [int(i) for i in player_ids]
            if not params:
                return []
            sql += f" WHERE c.player_id IN ({self._marks(params)})"
        return [(r[0], r[1], r[2], int(r[3]), r[4], r[5], r[6]) for r in await self._all(sql, params)]

    async def source_player_ids(self, source_key: str) -> list[int]:
        """Players a source (by folded name) is credited with a claim about: whose claims its record needs."""
        rows = await self._all("SELECT DISTINCT c.player_id FROM claims c JOIN sources s ON s.id = c.source_id "
                               "WHERE s.key = ?", (source_key,))
        return [int(r[0]) for r in rows]

    async def player_ids(self, names: Iterable[str]) -> dict[str, int]:
        names = list(names)
        if not names:
            return {}
        # By the indexed folded key (players.key = fold(players.name)), then the exact name.
        keys = list(dict.fromkeys(fold(n) for n in names))
        wanted = set(names)
        rows = await self._all(f"SELECT name, id FROM players WHERE key IN ({self._marks(keys)})", keys)
        return {n: int(i) for n, i in rows if n in wanted}

