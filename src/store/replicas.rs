//! Replicas sharing one database: who is alive (a heartbeat row each), the pause a 429 put on
//! everyone, the outbox rows each has claimed, and the updates already handled by any of them.
//!
//! Times here are the bot's clock: `seen_at` and `paused_until` in milliseconds (a second is too
//! coarse for a heartbeat), claims in seconds like the rest of the outbox.

use chrono::{DateTime, Utc};

use super::outbox::PendingRow;
use super::{Pending, Pool, Result, Store, each, from_ts, ts};

/// What one heartbeat learned about the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peers {
    /// Replicas alive, this one included (at least 1).
    pub live: u32,
    /// The latest pause any live replica was asked for by a 429, if it is still to come.
    pub paused_until: Option<DateTime<Utc>>,
    /// Another live replica receives updates by long polling (Telegram allows one).
    pub other_poller: bool,
}

fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

impl Store {
    /// Writes this replica's heartbeat and reads the others': those seen since `alive_since`
    /// count as live. Also gives back the claims of replicas no longer live, so that what a
    /// killed replica was about to send goes out now rather than when its claims lapse.
    pub async fn heartbeat(
        &self,
        replica: &str,
        mode: &str,
        now: DateTime<Utc>,
        alive_since: DateTime<Utc>,
    ) -> Result<Peers> {
        let (now_ms, since_ms) = (millis(now), millis(alive_since));
        each!(self, |pool| sqlx::query(
            "INSERT INTO replicas (id, mode, started_at, seen_at) VALUES ($1, $2, $3, $3)
             ON CONFLICT (id) DO UPDATE SET seen_at = $3"
        )
        .bind(replica)
        .bind(mode)
        .bind(now_ms)
        .execute(pool)
        .await?
        .rows_affected());
        let rows: Vec<(String, String, Option<i64>)> =
            each!(self, |pool| sqlx::query_as("SELECT id, mode, paused_until FROM replicas WHERE seen_at >= $1")
                .bind(since_ms)
                .fetch_all(pool)
                .await?);
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL
             WHERE claimed_by IS NOT NULL AND claimed_by NOT IN (SELECT id FROM replicas WHERE seen_at >= $1)"
        )
        .bind(since_ms)
        .execute(pool)
        .await?
        .rows_affected());
        let live = rows.len().max(1) as u32;
        let paused_until = rows
            .iter()
            .filter_map(|(_, _, until)| *until)
            .max()
            .filter(|&until| until > now_ms)
            .and_then(DateTime::from_timestamp_millis);
        let other_poller = rows.iter().any(|(id, mode, _)| id != replica && mode == "polling");
        Ok(Peers { live, paused_until, other_poller })
    }

    /// Tells the other replicas that Telegram asked for a pause until `until`.
    pub async fn share_pause(&self, replica: &str, until: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query("UPDATE replicas SET paused_until = $2 WHERE id = $1")
            .bind(replica)
            .bind(millis(until))
            .execute(pool)
            .await?
            .rows_affected());
        Ok(())
    }

    /// A replica that stops cleanly leaves: the others take its share of the budget at once, and
    /// what it had claimed and not sent.
    pub async fn leave(&self, replica: &str) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = $1"
        )
        .bind(replica)
        .execute(pool)
        .await?
        .rows_affected());
        each!(self, |pool| sqlx::query("DELETE FROM replicas WHERE id = $1")
            .bind(replica)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Forgets replicas silent since `before` and updates handled before it.
    pub async fn prune_replicas(&self, before: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query("DELETE FROM replicas WHERE seen_at < $1")
            .bind(millis(before))
            .execute(pool)
            .await?
            .rows_affected());
        each!(self, |pool| sqlx::query("DELETE FROM updates_seen WHERE seen_at < $1")
            .bind(ts(before))
            .execute(pool)
            .await?
            .rows_affected());
        Ok(())
    }

    /// True the first time any replica records `update_id`: Telegram may deliver an update
    /// again (a timeout, a restart) and the proxy may hand it to another replica.
    pub async fn first_delivery(&self, update_id: i64, now: DateTime<Utc>) -> Result<bool> {
        let added = each!(self, |pool| sqlx::query(
            "INSERT INTO updates_seen (update_id, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        )
        .bind(update_id)
        .bind(ts(now))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(added == 1)
    }

    /// Claims up to `limit` messages ready to send for `replica` until `until`: pending, due,
    /// not stale, and not claimed by another replica whose claim still holds. On PostgreSQL
    /// rows another replica is claiming at this instant are skipped (`FOR UPDATE SKIP LOCKED`),
    /// never waited for; SQLite has one writer at a time. Oldest first.
    pub async fn claim(
        &self,
        replica: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<Pending>> {
        let lock = match self.pool {
            Pool::Postgres(_) => "FOR UPDATE SKIP LOCKED",
            Pool::Sqlite(_) => "",
        };
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2
             WHERE id IN (SELECT id FROM outbox
                          WHERE state = 'pending' AND not_before <= $3 AND stale_at > $3
                          AND (claimed_until IS NULL OR claimed_until <= $3)
                          ORDER BY not_before, id LIMIT $4 {lock})
             RETURNING id"
        );
        let ids: Vec<i64> = each!(self, |pool| sqlx::query_scalar(&sql)
            .bind(replica)
            .bind(ts(until))
            .bind(ts(now))
            .bind(limit)
            .fetch_all(pool)
            .await?);
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT o.id, o.occurrence, o.chat_id, o.text, o.attempts, c.lang AS chat_lang, c.user_lang
             FROM outbox o LEFT JOIN chats c ON c.chat_id = o.chat_id
             WHERE o.id IN ({list}) ORDER BY o.not_before, o.id"
        );
        let rows: Vec<PendingRow> = each!(self, |pool| sqlx::query_as(&sql).fetch_all(pool).await?);
        Ok(rows.into_iter().map(Pending::from).collect())
    }

    /// Before a message waits for its slot: true if `replica` still holds the claim (now
    /// extended to `until`).
    /// False when it lapsed and another replica took the message, which then sends it instead.
    pub async fn confirm_claim(&self, id: i64, replica: &str, until: DateTime<Utc>) -> Result<bool> {
        let kept = each!(self, |pool| sqlx::query(
            "UPDATE outbox SET claimed_until = $3 WHERE id = $1 AND claimed_by = $2 AND state = 'pending'"
        )
        .bind(id)
        .bind(replica)
        .bind(ts(until))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(kept == 1)
    }

    /// Gives back a claim not used (shutting down, or the message moved to another chat).
    pub async fn release_claim(&self, id: i64, replica: &str) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = $1 AND claimed_by = $2"
        )
        .bind(id)
        .bind(replica)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// When the next message may be claimed: the earliest pending one's time, or its claim's end
    /// if a live replica holds it.
    pub async fn next_claimable_at(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = each!(self, |pool| sqlx::query_scalar(
            "SELECT MIN(CASE WHEN claimed_until IS NOT NULL AND claimed_until > not_before
                             THEN claimed_until ELSE not_before END)
             FROM outbox WHERE state = 'pending'"
        )
        .fetch_one(pool)
        .await?);
        Ok(at.map(from_ts))
    }
}
