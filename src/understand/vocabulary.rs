//! The vocabulary of question understanding: loads data/vocabulary/*.toml and finds its words in a
//! folded question, allowing one typo in longer words.

use std::collections::HashMap;
use std::hash::Hasher;

// Looked up for every word of every question and built at every start; the keys come from data/,
// not from users, so SipHash's guard against crafted keys costs more than it protects.
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::normalize::{fold, tokens};
use crate::i18n::{Lang, PerLang};

mod index;
mod scan;

use index::{Fuzzy, Known, Starts};

/// A problem in a vocabulary file, reported by `check` and at start-up.
#[derive(Debug, thiserror::Error)]
pub enum VocabularyError {
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error("{file}: term {term} names unknown topic `{topic}`")]
    UnknownTopic { file: String, term: usize, topic: String },
    #[error("{file}: term {term} has an empty alternative")]
    EmptyAlternative { file: String, term: usize },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    #[serde(default)]
    markers: Vec<String>,
    #[serde(default)]
    term: Vec<TermDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermDef {
    #[serde(rename = "match")]
    alternatives: Vec<String>,
    topics: HashMap<String, f32>,
}

/// One word of a vocabulary phrase: a whole word, or a stem that matches any word starting with it.
#[derive(Debug)]
struct WordSpec {
    text: Vec<char>,
    prefix: bool,
    lang: Lang,
    /// Whether finding this word says something about the question's language. Numbers and the
    /// words of out-of-scope lists ("Eurovision", "bitcoin") are written alike in every language.
    evidence: bool,
}

/// A vocabulary term: alternatives (phrases of word ids) and the weights it adds to topic slots.
#[derive(Debug)]
pub(crate) struct Term {
    pub weights: Vec<(usize, f32)>,
    pub lang: Lang,
    /// Where the term is written, for `ask --explain`: "en.toml term 12 (kill*)".
    pub label: String,
}

/// Words shorter than this (in characters) are matched exactly: one typo in a short word makes
/// another word too often ("dead" / "deal").
pub(crate) const FUZZY_MIN_CHARS: usize = 5;

/// How many words of each language a question contains: vocabulary words, and marker words
/// (function words), which tell a language best.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    pub words: PerLang<u32>,
    pub markers: PerLang<u32>,
}

/// Longer "words" are not words people mistype but noise ("qqqq…"); typo matching grows with the
/// square of a word's length, so it is skipped for them.
pub(crate) const FUZZY_MAX_CHARS: usize = 40;

/// How many words may come before an anchored phrase (`^when`): "so when…", "and when…".
const ANCHOR_SLACK: usize = 1;

/// Stems (words ending in `*`) shorter than this are never matched with a typo: a short stem
/// with one edit is the start of too many words.
const FUZZY_MIN_STEM_CHARS: usize = 7;

/// The compiled vocabulary of all languages.
#[derive(Debug, Default)]
pub struct Vocabulary {
    specs: Vec<WordSpec>,
    /// Every whole word of the vocabulary and every marker word (`index::Known`).
    exact: FxHashMap<String, Known>,
    /// The specs of `exact`'s words, one word's after another.
    exact_ids: Vec<u32>,
    prefix: FxHashMap<String, Vec<u32>>,
    /// The typo index (`index::Fuzzy`).
    fuzzy: Fuzzy,
    /// Every start of a stem, by the hash of its letters (`letters_hash` as the letters come):
    /// whether a stem is exactly those letters (`STEM`), and whether one goes on past them
    /// (`LONGER`). A word's letters are walked until no stem goes on, rather than every start of
    /// it looked up; a collision only costs a look-up in `prefix`.
    beginnings: FxHashMap<u64, u8>,
    pub(crate) terms: Vec<Term>,
    /// For each word id, the phrases that start with it.
    starts: Starts,
    /// For each word id, the bit of its language if it is evidence of one (`WordSpec::evidence`),
    /// else 0: one byte a word, read for every word of every question, where the specs
    /// themselves lie scattered in memory.
    evidence: Vec<u8>,
}

/// `Vocabulary::beginnings`: a stem is these letters, and one goes on past them.
const STEM: u8 = 1;
const LONGER: u8 = 2;

