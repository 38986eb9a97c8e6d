//! Numbers written as words ("the twentieth of January", «двадцатого января», "on beş yanvar",
//! "nineteen ninety"), read as the figures the rest of understanding knows, where they give a day
//! of January or a year (`[numbers]` of data/conversation.toml).

use std::borrow::Cow;

use serde::Deserialize;

use super::dates::names_january;
use super::normalize::fold;

/// The `[numbers]` of data/conversation.toml, as written.
#[derive(Debug, Deserialize)]
pub(super) struct NumberSource {
    pub hundred: Vec<String>,
    pub thousand: Vec<String>,
    pub between: Vec<String>,
    pub joined: Vec<String>,
    pub value: Vec<NumberValue>,
}

#[derive(Debug, Deserialize)]
pub(super) struct NumberValue {
    pub n: u32,
    pub words: Vec<String>,
}

/// What a number word adds to the number it is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Value(u32),
    Hundred,
    Thousand,
}

#[derive(Debug)]
struct Entry {
    word: String,
    /// Matches any word starting with it.
    prefix: bool,
    part: Part,
    /// A number only beside another number word.
    joined: bool,
}

/// The number words, compiled.
#[derive(Debug)]
pub(super) struct Spelled {
    /// By the first two bytes of their word, and longest first among those, so that
    /// «пятнадцатого» is 15 and not the 5 of «пят*».
    entries: Vec<(u16, Entry)>,
    /// A bit for each first two bytes some entry starts with: most words of a question are turned
    /// away here, with no comparison.
    gate: Vec<u64>,
    between: Vec<String>,
}

/// The first two bytes of a word, the key of the gate and of the entries.
fn key(word: &str) -> u16 {
    let b = word.as_bytes();
    u16::from(b.first().copied().unwrap_or(0)) << 8 | u16::from(b.get(1).copied().unwrap_or(0))
}

/// The smallest and largest years read from words.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2099;

impl Spelled {
    pub(super) fn new(source: &NumberSource) -> Self {
        let folded = |w: &String| fold(w).trim().to_string();
        let joined: Vec<String> = source.joined.iter().map(folded).collect();
        let mut entries = Vec::new();
        let mut add = |word: &String, part: Part| {
            // `fold` would turn the `*` into a space: it is taken off first.
            let (word, prefix) = match word.strip_suffix('*') {
                Some(stem) => (folded(&stem.to_string()), true),
                None => (folded(word), false),
            };
            let joined = joined.contains(&word);
            entries.push(Entry { word, prefix, part, joined });
        };
        source.hundred.iter().for_each(|w| add(w, Part::Hundred));
        source.thousand.iter().for_each(|w| add(w, Part::Thousand));
        for value in &source.value {
            value.words.iter().for_each(|w| add(w, Part::Value(value.n)));
        }
        entries.retain(|e| !e.word.is_empty());
        let mut entries: Vec<(u16, Entry)> = entries.into_iter().map(|e| (key(&e.word), e)).collect();
        entries.sort_by_key(|(k, e)| (*k, std::cmp::Reverse(e.word.len())));
        let mut gate = vec![0u64; 1 << 10];
        for (k, _) in &entries {
            gate[usize::from(*k >> 6)] |= 1 << (k & 63);
        }
        Spelled { entries, gate, between: source.between.iter().map(folded).collect() }
    }

    /// The number word a folded word is, if any.
    fn entry(&self, word: &str) -> Option<&Entry> {
        let k = key(word);
        if word.is_empty() || self.gate[usize::from(k >> 6)] & 1 << (k & 63) == 0 {
            return None;
        }
        let from = self.entries.partition_point(|(e, _)| *e < k);
        let mut same = self.entries[from..].iter().take_while(|(e, _)| *e == k).map(|(_, e)| e);
        same.find(|e| if e.prefix { word.starts_with(&e.word) } else { word == e.word })
    }

    /// Whether a question may hold a number in words: two number words in a row, or one that is a
    /// number alone with January's name somewhere in the question.
    fn may_hold_one<W: AsRef<str>>(&self, words: &[W]) -> bool {
        let (mut previous, mut alone) = (false, false);
        for word in words {
            let entry = self.entry(word.as_ref());
            if entry.is_some() && previous {
                return true;
            }
            previous = entry.is_some();
            alone |= entry.is_some_and(|e| !e.joined);
        }
        alone && words.iter().any(|w| names_january(w.as_ref()))
    }

