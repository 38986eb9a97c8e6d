//! Finding the vocabulary in a folded question: each word's specs (the word, the stems it starts
//! with, or within one typo), then the terms whose phrases those specs spell.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::{
    ANCHOR_SLACK, Evidence, FUZZY_MAX_CHARS, FUZZY_MIN_CHARS, FUZZY_MIN_STEM_CHARS, LONGER, STEM, Vocabulary, lang_bit,
    letters_hash, within_one_edit,
};
use crate::i18n::{Lang, PerLang};

impl Vocabulary {
    /// Finds the vocabulary in a question's folded words: the terms that matched, and how many words
    /// of each language were recognised (for language detection).
    /// Each match is (term, first word, number of words).
    pub(crate) fn scan(&self, words: &[&str], matched_terms: &mut Vec<(u32, u16, u16)>) -> Evidence {
        let mut per_token: Vec<Vec<u32>> = Vec::new();
        let mut lang_words = PerLang::<u32>::default();
        let mut lang_markers = PerLang::<u32>::default();
        for token in words {
            let ids = self.word_ids(token);
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
            for &first in ids {
                for (term, rest, anchored) in self.starts.get(first as usize).into_iter().flatten() {
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

    /// The specs of one word: the word itself, then the stems it starts with, shortest first.
    fn word_ids(&self, token: &str) -> Vec<u32> {
        let mut ids = self.exact.get(token).cloned().unwrap_or_default();
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
        ids
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
