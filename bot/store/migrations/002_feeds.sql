-- Feeds the bot polls on its own, with the state that makes polling cheap and polite.

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT NOT NULL UNIQUE,
    name             TEXT,
    outlet           TEXT,                         -- the outlet its articles are credited to; NULL: the feed's title
    interval_minutes INTEGER NOT NULL DEFAULT 30,
    etag             TEXT,                         -- validators for conditional GET
    last_modified    TEXT,
    last_polled_at   TEXT,                         -- UTC, YYYY-MM-DDTHH:MM:SSZ
    next_poll_at     TEXT,                         -- UTC; NULL: due now
    failures         INTEGER NOT NULL DEFAULT 0,   -- failed polls in a row (backoff)
    last_error       TEXT,
    added_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX feeds_next_poll ON feeds(next_poll_at);
