//! Is the bot well (`GET /healthz`)? The database answers and can write, and the scheduler is on time: it woke
//! when it planned to, and has not stopped. The scheduler reports each plan with one call,
//! `scheduler_tick`, which reaches the heartbeat of the bot it runs for (a task-local, so that
//! several bots in one process, as in the tests, each have their own).

use std::future::Future;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

use crate::clock::Clock;
use crate::store::Store;

/// How late the scheduler may be past its planned wake-up before the bot counts as unwell.
const LATE: Duration = Duration::minutes(2);

tokio::task_local! {
    static HEARTBEAT: Heartbeat;
}

/// What the scheduler last said: when it planned to wake next, and whether it has stopped.
#[derive(Debug, Clone, Default)]
pub struct Heartbeat(Arc<Mutex<Beat>>);

#[derive(Debug, Default)]
struct Beat {
    wake_at: Option<DateTime<Utc>>,
    stopped: bool,
}

/// Called by the scheduler each time it goes to sleep until `wake_at`.
pub fn scheduler_tick(wake_at: DateTime<Utc>) {
    let _ = HEARTBEAT.try_with(|h| h.0.lock().expect("heartbeat").wake_at = Some(wake_at));
}

impl Heartbeat {
    /// Runs the scheduler's future with this heartbeat; records its end.
    pub async fn watch(self, scheduler: impl Future<Output = ()>) {
        HEARTBEAT.scope(self.clone(), scheduler).await;
        self.0.lock().expect("heartbeat").stopped = true;
    }
}

/// Everything `/healthz` looks at.
#[derive(Debug, Clone)]
pub struct Health {
    pub store: Store,
    pub clock: Clock,
    pub heartbeat: Heartbeat,
}

impl Health {
    /// `Ok` when well; otherwise what is wrong, in one line (no secrets, no URLs).
    pub async fn check(&self) -> Result<(), String> {
        if let Err(error) = self.store.ping().await {
            tracing::warn!(%error, "health: the database does not answer");
            return Err("the database does not answer".to_string());
        }
        if let Err(error) = self.store.probe_write(self.clock.now()).await {
            tracing::warn!(%error, "health: the database cannot write");
            return Err("the database cannot write (a full disk or a read-only file?)".to_string());
        }
        let beat = self.heartbeat.0.lock().expect("heartbeat");
        match beat.wake_at {
            _ if beat.stopped => Err("the scheduler has stopped".to_string()),
            None => Err("the scheduler has not started yet".to_string()),
            Some(at) if self.clock.now() > at + LATE => Err(format!("the scheduler is late: it was due at {at}")),
            Some(_) => Ok(()),
        }
    }
}
