-- PostgreSQL twin of ../0005_candles_and_chat_settings.sql. `year` stays a 4-byte INTEGER (the
-- code reads it as i32); the card flag is a BOOLEAN, as the code binds and reads it.
CREATE TABLE candles (
    year INTEGER NOT NULL,
    who  TEXT    NOT NULL,
    PRIMARY KEY (year, who)
);

CREATE TABLE candle_key (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT    NOT NULL
);

CREATE TABLE chat_settings (
    chat_id       BIGINT  PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    timezone      TEXT,
    card_reminder BOOLEAN NOT NULL DEFAULT FALSE
);
