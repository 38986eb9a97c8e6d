//! Storage (sqlx) in SQLite, the embedded default, or PostgreSQL for a bot that outgrows one
//! machine: the database, its migrations and the types it hands out. What is stored is split by
//! concern: `chats` (chats, languages, subscriptions), `outbox` (messages to deliver),
//! `broadcasts` (owner broadcasts) and `unanswered` (questions without an answer); `sqlite` and
//! `postgres` open each engine, `migrations` lists the schema's steps for both.
//!
//! One SQL text serves both engines (`$1` parameters, `ON CONFLICT DO NOTHING`, `RETURNING`,
//! integers for flags); the `each!` macro runs it on whichever pool the store holds. Where the
//! engines really differ (opening, migrating, locking) the engine modules say how.

mod broadcasts;
mod candle_key;
mod candles;
mod chats;
mod migrations;
mod outbox;
mod path;
mod postgres;
mod replicas;
mod retention;
mod settings;
mod sqlite;
mod unanswered;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;
use sqlx::{Postgres, Sqlite, Transaction};

pub use crate::calendar::Plan;
use crate::i18n::{Lang, PerLang};
pub use candle_key::KEY_VAR as CANDLE_KEY_VAR;
pub use candles::Lit;
pub use chats::Subscribed;
pub use migrations::names as migration_names;
pub use outbox::{DeliveryCounts, OutboxGauges, Pending};
pub use replicas::{Judgement, Peers};
pub use retention::{Purged, Retention};
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

/// Where the data lives: what `--db` (or `JANUARY20_DB`, or `DATABASE_URL`) names.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file, created if missing.
    Sqlite(PathBuf),
    /// A PostgreSQL URL (`postgres://user:password@host:5432/db`); its schema is created there.
    Postgres(String),
}

impl Database {
    /// A `postgres://` or `postgresql://` URL is PostgreSQL; anything else is an SQLite file
    /// path (`sqlite:` in front is allowed).
    pub fn parse(text: &str) -> Database {
        let lower = text.get(..13).unwrap_or(text).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            Database::Postgres(text.to_string())
        } else {
            let path = text.strip_prefix("sqlite://").or_else(|| text.strip_prefix("sqlite:")).unwrap_or(text);
            Database::Sqlite(PathBuf::from(path))
        }
    }

    /// What the log and error messages may show: the file, or the URL without its password.
    pub fn display(&self) -> String {
        match self {
            Database::Sqlite(path) => path.display().to_string(),
            Database::Postgres(url) => postgres::redacted(url),
        }
    }
}

/// Never prints a PostgreSQL password.
impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.display())
    }
}

impl From<&Path> for Database {
    fn from(path: &Path) -> Database {
        Database::parse(&path.to_string_lossy())
    }
}

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
    pool: Pool,
    /// Where the candles' hashing key is kept, outside the database.
    candle_key: std::sync::Arc<candle_key::CandleKey>,
}

/// The connections of one engine or the other.
#[derive(Debug, Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction that writes, on either engine.
enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }

    /// Gives up the transaction now: a dropped one is rolled back only when its connection is
    /// next used, and holds its locks until then.
    async fn rollback(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.rollback().await?,
            Tx::Postgres(tx) => tx.rollback().await?,
        }
        Ok(())
    }
}

/// Runs the same code on the store's pool, whichever engine it is: `each!(self, |pool| ...)`.
/// The body is compiled once per engine, so the SQL and the bound types must suit both.
macro_rules! each {
    ($store:expr, |$pool:ident| $body:expr) => {
        match &$store.pool {
            $crate::store::Pool::Sqlite($pool) => $body,
            $crate::store::Pool::Postgres($pool) => $body,
        }
    };
}

/// The same inside a transaction: `each_tx!(tx, |conn| ... .execute(&mut *conn) ...)`.
macro_rules! each_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match &mut $tx {
            $crate::store::Tx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::store::Tx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

pub(crate) use {each, each_tx};

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
    /// Opens the database `--db` names: an SQLite file (created if needed) or a `postgres://` URL,
    /// and brings its schema up to date. The error is one line an operator can act on.
    pub async fn open(db: &Path) -> Result<Store> {
        Store::connect(&Database::from(db)).await
    }

    pub async fn connect(db: &Database) -> Result<Store> {
        let pool = match db {
            Database::Sqlite(path) => Pool::Sqlite(sqlite::open(path).await?),
            Database::Postgres(url) => Pool::Postgres(postgres::open(url, false).await?),
        };
        Ok(Store { pool, candle_key: std::sync::Arc::new(candle_key::CandleKey::for_database(db)) })
    }

    /// Opens an existing database to read only (`unanswered`): nothing is created, migrated or
    /// written, and a file that is not the bot's database is refused.
    pub async fn open_read_only(db: &Path) -> Result<Store> {
        let db = Database::from(db);
        let pool = match &db {
            Database::Sqlite(path) => Pool::Sqlite(sqlite::open_read_only(path).await?),
            Database::Postgres(url) => Pool::Postgres(postgres::open(url, true).await?),
        };
        Ok(Store { pool, candle_key: std::sync::Arc::new(candle_key::CandleKey::for_database(&db)) })
    }

    /// Which engine holds the data: "sqlite" or "postgres".
    pub fn engine(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

    /// Whether the database answers (for /healthz).
    pub async fn ping(&self) -> Result<()> {
        each!(self, |pool| sqlx::query("SELECT 1").execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Whether the database can still write (for /healthz): one small committed write. A full
    /// disk or a read-only file still answers `ping`.
    pub async fn probe_write(&self, now: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "INSERT INTO health_probe (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at"
        )
        .bind(ts(now))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Begins a transaction that will write. On SQLite `BEGIN IMMEDIATE` takes the write lock at
    /// once, so a transaction that reads before it writes waits its turn (busy timeout) instead of
    /// failing with "database is locked" when another chat's handler writes at the same moment.
    /// PostgreSQL locks rows as they are written; where a transaction reads before it writes,
    /// `lock_chat` serializes it with others on the same chat.
    async fn write(&self) -> Result<Tx> {
        Ok(match &self.pool {
            Pool::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Makes a transaction that reads a chat's rows before changing them wait for any other
    /// transaction doing the same on that chat (SQLite: already so, one writer at a time).
    async fn lock_chat(tx: &mut Tx, chat_id: i64) -> Result<()> {
        if let Tx::Postgres(tx) = tx {
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(chat_id).execute(&mut **tx).await?;
        }
        Ok(())
    }

    pub async fn close(&self) {
        each!(self, |pool| pool.close().await)
    }
}
