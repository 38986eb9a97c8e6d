//! Owner broadcasts: a draft waits for the owner's confirmation, then goes out through the outbox.

use chrono::{DateTime, Utc};

use super::{Result, Store, each, each_tx, ts};

impl Store {
    /// Saves a broadcast draft and returns its id.
    pub async fn draft_broadcast(&self, owner_id: i64, text: &str, now: DateTime<Utc>) -> Result<i64> {
        let id: i64 = each!(self, |pool| sqlx::query_scalar(
            "INSERT INTO broadcasts (owner_id, text, created_at) VALUES ($1, $2, $3) RETURNING id"
        )
        .bind(owner_id)
        .bind(text)
        .bind(ts(now))
        .fetch_one(pool)
        .await?);
        Ok(id)
    }

    /// Queues a confirmed broadcast to every active subscriber; `None` if the draft is unknown or
    /// was already queued or cancelled (a second press of the button does nothing).
    pub async fn queue_broadcast(&self, id: i64, stale_at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Option<u64>> {
        let mut tx = self.write().await?;
        let claimed = each_tx!(tx, |conn| sqlx::query(
            "UPDATE broadcasts SET state = 'queued' WHERE id = $1 AND state = 'draft'"
        )
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected());
        if claimed == 0 {
            tx.rollback().await?;
            return Ok(None);
        }
        let done = each_tx!(tx, |conn| sqlx::query(
            "INSERT INTO outbox (occurrence, chat_id, text, not_before, stale_at)
             SELECT 'broadcast-' || b.id, c.chat_id, b.text, $2, $3
             FROM broadcasts b, subscriptions s JOIN chats c ON c.chat_id = s.chat_id
             WHERE b.id = $1 AND c.active = 1 ORDER BY c.chat_id
             ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(ts(now))
        .bind(ts(stale_at))
        .execute(&mut *conn)
        .await?
        .rows_affected());
        tx.commit().await?;
        Ok(Some(done))
    }

    pub async fn cancel_broadcast(&self, id: i64) -> Result<bool> {
        let done = each!(self, |pool| sqlx::query(
            "UPDATE broadcasts SET state = 'cancelled' WHERE id = $1 AND state = 'draft'"
        )
        .bind(id)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(done > 0)
    }
}
