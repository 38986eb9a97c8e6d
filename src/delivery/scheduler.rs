//! The scheduler: at each reminder occurrence (Baku time), queue it for every subscriber in the
//! outbox; at start, queue what was missed while the bot was down unless it is stale.

use super::{Outbox, Shutdown};
use crate::calendar::Reminders;
use crate::clock::Clock;

/// How soon a failed attempt to queue a reminder is tried again.
const RETRY_SECONDS: i64 = 30;

/// Runs until shutdown: sleeps until the next occurrence on the injected clock, never polls.
pub async fn run(reminders: Reminders, outbox: Outbox, clock: Clock, per_second: u32, mut shutdown: Shutdown) {
    loop {
        let now = clock.now();
        let mut failed = false;
        for occurrence in reminders.due(now) {
            match outbox.queue_reminder(&reminders, &occurrence, now).await {
                Ok(queued) if queued.added == 0 => {}
                Ok(queued) => {
                    let added = queued.added;
                    tracing::info!(occurrence = %occurrence.key(), added, "reminder queued");
                    let needed = chrono::Duration::seconds(added as i64 / per_second.max(1) as i64);
                    if occurrence.at + needed > occurrence.stale_at {
                        tracing::warn!(
                            occurrence = %occurrence.key(),
                            added,
                            per_second,
                            "at this rate the reminder cannot reach every subscriber before it is stale; \
                             raise JANUARY20_MAX_PER_SECOND (Telegram allows more for paid broadcasts)"
                        );
                    }
                }
                Err(error) => {
                    tracing::error!(occurrence = %occurrence.key(), %error, "could not queue reminder; retrying");
                    failed = true;
                }
            }
        }
        // After a failure, try again soon (the outbox key keeps a retry from doubling anything);
        // otherwise sleep until the next occurrence.
        let wake_at = if failed {
            now + chrono::Duration::seconds(RETRY_SECONDS)
        } else {
            match reminders.next_after(now) {
                Some(next) => {
                    tracing::debug!(next = %next.key(), at = %next.at, "scheduler sleeping");
                    next.at
                }
                None => {
                    tracing::warn!("no reminders configured; the scheduler stops");
                    return;
                }
            }
        };
        crate::health::scheduler_tick(wake_at);
        tokio::select! {
            _ = clock.sleep_until(wake_at) => {}
            _ = shutdown.wait() => return,
        }
    }
}
