//! The sender: drains the outbox within the send budget it shares with replies (replies go
//! first), with a bounded number of messages in flight. Each message is composed by the transport
//! as it is sent, in the chat's language at that moment; what a failure means is `policy`'s to
//! say.
//!
//! Guarantee: a message is marked sent only after Telegram accepted it, so a crash can repeat at
//! most the messages in flight at that moment (at most `in_flight`), and never loses one. With
//! several replicas each message is claimed in the database by one of them (`Store::claim`), and
//! the claim is confirmed before the message waits for its slot: two replicas never send the
//! same row, and a killed replica's claims go to the others (`replica`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tokio::task::JoinSet;

use super::budget::{Budget, Priority, Slot};
use super::policy::{self, Next};
use super::replica::{LEASE, Replica};
use super::{Outbox, SendError, SendOptions, Shutdown, Transport};
use crate::clock::Clock;
use crate::local_time::parse_zone;
use crate::quiet::QuietHours;
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

/// The outbox's sender in one process: what it sends through, and with what.
#[derive(Debug)]
pub struct Sender<T> {
    pub transport: Arc<T>,
    pub outbox: Outbox,
    /// The night, in each chat's own time: what reaches a chat then goes silently.
    pub quiet: QuietHours,
    pub clock: Clock,
    pub budget: Arc<Budget>,
    pub replica: Replica,
    pub config: SenderConfig,
}

/// The rows this process is sending. A claim can lapse while its message is on its way (the
/// clock jumped, the process stalled); the next claim then hands the row back to this same
/// replica, and it must not go out a second time.
type InFlight = Arc<Mutex<HashSet<i64>>>;

impl<T: Transport> Sender<T> {
    /// Runs until shutdown; messages in flight at shutdown are finished first.
    pub async fn run(self, mut shutdown: Shutdown) {
        let this = Arc::new(self);
        // Rows are claimed (in the database, so that no other replica sends them) only when there
        // is room to start them: what a replica holds is what it is sending, and a killed replica
        // leaves at most `in_flight` claims behind. Claims come in batches of a quarter of the room
        // or more, to spare the database a round trip a message.
        let batch = (this.config.in_flight / 4).max(1);
        let mut tasks: JoinSet<()> = JoinSet::new();
        let sending = InFlight::default();
        while !shutdown.is_set() {
            while tasks.try_join_next().is_some() {}
            let room = this.config.in_flight.saturating_sub(tasks.len());
            if room < batch {
                tokio::select! {
                    _ = tasks.join_next() => {}
                    _ = shutdown.wait() => break,
                }
                continue;
            }
            let now = this.clock.now();
            let claimed = this.claim(now, room, &sending).await;
            if claimed.is_empty() {
                if !this.wait_for_work(now, &mut tasks, &mut shutdown).await {
                    break;
                }
                continue;
            }
            this.start(claimed, &mut tasks, &sending, &shutdown).await;
        }
        // Every message in flight is finished and recorded before the sender stops.
        while tasks.join_next().await.is_some() {}
    }

    fn store(&self) -> &Store {
        self.outbox.store()
    }

    /// Claims up to `room` messages that are due, after expiring the stale ones.
    async fn claim(&self, now: DateTime<Utc>, room: usize, sending: &InFlight) -> Vec<Pending> {
        if let Err(error) = self.store().expire(now).await {
            tracing::error!(%error, "could not expire stale messages");
        }
        let except = self.not_again(sending);
        match self.store().claim(self.replica.id(), now, self.replica.lease_end(), room as i64, &except).await {
            Ok(claimed) => claimed,
            Err(error) => {
                tracing::error!(%error, "could not read the outbox");
                Vec::new()
            }
        }
    }

    /// This replica's claimed rows that must not go out (again): those on their way, and those
    /// Telegram accepted that the database does not know of yet.
    fn not_again(&self, sending: &InFlight) -> Vec<i64> {
        let mut ids = self.replica.unrecorded().ids();
        ids.extend(sending.lock().expect("rows in flight").iter().copied());
        ids
    }

    /// With nothing claimed, waits until something may have changed; false at shutdown.
    async fn wait_for_work(&self, now: DateTime<Utc>, tasks: &mut JoinSet<()>, shutdown: &mut Shutdown) -> bool {
        if !tasks.is_empty() {
            // Something is being sent: its end may make room or change what is ready.
            tokio::select! {
                _ = tasks.join_next() => {}
                _ = self.outbox.woken() => {}
                _ = self.look_again() => {}
                _ = shutdown.wait() => return false,
            }
            return true;
        }
        // A database error must not look like "nothing pending": retry in a few seconds.
        let next = match self.store().next_claimable_at().await {
            Ok(next) => next,
            Err(error) => {
                tracing::error!(%error, "could not read the outbox; retrying");
                Some(now + chrono::Duration::seconds(5))
            }
        };
        tokio::select! {
            _ = self.outbox.woken() => {}
            _ = async {
                match next {
                    Some(at) => self.clock.sleep_until(at).await,
                    None => std::future::pending().await,
                }
            } => {}
            _ = self.look_again() => {}
            _ = shutdown.wait() => return false,
        }
        true
    }

    /// Resolves when it is time to look at the outbox again although nothing woke the sender.
    async fn look_again(&self) {
        match self.config.look_every {
            Some(every) => tokio::time::sleep(every).await,
            None => std::future::pending().await,
        }
    }

