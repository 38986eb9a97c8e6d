//! The scheduler: plans each reminder occurrence as a wave (Baku time) and queues it for every
//! subscriber when its wave starts, so that every chat has it by its time; queues once more at
//! the time itself for chats that subscribed during the wave; at start, queues what was missed
//! while the bot was down unless it is stale. A wave too big for its window is reported as soon
//! as it is planned, not on the day.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::{Outbox, Shutdown};
use crate::calendar::Reminders;
use crate::clock::Clock;

/// How soon a failed attempt to queue a reminder is tried again.
const RETRY_SECONDS: i64 = 30;

/// How often waves are planned again: subscribers come and go, and a bigger audience starts
/// its wave earlier.
const REPLAN_MINUTES: i64 = 10;

/// Runs until shutdown: sleeps on the injected clock until a wave starts or it is time to plan
/// again, never polls faster.
pub async fn run(reminders: Reminders, outbox: Outbox, clock: Clock, mut shutdown: Shutdown) {
    // (occurrence, moment) pairs already queued by this process: the wave's start, and the time.
    // Queuing again is harmless (the outbox key), this only saves the work.
    let mut queued: HashSet<(String, DateTime<Utc>)> = HashSet::new();
    let mut warned: HashSet<String> = HashSet::new();
    loop {
        let now = clock.now();
        let mut wake_at = now + chrono::Duration::minutes(REPLAN_MINUTES);
        let mut failed = false;
        for occurrence in reminders.upcoming(now) {
            let key = occurrence.key();
            let plan = match outbox.plan_wave(&reminders, &occurrence).await {
                Ok(plan) => plan,
                Err(error) => {
                    tracing::error!(occurrence = %key, %error, "could not plan a reminder's wave; retrying");
                    failed = true;
                    continue;
                }
            };
            if !plan.fits() && warned.insert(key.clone()) {
                tracing::warn!(
                    occurrence = %key,
                    subscribers = plan.audience.total(),
                    capacity = plan.capacity,
                    late = plan.late(),
                    rate = plan.budget_rate,
                    "more subscribers than the wave's window holds: this many would get the reminder after \
                     its time; lengthen [wave] lead_minutes in data/reminders.toml or run serve --paid-broadcast"
                );
            }
            let moments = [plan.start, occurrence.at];
            let due: Vec<DateTime<Utc>> =
                moments.into_iter().filter(|&m| m <= now && !queued.contains(&(key.clone(), m))).collect();
            for m in moments {
                if m > now {
                    wake_at = wake_at.min(m);
                }
            }
            if due.is_empty() {
                continue;
            }
            match outbox.queue_reminder(&reminders, &occurrence, now).await {
                Ok(done) => {
                    if done.added > 0 {
                        tracing::info!(
                            occurrence = %key,
                            added = done.added,
                            wave_start = %plan.start,
                            wave_end = %plan.end,
                            rate = plan.rate,
                            silent = plan.silent,
                            "reminder queued"
                        );
                    }
                    queued.extend(due.into_iter().map(|m| (key.clone(), m)));
                }
                Err(error) => {
                    tracing::error!(occurrence = %key, %error, "could not queue reminder; retrying");
                    failed = true;
                }
            }
        }
        if failed {
            wake_at = now + chrono::Duration::seconds(RETRY_SECONDS);
        }
        tracing::debug!(%wake_at, "scheduler sleeping");
        crate::health::scheduler_tick(wake_at);
        tokio::select! {
            _ = clock.sleep_until(wake_at) => {}
            _ = shutdown.wait() => return,
        }
    }
}
