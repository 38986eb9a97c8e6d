//! The sender: drains the outbox within the rate limit, with a bounded number of messages in
//! flight. Reminders are rendered as they are sent, in the chat's language at that moment; what a
//! failure means is `policy`'s to say.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one.

use std::sync::Arc;

use tokio::task::JoinSet;

use super::limiter::RateLimiter;
use super::policy::{self, Next};
use super::{Outbox, SendError, Shutdown, Transport};
use crate::answer::Brain;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{Pending, Store, StoreError};

/// How the sender behaves.
#[derive(Debug, Clone)]
pub struct SenderConfig {
    pub per_second: u32,
    /// Messages sent concurrently; also the most a crash can repeat.
    pub in_flight: usize,
}

impl Default for SenderConfig {
    fn default() -> Self {
        SenderConfig { per_second: super::limiter::DEFAULT_PER_SECOND, in_flight: 16 }
    }
}

/// Runs until shutdown; messages in flight at shutdown are finished first.
pub async fn run<T: Transport>(
    transport: Arc<T>,
    outbox: Outbox,
    brain: Arc<Brain>,
    clock: Clock,
    config: SenderConfig,
    mut shutdown: Shutdown,
) {
    let store = outbox.store().clone();
    let limiter = Arc::new(RateLimiter::new(config.per_second));
    let batch_size = (config.in_flight * 4).max(64) as i64;
    loop {
        if shutdown.is_set() {
            return;
        }
        let now = clock.now();
        if let Err(error) = store.expire(now).await {
            tracing::error!(%error, "could not expire stale messages");
        }
        let ready = match store.ready(now, batch_size).await {
            Ok(ready) => ready,
            Err(error) => {
                tracing::error!(%error, "could not read the outbox");
                Vec::new()
            }
        };
        if ready.is_empty() {
            // A database error must not look like "nothing pending": retry in a few seconds.
            let next = match store.next_ready_at().await {
                Ok(next) => next,
                Err(error) => {
                    tracing::error!(%error, "could not read the outbox; retrying");
                    Some(now + chrono::Duration::seconds(5))
                }
            };
            tokio::select! {
                _ = outbox.woken() => {}
                _ = async {
                    match next {
                        Some(at) => clock.sleep_until(at).await,
                        None => std::future::pending().await,
                    }
                } => {}
                _ = shutdown.wait() => return,
            }
            continue;
        }
        let mut tasks = JoinSet::new();
        for message in ready {
            if shutdown.is_set() {
                break;
            }
            while tasks.len() >= config.in_flight {
                tasks.join_next().await;
            }
            tokio::select! {
                _ = limiter.acquire() => {}
                _ = shutdown.wait() => break,
            }
            let (transport, store, brain, clock, limiter) =
                (transport.clone(), store.clone(), brain.clone(), clock.clone(), limiter.clone());
            tasks.spawn(async move {
                if let Err(error) = deliver(&*transport, &store, &brain, &clock, &limiter, &message).await {
                    tracing::error!(%error, id = message.id, "could not record a delivery");
                }
            });
        }
        // Let every message in flight finish and be recorded before the next batch or exit.
        while tasks.join_next().await.is_some() {}
    }
}

/// The words of an outbox message: a broadcast's own, or its reminder in the chat's language.
fn text_of(brain: &Brain, message: &Pending) -> Option<String> {
    if let Some(text) = &message.text {
        return Some(text.clone());
    }
    let occurrence = brain.reminders.occurrence(&message.occurrence)?;
    Some(brain.reminder_text(&occurrence, Lang::choose(None, message.chat_lang, message.user_lang)))
}

async fn deliver<T: Transport>(
    transport: &T,
    store: &Store,
    brain: &Brain,
    clock: &Clock,
    limiter: &RateLimiter,
    message: &Pending,
) -> Result<(), StoreError> {
    let Some(text) = text_of(brain, message) else {
        // A reminder that data/reminders.toml no longer has.
        return store.mark_failed(message.id, "unknown reminder").await;
    };
    let result = transport.send(message.chat_id, &text).await;
    let now = clock.now();
    let error = match result {
        Ok(()) => return store.mark_sent(message.id, now).await,
        Err(error) => error,
    };
    match policy::on_failure(store, message.chat_id, &error, message.attempts, now).await? {
        Next::RetryAfter(wait) => {
            let reason = if let SendError::RetryAfter(_) = error {
                // Telegram's limit is global: everyone waits, not just this message.
                limiter.pause(wait);
                "429 too many requests".to_string()
            } else {
                error.to_string()
            };
            store.retry_later(message.id, now + chrono::Duration::from_std(wait).unwrap_or_default(), &reason).await
        }
        // The pending message moved with the chat and goes out on the next pass.
        Next::SendTo(_) => Ok(()),
        Next::GiveUp(why) => store.mark_failed(message.id, &why).await,
    }
}
