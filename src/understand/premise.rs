//! Wrong premises: a question about the events with a wrong year, month, place or figure in it
//! ("Black January happened in 1991, right?", "1,000 killed?") is answered "No — …" with the
//! topic that holds the right fact, instead of being refused or answered as if it were right.

use super::phrases::Phrases;
use super::{Outcome, Reading, Understander, Understanding};
use crate::knowledge::TopicId;

mod around;
mod qualify;
mod quantity;
pub(super) mod source;
mod sourced;
mod when;
mod wrong;

/// What a question got wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrong {
    Year(i32),
    /// A month other than January, by number.
    Month(u32),
    /// A day of January other than the event's ("was it on 21 January?").
    Day(u32),
    /// A day of the week the night was not ("was it on a Sunday?").
    Weekday,
    /// Another city or country.
    Place,
    /// A place the sources name about these events, asked of as if it might be another: not
    /// wrong, but whose statement names it is said first (`Premises`' named places, by index).
    Named(u8),
    /// A figure, with where it stands in the question: its `run`-th run of digits through `runs`
    /// of them ("1,000"), and whether a word multiplies it ("5 milyon").
    Figure {
        value: i64,
        run: u16,
        runs: u16,
        scaled: bool,
    },
}

impl Wrong {
    /// The name of the kind in the locales (`correction-<kind>`).
    pub fn kind(self) -> &'static str {
        match self {
            Wrong::Year(_) => "year",
            Wrong::Month(_) => "month",
            Wrong::Day(_) | Wrong::Weekday => "day",
            Wrong::Place => "place",
            Wrong::Named(_) => "named",
            Wrong::Figure { .. } => "figure",
        }
    }

    /// A wrong figure as the person typed it in `question` ("5 milyon", "1,000").
    pub fn figure_as_typed(self, question: &str) -> Option<String> {
        match self {
            Wrong::Figure { run, runs, scaled, .. } => {
                quantity::as_typed(question, usize::from(run), usize::from(runs), scaled)
            }
            _ => None,
        }
    }
}

/// The figures of the facts: one a fact gives is never a wrong figure, one no fact gives for what
/// it counts is (data/premises.toml).
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub known: Vec<i64>,
    /// The years each topic's answer tells of (by topic slot): "in 1991" is no wrong year in a
    /// question about the report published that year.
    pub years: Vec<(usize, i32)>,
    /// Every figure of the facts by its key (data/premises.toml names them per quantity).
    pub by_key: Vec<(String, i64)>,
    /// The day of January the events are remembered on: "was it on 20 January?" holds no wrong day.
    pub event_day: u32,
    /// The year of the events.
    pub event_year: i32,
    /// The figures each topic's answer gives, by topic slot and key.
    pub told: Vec<(usize, String)>,
    /// Each topic's group, by topic slot (which topic follows one in time).
    pub groups: Vec<String>,
}

/// What a word of the premise lists says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Name,
    Anchor,
    Place,
    Here,
    Comparative,
    Approximation,
    Million,
    Thousand,
    Counted,
    /// A word of a country's office or people ("Litva prezidenti", «президент Литвы»).
    Agent,
    /// A word that sets two things side by side ("or", «или»).
    Compare,
    /// A word that asks for a comparison anywhere in a question ("difference", «отличается»).
    Comparison,
    Month(u32),
    /// A name of a crime ("genocide"), by its list in data/premises.toml.
    Qualification(usize),
}

impl Kind {
    /// The bit of the kinds that mark a figure's neighbours.
    fn bit(self) -> u8 {
        match self {
            Kind::Comparative => 1,
            Kind::Approximation => 2,
            Kind::Million => 4,
            Kind::Thousand => 8,
            Kind::Counted => 16,
            Kind::Agent => 32,
            Kind::Compare => 64,
            Kind::Comparison => 128,
            _ => 0,
        }
    }
}

/// The word lists premises are told by (data/conversation.toml, `[premise]`), compiled into one
/// list so that a question is read once, whatever the number of lists.
#[derive(Debug)]
pub(super) struct Premises {
    lexicon: Phrases,
    kinds: Vec<Kind>,
    lists: quantity::Lists,
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
    /// The words it was read from: `at` to `end` (its multiplier word included), and the runs of
    /// digits before it in the question.
    at: usize,
    end: usize,
    run: usize,
    runs: usize,
    /// A word after it multiplies it ("5 milyon", "3 min").
    scaled: bool,
    /// A word before it makes it an estimate ("about 140").
    estimate: bool,
}

/// How sure the model must be of remembrance abroad for a foreign city to be no wrong place.
const ABROAD_LIKELY: f32 = 0.5;

