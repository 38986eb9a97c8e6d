//! The look-ups `scan` makes for every word of every question, built once when the vocabulary is
//! compiled: each laid out flat, so that a look-up reads one or two places in memory rather
//! than following a pointer per list (those waits, not the comparisons, were most of `scan`).

use std::hash::Hasher;

use rustc_hash::FxHashMap;

use super::{FUZZY_MIN_CHARS, LONGER, STEM, Vocabulary, lang_bit, letters_hash};

/// A word of `Vocabulary::exact`: its whole-word specs (`exact_ids[from..from + len]`) and the
/// languages it is a marker word of (`lang_bit`s), found by one look-up for both.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Known {
    from: u32,
    len: u32,
    pub markers: u8,
}

/// The phrases of the terms by their first word (a spec id), one list after another: for each,
/// the phrases of one word, then the longer ones by their second word. A common first word
/// ("how", «в», "nə") starts a hundred phrases or more, and trying each of them against the next
/// words was most of `scan`; now only those whose second word the next word has are tried.
#[derive(Debug, Default)]
pub(super) struct Starts {
    /// Where each spec's phrases begin in `list` (one more entry than specs with phrases), and
    /// where its longer phrases begin.
    from: Vec<u32>,
    longer_from: Vec<u32>,
    list: Vec<Start>,
    /// The second word of each phrase of `list` (`Start::second`), side by side: searched
    /// through for every pair of words of a question.
    seconds: Vec<u32>,
    /// The words after the first of every phrase, one phrase after another.
    rest: Vec<u32>,
}

/// A phrase under its first word: its term, the rest of its words (`Starts::rest`), whether it
/// counts only at the question's opening (`^when`), and its place among the phrases of its
/// first word as written (`order`: matches are taken in that order, so the first alternative of
/// a term that matches is the one recorded).
#[derive(Debug)]
pub(super) struct Start {
    pub term: u32,
    rest_from: u32,
    pub rest_len: u32,
    pub anchored: bool,
    pub order: u32,
    /// The phrase's second word (the first of `rest`), or `u32::MAX` for a phrase of one word.
    second: u32,
}

impl Starts {
    /// Lays out the phrases of each first word (`by_first[id]`: term, rest, anchored): those of
    /// one word in order, then the longer ones by their second word (in order within it).
    fn new(by_first: Vec<Vec<(u32, Vec<u32>, bool)>>) -> Self {
        let mut starts = Starts { from: vec![0], ..Starts::default() };
        for phrases in by_first {
            let mut these: Vec<Start> = Vec::with_capacity(phrases.len());
            for (order, (term, rest, anchored)) in phrases.into_iter().enumerate() {
                let rest_from = starts.rest.len() as u32;
                starts.rest.extend(&rest);
                let second = rest.first().copied().unwrap_or(u32::MAX);
                let rest_len = rest.len() as u32;
                these.push(Start { term, rest_from, rest_len, anchored, order: order as u32, second });
            }
            these.sort_by_key(|s| (s.rest_len > 0, s.second, s.order));
            let singles = these.iter().take_while(|s| s.rest_len == 0).count();
            starts.longer_from.push((starts.list.len() + singles) as u32);
            starts.seconds.extend(these.iter().map(|s| s.second));
            starts.list.extend(these);
            starts.from.push(starts.list.len() as u32);
        }
        starts
    }

    /// The phrases of one word, `first`, in the order written.
    pub fn single(&self, first: u32) -> &[Start] {
        let f = first as usize;
        match (self.from.get(f), self.longer_from.get(f)) {
            (Some(&from), Some(&to)) => &self.list[from as usize..to as usize],
            _ => &[],
        }
    }

    /// The longer phrases that start with `first` and go on with `second`, in the order written.
    pub fn with_second(&self, first: u32, second: u32) -> &[Start] {
        let f = first as usize;
        let (Some(&from), Some(&to)) = (self.longer_from.get(f), self.from.get(f + 1)) else { return &[] };
        let (from, to) = (from as usize, to as usize);
        let seconds = &self.seconds[from..to];
        let begin = seconds.partition_point(|&s| s < second);
        let end = begin + seconds[begin..].partition_point(|&s| s == second);
        &self.list[from + begin..from + end]
    }

    /// The words of a phrase after its first.
    pub fn rest(&self, start: &Start) -> &[u32] {
        &self.rest[start.rest_from as usize..][..start.rest_len as usize]
    }
}

