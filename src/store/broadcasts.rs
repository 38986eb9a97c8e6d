//! Owner broadcasts: a draft waits for the owner's confirmation, then goes out through the outbox.

use chrono::{DateTime, Utc};

use super::{Result, Store, ts};

impl Store {
    /// Saves a broadcast draft and returns its id.
    pub async fn draft_broadcast(&self, owner_id: i64, text: &str, now: DateTime<Utc>) -> Result<i64> {
        let id = sqlx::query("INSERT INTO broadcasts (owner_id, text, created_at) VALUES (?1, ?2, ?3)")
            .bind(owner_id)
            .bind(text)
            .bind(ts(now))
            .execute(&self.pool)
            .await?
            .last_insert_rowid();
        Ok(id)
    }

    /// Queues a confirmed broadcast to every active subscriber; `None` if the draft is unknown or
    /// was already queued or cancelled (a second press of the button does nothing).
    pub async fn queue_broadcast(&self, id: i64, stale_at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Option<u64>> {
        let mut tx = self.write().await?;
        let claimed = sqlx::query("UPDATE broadcasts SET state = 'queued' WHERE id = ?1 AND state = 'draft'")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if claimed.rows_affected() == 0 {
            return Ok(None);
        }
        let done = sqlx::query(
            "INSERT OR IGNORE INTO outbox (occurrence, chat_id, text, not_before, stale_at)
             SELECT 'broadcast-' || b.id, c.chat_id, b.text, ?2, ?3
             FROM broadcasts b, subscriptions s JOIN chats c ON c.chat_id = s.chat_id
             WHERE b.id = ?1 AND c.active = 1 ORDER BY c.chat_id",
        )
        .bind(id)
        .bind(ts(now))
        .bind(ts(stale_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(done.rows_affected()))
    }

    pub async fn cancel_broadcast(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE broadcasts SET state = 'cancelled' WHERE id = ?1 AND state = 'draft'")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }
}
