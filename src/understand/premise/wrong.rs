//! The wrong figure ("did 2 million die?") and the wrong place ("did it happen in Moscow?") of a
//! question, told with the lists of data/premises.toml.

use super::super::{Outcome, Reading, Understander};
use super::{SHORT, Signals, Wrong, quantity};
use crate::knowledge::TopicId;

impl Understander {
    /// "Did it happen in Moscow?": a short yes-or-no question whether the events happened in a
    /// place they did not, which asks nothing else once the place is left out.
    pub(super) fn wrong_place(&self, signals: &Signals, words: &[&str]) -> bool {
        let lists = &self.premises.lists;
        let mut places = quantity::Lists::spans(&lists.not_there, words);
        places.extend(self.premises.place_spans(words));
        let short = signals.named || words.len() <= SHORT + 2;
        if places.is_empty() || !short || !lists.asks.occur_in(words) || lists.questions.occur_in(words) {
            return false;
        }
        let kept = |i: &usize| !places.iter().any(|&(at, n)| (at..at + n).contains(i));
        let masked: Vec<&str> = words.iter().enumerate().filter(|(i, _)| kept(i)).map(|(_, w)| *w).collect();
        let text = masked.join(" ");
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        about_the_event.contains(&self.read(&text, &text).answered())
    }

    /// "Was it on 21 January?": a short yes-or-no question whether the events happened on a day of
    /// January, which asks nothing else once the date is left out; the day it names. "What
    /// happened on 21 January?" asks about that day (Heydar Aliyev's protest), and is no premise.
    pub(super) fn wrong_day(&self, signals: &Signals, words: &[&str]) -> Option<u32> {
        let lists = &self.premises.lists;
        let asks = lists.asks.occur_in(words) || lists.day_asks.occur_in(words);
        if !asks || lists.questions.occur_in(words) || !(signals.named || words.len() <= SHORT + 3) {
            return None;
        }
        let january = |i: usize| words.get(i).is_some_and(|w| self.dates.is_january(w));
        let day = (0..words.len()).find_map(|i| {
            let day = words[i].parse::<u32>().ok().filter(|d| (1..=31).contains(d))?;
            (january(i + 1) || i > 0 && january(i - 1)).then_some(day)
        })?;
        let masked: Vec<&str> =
            words.iter().copied().filter(|w| w.parse::<u32>().is_err() && !self.dates.is_january(w)).collect();
        let text = masked.join(" ");
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        let rest = self.read(&text, &text);
        // The rest refused outright (a town the sources do not name): not a question of the day.
        let refused = rest.rules.none >= super::super::SURE_NONE;
        (about_the_event.contains(&rest.answered()) && !refused).then_some(day)
    }

    /// A figure far from every figure the sources give for what the question says it counts (the
    /// word nearest to it tells), in a question not refused as being about something else.
    pub(super) fn wrong_figure(&self, signals: &Signals, reading: &Reading) -> Option<(TopicId, Wrong)> {
        let refused = matches!(reading.understanding.outcome, Outcome::OutOfScope) && !signals.anchored;
        let words: Vec<&str> = signals.words.iter().map(String::as_str).collect();
        if self.premises.lists.elsewhere.occur_in(&words) {
            return None;
        }
        let known = |v: i64| self.figures.known.contains(&v) || self.dates.is_known_number(v);
        self.premises.figures(signals).into_iter().find_map(|f| {
            let year_like = (1900..=2100).contains(&f.value);
            // A counted figure that looks like a year weighs in `none` as a foreign date.
            let allowance = if year_like { super::super::FOREIGN_DATE } else { 0.0 };
            let elsewhere = reading.rules.none >= super::super::SURE_NONE + allowance || refused && !f.counted;
            if f.value <= 2 || year_like && !f.counted || elsewhere || known(f.value) {
                return None;
            }
            let quantity = self.premises.lists.nearest(&words, f.at, f.end + 1)?;
            // "131 147 150" may be three figures: each must be far too.
            let digits = &words[f.at..=f.end - usize::from(f.scaled)];
            let groups = digits.iter().filter_map(|w| w.parse::<i64>().ok()).filter(|&v| v > 2 && f.runs > 1);
            let each_far = groups.chain([f.value]).all(|v| !known(v) && quantity.far(v, &self.figures.by_key));
            if !each_far {
                return None;
            }
            let topic = TopicId::from_index(self.names.iter().position(|n| *n == quantity.topic)?);
            let (run, runs) = (u16::try_from(f.run).ok()?, u16::try_from(f.runs).ok()?);
            Some((topic, Wrong::Figure { value: f.value, run, runs, scaled: f.scaled }))
        })
    }
}
