//! The calendar's moments and reminder occurrences, on Baku time.

use super::*;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn m(s: &str) -> Moment {
    let event = NaiveDate::from_ymd_opt(1990, 1, 20).unwrap();
    moment(event, NaiveTime::from_hms_opt(12, 0, 0).unwrap(), 1, at(s))
}

#[test]
fn countdown_around_the_day() {
    let before = m("2027-01-19T23:59:00+04:00");
    assert_eq!(
        (before.phase, before.days_until, before.years_passed, before.anniversary_next),
        (Phase::Days, 1, 36, 37)
    );
    let morning = m("2027-01-20T08:00:00+04:00");
    assert_eq!(
        (morning.phase, morning.hours_until, morning.minutes_until, morning.years_passed),
        (Phase::Before, 4, 0, 37)
    );
    let almost = m("2027-01-20T11:59:30+04:00");
    assert_eq!((almost.hours_until, almost.minutes_until), (0, 1));
    assert_eq!(m("2027-01-20T12:00:30+04:00").phase, Phase::Now);
    let after = m("2027-01-20T12:01:00+04:00");
    assert_eq!((after.phase, after.days_until, after.anniversary_next), (Phase::After, 365, 37));
    let next = m("2027-01-21T00:00:00+04:00");
    assert_eq!((next.phase, next.days_until, next.anniversary_next, next.years_passed), (Phase::Days, 364, 38, 37));
    // Baku is UTC+4: 22:00 UTC on 19 January is already the 20th in Baku.
    assert_eq!(m("2027-01-19T22:00:00Z").phase, Phase::Before);
}

#[test]
fn leap_year_countdown() {
    assert_eq!(m("2028-01-20T13:00:00+04:00").days_until, 366);
}

#[test]
fn days_to_the_day_count_to_the_nearest_20_january_on_baku_time() {
    let event = NaiveDate::from_ymd_opt(1990, 1, 20).unwrap();
    let days = |s: &str| days_to_the_day(event, at(s));
    assert_eq!(days("2027-01-19T23:59:00+04:00"), 1);
    assert_eq!(days("2027-01-19T20:30:00Z"), 0, "already the 20th in Baku");
    assert_eq!(days("2027-01-21T00:00:00+04:00"), -1);
    assert_eq!(days("2028-01-21T09:00:00+04:00"), -1, "a leap year");
    assert_eq!(days("2026-12-06T12:00:00+04:00"), 45);
}
