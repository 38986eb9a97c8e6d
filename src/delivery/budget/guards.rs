//! What a sender holds while it waits for or uses a slot: the reply's place in the queue and
//! the message's count while it is in flight.

use std::collections::VecDeque;

use tokio::time::Instant;

use super::{Budget, State};

/// A message's place in the budget while it is in flight. Telegram counts a message when it
/// arrives, somewhere between our start and its answer, and a loaded machine or network can delay
/// one request more than the next; so a finished send counts from its answer, not its start.
/// Then the next second's sends begin after this one surely arrived, whatever the jitter.
#[must_use = "hold the slot until the send has its answer"]
pub struct Slot<'a> {
    pub(super) budget: &'a Budget,
    pub(super) chat: i64,
    pub(super) paid: bool,
    pub(super) started: Instant,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let now = Instant::now();
        let mut state = self.budget.state.lock().expect("budget lock");
        let window = if self.paid { &mut state.paid } else { &mut state.free };
        recount(window, self.started, now);
        if let Some(sent) = state.chats.get_mut(&self.chat) {
            recount(sent, self.started, now);
        }
    }
}

/// Moves one send counted at `from` to `to` (later), keeping the times in order.
fn recount(times: &mut VecDeque<Instant>, from: Instant, to: Instant) {
    let Some(at) = times.iter().rposition(|&t| t == from) else { return };
    times.remove(at);
    let place = times.partition_point(|&t| t <= to);
    times.insert(place, to);
}

/// Counts a reply among those waiting for the overall limit while it is, and always stops
/// counting it when it leaves (served, or its task cancelled).
pub(super) struct WaitingReply<'a> {
    pub(super) budget: &'a Budget,
    pub(super) counted: bool,
}

impl WaitingReply<'_> {
    /// Returns true when the reply stopped being counted (the waves should look again).
    pub(super) fn set(&mut self, state: &mut State, waiting: bool) -> bool {
        if waiting == self.counted {
            return false;
        }
        self.counted = waiting;
        if waiting {
            state.replies_waiting += 1;
            false
        } else {
            state.replies_waiting -= 1;
            true
        }
    }
}

impl Drop for WaitingReply<'_> {
    fn drop(&mut self) {
        if self.counted {
            let mut state = self.budget.state.lock().expect("budget lock");
            state.replies_waiting -= 1;
            drop(state);
            self.budget.changed.notify_waiters();
        }
    }
}
