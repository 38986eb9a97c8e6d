-- PostgreSQL twin of ../0002_outbox_by_chat.sql.
CREATE INDEX outbox_chat ON outbox (chat_id, state);
