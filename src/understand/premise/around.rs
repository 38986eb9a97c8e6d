//! The words around a year in a question ("1991-ci ildə", «в 1991 году, да?»), read from `[year]` of
//! data/premises.toml: what the rules of a wrong year leave aside to see what is left of a question.

use serde::Deserialize;

use super::super::normalize::fold;

/// `[year]` of data/premises.toml.
#[derive(Debug, Default, Deserialize)]
pub(super) struct YearSource {
    words: Vec<String>,
    between: Vec<String>,
    endings: Vec<String>,
    time: Vec<String>,
    tags: Vec<String>,
    #[serde(default)]
    born: Vec<String>,
}

/// Single words compared whole after folding: the words around a year.
#[derive(Debug, Default)]
pub(super) struct Words(Vec<String>);

impl Words {
    fn new(words: &[String]) -> Self {
        Words(words.iter().map(|w| fold(w)).collect())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.iter().any(|w| w == word)
    }
}

/// The words around a year in a question (`[year]` of data/premises.toml).
#[derive(Debug, Default)]
pub(super) struct YearWords {
    /// Words that go with a year and mean nothing without it ("1991-ci ildə", "в 1991 году").
    pub words: Words,
    /// Other words that may stand between a year and its day of January ("20th of January 1991").
    pub between: Words,
    /// The endings a year is typed with, parted from it ("1991-de").
    pub endings: Words,
    /// Words that only place a question in time ("in 1990?").
    pub time: Words,
    /// Words that only ask for a yes ("…, да?").
    pub tags: Words,
    /// Words of a birth: a year beside one is the asker's ("born in 2004").
    pub born: Words,
}

impl YearWords {
    pub fn new(source: &YearSource) -> Self {
        YearWords {
            words: Words::new(&source.words),
            between: Words::new(&source.between),
            endings: Words::new(&source.endings),
            time: Words::new(&source.time),
            tags: Words::new(&source.tags),
            born: Words::new(&source.born),
        }
    }
}

/// Whether a word is a year as people write one in a question ("1989", not "89" or "12000").
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4 && word.parse::<i32>().is_ok_and(|y| (1900..2100).contains(&y))
}

/// How far a word of a birth may stand from its year ("1990-cı ilin martında anadan olmuşam").
const BORN_WITHIN: usize = 4;

impl super::Premises {
    /// The words of a year the asker was born in, from the year to its word of birth ("born in
    /// 2004", «2003 года рождения»): no date of the events, nor a wrong one, and no other event's time.
    pub(in crate::understand) fn birth_year(&self, words: &[&str]) -> Option<std::ops::RangeInclusive<usize>> {
        let born = &self.lists.year.born;
        (0..words.len()).filter(|&i| is_year(words[i])).find_map(|i| {
            let around = i.saturating_sub(BORN_WITHIN)..(i + BORN_WITHIN + 1).min(words.len());
            let at = around.clone().find(|&j| born.contains(words[j]))?;
            Some(at.min(i)..=at.max(i))
        })
    }
}
