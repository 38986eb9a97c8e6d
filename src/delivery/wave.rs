//! Waves: when each chat gets a reminder, so that every subscriber has it by the reminder's
//! time (the silence: by 12:00). Knowing how many chats of each kind there are and the send
//! budget, a wave starts early enough and ends a little before the time; private chats go first,
//! then groups, then channels, where one post reaches many people, closest to the moment. A
//! wave that would begin in the night (Baku time, `[quiet]`) runs faster where the budget lets
//! it, to begin when the night ends; what still goes in the night goes silently, and the plan
//! counts it. A wave too big for its lead window is known (and reported) before the day, not after.

use chrono::{DateTime, Duration, Utc};

use super::budget::{Limits, PAID_TENTHS_OF_A_STAR};
use crate::calendar::WaveSettings;
use crate::store::ChatKind;

/// How many chats of each kind a wave reaches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Audience {
    pub private: u64,
    /// Groups and supergroups.
    pub groups: u64,
    pub channels: u64,
}

impl Audience {
    pub fn total(&self) -> u64 {
        self.private + self.groups + self.channels
    }
}

/// Which chats a part of a wave reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Private,
    Groups,
    Channels,
    /// Private chats beyond what the lead window holds: after the time, until the reminder is
    /// stale. Only in a wave that does not fit.
    PrivateLate,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Private => "private",
            Part::Groups => "groups",
            Part::Channels => "channels",
            Part::PrivateLate => "private (late)",
        }
    }
}

/// One part of a wave, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub part: Part,
    pub chats: u64,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// When and how fast one reminder goes out.
#[derive(Debug, Clone, PartialEq)]
pub struct WavePlan {
    /// The reminder's time: every chat should have it by then.
    pub deadline: DateTime<Utc>,
    pub start: DateTime<Utc>,
    /// When the last chat that fits is reached (the deadline less the planned margin).
    pub end: DateTime<Utc>,
    /// Messages a second the wave is planned at.
    pub rate: f64,
    /// The budget it plans within (free, or paid broadcast).
    pub budget_rate: u32,
    pub paid: bool,
    pub audience: Audience,
    /// The most chats the lead window holds at the whole budget.
    pub capacity: u64,
    pub segments: Vec<Segment>,
    /// Tenths of a Star the wave costs (or would cost) as a paid broadcast.
    pub paid_cost_tenths: u64,
    /// Messages that go out in the night on Baku time, and so silently (`[quiet]`); chats on
    /// another time zone are silent by their own clock, which a plan does not know.
    pub silent: u64,
}

impl WavePlan {
    /// Whether every chat is reached by the deadline.
    pub fn fits(&self) -> bool {
        self.audience.total() <= self.capacity
    }

    /// Chats that would get it after its time.
    pub fn late(&self) -> u64 {
        self.audience.total().saturating_sub(self.capacity)
    }

    /// How long before the deadline the wave starts.
    pub fn lead(&self) -> Duration {
        self.deadline - self.start
    }

    /// The paid broadcast cost in Stars, as text with one decimal ("10000.0").
    pub fn paid_cost_stars(&self) -> String {
        format!("{}.{}", self.paid_cost_tenths / 10, self.paid_cost_tenths % 10)
    }
}

fn seconds(x: f64) -> Duration {
    Duration::milliseconds((x * 1000.0).round() as i64)
}

