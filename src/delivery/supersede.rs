//! Superseding by arrival: when two reminders of the same days would reach a chat less than
//! `apart` (30 minutes) apart, the chat gets only the later one. Decided kind by kind of chat
//! (private chats, groups, channels), so that every chat of a kind is treated alike, and by when
//! the messages would *arrive*, read off the wave plans, not by when they were queued:
//!
//! - the earlier reminder arrives at a kind when the last of its chats of that kind is reached:
//!   at its planned slot, or later if the send budget cannot reach it by then. A reminder caught
//!   up after a late start goes from the start, in the wave's order (private chats, groups,
//!   channels), with what the budget leaves beside the later reminder's wave (its planned rate),
//!   so that keeping it never makes the later one late;
//! - the later reminder arrives at a kind when its wave reaches the first chat of that kind.
//!
//! The decision is made when the earlier reminder is queued (again at a restart, for what is
//! still unsent), never when the later one is: a kind that is kept is sent to the end.

use chrono::{DateTime, Duration, Utc};

use super::wave::{Part, WavePlan};
use crate::store::ChatKind;

/// A kind of chat, as superseding treats them: groups and supergroups alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Private,
    Groups,
    Channels,
}

impl Kind {
    /// In the order a wave reaches them.
    pub const ALL: [Kind; 3] = [Kind::Private, Kind::Groups, Kind::Channels];

    pub fn of(kind: ChatKind) -> Kind {
        match kind {
            ChatKind::Private => Kind::Private,
            ChatKind::Group | ChatKind::Supergroup => Kind::Groups,
            ChatKind::Channel => Kind::Channels,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Private => "private",
            Kind::Groups => "groups",
            Kind::Channels => "channels",
        }
    }

    fn reaches(self, part: Part) -> bool {
        matches!(
            (self, part),
            (Kind::Private, Part::Private | Part::PrivateLate)
                | (Kind::Groups, Part::Groups)
                | (Kind::Channels, Part::Channels)
        )
    }
}

/// What the earlier reminder still has to send to one kind of chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unsent {
    pub kind: Kind,
    pub chats: u64,
    /// The latest planned slot among them (never before the moment of deciding).
    pub last_slot: DateTime<Utc>,
}

/// The kinds of chat for which the earlier reminder (`unsent`, one entry per kind that has any)
/// would arrive less than `apart` before `later` does: there it is superseded.
pub fn too_close(unsent: &[Unsent], later: &WavePlan, now: DateTime<Utc>, apart: Duration) -> Vec<Kind> {
    let mut dropped = Vec::new();
    // Chats of the kinds kept so far: they go first, in the wave's order.
    let mut ahead = 0u64;
    for kind in Kind::ALL {
        let Some(u) = unsent.iter().find(|u| u.kind == kind && u.chats > 0) else { continue };
        let arrives = u.last_slot.max(reached(later, now, ahead + u.chats));
        match first_arrival(later, kind, now) {
            Some(next) if arrives + apart > next => dropped.push(kind),
            _ => ahead += u.chats,
        }
    }
    dropped
}

/// When `later`'s wave first reaches a chat of `kind` (not before `now`); `None` if it reaches
/// none.
pub fn first_arrival(later: &WavePlan, kind: Kind, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    later.segments.iter().filter(|s| kind.reaches(s.part)).map(|s| s.start.max(now)).min()
}

/// When `messages` sent from `now` are all out, with the whole budget before `later`'s wave and
/// after it, and what its planned rate leaves free while it runs.
fn reached(later: &WavePlan, now: DateTime<Utc>, messages: u64) -> DateTime<Utc> {
    let budget = f64::from(later.budget_rate.max(1));
    let mut left = messages as f64;
    let mut t = now;
    for (until, rate) in [(later.start, budget), (later.end, budget - later.rate)] {
        if t >= until {
            continue;
        }
        let room = rate.max(0.0) * seconds_between(t, until);
        if left <= room {
            return t + seconds(left / rate);
        }
        left -= room;
        t = until;
    }
    t + seconds(left / budget)
}

fn seconds_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_milliseconds() as f64 / 1000.0
}

fn seconds(x: f64) -> Duration {
    Duration::milliseconds((x * 1000.0).ceil() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::WaveSettings;
    use crate::delivery::budget::Limits;
    use crate::delivery::wave::{Audience, plan};
    use crate::quiet::QuietHours;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn silence(audience: Audience) -> WavePlan {
        let quiet = QuietHours::default();
        let settings = WaveSettings {
            lead: Duration::minutes(120),
            share_percent: 80,
            finish_before: Duration::seconds(60),
            quiet,
        };
        plan(at("2027-01-20T12:00:00+04:00"), audience, &settings, &Limits::default(), false)
    }

    fn unsent(kind: Kind, chats: u64, now: DateTime<Utc>) -> Unsent {
        Unsent { kind, chats, last_slot: now }
    }

    #[test]
    fn started_at_10_49_every_group_gets_the_morning_and_no_private_chat_does() {
        // 100,000 private chats and 5,000 groups: the silence wave began at 10:46, private first.
        let later = silence(Audience { private: 100_000, groups: 5_000, channels: 0 });
        assert!(later.start < at("2027-01-20T10:49:00+04:00"), "{}", later.start);
        let now = at("2027-01-20T10:49:00+04:00");
        let morning = [unsent(Kind::Private, 100_000, now), unsent(Kind::Groups, 5_000, now)];
        assert_eq!(too_close(&morning, &later, now, Duration::minutes(30)), [Kind::Private]);
        // The wave from 10:46:05, its groups from 11:55:31.7; the groups' catch-up gets the 6 a
        // second the wave leaves: 5,000 by 11:02:53.
        assert_eq!(later.start, at("2027-01-20T10:46:05+04:00"));
        let groups = first_arrival(&later, Kind::Groups, now).unwrap();
        assert_eq!(groups, at("2027-01-20T11:55:31.667+04:00"));
        assert_eq!(reached(&later, now, 5_000).timestamp(), at("2027-01-20T11:02:53+04:00").timestamp());
    }

    #[test]
    fn too_close_for_every_kind_drops_them_all_and_an_early_morning_keeps_them_all() {
        let later = silence(Audience { private: 300, groups: 30, channels: 3 });
        let late = at("2027-01-20T11:35:00+04:00");
        let all =
            |now| [unsent(Kind::Private, 300, now), unsent(Kind::Groups, 30, now), unsent(Kind::Channels, 3, now)];
        assert_eq!(too_close(&all(late), &later, late, Duration::minutes(30)), Kind::ALL);
        let early = at("2027-01-20T11:20:00+04:00");
        assert!(too_close(&all(early), &later, early, Duration::minutes(30)).is_empty());
    }

    #[test]
    fn a_wave_that_takes_the_whole_budget_leaves_no_room_for_a_catch_up() {
        // More than two hours hold: the silence wave runs at the whole 30 a second from 09:58.
        let later = silence(Audience { private: 200_000, groups: 20_000, channels: 0 });
        assert_eq!(later.rate, 30.0);
        let now = at("2027-01-20T10:30:00+04:00");
        let morning = [unsent(Kind::Groups, 20_000, now)];
        assert_eq!(too_close(&morning, &later, now, Duration::minutes(30)), [Kind::Groups]);
        assert_eq!(reached(&later, now, 1), later.end + seconds(1.0 / 30.0));
    }
}
