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

-- Digest subscriptions: one message a day at a local time, with what changed since the last one.
-- digest_after_claim_id is the newest claim the last digest covered; next_digest_at the next
-- one's time (unix seconds). A digests row is written 'sending' before the post (with the claims
-- it covers, in digest_parts), so a restart finds an unfinished one and looks for its marker
-- before posting again.
-- digest_time is 'HH:MM' local to digest_tz, an IANA name such as 'Europe/London'.
ALTER TABLE subscriptions ADD COLUMN digest_time TEXT;
ALTER TABLE subscriptions ADD COLUMN digest_tz TEXT;
ALTER TABLE subscriptions ADD COLUMN digest_after_claim_id INTEGER;
ALTER TABLE subscriptions ADD COLUMN next_digest_at REAL;

CREATE TABLE digests (
    id               INTEGER PRIMARY KEY,
    channel_id       INTEGER NOT NULL,
    tz               TEXT NOT NULL,             -- the day it is dated in
    next_digest_at   REAL NOT NULL,             -- the subscriptions' next time once this one is done
    status           TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'delivered', 'dropped')),
    sending_at       REAL NOT NULL,
    message_id       INTEGER,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX digests_status ON digests(status);

-- One digest message covers every digest subscription of a channel due at the same time:
-- a part per subscription, with the claims it covers.
CREATE TABLE digest_parts (
    digest_id        INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
    subscription_id  INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    after_claim_id   INTEGER NOT NULL,
    through_claim_id INTEGER NOT NULL,
    PRIMARY KEY (digest_id, subscription_id)
);
CREATE INDEX digest_parts_subscription ON digest_parts(subscription_id);
