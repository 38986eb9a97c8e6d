//! Phrases of folded words matched against a message: exact words, stems ending in `*`, and
//! (five letters or more) one typo. Indexed by their first word, so that a message costs a few
//! look-ups rather than a scan of every phrase, however long the lists in data/ grow.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::hash::Hasher;

use super::normalize::{fold, tokens};
use super::vocabulary::{FUZZY_MAX_CHARS, FUZZY_MIN_CHARS, within_one_edit};

/// A list of phrases, in the order written (a phrase's index is its place in the list).
#[derive(Debug, Default)]
pub struct Phrases {
    /// What tells, before any look-up, that no phrase starts with a word (`Gate`).
    gate: Gate,
    list: Vec<Vec<String>>,
    /// Phrases by (the `word_key` of) their first word, when it is a whole word: where in
    /// `firsts` their indices are. Keys of 64 bits rather than strings, so that a look-up reads no
    /// string kept elsewhere in memory; two words with one key would only make a phrase a
    /// candidate, which `matches_at` then compares word by word.
    by_first: HashMap<u64, (u32, u32)>,
    firsts: Vec<u32>,
    /// Phrases whose first word is a stem, by the stem's first letter, each with the stem.
    stem_first: HashMap<char, Vec<(u32, Box<str>)>>,
    /// Phrases whose first word is long enough to be matched with a typo, by that word's first
    /// letter and by its last: one typo in a word of five letters keeps one of the two.
    fuzzy_by_first: HashMap<char, Vec<Fuzzy>>,
    fuzzy_by_last: HashMap<char, Vec<Fuzzy>>,
}

/// The bits that turn away the words no phrase of a list starts with, in one cache line: a
/// message's words are tried in some forty lists, most start nothing in any, and a call and a
/// few cache lines for each of those was a sixth of an answer. `all_at` tests them where it is
/// called and calls `found_at` only for a word that may start a phrase.
#[derive(Debug, Default)]
#[repr(align(64))]
struct Gate {
    /// The bits (`word_bit`) of the whole first words: a word whose bit is clear starts none.
    first_words: [u64; 4],
    /// The first letters of the stems, and the first and last letters of the words matched
    /// with a typo (`letter_bit`).
    stem_letters: u64,
    fuzzy_first_letters: u64,
    fuzzy_last_letters: u64,
    /// Whether words match with one typo.
    typos: bool,
}

/// What the gate worked out of a word that may start a phrase: its bit (`word_bit`) and its
/// first letter, handed on to the look-ups so that they are not worked out twice.
#[derive(Clone, Copy)]
struct Key {
    bits: usize,
    bit: u64,
    letter: char,
}

impl Gate {
    /// Whether a phrase may start with `first` (then its `Key`): its bit is a first word's, its
    /// first letter a stem's, or (with typos, five bytes or more) its first or last letter a long
    /// word's.
    #[inline]
    fn may_start(&self, first: &str) -> Option<Key> {
        let (bits, bit) = word_bit(first);
        let letter = first.chars().next().unwrap_or(' ');
        let may = self.first_words[bits] & bit != 0
            || self.stem_letters & letter_bit(letter) != 0
            || self.typos
                && first.len() >= FUZZY_MIN_CHARS
                && (self.fuzzy_first_letters & letter_bit(letter) != 0
                    || self.fuzzy_last_letters & letter_bit(first.chars().next_back().unwrap_or(' ')) != 0);
        may.then_some(Key { bits, bit, letter })
    }
}

/// A phrase whose first word may be matched with a typo: the word's length in bytes, which one
/// typo changes by two at most, the set of its letters (`letter_mask`), which one typo changes
/// by two letters at most, and its letters, so that a candidate is turned away by one
/// comparison of letters before its phrase is compared word by word.
#[derive(Debug)]
struct Fuzzy {
    phrase: u32,
    len: usize,
    mask: u64,
    letters: Box<[char]>,
}

