//! The calendar on Baku time (Asia/Baku): years passed, the countdown to 20 January and the minute
//! of silence, and the yearly reminder occurrences of data/reminders.toml.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

pub use crate::clock::BAKU;
use crate::knowledge::Knowledge;
use crate::quiet::QuietHours;

pub const REMINDERS_TOML: &str = include_str!("../data/reminders.toml");

/// Where today stands relative to 20 January and its minute of silence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Another day of the year: `days_until` days to go.
    Days,
    /// 20 January, before the minute of silence.
    Before,
    /// The minute of silence is under way.
    Now,
    /// 20 January, after the minute of silence.
    After,
}

impl Phase {
    pub fn key(self) -> &'static str {
        match self {
            Phase::Days => "days",
            Phase::Before => "before",
            Phase::Now => "now",
            Phase::After => "after",
        }
    }
}

/// Everything clock-dependent that answers need, computed for one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// Whole years since the tragedy, on Baku time.
    pub years_passed: i64,
    /// Today's 20 January if it is the day, else the next one: the anniversary a candle lit now is for.
    pub next_date: NaiveDate,
    /// Its anniversary number (37 for 2027).
    pub anniversary_next: i64,
    /// Days until `next_date`; on 20 January after the silence, until the next year's.
    pub days_until: i64,
    /// Time left until the silence (phase `Before`).
    pub hours_until: i64,
    pub minutes_until: i64,
    pub phase: Phase,
}

/// Computes the moment for `now` given the event date, the time of the silence and its length.
pub fn moment(event: NaiveDate, silence_at: NaiveTime, silence_minutes: i64, now: DateTime<Utc>) -> Moment {
    let local = now.with_timezone(&BAKU);
    let today = local.date_naive();
    let day_in = |year: i32| anniversary_in(event, year);
    let years_passed = (today.year() - event.year()) as i64 - i64::from(today < day_in(today.year()));
    let next_date = anniversary_ahead(event, today);
    let time = local.time();
    let phase = match () {
        _ if today != next_date => Phase::Days,
        _ if time < silence_at => Phase::Before,
        _ if time < silence_at + Duration::minutes(silence_minutes) => Phase::Now,
        _ => Phase::After,
    };
    let days_until = match phase {
        Phase::After => (day_in(today.year() + 1) - today).num_days(),
        _ => (next_date - today).num_days(),
    };
    let left = if phase == Phase::Before { Countdown::of(silence_at - time) } else { Countdown::default() };
    Moment {
        years_passed,
        next_date,
        anniversary_next: (next_date.year() - event.year()) as i64,
        days_until,
        hours_until: left.hours,
        minutes_until: left.minutes,
        phase,
    }
}

/// Time left as a countdown says it: days, hours and minutes, the minutes rounded up (at 11:59:30
/// the silence is "in 1 min", not "in 0 min").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Countdown {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
}

impl Countdown {
    pub fn of(left: Duration) -> Countdown {
        let minutes = (left.num_seconds() + 59) / 60;
        Countdown { days: minutes / (24 * 60), hours: minutes / 60 % 24, minutes: minutes % 60 }
    }
}

/// The 20 January a date looks to: its own year's until it is over, then the next year's. The
/// countdown counts to it on Baku time; a reminder says "today" or "tomorrow" by it on the chat's
/// (`Brain::reminder_text_on`).
pub fn anniversary_ahead(event: NaiveDate, today: NaiveDate) -> NaiveDate {
    let this_year = anniversary_in(event, today.year());
    if today <= this_year { this_year } else { anniversary_in(event, today.year() + 1) }
}

/// Days from Baku's today to the nearest 20 January: 1 on the 19th, -1 on the 21st.
pub fn days_to_the_day(event: NaiveDate, now: DateTime<Utc>) -> i64 {
    let today = now.with_timezone(&BAKU).date_naive();
    let ahead = (anniversary_ahead(event, today) - today).num_days();
    let past = (today - anniversary_ahead(event, today - Duration::days(364))).num_days();
    if ahead <= past { ahead } else { -past }
}

/// The event's day and month in `year` (29 February falls back to 28 in common years).
fn anniversary_in(event: NaiveDate, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, event.month(), event.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, event.month(), event.day() - 1))
        .expect("valid anniversary date")
}

