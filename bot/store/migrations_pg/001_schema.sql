-- The PostgreSQL schema: the same tables as SQLite's migrations 001-006 (bot/store/migrations/),
-- in Postgres's own types. Dates stay ISO text, so the SQL shared with SQLite (bot/store/reads.py)
-- compares and orders them alike; text that is compared or ordered is in the "C" collation (byte
-- order, as SQLite's), whatever the database's locale.

CREATE TABLE articles (
    id          TEXT COLLATE "C" PRIMARY KEY,       -- hash of the normalised text
    url         TEXT,
    title       TEXT,
    outlet      TEXT,
    date        TEXT COLLATE "C" NOT NULL,          -- YYYY-MM-DD
    origin      TEXT NOT NULL,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE players (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE clubs (
    id      BIGSERIAL PRIMARY KEY,
    name    TEXT NOT NULL,
    key     TEXT COLLATE "C" NOT NULL UNIQUE,
    country TEXT,
    league  TEXT,
    known   INTEGER NOT NULL DEFAULT 1
);

-- rowid: SQLite's implicit row number made a column, so "first seen first" orders alike.
CREATE TABLE aliases (
    rowid     BIGSERIAL NOT NULL UNIQUE,
    alias     TEXT NOT NULL,
    key       TEXT COLLATE "C" NOT NULL,
    kind      TEXT COLLATE "C" NOT NULL CHECK (kind IN ('club', 'player', 'manager')),
    entity_id BIGINT NOT NULL,
    ambiguous INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, kind, entity_id)
);
CREATE INDEX aliases_entity ON aliases(kind, entity_id);

CREATE TABLE sources (
    id     BIGSERIAL PRIMARY KEY,
    name   TEXT NOT NULL,
    key    TEXT COLLATE "C" NOT NULL UNIQUE,
    kind   TEXT,
    outlet TEXT,
    tier   INTEGER
);

CREATE TABLE claims (
    id          BIGSERIAL PRIMARY KEY,
    article_id  TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    player_id   BIGINT NOT NULL REFERENCES players(id),
    club_id     BIGINT NOT NULL REFERENCES clubs(id),
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('interest', 'talks', 'bid', 'agreement', 'signed', 'loan', 'ended')),
    past        INTEGER NOT NULL DEFAULT 0,
    source_id   BIGINT REFERENCES sources(id),
    date        TEXT COLLATE "C" NOT NULL,
    event_date  TEXT,
    currency    TEXT,
    amount_min  DOUBLE PRECISION,
    amount_max  DOUBLE PRECISION,
    evidence    TEXT NOT NULL DEFAULT '',
    stored_at   TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
);
CREATE INDEX claims_player ON claims(player_id, date);
CREATE INDEX claims_club ON claims(club_id, date);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE facts (
    id         BIGSERIAL PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    player_id  BIGINT NOT NULL REFERENCES players(id),
    fact       TEXT COLLATE "C" NOT NULL,
    value      TEXT NOT NULL,                  -- JSON, as in SQLite
    source_id  BIGINT REFERENCES sources(id),
    date       TEXT COLLATE "C" NOT NULL,
    evidence   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX facts_player ON facts(player_id, fact, date);
CREATE INDEX facts_article ON facts(article_id);

CREATE TABLE manager_tenures (
    id      BIGSERIAL PRIMARY KEY,
    name    TEXT NOT NULL,
    key     TEXT COLLATE "C" NOT NULL,
    club_id BIGINT NOT NULL REFERENCES clubs(id),
    start   TEXT COLLATE "C" NOT NULL,
    "end"   TEXT COLLATE "C",
    UNIQUE (key, club_id, start)
);
CREATE INDEX manager_tenures_key ON manager_tenures(key);

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE feeds (
    id               BIGSERIAL PRIMARY KEY,
    url              TEXT NOT NULL UNIQUE,
    name             TEXT,
    outlet           TEXT,
    interval_minutes INTEGER NOT NULL DEFAULT 30,
    etag             TEXT,
    last_modified    TEXT,
    last_polled_at   TEXT COLLATE "C",
    next_poll_at     TEXT COLLATE "C",
    failures         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    added_at         TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE INDEX feeds_next_poll ON feeds(next_poll_at);

CREATE TABLE subscriptions (
    id             BIGSERIAL PRIMARY KEY,
    guild_id       BIGINT NOT NULL,
    channel_id     BIGINT NOT NULL,
    kind           TEXT COLLATE "C" NOT NULL CHECK (kind IN ('player', 'club')),
    entity_id      BIGINT NOT NULL,
    name           TEXT NOT NULL,
    min_stage      INTEGER,
    min_tier       INTEGER,
    created_by     BIGINT,
    created_at     TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    after_claim_id BIGINT NOT NULL DEFAULT 0,
    UNIQUE (channel_id, kind, entity_id)
);
CREATE INDEX subscriptions_guild ON subscriptions(guild_id);
CREATE INDEX subscriptions_entity ON subscriptions(kind, entity_id);

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT REFERENCES subscriptions(id) ON DELETE SET NULL,
    channel_id      BIGINT NOT NULL,
    player_id       BIGINT NOT NULL,
    club_id         BIGINT NOT NULL,
    kind            TEXT COLLATE "C" NOT NULL,
    claim_ids       TEXT NOT NULL,
    status          TEXT COLLATE "C" NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'dropped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at DOUBLE PRECISION NOT NULL DEFAULT 0,
    attempt_id      TEXT,
    message_id      BIGINT,
    last_error      TEXT,
    created_at      TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    delivered_at    TEXT,
    sending_at      DOUBLE PRECISION,
    lease_until     DOUBLE PRECISION
);
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
CREATE INDEX outbox_link ON outbox(subscription_id, player_id, club_id, kind, status);

-- Name words (SQLite's migration 004): every word of every player, club and manager form, and
-- the roles a word plays, kept by triggers so every writer maintains them.
CREATE TABLE name_words (
    word TEXT COLLATE "C" PRIMARY KEY
);
CREATE INDEX name_words_band ON name_words(substr(word, 1, 1), length(word));
CREATE INDEX name_words_tail ON name_words(substr(word, 2));

CREATE TABLE name_tokens (
    token     TEXT COLLATE "C" NOT NULL,
    role      INTEGER NOT NULL,
    kind      TEXT COLLATE "C" NOT NULL,
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (token, role, kind, entity_id)
);

-- A key in the folded shape ([a-z0-9]+ words, single spaces); any other shape is skipped.
CREATE FUNCTION name_words_of_alias() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    words TEXT[];
    n INTEGER;
BEGIN
    IF NEW.kind NOT IN ('player', 'club') OR NEW.key !~ '^[a-z0-9]+( [a-z0-9]+)*$' THEN
        RETURN NEW;
    END IF;
    words := string_to_array(NEW.key, ' ');
    n := array_length(words, 1);
    INSERT INTO name_words(word) SELECT DISTINCT w FROM unnest(words) w ON CONFLICT DO NOTHING;
    INSERT INTO name_tokens(token, role, kind, entity_id)
    SELECT DISTINCT w, 0, NEW.kind, NEW.entity_id FROM unnest(words) w ON CONFLICT DO NOTHING;
    IF NEW.kind = 'player' AND n > 1 THEN
        INSERT INTO name_tokens VALUES (words[n], 1, 'player', NEW.entity_id) ON CONFLICT DO NOTHING;
        INSERT INTO name_tokens VALUES (words[1], 3, 'player', NEW.entity_id) ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.kind = 'player' AND n > 2 THEN
        INSERT INTO name_tokens VALUES (words[n - 1] || ' ' || words[n], 2, 'player', NEW.entity_id)
        ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.kind = 'club' AND n > 1 THEN
        INSERT INTO name_tokens(token, role, kind, entity_id)
        SELECT DISTINCT w, 4, 'club', NEW.entity_id FROM unnest(words) w ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER aliases_name_words AFTER INSERT ON aliases
    FOR EACH ROW EXECUTE FUNCTION name_words_of_alias();

CREATE FUNCTION name_words_of_manager() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.key ~ '^[a-z0-9]+( [a-z0-9]+)*$' THEN
        INSERT INTO name_words(word) SELECT DISTINCT w FROM unnest(string_to_array(NEW.key, ' ')) w
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER manager_tenures_name_words AFTER INSERT ON manager_tenures
    FOR EACH ROW EXECUTE FUNCTION name_words_of_manager();
