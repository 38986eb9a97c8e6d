//! Wrong premises: a question about the events with a wrong year, month, place or figure in it
//! ("Black January happened in 1991, right?", "1,000 killed?") is answered "No — …" with the
//! topic that holds the right fact, instead of being refused or answered as if it were right.

use super::normalize::tokens;
use super::phrases::Phrases;
use super::{Outcome, Reading, Understander, Understanding};
use crate::knowledge::TopicId;

/// What a question got wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrong {
    Year(i32),
    /// A month other than January, by number.
    Month(u32),
    /// Another city or country.
    Place,
    Figure(i64),
}

impl Wrong {
    /// The name of the kind in the locales (`correction-<kind>`).
    pub fn kind(self) -> &'static str {
        match self {
            Wrong::Year(_) => "year",
            Wrong::Month(_) => "month",
            Wrong::Place => "place",
            Wrong::Figure(_) => "figure",
        }
    }
}

/// The figures of the facts and the topics that tell them: a figure elsewhere is a wrong premise
/// only in a question those topics answer.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub known: Vec<i64>,
    /// Figures the facts give in millions ("nearly 2 million").
    pub known_millions: Vec<i64>,
    pub topics: Vec<usize>,
}

/// The word lists premises are told by (data/conversation.toml, `[premise]`), compiled.
#[derive(Debug)]
pub(super) struct Premises {
    names: Phrases,
    anchors: Phrases,
    places: Phrases,
    comparatives: Phrases,
    approximations: Phrases,
    millions: Phrases,
    thousands: Phrases,
    counted: Phrases,
    months: Vec<(u32, Phrases)>,
}

/// A figure of a question: as written ("3" of "3 million") and as a number (3 000 000), and
/// whether a counted word stands next to it ("2000 people": a count, not a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Figure {
    written: i64,
    value: i64,
    /// Written with "million" after it.
    millions: bool,
    counted: bool,
    /// The word it was read from.
    at: usize,
}

/// A question this short with a wrong year and no subject of its own asks when the events were.
const SHORT: usize = 6;

/// Words that go with a year and mean nothing without it ("1991-ci ildə", "в 1991 году").
const YEAR_WORDS: [&str; 12] = ["ci", "cu", "il", "ilde", "year", "god", "goda", "godu", "год", "года", "году", "г"];

impl Premises {
    pub(super) fn new(source: &super::conversation::PremiseSource) -> Self {
        Premises {
            names: Phrases::exact(&source.names),
            anchors: Phrases::exact(&source.anchors),
            places: Phrases::exact(&source.places),
            comparatives: Phrases::exact(&source.comparatives),
            approximations: Phrases::exact(&source.approximations),
            millions: Phrases::exact(&source.millions),
            thousands: Phrases::exact(&source.thousands),
            counted: Phrases::exact(&source.counted),
            months: source.month.iter().map(|m| (m.number, Phrases::exact(&m.words))).collect(),
        }
    }

    /// A month other than January named in the question, with the day numbers next to it.
    fn month(&self, words: &[&str]) -> Option<(u32, Vec<u32>)> {
        for (month, list) in &self.months {
            let Some(at) = (0..words.len()).find(|&i| list.covers_at(words, i).is_some()) else {
                continue;
            };
            let days = [at.checked_sub(1), Some(at + 1)].into_iter().flatten();
            let days = days.filter_map(|i| words.get(i)?.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
            return Some((*month, days.collect()));
        }
        None
    }

    /// The figures of a question ("1,000" and "1 000" are one figure; "3 million" is 3 000 000;
    /// "10da" is 10), leaving out those after a comparative ("more than 100" is no claim).
    fn figures(&self, words: &[&str]) -> Vec<Figure> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let Ok(mut n) = words[i].parse::<i64>() else {
                i += 1;
                continue;
            };
            let start = i;
            while words.get(i + 1).is_some_and(|w| w.len() == 3 && w.parse::<i64>().is_ok()) && n < 1_000_000 {
                n = n * 1000 + words[i + 1].parse::<i64>().unwrap_or(0);
                i += 1;
            }
            let written = n;
            let millions = self.millions.covers_at(words, i + 1).is_some();
            if millions {
                n = n.saturating_mul(1_000_000);
            } else if self.thousands.covers_at(words, i + 1).is_some() {
                n = n.saturating_mul(1000);
            }
            let near = |list: &Phrases, from: usize, to: usize| (from..to).any(|j| list.covers_at(words, j).is_some());
            let compared =
                near(&self.comparatives, start.saturating_sub(2), start) || near(&self.comparatives, i + 1, i + 2);
            // A year-like number is a count only with its noun right after it ("2000 people").
            let year_like = (1900..=2100).contains(&n);
            let after = if year_like { i + 2 } else { i + 3 };
            let estimate = near(&self.approximations, start.saturating_sub(2), start);
            let counted = near(&self.counted, i + 1, after)
                || year_like && estimate
                || !year_like && near(&self.counted, start.saturating_sub(1), start);
            if !compared {
                out.push(Figure { written, value: n, millions, counted, at: start });
            }
            i += 1;
        }
        out
    }
}

