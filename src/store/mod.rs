//! Storage in SQLite (sqlx): the database, its migrations and the types it hands out. What is
//! stored is split by concern: `chats` (chats, languages, subscriptions), `outbox` (messages to
//! deliver), `broadcasts` (owner broadcasts) and `unanswered` (questions without an answer). WAL journal, so a crash or SIGKILL loses nothing
//! that was committed.

mod broadcasts;
mod candles;
mod chats;
mod outbox;
mod path;
mod settings;
mod unanswered;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};

pub use crate::calendar::Plan;
use crate::i18n::{Lang, PerLang};
pub use candles::Lit;
pub use chats::Subscribed;
pub use outbox::{DeliveryCounts, Pending};
pub use settings::ChatSettings;
pub use unanswered::Unanswered;

/// A storage failure. Users see a polite apology; operators see this in the log.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    /// The database cannot be opened; the message says where, why and what to do.
    #[error("{0}")]
    Unusable(String),
    #[error("database {path}: {message}")]
    Open { path: String, message: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Migrations in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_outbox_by_chat.sql"),
    include_str!("../../migrations/0003_reminders_rendered_when_sent.sql"),
    include_str!("../../migrations/0004_unanswered.sql"),
    // 0005 is reserved (issue 13).
    include_str!("../../migrations/0006_candles_and_chat_settings.sql"),
];

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

/// A chat as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub chat_id: i64,
    pub kind: ChatKind,
    /// The language chosen with /language.
    pub lang: Option<Lang>,
    /// The language of its user's Telegram client, the fallback when none was chosen.
    pub user_lang: Option<Lang>,
    pub active: bool,
}

/// Active subscriptions by kind and language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubscriberStats {
    pub total: i64,
    pub private: i64,
    pub groups: i64,
    pub channels: i64,
    pub by_lang: PerLang<i64>,
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

fn lang(code: Option<&str>) -> Option<Lang> {
    code.and_then(Lang::from_code)
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        path::check(path).map_err(StoreError::Unusable)?;
        let open_error =
            |e: &dyn std::fmt::Display| StoreError::Open { path: path.display().to_string(), message: e.to_string() };
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|e| open_error(&e))?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL in WAL mode: a committed transaction survives a crash or SIGKILL of the bot;
            // only a power cut can lose the last moments, and saves an fsync per outbox update.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool =
            SqlitePoolOptions::new().max_connections(4).connect_with(options).await.map_err(|e| open_error(&e))?;
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
}
