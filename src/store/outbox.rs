//! The delivery outbox: one row per message to deliver. UNIQUE (occurrence, chat) is what makes a
//! reminder reach a chat at most once, however often the scheduler runs or the bot restarts.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::{ChatKind, Plan, Result, Store, each, each_tx, lang, ts};
use crate::i18n::Lang;

/// A message waiting in the outbox, with what is needed to say it in its chat's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: i64,
    /// The reminder occurrence ("2027-silence") or broadcast ("broadcast-3") it belongs to.
    pub occurrence: String,
    pub chat_id: i64,
    /// A broadcast's words; `None` for a reminder, which is rendered when it is sent.
    pub text: Option<String>,
    pub attempts: i64,
    /// The chat's chosen language and its user's client language, for `Lang::choose`.
    pub chat_lang: Option<Lang>,
    pub user_lang: Option<Lang>,
    /// When its words stop being true: a message not sent by then never is.
    pub stale_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
pub(super) struct PendingRow {
    id: i64,
    occurrence: String,
    chat_id: i64,
    text: Option<String>,
    attempts: i64,
    chat_lang: Option<String>,
    user_lang: Option<String>,
    stale_at: i64,
}

impl From<PendingRow> for Pending {
    fn from(row: PendingRow) -> Pending {
        Pending {
            id: row.id,
            occurrence: row.occurrence,
            chat_id: row.chat_id,
            text: row.text,
            attempts: row.attempts,
            chat_lang: lang(row.chat_lang.as_deref()),
            user_lang: lang(row.user_lang.as_deref()),
            stale_at: super::from_ts(row.stale_at),
        }
    }
}

/// Delivery counts of one occurrence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliveryCounts {
    pub occurrence: String,
    pub sent: i64,
    pub failed: i64,
    pub pending: i64,
    pub stale: i64,
    /// Dropped because a later reminder of the same days came too soon after.
    pub superseded: i64,
}

/// The active subscribers of `plans` (chats `c`), as SQL; the plans' names are our own
/// constants, never user input.
fn subscribers_of(plans: &[Plan]) -> String {
    let list = plans.iter().map(|p| format!("'{}'", p.as_str())).collect::<Vec<_>>().join(", ");
    format!("FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id WHERE c.active = 1 AND s.plan IN ({list})")
}

impl Store {
    /// Queues one reminder occurrence for every active subscriber of `plans`, all at `not_before`.
    /// Running it again for the same occurrence adds nothing for chats already queued: that is
    /// the "never twice" guarantee. Returns how many rows were added.
    #[cfg(feature = "testing")]
    pub async fn enqueue_reminder(
        &self,
        occurrence: &str,
        plans: &[Plan],
        not_before: DateTime<Utc>,
        stale_at: DateTime<Utc>,
    ) -> Result<u64> {
        if plans.is_empty() {
            return Ok(0);
        }
        let sql = format!(
            "INSERT INTO outbox (occurrence, chat_id, text, state, not_before, stale_at)
             SELECT $1, c.chat_id, NULL, 'pending', $2, $3 {}
             ORDER BY c.chat_id
             ON CONFLICT DO NOTHING",
            subscribers_of(plans)
        );
        let done = each!(self, |pool| sqlx::query(&sql)
            .bind(occurrence)
            .bind(ts(not_before))
            .bind(ts(stale_at))
            .execute(pool)
            .await?
            .rows_affected());
        Ok(done)
    }

    /// The active subscribers of `plans` that subscribed by `subscribed_by`, with their kinds:
    /// the recipients of a wave.
    pub async fn recipients(&self, plans: &[Plan], subscribed_by: DateTime<Utc>) -> Result<Vec<(i64, ChatKind)>> {
        if plans.is_empty() {
            return Ok(Vec::new());
        }
        let sql =
            format!("SELECT c.chat_id, c.kind {} AND s.created_at <= $1 ORDER BY c.chat_id", subscribers_of(plans));
        // In one order for every replica: two queuing the same wave at once then wait for each
        // other row by row instead of deadlocking.
        let rows: Vec<(i64, String)> =
            each!(self, |pool| sqlx::query_as(&sql).bind(ts(subscribed_by)).fetch_all(pool).await?);
        Ok(rows.into_iter().map(|(chat, kind)| (chat, ChatKind::parse(&kind))).collect())
    }

