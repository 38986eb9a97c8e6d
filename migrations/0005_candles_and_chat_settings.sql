-- Candles lit in memory of the victims, and per-chat settings for sharing (issue 14). Standard SQL,
-- so that the PostgreSQL store can run the same statements.
--
-- A person lights one candle a year. Who lit it is kept only as far as needed to count each person
-- once: `who` is a keyed hash (SHA-256 of the secret below, the year and the Telegram user id), so
-- the rows of one year cannot be linked to a user id, nor to the same person's row of another year,
-- without the secret. Nothing else is stored: no chat, no time.
CREATE TABLE candles (
    year INTEGER NOT NULL,
    who  TEXT    NOT NULL,
    PRIMARY KEY (year, who)
);

-- The secret of that hash: one row, made at random on first use (hex), never shown.
CREATE TABLE candle_key (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT    NOT NULL
);

-- What a chat chose beyond its language: a time zone (IANA name) for the local equivalent of every
-- time the bot shows (reminders still come on Baku time; NULL: Baku time only), and whether the
-- minute-of-silence reminder comes with the memorial card. A row exists only once a chat chose.
CREATE TABLE chat_settings (
    chat_id       INTEGER PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    timezone      TEXT,
    card_reminder BOOLEAN NOT NULL DEFAULT FALSE
);
