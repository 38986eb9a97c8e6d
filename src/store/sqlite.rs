//! Opening the SQLite file (the embedded default): WAL journal, so a crash or SIGKILL loses
//! nothing that was committed, and the migrations counted in `PRAGMA user_version`.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use super::migrations::MIGRATIONS;
use super::{Result, StoreError, path};

/// Opens (creating if needed) the database file and brings its schema up to date. A file this
/// call created is removed again if opening fails (a full disk), with its journal: the disk is
/// left as it was.
pub(super) async fn open(path: &Path) -> Result<SqlitePool> {
    path::check(path).map_err(StoreError::Unusable)?;
    let existed = path.exists();
    let result = connect(path).await;
    if result.is_err() && !existed {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
    result.map_err(|error| path::explain_sql(error, path))
}

async fn connect(path: &Path) -> Result<SqlitePool> {
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
    let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await.map_err(StoreError::Sql)?;
    if let Err(error) = migrate(&pool).await {
        pool.close().await;
        return Err(error);
    }
    Ok(pool)
}

/// Opens an existing database to read only: nothing is created, migrated or written.
pub(super) async fn open_read_only(path: &Path) -> Result<SqlitePool> {
    path::check_existing(path).map_err(StoreError::Unusable)?;
    // Without a write-ahead log beside it nobody is writing the file now: reading it as immutable
    // creates no journal files either (a read-only connection would leave -wal and -shm behind).
    let idle = !Path::new(&format!("{}-wal", path.display())).exists();
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .immutable(idle)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10));
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .map_err(|error| path::explain_sql(StoreError::Sql(error), path))
}

async fn migrate(pool: &SqlitePool) -> Result<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let version: i64 = sqlx::query_scalar("PRAGMA user_version").fetch_one(&mut *tx).await?;
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        // A migration file holds several statements; SQLite runs them all when there are no
        // bound arguments.
        sqlx::Executor::execute(&mut *tx, migration.sqlite).await?;
        sqlx::query(&format!("PRAGMA user_version = {}", i + 1)).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
