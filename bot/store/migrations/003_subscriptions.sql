-- Discord subscriptions (a channel follows a player or a club) and the alert outbox.
--
-- An outbox row is written in the same transaction as the claims it reports
-- (Store.add_article -> bot.store.subscriptions.enqueue_alerts), so a stored
-- claim and its pending alert exist together or not at all. The bot's delivery
-- loop posts pending rows and marks them delivered.

CREATE TABLE subscriptions (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('player', 'club')),
    entity_id      INTEGER NOT NULL,              -- players.id or clubs.id
    name           TEXT NOT NULL,                 -- canonical name when subscribed, for listing
    min_stage      INTEGER,                       -- NULL: every report; else STAGE of the kind ("bids and beyond" = 2)
    min_tier       INTEGER,                       -- NULL: any source; else only sources with tier <= this
    created_by     INTEGER,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    after_claim_id INTEGER NOT NULL DEFAULT 0,    -- only claims stored after the subscription alert
    UNIQUE (channel_id, kind, entity_id)
);
CREATE INDEX subscriptions_guild ON subscriptions(guild_id);
CREATE INDEX subscriptions_entity ON subscriptions(kind, entity_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER REFERENCES subscriptions(id) ON DELETE SET NULL,
    channel_id      INTEGER NOT NULL,
    player_id       INTEGER NOT NULL,
    club_id         INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    claim_ids       TEXT NOT NULL,                -- JSON list: several reports of one link, one alert
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'dropped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,      -- unix seconds
    attempt_id      TEXT,                         -- set when a post starts ('sending')
    message_id      INTEGER,
    last_error      TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    delivered_at    TEXT
);
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
CREATE INDEX outbox_link ON outbox(subscription_id, player_id, club_id, kind, status);
