//! Replicas sharing one database: who is alive (a heartbeat row each), the pause a 429 put on
//! everyone, the outbox rows each has claimed, and the updates already handled by any of them.
//!
//! Liveness is measured on the database's own clock, never on a replica's: `seen_at` and
//! `paused_until` are milliseconds of the database's clock, so that replicas whose clocks
//! disagree (or run fast in a rehearsal) still agree on who fell silent. Claims and handled
//! updates are the bot's clock, in seconds, like the rest of the outbox.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::outbox::PendingRow;
use super::{Pending, Pool, Result, Store, each, from_ts, ts};

/// What one heartbeat learned about the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peers {
    /// Replicas alive, this one included (at least 1).
    pub live: u32,
    /// How much longer (real time) a live replica was asked by a 429 to pause, if at all.
    pub paused_for: Option<Duration>,
    /// Another live replica receives updates by long polling (Telegram allows one).
    pub other_poller: bool,
    /// The replicas this heartbeat took for dead, each with how many claims it handed over.
    pub taken_for_dead: Vec<(String, u64)>,
}

/// How a heartbeat judges the other replicas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    /// A replica silent this long (the database's clock) is not counted as alive.
    pub dead_after: Duration,
    /// Whether the claims of replicas not alive are handed over now: only a replica that has
    /// itself been in touch with the database long enough may say the others fell silent.
    pub hand_over: bool,
}

fn span_ms(span: Duration) -> i64 {
    i64::try_from(span.as_millis()).unwrap_or(i64::MAX)
}

impl Store {
    /// The database's clock in milliseconds, as SQL.
    fn clock_ms(&self) -> &'static str {
        match self.pool {
            Pool::Postgres(_) => "CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT)",
            Pool::Sqlite(_) => "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)",
        }
    }

    /// Writes this replica's heartbeat and reads the others': those seen within
    /// `judgement.dead_after` count as live. With `judgement.hand_over` also gives back the
    /// claims of replicas no longer live, so that what a killed replica was about to send goes
    /// out now rather than when its claims lapse.
    pub async fn heartbeat(&self, replica: &str, mode: &str, judgement: Judgement) -> Result<Peers> {
        let now = self.clock_ms();
        let dead_after = span_ms(judgement.dead_after);
        let beat = format!(
            "INSERT INTO replicas (id, mode, started_at, seen_at) VALUES ($1, $2, {now}, {now})
             ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at"
        );
        each!(self, |pool| sqlx::query(&beat).bind(replica).bind(mode).execute(pool).await?.rows_affected());
        let read = format!("SELECT id, mode, paused_until - {now} FROM replicas WHERE seen_at > {now} - $1 OR id = $2");
        let rows: Vec<(String, String, Option<i64>)> =
            each!(self, |pool| sqlx::query_as(&read).bind(dead_after).bind(replica).fetch_all(pool).await?);
        let taken_for_dead =
            if judgement.hand_over { self.hand_over_claims(replica, dead_after).await? } else { Vec::new() };
        let live = rows.len().max(1) as u32;
        let paused_for = rows
            .iter()
            .filter_map(|(_, _, left)| *left)
            .max()
            .filter(|&left| left > 0)
            .map(|left| Duration::from_millis(left as u64));
        let other_poller = rows.iter().any(|(id, mode, _)| id != replica && mode == "polling");
        Ok(Peers { live, paused_for, other_poller, taken_for_dead })
    }

    /// Gives back the claims of every replica silent for `dead_after` ms (never `replica`'s
    /// own): which, and how many claims each.
    async fn hand_over_claims(&self, replica: &str, dead_after: i64) -> Result<Vec<(String, u64)>> {
        let now = self.clock_ms();
        let silent = format!(
            "SELECT DISTINCT claimed_by FROM outbox WHERE claimed_by IS NOT NULL AND claimed_by <> $2
             AND claimed_by NOT IN (SELECT id FROM replicas WHERE seen_at > {now} - $1)"
        );
        let dead: Vec<String> =
            each!(self, |pool| sqlx::query_scalar(&silent).bind(dead_after).bind(replica).fetch_all(pool).await?);
        // Judged again in the statement that releases: a replica that beat meanwhile keeps its claims.
        let release = format!(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL
             WHERE claimed_by = $2 AND NOT EXISTS (SELECT 1 FROM replicas WHERE id = $2 AND seen_at > {now} - $1)"
        );
        let mut taken = Vec::new();
        for id in dead {
            let n = each!(self, |pool| sqlx::query(&release)
                .bind(dead_after)
                .bind(&id)
                .execute(pool)
                .await?
                .rows_affected());
            if n > 0 {
                taken.push((id, n));
            }
        }
        Ok(taken)
    }

    /// Tells the other replicas that Telegram asked for a pause lasting `left` (real time) from now.
    pub async fn share_pause(&self, replica: &str, left: Duration) -> Result<()> {
        let sql = format!("UPDATE replicas SET paused_until = {} + $2 WHERE id = $1", self.clock_ms());
        each!(self, |pool| sqlx::query(&sql).bind(replica).bind(span_ms(left)).execute(pool).await?.rows_affected());
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

    /// Forgets replicas silent for `silent_for` (the database's clock) and updates handled
    /// before `updates_before` (the bot's).
    pub async fn prune_replicas(&self, silent_for: Duration, updates_before: DateTime<Utc>) -> Result<()> {
        let sql = format!("DELETE FROM replicas WHERE seen_at < {} - $1", self.clock_ms());
        each!(self, |pool| sqlx::query(&sql).bind(span_ms(silent_for)).execute(pool).await?.rows_affected());
        each!(self, |pool| sqlx::query("DELETE FROM updates_seen WHERE seen_at < $1")
            .bind(ts(updates_before))
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
    /// not stale, and not claimed by another replica whose claim still holds. Rows `replica`
    /// itself claimed earlier count as free unless listed in `except` (what it is sending or
    /// has sent): a claim it could not use while the database was away goes out at once, not
    /// when it lapses. On PostgreSQL rows another replica is claiming at this instant are
    /// skipped (`FOR UPDATE SKIP LOCKED`), never waited for; SQLite has one writer at a time.
    /// Oldest first.
    pub async fn claim(
        &self,
        replica: &str,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        limit: i64,
        except: &[i64],
    ) -> Result<Vec<Pending>> {
        let lock = match self.pool {
            Pool::Postgres(_) => "FOR UPDATE SKIP LOCKED",
            Pool::Sqlite(_) => "",
        };
        let except = match except {
            [] => String::new(),
            ids => format!("AND id NOT IN ({})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")),
        };
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2
             WHERE id IN (SELECT id FROM outbox
                          WHERE state = 'pending' AND not_before <= $3 AND stale_at > $3
                          AND (claimed_until IS NULL OR claimed_until <= $3 OR claimed_by = $1) {except}
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
            "SELECT o.id, o.occurrence, o.chat_id, o.text, o.attempts, c.lang AS chat_lang, c.user_lang, o.stale_at
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