/// Plans the wave of a reminder due at `deadline` for `audience`.
pub fn plan(
    deadline: DateTime<Utc>,
    audience: Audience,
    settings: &WaveSettings,
    limits: &Limits,
    paid: bool,
) -> WavePlan {
    let budget_rate = if paid { limits.paid_per_second } else { limits.per_second }.max(1);
    let planned = f64::from(budget_rate) * f64::from(settings.share_percent) / 100.0;
    let lead = settings.lead.num_milliseconds() as f64 / 1000.0;
    let n = audience.total();
    // At the planned share if the window holds it; faster, up to the whole budget, if not.
    let mut rate = if n as f64 / planned <= lead { planned } else { (n as f64 / lead).min(f64::from(budget_rate)) };
    let capacity = (lead * f64::from(budget_rate)).floor() as u64;
    let on_time = n.min(capacity);
    let end = deadline - settings.finish_before;
    // A wave that would start in the night runs faster, within `[quiet] wave_share_percent`, to
    // start when the night ends: phones that ring then wake nobody.
    let quiet = &settings.quiet;
    let day = quiet.morning_before(deadline).map(|morning| (end - morning).num_milliseconds() as f64 / 1000.0);
    if let Some(day) = day.filter(|&day| day > 0.0 && day < lead && n as f64 / rate > day) {
        let fastest = f64::from(budget_rate) * f64::from(quiet.wave_share_percent) / 100.0;
        rate = rate.max((n as f64 / day).min(fastest));
    }
    let start = end - seconds(on_time as f64 / rate);

    // Groups and channels keep their places closest to the moment even when the wave does not
    // fit; then it is private chats that arrive late.
    let shared = audience.groups + audience.channels;
    let private_on_time = on_time.saturating_sub(shared).min(audience.private);
    let parts = [
        (Part::Private, private_on_time),
        (Part::Groups, audience.groups),
        (Part::Channels, audience.channels),
        (Part::PrivateLate, audience.private - private_on_time),
    ];
    let mut segments = Vec::new();
    let mut k = 0u64;
    for (part, chats) in parts {
        if chats == 0 {
            continue;
        }
        segments.push(Segment {
            part,
            chats,
            start: start + seconds(k as f64 / rate),
            end: start + seconds((k + chats) as f64 / rate),
        });
        k += chats;
    }
    WavePlan {
        deadline,
        start,
        end,
        rate,
        budget_rate,
        paid,
        audience,
        capacity,
        segments,
        paid_cost_tenths: n * PAID_TENTHS_OF_A_STAR,
        silent: quiet.silent_among(start, rate, n),
    }
}

