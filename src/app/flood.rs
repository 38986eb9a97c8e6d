//! Flood control: a person who writes far faster than anyone reads (a script, a stuck key) gets
//! the first answers, one polite note, and then nothing until they slow down. Without it their
//! backlog of answers, paced at about one a second in their chat, would run for minutes.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

/// Answers one person gets within a minute before the rest are skipped. Counted when a message
/// is handled, which in a flood is paced by the chat's own send limit (about one a second): a
/// minute's window still sees the flood, a ten-second one would not.
const MAX_ANSWERS: usize = 20;
const WINDOW_SECONDS: i64 = 60;

/// What to do with one more answer for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Answer,
    /// Over the limit for the first time in this flood: say so once.
    Notice,
    Skip,
}

#[derive(Debug, Default)]
pub struct FloodGuard {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Answers by person (user id, or chat id when there is no user), the last window's.
    recent: HashMap<i64, VecDeque<DateTime<Utc>>>,
    /// People told to slow down, until their flood ends.
    noticed: HashMap<i64, DateTime<Utc>>,
    since_prune: u32,
}

impl FloodGuard {
    pub fn check(&self, who: i64, now: DateTime<Utc>) -> Verdict {
        let window = Duration::seconds(WINDOW_SECONDS);
        let mut state = self.state.lock().expect("flood lock");
        state.since_prune += 1;
        if state.since_prune >= 1024 {
            state.since_prune = 0;
            state.recent.retain(|_, times| times.back().is_some_and(|&t| now - t < window));
            state.noticed.retain(|_, &mut at| now - at < window);
        }
        let times = state.recent.entry(who).or_default();
        while times.front().is_some_and(|&t| now - t >= window) {
            times.pop_front();
        }
        if times.len() < MAX_ANSWERS {
            times.push_back(now);
            state.noticed.remove(&who);
            return Verdict::Answer;
        }
        // Skipped messages keep the flood going: it ends a window after the last of them.
        match state.noticed.insert(who, now) {
            None => Verdict::Notice,
            Some(_) => Verdict::Skip,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_answers_then_one_notice_then_quiet_until_the_flood_ends() {
        let guard = FloodGuard::default();
        let t0 = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let verdicts: Vec<Verdict> = (0..200).map(|i| guard.check(7, t0 + Duration::milliseconds(i * 200))).collect();
        assert!(verdicts[..MAX_ANSWERS].iter().all(|v| *v == Verdict::Answer));
        assert_eq!(verdicts[MAX_ANSWERS], Verdict::Notice);
        assert!(verdicts[MAX_ANSWERS + 1..].iter().all(|v| *v == Verdict::Skip));
        assert_eq!(guard.check(8, t0), Verdict::Answer, "someone else is not held back");
        assert_eq!(guard.check(7, t0 + Duration::seconds(120)), Verdict::Answer);
    }
}
