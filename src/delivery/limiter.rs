//! A sliding-window rate limiter: never more than `per_second` sends start within any window of
//! one second (plus a small margin for network jitter), spaced evenly rather than in bursts, and
//! a global pause after a 429.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Telegram's documented limit for broadcasts: about 30 messages per second.
pub const DEFAULT_PER_SECOND: u32 = 30;

/// Requests started in the same window can reach the server a little apart; the margin keeps
/// the server's own one-second windows under the limit too.
const MARGIN: Duration = Duration::from_millis(15);

#[derive(Debug)]
pub struct RateLimiter {
    per_second: usize,
    /// The even spacing between sends: a burst of a whole second's worth at once is within
    /// the count but is what Telegram's own limiter punishes.
    interval: Duration,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    recent: VecDeque<Instant>,
    paused_until: Option<Instant>,
    next_slot: Option<Instant>,
}

impl RateLimiter {
    pub fn new(per_second: u32) -> Self {
        let per_second = per_second.max(1) as usize;
        RateLimiter {
            per_second,
            interval: Duration::from_secs(1) / per_second as u32,
            state: Mutex::new(State {
                recent: VecDeque::with_capacity(per_second),
                paused_until: None,
                next_slot: None,
            }),
        }
    }

    /// Waits until one more send may start, and counts it.
    pub async fn acquire(&self) {
        let window = Duration::from_secs(1) + MARGIN;
        loop {
            let wait_until = {
                // Never held across an await: the lock only guards the bookkeeping.
                let mut state = self.state.lock().expect("limiter lock");
                let now = Instant::now();
                match state.paused_until.max(state.next_slot) {
                    Some(until) if until > now => Some(until),
                    _ => {
                        while state.recent.front().is_some_and(|&t| now.duration_since(t) >= window) {
                            state.recent.pop_front();
                        }
                        if state.recent.len() < self.per_second {
                            state.recent.push_back(now);
                            // Timers wake a little late; letting the schedule catch up by a few
                            // slots (2% of a second's quota) keeps the average at the rate
                            // without ever allowing a real burst.
                            let slack = self.interval * (self.per_second as u32 / 50).max(1);
                            let base =
                                state.next_slot.map_or(now, |slot| slot.max(now.checked_sub(slack).unwrap_or(now)));
                            state.next_slot = Some(base + self.interval);
                            None
                        } else {
                            state.recent.front().map(|&t| t + window)
                        }
                    }
                }
            };
            match wait_until {
                None => return,
                Some(until) => tokio::time::sleep_until(until).await,
            }
        }
    }

    /// Stops all sending for a while (Telegram said "retry after").
    pub fn pause(&self, for_: Duration) {
        let until = Instant::now() + for_;
        let mut state = self.state.lock().expect("limiter lock");
        if state.paused_until.is_none_or(|t| t < until) {
            state.paused_until = Some(until);
        }
    }
}
