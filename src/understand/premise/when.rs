//! When the events were, as a short question gets it wrong: "in February?", "on 21 January?",
//! «в 1989?»; and a question about another date ("what happened on 4 November 1990?"), which
//! holds no premise and is refused rather than answered with a fact of these events. A date given
//! with a question that asks when ("When was the Eternal Flame opened? 2001?") is a guess at the
//! topic's own date, set right or left to the topic's answer, never another time refused. "Was it
//! during the coup?" names another event for the time: its year is set right.

use super::super::{Outcome, Reading, Understander, Understanding};
use super::around::YearWords;
use super::{NEAR_YEARS, SHORT, Signals, Wrong};
use crate::i18n::Lang;
use crate::knowledge::TopicId;

/// How many years after the events a year may be and still be taken for a guess at a date of the
/// sources; later years are left to the other rules (anniversaries to come, recent statements).
const GUESSED_YEARS: i32 = 30;

/// The most words of "was it during <another event>?" («это было во время путча?»).
const EVENT_TIME_WORDS: usize = 8;

impl super::Premises {
    /// A month other than January named in the question, with the day numbers next to it.
    fn month(&self, signals: &Signals) -> Option<(u32, Vec<u32>)> {
        let (month, at) = signals.month?;
        let days = [at.checked_sub(1), Some(at + 1)].into_iter().flatten();
        let days = days.filter_map(|i| signals.words.get(i)?.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
        Some((month, days.collect()))
    }
}

impl Understander {
    /// "Was it during the coup?": the year of another event named for the time of these, to be
    /// set right; a longer question ("was it Yazov who … before the coup?") asks something else.
    pub(super) fn event_time(&self, words: &[&str]) -> Option<i32> {
        let lists = &self.premises.lists;
        if words.len() > EVENT_TIME_WORDS || lists.it_was.longest_at(words, 0).is_none() {
            return None;
        }
        lists.event_year(words)
    }

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
        let lists = &self.premises.lists;
        let year = words.iter().filter(|w| w.len() == 4).find_map(|w| w.parse::<i32>().ok()).filter(|y| *y > 1900);
        // Another date the sources do not mention: another subject, never this one's fact; in the
        // events' year or with their name, a question the sources do not answer.
        let other_date = || {
            let outcome = if signals.anchored || year == Some(self.figures.event_year) {
                Outcome::NotInSources(vec![date])
            } else {
                Outcome::OutOfScope
            };
            Some(Understanding { outcome, topic: None, lang, confidence: 0.8 })
        };
        if let Some((month, days)) = self.premises.month(signals)
            && !january_day
        {
            let asks_what = lists.questions.occur_in(words) && !signals.named;
            let yes_or_no = lists.asks.occur_in(words) && words.len() <= SHORT + 2;
            let about_when = [Some(date), Some(self.named("overview"))];
            let known = match (days.is_empty(), year) {
                (true, None) => self.dates.is_known_month(month),
                (true, Some(y)) => self.dates.is_known_in(y, month, None),
                (false, None) => days.iter().any(|&d| self.dates.is_known_day(month, d)),
                (false, Some(y)) => days.iter().any(|&d| self.dates.is_known_in(y, month, Some(d))),
            };
            // A month the facts know only for something else ("what happened in August 1990?": a
            // report's date) is not answered with the events of January.
            // ... unless the question asks when something of a topic happened and the month is its
            // guess («Когда Муталибов сменил Везирова? В марте 1990?»): the topic answers.
            let guessed = || {
                self.premises.lists.when.occur_in(words)
                    && reading.answered().is_some_and(|t| !about_when.contains(&Some(t)))
            };
            if asks_what && (!known || about_when.contains(&reading.answered())) && !guessed() {
                return other_date();
            }
            // "26 февраля выходной?", "26 fevral sükut dəqiqəsi neçədədir": a day of another month
            // that no fact has, asked of with a topic that tells no date of its own (the day off,
            // the minute of silence), is that day's own question (Khojaly's, a holiday's). "20
            // fevralda olub?" is the night's day with a wrong month, and "was the session on 22
            // February?" a dated topic's: set right below or answered.
            let nights_day = days.iter().any(|&d| d.abs_diff(self.figures.event_day) <= 1);
            let undated = reading.answered().is_none_or(|t| self.clock_topic(t) || !self.tells_a_year(t));
            if !days.is_empty()
                && !known
                && !nights_day
                && undated
                && !signals.anchored
                && !yes_or_no
                && !about_when.contains(&reading.answered())
                && !guessed()
            {
                return other_date();
            }
            // "The fence on the border in December 1989: how is it connected to Black January?": a month
            // of another year the facts know is that event's, not a wrong month of these.
            let others = known && year.is_some_and(|y| y != self.figures.event_year);
            let premise = !others && (signals.anchored || yes_or_no || about_when.contains(&reading.answered()));
            // A refusal term with the month in it ("1991 avqust çevrilişi": the coup) is another event.
            let refused = reading.rules.none >= super::super::SURE_NONE + super::super::FOREIGN_DATE;
            if !asks_what && !refused && !days.iter().any(|&d| self.dates.is_known_day(month, d)) && premise {
                return Some(correct(Wrong::Month(month)));
            }
        }
        if let Some(guessed) = self.guessed_year(signals, words, reading) {
            return Some(guessed);
        }
        // "What happened on 20 January 1991?" asks of a day the sources give nothing for; a year
        // apart from the day belongs to something else ("the 1994 decision on 20 January").
        let asks_what = january_day && lists.questions.occur_in(words);
        let days = if asks_what { self.january_days(words) } else { Vec::new() };
        if let Some(y) = year
            && !days.is_empty()
            && !days.iter().any(|&d| self.dates.is_known_in(y, 1, Some(d)))
            && year_beside_january(words, y, &lists.year, |w| self.dates.is_january(w))
        {
            return other_date();
        }
        if january_day && let Some(day) = self.wrong_day(signals, words) {
            // "Was it on 20 January?": yes, and when exactly, unless its year is wrong.
            if let Some(year) = self.short_wrong_year(words) {
                return Some(correct(Wrong::Year(year)));
            }
            // "20 yanvar cümə idi?": the day is right, the weekday named with it is not.
            if day == self.figures.event_day && self.weekday_wrong(words).is_some_and(|(wrong, _)| wrong) {
                return Some(correct(Wrong::Weekday));
            }
            if day == self.figures.event_day {
                return Some(confirmed(date, lang));
            }
            return Some(correct(Wrong::Day(day)));
        }
        match self.short_weekday(words) {
            Some(true) => return Some(correct(Wrong::Weekday)),
            Some(false) => return Some(confirmed(date, lang)),
            None => {}
        }
        if self.short_right_when(words) {
            return Some(confirmed(date, lang));
        }
        self.short_wrong_year(words).map(|year| correct(Wrong::Year(year)))
    }

