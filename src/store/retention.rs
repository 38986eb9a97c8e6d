//! Forgetting on time: what the bot no longer needs is deleted, so that it cannot leak later.
//! `retention.rs` at the crate's root runs this once a day.

use chrono::{DateTime, Duration, Utc};

use super::{Result, Store, each, ts};

/// How long each kind of record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Unanswered questions (`unanswered_kept_days` in data/facts.toml).
    pub unanswered_days: i64,
    /// Messages delivered or given up (the outbox, broadcast texts included) and broadcast drafts.
    pub delivery_days: i64,
}

/// How many rows one purge deleted, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub unanswered: u64,
    pub deliveries: u64,
    pub broadcasts: u64,
    pub chats: u64,
}

impl Store {
    /// Deletes what is older than `keep` allows, and every chat that blocked the bot or that it
    /// left (a private chat's id is its person's user id); their settings go with them.
    pub async fn purge(&self, now: DateTime<Utc>, keep: Retention) -> Result<Purged> {
        let unanswered_day = (now - Duration::days(keep.unanswered_days)).timestamp().div_euclid(86_400);
        let delivered_before = ts(now - Duration::days(keep.delivery_days));
        let unanswered = each!(self, |pool| sqlx::query("DELETE FROM unanswered WHERE day < $1")
            .bind(unanswered_day)
            .execute(pool)
            .await?
            .rows_affected());
        // Pending rows stay: the sender decides what becomes of them.
        let deliveries = each!(self, |pool| {
            sqlx::query(
            "DELETE FROM outbox WHERE (state = 'sent' AND sent_at < $1) OR (state <> 'sent' AND state <> 'pending' AND stale_at < $1)"
        )
        .bind(delivered_before)
        .execute(pool)
        .await?
        .rows_affected()
        });
        let broadcasts = each!(self, |pool| sqlx::query("DELETE FROM broadcasts WHERE created_at < $1")
            .bind(delivered_before)
            .execute(pool)
            .await?
            .rows_affected());
        let chats =
            each!(self, |pool| sqlx::query("DELETE FROM chats WHERE active = 0").execute(pool).await?.rows_affected());
        Ok(Purged { unanswered, deliveries, broadcasts, chats })
    }
}
