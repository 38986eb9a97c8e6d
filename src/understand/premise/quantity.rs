//! What a figure of a question counts (data/premises.toml), and the words of "did it happen in
//! Moscow?": a figure is only a wrong premise when the question says what it counts and no source
//! gives anything near it for that.

use serde::Deserialize;

use super::super::phrases::Phrases;
use super::around::{YearSource, YearWords};

const PREMISES_TOML: &str = include_str!("../../../data/premises.toml");

/// An estimate ("about 140") stands when it is within this part of a figure a source gives
/// (137, 143, 147): a figure typed as it is ("did 300 die?") stands only where a source gives it.
const ESTIMATE_PART: i64 = 5;

/// A word further than this from a figure does not say what it counts ("31 m who ordered the
/// troops" is no count of troops).
const NEAR: usize = 3;

#[derive(Debug, Deserialize)]
struct Source {
    quantity: Vec<QuantitySource>,
    elsewhere: Vec<String>,
    #[serde(rename = "where")]
    place: WhereSource,
    day: DaySource,
    #[serde(default)]
    qualification: Vec<QualificationSource>,
    qualifications: QualificationsSource,
    year: YearSource,
}

#[derive(Debug, Deserialize)]
struct QualificationSource {
    words: Vec<String>,
    #[serde(default)]
    topic: Option<String>,
}

