//! The sender: drains the outbox within the send budget it shares with replies (replies go
//! first), with a bounded number of messages in flight. Reminders are rendered as they are sent, in the chat's language at that moment; what a
//! failure means is `policy`'s to say.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tokio::task::JoinSet;

use super::budget::{Budget, Priority};
use super::policy::{self, Next};
use super::{Outbox, SendError, Shutdown, Transport};
use crate::answer::Brain;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{ChatSettings, Pending, Store, StoreError};

/// How the sender behaves.
#[derive(Debug, Clone)]
pub struct SenderConfig {
    /// Messages sent concurrently; also the most a crash can repeat.
    pub in_flight: usize,
    /// Send with `allow_paid_broadcast`: up to 1000 a second outside the free limit, for a fee.
    pub paid_broadcast: bool,
}

impl Default for SenderConfig {
    fn default() -> Self {
        SenderConfig { in_flight: 16, paid_broadcast: false }
    }
}

/// Runs until shutdown; messages in flight at shutdown are finished first.
pub async fn run<T: Transport>(
    transport: Arc<T>,
    outbox: Outbox,
    brain: Arc<Brain>,
    clock: Clock,
    budget: Arc<Budget>,
    config: SenderConfig,
    mut shutdown: Shutdown,
) {
    let store = outbox.store().clone();
    let priority = if config.paid_broadcast { Priority::PaidWave } else { Priority::Wave };
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
            in_flight.insert(message.id);
            let (transport, store, brain, clock, budget) =
                (transport.clone(), store.clone(), brain.clone(), clock.clone(), budget.clone());
            let mut stop = shutdown.clone();
            tasks.spawn(async move {
                // Each message waits for its own slot, so one chat at its own limit holds back
                // only its message, never the others.
                tokio::select! {
                    _ = budget.acquire(message.chat_id, priority) => {}
                    _ = stop.wait() => return message.id,
                }
                let with = With { paid: priority == Priority::PaidWave, extras };
                if let Err(error) = deliver(&*transport, &store, &brain, &clock, &budget, &message, with).await {
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

/// What a message goes out with: as a paid broadcast or not, and a reminder's extras.
struct With {
    paid: bool,
    extras: Option<crate::extras::ReminderExtras>,
}

async fn deliver<T: Transport>(
    transport: &T,
    store: &Store,
    brain: &Brain,
    clock: &Clock,
    budget: &Budget,
    message: &Pending,
    With { paid, extras }: With,
) -> Result<(), StoreError> {
    let Some(text) = text_of(brain, message) else {
        // A reminder that data/reminders.toml no longer has.
        return store.mark_failed(message.id, "unknown reminder").await;
    };
    let result = match extras {
        Some(extras) => transport.send_reminder(message.chat_id, &extras.text(&text), &extras, paid).await,
        None => transport.send(message.chat_id, &text, paid).await,
    };
    let now = clock.now();
    let error = match result {
        Ok(()) => return store.mark_sent(message.id, now).await,
        Err(error) => error,
    };
    match policy::on_failure(store, message.chat_id, &error, message.attempts, now).await? {
        Next::RetryAfter(wait) => {
            let reason = if let SendError::RetryAfter(_) = error {
                // Telegram's limit is global: everyone waits, exactly as long as it asked.
                budget.pause(wait);
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