/// A problem in data/reminders.toml.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error("data/reminders.toml: {0}")]
    Parse(String),
    #[error("data/reminders.toml: reminder `{id}`: {message}")]
    Bad { id: String, message: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemindersFile {
    timezone: String,
    apart_minutes: i64,
    wave: WaveDef,
    quiet: QuietHours,
    reminder: Vec<ReminderDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WaveDef {
    lead_minutes: i64,
    share_percent: u32,
    finish_seconds_before: i64,
}

/// How a reminder's messages are spread before its time (data/reminders.toml, `[wave]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaveSettings {
    /// The longest a wave starts before its reminder's time.
    pub lead: Duration,
    /// The part of the send budget a wave plans to use, in percent; the rest is for replies and retries.
    pub share_percent: u32,
    /// A wave is planned to end this long before the reminder's time (a 429, a short outage).
    pub finish_before: Duration,
    /// The night (`[quiet]`): what reaches a chat then goes silently; a wave prefers the day.
    pub quiet: QuietHours,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReminderDef {
    id: String,
    month: u32,
    day: u32,
    time: String,
    stale_after_minutes: i64,
    plans: Vec<String>,
}

/// Which reminders a chat subscribed to: data/reminders.toml says which plans include each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plan {
    /// Every reminder.
    All,
    /// Only the minute of silence.
    Silence,
}

impl Plan {
    pub const ALL: [Plan; 2] = [Plan::All, Plan::Silence];

    pub fn as_str(self) -> &'static str {
        match self {
            Plan::All => "all",
            Plan::Silence => "silence",
        }
    }

    pub fn parse(s: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A yearly reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub id: String,
    pub month: u32,
    pub day: u32,
    pub time: NaiveTime,
    pub stale_after: Duration,
    /// The plans whose subscribers get it.
    pub plans: Vec<Plan>,
}

/// One reminder in one year: when it is due and when it is too late to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub reminder: String,
    pub year: i32,
    pub at: DateTime<Utc>,
    pub stale_at: DateTime<Utc>,
}

impl Occurrence {
    /// The key that makes one occurrence deliverable to a chat only once ("2027-silence").
    pub fn key(&self) -> String {
        format!("{}-{}", self.year, self.reminder)
    }

    pub fn local(&self) -> DateTime<Tz> {
        self.at.with_timezone(&BAKU)
    }
}

/// The reminders of data/reminders.toml.
#[derive(Debug, Clone)]
pub struct Reminders {
    pub list: Vec<Reminder>,
    /// How far apart two reminders of the same days reach a chat at least.
    pub apart: Duration,
    pub wave: WaveSettings,
}

impl Reminders {
    /// Parses reminders; a `time` may name a time of day in the facts ("silence_at"), kept once there.
    pub fn from_source(source: &str, knowledge: &Knowledge) -> Result<Self, Vec<ReminderError>> {
        let file: RemindersFile = toml::from_str(source).map_err(|e| vec![ReminderError::Parse(e.to_string())])?;
        let mut errors = Vec::new();
        if file.timezone != "Asia/Baku" {
            errors.push(ReminderError::Parse(format!("timezone must be Asia/Baku, not {}", file.timezone)));
        }
        let mut list: Vec<Reminder> = Vec::new();
        for def in file.reminder {
            let bad = |message: String| ReminderError::Bad { id: def.id.clone(), message };
            let time = NaiveTime::parse_from_str(&def.time, "%H:%M").ok().or_else(|| knowledge.time_of_day(&def.time));
            let plans: Vec<Option<Plan>> = def.plans.iter().map(|p| Plan::parse(p)).collect();
            match time {
                _ if plans.contains(&None) => {
                    errors.push(bad(format!("plans {:?}: each must be one of \"all\", \"silence\"", def.plans)))
                }
                _ if !plans.contains(&Some(Plan::All)) => {
                    errors.push(bad("plans must include \"all\" (the plan of every reminder)".into()))
                }
                None => errors.push(bad(format!("time `{}` is neither HH:MM nor a time in facts.toml", def.time))),
                Some(_) if NaiveDate::from_ymd_opt(2001, def.month, def.day).is_none() => {
                    errors.push(bad(format!("{}-{} is not a date", def.month, def.day)))
                }
                Some(_) if def.stale_after_minutes <= 0 => {
                    errors.push(bad("stale_after_minutes must be positive".into()))
                }
                Some(_) if list.iter().any(|r| r.id == def.id) => errors.push(bad("listed twice".into())),
                Some(time) => list.push(Reminder {
                    id: def.id,
                    month: def.month,
                    day: def.day,
                    time,
                    stale_after: Duration::minutes(def.stale_after_minutes),
                    plans: plans.into_iter().flatten().collect(),
                }),
            }
        }
        for plan in Plan::ALL {
            if !list.iter().any(|r| r.plans.contains(&plan)) {
                errors.push(ReminderError::Parse(format!("no reminder is in the plan \"{}\"", plan.as_str())));
            }
        }
        if file.apart_minutes < 0 {
            errors.push(ReminderError::Parse("apart_minutes must not be negative".into()));
        }
        let (w, bad_wave) = (&file.wave, "[wave]: lead_minutes > 0, finish_seconds_before ≥ 0, share_percent 1–100");
        if w.lead_minutes <= 0 || w.finish_seconds_before < 0 || !(1..=100).contains(&w.share_percent) {
            errors.push(ReminderError::Parse(bad_wave.into()));
        }
        let (lead, finish_before) = (Duration::minutes(w.lead_minutes), Duration::seconds(w.finish_seconds_before));
        let wave = WaveSettings { lead, share_percent: w.share_percent, finish_before, quiet: file.quiet };
        let apart = Duration::minutes(file.apart_minutes);
        if errors.is_empty() { Ok(Reminders { list, apart, wave }) } else { Err(errors) }
    }

