-- Feed entries that did not become an article for a reason that will not pass by itself (the page is a
-- login wall, its text is a duplicate under another link): a poll skips them instead of fetching their
-- page again every time. Rows older than the retry period are forgotten, so such an entry is read again
-- now and then (bot.store.feeds.SETTLED_RETRY).
CREATE TABLE feed_entries_settled (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,                 -- the entry's key: its link, or feed URL#id
    status     TEXT NOT NULL,                 -- 'failed' | 'duplicate'
    settled_at TEXT NOT NULL,                 -- UTC, YYYY-MM-DDTHH:MM:SSZ
    PRIMARY KEY (feed_id, key)
);