/// When each recipient's message may go, in the wave's order. `recipients` are the chats with
/// their kinds in any order; the result is in sending order. A chat whose slot has passed
/// (queued late, after a restart or when it subscribed during the wave) goes at once.
pub fn slots(plan: &WavePlan, recipients: &[(i64, ChatKind)], now: DateTime<Utc>) -> Vec<(i64, DateTime<Utc>)> {
    let of = |kinds: &[ChatKind]| {
        let mut chats: Vec<i64> = recipients.iter().filter(|(_, k)| kinds.contains(k)).map(|(c, _)| *c).collect();
        chats.sort_unstable();
        chats
    };
    let private = of(&[ChatKind::Private]);
    let groups = of(&[ChatKind::Group, ChatKind::Supergroup]);
    let channels = of(&[ChatKind::Channel]);
    let shared = (groups.len() + channels.len()) as u64;
    let on_time = (recipients.len() as u64).min(plan.capacity);
    let private_on_time = (on_time.saturating_sub(shared) as usize).min(private.len());
    let order = private[..private_on_time].iter().chain(&groups).chain(&channels).chain(&private[private_on_time..]);
    order.enumerate().map(|(k, &chat)| (chat, (plan.start + seconds(k as f64 / plan.rate)).max(now))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiet::QuietHours;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn settings() -> WaveSettings {
        let quiet = QuietHours::default();
        WaveSettings { lead: Duration::minutes(120), share_percent: 80, finish_before: Duration::seconds(60), quiet }
    }

    #[test]
    fn a_wave_ends_before_its_time_with_channels_last() {
        let noon = at("2027-01-20T12:00:00+04:00");
        let audience = Audience { private: 240, groups: 30, channels: 18 };
        let plan = plan(noon, audience, &settings(), &Limits::default(), false);
        assert!(plan.fits());
        assert_eq!(plan.rate, 24.0);
        assert_eq!(plan.end, at("2027-01-20T11:59:00+04:00"));
        assert_eq!(plan.start, plan.end - Duration::seconds(12));
        let parts: Vec<Part> = plan.segments.iter().map(|s| s.part).collect();
        assert_eq!(parts, [Part::Private, Part::Groups, Part::Channels]);
        assert_eq!(plan.segments.last().unwrap().end, plan.end);
        let recipients: Vec<(i64, ChatKind)> = (0..240)
            .map(|i| (1000 + i, ChatKind::Private))
            .chain((0..30).map(|i| (-2000 - i, ChatKind::Supergroup)))
            .chain((0..18).map(|i| (-1_000_000 - i, ChatKind::Channel)))
            .collect();
        let slots = slots(&plan, &recipients, plan.start);
        assert_eq!(slots.len(), 288);
        assert!(slots.windows(2).all(|w| w[0].1 <= w[1].1));
        assert!(slots.iter().all(|(_, t)| *t < plan.end));
        assert!(slots[287].0 <= -1_000_000, "a channel is last");
    }

    #[test]
    fn a_big_wave_runs_faster_and_then_reports_what_does_not_fit() {
        let noon = at("2027-01-20T12:00:00+04:00");
        let settings = settings();
        let fits =
            plan(noon, Audience { private: 200_000, groups: 0, channels: 0 }, &settings, &Limits::default(), false);
        assert!(fits.fits());
        assert!(fits.rate > 24.0 && fits.rate <= 30.0);
        assert_eq!(fits.lead(), Duration::minutes(120) + Duration::seconds(60));
        let over =
            plan(noon, Audience { private: 250_000, groups: 500, channels: 50 }, &settings, &Limits::default(), false);
        assert!(!over.fits());
        assert_eq!(over.capacity, 216_000);
        assert_eq!(over.late(), 250_550 - 216_000);
        assert_eq!(over.segments.last().unwrap().part, Part::PrivateLate);
        let paid =
            plan(noon, Audience { private: 250_000, groups: 500, channels: 50 }, &settings, &Limits::default(), true);
        assert!(paid.fits());
        assert_eq!(paid.paid_cost_stars(), "25055.0");
        assert!(paid.lead() < Duration::minutes(7));
    }

    #[test]
    fn a_morning_wave_waits_for_the_day_where_it_can() {
        let time = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let quiet = QuietHours { from: time(22), until: time(7), wave_share_percent: 100 };
        let off = settings();
        let settings = WaveSettings { quiet, ..off };
        let (morning, noon) = (at("2027-01-20T08:00:00+04:00"), at("2027-01-20T12:00:00+04:00"));
        let audience = Audience { private: 100_000, groups: 3000, channels: 500 };
        let day = plan(morning, audience, &settings, &Limits::default(), false);
        assert_eq!(day.start, at("2027-01-20T07:00:00+04:00"));
        assert!(day.fits() && day.rate > 24.0 && day.rate <= 30.0);
        assert_eq!(day.silent, 0);
        let big = plan(morning, Audience { private: 200_000, ..audience }, &settings, &Limits::default(), false);
        assert!(big.fits() && big.rate == 30.0);
        assert!(big.start > at("2027-01-20T06:00:00+04:00"), "{}", big.start);
        let night = (at("2027-01-20T07:00:00+04:00") - big.start).num_milliseconds() as f64 * 30.0 / 1000.0;
        assert!((big.silent as f64 - night).abs() <= 1.0, "{} silent, {night} before 07:00", big.silent);
        let unchanged = plan(noon, audience, &off, &Limits::default(), false);
        assert_eq!(plan(noon, audience, &settings, &Limits::default(), false), unchanged);
        let slow = WaveSettings { quiet: QuietHours { wave_share_percent: 80, ..quiet }, ..settings };
        let at_share = plan(morning, audience, &slow, &Limits::default(), false);
        assert_eq!(at_share.start, at("2027-01-20T06:47:07.500+04:00"));
        assert_eq!(at_share.silent, 18_540, "772.5 s before 07:00 at 24 a second");
    }
}
