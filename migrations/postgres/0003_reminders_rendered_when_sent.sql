-- PostgreSQL twin of ../0003_reminders_rendered_when_sent.sql: a reminder's text is NULL (rendered
-- when sent) and 'superseded' is a state. PostgreSQL changes the columns in place.
ALTER TABLE outbox ALTER COLUMN text DROP NOT NULL;
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('pending', 'sent', 'failed', 'stale', 'superseded'));
