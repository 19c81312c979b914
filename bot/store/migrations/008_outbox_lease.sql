-- Several processes may deliver alerts from one database: a process leases the rows it is
-- about to deliver until this moment (unix seconds), and no other process takes them before
-- (bot.store.subscriptions.claim_alerts). NULL: not leased.
ALTER TABLE outbox ADD COLUMN lease_until REAL;
