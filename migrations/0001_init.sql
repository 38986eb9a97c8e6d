-- Chats the bot knows, subscriptions to reminders, and the delivery outbox.
-- Times are Unix seconds (UTC).

CREATE TABLE chats (
    chat_id    INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('private', 'group', 'supergroup', 'channel')),
    title      TEXT,
    -- The language chosen with /language; NULL until someone chooses.
    lang       TEXT    CHECK (lang IN ('az', 'en', 'ru')),
    -- The language of the last user's Telegram client, the fallback for reminders.
    user_lang  TEXT    CHECK (user_lang IN ('az', 'en', 'ru')),
    -- 0 once the bot was blocked, kicked or the chat deleted: nothing is sent to it then.
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE subscriptions (
    chat_id    INTEGER PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    plan       TEXT    NOT NULL CHECK (plan IN ('all', 'silence')),
    created_at INTEGER NOT NULL
);

-- One row per message to deliver. UNIQUE (occurrence, chat_id) is what makes a reminder reach a
-- chat at most once however often the scheduler runs.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    occurrence  TEXT    NOT NULL,
    chat_id     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'stale')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  INTEGER NOT NULL,
    stale_at    INTEGER NOT NULL,
    last_error  TEXT,
    sent_at     INTEGER,
    UNIQUE (occurrence, chat_id)
);

CREATE INDEX outbox_pending ON outbox (state, not_before);

-- Owner broadcasts waiting for confirmation.
CREATE TABLE broadcasts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'cancelled')),
    created_at INTEGER NOT NULL
);