    /// The folded question (its words) with its numbers in words written as figures, or `None`
    /// when it has none that give a day of January or a year.
    pub(super) fn figures<W: AsRef<str>>(&self, words: &[W]) -> Option<String> {
        if !self.may_hold_one(words) {
            return None;
        }
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        let mut out: Vec<Cow<str>> = Vec::with_capacity(words.len());
        let mut changed = false;
        let mut i = 0;
        while i < words.len() {
            let run: Vec<&Entry> = words[i..].iter().map_while(|w| self.entry(w)).collect();
            match self.read_run(&words, i, &run) {
                Some(read) => {
                    out.extend(words[i..i + read.kept].iter().map(|&w| Cow::Borrowed(w)));
                    if read.between_before {
                        out.pop();
                    }
                    out.push(Cow::Owned(read.number.to_string()));
                    i += read.kept + read.len + usize::from(read.between_after);
                    changed = true;
                }
                None => {
                    out.extend(words[i..i + run.len().max(1)].iter().map(|&w| Cow::Borrowed(w)));
                    i += run.len().max(1);
                }
            }
        }
        changed.then(|| out.join(" "))
    }

    /// A run of number words starting at `at` read as a day or a year. Its first word is left as
    /// it is when only the rest makes a number ("on" of "on twentieth January").
    fn read_run(&self, words: &[&str], at: usize, run: &[&Entry]) -> Option<Read> {
        (0..run.len().min(2)).find_map(|kept| {
            let rest = &run[kept..];
            let number = value(rest)?;
            let (at, len) = (at + kept, rest.len());
            let plain = Read { kept, number, len, between_before: false, between_after: false };
            if YEARS.contains(&number) && len >= 2 {
                return Some(plain);
            }
            let alone = len == 1 && rest[0].joined;
            if !(1..=31).contains(&number) || alone {
                return None;
            }
            self.beside_january(words, at, len).map(|(between_before, between_after)| Read {
                between_before,
                between_after,
                ..plain
            })
        })
    }

    /// Whether January's name stands after or before the words `at..at + len`, and whether a word
    /// of `between` stands between (dropped, so that "twentieth of January" reads "20 january").
    fn beside_january(&self, words: &[&str], at: usize, len: usize) -> Option<(bool, bool)> {
        let between = |w: &str| self.between.iter().any(|b| b == w);
        let after = |skip: usize| words.get(at + len + skip).is_some_and(|w| names_january(w));
        let before = |skip: usize| at > skip && names_january(words[at - 1 - skip]);
        if after(0) || before(0) {
            return Some((false, false));
        }
        if words.get(at + len).is_some_and(|w| between(w)) && after(1) {
            return Some((false, true));
        }
        (at > 0 && between(words[at - 1]) && before(1)).then_some((true, false))
    }
}

/// Number words read as a day or a year.
struct Read {
    /// Words of the run before the number, left as they are.
    kept: usize,
    number: u32,
    /// How many words make the number.
    len: usize,
    /// A word of `between` before or after it, dropped.
    between_before: bool,
    between_after: bool,
}

/// The number a run of number words makes, if it makes one: "twenty first" 21, "nineteen ninety"
/// 1990, «тысяча девятьсот девяностого» 1990, "min doqquz yüz doxsan" 1990.
fn value(run: &[&Entry]) -> Option<u32> {
    let (mut total, mut current) = (0u32, 0u32);
    for entry in run {
        match entry.part {
            Part::Value(v) if (10..100).contains(&current) && v >= 10 => current = current * 100 + v,
            Part::Value(v) => current += v,
            Part::Hundred => current = current.max(1) * 100,
            Part::Thousand => (total, current) = (total + current.max(1) * 1000, 0),
        }
    }
    Some(total + current).filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::super::conversation::Conversation;
    use super::*;

    fn read(text: &str) -> String {
        let conversation = Conversation::embedded().expect("conversation data");
        let folded = fold(text);
        let words: Vec<&str> = folded.split_whitespace().collect();
        Spelled::new(&conversation.numbers).figures(&words).unwrap_or_else(|| words.join(" "))
    }

    #[test]
    fn days_of_january_in_words_are_figures() {
        assert_eq!(read("what happened on the twentieth of January"), "what happened on the 20 january");
        assert_eq!(read("January the twentieth"), "january 20");
        assert_eq!(read("двадцатого января"), "20 января");
        assert_eq!(read("on beş yanvar fərmanı"), "15 yanvar fermani");
        assert_eq!(read("yanvarın iyirmisi"), "yanvarin 20");
        assert_eq!(read("on twenty first January"), "on 21 january");
    }

    #[test]
    fn years_in_words_are_figures() {
        assert_eq!(read("nineteen ninety or ninety one"), "1990 or ninety one");
        assert_eq!(
            read("в ночь на двадцатое января тысяча девятьсот девяностого года"),
            "в ночь на 20 января 1990 года"
        );
        assert_eq!(read("min doqquz yüz doxsanıncı il"), "1990 il");
        assert_eq!(read("two thousand twenty six"), "2026");
    }

    #[test]
    fn words_that_are_also_other_words_stay_words() {
        for text in ["on January 20", "one of the victims", "bir nəfər", "в пятницу 19 января", "first of all", "1 min"]
        {
            assert_eq!(read(text), fold(text).split_whitespace().collect::<Vec<_>>().join(" "), "{text}");
        }
    }
}
