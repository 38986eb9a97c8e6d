//! This process as one replica among those sharing a database: its name, its heartbeat, and the
//! share of Telegram's limits it may use. The overall limit (30 a second) is split evenly
//! among the replicas seen alive in the last few seconds; a replica joining waits a little
//! before it sends, so that the others have lowered their shares first; a 429 one of them gets
//! pauses them all. Outbox rows a replica claimed and did not send are given back when it leaves
//! or stops answering, so a killed replica's wave is finished by the others.
//!
//! Silence is measured on the database's clock, and only by a replica that has itself been in
//! touch with the database for a while: when the database was away, everyone fell silent
//! together, and a live replica's claims (perhaps on messages Telegram accepted and it could not
//! record yet, `unrecorded`) must not go to another.
//!
//! On SQLite there is one process; the heartbeat then only gives back what a killed process had
//! claimed, when the bot starts again.

use std::sync::Arc;
use std::time::Duration;

use chrono::DateTime;
use chrono::Utc;
use tokio::time::Instant;

use super::Shutdown;
use super::budget::Budget;
use super::unrecorded::Unrecorded;
use crate::clock::Clock;
use crate::store::{Judgement, Peers, Store, StoreError};

/// How often each replica writes its heartbeat (real time).
pub const HEARTBEAT: Duration = Duration::from_secs(1);

/// A replica silent this long (real time, on the database's clock) is taken for dead: its share
/// of the budget and its claims go to the others.
pub const DEAD_AFTER: Duration = Duration::from_secs(3);

/// How long a replica must have been in touch with the database, without a gap, before it may
/// take another for dead: after its own failures (or when it joins) the others' silence may be
/// the database's, and every live peer must have had time to beat again first.
const IN_TOUCH_BEFORE_JUDGING: Duration = Duration::from_secs(6);

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
    unrecorded: Unrecorded,
}

/// This replica's touch with the database, from one heartbeat to the next.
#[derive(Debug, Default)]
struct Touch {
    /// When the current run of successful heartbeats began; none after a failure.
    since: Option<Instant>,
    last: Option<Instant>,
    /// Replicas alive at the last heartbeat.
    live: u32,
}

impl Touch {
    /// Whether a heartbeat starting `now` may judge the others.
    fn may_judge(&mut self, now: Instant) -> bool {
        // A heartbeat that hung (the database away) breaks the run like a failed one.
        if self.last.is_none_or(|last| now.saturating_duration_since(last) > HEARTBEAT * 3) {
            self.since = None;
        }
        self.since.is_some_and(|since| now.saturating_duration_since(since) >= IN_TOUCH_BEFORE_JUDGING)
    }

    fn succeeded(&mut self, at: Instant) {
        self.since.get_or_insert(at);
        self.last = Some(at);
    }

