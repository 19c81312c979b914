-- Settled feed entries (issue 15): PostgreSQL's equivalent of SQLite's
-- bot/store/migrations/007_feed_entries_settled.sql (see there for what each column means).
CREATE TABLE feed_entries_settled (
    feed_id    BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    status     TEXT NOT NULL,
    settled_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, key)
);
