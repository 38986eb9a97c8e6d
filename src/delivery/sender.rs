//! The sender: drains the outbox within the rate limit, with a bounded number of messages in
//! flight. Reminders are rendered as they are sent, in the chat's language at that moment; what a
//! failure means is `policy`'s to say.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tokio::task::JoinSet;

use super::limiter::RateLimiter;
use super::policy::{self, Next};
use super::{Outbox, SendError, Shutdown, Transport};
use crate::answer::Brain;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{ChatSettings, Pending, Store, StoreError};

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
    // Messages being sent, by outbox id: they are still "pending" in the database until their
    // answer is recorded, so the next read must skip them. There is no barrier between batches:
    // a slow or failing send holds its own slot only, never the others.
    let mut tasks: JoinSet<i64> = JoinSet::new();
    let mut in_flight: HashSet<i64> = HashSet::new();
    let finished = |done: Option<Result<i64, tokio::task::JoinError>>, in_flight: &mut HashSet<i64>| {
        if let Some(Ok(id)) = done {
            in_flight.remove(&id);
        }
    };
    'run: loop {
        if shutdown.is_set() {
            break;
        }
        while let Some(done) = tasks.try_join_next() {
            finished(Some(done), &mut in_flight);
        }
        let now = clock.now();
        if let Err(error) = store.expire(now).await {
            tracing::error!(%error, "could not expire stale messages");
        }
        let ready: Vec<Pending> = match store.ready(now, batch_size).await {
            Ok(ready) => ready.into_iter().filter(|m| !in_flight.contains(&m.id)).collect(),
            Err(error) => {
                tracing::error!(%error, "could not read the outbox");
                Vec::new()
            }
        };
        if ready.is_empty() {
            if !tasks.is_empty() {
                // Something is being sent: its end may make room or change what is ready.
                tokio::select! {
                    done = tasks.join_next() => finished(done, &mut in_flight),
                    _ = outbox.woken() => {}
                    _ = shutdown.wait() => break,
                }
                continue;
            }
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
                _ = shutdown.wait() => break,
            }
            continue;
        }
        // ---- issue 14 (sharing): the chats' settings, read once a batch and before the rate
        // limiter, so that no read stands between a slot and its send.
        let settings = batch_settings(&store, &ready).await;
        for message in ready {
            let extras = reminder_extras(&brain, &message, &settings);
            while tasks.len() >= config.in_flight {
                tokio::select! {
                    done = tasks.join_next() => finished(done, &mut in_flight),
                    _ = shutdown.wait() => break 'run,
                }
            }
            tokio::select! {
                _ = limiter.acquire() => {}
                _ = shutdown.wait() => break 'run,
            }
            in_flight.insert(message.id);
            let (transport, store, brain, clock, limiter) =
                (transport.clone(), store.clone(), brain.clone(), clock.clone(), limiter.clone());
            tasks.spawn(async move {
                if let Err(error) = deliver(&*transport, &store, &brain, &clock, &limiter, &message, extras).await {
                    tracing::error!(%error, id = message.id, "could not record a delivery");
                }
                message.id
            });
        }
    }
    // Every message in flight is finished and recorded before the sender stops.
    while tasks.join_next().await.is_some() {}
}

/// The words of an outbox message: a broadcast's own, or its reminder in the chat's language.
fn text_of(brain: &Brain, message: &Pending) -> Option<String> {
    if let Some(text) = &message.text {
        return Some(text.clone());
    }
    let occurrence = brain.reminders.occurrence(&message.occurrence)?;
    Some(brain.reminder_text(&occurrence, Lang::choose(None, message.chat_lang, message.user_lang)))
}

// ---- issue 14 (sharing): what goes with a reminder to this chat (`crate::extras` decides);
// broadcasts go as they are. A settings read that fails sends the batch without extras.
async fn batch_settings(store: &Store, ready: &[Pending]) -> HashMap<i64, ChatSettings> {
    let chats: Vec<i64> = ready.iter().filter(|m| m.text.is_none()).map(|m| m.chat_id).collect();
    store.chat_settings_of(&chats).await.unwrap_or_else(|error| {
        tracing::warn!(%error, "could not read the chats' settings; sending without extras");
        HashMap::new()
    })
}

fn reminder_extras(
    brain: &Brain,
    message: &Pending,
    settings: &HashMap<i64, ChatSettings>,
) -> Option<crate::extras::ReminderExtras> {
    if message.text.is_some() {
        return None;
    }
    let occurrence = brain.reminders.occurrence(&message.occurrence)?;
    let lang = Lang::choose(None, message.chat_lang, message.user_lang);
    let settings = settings.get(&message.chat_id).cloned().unwrap_or_default();
    Some(crate::extras::for_reminder(brain, &occurrence, lang, &settings))
}

async fn deliver<T: Transport>(
    transport: &T,
    store: &Store,
    brain: &Brain,
    clock: &Clock,
    limiter: &RateLimiter,
    message: &Pending,
    extras: Option<crate::extras::ReminderExtras>,
) -> Result<(), StoreError> {
    let Some(text) = text_of(brain, message) else {
        // A reminder that data/reminders.toml no longer has.
        return store.mark_failed(message.id, "unknown reminder").await;
    };
    let result = match extras {
        Some(extras) => transport.send_reminder(message.chat_id, &extras.text(&text), &extras).await,
        None => transport.send(message.chat_id, &text).await,
    };
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
