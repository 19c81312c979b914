-- The claim database: articles and what they claim about players and clubs.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,              -- hash of the normalised text
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    date        TEXT NOT NULL,                 -- YYYY-MM-DD
    origin      TEXT NOT NULL,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE players (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE                  -- folded name
);

CREATE TABLE clubs (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    key     TEXT NOT NULL UNIQUE,
    country TEXT,
    league  TEXT,
    known   INTEGER NOT NULL DEFAULT 1         -- 0: learned from an article, not in knowledge/
);

-- Every form a name is written in, for the resolver. kind: 'club' | 'player' | 'manager'.
CREATE TABLE aliases (
    alias     TEXT NOT NULL,                   -- as written
    key       TEXT NOT NULL,                   -- folded
    kind      TEXT NOT NULL CHECK (kind IN ('club', 'player', 'manager')),
    entity_id INTEGER NOT NULL,                -- clubs.id or players.id (a manager's current club)
    ambiguous INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, kind, entity_id)
);

CREATE TABLE sources (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    key    TEXT NOT NULL UNIQUE,
    kind   TEXT,
    outlet TEXT,
    tier   INTEGER
);

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    player_id   INTEGER NOT NULL REFERENCES players(id),
    club_id     INTEGER NOT NULL REFERENCES clubs(id),
    kind        TEXT NOT NULL CHECK (kind IN ('interest', 'talks', 'bid', 'agreement', 'signed', 'loan', 'ended')),
    past        INTEGER NOT NULL DEFAULT 0,
    source_id   INTEGER REFERENCES sources(id),
    date        TEXT NOT NULL,
    event_date  TEXT,
    currency    TEXT,
    amount_min  REAL,
    amount_max  REAL,
    evidence    TEXT NOT NULL DEFAULT '',
    stored_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX claims_player ON claims(player_id, date);
CREATE INDEX claims_club ON claims(club_id, date);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE facts (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    player_id  INTEGER NOT NULL REFERENCES players(id),
    fact       TEXT NOT NULL,
    value      TEXT NOT NULL,                  -- JSON: a string, a number or an amount object
    source_id  INTEGER REFERENCES sources(id),
    date       TEXT NOT NULL,
    evidence   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX facts_player ON facts(player_id, fact, date);
CREATE INDEX facts_article ON facts(article_id);

-- Managers stand for the club they managed on a date ("Klopp wants him" in January 2024 = Liverpool).
CREATE TABLE manager_tenures (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    key     TEXT NOT NULL,                     -- folded name or alias
    club_id INTEGER NOT NULL REFERENCES clubs(id),
    start   TEXT NOT NULL,
    end     TEXT,
    UNIQUE (key, club_id, start)
);
CREATE INDEX manager_tenures_key ON manager_tenures(key);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
