//! Storage in SQLite (sqlx): chats and their language, subscriptions, and the delivery outbox.
//! Migrations are embedded and run at start; WAL journal, so a crash or SIGKILL loses nothing
//! that was committed.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, Sqlite, Transaction};

use crate::i18n::Lang;

/// A storage failure. Users see a polite apology; operators see this in the log.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database {path}: {message}")]
    Open { path: String, message: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Migrations in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] =
    &[include_str!("../migrations/0001_init.sql"), include_str!("../migrations/0002_outbox_by_chat.sql")];

/// What kind of chat, as Telegram says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChatKind {
    Private,
    Group,
    Supergroup,
    Channel,
}

impl ChatKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChatKind::Private => "private",
            ChatKind::Group => "group",
            ChatKind::Supergroup => "supergroup",
            ChatKind::Channel => "channel",
        }
    }

    fn parse(s: &str) -> ChatKind {
        match s {
            "group" => ChatKind::Group,
            "supergroup" => ChatKind::Supergroup,
            "channel" => ChatKind::Channel,
            _ => ChatKind::Private,
        }
    }
}

/// Which reminders a chat gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Every reminder of data/reminders.toml.
    All,
    /// Only the minute of silence.
    Silence,
}

impl Plan {
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::All => "all",
            Plan::Silence => "silence",
        }
    }

    pub fn parse(s: &str) -> Option<Plan> {
        match s {
            "all" => Some(Plan::All),
            "silence" => Some(Plan::Silence),
            _ => None,
        }
    }

    /// Whether this plan gets the reminder `id`.
    pub fn includes(self, reminder: &str) -> bool {
        self == Plan::All || reminder == "silence"
    }
}

/// A chat as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub chat_id: i64,
    pub kind: ChatKind,
    pub lang: Option<Lang>,
    pub user_lang: Option<Lang>,
    pub active: bool,
}

/// What `subscribe` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    New,
    Already(Plan),
    Changed { from: Plan },
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: i64,
    pub occurrence: String,
    pub chat_id: i64,
    pub text: String,
    pub attempts: i64,
    pub stale_at: DateTime<Utc>,
}

/// Delivery counts of one occurrence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeliveryCounts {
    pub occurrence: String,
    pub sent: i64,
    pub failed: i64,
    pub pending: i64,
    pub stale: i64,
}

/// Active subscriptions by kind and language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubscriberStats {
    pub total: i64,
    pub private: i64,
    pub groups: i64,
    pub channels: i64,
    pub by_lang: [i64; 3],
}

/// The database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
}

fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_ts(s: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(s, 0).unwrap_or_default()
}

