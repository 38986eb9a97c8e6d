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
    exact: FxHashMap<String, Vec<u32>>,
    prefix: FxHashMap<String, Vec<u32>>,
    /// Every long spec and each of its one-letter deletions, for typo matching (SymSpell), as
    /// (hash of the letters, spec), sorted. Hashes, not strings: the index is built at every start
    /// and one string per deletion was most of that; a collision only adds a candidate that
    /// `within_one_edit` then turns away.
    fuzzy: Vec<(u64, u32)>,
    prefix_lens: Vec<usize>,
    pub(crate) terms: Vec<Term>,
    /// For each word id, the phrases that start with it: (term, rest of the phrase, anchored).
    starts: FxHashMap<u32, Vec<(u32, Vec<u32>, bool)>>,
    markers: FxHashMap<String, u8>,
}

impl Vocabulary {
    /// Compiles vocabulary files; `slots` names the topic slots that weights may refer to.
    pub fn compile(files: &[(Lang, &str, &str)], slots: &[&str]) -> Result<Self, Vec<VocabularyError>> {
        let mut vocab = Vocabulary::default();
        let mut errors = Vec::new();
        let mut spec_ids: FxHashMap<(String, bool, Lang), u32> = FxHashMap::default();
        let mut seen_starts: FxHashSet<(u32, Vec<u32>, bool)> = FxHashSet::default();
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
                    *vocab.markers.entry(word.to_string()).or_default() |= lang_bit(lang);
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
                        vocab.starts.entry(first).or_default().push((term_id, rest.to_vec(), anchored));
                    }
                }
            }
        }
        vocab.index_words();
        if errors.is_empty() { Ok(vocab) } else { Err(errors) }
    }

    /// The lookups from a word to its specs: exact words, prefixes (by length), and the fuzzy
    /// index of every spec long enough for a typo (the spec itself and each one-letter deletion).
    fn index_words(&mut self) {
        for (id, spec) in self.specs.iter().enumerate() {
            let text: String = spec.text.iter().collect();
            let map = if spec.prefix { &mut self.prefix } else { &mut self.exact };
            map.entry(text.clone()).or_default().push(id as u32);
            if spec.prefix {
                self.prefix_lens.push(spec.text.len());
            }
            if spec.text.len() >= FUZZY_MIN_CHARS && !spec.text.iter().any(char::is_ascii_digit) {
                self.fuzzy.push((letters_hash(&spec.text, None), id as u32));
                for skip in 0..spec.text.len() {
                    self.fuzzy.push((letters_hash(&spec.text, Some(skip)), id as u32));
                }
            }
        }
        self.prefix_lens.sort_unstable();
        self.prefix_lens.dedup();
        self.fuzzy.sort_unstable();
        self.fuzzy.dedup();
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

    /// Finds the vocabulary in a folded question: the terms that matched, and how many words
    /// of each language were recognised (for language detection).
    /// Each match is (term, first word, number of words).
    pub(crate) fn scan(&self, folded: &str, matched_terms: &mut Vec<(u32, u16, u16)>) -> Evidence {
        let mut per_token: Vec<Vec<u32>> = Vec::new();
        let mut lang_words = PerLang::<u32>::default();
        let mut lang_markers = PerLang::<u32>::default();
        let words: Vec<&str> = tokens(folded).collect();
        for token in &words {
            let mut ids = Vec::new();
            if let Some(found) = self.exact.get(*token) {
                ids.extend_from_slice(found);
            }
            let mut end = 0;
            let mut chars = 0;
            let mut lens = self.prefix_lens.iter().peekable();
            for c in token.chars() {
                end += c.len_utf8();
                chars += 1;
                while lens.next_if(|&&len| len < chars).is_some() {}
                if lens.peek() == Some(&&chars)
                    && let Some(found) = self.prefix.get(&token[..end])
                {
                    ids.extend_from_slice(found);
                }
            }
            count_langs(self.markers.get(*token).copied().unwrap_or(0), &mut lang_markers);
            let mut langs = 0;
            for &id in &ids {
                let spec = &self.specs[id as usize];
                if spec.evidence {
                    langs |= lang_bit(spec.lang);
                }
            }
            count_langs(langs, &mut lang_words);
            per_token.push(ids);
        }
        // Typos are looked for only in words nothing matched, and only among the words of the
        // language the rest of the question is in: one edit turns many a word of one language
        // into a word of another ("nəfər" → "refer").
        let so_far = PerLang::new(|l| lang_markers[l] * 3 + lang_words[l]);
        let top = so_far.iter().map(|(_, &c)| c).max().unwrap_or(0);
        let likely = if top > 0 && so_far.iter().filter(|&(_, &c)| c == top).count() == 1 {
            so_far.iter().find(|&(_, &c)| c == top).map(|(l, _)| l)
        } else {
            None
        };
        for (token, ids) in words.iter().zip(per_token.iter_mut()) {
            if ids.is_empty() && !self.markers.contains_key(*token) {
                let chars: Vec<char> = token.chars().collect();
                if (FUZZY_MIN_CHARS..=FUZZY_MAX_CHARS).contains(&chars.len()) && !chars[0].is_ascii_digit() {
                    self.fuzzy_match(&chars, likely, ids);
                    let mut langs = 0;
                    for &id in ids.iter() {
                        let spec = &self.specs[id as usize];
                        if spec.evidence {
                            langs |= lang_bit(spec.lang);
                        }
                    }
                    count_langs(langs, &mut lang_words);
                }
            }
        }
        for (i, ids) in per_token.iter().enumerate() {
            for first in ids {
                let Some(phrases) = self.starts.get(first) else { continue };
                for (term, rest, anchored) in phrases {
                    // An anchored phrase ("^when") counts only as the question's opening words
                    // (a first "so" or "and" allowed): "when" asks for a date at the start, not in
                    // "what happened that night when the army came".
                    let fits = (!anchored || i <= ANCHOR_SLACK)
                        && rest.len() < per_token.len() - i
                        && rest.iter().enumerate().all(|(k, w)| per_token[i + 1 + k].contains(w));
                    if fits && !matched_terms.iter().any(|(t, _, _)| t == term) {
                        matched_terms.push((*term, i as u16, rest.len() as u16 + 1));
                    }
                }
            }
        }
        Evidence { words: lang_words, markers: lang_markers }
    }

    /// The specs indexed under one key of the fuzzy index.
    fn fuzzy_ids(&self, key: u64) -> impl Iterator<Item = u32> + '_ {
        let from = self.fuzzy.partition_point(|&(k, _)| k < key);
        self.fuzzy[from..].iter().take_while(move |&&(k, _)| k == key).map(|&(_, id)| id)
    }

    /// Words within one typo (insertion, deletion, substitution or swap) of `token`, or of a
    /// start of it for stems.
    fn fuzzy_match(&self, token: &[char], lang: Option<Lang>, ids: &mut Vec<u32>) {
        for len in (FUZZY_MIN_CHARS - 1)..=token.len() {
            let start = &token[..len];
            let keys = std::iter::once(None).chain((0..len).map(Some)).map(|skip| letters_hash(start, skip));
            for id in keys.flat_map(|key| self.fuzzy_ids(key)) {
                let spec = &self.specs[id as usize];
                let whole = len == token.len();
                // The first letter is rarely the mistyped one, and requiring it keeps the
                // candidates to words that look alike from the start.
                let fits = (spec.prefix || whole)
                    && spec.text.first() == token.first()
                    && lang.is_none_or(|l| l == spec.lang)
                    && (!spec.prefix || spec.text.len() >= FUZZY_MIN_STEM_CHARS);
                if fits && !ids.contains(&id) && within_one_edit(start, &spec.text) {
                    ids.push(id);
                }
            }
        }
    }
}

fn count_langs(langs: u8, counts: &mut PerLang<u32>) {
    for lang in Lang::ALL {
        if langs & lang_bit(lang) != 0 {
            counts[lang] += 1;
        }
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