/// The words of a folded question with a number and its ending apart ("1991ci" → "1991 ci",
/// "10da" → "10 da"), as the hyphen already parts "1991-ci".
fn split_numbers(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in tokens(folded) {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits < word.len() && word.chars().count() - digits <= 4 {
            out.push(word[..digits].to_string());
            out.push(word[digits..].to_string());
        } else {
            out.push(word.to_string());
        }
    }
    out
}

/// What a question says of the event and of other places, read once.
#[derive(Debug)]
pub(super) struct Signals {
    /// Its words, numbers apart from their endings.
    pub words: Vec<String>,
    /// It names this event ("Black January").
    pub named: bool,
    /// It speaks of the event, by name or by words other events share ("the tragedy").
    pub anchored: bool,
    /// It names a place of another event.
    pub other_place: bool,
}

impl Premises {
    pub(super) fn signals(&self, folded: &str) -> Signals {
        let words = split_numbers(folded);
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let named = self.names.occur_in(&refs);
        let anchored = named || self.anchors.occur_in(&refs);
        let other_place = self.places.occur_in(&refs);
        Signals { words, named, anchored, other_place }
    }
}

impl Understander {
    /// A correction, if the question is about the events and one of its premises is wrong.
    pub(super) fn correction(&self, signals: &Signals, reading: &Reading) -> Option<Understanding> {
        let words: Vec<&str> = signals.words.iter().map(String::as_str).collect();
        let anchored = signals.anchored;
        let lang = reading.understanding.lang;
        let correct = |topic: TopicId, wrong: Wrong| {
            Some(Understanding {
                outcome: Outcome::Correction(topic, wrong),
                topic: Some(topic),
                lang,
                confidence: 0.9,
            })
        };
        let named = signals.named;
        if signals.other_place {
            // Another place without the event's name is another event ("the Tbilisi tragedy").
            let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
            return (named && about_the_event.contains(&reading.answered()))
                .then(|| correct(self.named("overview"), Wrong::Place))
                .flatten();
        }
        // "20 January" sets the month; "Black January" is a name, and "in February?" still asks.
        let january_day = words.windows(2).any(|w| {
            self.dates.is_january(w[0]) && w[1].parse::<u32>().is_ok()
                || self.dates.is_january(w[1]) && w[0].parse::<u32>().is_ok()
        });
        let about_when = [Some(self.named("date")), Some(self.named("overview"))];
        if let Some((month, days)) = self.premises.month(&words)
            && !january_day
            && !days.iter().any(|&d| self.dates.is_known_day(month, d))
            && (anchored || about_when.contains(&reading.answered()))
        {
            return correct(self.named("date"), Wrong::Month(month));
        }
        if let Some(year) = self.dates.near_foreign_year(&words)
            && !self.premises.figures(&words).iter().any(|f| f.counted && f.value == i64::from(year))
        {
            return self.wrong_year(&words, year, anchored, reading).and_then(|t| correct(t, Wrong::Year(year)));
        }
        let (topic, figure) = self.wrong_figure(&words, reading)?;
        correct(topic, Wrong::Figure(figure))
    }

    /// A figure that none of the facts has, in a question one of the topics that tell figures
    /// answers (or offers), with the figure left out if it was taken for a year.
    fn wrong_figure(&self, words: &[&str], reading: &Reading) -> Option<(TopicId, i64)> {
        let known = |f: &Figure| {
            self.figures.known.contains(&f.value)
                || self.dates.is_known_number(f.value)
                || f.millions && self.figures.known_millions.contains(&f.written)
        };
        let figure = self.premises.figures(words).into_iter().find(|f| f.value > 2 && !known(f))?;
        // Unsure of the topic, only a figure that counts something ("1000 killed") is a claim.
        let mut candidates: Vec<TopicId> = match &reading.understanding.outcome {
            Outcome::Answer(t) => vec![*t],
            Outcome::DidYouMean(offered) if figure.counted => offered.clone(),
            _ => Vec::new(),
        };
        if candidates.is_empty() && figure.counted {
            let masked: Vec<&str> =
                words.iter().enumerate().filter(|&(i, _)| i != figure.at).map(|(_, w)| *w).collect();
            let text = masked.join(" ");
            candidates.extend(self.read(&text, &text).answered());
        }
        let topic = candidates.into_iter().find(|t| self.figures.topics.contains(&t.index()))?;
        Some((topic, figure.value))
    }

    /// The topic whose date sets a wrong year right: the one the question asks about without
    /// the year, or the date of the events when it names them.
    fn wrong_year(&self, words: &[&str], year: i32, anchored: bool, reading: &Reading) -> Option<TopicId> {
        let year = year.to_string();
        let mut masked: Vec<&str> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let after_year = i > 0 && words[i - 1] == year;
            if *w != year && !(after_year && YEAR_WORDS.contains(w)) {
                masked.push(w);
            }
        }
        let without = self.read(&masked.join(" "), &masked.join(" "));
        let overview = self.named("overview");
        match without.answered() {
            Some(t) if t != overview && !self.clock_topic(t) => Some(t),
            Some(_) if anchored => Some(self.named("date")),
            // "Was it in 1989?": a short question with no other subject asks about the events.
            // (The wrong year itself weighs in `none`; only a refusal term beside it says no.)
            None if (anchored || words.len() <= SHORT)
                && reading.rules.none < super::SURE_NONE + super::FOREIGN_DATE =>
            {
                Some(self.named("date"))
            }
            _ => None,
        }
    }
}