/// The language a chat's reminders go out in: the chosen one, else its user's, else English.
const CHAT_LANG_SQL: &str = "COALESCE(c.lang, c.user_lang, 'en')";

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|e| StoreError::Open { path: path.display().to_string(), message: e.to_string() })?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL in WAL mode: a committed transaction survives a crash or SIGKILL of the bot;
            // only a power cut can lose the last moments, and saves an fsync per outbox update.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Open { path: path.display().to_string(), message: e.to_string() })?;
        let store = Store { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        let mut tx = self.write().await?;
        let version: i64 = sqlx::query_scalar("PRAGMA user_version").fetch_one(&mut *tx).await?;
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            // A migration file holds several statements; SQLite runs them all when there are no
            // bound arguments.
            sqlx::Executor::execute(&mut *tx, *migration).await?;
            sqlx::query(&format!("PRAGMA user_version = {}", i + 1)).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Begins a transaction that will write. `BEGIN IMMEDIATE` takes the write lock at once, so a
    /// transaction that reads before it writes waits its turn (busy timeout) instead of failing
    /// with "database is locked" when another chat's handler writes at the same moment.
    async fn write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Records a chat the bot has seen (and that it is reachable again).
    pub async fn upsert_chat(
        &self,
        chat_id: i64,
        kind: ChatKind,
        title: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO chats (chat_id, kind, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (chat_id) DO UPDATE SET kind = ?2, title = COALESCE(?3, title), active = 1, updated_at = ?4",
        )
        .bind(chat_id)
        .bind(kind.as_str())
        .bind(title)
        .bind(ts(now))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn chat(&self, chat_id: i64) -> Result<Option<Chat>> {
        let row = sqlx::query("SELECT chat_id, kind, lang, user_lang, active FROM chats WHERE chat_id = ?1")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| Chat {
            chat_id: r.get(0),
            kind: ChatKind::parse(r.get::<&str, _>(1)),
            lang: r.get::<Option<&str>, _>(2).and_then(Lang::from_code),
            user_lang: r.get::<Option<&str>, _>(3).and_then(Lang::from_code),
            active: r.get::<i64, _>(4) != 0,
        }))
    }

    /// The language chosen for a chat with /language.
    pub async fn chat_lang(&self, chat_id: i64) -> Result<Option<Lang>> {
        let lang: Option<Option<String>> = sqlx::query_scalar("SELECT lang FROM chats WHERE chat_id = ?1")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(lang.flatten().as_deref().and_then(Lang::from_code))
    }

    pub async fn set_chat_lang(&self, chat_id: i64, lang: Lang, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE chats SET lang = ?2, updated_at = ?3 WHERE chat_id = ?1")
            .bind(chat_id)
            .bind(lang.code())
            .bind(ts(now))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Remembers the language of the user's Telegram client, for reminders to a chat that never
    /// chose one.
    pub async fn set_user_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        sqlx::query("UPDATE chats SET user_lang = ?2 WHERE chat_id = ?1 AND (user_lang IS NULL OR user_lang != ?2)")
            .bind(chat_id)
            .bind(lang.code())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks a chat unreachable (blocked, kicked, deleted) or reachable again.
    pub async fn set_active(&self, chat_id: i64, active: bool, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE chats SET active = ?2, updated_at = ?3 WHERE chat_id = ?1")
            .bind(chat_id)
            .bind(active as i64)
            .bind(ts(now))
            .execute(&self.pool)
            .await?;
        if !active {
            sqlx::query("UPDATE outbox SET state = 'failed', last_error = 'chat unreachable' WHERE chat_id = ?1 AND state = 'pending'")
                .bind(chat_id)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Subscribes a chat (which must be known) to a plan.
    pub async fn subscribe(&self, chat_id: i64, plan: Plan, now: DateTime<Utc>) -> Result<Subscribed> {
        let mut tx = self.write().await?;
        let current: Option<String> = sqlx::query_scalar("SELECT plan FROM subscriptions WHERE chat_id = ?1")
            .bind(chat_id)
            .fetch_optional(&mut *tx)
            .await?;
        let outcome = match current.as_deref().and_then(Plan::parse) {
            Some(existing) if existing == plan => Subscribed::Already(plan),
            Some(existing) => {
                sqlx::query("UPDATE subscriptions SET plan = ?2 WHERE chat_id = ?1")
                    .bind(chat_id)
                    .bind(plan.as_str())
                    .execute(&mut *tx)
                    .await?;
                Subscribed::Changed { from: existing }
            }
            None => {
                sqlx::query("INSERT INTO subscriptions (chat_id, plan, created_at) VALUES (?1, ?2, ?3)")
                    .bind(chat_id)
                    .bind(plan.as_str())
                    .bind(ts(now))
                    .execute(&mut *tx)
                    .await?;
                Subscribed::New
            }
        };
        sqlx::query("UPDATE chats SET active = 1 WHERE chat_id = ?1").bind(chat_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Unsubscribes a chat; false when it was not subscribed.
    pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
        let mut tx = self.write().await?;
        let done = sqlx::query("DELETE FROM subscriptions WHERE chat_id = ?1").bind(chat_id).execute(&mut *tx).await?;
        // Reminders already queued for it are not sent after all.
        sqlx::query("UPDATE outbox SET state = 'failed', last_error = 'unsubscribed' WHERE chat_id = ?1 AND state = 'pending' AND occurrence NOT LIKE 'broadcast-%'")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn subscription(&self, chat_id: i64) -> Result<Option<Plan>> {
        let plan: Option<String> = sqlx::query_scalar("SELECT plan FROM subscriptions WHERE chat_id = ?1")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(plan.as_deref().and_then(Plan::parse))
    }

    /// Moves a group that became a supergroup: its chat row, language, subscription and pending
    /// messages go to the new id.
    pub async fn migrate_chat(&self, old: i64, new: i64, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.write().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT chat_id FROM chats WHERE chat_id = ?1")
            .bind(new)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            // ON UPDATE CASCADE carries the subscription along.
            sqlx::query("UPDATE chats SET chat_id = ?2, kind = 'supergroup', updated_at = ?3 WHERE chat_id = ?1")
                .bind(old)
                .bind(new)
                .bind(ts(now))
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("INSERT OR IGNORE INTO subscriptions (chat_id, plan, created_at) SELECT ?2, plan, created_at FROM subscriptions WHERE chat_id = ?1")
                .bind(old)
                .bind(new)
                .execute(&mut *tx)
                .await?;
            // The chosen language moves too, unless the new chat already has one.
            sqlx::query(
                "UPDATE chats SET lang = COALESCE(lang, (SELECT lang FROM chats WHERE chat_id = ?1)),
                 user_lang = COALESCE(user_lang, (SELECT user_lang FROM chats WHERE chat_id = ?1)) WHERE chat_id = ?2",
            )
            .bind(old)
            .bind(new)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM subscriptions WHERE chat_id = ?1").bind(old).execute(&mut *tx).await?;
            sqlx::query("UPDATE chats SET active = 0 WHERE chat_id = ?1").bind(old).execute(&mut *tx).await?;
        }
        sqlx::query("UPDATE OR IGNORE outbox SET chat_id = ?2 WHERE chat_id = ?1 AND state = 'pending'")
            .bind(old)
            .bind(new)
            .execute(&mut *tx)
            .await?;
        // A row left behind clashed with one the new chat already had queued for the same
        // occurrence: that one goes out, this one must not be tried (and bounce) again.
        sqlx::query(
            "UPDATE outbox SET state = 'failed', last_error = 'migrated' WHERE chat_id = ?1 AND state = 'pending'",
        )
        .bind(old)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Queues one reminder occurrence for every active subscriber whose plan includes it, each in
    /// its chat's language. Running it again for the same occurrence adds nothing for chats
    /// already queued: that is the "never twice" guarantee. Returns how many rows were added.
    pub async fn enqueue_reminder(
        &self,
        occurrence: &str,
        reminder: &str,
        texts: &[String; 3],
        not_before: DateTime<Utc>,
        stale_at: DateTime<Utc>,
    ) -> Result<u64> {
        let plans: &[&str] = if Plan::Silence.includes(reminder) { &["all", "silence"] } else { &["all"] };
        let sql = format!(
            "INSERT OR IGNORE INTO outbox (occurrence, chat_id, text, not_before, stale_at)
             SELECT ?1, c.chat_id, CASE {CHAT_LANG_SQL} WHEN 'az' THEN ?2 WHEN 'ru' THEN ?4 ELSE ?3 END, ?5, ?6
             FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
             WHERE c.active = 1 AND s.plan IN ({})
             ORDER BY c.chat_id",
            plans.iter().map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", ")
        );
        let done = sqlx::query(&sql)
            .bind(occurrence)
            .bind(&texts[Lang::Az.index()])
            .bind(&texts[Lang::En.index()])
            .bind(&texts[Lang::Ru.index()])
            .bind(ts(not_before))
            .bind(ts(stale_at))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

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
        let mut tx: Transaction<'_, Sqlite> = self.write().await?;
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

    /// Marks pending messages whose time has passed as stale, and returns how many.
    pub async fn expire(&self, now: DateTime<Utc>) -> Result<u64> {
        let done = sqlx::query("UPDATE outbox SET state = 'stale' WHERE state = 'pending' AND stale_at <= ?1")
            .bind(ts(now))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// The next messages ready to send (pending, due and not stale), oldest first.
    pub async fn ready(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Pending>> {
        let rows = sqlx::query(
            "SELECT id, occurrence, chat_id, text, attempts, stale_at FROM outbox
             WHERE state = 'pending' AND not_before <= ?1 AND stale_at > ?1 ORDER BY not_before, id LIMIT ?2",
        )
        .bind(ts(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Pending {
                id: r.get(0),
                occurrence: r.get(1),
                chat_id: r.get(2),
                text: r.get(3),
                attempts: r.get(4),
                stale_at: from_ts(r.get(5)),
            })
            .collect())
    }

    /// When the next pending message becomes ready, if any.
    pub async fn next_ready_at(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = sqlx::query_scalar("SELECT MIN(not_before) FROM outbox WHERE state = 'pending'")
            .fetch_one(&self.pool)
            .await?;
        Ok(at.map(from_ts))
    }

    pub async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE outbox SET state = 'sent', sent_at = ?2, attempts = attempts + 1 WHERE id = ?1")
            .bind(id)
            .bind(ts(now))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn mark_failed(&self, id: i64, error: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET state = 'failed', last_error = ?2, attempts = attempts + 1 WHERE id = ?1")
            .bind(id)
            .bind(error)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Puts a message back to wait until `not_before` (after a 429 or a transient error).
    pub async fn retry_later(&self, id: i64, not_before: DateTime<Utc>, error: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET not_before = ?2, last_error = ?3, attempts = attempts + 1 WHERE id = ?1")
            .bind(id)
            .bind(ts(not_before))
            .bind(error)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Active subscriptions by kind and language.
    pub async fn subscriber_stats(&self) -> Result<SubscriberStats> {
        let rows = sqlx::query(&format!(
            "SELECT c.kind, {CHAT_LANG_SQL}, COUNT(*) FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
             WHERE c.active = 1 GROUP BY 1, 2"
        ))
        .fetch_all(&self.pool)
        .await?;
        let mut stats = SubscriberStats::default();
        for row in rows {
            let count: i64 = row.get(2);
            stats.total += count;
            match ChatKind::parse(row.get::<&str, _>(0)) {
                ChatKind::Private => stats.private += count,
                ChatKind::Group | ChatKind::Supergroup => stats.groups += count,
                ChatKind::Channel => stats.channels += count,
            }
            if let Some(lang) = Lang::from_code(row.get::<&str, _>(1)) {
                stats.by_lang[lang.index()] += count;
            }
        }
        Ok(stats)
    }

    /// Delivery counts of the most recent occurrence (reminder or broadcast), if any.
    pub async fn last_delivery(&self) -> Result<Option<DeliveryCounts>> {
        let last: Option<String> = sqlx::query_scalar("SELECT occurrence FROM outbox ORDER BY id DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        let Some(occurrence) = last else { return Ok(None) };
        Ok(Some(self.delivery(&occurrence).await?))
    }

    pub async fn delivery(&self, occurrence: &str) -> Result<DeliveryCounts> {
        let rows = sqlx::query("SELECT state, COUNT(*) FROM outbox WHERE occurrence = ?1 GROUP BY state")
            .bind(occurrence)
            .fetch_all(&self.pool)
            .await?;
        let mut counts = DeliveryCounts { occurrence: occurrence.to_string(), ..Default::default() };
        for row in rows {
            let n: i64 = row.get(1);
            match row.get::<&str, _>(0) {
                "sent" => counts.sent = n,
                "failed" => counts.failed = n,
                "stale" => counts.stale = n,
                _ => counts.pending = n,
            }
        }
        Ok(counts)
    }

    /// Adds many subscribed private chats at once (benchmarks and load tests).
    pub async fn seed_subscribers(&self, first_id: i64, count: i64, plan: Plan, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.write().await?;
        for chat_id in first_id..first_id + count {
            sqlx::query(
                "INSERT OR IGNORE INTO chats (chat_id, kind, created_at, updated_at) VALUES (?1, 'private', ?2, ?2)",
            )
            .bind(chat_id)
            .bind(ts(now))
            .execute(&mut *tx)
            .await?;
            sqlx::query("INSERT OR IGNORE INTO subscriptions (chat_id, plan, created_at) VALUES (?1, ?2, ?3)")
                .bind(chat_id)
                .bind(plan.as_str())
                .bind(ts(now))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
