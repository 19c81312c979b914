-- Removed articles: PostgreSQL's equivalent of SQLite's bot/store/migrations/009_removed_articles.sql
-- (see there for what each column means).
CREATE TABLE removed_articles (
    id         TEXT COLLATE "C" PRIMARY KEY,
    url        TEXT,
    origin     TEXT NOT NULL,
    title      TEXT,
    removed_at TEXT NOT NULL
);
CREATE INDEX removed_articles_url ON removed_articles(url);
