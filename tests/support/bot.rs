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

/// A database file for one test, removed (with its WAL files) before and after.
pub struct TempDb(PathBuf);

impl TempDb {
    pub fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("j20-{name}-{}.db", std::process::id()));
        let db = TempDb(path);
        db.remove();
        db
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        self.remove();
    }
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