    /// "Hansı ildə olub, 1991?", "When was the Eternal Flame opened? 2001?": a wrong year in a
    /// question that asks when is a guess at the answer, set right with the topic asked about,
    /// rather than taken for another time the sources say nothing of.
    fn guessed_year(&self, signals: &Signals, words: &[&str], reading: &Reading) -> Option<Understanding> {
        // The guess ends the question ("…, 1991?", "… ne vaxt açılıb? 1999-cu ildə?"); a year
        // inside it is what the question is about ("when were they expelled in 1988-89?").
        let around = &self.premises.lists.year;
        let after_year = |w: &&&str| around.words.contains(w) || around.endings.contains(w) || around.tags.contains(w);
        let last = words.iter().rev().find(|w| !after_year(w))?;
        let year = last.parse::<i32>().ok().filter(|_| last.len() == 4)?;
        // "The Eternal Flame was built in 2005, correct?": a year asked to be confirmed is a guess too.
        let tagged = words.iter().rev().take_while(|w| *w != last).any(|w| around.tags.contains(w));
        let event = self.figures.event_year;
        // "2000 people" is a count, not a year.
        let counted = || self.premises.figures(signals).iter().any(|f| f.counted && f.value == i64::from(year));
        if !(1900..event + GUESSED_YEARS).contains(&year)
            || year == event
            || !(tagged || self.premises.lists.when.occur_in(words))
            || counted()
        {
            return None;
        }
        let lang = reading.understanding.lang;
        let Some(mut topic) = self.wrong_year(words, year, signals.anchored, reading) else {
            return tagged.then(|| self.dated_topic(words, year, lang)).flatten();
        };
        // «В каком году парламент дал оценку? В 1998?»: a guess far from the year of a topic that
        // tells its own is set right with that topic, not only with the date of the events.
        if topic == self.named("date")
            && let Some(dated) = self.dated_topic(words, year, lang).and_then(|u| u.topic)
        {
            topic = dated;
        }
        Some(Understanding {
            outcome: Outcome::Correction(topic, Wrong::Year(year)),
            topic: Some(topic),
            lang,
            confidence: 0.9,
        })
    }

