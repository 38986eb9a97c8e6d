-- Questions the bot could not answer (out of scope, or "did you mean"), so that its knowledge can
-- grow from what people really ask. No user or chat id: only the folded text, its language, the
-- outcome and the day (days since 1970-01-01, UTC). Rows older than the kept days are deleted.
CREATE TABLE unanswered (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT    NOT NULL,
    lang     TEXT    NOT NULL CHECK (lang IN ('az', 'en', 'ru')),
    outcome  TEXT    NOT NULL CHECK (outcome IN ('out_of_scope', 'did_you_mean')),
    day      INTEGER NOT NULL
);
CREATE INDEX unanswered_day ON unanswered (day);
