-- Saga subscriptions (issue 14): one living message per player's saga, edited as reports arrive.
--
-- A subscription's mode is 'alert' (a message per new report, as before) or 'saga'.
-- A saga row is the living message of one player's saga for one subscription: created
-- before the first post, with posting_at set when that post starts (so a restart can
-- look for it before posting again), message_id once posted. 'closed' after the final
-- note (a completed move or a collapse); the next report opens a new saga.

ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'alert';

CREATE TABLE sagas (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    player_id       INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,          -- where the message is: the channel, or the forum post's thread
    message_id      INTEGER,                   -- the living message, once posted
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    posting_at      REAL,                      -- unix seconds: when the first post started
    since_claim_id  INTEGER NOT NULL DEFAULT 0, -- the saga shows the player's claims stored after this one
    last_claim_id   INTEGER,                   -- when closed: the newest claim it showed (the next saga starts after)
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    closed_at       TEXT
);
CREATE INDEX sagas_subscription ON sagas(subscription_id, player_id, status);