    /// Queues one reminder occurrence as a wave: each chat's message may go from its own time.
    /// Chats already queued for the occurrence are left as they are (never twice). Rows are
    /// written in sending order, so their ids keep it among messages of the same second.
    pub async fn enqueue_wave(
        &self,
        occurrence: &str,
        slots: &[(i64, DateTime<Utc>)],
        stale_at: DateTime<Utc>,
    ) -> Result<u64> {
        self.write_wave(occurrence, slots, stale_at, "'pending', NULL", "DO NOTHING").await
    }

    /// Records `occurrence` as superseded for the chats of `slots`: queued so where it was not
    /// queued yet (it keeps its key, so it is never sent later, and counts in /stats), and no
    /// longer pending where it was; what went out already stays as it is. Returns how many.
    pub async fn supersede_wave(
        &self,
        occurrence: &str,
        slots: &[(i64, DateTime<Utc>)],
        stale_at: DateTime<Utc>,
    ) -> Result<u64> {
        let update = "(occurrence, chat_id) DO UPDATE SET state = 'superseded', last_error = 'superseded'
                      WHERE outbox.state = 'pending'";
        self.write_wave(occurrence, slots, stale_at, "'superseded', 'superseded'", update).await
    }

    /// The chats whose message of `occurrence` is settled: sent, failed, stale or superseded.
    pub async fn settled(&self, occurrence: &str) -> Result<HashSet<i64>> {
        let rows: Vec<(i64,)> = each!(self, |pool| sqlx::query_as(
            "SELECT chat_id FROM outbox WHERE occurrence = $1 AND state <> 'pending'"
        )
        .bind(occurrence)
        .fetch_all(pool)
        .await?);
        Ok(rows.into_iter().map(|(chat,)| chat).collect())
    }

    /// This chat's message of `occurrence`: `None` when none is queued, else whether it is still
    /// pending (not yet sent, failed, stale or superseded). /status names the next one by it.
    pub async fn pending_for(&self, occurrence: &str, chat_id: i64) -> Result<Option<bool>> {
        let row: Option<(String,)> =
            each!(self, |pool| sqlx::query_as("SELECT state FROM outbox WHERE occurrence = $1 AND chat_id = $2")
                .bind(occurrence)
                .bind(chat_id)
                .fetch_optional(pool)
                .await?);
        Ok(row.map(|(state,)| state == "pending"))
    }