    /// Whether a topic's answer tells a year of its own.
    pub(super) fn tells_a_year(&self, topic: TopicId) -> bool {
        self.figures.years.iter().any(|&(slot, _)| slot == topic.index())
    }

    /// A guess far from the year a topic tells ("built in 2005, correct?" of a monument of 1998):
    /// the topic that tells its own year answers, rather than a refusal of another time.
    fn dated_topic(&self, words: &[&str], year: i32, lang: Option<Lang>) -> Option<Understanding> {
        let written = year.to_string();
        let masked: Vec<&str> = words.iter().copied().filter(|w| *w != written).collect();
        let text = masked.join(" ");
        let without = self.read(&text, &text);
        let topic = without.answered()?;
        let dated = self.tells_a_year(topic);
        let general = [self.named("overview"), self.named("date")];
        (dated && !general.contains(&topic) && !self.clock_topic(topic)).then_some(Understanding {
            outcome: Outcome::Answer(topic),
            topic: Some(topic),
            lang,
            confidence: 0.8,
        })
    }

    /// "Was it in 1990?", «это было в январе?»: a short yes-or-no question that names only the
    /// events' own year or month.
    fn short_right_when(&self, words: &[&str]) -> bool {
        let lists = &self.premises.lists;
        if words.len() > SHORT + 2 || lists.questions.occur_in(words) {
            return false;
        }
        let year = self.figures.event_year.to_string();
        let when = |w: &&str| **w == year || self.dates.is_january(w);
        let rest: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !when(w) && !lists.year.words.contains(w) && !lists.year.time.contains(w))
            .collect();
        words.iter().any(when) && (lists.asks.cover_all(&rest, 0) || lists.day_asks.cover_all(&rest, 0))
    }

    /// "Bazar günü olub?", «это было в воскресенье?»: a short yes-or-no question whether the
    /// night was on a day of the week; `Some(true)` when it was not, `Some(false)` when it was.
    fn short_weekday(&self, words: &[&str]) -> Option<bool> {
        let lists = &self.premises.lists;
        let (wrong, named) = self.weekday_wrong(words)?;
        // "In the night from Friday to Saturday" is one thing named, however many its words; the
        // night's own date beside it ("on a Saturday, 20 January 1990?") asks nothing more.
        let event = self.figures.event_year.to_string();
        let day = |w: &&str| w.parse::<u32>().is_ok_and(|d| d.abs_diff(self.figures.event_day) <= 1);
        let dated = words.iter().filter(|w| **w == event || day(w) || self.dates.is_january(w)).count();
        if words.len() - named - dated > SHORT + 1 {
            return None;
        }
        let asks = lists.asks.occur_in(words) || lists.day_asks.occur_in(words);
        (asks && !lists.questions.occur_in(words)).then_some(wrong)
    }

    /// Whether the days of the week a question names are not the night's (`true`) or are
    /// (`false`), and how many words name them. At each word the longer phrase counts: "friday night" is the night,
    /// "şənbə axşamı" (Saturday evening) and "cümə axşamı" (Thursday) are not; one wrong day is
    /// enough for a "Not quite".
    fn weekday_wrong(&self, words: &[&str]) -> Option<(bool, usize)> {
        let lists = &self.premises.lists;
        let (mut wrong, mut right, mut at, mut named) = (false, false, 0, 0);
        while at < words.len() {
            let not_night = lists.weekdays.longest_at(words, at).map_or(0, |(_, n)| n);
            let night = lists.night_weekdays.longest_at(words, at).map_or(0, |(_, n)| n);
            wrong |= not_night > night;
            right |= night >= not_night && night > 0;
            named += not_night.max(night);
            at += not_night.max(night).max(1);
        }
        (wrong || right).then_some((wrong, named))
    }

    /// The days of January a question names ("20 January", «21 января»).
    fn january_days(&self, words: &[&str]) -> Vec<u32> {
        let january = |i: usize| words.get(i).is_some_and(|w| self.dates.is_january(w));
        let day = |i: usize| words[i].parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        // "13–14 января": the first day of a range is asked of too.
        let range_start = |i: usize| january(i + 2) && words.get(i + 1).is_some_and(|w| w.parse::<u32>().is_ok());
        (0..words.len())
            .filter(|&i| january(i + 1) || i > 0 && january(i - 1) || range_start(i))
            .filter_map(day)
            .collect()
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
        let masked: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| *w != written && !lists.year.words.contains(w) && !lists.year.tags.contains(w))
            .collect();
        if masked.len() > SHORT {
            return None;
        }
        let text = masked.join(" ");
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        about_the_event.contains(&self.read(&text, &text).answered()).then_some(year)
    }

    /// The topic whose date sets a wrong year right: the one the question asks about without
    /// the year, or the date of the events when it names them.
    pub(super) fn wrong_year(&self, words: &[&str], year: i32, anchored: bool, reading: &Reading) -> Option<TopicId> {
        let year = year.to_string();
        let mut masked: Vec<&str> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let after_year = i > 0 && words[i - 1] == year;
            if *w != year && !(after_year && self.premises.lists.year.words.contains(w)) {
                masked.push(w);
            }
        }
        // A refusal term with the year in it ("1991-ci ilin avqustunda": the coup) is another
        // event, whatever the rest says: told before the question is read again without the year.
        let refused_with_year = reading.rules.none >= super::super::SURE_NONE + super::super::FOREIGN_DATE;
        // «Это было в 1991 году, во время путча?»: "it" is these events, asked of with another's
        // year; "1991 avqust çevrilişi 1990-da olub?" asks of the other event, and is refused.
        if refused_with_year {
            return self.premises.lists.it_was.longest_at(words, 0).map(|_| self.named("date"));
        }
        // Refused without the year ("Operation Ring"): another event, whatever the year.
        let text = masked.join(" ");
        let without = self.read(&text, &text);
        if without.rules.none >= super::super::SURE_NONE {
            return None;
        }
        let overview = self.named("overview");
        let years_of =
            |t: TopicId| self.figures.years.iter().filter(move |&&(slot, _)| slot == t.index()).map(|&(_, y)| y);
        let told = |t: TopicId| years_of(t).any(|y| y.to_string() == year);
        let asked: i32 = year.parse().unwrap_or_default();
        match without.answered() {
            Some(t) if told(t) => None,
            Some(t) if t != overview && !self.clock_topic(t) && self.near_year(t, asked) => Some(t),
            Some(_) if anchored => Some(self.named("date")),
            // "Was it in 1989?": a short question with no other subject asks about the events.
            // (The wrong year itself weighs in `none`; only a refusal term beside it says no.)
            None if (anchored || masked.len() <= SHORT || self.subject_words(&masked) <= SHORT)
                && reading.rules.none < super::super::SURE_NONE + super::super::FOREIGN_DATE =>
            {
                Some(self.named("date"))
            }
            _ => None,
        }
    }
}

