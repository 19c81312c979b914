-- Saga and digest subscriptions (issue 14): PostgreSQL's equivalent of SQLite's
-- bot/store/migrations/006_sagas_digests.sql (see there for what each column means).

ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'alert';
ALTER TABLE subscriptions ADD COLUMN digest_time TEXT;
ALTER TABLE subscriptions ADD COLUMN digest_tz TEXT;
ALTER TABLE subscriptions ADD COLUMN digest_after_claim_id BIGINT;
ALTER TABLE subscriptions ADD COLUMN next_digest_at DOUBLE PRECISION;

CREATE TABLE sagas (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    player_id       BIGINT NOT NULL,
    channel_id      BIGINT NOT NULL,
    message_id      BIGINT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    posting_at      DOUBLE PRECISION,
    since_claim_id  BIGINT NOT NULL DEFAULT 0,
    last_claim_id   BIGINT,
    created_at      TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    closed_at       TEXT
);
CREATE INDEX sagas_subscription ON sagas(subscription_id, player_id, status);

CREATE TABLE digests (
    id               BIGSERIAL PRIMARY KEY,
    channel_id       BIGINT NOT NULL,
    tz               TEXT NOT NULL,
    next_digest_at   DOUBLE PRECISION NOT NULL,
    status           TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'delivered', 'dropped')),
    sending_at       DOUBLE PRECISION NOT NULL,
    message_id       BIGINT,
    created_at       TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
);
CREATE INDEX digests_status ON digests(status);

CREATE TABLE digest_parts (
    digest_id        BIGINT NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
    subscription_id  BIGINT NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    after_claim_id   BIGINT NOT NULL,
    through_claim_id BIGINT NOT NULL,
    PRIMARY KEY (digest_id, subscription_id)
);
CREATE INDEX digest_parts_subscription ON digest_parts(subscription_id);
