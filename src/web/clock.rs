//! The memorial page's countdown: the next minute of silence as an instant (on every day of the
//! year, 20 January included), and the words for the live clock's units in every plural form a
//! browser may ask for.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::answer::Brain;
use crate::calendar::{BAKU, Phase};
use crate::i18n::{self, Lang};

/// The next minute of silence, or the one under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Silence {
    /// Its Baku date.
    pub date: NaiveDate,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// The silence still to come at `now`, or the one being observed; on 20 January after it, next
/// year's.
pub fn next_silence(brain: &Brain, now: DateTime<Utc>) -> Silence {
    let moment = brain.moment(now);
    let date = match moment.phase {
        // `days_until` counts to next year's 20 January once today's silence is over.
        Phase::After => moment.next_date + Duration::days(moment.days_until),
        _ => moment.next_date,
    };
    let knowledge = &brain.knowledge;
    let at = knowledge.time_of_day("silence_at").expect("checked at load");
    let minutes = knowledge.number("silence_minutes").unwrap_or(1);
    // Baku has kept one offset without summer time since 2016; `earliest` covers any gap anyway.
    let start = BAKU.from_local_datetime(&date.and_time(at)).earliest().map_or(now, |t| t.with_timezone(&Utc));
    Silence { date, start, end: start + Duration::minutes(minutes) }
}

/// The clock's units, with the message of their label and the variable it selects on.
pub const UNITS: [(&str, &str, &str); 3] = [
    ("days", "app-unit-days", "days_until"),
    ("hours", "app-unit-hours", "hours_until"),
    ("minutes", "app-unit-minutes", "minutes_until"),
];

/// A unit's words for each CLDR plural category a browser's `Intl.PluralRules` gives for whole
/// numbers in our languages, by a number of that category: 1 is `one`, 2 is `few` (Russian), 5 is
/// `many` (Russian) and stands for `other` too (English, Azerbaijani). The number becomes `%n%`
/// for the script to put back; it picks the form by the category, so plural rules are not
/// written again in it.
pub fn unit_forms(brain: &Brain, lang: Lang, message: &str, variable: &'static str) -> [(&'static str, String); 4] {
    let form = |n: i64| brain.text_with(lang, message, &[(variable, i18n::n(n))]).replacen(&n.to_string(), "%n%", 1);
    [("one", form(1)), ("few", form(2)), ("many", form(5)), ("other", form(5))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn the_next_silence_is_right_on_every_kind_of_day() {
        let brain = Brain::embedded().unwrap();
        let start = |now: &str| next_silence(&brain, at(now)).start;
        let noon_2027 = at("2027-01-20T12:00:00+04:00");
        assert_eq!(start("2026-11-25T10:00:00+04:00"), noon_2027);
        assert_eq!(start("2027-01-20T11:59:00+04:00"), noon_2027, "the day itself, before noon");
        let during = next_silence(&brain, at("2027-01-20T12:00:30+04:00"));
        assert_eq!((during.start, during.end), (noon_2027, at("2027-01-20T12:01:00+04:00")), "under way");
        assert_eq!(start("2027-01-20T12:01:00+04:00"), at("2028-01-20T12:00:00+04:00"), "after it: next year");
        assert_eq!(start("2027-12-31T23:59:00+04:00"), at("2028-01-20T12:00:00+04:00"));
        assert_eq!(next_silence(&brain, noon_2027).date.to_string(), "2027-01-20");
    }

    #[test]
    fn unit_labels_come_in_every_form() {
        let brain = Brain::embedded().unwrap();
        let ru = unit_forms(&brain, Lang::Ru, "app-unit-days", "days_until");
        assert_eq!(ru.map(|(_, f)| f), ["%n% день", "%n% дня", "%n% дней", "%n% дней"].map(String::from));
        let en = unit_forms(&brain, Lang::En, "app-unit-hours", "hours_until");
        assert_eq!((en[0].1.as_str(), en[3].1.as_str()), ("%n% hour", "%n% hours"));
    }
}
