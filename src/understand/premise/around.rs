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
}

impl YearWords {
    pub fn new(source: &YearSource) -> Self {
        YearWords {
            words: Words::new(&source.words),
            between: Words::new(&source.between),
            endings: Words::new(&source.endings),
            time: Words::new(&source.time),
            tags: Words::new(&source.tags),
        }
    }
}
