//! Phrases of folded words matched against a message: exact words, stems ending in `*`, and
//! (five letters or more) one typo. Indexed by their first word, so that a message costs a few
//! look-ups rather than a scan of every phrase, however long the lists in data/ grow.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

use super::normalize::{fold, tokens};
use super::vocabulary::{FUZZY_MAX_CHARS, FUZZY_MIN_CHARS, within_one_edit};

/// A list of phrases, in the order written (a phrase's index is its place in the list).
#[derive(Debug, Default)]
pub struct Phrases {
    list: Vec<Vec<String>>,
    /// Phrases by their first word, when it is a whole word.
    by_first: HashMap<String, Vec<u32>>,
    /// Phrases whose first word is a stem, by the stem's first letter.
    stem_first: HashMap<char, Vec<u32>>,
    /// Phrases whose first word is long enough to be matched with a typo, by that word's first
    /// letter and by its last: one typo in a word of five letters keeps one of the two. Each
    /// with that word's length in bytes, which one typo changes by two at most: most candidates
    /// are turned away by it before their words are compared.
    fuzzy_by_first: HashMap<char, Vec<(u32, usize)>>,
    fuzzy_by_last: HashMap<char, Vec<(u32, usize)>>,
    /// Whether words match with one typo.
    typos: bool,
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
        let mut phrases = Phrases { typos, ..Phrases::default() };
        for text in texts {
            let star = text.trim_end().ends_with('*');
            let mut words: Vec<String> = tokens(&fold(text)).map(String::from).collect();
            if star && let Some(last) = words.last_mut() {
                last.push('*');
            }
            let Some(first) = words.first().cloned() else { continue };
            let i = phrases.list.len() as u32;
            if first.ends_with('*') {
                let letter = first.chars().next().unwrap_or('*');
                phrases.stem_first.entry(letter).or_default().push(i);
            } else {
                if typos && first.chars().count() >= FUZZY_MIN_CHARS {
                    let (a, z) = (first.chars().next().unwrap_or(' '), first.chars().last().unwrap_or(' '));
                    phrases.fuzzy_by_first.entry(a).or_default().push((i, first.len()));
                    phrases.fuzzy_by_last.entry(z).or_default().push((i, first.len()));
                }
                phrases.by_first.entry(first).or_default().push(i);
            }
            phrases.list.push(words);
        }
        phrases
    }

    /// How many phrases there are (each with at least one word).
    pub(super) fn len(&self) -> usize {
        self.list.len()
    }

    /// The longest phrase matching at `at`: its index and how many words it covers.
    pub fn longest_at(&self, words: &[&str], at: usize) -> Option<(usize, usize)> {
        self.all_at(words, at).max_by_key(|&(i, n)| (n, usize::MAX - i))
    }

    /// Every phrase matching at `at` (a phrase may come twice): its index and how many words.
    pub fn all_at<'a>(&'a self, words: &'a [&str], at: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let first = words.get(at).copied().unwrap_or("");
        let exact = self.by_first.get(first).into_iter().flatten();
        let letter = first.chars().next().unwrap_or(' ');
        let stems = self.stem_first.get(&letter).into_iter().flatten();
        let long = first.len() >= FUZZY_MIN_CHARS;
        let last = first.chars().last().unwrap_or(' ');
        let fuzzy = [self.fuzzy_by_first.get(&letter), self.fuzzy_by_last.get(&last)];
        let near = move |&&(_, len): &&(u32, usize)| long && len.abs_diff(first.len()) <= 2;
        let fuzzy = fuzzy.into_iter().flatten().flatten().filter(near).map(|(i, _)| i);
        exact
            .chain(stems)
            .chain(fuzzy)
            .filter_map(move |&i| self.matches_at(i as usize, words, at).map(|n| (i as usize, n)))
    }

    /// How many words the longest phrase matching at `at` covers.
    pub fn covers_at(&self, words: &[&str], at: usize) -> Option<usize> {
        self.longest_at(words, at).map(|(_, n)| n)
    }

    /// Whether one of the phrases occurs anywhere in `words`.
    pub fn occur_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|at| self.longest_at(words, at).is_some())
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
        let matches = |(p, w): (&String, &&str)| word_matches(p, w, self.typos);
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
    tokens(folded).map(|w| if has_run(w) { squeeze(w).into() } else { w.into() }).collect()
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
