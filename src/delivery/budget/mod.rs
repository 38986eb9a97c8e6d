//! One send budget for every message the bot sends — replies, edits, button notes, reminders and
//! broadcasts — holding Telegram's limits: about 30 messages a second overall, about one a second
//! in a chat (short bursts in private chats), 20 a minute in a group or channel. Sends are
//! evenly spaced, and each counts from Telegram's answer; replies go first, and waves (reminders,
//! broadcasts) use what is left. A 429 pauses everyone for exactly the time Telegram asked. Counts
//! in real time, divided by the speed of a fast clock: a rehearsal or a test at ten times real
//! speed keeps the same limits in its own seconds, and a clock that tests move by hand leaves the
//! limits in real time.

use std::collections::{HashMap, VecDeque};
use std::pin::pin;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::clock::Clock;

mod guards;

pub use guards::Slot;
use guards::WaitingReply;

/// Telegram's documented limit for free messages: about 30 a second overall.
pub const DEFAULT_PER_SECOND: u32 = 30;

/// With `allow_paid_broadcast` Telegram takes up to 1000 messages a second, for a fee.
pub const PAID_PER_SECOND: u32 = 1000;

/// What Telegram charges for one paid broadcast message, in tenths of a Star (0.1 Star).
pub const PAID_TENTHS_OF_A_STAR: u64 = 1;

/// A little room (real time, whatever the clock's speed) between the server's windows and ours:
/// its clock and ours need not tick together.
const MARGIN: Duration = Duration::from_millis(25);

/// Who is asking for a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    /// A reply, edit or button note: a person is waiting for it.
    Reply,
    /// A reminder or broadcast inside the free limit.
    Wave,
    /// A reminder or broadcast sent with `allow_paid_broadcast`: outside the free limit, up to
    /// the paid rate, still within each chat's own limit.
    PaidWave,
}

/// The limits the budget holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Free messages a second, all chats together.
    pub per_second: u32,
    /// Paid broadcast messages a second, all chats together.
    pub paid_per_second: u32,
    /// A private chat takes this many messages in any `private_span` (a short burst, one a
    /// second on average).
    pub private_burst: u32,
    pub private_span: Duration,
    /// A group or channel takes one message a second and this many a minute.
    pub group_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_second: DEFAULT_PER_SECOND,
            paid_per_second: PAID_PER_SECOND,
            private_burst: 3,
            private_span: Duration::from_secs(3),
            group_per_minute: 20,
        }
    }
}

impl Limits {
    pub fn with_per_second(per_second: u32) -> Self {
        Limits { per_second: per_second.max(1), ..Limits::default() }
    }
}

/// The budget, shared by the sender and the adapter's replies.
#[derive(Debug)]
pub struct Budget {
    limits: Limits,
    /// A second of the bot's clock, in real time.
    second: Duration,
    state: Mutex<State>,
    /// Replicas sharing the limits (`delivery::replica` keeps it): each takes an equal share of
    /// the overall rates. Per-chat limits stay whole: a chat's messages come from one replica.
    replicas: AtomicU32,
    /// Woken when a slot may have opened for someone who was waiting for a reason other than
    /// time (replies left the queue, a pause changed).
    changed: Notify,
}

#[derive(Debug, Default)]
struct State {
    free: VecDeque<Instant>,
    paid: VecDeque<Instant>,
    next_free_slot: Option<Instant>,
    next_paid_slot: Option<Instant>,
    paused_until: Option<Instant>,
    /// The part of `paused_until` a 429 asked for.
    told_to_pause: Option<Instant>,
    /// Recent sends per chat, the last minute at most.
    chats: HashMap<i64, VecDeque<Instant>>,
    /// Replies whose own chat could take them but the overall limit could not: while there are
    /// any, waves wait. Replies held back by their own chat's limit do not count, so one person
    /// writing two hundred messages holds back only their own answers.
    replies_waiting: usize,
    since_prune: u32,
}

/// Why a request cannot go yet.
enum Wait {
    Until(Instant),
    /// A reply is waiting for the overall limit; a wave goes after it.
    ForReplies,
}

impl Budget {
    pub fn new(limits: Limits, clock: &Clock) -> Self {
        let second = Duration::from_secs(1) / clock.speed();
        Budget {
            limits,
            second,
            state: Mutex::new(State::default()),
            replicas: AtomicU32::new(1),
            changed: Notify::new(),
        }
    }

    /// Shares the overall rates among `n` replicas from now on (rounded down: never over the whole).
    pub fn set_replicas(&self, n: u32) {
        let n = n.max(1);
        if self.replicas.swap(n, Ordering::Relaxed) != n {
            tracing::info!(replicas = n, share = self.share_per_second(), "send budget shared");
            self.changed.notify_waiters();
        }
    }

    /// Until when a 429 asked us to pause, if still to come (a joining replica's own wait is not shared).
    pub fn paused_until(&self) -> Option<Instant> {
        let state = self.state.lock().expect("budget lock");
        state.told_to_pause.filter(|&t| t > Instant::now())
    }

    /// A second of the bot's clock, in real time.
    pub fn bot_second(&self) -> Duration {
        self.second
    }

    /// This replica's share of the free messages a second.
    pub fn share_per_second(&self) -> u32 {
        self.share(self.limits.per_second)
    }

    /// This replica's share of an overall rate.
    fn share(&self, rate: u32) -> u32 {
        (rate / self.replicas.load(Ordering::Relaxed).max(1)).max(1)
    }

