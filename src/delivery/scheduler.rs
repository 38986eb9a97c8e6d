//! The scheduler: at each reminder occurrence (Baku time), queue it for every subscriber in the
//! outbox; at start, queue what was missed while the bot was down unless it is stale.

use std::sync::Arc;

use tokio::sync::Notify;

use super::Shutdown;
use crate::answer::Brain;
use crate::calendar::Occurrence;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{Store, StoreError};

/// Queues one occurrence for its subscribers; returns how many messages were added.
pub async fn enqueue(brain: &Brain, store: &Store, occurrence: &Occurrence) -> Result<u64, StoreError> {
    let texts = Lang::ALL.map(|lang| brain.reminder_text(occurrence, lang));
    store.enqueue_reminder(&occurrence.key(), &occurrence.reminder, &texts, occurrence.at, occurrence.stale_at).await
}

/// Runs until shutdown: sleeps until the next occurrence on the injected clock, never polls.
pub async fn run(
    brain: Arc<Brain>,
    store: Store,
    clock: Clock,
    per_second: u32,
    wake_sender: Arc<Notify>,
    mut shutdown: Shutdown,
) {
    loop {
        let now = clock.now();
        let mut failed = false;
        for occurrence in brain.reminders.due(now) {
            match enqueue(&brain, &store, &occurrence).await {
                Ok(added) => {
                    if added > 0 {
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
                }
                Err(error) => {
                    tracing::error!(occurrence = %occurrence.key(), %error, "could not queue reminder; retrying");
                    failed = true;
                }
            }
        }
        wake_sender.notify_one();
        // After a failure, try again soon (the outbox key keeps a retry from doubling anything);
        // otherwise sleep until the next occurrence.
        let wake_at = if failed {
            now + chrono::Duration::seconds(RETRY_SECONDS)
        } else {
            match brain.reminders.next_after(now) {
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
        tokio::select! {
            _ = clock.sleep_until(wake_at) => {}
            _ = shutdown.wait() => return,
        }
    }
}

/// How soon a failed attempt to queue a reminder is tried again.
const RETRY_SECONDS: i64 = 30;