/// A word's key in `Phrases::by_first`.
fn word_key(word: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

/// A word's bit among 256, from its length and its first and last bytes.
fn word_bit(word: &str) -> (usize, u64) {
    let bytes = word.as_bytes();
    let (first, last) = (bytes.first().copied().unwrap_or(0), bytes.last().copied().unwrap_or(0));
    let key = (bytes.len() as u32 ^ (u32::from(first) << 8) ^ (u32::from(last) << 16)).wrapping_mul(0x9E37_79B1) >> 24;
    (key as usize / 64, 1 << (key % 64))
}

/// A letter's bit in a set of 64 letters: the code point plus its 64s, so that the ASCII
/// letters (bits 34–59) and the Cyrillic ones (0–15, 17–32) fall on bits of their own; other
/// letters may share one, which only lets a word through to the look-up.
fn letter_bit(c: char) -> u64 {
    let c = c as u32;
    1 << ((c + (c >> 6)) % 64)
}

/// The letters a word has, a bit each (letters may share one). One typo adds a letter, takes
/// one away, or both, so two words within one typo differ in two bits at most: most candidates
/// of a long word are turned away by this before their letters are compared one by one (that
/// comparison, for every long word of a message in each list, was a tenth of an answer).
fn letter_mask(word: &str) -> u64 {
    word.chars().fold(0, |mask, c| mask | 1 << (c as u32 % 64))
}

impl Phrases {
    pub fn new(texts: &[String]) -> Self {
        Self::build(texts, true)
    }

    /// Phrases matched without typos: the long lists that every question is checked against,
    /// where a typo is rare and checking for one would cost every question.
    pub fn exact(texts: &[String]) -> Self {
        Self::build(texts, false)
    }

    fn build(texts: &[String], typos: bool) -> Self {
        let mut phrases = Phrases::default();
        phrases.gate.typos = typos;
        let mut by_first: HashMap<u64, Vec<u32>> = HashMap::default();
        for text in texts {
            let star = text.trim_end().ends_with('*');
            let mut words: Vec<String> = tokens(&fold(text)).map(String::from).collect();
            if star && let Some(last) = words.last_mut() {
                last.push('*');
            }
            let Some(first) = words.first().cloned() else { continue };
            let i = phrases.list.len() as u32;
            if let Some(word) = phrases.index_first(i, first) {
                by_first.entry(word_key(&word)).or_default().push(i);
            }
            phrases.list.push(words);
        }
        for (key, list) in by_first {
            phrases.by_first.insert(key, (phrases.firsts.len() as u32, list.len() as u32));
            phrases.firsts.extend(list);
        }
        phrases
    }

    /// Indexes phrase `i` by its first word; returns the word if the phrase is to be found by it
    /// whole (`by_first`).
    fn index_first(&mut self, i: u32, first: String) -> Option<String> {
        let letter = first.chars().next().unwrap_or('*');
        if let Some(stem) = first.strip_suffix('*') {
            self.gate.stem_letters |= letter_bit(letter);
            self.stem_first.entry(letter).or_default().push((i, stem.into()));
            return None;
        }
        if self.gate.typos && first.chars().count() >= FUZZY_MIN_CHARS {
            let last = first.chars().last().unwrap_or(' ');
            let mask = letter_mask(&first);
            let fuzzy = || Fuzzy { phrase: i, len: first.len(), mask, letters: first.chars().collect() };
            self.gate.fuzzy_first_letters |= letter_bit(letter);
            self.gate.fuzzy_last_letters |= letter_bit(last);
            self.fuzzy_by_first.entry(letter).or_default().push(fuzzy());
            self.fuzzy_by_last.entry(last).or_default().push(fuzzy());
        }
        let (at, bit) = word_bit(&first);
        self.gate.first_words[at] |= bit;
        Some(first)
    }

    /// How many phrases there are (each with at least one word).
    pub(super) fn len(&self) -> usize {
        self.list.len()
    }

    /// The longest phrase matching at `at`: its index and how many words it covers.
    pub fn longest_at(&self, words: &[&str], at: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        self.each_at(words, at, |i, n| {
            if best.is_none_or(|(b, m)| (n, usize::MAX - i) >= (m, usize::MAX - b)) {
                best = Some((i, n));
            }
            false
        });
        best
    }

    /// Every phrase matching at `at` (a phrase may come twice): its index and how many words.
    /// Gathered in a list, which stays empty (and unallocated) for most words of a message: a
    /// lazy chain of the look-ups below cost more to carry around than the look-ups themselves.
    #[inline]
    pub fn all_at<'a>(&'a self, words: &'a [&str], at: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut found = Vec::new();
        self.each_at(words, at, |i, n| {
            found.push((i, n));
            false
        });
        found.into_iter()
    }

    /// Hands every phrase matching at `at` to `f` (its index and how many words) until `f`
    /// returns true; returns whether it did. Nothing is gathered: most callers want only the
    /// longest phrase or whether there is one, and a list for each word let through the gate
    /// was an allocation each.
    #[inline]
    fn each_at(&self, words: &[&str], at: usize, f: impl FnMut(usize, usize) -> bool) -> bool {
        match words.get(at).and_then(|first| Some((first, self.gate.may_start(first)?))) {
            Some((first, key)) => self.found_at(words, at, first, key, f),
            None => false,
        }
    }

    /// `each_at` for a word the gate let through. Not inlined: only the gate is, at each caller.
    #[inline(never)]
    fn found_at(
        &self,
        words: &[&str],
        at: usize,
        first: &str,
        key: Key,
        mut f: impl FnMut(usize, usize) -> bool,
    ) -> bool {
        let mut check = |i: u32| match self.matches_at(i as usize, words, at) {
            Some(n) => f(i as usize, n),
            None => false,
        };
        let Key { bits, bit, letter } = key;
        if self.gate.first_words[bits] & bit != 0
            && let Some(&(from, len)) = self.by_first.get(&word_key(first))
            && self.firsts[from as usize..][..len as usize].iter().any(|&i| check(i))
        {
            return true;
        }
        if self.gate.stem_letters & letter_bit(letter) != 0
            && self
                .stem_first
                .get(&letter)
                .into_iter()
                .flatten()
                .any(|(i, stem)| first.starts_with(&**stem) && check(*i))
        {
            return true;
        }
        self.gate.typos && first.len() >= FUZZY_MIN_CHARS && self.fuzzy_at(first, letter).any(check)
    }

    /// The phrases whose first word may be `first` (long enough) with a typo, first by its first
    /// letter, then by its last (a phrase may come in both): those within one edit of it, to be
    /// compared whole.
    fn fuzzy_at<'a>(&'a self, first: &'a str, letter: char) -> impl Iterator<Item = u32> + 'a {
        let last = first.chars().next_back().unwrap_or(' ');
        let by_first =
            (self.gate.fuzzy_first_letters & letter_bit(letter) != 0).then(|| self.fuzzy_by_first.get(&letter));
        let by_last = (self.gate.fuzzy_last_letters & letter_bit(last) != 0).then(|| self.fuzzy_by_last.get(&last));
        let (by_first, by_last) = (by_first.flatten(), by_last.flatten());
        // The word's letters, once for all its candidates (none for a word too long for a typo,
        // which only matches a phrase's word as it is).
        let mut buffer = [' '; FUZZY_MAX_CHARS];
        let count =
            if by_first.is_some() || by_last.is_some() { letters(first, &mut buffer).map(<[char]>::len) } else { None };
        let mask = if by_first.is_some() || by_last.is_some() { letter_mask(first) } else { 0 };
        let near = move |f: &&Fuzzy| {
            f.len.abs_diff(first.len()) <= 2
                && (f.mask ^ mask).count_ones() <= 2
                && (count.is_some_and(|n| within_one_edit(&f.letters, &buffer[..n]))
                    || self.list[f.phrase as usize][0] == first)
        };
        [by_first, by_last].into_iter().flatten().flatten().filter(near).map(|f| f.phrase)
    }

    /// How many words the longest phrase matching at `at` covers.
    pub fn covers_at(&self, words: &[&str], at: usize) -> Option<usize> {
        self.longest_at(words, at).map(|(_, n)| n)
    }

    /// Whether one of the phrases occurs anywhere in `words`.
    pub fn occur_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|at| self.each_at(words, at, |_, _| true))
    }

    /// Whether `words` are these phrases alone, one after another, from `from` on.
    pub fn cover_all(&self, words: &[&str], from: usize) -> bool {
        let mut at = from;
        while at < words.len() {
            match self.covers_at(words, at) {
                Some(n) => at += n,
                None => return false,
            }
        }
        at > from
    }

    fn matches_at(&self, i: usize, words: &[&str], at: usize) -> Option<usize> {
        let phrase = &self.list[i];
        let n = phrase.len();
        let matches = |(p, w): (&String, &&str)| word_matches(p, w, self.gate.typos);
        (at + n <= words.len() && phrase.iter().zip(&words[at..]).all(matches)).then_some(n)
    }
}

