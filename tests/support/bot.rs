//! Running the bot for tests and benchmarks: temporary databases, instants, and the bot itself
//! in-process against the fake Bot API, stopped cleanly on request.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::serve::{ServeConfig, run};
use std::sync::{Arc, OnceLock};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::fake_bot_api::FakeBotApi;

/// An RFC 3339 instant.
pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("RFC 3339").with_timezone(&Utc)
}

/// The database of one test: an SQLite file, removed (with its WAL files) before and after; or,
/// when `JANUARY20_TEST_POSTGRES_URL` is set (`.ci/with-postgres` sets it), a fresh schema of
/// that PostgreSQL database, dropped after. `path()` is what `--db` takes either way.
pub struct TempDb {
    path: PathBuf,
    /// The admin URL and the schema, on PostgreSQL.
    postgres: Option<(String, String)>,
}

/// The variable that runs the store-using tests on PostgreSQL.
pub const POSTGRES_URL_VAR: &str = "JANUARY20_TEST_POSTGRES_URL";

impl TempDb {
    pub fn new(name: &str) -> Self {
        match std::env::var(POSTGRES_URL_VAR).ok().filter(|v| !v.trim().is_empty()) {
            Some(admin) => TempDb::postgres(name, admin),
            None => TempDb::sqlite(name),
        }
    }

    /// An SQLite file whatever the environment says.
    pub fn sqlite(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("j20-{name}-{}.db", std::process::id()));
        let db = TempDb { path, postgres: None };
        db.remove();
        db
    }

    fn postgres(name: &str, admin: String) -> Self {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let clean: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .take(32)
            .collect();
        let schema = format!("j20_{}_{n}_{clean}", std::process::id());
        on_postgres(&admin, format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"));
        let mut url = url::Url::parse(&admin).expect("JANUARY20_TEST_POSTGRES_URL is a URL");
        // The application name tells this test's connections apart from the others'.
        url.query_pairs_mut()
            .append_pair("options", &format!("-c search_path={schema}"))
            .append_pair("application_name", &schema);
        TempDb { path: PathBuf::from(url.to_string()), postgres: Some((admin, schema)) }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this test runs on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Cuts every connection the bot has to this test's PostgreSQL schema, as a server restart or
    /// a network cut would; false on SQLite.
    pub fn cut_connections(&self) -> bool {
        let Some((admin, schema)) = &self.postgres else { return false };
        on_postgres(
            admin,
            format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{schema}'"),
        );
        true
    }

    fn remove(&self) {
        match &self.postgres {
            // A connection the test's runtime never got to give back (a transaction waiting for a
            // task that will not run again) would hold its locks and block the drop forever.
            Some((admin, schema)) => on_postgres(
                admin,
                format!(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{schema}';
                     DROP SCHEMA IF EXISTS {schema} CASCADE"
                ),
            ),
            None => {
                for suffix in ["", "-wal", "-shm", ".candle-key"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", self.path.display()));
                }
            }
        }
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Runs SQL on the test cluster from a thread of its own, so that it works from sync code inside
/// a test's runtime too.
pub fn on_postgres(admin: &str, sql: String) {
    let admin = admin.to_string();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async {
            use sqlx::Connection;
            let mut connection = sqlx::PgConnection::connect(&admin)
                .await
                .unwrap_or_else(|e| panic!("{POSTGRES_URL_VAR} does not connect: {e}"));
            sqlx::Executor::execute(&mut connection, sql.as_str()).await.expect("test schema SQL");
            let _ = connection.close().await;
        })
    })
    .join()
    .expect("PostgreSQL helper thread");
}

/// The bot's settings for a run against `fake`.
pub fn config(fake: &FakeBotApi, db: &Path, clock: Clock, owners: Vec<u64>, per_second: u32) -> ServeConfig {
    ServeConfig {
        token: fake.token(),
        api_url: Some(url::Url::parse(&fake.url()).expect("fake url")),
        db: db.to_path_buf(),
        owners,
        clock,
        max_per_second: per_second,
        paid_broadcast: false,
        listen: None,
        webhook: None,
        app_url: None,
    }
}

/// The embedded data, loaded once per test binary.
fn brain() -> Arc<Brain> {
    static BRAIN: OnceLock<Arc<Brain>> = OnceLock::new();
    BRAIN.get_or_init(|| Arc::new(Brain::embedded().expect("embedded data loads"))).clone()
}

/// The bot running in-process.
pub struct RunningBot {
    stop: Option<oneshot::Sender<()>>,
    handle: JoinHandle<anyhow::Result<()>>,
}

impl RunningBot {
    pub fn start(config: ServeConfig) -> Self {
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(run(config, brain(), async move {
            let _ = stopped.await;
        }));
        RunningBot { stop: Some(stop), handle }
    }

    /// Asks the bot to stop and checks that it does, cleanly and promptly.
    pub async fn stop(mut self) {
        let _ = self.stop.take().expect("stopped once").send(());
        let result = tokio::time::timeout(Duration::from_secs(10), &mut self.handle)
            .await
            .expect("the bot stops within 10 s of being asked")
            .expect("the bot task did not panic");
        if let Err(error) = result {
            panic!("run() returned an error: {error:#}");
        }
    }
}
