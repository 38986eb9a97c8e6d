//! This process as one replica among those sharing a database: its name, its heartbeat, and the
//! share of Telegram's limits it may use. The overall limit (30 a second) is split evenly
//! among the replicas seen alive in the last few seconds; a replica joining waits a little
//! before it sends, so that the others have lowered their shares first; a 429 one of them gets
//! pauses them all. Outbox rows a replica claimed and did not send are given back when it leaves
//! or stops answering, so a killed replica's wave is finished by the others.
//!
//! On SQLite there is one process; the heartbeat then only gives back what a killed process had
//! claimed, when the bot starts again.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::Shutdown;
use super::budget::Budget;
use crate::clock::Clock;
use crate::store::{Peers, Store, StoreError};

/// How often each replica writes its heartbeat (real time).
pub const HEARTBEAT: Duration = Duration::from_secs(1);

/// A replica silent this long (real time) is taken for dead: its share of the budget and its
/// claims go to the others.
pub const DEAD_AFTER: Duration = Duration::from_secs(3);

/// How long a claim on an outbox row holds (real time) if its replica neither sends nor leaves:
/// a last resort behind `DEAD_AFTER`, for a replica that is alive but stuck.
pub const LEASE: Duration = Duration::from_secs(30);

/// Replicas and handled updates are forgotten after a day (Telegram keeps an update 24 hours).
const FORGET_AFTER_HOURS: i64 = 24;

/// This process among the replicas.
#[derive(Debug, Clone)]
pub struct Replica {
    id: Arc<str>,
    /// How it receives updates: "webhook" or "polling".
    mode: &'static str,
    clock: Clock,
}

impl Replica {
    pub fn new(mode: &'static str, clock: Clock) -> Replica {
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "host".into());
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
        let id = format!("{host}-{}-{:x}", std::process::id(), nanos & 0xff_ffff);
        Replica { id: id.into(), mode, clock }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// A span of real time on the bot's clock.
    fn on_clock(&self, real: Duration) -> chrono::Duration {
        chrono::Duration::from_std(real * self.clock.speed()).unwrap_or_default()
    }

    /// Until when a claim taken now holds.
    pub fn lease_end(&self) -> DateTime<Utc> {
        self.clock.now() + self.on_clock(LEASE)
    }

    /// One heartbeat: says this replica is alive and learns how many are.
    pub async fn beat(&self, store: &Store) -> Result<Peers, StoreError> {
        let now = self.clock.now();
        store.heartbeat(&self.id, self.mode, now, now - self.on_clock(DEAD_AFTER)).await
    }

    /// Joins: the first heartbeat, and when other replicas are alive, a pause of two heartbeats
    /// before anything is sent, so that they have seen this one and lowered their shares. Of two
    /// replicas starting together at least one sees the other (each reads after its own write
    /// is committed), and that one waits; a replica alone answers at once. Fails when another live replica already long-polls: Telegram gives updates
    /// to one `getUpdates` at a time, so a second poller would take turns with the first.
    pub async fn join(&self, store: &Store, budget: &Budget) -> anyhow::Result<()> {
        let peers = self.beat(store).await?;
        if self.mode == "polling" && peers.other_poller {
            anyhow::bail!(
                "another replica of this bot is already receiving updates by long polling on this database; \
                 several replicas need webhook mode (serve --webhook-url ... --listen ...)"
            );
        }
        budget.set_replicas(peers.live);
        crate::metrics::replicas(peers.live, budget.share_per_second());
        if peers.live > 1 {
            budget.hold_real(HEARTBEAT * 2 + HEARTBEAT / 2);
        }
        Ok(())
    }

    /// Beats every second until shutdown, then leaves (its share and claims go to the others).
    pub async fn run(self, store: Store, budget: Arc<Budget>, mut shutdown: Shutdown) {
        let mut ticks: u64 = 0;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(HEARTBEAT) => {}
                _ = shutdown.wait() => break,
            }
            self.share_pause(&store, &budget).await;
            match self.beat(&store).await {
                Ok(peers) => {
                    budget.set_replicas(peers.live);
                    crate::metrics::replicas(peers.live, budget.share_per_second());
                    if let Some(until) = peers.paused_until {
                        let left = (until - self.clock.now()).to_std().unwrap_or_default();
                        if !left.is_zero() {
                            budget.pause(left);
                        }
                    }
                }
                Err(error) => tracing::warn!(%error, "could not write the replica's heartbeat"),
            }
            ticks += 1;
            if ticks.is_multiple_of(600) {
                let before = self.clock.now() - chrono::Duration::hours(FORGET_AFTER_HOURS);
                if let Err(error) = store.prune_replicas(before).await {
                    tracing::warn!(%error, "could not forget old replicas and updates");
                }
            }
        }
        if let Err(error) = store.leave(&self.id).await {
            tracing::warn!(%error, "could not leave the replicas; the others take over in a few seconds");
        }
    }

    /// Passes this replica's 429 pause to the others.
    async fn share_pause(&self, store: &Store, budget: &Budget) {
        let Some(until) = budget.paused_until() else { return };
        let left = until.saturating_duration_since(tokio::time::Instant::now());
        let at = self.clock.now()
            + chrono::Duration::from_std(left.div_f64(budget.bot_second().as_secs_f64())).unwrap_or_default();
        if let Err(error) = store.share_pause(&self.id, at).await {
            tracing::warn!(%error, "could not share a pause with the other replicas");
        }
    }
}