/// A word matches a pattern exactly, by its stem, or (five letters or more) with one typo.
fn word_matches(pattern: &str, word: &str, typos: bool) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None if pattern == word => true,
        None if !typos || word.len() < FUZZY_MIN_CHARS || pattern.len() < FUZZY_MIN_CHARS => false,
        // One edit keeps the first letter or the last one, and the length within one letter
        // (two bytes): cheap tests before the letters are compared.
        None if word.len().abs_diff(pattern.len()) > 2 => false,
        None if word.chars().next() != pattern.chars().next() && word.chars().last() != pattern.chars().last() => false,
        None => {
            // On the stack: this runs for every candidate phrase of every long word of a message.
            let (mut p, mut w) = ([' '; FUZZY_MAX_CHARS], [' '; FUZZY_MAX_CHARS]);
            match (letters(pattern, &mut p), letters(word, &mut w)) {
                (Some(p), Some(w)) => p.len() >= FUZZY_MIN_CHARS && w.len() >= FUZZY_MIN_CHARS && within_one_edit(p, w),
                // Longer "words" are noise, not typos (as in the vocabulary).
                _ => false,
            }
        }
    }
}

/// The letters of `word` in `buffer`, or `None` when it has more than the buffer holds.
fn letters<'a>(word: &str, buffer: &'a mut [char; FUZZY_MAX_CHARS]) -> Option<&'a [char]> {
    let mut n = 0;
    for c in word.chars() {
        *buffer.get_mut(n)? = c;
        n += 1;
    }
    Some(&buffer[..n])
}

