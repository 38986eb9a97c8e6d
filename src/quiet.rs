//! Quiet hours: a reminder or broadcast that reaches a chat at night, in the chat's own time,
//! goes silently (it arrives, without a sound), so that nobody is woken on a day of mourning.
//! The hours are data (`[quiet]` in data/reminders.toml); replies to people are never silenced.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::clock::BAKU;

/// `[quiet]` as written in data/reminders.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuietDef {
    from: String,
    until: String,
    wave_share_percent: u32,
}

/// The night, in each chat's local time: from `from` until `until` (across midnight when `from`
/// is the later), messages that are not replies go silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "QuietDef")]
pub struct QuietHours {
    pub from: NaiveTime,
    pub until: NaiveTime,
    /// The part of the send budget a wave may use to start at `until` (Baku time) rather than in
    /// the night before: more chats hear it, less headroom is left for replies in that hour.
    pub wave_share_percent: u32,
}

/// No quiet hours at all (as `from` equal to `until` in the file).
impl Default for QuietHours {
    fn default() -> Self {
        QuietHours { from: NaiveTime::MIN, until: NaiveTime::MIN, wave_share_percent: 100 }
    }
}

impl TryFrom<QuietDef> for QuietHours {
    type Error = String;

    fn try_from(def: QuietDef) -> Result<QuietHours, String> {
        // On the hour: /status writes them with the Azerbaijani suffix of HH:00 ("22:00-dan").
        let time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").ok().filter(|t| t.minute() == 0);
        match (time(&def.from), time(&def.until)) {
            (Some(from), Some(until)) if (1..=100).contains(&def.wave_share_percent) => {
                Ok(QuietHours { from, until, wave_share_percent: def.wave_share_percent })
            }
            _ => Err("[quiet]: from and until on the hour (HH:00), wave_share_percent 1–100".into()),
        }
    }
}

impl QuietHours {
    /// Whether a time of day is in the night.
    pub fn is_quiet_at(&self, time: NaiveTime) -> bool {
        if self.from <= self.until {
            self.from <= time && time < self.until
        } else {
            self.from <= time || time < self.until
        }
    }

    /// Whether a message reaching a chat at `at` on `zone` (Baku when the chat chose none) goes
    /// silently.
    pub fn silent(&self, at: DateTime<Utc>, zone: Option<Tz>) -> bool {
        self.is_quiet_at(at.with_timezone(&zone.unwrap_or(BAKU)).time())
    }

    /// When the night before `deadline` ended, Baku time: where a wave due at `deadline` would
    /// rather start. `None` when the deadline itself is in the night (there is no day to prefer)
    /// or there are no quiet hours.
    pub fn morning_before(&self, deadline: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let local = deadline.with_timezone(&BAKU);
        if self.from == self.until || self.is_quiet_at(local.time()) {
            return None;
        }
        let day = local.date_naive();
        let day = if local.time() >= self.until { day } else { day.pred_opt()? };
        instant(BAKU, day, self.until)
    }

    /// How many of `n` messages, one every `1 / rate` seconds from `start`, go out at night on
    /// Baku time: what `schedule --plan` reports as silent.
    pub fn silent_among(&self, start: DateTime<Utc>, rate: f64, n: u64) -> u64 {
        if n == 0 || rate <= 0.0 || self.from == self.until {
            return 0;
        }
        let end = start + Duration::milliseconds((n as f64 / rate * 1000.0).ceil() as i64);
        let first = start.with_timezone(&BAKU).date_naive().pred_opt().unwrap_or(NaiveDate::MIN);
        let last = end.with_timezone(&BAKU).date_naive();
        // The k-th message goes at start + k / rate: those of one night are a run of k.
        let index = |t: DateTime<Utc>| {
            let k = ((t - start).num_milliseconds() as f64 / 1000.0 * rate).ceil();
            k.clamp(0.0, n as f64) as u64
        };
        first
            .iter_days()
            .take_while(|d| *d <= last)
            .filter_map(|day| {
                let next = if self.from < self.until { day } else { day.succ_opt()? };
                Some((instant(BAKU, day, self.from)?, instant(BAKU, next, self.until)?))
            })
            .map(|(a, b)| index(b) - index(a))
            .sum()
    }
}

/// A local time on a day in `zone` as an instant; a time skipped by a clock change is taken an
/// hour later, as the clock on the wall shows it.
fn instant(zone: Tz, day: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    let local = day.and_time(time);
    zone.from_local_datetime(&local)
        .earliest()
        .or_else(|| zone.from_local_datetime(&(local + Duration::hours(1))).earliest())
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn night() -> QuietHours {
        let def = QuietDef { from: "22:00".into(), until: "07:00".into(), wave_share_percent: 100 };
        QuietHours::try_from(def).unwrap()
    }

    #[test]
    fn the_night_is_in_the_chats_own_time() {
        let q = night();
        assert!(q.silent(at("2027-01-20T06:30:00+04:00"), None));
        assert!(!q.silent(at("2027-01-20T07:00:00+04:00"), None));
        assert!(!q.silent(at("2027-01-20T09:00:00+04:00"), None));
        assert!(q.silent(at("2027-01-19T22:00:00+04:00"), None));
        let new_york = crate::local_time::parse_zone("America/New_York");
        assert!(q.silent(at("2027-01-20T12:00:00+04:00"), new_york), "03:00 in New York");
        assert!(!q.silent(at("2027-01-20T20:00:00+04:00"), new_york), "11:00 in New York");
        let bad = QuietDef { from: "22:00".into(), until: "7".into(), wave_share_percent: 100 };
        assert!(QuietHours::try_from(bad).is_err());
        let half = QuietDef { from: "22:30".into(), until: "07:00".into(), wave_share_percent: 100 };
        assert!(QuietHours::try_from(half).is_err(), "the texts suffix HH:00");
    }

    #[test]
    fn a_wave_prefers_the_morning_and_counts_its_night() {
        let q = night();
        assert_eq!(q.morning_before(at("2027-01-20T08:00:00+04:00")), Some(at("2027-01-20T07:00:00+04:00")));
        assert_eq!(q.morning_before(at("2027-01-19T20:00:00+04:00")), Some(at("2027-01-19T07:00:00+04:00")));
        assert_eq!(q.morning_before(at("2027-01-19T23:00:00+04:00")), None);
        // 06:00–07:00 at 10 a second, then an hour of day: 36,000 at night.
        assert_eq!(q.silent_among(at("2027-01-20T06:00:00+04:00"), 10.0, 72_000), 36_000);
        assert_eq!(q.silent_among(at("2027-01-20T07:00:00+04:00"), 10.0, 72_000), 0);
        assert_eq!(q.silent_among(at("2027-01-19T21:59:00+04:00"), 1.0, 120), 60);
        let off = QuietHours::default();
        assert_eq!(off.silent_among(at("2027-01-20T06:00:00+04:00"), 10.0, 72_000), 0);
        assert_eq!(off.morning_before(at("2027-01-20T08:00:00+04:00")), None);
    }
}