    /// One row per slot, `state_and_error` (SQL) as given, `on_conflict` deciding what becomes
    /// of a row already there.
    async fn write_wave(
        &self,
        occurrence: &str,
        slots: &[(i64, DateTime<Utc>)],
        stale_at: DateTime<Utc>,
        state_and_error: &str,
        on_conflict: &str,
    ) -> Result<u64> {
        // 2 values a row: far under both engines' limits of bound values per statement.
        const ROWS: usize = 500;
        if slots.is_empty() {
            return Ok(0);
        }
        let mut tx = self.write().await?;
        let mut written = 0;
        for chunk in slots.chunks(ROWS) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| format!("($1, ${}, NULL, {state_and_error}, ${}, $2)", 3 + 2 * i, 4 + 2 * i))
                .collect();
            let sql = format!(
                "INSERT INTO outbox (occurrence, chat_id, text, state, last_error, not_before, stale_at) VALUES {}
                 ON CONFLICT {on_conflict}",
                values.join(", ")
            );
            written += each_tx!(tx, |conn| {
                let mut query = sqlx::query(&sql).bind(occurrence).bind(ts(stale_at));
                for (chat, at) in chunk {
                    query = query.bind(*chat).bind(ts(*at));
                }
                query.execute(&mut *conn).await?.rows_affected()
            });
        }
        tx.commit().await?;
        Ok(written)
    }

    /// Marks pending messages whose time has passed as stale, and returns how many.
    pub async fn expire(&self, now: DateTime<Utc>) -> Result<u64> {
        let done = each!(self, |pool| sqlx::query(
            "UPDATE outbox SET state = 'stale', claimed_by = NULL, claimed_until = NULL
             WHERE state = 'pending' AND stale_at <= $1"
        )
        .bind(ts(now))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(done)
    }

    /// The next messages ready to send (pending, due and not stale), oldest first.
    pub async fn ready(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Pending>> {
        let rows: Vec<PendingRow> = each!(self, |pool| sqlx::query_as(
            "SELECT o.id, o.occurrence, o.chat_id, o.text, o.attempts, c.lang AS chat_lang, c.user_lang, o.stale_at
             FROM outbox o LEFT JOIN chats c ON c.chat_id = o.chat_id
             WHERE o.state = 'pending' AND o.not_before <= $1 AND o.stale_at > $1
             ORDER BY o.not_before, o.id LIMIT $2",
        )
        .bind(ts(now))
        .bind(limit)
        .fetch_all(pool)
        .await?);
        Ok(rows.into_iter().map(Pending::from).collect())
    }

    pub async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET state = 'sent', sent_at = $2, attempts = attempts + 1, claimed_by = NULL,
             claimed_until = NULL WHERE id = $1"
        )
        .bind(id)
        .bind(ts(now))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    pub async fn mark_failed(&self, id: i64, error: &str) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET state = 'failed', last_error = $2, attempts = attempts + 1, claimed_by = NULL,
             claimed_until = NULL WHERE id = $1"
        )
        .bind(id)
        .bind(error)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Puts a message back to wait until `not_before` (after a 429 or a transient error).
    pub async fn retry_later(&self, id: i64, not_before: DateTime<Utc>, error: &str) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE outbox SET not_before = $2, last_error = $3, attempts = attempts + 1, claimed_by = NULL,
             claimed_until = NULL WHERE id = $1"
        )
        .bind(id)
        .bind(ts(not_before))
        .bind(error)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Delivery counts of the most recent occurrence (reminder or broadcast), if any.
    pub async fn last_delivery(&self) -> Result<Option<DeliveryCounts>> {
        let last: Option<String> =
            each!(self, |pool| sqlx::query_scalar("SELECT occurrence FROM outbox ORDER BY id DESC LIMIT 1")
                .fetch_optional(pool)
                .await?);
        let Some(occurrence) = last else { return Ok(None) };
        Ok(Some(self.delivery(&occurrence).await?))
    }

    pub async fn delivery(&self, occurrence: &str) -> Result<DeliveryCounts> {
        let rows: Vec<(String, i64)> = each!(self, |pool| sqlx::query_as(
            "SELECT state, COUNT(*) FROM outbox WHERE occurrence = $1 GROUP BY state"
        )
        .bind(occurrence)
        .fetch_all(pool)
        .await?);
        let mut counts = DeliveryCounts { occurrence: occurrence.to_string(), ..Default::default() };
        for (state, n) in rows {
            match state.as_str() {
                "sent" => counts.sent = n,
                "failed" => counts.failed = n,
                "stale" => counts.stale = n,
                "superseded" => counts.superseded = n,
                _ => counts.pending = n,
            }
        }
        Ok(counts)
    }
}

/// The outbox as a gauge sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutboxGauges {
    /// Messages not yet sent (ready or waiting for their time).
    pub pending: i64,
    /// Messages whose time has come and that are not stale.
    pub ready: i64,
    /// How long the oldest ready message has waited past its time (0 when none waits).
    pub lag_seconds: i64,
}

impl Store {
    pub async fn outbox_gauges(&self, now: DateTime<Utc>) -> Result<OutboxGauges> {
        let (pending, ready, oldest): (i64, i64, Option<i64>) = each!(self, |pool| sqlx::query_as(
            "SELECT COUNT(*),
                    COUNT(CASE WHEN not_before <= $1 AND stale_at > $1 THEN 1 END),
                    MIN(CASE WHEN not_before <= $1 AND stale_at > $1 THEN not_before END)
             FROM outbox WHERE state = 'pending'"
        )
        .bind(ts(now))
        .fetch_one(pool)
        .await?);
        Ok(OutboxGauges { pending, ready, lag_seconds: oldest.map_or(0, |t| (ts(now) - t).max(0)) })
    }
}
