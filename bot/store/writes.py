"""An article's writes as one call into the database thread.

aiosqlite runs every statement on its own thread and hands the result back to the
event loop: 47-85 µs a hop, against about 1 µs for the statement itself. An article
takes some 66 statements (the article row, players, clubs, sources, claims, facts,
alerts), so storing it hopped ~66 times. Here the whole transaction — BEGIN
IMMEDIATE, every statement, COMMIT, or ROLLBACK on any error — is one plain
function run on that thread (`in_db_thread`): one hop per article, and the event
loop never waits on the disk.

All-or-nothing holds as before and more strictly: the function owns its transaction
from BEGIN to COMMIT, so a task cancelled while it runs cannot leave it half done
(the thread finishes it, committed or rolled back).

This is the SQLite backend's plan; `Store.add_article` and `Store.replace_extraction`
are the interface (one awaited call per article), so another backend answers the
same calls its own way (a server database would send the statements in one
pipeline) without the callers knowing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from bot.store.rows import AddResult, dedupe_claims
from bot.text import fold

if TYPE_CHECKING:
    from bot.models import Article, Claim, Extraction, Fact

T = TypeVar("T")


def _transaction(con: sqlite3.Connection, body: Callable[[], T]) -> T:
    con.execute("BEGIN IMMEDIATE")
    try:
        out = body()
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return out


class _Ids:
    """Ids of the players, clubs and sources one article names, each upserted once per article."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.players: dict[str, int] = {}
        self.clubs: dict[str, int] = {}
        self.sources: dict[str, int] = {}

    def _alias(self, alias: str, kind: str, entity_id: int, ambiguous: bool) -> None:
        key = fold(alias)
        if key:
            self.con.execute("INSERT OR IGNORE INTO aliases(alias, key, kind, entity_id, ambiguous) "
                             "VALUES (?, ?, ?, ?, ?)", (alias, key, kind, entity_id, int(ambiguous)))

    def _one(self, sql: str, params: tuple) -> int:
        row = self.con.execute(sql, params).fetchone()
        assert row is not None
        return int(row[0])

    def player(self, name: str) -> int:
        pid = self.players.get(name)
        if pid is None:
            key = fold(name)
            self.con.execute("INSERT OR IGNORE INTO players(name, key) VALUES (?, ?)", (name, key))
            pid = self._one("SELECT id FROM players WHERE key = ?", (key,))
            self._alias(name, "player", pid, False)
            self.players[name] = pid
        return pid

    def upsert_club(self, name: str, country: str | None, league: str | None, known: bool) -> int:
        key = fold(name)
        self.con.execute(
            "INSERT INTO clubs(name, key, country, league, known) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET country = COALESCE(excluded.country, clubs.country), "
            "league = COALESCE(excluded.league, clubs.league), known = MAX(clubs.known, excluded.known)",
            (name, key, country, league, int(known)))
        cid = self._one("SELECT id FROM clubs WHERE key = ?", (key,))
        self._alias(name, "club", cid, False)
        self.clubs[name] = cid
        return cid

    def club(self, name: str) -> int:
        """A claim's club: the stored one of that key, else a new club unknown to the knowledge."""
        cid = self.clubs.get(name)
        if cid is None:
            row = self.con.execute("SELECT id FROM clubs WHERE key = ?", (fold(name),)).fetchone()
            cid = int(row[0]) if row else self.upsert_club(name, None, None, False)
            self.clubs[name] = cid
        return cid

    def source(self, name: str | None) -> int | None:
        if not name or not fold(name):
            return None
        sid = self.sources.get(name)
        if sid is None:
            key = fold(name)
            self.con.execute(
                "INSERT INTO sources(name, key, kind, outlet, tier) VALUES (?, ?, NULL, NULL, NULL) "
                "ON CONFLICT(key) DO NOTHING", (name, key))
            sid = self._one("SELECT id FROM sources WHERE key = ?", (key,))
            self.sources[name] = sid
        return sid


def _insert_claim(ids: _Ids, aid: str, c: Claim) -> int:
    pid = ids.player(c.player)
    cid = ids.club(c.club)
    sid = ids.source(c.source)
    cur = ids.con.execute(
        "INSERT INTO claims(article_id, player_id, club_id, kind, past, source_id, date, event_date, "
        "currency, amount_min, amount_max, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (aid, pid, cid, c.kind, int(c.past), sid, c.date.isoformat(), c.event_date,
         c.amount.currency if c.amount else None, c.amount.min if c.amount else None,
         c.amount.max if c.amount else None, c.evidence))
    assert cur.lastrowid is not None
    return int(cur.lastrowid)


def _insert_fact(ids: _Ids, aid: str, f: Fact) -> None:
    from bot.models import Amount

    pid = ids.player(f.player)
    sid = ids.source(f.source)
    value = f.value.model_dump() if isinstance(f.value, Amount) else f.value
    ids.con.execute(
        "INSERT INTO facts(article_id, player_id, fact, value, source_id, date, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (aid, pid, f.fact, json.dumps(value, ensure_ascii=False), sid, f.date.isoformat(), f.evidence))


def _names(ids: _Ids, extraction: Extraction) -> None:
    for club in extraction.new_clubs:
        ids.upsert_club(club.name, club.country, None, known=False)
    for name in extraction.players:
        ids.player(name)


def add_article(con: sqlite3.Connection, article: Article, extraction: Extraction, alert: bool = True) -> AddResult:
    """Store.add_article's transaction, run on the database thread; `alert=False` queues no alerts."""
    from bot.store.subscriptions import enqueue_alerts_sync

    aid = article.id

    def body() -> AddResult:
        if con.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone() is not None:
            return AddResult(aid, "duplicate")
        con.execute(
            "INSERT INTO articles(id, url, title, outlet, date, origin, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (aid, article.url, article.title, article.outlet, article.date.isoformat(), article.origin,
             article.text))
        ids = _Ids(con)
        _names(ids, extraction)
        result = AddResult(aid, "new")
        for claim in dedupe_claims(extraction.claims):
            result.claim_ids.append(_insert_claim(ids, aid, claim))
        # Discord alerts: outbox rows for subscriptions these claims match, in this same
        # transaction, so a claim and its pending alert commit (or roll back) together.
        if alert:
            enqueue_alerts_sync(con, result.claim_ids)
        for fact in extraction.facts:
            _insert_fact(ids, aid, fact)
            result.facts += 1
        result.claims = len(result.claim_ids)
        return result

    return _transaction(con, body)


def replace_extraction(con: sqlite3.Connection, article_id: str, extraction: Extraction) -> int:
    """Store.replace_extraction's transaction, run on the database thread."""
    def body() -> int:
        con.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        con.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        ids = _Ids(con)
        _names(ids, extraction)
        claims = dedupe_claims(extraction.claims)
        for claim in claims:
            _insert_claim(ids, article_id, claim)
        for fact in extraction.facts:
            _insert_fact(ids, article_id, fact)
        return len(claims)

    return _transaction(con, body)
