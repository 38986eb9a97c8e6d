//! Failed attempts slowed per address: a client that keeps guessing the webhook's secret gets each
//! 401 later than the one before (a person who mistyped it a few times does not notice), so that
//! guessing costs time and not only requests. Memory stays bounded whatever addresses come.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures from one address answered at once before the slowing starts.
const FREE: u32 = 3;
/// The first delay after those; it doubles with each failure, up to `MAX`.
const FIRST: Duration = Duration::from_millis(250);
const MAX: Duration = Duration::from_secs(5);
/// An address quiet this long starts afresh.
const FORGET: Duration = Duration::from_secs(600);
/// Addresses remembered at most; beyond, the quiet ones are forgotten first, then all.
const KEPT: usize = 10_000;

/// The failures of each address lately.
#[derive(Debug, Default)]
pub struct Slowdown(Mutex<HashMap<IpAddr, (u32, Instant)>>);

impl Slowdown {
    /// Records a failure from `ip` at `now`: how long to hold its answer.
    pub fn failed(&self, ip: IpAddr, now: Instant) -> Duration {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= KEPT && !seen.contains_key(&ip) {
            seen.retain(|_, (_, last)| now.duration_since(*last) < FORGET);
            if seen.len() >= KEPT {
                seen.clear();
            }
        }
        let (count, last) = seen.entry(ip).or_insert((0, now));
        if now.duration_since(*last) >= FORGET {
            *count = 0;
        }
        (*count, *last) = (count.saturating_add(1), now);
        match count.checked_sub(FREE + 1) {
            None => Duration::ZERO,
            Some(doublings) => FIRST.saturating_mul(1u32 << doublings.min(5)).min(MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_mistakes_are_free_then_each_failure_waits_longer_per_address() {
        let slow = Slowdown::default();
        let (guesser, other): (IpAddr, IpAddr) = ("203.0.113.7".parse().unwrap(), "198.51.100.1".parse().unwrap());
        let t = Instant::now();
        let delays: Vec<u128> = (0..10).map(|i| slow.failed(guesser, t + Duration::from_secs(i)).as_millis()).collect();
        assert_eq!(delays, [0, 0, 0, 250, 500, 1000, 2000, 4000, 5000, 5000]);
        assert_eq!(slow.failed(other, t), Duration::ZERO, "another address is not slowed");
        assert_eq!(slow.failed(guesser, t + FORGET * 2), Duration::ZERO, "a quiet address starts afresh");
    }
}
