//! The bot's clock, injected everywhere time matters so that tests and rehearsals can set it, and
//! the time zone the bot's days are counted in.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tokio::sync::watch;

/// Asia/Baku: the days, years and nights of the calendar are Baku's, and so are a chat's until it
/// chooses its own time zone.
pub const BAKU: Tz = chrono_tz::Asia::Baku;

/// Where the current time comes from.
#[derive(Clone, Debug)]
pub enum Clock {
    /// The system clock.
    System,
    /// Starts at a given instant and runs forward `speed` times as fast as real time
    /// (`serve --simulate-from` runs at 1; tests and benchmarks run a morning in seconds).
    Simulated { start: DateTime<Utc>, since: Instant, speed: u32 },
    /// Moves only when told to (tests); sleepers wake when it passes their instant.
    Manual(Arc<ManualClock>),
}

/// A clock that tests move by hand.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    moved: watch::Sender<DateTime<Utc>>,
}

impl Clock {
    /// A simulated clock running `speed` times as fast as real time.
    pub fn fast(start: DateTime<Utc>, speed: u32) -> Self {
        Clock::Simulated { start, since: Instant::now(), speed: speed.max(1) }
    }

    /// How many seconds of this clock pass in one real second (1 unless simulated faster).
    pub fn speed(&self) -> u32 {
        match self {
            Clock::Simulated { speed, .. } => *speed,
            Clock::System | Clock::Manual(_) => 1,
        }
    }

    pub fn manual(start: DateTime<Utc>) -> (Self, Arc<ManualClock>) {
        let (moved, _) = watch::channel(start);
        let manual = Arc::new(ManualClock { now: Mutex::new(start), moved });
        (Clock::Manual(manual.clone()), manual)
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Simulated { start, since, speed } => {
                *start + chrono::Duration::from_std(since.elapsed() * *speed).unwrap_or_default()
            }
            Clock::Manual(manual) => *manual.now.lock().expect("clock lock"),
        }
    }

    /// What this clock read at a real instant (a test server's arrival times placed on the
    /// bot's time line, for a fast clock).
    #[cfg(feature = "testing")]
    pub fn at_instant(&self, t: Instant) -> DateTime<Utc> {
        match self {
            Clock::Simulated { start, since, speed } => {
                let elapsed = t.saturating_duration_since(*since) * *speed;
                *start + chrono::Duration::from_std(elapsed).unwrap_or_default()
            }
            Clock::System => {
                Utc::now() - chrono::Duration::from_std(Instant::now().saturating_duration_since(t)).unwrap_or_default()
            }
            Clock::Manual(_) => self.now(),
        }
    }

    /// Sleeps until the clock reads `at` or later.
    pub async fn sleep_until(&self, at: DateTime<Utc>) {
        match self {
            Clock::System | Clock::Simulated { .. } => loop {
                let now = self.now();
                if now >= at {
                    return;
                }
                // Long sleeps are cut into hours so that a suspended machine or a changed system
                // clock cannot make us oversleep by much.
                let left =
                    (at - now).to_std().unwrap_or_default().min(std::time::Duration::from_secs(3600)) / self.speed();
                tokio::time::sleep(left).await;
            },
            Clock::Manual(manual) => {
                let mut moved = manual.moved.subscribe();
                while self.now() < at {
                    if moved.changed().await.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

impl ManualClock {
    #[cfg(feature = "testing")]
    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().expect("clock lock") = now;
        self.moved.send_replace(now);
    }

    #[cfg(feature = "testing")]
    pub fn advance(&self, by: chrono::Duration) {
        let now = *self.now.lock().expect("clock lock") + by;
        self.set(now);
    }
}

/// Parses an RFC 3339 instant for `--now` and `--simulate-from`, with a message a person can act on.
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("`{text}` is not an RFC 3339 time such as 2027-01-20T12:00:00+04:00 ({e})"))
}
