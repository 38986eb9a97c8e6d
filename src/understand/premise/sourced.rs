//! A figure a source gives ("did 150 people die?", «погибло 150 человек?»): no wrong premise, but
//! a question for the topic that gives that figure and says whose it is, not for a topic that
//! gives another one.

use super::super::{Outcome, Reading, Understander, Understanding};
use super::Signals;
use crate::knowledge::TopicId;

impl Understander {
    /// The topic that gives a figure of the question, when the question says what the figure
    /// counts, asks yes or no, and is not already answered by a topic that gives it.
    pub(super) fn sourced_figure(&self, signals: &Signals, reading: &Reading) -> Option<Understanding> {
        let figures = self.premises.figures(signals);
        if figures.is_empty() {
            return None;
        }
        let words = &signals.words;
        // A day of January is a date ("20 yanvarda şəhidlər…"), not a count.
        let dated = |at: usize, end: usize| {
            [at.checked_sub(1), Some(end + 1)]
                .into_iter()
                .flatten()
                .any(|i| words.get(i).is_some_and(|w| self.dates.is_january(w)))
        };
        let figure = figures.into_iter().find(|f| f.value > 2 && f.counted && !dated(f.at, f.end))?;
        let lists = &self.premises.lists;
        if lists.questions.occur_in(words) || lists.elsewhere.occur_in(words) {
            return None;
        }
        // With no word for what it counts and no topic read ("200 nəfər olub?"), the one quantity
        // a source gives the figure for says it.
        let quantity = self.counted_as(words, &figure, reading).or_else(|| self.giving(figure.value))?;
        let scale = |key: &str| if key.ends_with("_millions") { 1_000_000 } else { 1 };
        let keys: Vec<&str> = self
            .figures
            .by_key
            .iter()
            .filter(|(key, _)| quantity.facts.contains(key))
            .filter(|(key, n)| super::quantity::stands_for(figure.value, figure.estimate, n.saturating_mul(scale(key))))
            .map(|(key, _)| key.as_str())
            .collect();
        let gives = |slot: usize, keys: &[&str]| {
            self.figures.told.iter().filter(|(s, k)| *s == slot && keys.contains(&k.as_str())).count()
        };
        // Be sure what the figure counts: a question read as another topic ("are the martyrs
        // 300?") keeps that topic.
        let own = self.named(&quantity.topic);
        let unsure = reading.answered().is_some_and(|t| t != own || gives(t.index(), &keys) > 0);
        if keys.is_empty() || unsure {
            return None;
        }
        let all: Vec<&str> = quantity.facts.iter().map(String::as_str).collect();
        let topic = if gives(own.index(), &keys) > 0 {
            own.index()
        } else {
            // Of the topics that give it, the one that gives most figures of the kind: it says
            // whose each figure is.
            let slots = self.figures.told.iter().filter(|(_, k)| keys.contains(&k.as_str())).map(|(s, _)| *s);
            slots.max_by_key(|&s| (gives(s, &all), std::cmp::Reverse(s)))?
        };
        let topic = TopicId::from_index(topic);
        let lang = reading.understanding.lang;
        Some(Understanding { outcome: Outcome::Answer(topic), topic: Some(topic), lang, confidence: 0.8 })
    }

    /// The quantity a source gives exactly `value` for, if only one does.
    fn giving(&self, value: i64) -> Option<&super::quantity::Quantity> {
        let by_key = &self.figures.by_key;
        let gives = |q: &&super::quantity::Quantity| {
            by_key.iter().any(|(key, n)| q.facts.contains(key) && !key.ends_with("_millions") && *n == value)
        };
        let mut giving = self.premises.lists.quantities.iter().filter(gives);
        let first = giving.next()?;
        giving.next().is_none().then_some(first)
    }
}
