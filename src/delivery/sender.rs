//! The sender: drains the outbox within the send budget it shares with replies (replies go
//! first), with a bounded number of messages in flight. Reminders are rendered as they are sent,
//! in the chat's language at that moment; what a failure means is `policy`'s to say.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one. With
//! several replicas each message is claimed in the database by one of them (`Store::claim`), and
//! the claim is confirmed before the message waits for its slot: two replicas never send the
//! same row, and a killed replica's claims go to the others (`replica`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tokio::task::JoinSet;

use super::budget::{Budget, Priority};
use super::policy::{self, Next};
use super::replica::{LEASE, Replica};
use super::{Outbox, SendError, SendOptions, Shutdown, Transport};
use crate::answer::Brain;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::local_time::parse_zone;
use crate::store::{ChatSettings, Pending, Store, StoreError};

/// How the sender behaves.
#[derive(Debug, Clone)]
pub struct SenderConfig {
    /// Messages sent concurrently; also the most a crash can repeat.
    pub in_flight: usize,
    /// Send with `allow_paid_broadcast`: up to 1000 a second outside the free limit, for a fee.
    pub paid_broadcast: bool,
    /// Look at the outbox at least this often (real time) even when nothing woke the sender:
    /// on a database other replicas share, they queue messages this process does not hear of.
    pub look_every: Option<std::time::Duration>,
}

impl Default for SenderConfig {
    fn default() -> Self {
        SenderConfig { in_flight: 16, paid_broadcast: false, look_every: None }
    }
}

/// Runs until shutdown; messages in flight at shutdown are finished first.
#[allow(clippy::too_many_arguments)]
pub async fn run<T: Transport>(
    transport: Arc<T>,
    outbox: Outbox,
    brain: Arc<Brain>,
    clock: Clock,
    budget: Arc<Budget>,
    replica: Replica,
    config: SenderConfig,
    mut shutdown: Shutdown,
) {
    let store = outbox.store().clone();
    let priority = if config.paid_broadcast { Priority::PaidWave } else { Priority::Wave };
    // Rows are claimed (in the database, so that no other replica sends them) only when there is
    // room to start them: what a replica holds is what it is sending, and a killed replica leaves
    // at most `in_flight` claims behind. Claims come in batches of a quarter of the room or more,
    // to spare the database a round trip a message.
    let batch = (config.in_flight / 4).max(1);
    let mut tasks: JoinSet<()> = JoinSet::new();
    // The rows this process is sending. A claim can lapse while its message is on its way (the
    // clock jumped, the process stalled); the next claim then hands the row back to this same
    // replica, and it must not go out a second time.
    let sending: Arc<Mutex<HashSet<i64>>> = Arc::default();
    let look_again = || async {
        match config.look_every {
            Some(every) => tokio::time::sleep(every).await,
            None => std::future::pending().await,
        }
    };
    'run: loop {
        if shutdown.is_set() {
            break;
        }
        while tasks.try_join_next().is_some() {}
        let room = config.in_flight.saturating_sub(tasks.len());
        if room < batch {
            tokio::select! {
                _ = tasks.join_next() => {}
                _ = shutdown.wait() => break,
            }
            continue;
        }
        let now = clock.now();
        if let Err(error) = store.expire(now).await {
            tracing::error!(%error, "could not expire stale messages");
        }
        let except = not_again(&sending, &replica);
        let claimed: Vec<Pending> =
            match store.claim(replica.id(), now, replica.lease_end(), room as i64, &except).await {
                Ok(claimed) => claimed,
                Err(error) => {
                    tracing::error!(%error, "could not read the outbox");
                    Vec::new()
                }
            };
        if claimed.is_empty() {
            if !tasks.is_empty() {
                // Something is being sent: its end may make room or change what is ready.
                tokio::select! {
                    _ = tasks.join_next() => {}
                    _ = outbox.woken() => {}
                    _ = look_again() => {}
                    _ = shutdown.wait() => break,
                }
                continue;
            }
            // A database error must not look like "nothing pending": retry in a few seconds.
            let next = match store.next_claimable_at().await {
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
                _ = look_again() => {}
                _ = shutdown.wait() => break,
            }
            continue;
        }
        // ---- issue 14 (sharing): the chats' settings, read once a batch and before the rate
        // limiter, so that no read stands between a slot and its send.
        let settings = batch_settings(&store, &claimed).await;
        for message in claimed {
            let Some(sending) = Sending::start(&sending, message.id) else { continue };
            if shutdown.is_set() {
                if let Err(error) = store.release_claim(message.id, replica.id()).await {
                    tracing::warn!(%error, id = message.id, "could not give back a claim; it lapses");
                }
                continue 'run;
            }
            let extras = reminder_extras(&brain, &message, &settings);
            let zone = settings.get(&message.chat_id).and_then(|s| s.timezone.as_deref()).and_then(parse_zone);
            let (transport, store, brain, clock, budget, replica) =
                (transport.clone(), store.clone(), brain.clone(), clock.clone(), budget.clone(), replica.clone());
            let mut stop = shutdown.clone();
            tasks.spawn(async move {
                let _sending = sending;
                // The claim is confirmed before the slot is taken, never between the slot and
                // the send: a database write there would let sends bunch up at the server.
                if !still_ours(&store, &replica, &message).await {
                    return;
                }
                let confirmed = tokio::time::Instant::now();
                // Each message waits for its own slot, so one chat at its own limit holds back
                // only its message, never the others.
                tokio::select! {
                    _ = budget.acquire(message.chat_id, priority) => {}
                    _ = stop.wait() => {
                        if let Err(error) = store.release_claim(message.id, replica.id()).await {
                            tracing::warn!(%error, id = message.id, "could not give back a claim; it lapses");
                        }
                        return;
                    }
                }
                // A long wait for the slot (a group's minute, a 429) may outlast the claim.
                if confirmed.elapsed() > LEASE / 2 && !still_ours(&store, &replica, &message).await {
                    return;
                }
                let with = With { paid: priority == Priority::PaidWave, zone, extras };
                if let Err(error) =
                    deliver(&*transport, &store, &brain, &clock, &budget, &replica, &message, with).await
                {
                    tracing::error!(%error, id = message.id, "could not record a delivery");
                }
            });
        }
    }
    // Every message in flight is finished and recorded before the sender stops.
    while tasks.join_next().await.is_some() {}
}

