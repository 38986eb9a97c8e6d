//! Telegram's limits: rate caps per second, per chat and per group minute answered with 429, and
//! the send statistics tests measure the bot's pace with.

use std::{
    collections::{HashMap, VecDeque},
    time::{Duration, Instant},
};

use super::{FakeBotApi, server::Inner};

/// Sends count against rate caps and the per-window statistics: every
/// `send*` method except `sendChatAction`, plus copy/forward.
pub(super) fn is_send(method: &str) -> bool {
    (method.starts_with("send") && method != "sendChatAction")
        || matches!(method, "copyMessage" | "copyMessages" | "forwardMessage" | "forwardMessages")
}

/// Largest number of instants (sorted) inside any window of length `window`.
pub(super) fn max_in_window(times: impl Iterator<Item = Instant>, window: Duration) -> usize {
    let mut q: VecDeque<Instant> = VecDeque::new();
    let mut best = 0;
    for t in times {
        while q.front().is_some_and(|f| t.duration_since(*f) >= window) {
            q.pop_front();
        }
        q.push_back(t);
        best = best.max(q.len());
    }
    best
}

impl Inner {
    pub(super) fn over_rate_cap(&mut self, chat: i64, now: Instant) -> bool {
        if self.rate_cap.is_none() && self.chat_rate_cap.is_none() && self.group_minute_cap.is_none() {
            return false;
        }
        let second = Duration::from_secs(1) / self.speed;
        let (mut all, mut in_chat, mut in_chat_minute) = (0u32, 0u32, 0u32);
        for (t, c) in self.accepted.iter().rev() {
            let age = now.duration_since(*t);
            if age >= second * 60 {
                break;
            }
            if age < second {
                all += 1;
                in_chat += u32::from(*c == chat);
            }
            in_chat_minute += u32::from(*c == chat);
        }
        let over = self.rate_cap.is_some_and(|n| all >= n)
            || self.chat_rate_cap.is_some_and(|n| in_chat >= n)
            || (chat < 0 && self.group_minute_cap.is_some_and(|n| in_chat_minute >= n));
        if over {
            self.rejected_429 += 1;
        }
        over
    }
}

impl FakeBotApi {
    /// Sends (see [`is_send`]) beyond `n` within any sliding 1 s window get
    /// 429 `retry_after: 1`. `None` removes the cap.
    pub fn set_rate_cap(&self, per_second: Option<u32>) {
        self.lock().rate_cap = per_second;
    }

    /// Same as [`Self::set_rate_cap`] but per chat (Telegram: ~1/s per chat).
    pub fn set_chat_rate_cap(&self, per_second: Option<u32>) {
        self.lock().chat_rate_cap = per_second;
    }

    /// The bot runs on a clock `speed` times as fast as real time: the rate caps, the group
    /// cap and the `retry_after` check count in its seconds.
    pub fn set_speed(&self, speed: u32) {
        self.lock().speed = speed.max(1);
    }

    /// Sends to a group or channel (negative id) beyond `n` within any minute get 429.
    pub fn set_group_minute_cap(&self, per_minute: Option<u32>) {
        self.lock().group_minute_cap = per_minute;
    }

    /// Sends that arrived before an answered `retry_after` had passed.
    pub fn sends_before_retry_after(&self) -> u64 {
        self.lock().sends_before_retry_after
    }

    /// Sends answered successfully.
    pub fn sent_ok(&self) -> u64 {
        self.lock().sent_ok
    }

    /// 429 answers from the rate caps (injected `Fault::RetryAfter` not counted).
    pub fn rejected_429(&self) -> u64 {
        self.lock().rejected_429
    }

    /// Most successful sends the server accepted within any `window` (by
    /// acceptance time at the server, so network jitter can add one or so).
    pub fn max_sends_in_window(&self, window: Duration) -> usize {
        max_in_window(self.lock().accepted.iter().map(|(t, _)| *t), window)
    }

    /// Like [`Self::max_sends_in_window`] for one chat.
    pub fn max_sends_in_window_for_chat(&self, chat_id: i64, window: Duration) -> usize {
        let inner = self.lock();
        max_in_window(inner.accepted.iter().filter(|(_, c)| *c == chat_id).map(|(t, _)| *t), window)
    }

    /// Most sends accepted in any sliding 1 s window, all chats together.
    pub fn max_sends_per_second(&self) -> usize {
        self.max_sends_in_window(Duration::from_secs(1))
    }

    /// Most sends accepted in any sliding 1 s window to a single chat.
    pub fn max_sends_per_second_per_chat(&self) -> usize {
        let inner = self.lock();
        let mut per_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
        for (t, c) in &inner.accepted {
            per_chat.entry(*c).or_default().push(*t);
        }
        per_chat.into_values().map(|ts| max_in_window(ts.into_iter(), Duration::from_secs(1))).max().unwrap_or(0)
    }

    /// Resets `sent_ok`, `rejected_429` and the window statistics.
    pub fn reset_send_stats(&self) {
        let mut inner = self.lock();
        inner.accepted.clear();
        inner.sent_ok = 0;
        inner.rejected_429 = 0;
    }
}