/// A question with a wrong year and at most this many other words (besides "in", the month, "right?":
/// "did it happen in …?", "… ildə olub?") has no subject of its own: it asks when the events were.
/// Two more words are a subject ("what was operation ring in 1991", "who was president in 1993").
const SHORT: usize = 4;

/// How many years from a topic's own a wrong year may be and still be a slip about it.
const NEAR_YEARS: i64 = 3;

impl Premises {
    pub(super) fn new(source: &source::PremiseSource) -> Self {
        let mut lists: Vec<(&Vec<String>, Kind)> = vec![
            (&source.names, Kind::Name),
            (&source.anchors, Kind::Anchor),
            (&source.places, Kind::Place),
            (&source.here, Kind::Here),
            (&source.comparatives, Kind::Comparative),
            (&source.approximations, Kind::Approximation),
            (&source.millions, Kind::Million),
            (&source.thousands, Kind::Thousand),
            (&source.counted, Kind::Counted),
            (&source.agents, Kind::Agent),
            (&source.compares, Kind::Compare),
            (&source.comparisons, Kind::Comparison),
        ];
        lists.extend(source.month.iter().map(|m| (&m.words, Kind::Month(m.number))));
        let embedded = quantity::Lists::embedded();
        let mut texts = embedded.qualifications.clone();
        let mut kinds: Vec<Kind> = embedded.qualification_of.iter().map(|&i| Kind::Qualification(i)).collect();
        for (list, kind) in lists {
            // A phrase of no words would shift every kind after it: such a text is left out here.
            for text in list.iter().filter(|t| t.chars().any(char::is_alphanumeric)) {
                texts.push(text.clone());
                kinds.push(kind);
            }
        }
        Premises { lexicon: Phrases::exact(&texts), kinds, lists: embedded }
    }

    /// The figures of a question ("1,000" and "1 000" are one figure; "3 million" is 3 000 000;
    /// "10da" is 10), leaving out those after a comparative ("more than 100" is no claim).
    fn figures(&self, signals: &Signals) -> Vec<Figure> {
        let words = &signals.words;
        let near = |kind: Kind, from: usize, to: usize| {
            (from..to.min(words.len())).any(|j| signals.marks[j] & kind.bit() != 0)
        };
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
            let millions = near(Kind::Million, i + 1, i + 2);
            let thousands = !millions && near(Kind::Thousand, i + 1, i + 2);
            if millions {
                n = n.saturating_mul(1_000_000);
            } else if thousands {
                n = n.saturating_mul(1000);
            }
            let compared =
                near(Kind::Comparative, start.saturating_sub(2), start) || near(Kind::Comparative, i + 1, i + 2);
            // A year-like number is a count only with its noun right after it ("2000 people").
            let year_like = (1900..=2100).contains(&n);
            let after = if year_like { i + 2 } else { i + 3 };
            let estimate = near(Kind::Approximation, start.saturating_sub(2), start);
            let counted = near(Kind::Counted, i + 1, after)
                || year_like && estimate
                || !year_like && near(Kind::Counted, start.saturating_sub(1), start);
            if !compared {
                let end = if millions || thousands { i + 1 } else { i };
                let run = words[..start].iter().map(|w| digit_runs(w)).sum();
                let runs = words[start..=i].iter().map(|w| digit_runs(w)).sum();
                let scaled = millions || thousands;
                // A round figure ("30000") is an estimate, as much as "about 30000".
                let estimate = estimate || n >= 100 && n % 100 == 0;
                out.push(Figure { written, value: n, millions, counted, at: start, end, run, runs, scaled, estimate });
            }
            i += 1;
        }
        out
    }
}

/// How many runs of digits a word has ("1990" one, "a1b2" two).
fn digit_runs(word: &str) -> usize {
    let digits: Vec<bool> = word.chars().map(|c| c.is_ascii_digit()).collect();
    digits.iter().enumerate().filter(|&(i, &d)| d && (i == 0 || !digits[i - 1])).count()
}

/// The words of a folded question with a number and its ending apart ("1991ci" → "1991 ci",
/// "10da" → "10 da"), as the hyphen already parts "1991-ci".
fn split_numbers<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(words.len() + 2);
    for &word in words {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits < word.len() && word.chars().count() - digits <= 4 {
            out.push(&word[..digits]);
            out.push(&word[digits..]);
        } else {
            out.push(word);
        }
    }
    out
}

