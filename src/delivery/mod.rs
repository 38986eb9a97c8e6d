//! Delivery of everything the bot sends: the scheduler fills the outbox on time, the sender drains
//! it within Telegram's rate limits, and `policy` decides what a failed send means, for replies
//! and reminders alike. Knows nothing of Telegram: a `Transport` sends.

pub mod budget;
pub mod policy;
pub mod replica;
pub mod scheduler;
pub mod sender;
pub mod supersede;
pub mod unrecorded;
pub mod wave;

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;

use crate::calendar::{Occurrence, Reminders};
use crate::store::{ChatKind, ChatSettings, Pending, Store, StoreError};
use budget::Limits;
// The loops of delivery stop on the bot's one signal.
pub use crate::shutdown::Shutdown;
use supersede::{Kind, Unsent};
use wave::{Audience, WavePlan};

/// Why one message could not be sent, as far as delivery needs to know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Too many requests: wait this long, then try again.
    #[error("rate limited, retry after {0:?}")]
    RetryAfter(Duration),
    /// The chat cannot be reached any more (blocked, kicked, deleted, deactivated).
    #[error("chat unreachable: {0}")]
    Gone(String),
    /// The group became a supergroup with this id.
    #[error("chat migrated to {0}")]
    Migrated(i64),
    /// A network failure or server error: try again later.
    #[error("transient failure: {0}")]
    Transient(String),
    /// The message itself was refused; sending it again would not help.
    #[error("rejected: {0}")]
    Rejected(String),
}

impl SendError {
    /// How Telegram answered, as the metrics count it: 429, 403 (chat gone), 5xx (or the
    /// network), other (refused, migrated).
    pub fn label(&self) -> &'static str {
        match self {
            SendError::RetryAfter(_) => "429",
            SendError::Gone(_) => "403",
            SendError::Transient(_) => "5xx",
            SendError::Migrated(_) | SendError::Rejected(_) => "other",
        }
    }
}

/// How an outbox message goes out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SendOptions {
    /// A paid broadcast: outside the free limit, billed in Stars.
    pub paid: bool,
    /// Without a sound: it reaches the chat in its night (`crate::quiet`).
    pub silent: bool,
}

/// What turns an outbox row into a message for its chat and sends it: the Telegram bot, or a fake
/// in tests. Delivery decides when and how; what a message says and shows is the transport's
/// to ask of the application.
pub trait Transport: Send + Sync + 'static {
    type Message: Send + 'static;

    /// The message of `row` for a chat with `settings`; `None` for a reminder that the data no
    /// longer has.
    fn compose(&self, row: &Pending, settings: &ChatSettings) -> Option<Self::Message>;

    fn send(
        &self,
        chat_id: i64,
        message: &Self::Message,
        how: SendOptions,
    ) -> impl Future<Output = Result<(), SendError>> + Send;
}

/// The outbox as the rest of the bot sees it: queuing a reminder or a broadcast also wakes the
/// sender, so nobody has to remember to. It knows the send budget's limits, to plan waves.
#[derive(Clone, Debug)]
pub struct Outbox {
    store: Store,
    wake: Arc<Notify>,
    limits: Limits,
    paid: bool,
}

impl Outbox {
    pub fn new(store: Store) -> Self {
        Outbox { store, wake: Arc::new(Notify::new()), limits: Limits::default(), paid: false }
    }