    /// Stops all sending for `wait` of real time (a replica joining waits until the others have
    /// made room for it).
    pub fn hold_real(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.state.lock().expect("budget lock");
        if state.paused_until.is_none_or(|t| t < until) {
            state.paused_until = Some(until);
        }
        drop(state);
        self.changed.notify_waiters();
    }

    /// A span of the bot's clock in real time, with the margin.
    fn span(&self, of: Duration) -> Duration {
        of.mul_f64(self.second.as_secs_f64()) + MARGIN
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Waits until one more message to `chat` may start, and counts it. Hold the slot until the
    /// send has its answer: the message then counts from that moment (see [`Slot`]).
    pub async fn acquire(&self, chat: i64, priority: Priority) -> Slot<'_> {
        let mut waiting = WaitingReply { budget: self, counted: false };
        loop {
            let mut notified = pin!(self.changed.notified());
            notified.as_mut().enable();
            let (wait, now, left_queue) = {
                // Never held across an await: the lock only guards the bookkeeping.
                let mut state = self.state.lock().expect("budget lock");
                let now = Instant::now();
                let wait = self.try_take(&mut state, chat, priority, now);
                let mut left_queue = false;
                if priority == Priority::Reply {
                    let blocked_overall =
                        matches!(wait, Some(Wait::Until(_))) && self.chat_free_at(&state, chat, now) <= now;
                    left_queue = waiting.set(&mut state, blocked_overall);
                }
                (wait, now, left_queue)
            };
            if left_queue {
                self.changed.notify_waiters();
            }
            // A wave waiting for replies also looks again after a second, so that nothing can
            // leave it waiting for a wake-up that never comes.
            let at = match wait {
                None => return Slot { budget: self, chat, paid: priority == Priority::PaidWave, started: now },
                Some(Wait::Until(at)) => at,
                Some(Wait::ForReplies) => now + self.second,
            };
            tokio::select! {
                _ = tokio::time::sleep_until(at) => {}
                _ = notified => {}
            }
        }
    }

    /// Stops all sending for exactly `wait` of the bot's clock from now (Telegram answered 429
    /// with `retry_after`).
    pub fn pause(&self, wait: Duration) {
        let real = wait.mul_f64(self.second.as_secs_f64());
        self.hold_real(real);
        let until = Instant::now() + real;
        let mut state = self.state.lock().expect("budget lock");
        if state.told_to_pause.is_none_or(|t| t < until) {
            state.told_to_pause = Some(until);
        }
    }

    /// Takes a slot now, or says how long to wait.
    fn try_take(&self, state: &mut State, chat: i64, priority: Priority, now: Instant) -> Option<Wait> {
        let second = self.span(Duration::from_secs(1));
        let mut at = now;
        if let Some(paused) = state.paused_until {
            at = at.max(paused);
        }
        at = at.max(self.chat_free_at(state, chat, now));
        let (window, cap, slot) = match priority {
            Priority::PaidWave => (&mut state.paid, self.share(self.limits.paid_per_second), &mut state.next_paid_slot),
            Priority::Wave | Priority::Reply => {
                (&mut state.free, self.share(self.limits.per_second), &mut state.next_free_slot)
            }
        };
        while window.front().is_some_and(|&t| now.duration_since(t) >= second) {
            window.pop_front();
        }
        if window.len() >= cap as usize {
            at = at.max(window[window.len() - cap as usize] + second);
        }
        // Every send is spaced evenly, replies too: a second's worth at once is within the count
        // but is what Telegram's own limiter punishes, and a burst reaches the server spread by
        // network jitter, which can put more than the count into one of its seconds.
        if let Some(next) = *slot {
            at = at.max(next);
        }
        if at > now {
            return Some(Wait::Until(at));
        }
        if priority == Priority::Wave && state.replies_waiting > 0 {
            return Some(Wait::ForReplies);
        }
        let interval = self.second / cap.max(1);
        let window = match priority {
            Priority::PaidWave => &mut state.paid,
            Priority::Wave | Priority::Reply => &mut state.free,
        };
        window.push_back(now);
        // Timers wake a little late; letting the schedule catch up by a few slots (2% of a
        // second's quota) keeps the average at the rate without allowing a real burst.
        let slack = interval * (cap / 50).max(1);
        let base = slot.map_or(now, |next| next.max(now.checked_sub(slack).unwrap_or(now)));
        *slot = Some(base + interval);
        state.chats.entry(chat).or_default().push_back(now);
        state.since_prune += 1;
        if state.since_prune >= 4096 {
            state.since_prune = 0;
            let minute = self.span(Duration::from_secs(60));
            state.chats.retain(|_, sent| sent.back().is_some_and(|&t| now.duration_since(t) < minute));
        }
        None
    }

    /// When the chat's own limit lets one more message start (`now` or later).
    fn chat_free_at(&self, state: &State, chat: i64, now: Instant) -> Instant {
        let Some(sent) = state.chats.get(&chat) else { return now };
        // Telegram gives private chats positive ids, groups and channels negative ones.
        let rules: &[(usize, Duration)] = if chat > 0 {
            &[(self.limits.private_burst.max(1) as usize, self.span(self.limits.private_span))]
        } else {
            &[
                (1, self.span(Duration::from_secs(1))),
                (self.limits.group_per_minute.max(1) as usize, self.span(Duration::from_secs(60))),
            ]
        };
        let mut at = now;
        for &(max, within) in rules {
            let recent = sent.iter().rev().take_while(|&&t| now.duration_since(t) < within).count();
            if recent >= max {
                // The max-th most recent send leaves the window at its time plus the span.
                at = at.max(sent[sent.len() - max] + within);
            }
        }
        at
    }
}

#[cfg(test)]
mod tests;
