-- Unsubscribing, deactivating or moving a chat updates its pending outbox rows; without this index
-- each of those scans every pending row (100,000 on a big reminder) while holding the write lock.
CREATE INDEX outbox_chat ON outbox (chat_id, state);
