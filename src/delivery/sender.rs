//! The sender: drains the outbox within the rate limit, with a bounded number of messages in
//! flight. 429 → wait `retry_after`; unreachable chat → deactivated; migrated group → moved and
//! resent; network and server errors → retried with backoff until the message is stale.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinSet;

use super::limiter::RateLimiter;
use super::{SendError, Shutdown, Transport};
use crate::clock::Clock;
use crate::store::{Pending, Store};

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
    store: Store,
    clock: Clock,
    config: SenderConfig,
    wake: Arc<Notify>,
    mut shutdown: Shutdown,
) {
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
                _ = wake.notified() => {}
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
            let (transport, store, clock, limiter) = (transport.clone(), store.clone(), clock.clone(), limiter.clone());
            tasks.spawn(async move { deliver(&*transport, &store, &clock, &limiter, message).await });
        }
        // Let every message in flight finish and be recorded before the next batch or exit.
        while tasks.join_next().await.is_some() {}
    }
}

async fn deliver<T: Transport>(transport: &T, store: &Store, clock: &Clock, limiter: &RateLimiter, message: Pending) {
    let result = transport.send(message.chat_id, &message.text).await;
    let now = clock.now();
    let recorded = match &result {
        Ok(()) => store.mark_sent(message.id, now).await,
        Err(SendError::RetryAfter(wait)) => {
            limiter.pause(*wait).await;
            let at = now + chrono::Duration::from_std(*wait).unwrap_or_default();
            store.retry_later(message.id, at, "429 too many requests").await
        }
        Err(SendError::Gone(why)) => {
            tracing::info!(chat_id = message.chat_id, %why, "chat unreachable; deactivated");
            match store.mark_failed(message.id, why).await {
                Ok(()) => store.set_active(message.chat_id, false, now).await,
                Err(e) => Err(e),
            }
        }
        Err(SendError::Migrated(new_id)) => {
            tracing::info!(old = message.chat_id, new = new_id, "group migrated to a supergroup");
            // The pending message moves with the chat and goes out on the next pass.
            store.migrate_chat(message.chat_id, *new_id, now).await
        }
        Err(SendError::Transient(why)) => {
            let backoff = Duration::from_secs(2u64.saturating_pow(message.attempts.clamp(0, 6) as u32));
            tracing::warn!(chat_id = message.chat_id, %why, ?backoff, "send failed; will retry");
            store.retry_later(message.id, now + chrono::Duration::from_std(backoff).unwrap_or_default(), why).await
        }
        Err(SendError::Rejected(why)) => {
            tracing::error!(chat_id = message.chat_id, %why, "message rejected");
            store.mark_failed(message.id, why).await
        }
    };
    if let Err(error) = recorded {
        tracing::error!(%error, id = message.id, "could not record a delivery");
    }
}
