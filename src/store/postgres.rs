//! Opening a PostgreSQL database (`--db postgres://…`): a first connection that says in one line
//! what is wrong when it fails, a pool that reconnects by itself when a connection is lost later,
//! and the migrations, run by one process at a time (an advisory lock) and counted in
//! `january20_schema`.
//!
//! Replicas sharing this database can claim outbox rows with `FOR UPDATE SKIP LOCKED`: rows are
//! plain, keyed by `id`, and `outbox_pending (state, not_before)` serves that query.

use std::str::FromStr;
use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};

use super::migrations::MIGRATIONS;
use super::{Result, StoreError};

/// How long a connection may take before the bot says the server does not answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Any fixed number: replicas starting together take it in turn to migrate.
const MIGRATION_LOCK: i64 = 0x4A20_1990;

/// The URL with its password hidden, for logs and messages.
pub(super) fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("***"));
            }
            parsed.to_string()
        }
        Err(_) => "the PostgreSQL URL".to_string(),
    }
}

/// Opens the database, and migrates it unless `read_only` (then every transaction is read-only).
pub(super) async fn open(url: &str, read_only: bool) -> Result<PgPool> {
    let options = PgConnectOptions::from_str(url).map_err(|e| {
        StoreError::Unusable(format!(
            "{} is not a PostgreSQL URL ({e}): write it as postgres://user:password@host:5432/database in --db or DATABASE_URL",
            redacted(url)
        ))
    })?;
    let options = if read_only { options.options([("default_transaction_read_only", "on")]) } else { options };
    // One connection first, without the pool's retries: a wrong URL, password or a server that is
    // down is one clear line at once, not a timeout later.
    match tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(&options)).await {
        Ok(Ok(connection)) => {
            let _ = connection.close().await;
        }
        Ok(Err(error)) => return Err(StoreError::Unusable(explain(&options, &error))),
        Err(_) => {
            return Err(StoreError::Unusable(format!(
                "no answer from PostgreSQL at {} within {} s: check the host and port in --db or DATABASE_URL, and the network",
                place(&options),
                CONNECT_TIMEOUT.as_secs()
            )));
        }
    }
    // Later, a lost connection is found when the pool hands it out (a ping first) and replaced;
    // a server that is down for a while makes calls fail after the acquire timeout, and their
    // callers try again (the outbox keeps every queued reminder).
    let pool = PgPoolOptions::new()
        .max_connections(10)
        .acquire_timeout(CONNECT_TIMEOUT)
        .test_before_acquire(true)
        .connect_with(options.clone())
        .await
        .map_err(|e| StoreError::Unusable(explain(&options, &e)))?;
    if read_only {
        return Ok(pool);
    }
    migrate(&pool).await.map_err(|e| match e {
        StoreError::Sql(sqlx::Error::Database(db)) if db.code().as_deref() == Some("42501") => {
            StoreError::Unusable(format!(
                "PostgreSQL user {} may not create the bot's tables in {} ({}): grant it CREATE on the schema, or use the database's owner",
                options.get_username(),
                options.get_database().unwrap_or("its database"),
                db.message()
            ))
        }
        other => other,
    })?;
    Ok(pool)
}

/// user@host:port/database, as the operator wrote it.
fn place(options: &PgConnectOptions) -> String {
    format!(
        "{}@{}:{}/{}",
        options.get_username(),
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or(options.get_username())
    )
}

/// One line saying what failed and what to do.
fn explain(options: &PgConnectOptions, error: &sqlx::Error) -> String {
    let at = place(options);
    match error {
        sqlx::Error::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::NotFound => format!(
                "cannot connect to PostgreSQL at {at}: nothing listens there ({e}); start the server or fix the host and port in --db or DATABASE_URL"
            ),
            _ => format!("cannot connect to PostgreSQL at {at}: {e}; check the host and port in --db or DATABASE_URL"),
        },
        sqlx::Error::Database(db) => match db.code().as_deref() {
            Some("28P01") | Some("28000") => format!(
                "PostgreSQL at {at} refused the login ({}): check the user and password in --db or DATABASE_URL",
                db.message()
            ),
            Some("3D000") => format!(
                "PostgreSQL at {at}: {}; create it (createdb {}) or fix the database name in --db or DATABASE_URL",
                db.message(),
                options.get_database().unwrap_or(options.get_username())
            ),
            _ => format!("PostgreSQL at {at}: {}", db.message()),
        },
        sqlx::Error::Tls(e) => {
            format!("PostgreSQL at {at}: TLS failed ({e}); check sslmode in --db or DATABASE_URL")
        }
        sqlx::Error::PoolTimedOut => format!(
            "no answer from PostgreSQL at {at} within {} s: check the host and port in --db or DATABASE_URL, and the network",
            CONNECT_TIMEOUT.as_secs()
        ),
        other => format!("PostgreSQL at {at}: {other}"),
    }
}

async fn migrate(pool: &PgPool) -> Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(MIGRATION_LOCK).execute(&mut *tx).await?;
    sqlx::Executor::execute(
        &mut *tx,
        "CREATE TABLE IF NOT EXISTS january20_schema (
            version    BIGINT PRIMARY KEY,
            name       TEXT   NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )
    .await?;
    let version: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM january20_schema").fetch_one(&mut *tx).await?;
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        // No bound arguments: the simple protocol runs every statement of the file.
        sqlx::Executor::execute(&mut *tx, migration.postgres).await?;
        sqlx::query("INSERT INTO january20_schema (version, name) VALUES ($1, $2)")
            .bind(i as i64 + 1)
            .bind(migration.name)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