/// The words of a folded message as phrases are compared with them: letters held down
/// ("heyyy", "salaaam") count once.
pub fn words(folded: &str) -> Vec<Cow<'_, str>> {
    // As many as the folded text has spaces and one (`token_list`), in one allocation.
    let mut words = Vec::with_capacity(folded.bytes().filter(|&b| b == b' ').count() + 1);
    words.extend(tokens(folded).map(|w| if has_run(w) { squeeze(w).into() } else { w.into() }));
    words
}

/// Whether a word has a letter three times or more in a row.
fn has_run(word: &str) -> bool {
    let mut run = (None, 0);
    word.chars().any(|c| {
        run = if run.0 == Some(c) { (Some(c), run.1 + 1) } else { (Some(c), 1) };
        run.1 >= 3 && c.is_alphabetic()
    })
}

/// A word with every run of three or more of one letter made one.
fn squeeze(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|&&c| c == chars[i]).count();
        let keep = if run >= 3 && chars[i].is_alphabetic() { 1 } else { run };
        out.extend(std::iter::repeat_n(chars[i], keep));
        i += run;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_stems_and_one_typo() {
        let p = Phrases::new(&["black january".into(), "январ*".into(), "thank you".into(), "hello".into()]);
        let m = |text: &str| {
            let w = words(text);
            let w: Vec<&str> = w.iter().map(|w| w.as_ref()).collect();
            p.covers_at(&w, 0)
        };
        assert_eq!(m("black janaury"), Some(2));
        assert_eq!(m("января"), Some(1));
        assert_eq!(m("thank you so much"), Some(2));
        assert_eq!(m("hellooo"), Some(1), "a letter held down");
        assert_eq!(m("hell"), None, "short words only exactly");
        assert_eq!(m("thanks"), None);
    }
}
