-- When the latest post of an alert started (unix seconds, the bot's clock). After a crash
-- between posting and marking, delivery reads the channel from that moment on for the
-- alert's marker, however many messages came after it (bot/cogs/alerts.py).
ALTER TABLE outbox ADD COLUMN sending_at REAL;
