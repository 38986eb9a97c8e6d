-- Several replicas on one database (PostgreSQL; on SQLite there is one process, and these only
-- let a restart take back what the killed process had claimed).
-- A replica claims outbox rows before sending them: `claimed_by` is the replica, `claimed_until`
-- (seconds, the bot's clock) when the claim lapses if that replica is gone.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
CREATE INDEX outbox_claimed ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;

-- Live replicas: each writes `seen_at` (milliseconds, the bot's clock) every second; the send
-- budget is shared among those seen lately. `paused_until` passes a 429's pause to the others.
CREATE TABLE replicas (
    id           TEXT    PRIMARY KEY,
    mode         TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    seen_at      INTEGER NOT NULL,
    paused_until INTEGER
);

-- Updates already handled, so that Telegram's redelivery of one to another replica is dropped.
CREATE TABLE updates_seen (
    update_id INTEGER PRIMARY KEY,
    seen_at   INTEGER NOT NULL
);