    /// The next reminder of the same year that every chat of `occurrence` gets too: the one that
    /// may supersede it (`delivery::supersede` decides, kind of chat by kind of chat).
    pub fn next_covering(&self, occurrence: &Occurrence) -> Option<Occurrence> {
        let plans = self.plans_of(&occurrence.reminder);
        self.occurrences(occurrence.year)
            .into_iter()
            .find(|later| later.at > occurrence.at && plans.iter().all(|p| self.includes(*p, &later.reminder)))
    }

    /// Whether subscribers of `plan` get the reminder `id`.
    pub fn includes(&self, plan: Plan, id: &str) -> bool {
        self.list.iter().any(|r| r.id == id && r.plans.contains(&plan))
    }

    /// The plans whose subscribers get the reminder `id`.
    pub fn plans_of(&self, id: &str) -> &[Plan] {
        self.list.iter().find(|r| r.id == id).map_or(&[], |r| &r.plans)
    }

    /// The occurrence with this key ("2027-silence"), as stored in the outbox.
    pub fn occurrence(&self, key: &str) -> Option<Occurrence> {
        let (year, id) = key.split_once('-')?;
        self.occurrences(year.parse().ok()?).into_iter().find(|o| o.reminder == id)
    }

    /// The occurrences of every reminder in `year`, in time order.
    pub fn occurrences(&self, year: i32) -> Vec<Occurrence> {
        let mut list: Vec<Occurrence> = self
            .list
            .iter()
            .filter_map(|r| {
                let date = NaiveDate::from_ymd_opt(year, r.month, r.day)?;
                // Baku has had no daylight saving since 2016, so a local time is never skipped or
                // doubled; `earliest` still keeps this total for any zone.
                let at = BAKU.from_local_datetime(&date.and_time(r.time)).earliest()?.with_timezone(&Utc);
                Some(Occurrence { reminder: r.id.clone(), year, at, stale_at: at + r.stale_after })
            })
            .collect();
        list.sort_by_key(|o| o.at);
        list
    }

    /// The first occurrence strictly after `now`.
    pub fn next_after(&self, now: DateTime<Utc>) -> Option<Occurrence> {
        self.next_matching(now, |_| true)
    }

    /// The first occurrence strictly after `now` that subscribers of `plan` get.
    pub fn next_for(&self, plan: Plan, now: DateTime<Utc>) -> Option<Occurrence> {
        self.next_matching(now, |o| self.includes(plan, &o.reminder))
    }

    fn next_matching(&self, now: DateTime<Utc>, wanted: impl Fn(&Occurrence) -> bool) -> Option<Occurrence> {
        let year = now.with_timezone(&BAKU).year();
        (year..=year + 1).flat_map(|y| self.occurrences(y)).find(|o| o.at > now && wanted(o))
    }

    /// Occurrences not yet stale at `now`, soonest first: what the scheduler plans waves for.
    pub fn upcoming(&self, now: DateTime<Utc>) -> Vec<Occurrence> {
        let year = now.with_timezone(&BAKU).year();
        (year - 1..=year + 1).flat_map(|y| self.occurrences(y)).filter(|o| now < o.stale_at).collect()
    }

    /// Occurrences that are due at `now` and not yet stale: what a bot starting now must still send.
    pub fn due(&self, now: DateTime<Utc>) -> Vec<Occurrence> {
        let year = now.with_timezone(&BAKU).year();
        (year - 1..=year).flat_map(|y| self.occurrences(y)).filter(|o| o.at <= now && now < o.stale_at).collect()
    }
}

#[cfg(test)]
mod tests;