/// The typo index (SymSpell): every long spec and each of its one-letter deletions, as (hash of
/// the letters, spec). Hashes, not strings: the index is built at every start and one string per
/// deletion was most of that; a collision only adds a candidate that `within_one_edit` then
/// turns away. Sorted by bucket (the top bits of the mixed hash), with where each bucket begins,
/// so that a key costs one look-up in `from` (most find their bucket empty) instead of a binary
/// search over the whole list, a cache miss a step.
#[derive(Debug, Default)]
pub(super) struct Fuzzy {
    entries: Vec<(u64, u32)>,
    from: Vec<u32>,
    shift: u32,
}

/// Spreads a hash's bits up to its top ones, which pick its bucket (an odd multiplier: no two
/// hashes share a mixed value).
fn mixed(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Fuzzy {
    fn new(mut entries: Vec<(u64, u32)>) -> Self {
        // About one entry a bucket.
        let bits = entries.len().next_power_of_two().trailing_zeros().max(1);
        let shift = 64 - bits;
        let bucket = |key: u64| (mixed(key) >> shift) as usize;
        // Within a bucket by key, then by spec: a key's specs come in the order of their ids.
        entries.sort_unstable_by_key(|&(key, id)| (bucket(key), key, id));
        entries.dedup();
        let mut from = vec![0u32; (1 << bits) + 1];
        for &(key, _) in &entries {
            from[bucket(key) + 1] += 1;
        }
        for b in 1..from.len() {
            from[b] += from[b - 1];
        }
        Fuzzy { entries, from, shift }
    }

    /// The specs indexed under `key`, in the order of their ids.
    pub fn get(&self, key: u64) -> impl Iterator<Item = u32> + '_ {
        let b = (mixed(key) >> self.shift) as usize;
        let in_bucket = match self.from.get(b..b + 2) {
            Some(&[from, to]) => &self.entries[from as usize..to as usize],
            _ => &[],
        };
        in_bucket.iter().filter(move |&&(k, _)| k == key).map(|&(_, id)| id)
    }
}

impl Vocabulary {
    /// The look-ups from a word to its specs: whole words (with the marker words), prefixes (by
    /// their beginnings), the fuzzy index of every spec long enough for a typo (the spec itself
    /// and each one-letter deletion), and the phrases by their first word.
    pub(super) fn index_words(&mut self, markers: FxHashMap<String, u8>, by_first: Vec<Vec<(u32, Vec<u32>, bool)>>) {
        let mut exact: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        let mut fuzzy = Vec::new();
        for (id, spec) in self.specs.iter().enumerate() {
            let text: String = spec.text.iter().collect();
            let map = if spec.prefix { &mut self.prefix } else { &mut exact };
            map.entry(text).or_default().push(id as u32);
            if spec.prefix {
                let mut hasher = rustc_hash::FxHasher::default();
                for (n, c) in spec.text.iter().enumerate() {
                    hasher.write_u32(*c as u32);
                    let kind = if n + 1 == spec.text.len() { STEM } else { LONGER };
                    *self.beginnings.entry(hasher.finish()).or_default() |= kind;
                }
            }
            if spec.text.len() >= FUZZY_MIN_CHARS && !spec.text.iter().any(char::is_ascii_digit) {
                fuzzy.push((letters_hash(&spec.text, None), id as u32));
                for skip in 0..spec.text.len() {
                    fuzzy.push((letters_hash(&spec.text, Some(skip)), id as u32));
                }
            }
        }
        for (word, ids) in exact {
            let from = self.exact_ids.len() as u32;
            self.exact_ids.extend(&ids);
            self.exact.insert(word, Known { from, len: ids.len() as u32, markers: 0 });
        }
        for (word, bits) in markers {
            self.exact.entry(word).or_default().markers = bits;
        }
        self.fuzzy = Fuzzy::new(fuzzy);
        self.starts = Starts::new(by_first);
        self.evidence = self.specs.iter().map(|spec| if spec.evidence { lang_bit(spec.lang) } else { 0 }).collect();
    }

    /// The whole-word specs of a word of `exact`.
    pub(super) fn exact_specs(&self, known: &Known) -> &[u32] {
        &self.exact_ids[known.from as usize..][..known.len as usize]
    }
}