impl Vocabulary {
    /// Compiles vocabulary files; `slots` names the topic slots that weights may refer to.
    pub fn compile(files: &[(Lang, &str, &str)], slots: &[&str]) -> Result<Self, Vec<VocabularyError>> {
        let mut vocab = Vocabulary::default();
        let mut errors = Vec::new();
        let mut spec_ids: FxHashMap<(String, bool, Lang), u32> = FxHashMap::default();
        let mut seen_starts: FxHashSet<(u32, Vec<u32>, bool)> = FxHashSet::default();
        let mut markers: FxHashMap<String, u8> = FxHashMap::default();
        let mut starts: Vec<Vec<(u32, Vec<u32>, bool)>> = Vec::new();
        for &(lang, name, source) in files {
            let def: FileDef = match toml::from_str(source) {
                Ok(def) => def,
                Err(e) => {
                    errors.push(VocabularyError::Parse { file: name.to_string(), message: e.to_string() });
                    continue;
                }
            };
            for marker in &def.markers {
                for word in tokens(&fold(marker)) {
                    *markers.entry(word.to_string()).or_default() |= lang_bit(lang);
                }
            }
            for (index, term) in def.term.iter().enumerate() {
                let mut weights = Vec::new();
                for (topic, &weight) in &term.topics {
                    match slots.iter().position(|s| s == topic) {
                        Some(slot) => weights.push((slot, weight)),
                        None => errors.push(VocabularyError::UnknownTopic {
                            file: name.to_string(),
                            term: index + 1,
                            topic: topic.clone(),
                        }),
                    }
                }
                weights.sort_by_key(|&(slot, _)| slot);
                let topical = weights.iter().any(|&(slot, w)| w > 0.0 && slot + 1 < slots.len());
                let term_id = vocab.terms.len() as u32;
                let first = term.alternatives.first().map_or("", String::as_str);
                vocab.terms.push(Term { weights, lang, label: format!("{name} term {} ({first})", index + 1) });
                for alternative in &term.alternatives {
                    let (anchored, alternative) = match alternative.strip_prefix('^') {
                        Some(rest) => (true, rest),
                        None => (false, alternative.as_str()),
                    };
                    let mut phrase = Vec::new();
                    for raw in alternative.split_whitespace() {
                        let (stem, is_prefix) = match raw.strip_suffix('*') {
                            Some(stem) => (stem, true),
                            None => (raw, false),
                        };
                        // A word like "12:00" folds into two words; each becomes its own spec.
                        let folded = fold(stem);
                        let parts: Vec<&str> = tokens(&folded).collect();
                        for (i, part) in parts.iter().enumerate() {
                            let prefix = is_prefix && i + 1 == parts.len();
                            let key = (part.to_string(), prefix, lang);
                            let id = *spec_ids.entry(key).or_insert_with(|| {
                                let text: Vec<char> = part.chars().collect();
                                vocab.specs.push(WordSpec { text, prefix, lang, evidence: false });
                                (vocab.specs.len() - 1) as u32
                            });
                            let spec = &mut vocab.specs[id as usize];
                            spec.evidence |= topical && !spec.text.iter().all(char::is_ascii_digit);
                            phrase.push(id);
                        }
                    }
                    let Some((&first, rest)) = phrase.split_first() else {
                        errors.push(VocabularyError::EmptyAlternative { file: name.to_string(), term: index + 1 });
                        continue;
                    };
                    if seen_starts.insert((term_id, phrase.clone(), anchored)) {
                        if starts.len() <= first as usize {
                            starts.resize_with(first as usize + 1, Vec::new);
                        }
                        starts[first as usize].push((term_id, rest.to_vec(), anchored));
                    }
                }
            }
        }
        vocab.index_words(markers, starts);
        if errors.is_empty() { Ok(vocab) } else { Err(errors) }
    }

    /// Number of topic-bearing terms written for `lang`, per slot; `check` uses it to find topics
    /// a language cannot be asked about.
    pub fn terms_per_slot(&self, lang: Lang, slots: usize) -> Vec<usize> {
        let mut counts = vec![0; slots];
        for term in self.terms.iter().filter(|t| t.lang == lang) {
            for &(slot, weight) in &term.weights {
                if weight > 0.0 {
                    counts[slot] += 1;
                }
            }
        }
        counts
    }
}

/// A language as one bit of a set of languages.
fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::Az => 1,
        Lang::En => 2,
        Lang::Ru => 4,
    }
}

/// The hash of a word's letters, leaving out the one at `skip`.
fn letters_hash(text: &[char], skip: Option<usize>) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    for (i, c) in text.iter().enumerate() {
        if Some(i) != skip {
            hasher.write_u32(*c as u32);
        }
    }
    hasher.finish()
}

/// Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent swap).
pub(crate) fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if common == la && common == lb {
        return true;
    }
    let (ra, rb) = (&a[common..], &b[common..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit(&chars("killed"), &chars("kiled")));
        assert!(within_one_edit(&chars("killed"), &chars("kilelds")[..6]));
        assert!(within_one_edit(&chars("погибло"), &chars("погибло")));
        assert!(within_one_edit(&chars("silence"), &chars("silecne")));
        assert!(!within_one_edit(&chars("silence"), &chars("sailence1")));
        assert!(!within_one_edit(&chars("abcde"), &chars("abxye")));
    }
}