/// What a question says of the event, of other places and around its figures, read once.
#[derive(Debug)]
pub(super) struct Signals<'a> {
    /// Its words, numbers apart from their endings.
    pub words: Vec<&'a str>,
    /// It names this event ("Black January").
    pub named: bool,
    /// It speaks of the event, by name or by words other events share ("the tragedy").
    pub anchored: bool,
    /// It names a place of another event.
    pub other_place: bool,
    /// It names Baku: beside another event's place, a comparison, not a question about that event.
    pub here: bool,
    /// A month other than January, and the word it starts at.
    month: Option<(u32, usize)>,
    /// A name of a crime: its list, the word it starts at and how many words it covers.
    qualification: Option<(usize, usize, usize)>,
    /// For each word, the kinds of words around figures that start there (`Kind::bit`).
    marks: Vec<u8>,
}

impl Premises {
    /// Whether a question word stands among `words` ("where", "harada", «где»).
    pub(super) fn asks_something(&self, words: &[&str]) -> bool {
        self.lists.questions.occur_in(words)
    }

    pub(super) fn signals<'a>(&self, words: &[&'a str]) -> Signals<'a> {
        let words = split_numbers(words);
        let (mut named, mut anchored, mut other_place, mut here, mut month) = (false, false, false, false, None);
        let mut qualification = None;
        let mut marks = vec![0u8; words.len()];
        for (at, mark) in marks.iter_mut().enumerate() {
            for (i, n) in self.lexicon.all_at(&words, at) {
                match self.kinds[i] {
                    Kind::Qualification(q) => qualification = qualification.or(Some((q, at, n))),
                    Kind::Name => (named, anchored) = (true, true),
                    Kind::Anchor => anchored = true,
                    Kind::Place => other_place = true,
                    Kind::Here => here = true,
                    Kind::Month(m) => month = month.or(Some((m, at))),
                    kind => *mark |= kind.bit(),
                }
            }
        }
        Signals { words, named, anchored, other_place, here, month, qualification, marks }
    }

    /// Where the places of other events stand in `words`, and how many words each covers.
    pub(super) fn place_spans(&self, words: &[&str]) -> Vec<(usize, usize)> {
        let kinds = &self.kinds;
        (0..words.len())
            .flat_map(|at| {
                self.lexicon.all_at(words, at).filter(|&(i, _)| kinds[i] == Kind::Place).map(move |(_, n)| (at, n))
            })
            .collect()
    }
}

impl Understander {
    /// A correction, if the question is about the events and one of its premises is wrong.
    pub(super) fn correction(&self, signals: &Signals, reading: &Reading) -> Option<Understanding> {
        let words = &signals.words;
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
        if signals.qualification.is_some()
            && let Some(qualified) = self.qualified(signals, words, reading)
        {
            return Some(qualified);
        }
        // Remembrance in another country is a topic of its own, not a wrong place.
        let abroad = self.named("abroad");
        let abroad = reading.answered() == Some(abroad)
            || reading.prediction.as_ref().is_some_and(|p| p.topics[abroad.index()] >= ABROAD_LIKELY);
        if !abroad && self.wrong_place(signals, words) {
            return correct(self.named("overview"), Wrong::Place);
        }
        if let Some((topic, at)) = self.named_place(signals, words) {
            // "Was it in Sumgait in 1988?" is about another year: that is said, with the date.
            let year = words.iter().filter(|w| w.len() == 4).find_map(|w| w.parse::<i32>().ok());
            return match year.filter(|&y| y > 1900 && y != self.figures.event_year) {
                Some(year) => correct(self.named("date"), Wrong::Year(year)),
                None => correct(topic, Wrong::Named(at)),
            };
        }
        if signals.other_place && !abroad {
            return self.beside_another_place(signals, reading).and_then(|(topic, wrong)| correct(topic, wrong));
        }
        if let Some(when) = self.when_premise(signals, words, reading) {
            return Some(when);
        }
        if let Some(year) = self.dates.near_foreign_year(words)
            && !self.premises.figures(signals).iter().any(|f| f.counted && f.value == i64::from(year))
        {
            let topic = self.wrong_year(words, year, anchored, reading)?;
            // A what-question about a topic in another year ("what did Heydar Aliyev do in 1993?")
            // asks of that year: no premise, and nothing the sources say.
            // "When did the Milli Majlis assess it? 1996?" guesses that topic's own year: set right.
            let guesses = self.premises.lists.when.occur_in(words) && self.tells_a_year(topic);
            if !anchored && !guesses && topic != self.named("date") && self.premises.asks_something(words) {
                return Some(Understanding {
                    outcome: Outcome::NotInSources(vec![topic]),
                    topic: None,
                    lang,
                    confidence: 0.8,
                });
            }
            return correct(topic, Wrong::Year(year));
        }
        if let Some(year) = self.event_time(words) {
            return correct(self.named("date"), Wrong::Year(year));
        }
        let Some((topic, wrong)) = self.wrong_figure(signals, reading) else {
            return self.sourced_figure(signals, reading);
        };
        correct(topic, wrong)
    }
}
