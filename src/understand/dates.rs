//! Dates the source does not cover. "What happened on 20 January 2021 in Washington", "13 January
//! 1990 in Baku", "Vilnius, January 1991": the words match the topics, the date does not. A year
//! or a day of January that none of the facts has (and that is not the present, which countdowns
//! and anniversaries are about) makes a question about something else.

use chrono::{Datelike, NaiveDate};

use super::normalize::token_list;

/// The years and the days of January the facts speak of.
#[derive(Debug, Clone, Default)]
pub struct KnownDates {
    years: Vec<i32>,
    january_days: Vec<u32>,
    /// Every (month, day) of the facts.
    days: Vec<(u32, u32)>,
    /// Every date of the facts.
    dates: Vec<NaiveDate>,
    /// From this year on, a year is the present or the future: anniversaries and countdowns.
    present_from: i32,
    /// Days of January that one or two topics tell of ("22 January": the funeral), with the
    /// topic slots.
    pointers: Vec<(u32, Vec<usize>)>,
}

/// What naming a day adds to the topic that tells of it: enough to answer "22 yanvar 1990 nə
/// oldu" with the funeral, not enough to outweigh what the question asks.
const POINTER_WEIGHT: f32 = 2.5;

/// How far from a year of the facts a wrong year is still taken for a wrong premise.
const NEAR_YEARS: i32 = 4;

/// Words for January, folded, as stems.
const JANUARY: [&str; 7] = ["yanvar", "januar", "janvier", "jan", "январ", "ocak", "yanvarya"];

/// Whether a folded word names January: a word is compared with the stems that start with its
/// first letter only (every word of a question is asked this, and few start like January).
pub(super) fn names_january(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else { return false };
    JANUARY.iter().any(|m| m.as_bytes()[0] == first && word.starts_with(m))
}

impl KnownDates {
    pub fn new(dates: &[NaiveDate], present_from: i32) -> Self {
        let mut years: Vec<i32> = dates.iter().map(|d| d.year()).collect();
        years.sort_unstable();
        years.dedup();
        let mut january_days: Vec<u32> = dates.iter().filter(|d| d.month() == 1).map(|d| d.day()).collect();
        january_days.sort_unstable();
        january_days.dedup();
        let days = dates.iter().map(|d| (d.month(), d.day())).collect();
        KnownDates { years, january_days, days, dates: dates.to_vec(), present_from, pointers: Vec::new() }
    }

    /// Adds the topics whose answers tell of a day of January.
    pub fn pointing(mut self, day: u32, slots: Vec<usize>) -> Self {
        self.pointers.push((day, slots));
        self
    }

    /// The topic slots a question (its folded words) points at by naming a day of January one of
    /// them tells of, each with its weight (a day two topics tell of is shared between them).
    pub fn pointed(&self, words: &[&str]) -> Vec<(usize, f32)> {
        let january = names_january;
        let mut out = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let Ok(day) = word.parse::<u32>() else { continue };
            let next_to_january = words.get(i + 1).is_some_and(|w| january(w)) || (i > 0 && january(words[i - 1]));
            if !next_to_january {
                continue;
            }
            for (d, slots) in &self.pointers {
                if *d == day {
                    out.extend(slots.iter().map(|&s| (s, POINTER_WEIGHT / slots.len() as f32)));
                }
            }
        }
        out
    }

    /// Whether a folded word names January.
    pub fn is_january(&self, word: &str) -> bool {
        names_january(word)
    }

    /// A year before the present that the facts do not have but is within a few years of one
    /// they do: in a question about the events, a wrong premise rather than another event.
    pub fn near_foreign_year(&self, words: &[&str]) -> Option<i32> {
        let past = self.years.iter().filter(|&&y| y < self.present_from);
        words.iter().filter(|w| w.len() == 4).filter_map(|w| w.parse::<i32>().ok()).find(|y| {
            !self.years.contains(y) && *y < self.present_from && past.clone().any(|k| (k - y).abs() <= NEAR_YEARS)
        })
    }

    /// Whether a day of a month is one of the facts' ("29 March" of the assessment).
    pub fn is_known_day(&self, month: u32, day: u32) -> bool {
        self.days.contains(&(month, day))
    }

    /// Whether any fact falls in a month ("March 1994": the assessment).
    pub fn is_known_month(&self, month: u32) -> bool {
        self.days.iter().any(|&(m, _)| m == month)
    }

    /// Whether a past year's month, or a day of it, is one the facts speak of: "March 1990" is
    /// not, "March 1994" (the assessment) is. A year from the present on is always known (the
    /// anniversaries to come).
    pub fn is_known_in(&self, year: i32, month: u32, day: Option<u32>) -> bool {
        year >= self.present_from
            || self.dates.iter().any(|d| d.year() == year && d.month() == month && day.is_none_or(|n| d.day() == n))
    }

    /// Whether a number is a year or a day of January the facts have.
    pub fn is_known_number(&self, n: i64) -> bool {
        self.years.iter().any(|&y| i64::from(y) == n) || self.january_days.iter().any(|&d| i64::from(d) == n)
    }

    /// Whether the folded question names a year or a January day the facts do not have. A
    /// question that also names a year of the facts is checking a premise ("was it 1990 or
    /// 1991?"), which the date answer sets right.
    pub fn foreign(&self, folded: &str) -> bool {
        self.foreign_in(&token_list(folded))
    }

    /// `foreign` of a question already split into its folded words.
    pub fn foreign_in(&self, words: &[&str]) -> bool {
        let checks_premise =
            words.iter().any(|w| w.parse::<i32>().is_ok_and(|y| w.len() == 4 && self.years.contains(&y)));
        let january = names_january;
        words.iter().enumerate().any(|(i, word)| {
            let Ok(n) = word.parse::<u32>() else { return false };
            if word.len() == 4 && (1900..=2100).contains(&n) {
                let year = n as i32;
                return !checks_premise && !self.years.contains(&year) && year < self.present_from;
            }
            // "20 Yanvarı 6 yaşlı uşağa": January has its day already; the number after it is another.
            let dated_before = i > 1 && words[i - 2].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
            let next_to_january = words.get(i + 1).is_some_and(|w| january(w))
                || (i > 0 && january(words[i - 1]) && !dated_before)
                // "13–15 января": the first day of a range.
                || words.get(i + 2).is_some_and(|w| january(w)) && words[i + 1].parse::<u32>().is_ok();
            (1..=31).contains(&n) && next_to_january && !self.january_days.contains(&n)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::normalize::fold;

    fn known() -> KnownDates {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        KnownDates::new(&[d(1990, 1, 19), d(1990, 1, 20), d(1990, 1, 25), d(1994, 3, 29)], 2025)
    }

    #[test]
    fn other_dates_are_foreign() {
        let k = known();
        for q in [
            "what happened on 20 january 2021",
            "1990 yanvarın 13-də Bakıda nə olub?",
            "Что происходило в Баку 13–15 января 1990?",
            "vilnius january 1991",
        ] {
            assert!(k.foreign(&fold(q)), "{q}");
        }
        for q in [
            "what happened on 20 january 1990",
            "25 yanvarda Neftçalada",
            "20 января 2027 года",
            "1994",
            "how many were killed",
            "131 people",
            "was it 1990 or 1991?",
            "20 Yanvarı 6 yaşlı uşağa necə izah edim?",
        ] {
            assert!(!k.foreign(&fold(q)), "{q}");
        }
    }
}
