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
pub async fn run(brain: Arc<Brain>, store: Store, clock: Clock, wake_sender: Arc<Notify>, mut shutdown: Shutdown) {
    loop {
        let now = clock.now();
        for occurrence in brain.reminders.due(now) {
            match enqueue(&brain, &store, &occurrence).await {
                Ok(added) => {
                    if added > 0 {
                        tracing::info!(occurrence = %occurrence.key(), added, "reminder queued");
                    }
                }
                // The next pass (at the next occurrence, or on restart) tries again; the
                // outbox key keeps that from ever doubling a message.
                Err(error) => tracing::error!(occurrence = %occurrence.key(), %error, "could not queue reminder"),
            }
        }
        wake_sender.notify_one();
        let Some(next) = brain.reminders.next_after(now) else {
            tracing::warn!("no reminders configured; the scheduler stops");
            return;
        };
        tracing::debug!(next = %next.key(), at = %next.at, "scheduler sleeping");
        tokio::select! {
            _ = clock.sleep_until(next.at) => {}
            _ = shutdown.wait() => return,
        }
    }
}