    /// True when this failure ends a run of successes (worth one line in the log).
    fn failed(&mut self) -> bool {
        self.last = None;
        self.since.take().is_some()
    }
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
        Replica { id: id.into(), mode, clock, unrecorded: Unrecorded::default() }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// What this replica sent and could not record yet.
    pub fn unrecorded(&self) -> &Unrecorded {
        &self.unrecorded
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
    async fn beat(&self, store: &Store, hand_over: bool) -> Result<Peers, StoreError> {
        store.heartbeat(&self.id, self.mode, Judgement { dead_after: DEAD_AFTER, hand_over }).await
    }

    /// Joins: the first heartbeat, and when other replicas are alive, a pause of two heartbeats
    /// before anything is sent, so that they have seen this one and lowered their shares. Of two
    /// replicas starting together at least one sees the other (each reads after its own write
    /// is committed), and that one waits; a replica alone answers at once. Fails when another
    /// live replica already long-polls: Telegram gives updates to one `getUpdates` at a time, so
    /// a second poller would take turns with the first.
    pub async fn join(&self, store: &Store, budget: &Budget) -> anyhow::Result<()> {
        let mut peers = self.beat(store, false).await?;
        if self.mode == "polling" && peers.other_poller {
            // Perhaps this bot's own process, killed a moment ago and restarted: it is live only
            // if it beats on.
            tracing::info!("another replica long-polled a moment ago; waiting to see whether it is still alive");
            tokio::time::sleep(DEAD_AFTER + HEARTBEAT).await;
            peers = self.beat(store, false).await?;
        }
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
    /// Each beat first records what Telegram accepted while the database was away.
    pub async fn run(self, store: Store, budget: Arc<Budget>, mut shutdown: Shutdown) {
        let mut touch = Touch { since: Some(Instant::now()), last: Some(Instant::now()), live: 0 };
        let mut ticks: u64 = 0;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(HEARTBEAT) => {}
                _ = shutdown.wait() => break,
            }
            self.record_later(&store).await;
            self.share_pause(&store, &budget).await;
            let started = Instant::now();
            let judging = touch.may_judge(started);
            match self.beat(&store, judging).await {
                Ok(peers) => {
                    if touch.since.is_none() {
                        tracing::info!("the database answers again; other replicas are judged once it has for a while");
                    }
                    touch.succeeded(started);
                    self.learn(&budget, &mut touch, peers, judging);
                }
                Err(error) if touch.failed() => {
                    tracing::warn!(%error, "could not write the replica's heartbeat; deliveries are kept in memory until the database answers")
                }
                Err(error) => tracing::debug!(%error, "could not write the replica's heartbeat"),
            }
            ticks += 1;
            if ticks.is_multiple_of(600) {
                let before = self.clock.now() - chrono::Duration::hours(FORGET_AFTER_HOURS);
                let silent_for = Duration::from_secs(FORGET_AFTER_HOURS as u64 * 3600);
                if let Err(error) = store.prune_replicas(silent_for, before).await {
                    tracing::warn!(%error, "could not forget old replicas and updates");
                }
            }
        }
        // Recorded before leaving: once this replica is gone its rows go to the others.
        self.record_later(&store).await;
        if !self.unrecorded.is_empty() {
            tracing::error!(
                kept = self.unrecorded.len(),
                "stopping with deliveries not recorded: the database did not answer; they may go out again"
            );
        }
        if let Err(error) = store.leave(&self.id).await {
            tracing::warn!(%error, "could not leave the replicas; the others take over in a few seconds");
        }
    }

    async fn record_later(&self, store: &Store) {
        if self.unrecorded.is_empty() {
            return;
        }
        if let Err(error) = self.unrecorded.record(store).await {
            tracing::debug!(%error, "deliveries still not recorded");
        }
    }

    /// What a heartbeat tells: claims handed over, how many share the budget, a shared pause.
    fn learn(&self, budget: &Budget, touch: &mut Touch, peers: Peers, judged: bool) {
        for (replica, claims) in &peers.taken_for_dead {
            tracing::warn!(%replica, claims, "replica {replica} taken for dead, {claims} claims handed over");
            crate::metrics::claims_handed_over(*claims);
        }
        // Until it may judge, a replica's view can be stale (the others could not beat while the
        // database was away): it keeps sharing with as many as it last knew.
        let live = if judged { peers.live } else { peers.live.max(touch.live) };
        touch.live = live;
        budget.set_replicas(live);
        crate::metrics::replicas(live, budget.share_per_second());
        if let Some(left) = peers.paused_for {
            budget.pause(left.div_f64(budget.bot_second().as_secs_f64()));
        }
    }

    /// Passes this replica's 429 pause to the others.
    async fn share_pause(&self, store: &Store, budget: &Budget) {
        let Some(until) = budget.paused_until() else { return };
        let left = until.saturating_duration_since(Instant::now());
        if let Err(error) = store.share_pause(&self.id, left).await {
            tracing::warn!(%error, "could not share a pause with the other replicas");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Beats every second from `from` for `seconds`, all succeeding; what each beat may do.
    fn beats(touch: &mut Touch, from: Instant, seconds: u64) -> Vec<bool> {
        (0..seconds)
            .map(|s| {
                let at = from + Duration::from_secs(s);
                let judging = touch.may_judge(at);
                touch.succeeded(at);
                judging
            })
            .collect()
    }

    #[test]
    fn a_replica_judges_the_others_only_after_six_seconds_in_touch_without_a_gap() {
        let start = Instant::now();
        let mut touch = Touch { since: Some(start), last: Some(start), live: 3 };
        assert_eq!(beats(&mut touch, start + HEARTBEAT, 7), [false, false, false, false, false, true, true]);
        // The database goes away: the first beats after it answers again never judge.
        assert!(touch.failed(), "the first failure ends the run");
        assert!(!touch.failed(), "the next ones say nothing more");
        let back = start + Duration::from_secs(20);
        assert_eq!(beats(&mut touch, back, 7), [false, false, false, false, false, false, true]);
        // A beat that hung as long as the outage breaks the run as a failure does.
        let hung = back + Duration::from_secs(15);
        assert_eq!(beats(&mut touch, hung, 7), [false, false, false, false, false, false, true]);
    }
}