impl Understander {
    /// Whether a year is within a few of one a topic tells: a slip about it ("was the assessment in
    /// 1991?"), where a far one is another time ("why did Elchibey leave Baku in 1993").
    fn near_year(&self, topic: TopicId, year: i32) -> bool {
        let years = self.figures.years.iter().filter(|&&(slot, _)| slot == topic.index());
        years.map(|&(_, y)| y).any(|y| (i64::from(y) - i64::from(year)).abs() <= NEAR_YEARS)
    }

    /// How many of a yes-or-no question's words may be a subject of its own: "in", a tag ("right?")
    /// and the month ("did this happen in January 1991?") only place it in time. A question word
    /// asks of a subject ("kto byl prezidentom v 1993"): all its words count.
    fn subject_words(&self, words: &[&str]) -> usize {
        if self.premises.asks_something(words) {
            return words.len();
        }
        let year = &self.premises.lists.year;
        let placing = |w: &&&str| year.time.contains(w) || year.tags.contains(w) || self.dates.is_january(w);
        words.iter().filter(|w| !placing(w)).count()
    }
}

/// "Yes", and the date: the question asked of the night's own day.
fn confirmed(date: TopicId, lang: Option<Lang>) -> Understanding {
    Understanding { outcome: Outcome::Confirmed(date), topic: Some(date), lang, confidence: 0.9 }
}

/// Whether `year` stands beside a day of January, with at most words of a year between ("20
/// January 1991", "1991-ci il 20 yanvar", «20 января 1991 года»).
fn year_beside_january(words: &[&str], year: i32, around: &YearWords, is_january: impl Fn(&str) -> bool) -> bool {
    let written = year.to_string();
    let of_a_date = |w: &str| is_january(w) || w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let between = |w: &&&str| around.words.contains(w) || around.between.contains(w);
    words.iter().enumerate().filter(|&(_, w)| *w == written).any(|(at, _)| {
        let after = words[at + 1..].iter().find(|w| !between(w)).is_some_and(|w| of_a_date(w));
        let before = words[..at].iter().rev().find(|w| !between(w)).is_some_and(|w| of_a_date(w));
        after || before
    })
}