#[derive(Debug, Deserialize)]
struct QualificationsSource {
    nearest: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct DaySource {
    asks: Vec<String>,
    #[serde(default)]
    weekdays: Vec<String>,
    #[serde(default)]
    night_weekdays: Vec<String>,
    #[serde(default)]
    it_was: Vec<String>,
    #[serde(default)]
    when: Vec<String>,
    #[serde(default)]
    events: Vec<EventYearSource>,
}

#[derive(Debug, Deserialize)]
struct EventYearSource {
    year: i32,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct QuantitySource {
    #[allow(dead_code)]
    id: String,
    topic: String,
    words: Vec<String>,
    facts: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct WhereSource {
    asks: Vec<String>,
    not_there: Vec<String>,
    questions: Vec<String>,
    #[serde(default)]
    named: Vec<NamedSource>,
}

#[derive(Debug, Deserialize)]
struct NamedSource {
    words: Vec<String>,
    topic: String,
    /// The key of what is said first (`correction-named` in the locales).
    said: String,
}

/// One thing figures count, with the facts that give figures for it.
#[derive(Debug)]
pub(in super::super) struct Quantity {
    pub topic: String,
    pub facts: Vec<String>,
}

/// A place the sources name about these events ("Sumgait").
#[derive(Debug)]
pub(in super::super) struct NamedPlace {
    pub words: Phrases,
    /// The topic that answers for the place.
    pub topic: String,
    /// What is said first: the `$place` of `correction-named` in the locales.
    pub said: String,
}

/// The quantities and the words of a question about where the events happened, compiled.
#[derive(Debug)]
pub(in super::super) struct Lists {
    pub quantities: Vec<Quantity>,
    /// Every quantity's words in one list, and for each its quantity.
    words: Phrases,
    of: Vec<usize>,
    /// Words of other events: no figure is corrected in a question with one.
    pub elsewhere: Phrases,
    pub asks: Phrases,
    pub not_there: Phrases,
    pub questions: Phrases,
    /// Places the sources name about these events, each with the topic that answers for it and
    /// the key of what is said first ("Sumgait": the Foreign Ministry's list of places).
    pub named_places: Vec<NamedPlace>,
    /// The words of "was it on …?" besides those of "did it happen in …?".
    pub day_asks: Phrases,
    /// The days of the week the night was not ("was it on a Sunday?").
    pub weekdays: Phrases,
    /// The night's own days of the week ("was it on a Saturday?": yes).
    pub night_weekdays: Phrases,
    /// The words a question opens with when its subject is the events themselves ("was it …").
    pub it_was: Phrases,
    /// The words of a question that asks when: a date it also gives is the asker's guess.
    pub when: Phrases,
    /// Other events named for the time of these ("was it during the coup?"), and their years.
    pub events: Phrases,
    pub event_years: Vec<i32>,
    /// The words around a year.
    pub year: YearWords,
    /// The names a crime is called by ("genocide"), each with the topic that says who called the
    /// events so (`None`: no source does), all in one list and by the list they come from.
    pub qualifications: Vec<String>,
    pub qualification_of: Vec<usize>,
    pub qualification_topics: Vec<Option<String>>,
    /// The topics offered when no source uses the name.
    pub qualification_nearest: Vec<String>,
}

impl Lists {
    /// The embedded lists (`check` and the tests prove they load and name known facts and topics).
    pub fn embedded() -> Self {
        let source: Source = toml::from_str(PREMISES_TOML).unwrap_or_else(|_| Source {
            quantity: Vec::new(),
            elsewhere: Vec::new(),
            place: WhereSource { asks: Vec::new(), not_there: Vec::new(), questions: Vec::new(), named: Vec::new() },
            day: DaySource {
                asks: Vec::new(),
                weekdays: Vec::new(),
                night_weekdays: Vec::new(),
                it_was: Vec::new(),
                when: Vec::new(),
                events: Vec::new(),
            },
            qualification: Vec::new(),
            qualifications: QualificationsSource { nearest: Vec::new() },
            year: YearSource::default(),
        });
        let (mut texts, mut of) = (Vec::new(), Vec::new());
        for (i, q) in source.quantity.iter().enumerate() {
            texts.extend(q.words.iter().cloned());
            of.extend(std::iter::repeat_n(i, q.words.len()));
        }
        let (mut names, mut qualification_of) = (Vec::new(), Vec::new());
        for (i, q) in source.qualification.iter().enumerate() {
            names.extend(q.words.iter().cloned());
            qualification_of.extend(std::iter::repeat_n(i, q.words.len()));
        }
        let (mut event_words, mut event_years) = (Vec::new(), Vec::new());
        for e in &source.day.events {
            event_words.extend(e.words.iter().cloned());
            event_years.extend(std::iter::repeat_n(e.year, e.words.len()));
        }
        Lists {
            year: YearWords::new(&source.year),
            events: Phrases::exact(&event_words),
            event_years,
            qualifications: names,
            qualification_of,
            qualification_topics: source.qualification.into_iter().map(|q| q.topic).collect(),
            qualification_nearest: source.qualifications.nearest,
            quantities: source.quantity.into_iter().map(|q| Quantity { topic: q.topic, facts: q.facts }).collect(),
            words: Phrases::exact(&texts),
            of,
            elsewhere: Phrases::exact(&source.elsewhere),
            asks: Phrases::exact(&source.place.asks),
            not_there: Phrases::exact(&source.place.not_there),
            questions: Phrases::exact(&source.place.questions),
            named_places: source
                .place
                .named
                .iter()
                .map(|n| NamedPlace { words: Phrases::exact(&n.words), topic: n.topic.clone(), said: n.said.clone() })
                .collect(),
            day_asks: Phrases::exact(&source.day.asks),
            weekdays: Phrases::exact(&source.day.weekdays),
            night_weekdays: Phrases::exact(&source.day.night_weekdays),
            it_was: Phrases::exact(&source.day.it_was),
            when: Phrases::exact(&source.day.when),
        }
    }

    /// The year of another event a question names ("during the coup": 1991), if it names one.
    pub fn event_year(&self, words: &[&str]) -> Option<i32> {
        (0..words.len()).find_map(|at| self.events.longest_at(words, at)).map(|(i, _)| self.event_years[i])
    }

    /// The quantity whose word stands nearest to the words `from..to` (within `NEAR`), if one
    /// alone does.
    pub fn nearest(&self, words: &[&str], from: usize, to: usize) -> Option<&Quantity> {
        let mut best: Option<(usize, usize)> = None;
        let mut tie = false;
        for at in 0..words.len() {
            let distance = if at < from { from - at } else { at.saturating_sub(to) + usize::from(at >= to) };
            if distance > NEAR {
                continue;
            }
            for (i, _) in self.words.all_at(words, at) {
                let q = self.of[i];
                match best {
                    Some((d, b)) if d < distance || d == distance && b == q => {}
                    Some((d, _)) if d == distance => tie = true,
                    _ => (best, tie) = (Some((distance, q)), false),
                }
            }
        }
        best.filter(|_| !tie).map(|(_, q)| &self.quantities[q])
    }

    /// Where a phrase of `list` stands in `words`, and how many words it covers.
    pub fn spans(list: &Phrases, words: &[&str]) -> Vec<(usize, usize)> {
        (0..words.len()).filter_map(|at| list.covers_at(words, at).map(|n| (at, n))).collect()
    }
}

impl Quantity {
    /// Whether a source gives `value` for this quantity (`by_key`: the figures of the facts; a
    /// `_millions` fact counts in millions): exactly, or near it for an estimate. The facts of a
    /// quantity hold its parts too (the dead of one district, of the troops), so a part is given.
    /// Unsure (no figure) always gives.
    pub fn gives(&self, value: i64, estimate: bool, by_key: &[(String, i64)]) -> bool {
        let mut given = by_key
            .iter()
            .filter(|(key, _)| self.facts.contains(key))
            .map(|(key, n)| if key.ends_with("_millions") { n.saturating_mul(1_000_000) } else { *n })
            .peekable();
        if given.peek().is_none() {
            return true;
        }
        given.any(|n| stands_for(value, estimate, n))
    }
}

/// Whether a figure of a question stands for `given`: the same, or near it for an estimate.
pub fn stands_for(value: i64, estimate: bool, given: i64) -> bool {
    given == value || estimate && (given - value).abs().saturating_mul(ESTIMATE_PART) <= given
}

/// The figure of a question as the person typed it: its `run`-th run of digits (counted from 0)
/// through the `runs` that make it ("1,000"), and the word after it when it multiplies ("5 milyon").
pub fn as_typed(question: &str, run: usize, runs: usize, scaled: bool) -> Option<String> {
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut previous_digit = false;
    for (i, c) in question.char_indices() {
        let digit = c.is_ascii_digit();
        if digit && !previous_digit {
            starts.push(i);
        }
        if !digit && previous_digit {
            ends.push(i);
        }
        previous_digit = digit;
    }
    if previous_digit {
        ends.push(question.len());
    }
    let start = *starts.get(run)?;
    let mut end = *ends.get(run + runs.max(1) - 1)?;
    if scaled {
        let rest = &question[end..];
        let gap = rest.len() - rest.trim_start().len();
        let word = rest[gap..].find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len() - gap);
        end += gap + word;
    }
    Some(question[start..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_echoed_as_typed() {
        assert_eq!(as_typed("5 milyon adam gəlib?", 0, 1, true).as_deref(), Some("5 milyon"));
        assert_eq!(as_typed("In 1990, 1,000 killed?", 1, 2, false).as_deref(), Some("1,000"));
        assert_eq!(as_typed("погибло 2 млн?", 0, 1, true).as_deref(), Some("2 млн"));
        assert_eq!(as_typed("2млн?", 0, 1, true).as_deref(), Some("2млн"));
        assert_eq!(as_typed("no figure", 0, 1, false), None);
    }

    #[test]
    fn the_lists_name_known_facts_and_topics() {
        let facts: toml::Table = toml::from_str(include_str!("../../../data/facts.toml")).unwrap();
        let keys: Vec<&String> = facts.values().filter_map(|v| v.as_table()).flat_map(|t| t.keys()).collect();
        let topics = include_str!("../../../data/topics.toml");
        let lists = Lists::embedded();
        assert!(lists.quantities.len() >= 4);
        for place in &lists.named_places {
            let topic = &place.topic;
            assert!(topics.contains(&format!("id = \"{topic}\"")), "unknown topic {topic}");
        }
        for q in &lists.quantities {
            assert!(topics.contains(&format!("id = \"{}\"", q.topic)), "unknown topic {}", q.topic);
            for fact in &q.facts {
                assert!(keys.contains(&fact), "unknown fact {fact}");
            }
        }
    }

    #[test]
    fn a_figure_is_given_exactly_and_an_estimate_near() {
        let q = Quantity { topic: String::new(), facts: vec!["a".into(), "b_millions".into()] };
        let by_key = [("a".to_string(), 131), ("b_millions".to_string(), 2)];
        assert!(q.gives(131, false, &by_key));
        assert!(q.gives(2_000_000, false, &by_key));
        assert!(!q.gives(300, false, &by_key));
        assert!(!q.gives(130, false, &by_key));
        assert!(q.gives(130, true, &by_key));
        assert!(!q.gives(300, true, &by_key));
        let unsure = Quantity { topic: String::new(), facts: Vec::new() };
        assert!(unsure.gives(300, false, &by_key));
    }
}
