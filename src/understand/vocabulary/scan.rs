//! Finding the vocabulary in a folded question: each word's specs (the word, the stems it starts
//! with, or within one typo), then the terms whose phrases those specs spell.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::index::Start;
use super::{
    ANCHOR_SLACK, Evidence, FUZZY_MAX_CHARS, FUZZY_MIN_CHARS, FUZZY_MIN_STEM_CHARS, Known, LONGER, STEM, Vocabulary,
    lang_bit, letters_hash, within_one_edit,
};
use crate::i18n::{Lang, PerLang};

impl Vocabulary {
    /// Finds the vocabulary in a question's folded words: the terms that matched, and how many
    /// words of each language were recognised (for language detection).
    /// Each match is (term, first word, number of words).
    pub(crate) fn scan(&self, words: &[&str], matched_terms: &mut Vec<(u32, u16, u16)>) -> Evidence {
        let mut found = Found { ids: Vec::with_capacity(words.len() * 4), ends: Vec::with_capacity(words.len()) };
        let mut lang_words = PerLang::<u32>::default();
        let mut lang_markers = PerLang::<u32>::default();
        for token in words {
            let known = self.exact.get(*token);
            self.word_ids(token, known, &mut found.ids);
            found.ends.push(found.ids.len());
            count_langs(known.map_or(0, |k| k.markers), &mut lang_markers);
            count_langs(self.evidence_of(found.of(found.ends.len() - 1)), &mut lang_words);
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
        for (i, token) in words.iter().enumerate() {
            // The length first: most words nothing matched are short ones, and telling them
            // from the markers again would be a second look-up of each.
            let long = token.len() >= FUZZY_MIN_CHARS;
            if long && found.of(i).is_empty() && self.exact.get(*token).is_none_or(|k| k.markers == 0) {
                let chars: Vec<char> = token.chars().collect();
                if (FUZZY_MIN_CHARS..=FUZZY_MAX_CHARS).contains(&chars.len()) && !chars[0].is_ascii_digit() {
                    let mut ids = Vec::new();
                    self.fuzzy_match(&chars, likely, &mut ids);
                    count_langs(self.evidence_of(&ids), &mut lang_words);
                    found.insert(i, &ids);
                }
            }
        }
        self.terms_in(&found, matched_terms);
        Evidence { words: lang_words, markers: lang_markers }
    }

    /// The languages whose words among `ids` say something of the question's language, as bits.
    fn evidence_of(&self, ids: &[u32]) -> u8 {
        ids.iter().fold(0, |langs, &id| langs | self.evidence[id as usize])
    }

    /// The terms whose phrases the words' specs spell, in the order their first words come.
    fn terms_in(&self, found: &Found, matched_terms: &mut Vec<(u32, u16, u16)>) {
        let count = found.ends.len();
        let mut hits: Vec<&Start> = Vec::new();
        for i in 0..count {
            // An anchored phrase ("^when") counts only as the question's opening words (a first
            // "so" or "and" allowed): "when" asks for a date at the start, not in "what happened
            // that night when the army came".
            let placed = |start: &&Start| !start.anchored || i <= ANCHOR_SLACK;
            for &first in found.of(i) {
                hits.clear();
                hits.extend(self.starts.single(first).iter().filter(placed));
                let next = if i + 1 < count { found.of(i + 1) } else { &[] };
                for &second in next {
                    let longer = self.starts.with_second(first, second).iter().filter(placed).filter(|start| {
                        let rest = &self.starts.rest(start)[1..];
                        rest.len() + 1 < count - i
                            && rest.iter().enumerate().all(|(k, w)| found.of(i + 2 + k).contains(w))
                    });
                    hits.extend(longer);
                }
                // As written: the first alternative of a term that matches is the one kept.
                hits.sort_by_key(|start| start.order);
                for start in &hits {
                    if !matched_terms.iter().any(|&(t, _, _)| t == start.term) {
                        matched_terms.push((start.term, i as u16, start.rest_len as u16 + 1));
                    }
                }
            }
        }
    }

    /// Adds the specs of one word to `ids` (`known`: its entry in `exact`): the word itself,
    /// then the stems it starts with, shortest first.
    fn word_ids(&self, token: &str, known: Option<&Known>, ids: &mut Vec<u32>) {
        if let Some(known) = known {
            ids.extend_from_slice(self.exact_specs(known));
        }
        let mut hasher = FxHasher::default();
        let mut end = 0;
        for c in token.chars() {
            end += c.len_utf8();
            hasher.write_u32(c as u32);
            let Some(&beginning) = self.beginnings.get(&hasher.finish()) else { break };
            if beginning & STEM != 0
                && let Some(found) = self.prefix.get(&token[..end])
            {
                ids.extend_from_slice(found);
            }
            if beginning & LONGER == 0 {
                break;
            }
        }
    }

    /// Words within one typo (insertion, deletion, substitution or swap) of `token`, or of a
    /// start of it for stems.
    fn fuzzy_match(&self, token: &[char], lang: Option<Lang>, ids: &mut Vec<u32>) {
        for len in (FUZZY_MIN_CHARS - 1)..=token.len() {
            let start = &token[..len];
            let keys = std::iter::once(None).chain((0..len).map(Some)).map(|skip| letters_hash(start, skip));
            for id in keys.flat_map(|key| self.fuzzy.get(key)) {
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

/// The specs of a question's words, one word after another in one list (most words have some:
/// a list each was an allocation each).
struct Found {
    ids: Vec<u32>,
    /// Where each word's specs end in `ids`.
    ends: Vec<usize>,
}

impl Found {
    /// The specs of word `i`.
    fn of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.ids[start..self.ends[i]]
    }

    /// Adds specs to word `i` (which has none: a typo's), moving the later words' along.
    fn insert(&mut self, i: usize, ids: &[u32]) {
        let at = self.ends[i];
        self.ids.splice(at..at, ids.iter().copied());
        for end in &mut self.ends[i..] {
            *end += ids.len();
        }
    }
}