    /// Starts sending the claimed messages, each in its own task; at shutdown, gives back the
    /// claim of the first one not started (the others lapse).
    async fn start(
        self: &Arc<Self>,
        claimed: Vec<Pending>,
        tasks: &mut JoinSet<()>,
        sending: &InFlight,
        shutdown: &Shutdown,
    ) {
        // The chats' settings, read once a batch and before the rate limiter, so that no read
        // stands between a slot and its send.
        let settings = batch_settings(self.store(), &claimed).await;
        for message in claimed {
            let Some(sending) = Sending::start(sending, message.id) else { continue };
            if shutdown.is_set() {
                self.give_back(&message).await;
                return;
            }
            let chat = settings.get(&message.chat_id).cloned().unwrap_or_default();
            let composed = self.transport.compose(&message, &chat);
            let zone = chat.timezone.as_deref().and_then(parse_zone);
            let this = self.clone();
            let stop = shutdown.clone();
            tasks.spawn(async move {
                let _sending = sending;
                this.send_one(message, composed, zone, stop).await;
            });
        }
    }

    /// Sends one claimed message in its turn and records what became of it.
    async fn send_one(&self, message: Pending, composed: Option<T::Message>, zone: Option<Tz>, mut stop: Shutdown) {
        // The claim is confirmed before the slot is taken, never between the slot and the send: a
        // database write there would let sends bunch up at the server.
        if !self.still_ours(&message).await {
            return;
        }
        let confirmed = tokio::time::Instant::now();
        // Each message waits for its own slot, so one chat at its own limit holds back only its
        // message, never the others.
        let slot = tokio::select! {
            slot = self.budget.acquire(message.chat_id, self.priority()) => slot,
            _ = stop.wait() => {
                self.give_back(&message).await;
                return;
            }
        };
        // A long wait for the slot (a group's minute, a 429) may outlast the claim.
        if confirmed.elapsed() > LEASE / 2 && !self.still_ours(&message).await {
            return;
        }
        if let Err(error) = self.deliver(&message, composed, zone, slot).await {
            tracing::error!(%error, id = message.id, "could not record a delivery");
        }
    }

    fn priority(&self) -> Priority {
        if self.config.paid_broadcast { Priority::PaidWave } else { Priority::Wave }
    }

    async fn give_back(&self, message: &Pending) {
        if let Err(error) = self.store().release_claim(message.id, self.replica.id()).await {
            tracing::warn!(%error, id = message.id, "could not give back a claim; it lapses");
        }
    }

    /// Renews the claim on `message`; false when it lapsed (a replica stuck that long is taken
    /// for dead: another replica has it and sends it instead of us) or cannot be renewed (the
    /// claim then lapses and the message goes out from whichever replica claims it next).
    async fn still_ours(&self, message: &Pending) -> bool {
        match self.store().confirm_claim(message.id, self.replica.id(), self.replica.lease_end()).await {
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

    /// Sends `message` (the chat's time zone says when its night is; Baku when it chose none)
    /// and records the outcome.
    async fn deliver(
        &self,
        message: &Pending,
        composed: Option<T::Message>,
        zone: Option<Tz>,
        slot: Slot<'_>,
    ) -> Result<(), StoreError> {
        let store = self.store();
        let Some(composed) = composed else {
            // A reminder that data/reminders.toml no longer has.
            return store.mark_failed(message.id, "unknown reminder").await;
        };
        // A message claimed in time can wait for its slot past the moment its words stop being
        // true (a 429, a group's minute): the eve's "Tomorrow, 20 January" after midnight. It is
        // recorded as stale, as if it had never been claimed: not sent, not lost, not tried again.
        let now = self.clock.now();
        if now >= message.stale_at {
            tracing::info!(id = message.id, occurrence = %message.occurrence, "stale before its slot; not sent");
            return store.expire(now).await.map(drop);
        }
        // Decided at the moment of sending, not when queued: a retry that comes after the night
        // ends rings as any daytime message does.
        let how = SendOptions { paid: self.config.paid_broadcast, silent: self.quiet.silent(self.clock.now(), zone) };
        let result = self.transport.send(message.chat_id, &composed, how).await;
        drop(slot);
        let now = self.clock.now();
        let error = match result {
            Ok(()) => {
                self.replica.unrecorded().mark_sent(store, message.id, now).await;
                return Ok(());
            }
            Err(error) => error,
        };
        match policy::on_failure(store, message.chat_id, &error, message.attempts, now).await? {
            Next::RetryAfter(wait) => {
                policy::heed(&self.budget, &error);
                let reason = if let SendError::RetryAfter(_) = error {
                    "429 too many requests".to_string()
                } else {
                    error.to_string()
                };
                store.retry_later(message.id, now + chrono::Duration::from_std(wait).unwrap_or_default(), &reason).await
            }
            // The pending message moved with the chat and goes out on the next pass.
            Next::SendTo(_) => store.release_claim(message.id, self.replica.id()).await,
            Next::GiveUp(why) => store.mark_failed(message.id, &why).await,
        }
    }
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

/// The settings of the batch's chats; a read that fails sends the batch with the defaults (no
/// card, Baku time).
async fn batch_settings(store: &Store, ready: &[Pending]) -> HashMap<i64, ChatSettings> {
    let chats: Vec<i64> = ready.iter().map(|m| m.chat_id).collect();
    store.chat_settings_of(&chats).await.unwrap_or_else(|error| {
        tracing::warn!(%error, "could not read the chats' settings; sending without extras, on Baku time");
        HashMap::new()
    })
}