/// One row among those this process is sending, until it is dropped.
struct Sending {
    set: Arc<Mutex<HashSet<i64>>>,
    id: i64,
}

impl Sending {
    /// None when the row is already on its way from this process.
    fn start(set: &Arc<Mutex<HashSet<i64>>>, id: i64) -> Option<Sending> {
        set.lock().expect("rows in flight").insert(id).then(|| Sending { set: set.clone(), id })
    }
}

impl Drop for Sending {
    fn drop(&mut self) {
        self.set.lock().expect("rows in flight").remove(&self.id);
    }
}

/// This replica's claimed rows that must not go out (again): those on their way, and those
/// Telegram accepted that the database does not know of yet.
fn not_again(sending: &Mutex<HashSet<i64>>, replica: &Replica) -> Vec<i64> {
    let mut ids = replica.unrecorded().ids();
    ids.extend(sending.lock().expect("rows in flight").iter().copied());
    ids
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
// broadcasts go as they are, but in the chat's night silently too (its time zone). A settings
// read that fails sends the batch without extras, on Baku time.
async fn batch_settings(store: &Store, ready: &[Pending]) -> HashMap<i64, ChatSettings> {
    let chats: Vec<i64> = ready.iter().map(|m| m.chat_id).collect();
    store.chat_settings_of(&chats).await.unwrap_or_else(|error| {
        tracing::warn!(%error, "could not read the chats' settings; sending without extras, on Baku time");
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

/// What a message goes out with: as a paid broadcast or not, the chat's time zone (for its
/// night; Baku when it chose none), and a reminder's extras.
struct With {
    paid: bool,
    zone: Option<chrono_tz::Tz>,
    extras: Option<crate::extras::ReminderExtras>,
}

/// Renews the claim on `message`; false when it lapsed (a replica stuck that long is taken for
/// dead: another replica has it and sends it instead of us) or cannot be renewed (the claim
/// then lapses and the message goes out from whichever replica claims it next).
async fn still_ours(store: &Store, replica: &Replica, message: &Pending) -> bool {
    match store.confirm_claim(message.id, replica.id(), replica.lease_end()).await {
        Ok(true) => true,
        Ok(false) => {
            tracing::warn!(id = message.id, "claim lapsed before sending; another replica sends it");
            false
        }
        Err(error) => {
            tracing::error!(%error, id = message.id, "could not confirm a claim; claimed again when the database answers");
            false
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn deliver<T: Transport>(
    transport: &T,
    store: &Store,
    brain: &Brain,
    clock: &Clock,
    budget: &Budget,
    replica: &Replica,
    message: &Pending,
    With { paid, zone, extras }: With,
) -> Result<(), StoreError> {
    let Some(text) = text_of(brain, message) else {
        // A reminder that data/reminders.toml no longer has.
        return store.mark_failed(message.id, "unknown reminder").await;
    };
    // Decided at the moment of sending, not when queued: a retry that comes after the night
    // ends rings as any daytime message does.
    let how = SendOptions { paid, silent: brain.reminders.wave.quiet.silent(clock.now(), zone) };
    let result = match extras {
        Some(extras) => transport.send_reminder(message.chat_id, &extras.text(&text), &extras, how).await,
        None => transport.send(message.chat_id, &text, how).await,
    };
    let now = clock.now();
    let error = match result {
        Ok(()) => {
            replica.unrecorded().mark_sent(store, message.id, now).await;
            return Ok(());
        }
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
        Next::SendTo(_) => store.release_claim(message.id, replica.id()).await,
        Next::GiveUp(why) => store.mark_failed(message.id, &why).await,
    }
}
