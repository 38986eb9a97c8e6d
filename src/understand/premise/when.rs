//! When the events were, as a short question gets it wrong: "in February?", "on 21 January?",
//! «в 1989?»; and a question about another date ("what happened on 4 November 1990?"), which
//! holds no premise and is refused rather than answered with a fact of these events.

use super::super::{Outcome, Reading, Understander, Understanding};
use super::{SHORT, Signals, Wrong, YEAR_WORDS};

impl Understander {
    /// What a question's month, day of January or year says about when the events were, if it
    /// settles the question.
    pub(super) fn when_premise(&self, signals: &Signals, words: &[&str], reading: &Reading) -> Option<Understanding> {
        let lang = reading.understanding.lang;
        let date = self.named("date");
        let correct = |wrong: Wrong| Understanding {
            outcome: Outcome::Correction(date, wrong),
            topic: Some(date),
            lang,
            confidence: 0.9,
        };
        // "20 January" sets the month; "Black January" is a name, and "in February?" still asks.
        let january_day = words.windows(2).any(|w| {
            self.dates.is_january(w[0]) && w[1].parse::<u32>().is_ok()
                || self.dates.is_january(w[1]) && w[0].parse::<u32>().is_ok()
        });
        if let Some((month, days)) = self.premises.month(signals)
            && !january_day
        {
            let lists = &self.premises.lists;
            let asks_what = lists.questions.occur_in(words) && !signals.named;
            let yes_or_no = lists.asks.occur_in(words) && words.len() <= SHORT + 2;
            let about_when = [Some(date), Some(self.named("overview"))];
            let known = if days.is_empty() {
                self.dates.is_known_month(month)
            } else {
                days.iter().any(|&d| self.dates.is_known_day(month, d))
            };
            if asks_what && !known {
                // Another date the sources do not mention: another subject, never this one's fact.
                let outcome = if signals.anchored { Outcome::NotInSources(vec![date]) } else { Outcome::OutOfScope };
                return Some(Understanding { outcome, topic: None, lang, confidence: 0.8 });
            }
            let premise = signals.anchored || yes_or_no || about_when.contains(&reading.answered());
            if !asks_what && !days.iter().any(|&d| self.dates.is_known_day(month, d)) && premise {
                return Some(correct(Wrong::Month(month)));
            }
        }
        if january_day && let Some(day) = self.wrong_day(signals, words) {
            // "Was it on 20 January?": yes, and when exactly.
            if day == self.figures.event_day {
                return Some(Understanding {
                    outcome: Outcome::Answer(date),
                    topic: Some(date),
                    lang,
                    confidence: 0.9,
                });
            }
            return Some(correct(Wrong::Day(day)));
        }
        self.short_wrong_year(words).map(|year| correct(Wrong::Year(year)))
    }

    /// "Это было в 1989?", "1988-ci ilde olub?": a short yes-or-no question whether the events
    /// were in a year not theirs, even one the facts have for something else, which asks nothing
    /// else once the year is left out.
    fn short_wrong_year(&self, words: &[&str]) -> Option<i32> {
        let event = self.figures.event_year;
        let year = words
            .iter()
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<i32>().ok())
            .find(|&y| (1900..event + 10).contains(&y) && y != event)?;
        let lists = &self.premises.lists;
        if !(lists.asks.occur_in(words) || lists.day_asks.occur_in(words)) || lists.questions.occur_in(words) {
            return None;
        }
        let written = year.to_string();
        let masked: Vec<&str> = words.iter().copied().filter(|w| *w != written && !YEAR_WORDS.contains(w)).collect();
        if masked.len() > SHORT {
            return None;
        }
        let text = masked.join(" ");
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        about_the_event.contains(&self.read(&text, &text).answered()).then_some(year)
    }
}
