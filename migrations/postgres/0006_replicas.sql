-- PostgreSQL twin of ../0006_replicas.sql: outbox claims, live replicas, updates already handled.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
CREATE INDEX outbox_claimed ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE replicas (
    id           TEXT   PRIMARY KEY,
    mode         TEXT   NOT NULL,
    started_at   BIGINT NOT NULL,
    seen_at      BIGINT NOT NULL,
    paused_until BIGINT
);

CREATE TABLE updates_seen (
    update_id BIGINT PRIMARY KEY,
    seen_at   BIGINT NOT NULL
);