    /// Plans waves for these limits, with paid broadcasts or without.
    pub fn with_limits(self, limits: Limits, paid: bool) -> Self {
        Outbox { limits, paid, ..self }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn paid(&self) -> bool {
        self.paid
    }

    /// The wave of `occurrence` for today's subscribers.
    pub async fn plan_wave(&self, reminders: &Reminders, occurrence: &Occurrence) -> Result<WavePlan, StoreError> {
        let recipients =
            self.store.recipients(reminders.plans_of(&occurrence.reminder), subscribed_by(occurrence)).await?;
        Ok(self.plan_for(reminders, occurrence, &recipients))
    }

    /// The wave of `occurrence` for these recipients: the one place an audience is counted.
    fn plan_for(&self, reminders: &Reminders, occurrence: &Occurrence, recipients: &[(i64, ChatKind)]) -> WavePlan {
        let mut audience = Audience::default();
        for &(_, kind) in recipients {
            match kind {
                ChatKind::Private => audience.private += 1,
                ChatKind::Group | ChatKind::Supergroup => audience.groups += 1,
                ChatKind::Channel => audience.channels += 1,
            }
        }
        wave::plan(occurrence.at, audience, &reminders.wave, &self.limits, self.paid)
    }

    /// Queues one reminder occurrence as a wave for every subscriber whose plan includes it,
    /// except the kinds of chat it would reach too soon before the next reminder they all get
    /// (`supersede`): there it is recorded as superseded. Queuing again (at the reminder's time,
    /// for chats that subscribed during the wave, or after a restart) adds only the chats not
    /// queued yet, and decides again for what is still unsent.
    pub async fn queue_reminder(
        &self,
        reminders: &Reminders,
        occurrence: &Occurrence,
        now: DateTime<Utc>,
    ) -> Result<Queued, StoreError> {
        let key = occurrence.key();
        let recipients =
            self.store.recipients(reminders.plans_of(&occurrence.reminder), subscribed_by(occurrence)).await?;
        let plan = self.plan_for(reminders, occurrence, &recipients);
        let settled = self.store.settled(&key).await?;
        let kinds: HashMap<i64, Kind> = recipients.iter().map(|&(chat, kind)| (chat, Kind::of(kind))).collect();
        let unsent: Vec<(i64, DateTime<Utc>, Kind)> = wave::slots(&plan, &recipients, now)
            .into_iter()
            .filter(|(chat, _)| !settled.contains(chat))
            .filter_map(|(chat, at)| Some((chat, at, *kinds.get(&chat)?)))
            .collect();
        let (dropped, by) = match reminders.next_covering(occurrence) {
            Some(later) if !unsent.is_empty() => {
                let later_plan = self.plan_wave(reminders, &later).await?;
                (supersede::too_close(&by_kind(&unsent), &later_plan, now, reminders.apart), later.key())
            }
            _ => (Vec::new(), String::new()),
        };
        let (gone, kept): (Vec<_>, Vec<_>) = unsent.into_iter().partition(|(_, _, kind)| dropped.contains(kind));
        let slots = |list: Vec<(i64, DateTime<Utc>, Kind)>| {
            list.into_iter().map(|(chat, at, _)| (chat, at)).collect::<Vec<_>>()
        };
        let superseded = self.store.supersede_wave(&key, &slots(gone), occurrence.stale_at).await?;
        if superseded > 0 {
            let kinds: Vec<&str> = dropped.iter().map(|k| k.as_str()).collect();
            tracing::info!(occurrence = %key, by = %by, ?kinds, superseded, "reminder superseded: it would arrive too soon before the next one");
        }
        let added = self.store.enqueue_wave(&key, &slots(kept), occurrence.stale_at).await?;
        if added > 0 {
            self.wake();
        }
        Ok(Queued { added, superseded })
    }

    /// Queues a confirmed broadcast; `None` if the draft was already queued or cancelled.
    pub async fn queue_broadcast(
        &self,
        id: i64,
        stale_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<u64>, StoreError> {
        let queued = self.store.queue_broadcast(id, stale_at, now).await?;
        if queued.is_some() {
            self.wake();
        }
        Ok(queued)
    }

    /// Tells the sender to look at the outbox now.
    fn wake(&self) {
        self.wake.notify_one();
    }

    /// Resolves when something was queued.
    async fn woken(&self) {
        self.wake.notified().await
    }
}

/// The last moment a chat may subscribe and still get `occurrence`: its hour. The scheduler
/// queues a wave at its start and once more at the hour, and a restart before the reminder is
/// stale queues it for the same chats, no others; /status promises it by the same rule.
pub fn subscribed_by(occurrence: &Occurrence) -> DateTime<Utc> {
    occurrence.at
}

/// What is unsent of a wave, kind by kind: how many chats, and the last one's slot.
fn by_kind(unsent: &[(i64, DateTime<Utc>, Kind)]) -> Vec<Unsent> {
    let mut list: Vec<Unsent> = Vec::new();
    for &(_, at, kind) in unsent {
        match list.iter_mut().find(|u| u.kind == kind) {
            Some(u) => {
                u.chats += 1;
                u.last_slot = u.last_slot.max(at);
            }
            None => list.push(Unsent { kind, chats: 1, last_slot: at }),
        }
    }
    list
}

/// What queuing a reminder did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Queued {
    /// Messages added to the outbox.
    pub added: u64,
    /// Messages of this occurrence recorded as superseded: a reminder of the same days reaches
    /// their kind of chat too soon after.
    pub superseded: u64,
}
