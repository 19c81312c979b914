-- Articles an admin removed (`transferbot articles remove`): remembered, so that the next poll of a feed
-- that still lists one, or an ingest of the same file or URL, does not store it (and alert) again. Ingest
-- reports such an article as a duplicate with the reason; `transferbot articles restore` forgets the row
-- (bot.store.base.Store.remove_article / removed_article / restore_article).
CREATE TABLE removed_articles (
    id         TEXT PRIMARY KEY,              -- the article's id: hash of its normalised text
    url        TEXT,                          -- its URL, if it had one (a page's text may change, its URL not)
    origin     TEXT NOT NULL,                 -- the path or URL it was read from (to name it when restoring)
    title      TEXT,
    removed_at TEXT NOT NULL                  -- UTC, YYYY-MM-DDTHH:MM:SSZ
);
CREATE INDEX removed_articles_url ON removed_articles(url);
