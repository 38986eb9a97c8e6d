-- Reminder texts are rendered when they are sent, in the chat's language at that moment (one rule,
-- `Lang::choose`, instead of a copy of it in SQL): `text` is NULL for a reminder and holds the
-- owner's words for a broadcast. A reminder dropped because a later one of the same days comes
-- too soon after it is 'superseded'. SQLite cannot change a column in place: the table is rebuilt.
CREATE TABLE outbox_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    occurrence  TEXT    NOT NULL,
    chat_id     INTEGER NOT NULL,
    text        TEXT,
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'failed', 'stale', 'superseded')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  INTEGER NOT NULL,
    stale_at    INTEGER NOT NULL,
    last_error  TEXT,
    sent_at     INTEGER,
    UNIQUE (occurrence, chat_id)
);
INSERT INTO outbox_new SELECT id, occurrence, chat_id, text, state, attempts, not_before, stale_at, last_error, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (state, not_before);
CREATE INDEX outbox_chat ON outbox (chat_id, state);
