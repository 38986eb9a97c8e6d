//! The learned layer of understanding: a linear classifier over hashed character n-grams and
//! words of a question's common Latin form (`translit`). It gives a probability for each topic
//! and for "none" (out of scope), and one for each of the three languages. Trained by
//! `january20-bot train` on the project's labelled questions (`training`), stored in
//! data/model/understanding.bin and embedded in the binary.

mod rows;

use std::borrow::Cow;

use super::normalize::tokens;
use super::translit;
use crate::i18n::{Lang, PerLang};

/// Feature buckets: enough that the n-grams of a few thousand questions rarely share one.
pub const BUCKETS: usize = 1 << 16;

/// Version 2 stores the weights as `Model::rows` are laid out in memory, so that the embedded
/// model is read where it lies instead of being copied and rearranged at every start.
const MAGIC: &[u8; 8] = b"J20MODL2";

/// The most classes a head may have (topics and "none"); checked when a model is read.
const MAX_CLASSES: usize = 128;

/// A problem with a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("data/model/understanding.bin: {0}")]
    Format(String),
    #[error("data/model/understanding.bin was trained for other topics ({0}); run `january20-bot train`")]
    Topics(String),
}

/// One layer's classes: a scale and a bias per class (its byte weights are in `Model::rows`).
#[derive(Debug, Clone)]
struct Head {
    classes: usize,
    scale: Vec<f32>,
    bias: Vec<f32>,
}

impl Head {
    /// The scores of the classes from the sums of their byte weights over the features.
    fn finish(&self, sums: &[i32], x: f32) -> Vec<f32> {
        let mut scores = vec![0.0; sums.len()];
        self.finish_into(sums, x, &mut scores);
        scores
    }

    /// `finish` into `scores` (one per class): the three languages' on the stack, not in a list.
    fn finish_into(&self, sums: &[i32], x: f32, scores: &mut [f32]) {
        for (c, (score, &s)) in scores.iter_mut().zip(sums).enumerate() {
            *score = self.bias[c] + self.scale[c] * s as f32 * x;
        }
    }
}

/// What the model makes of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// A probability per topic slot, in `Knowledge::topics` order, then "none".
    pub topics: Vec<f32>,
    pub langs: PerLang<f32>,
}

/// The trained classifier.
#[derive(Debug, Clone)]
pub struct Model {
    names: Vec<String>,
    topic: Head,
    lang: Head,
    /// Both heads' byte weights (signed) of each feature side by side, so that a question's
    /// features are looked up once (one cache line each) rather than once per head. Borrowed
    /// from the binary when the model is the embedded one.
    rows: Cow<'static, [u8]>,
}

impl Model {
    pub fn predict(&self, folded: &str) -> Prediction {
        let features = feature_set(folded);
        let (t, l) = (self.topic.classes, self.lang.classes);
        let mut sums = [0i32; MAX_CLASSES + 3];
        let sums = &mut sums[..t + l];
        rows::add(&self.rows, &features, sums);
        let x = 1.0 / (features.len().max(1) as f32).sqrt();
        let mut topics = self.topic.finish(&sums[..t], x);
        softmax_fast(&mut topics);
        let mut langs = [0.0; 3];
        self.lang.finish_into(&sums[t..], x, &mut langs);
        softmax_fast(&mut langs);
        Prediction { topics, langs: PerLang::new(|lang| langs[Lang::ALL.iter().position(|&x| x == lang).unwrap_or(0)]) }
    }

    /// Builds a model from trained weights (`training`), quantising them to bytes.
    pub fn from_weights(names: Vec<String>, topic: (&[f32], &[f32]), lang: (&[f32], &[f32])) -> Model {
        Model::new(names, quantise(topic.1.len(), topic.0, topic.1), quantise(3, lang.0, lang.1))
    }

    /// Lays two heads' weights (bucket-major, one byte per class) out as `rows`.
    fn new(
        names: Vec<String>,
        (topic, topic_weights): (Head, Vec<i8>),
        (lang, lang_weights): (Head, Vec<i8>),
    ) -> Model {
        let mut rows = Vec::with_capacity(BUCKETS * (topic.classes + lang.classes));
        for f in 0..BUCKETS {
            rows.extend(topic_weights[f * topic.classes..(f + 1) * topic.classes].iter().map(|&w| w as u8));
            rows.extend(lang_weights[f * lang.classes..(f + 1) * lang.classes].iter().map(|&w| w as u8));
        }
        Model { names, topic, lang, rows: Cow::Owned(rows) }
    }

    /// Checks that the model was trained for these topic slots (topics, then "none").
    pub fn check_names(&self, slots: &[&str]) -> Result<(), ModelError> {
        if self.names.iter().map(String::as_str).eq(slots.iter().copied()) {
            Ok(())
        } else {
            Err(ModelError::Topics(self.names.join(", ")))
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((BUCKETS as u32).to_le_bytes());
        out.extend((self.names.len() as u32).to_le_bytes());
        for name in &self.names {
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(name.as_bytes());
        }
        for head in [&self.topic, &self.lang] {
            out.extend((head.classes as u32).to_le_bytes());
            for v in head.scale.iter().chain(&head.bias) {
                out.extend(v.to_le_bytes());
            }
        }
        out.extend(self.rows.iter());
        out
    }

    /// Reads a model file, copying its weights.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let (model, rows) = Self::parse(bytes)?;
        Ok(Model { rows: Cow::Owned(rows.to_vec()), ..model })
    }

    /// Reads a model embedded in the binary, borrowing its weights where they lie.
    pub fn from_static(bytes: &'static [u8]) -> Result<Model, ModelError> {
        let (model, rows) = Self::parse(bytes)?;
        Ok(Model { rows: Cow::Borrowed(rows), ..model })
    }

    /// The model of a file with no weights yet, and the file's weights.
    fn parse(bytes: &[u8]) -> Result<(Model, &[u8]), ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::Format("not a model file of this version (bad magic)".into()));
        }
        if r.u32()? as usize != BUCKETS {
            return Err(ModelError::Format("trained with another number of buckets".into()));
        }
        let count = r.u32()? as usize;
        let mut names = Vec::with_capacity(count);
        for _ in 0..count {
            let len = u16::from_le_bytes(r.take(2)?.try_into().expect("2 bytes")) as usize;
            names.push(String::from_utf8(r.take(len)?.to_vec()).map_err(|_| ModelError::Format("bad name".into()))?);
        }
        let topic = r.head()?;
        let lang = r.head()?;
        if topic.classes != names.len() || topic.classes > MAX_CLASSES || lang.classes != 3 {
            return Err(ModelError::Format("inconsistent sizes".into()));
        }
        let rows = r.take(BUCKETS * (topic.classes + lang.classes))?;
        if r.at != bytes.len() {
            return Err(ModelError::Format("inconsistent sizes".into()));
        }
        Ok((Model { names, topic, lang, rows: Cow::Borrowed(&[]) }, rows))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let slice = self.bytes.get(self.at..self.at + n).ok_or_else(|| ModelError::Format("truncated".into()))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    /// A head's classes, scales and biases.
    fn head(&mut self) -> Result<Head, ModelError> {
        let classes = self.u32()? as usize;
        let mut floats = Vec::with_capacity(classes * 2);
        for _ in 0..classes * 2 {
            floats.push(f32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")));
        }
        let bias = floats.split_off(classes);
        Ok(Head { classes, scale: floats, bias })
    }
}

fn quantise(classes: usize, weights: &[f32], bias: &[f32]) -> (Head, Vec<i8>) {
    let mut scale = vec![0f32; classes];
    for row in weights.chunks(classes) {
        for (s, &w) in scale.iter_mut().zip(row) {
            *s = s.max(w.abs());
        }
    }
    for s in &mut scale {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    let quantised = weights
        .chunks(classes)
        .flat_map(|row| row.iter().zip(&scale).map(|(&w, &s)| (w / s).round().clamp(-127.0, 127.0) as i8))
        .collect();
    (Head { classes, scale, bias: bias.to_vec() }, quantised)
}

/// Probabilities from scores, with the standard library's `exp`: what training learns with.
pub(crate) fn softmax(v: &mut [f32]) {
    softmax_with(v, f32::exp);
}

/// `softmax` for a prediction: every question takes the exponential of every class's score, and
/// one call to the library for each was 3.5% of an answer; `exp_below_zero` takes them
/// four or eight at a time and differs from it by a few units in the last place at most.
fn softmax_fast(v: &mut [f32]) {
    softmax_with(v, exp_below_zero);
}

fn softmax_with(v: &mut [f32], exp: impl Fn(f32) -> f32) {
    let max = v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    for x in v.iter_mut() {
        *x = exp(*x - max);
    }
    let sum: f32 = v.iter().sum();
    for x in v.iter_mut() {
        *x /= sum;
    }
}

/// e^x for x ≤ 0 (a score less the highest), without a branch or a call, so that a loop of them
/// is vectorised: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its polynomial (Cephes' `expf`),
/// times 2^n put straight into the exponent's bits. Below −87 it is about 10^−38, as good as 0.
#[inline(always)]
fn exp_below_zero(x: f32) -> f32 {
    // Adding and taking away 1.5 · 2^23 rounds to the nearest whole number (floor is a call
    // without SSE4.1).
    const ROUND: f32 = 12_582_912.0;
    let x = x.clamp(-87.0, 0.0);
    let n = (x * std::f32::consts::LOG2_E + ROUND) - ROUND;
    let r = x - n * 0.693_359_4 - n * -2.121_944_4e-4;
    let p = 1.987_569_1e-4_f32;
    let p = p * r + 1.398_199_9e-3;
    let p = p * r + 8.333_452e-3;
    let p = p * r + 4.166_579_6e-2;
    let p = p * r + 1.666_666_5e-1;
    let p = p * r + 0.5;
    let e = p * r * r + r + 1.0;
    e * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

/// FNV-1a, seeded by the kind of feature so that a word and an n-gram of the same letters differ.
fn hash(kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ u32::from(kind);
    for part in parts {
        for &b in *part {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0193);
    }
    h % BUCKETS as u32
}

/// The features of a folded question, sorted: training adds their weights up in this order.
pub fn features(folded: &str) -> Vec<u32> {
    let mut features = feature_set(folded);
    features.sort_unstable();
    features
}

/// The features of a folded question: its words, its word pairs, and the character 3- to
/// 5-grams of each word (with its edges marked), all on the common Latin form. Each once, in
/// the order first met: a prediction's integer sums do not depend on the order, and sorting
/// them cost more than finding them.
fn feature_set(folded: &str) -> Vec<u32> {
    let latin = translit::latin(folded);
    SEEN.with_borrow_mut(|seen| {
        let mut set = FeatureSet { seen, list: Vec::with_capacity(latin.len() * 4) };
        let mut padded: Vec<u8> = Vec::with_capacity(64);
        // Only for words left with other letters than ASCII: allocated on the first of them.
        let mut starts: Vec<usize> = Vec::new();
        let mut previous: Option<&str> = None;
        for word in tokens(&latin) {
            set.add(hash(1, &[word.as_bytes()]));
            if let Some(previous) = previous {
                set.add(hash(9, &[previous.as_bytes(), word.as_bytes()]));
            }
            previous = Some(word);
            padded.clear();
            padded.push(b'<');
            padded.extend(word.as_bytes());
            padded.push(b'>');
            if padded.is_ascii() {
                set.add_grams::<3>(&padded);
                set.add_grams::<4>(&padded);
                set.add_grams::<5>(&padded);
                continue;
            }
            // n-grams of characters, not bytes: a Cyrillic letter left untransliterated, or an
            // emoji, is one unit.
            starts.clear();
            starts.extend((0..padded.len()).filter(|&i| (padded[i] & 0xC0) != 0x80));
            starts.push(padded.len());
            for n in 3..=5 {
                for w in starts.windows(n + 1) {
                    set.add(hash(n as u8, &[&padded[w[0]..w[n]]]));
                }
            }
        }
        set.finish()
    })
}

thread_local! {
    /// A bit per feature bucket, all clear between questions: kept rather than made anew, as
    /// clearing 8 KiB for every question cost nearly as much as finding its features.
    static SEEN: std::cell::RefCell<Vec<u64>> = std::cell::RefCell::new(vec![0; BUCKETS / 64]);
}

/// The features of a question met so far, with `SEEN` saying which are listed already.
struct FeatureSet<'a> {
    seen: &'a mut [u64],
    list: Vec<u32>,
}

impl FeatureSet<'_> {
    fn add(&mut self, feature: u32) {
        let (word, bit) = (feature as usize / 64, 1u64 << (feature % 64));
        if self.seen[word] & bit == 0 {
            self.seen[word] |= bit;
            self.list.push(feature);
        }
    }

    /// The `N`-grams of a word of ASCII letters with its edges marked (nearly every word, once
    /// transliterated): each letter a byte, they are the windows of `N` bytes, hashed with `N`
    /// known to the compiler.
    fn add_grams<const N: usize>(&mut self, padded: &[u8]) {
        for gram in padded.windows(N) {
            let gram: &[u8; N] = gram.try_into().expect("N bytes");
            self.add(hash(N as u8, &[&gram[..]]));
        }
    }

    /// The list, with `SEEN` cleared for the next question (every bit set is a listed feature's).
    fn finish(self) -> Vec<u32> {
        for &feature in &self.list {
            self.seen[feature as usize / 64] = 0;
        }
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_exponential_is_the_librarys_within_a_few_units_in_the_last_place() {
        for i in 0..=174_000 {
            let x = -(i as f32) / 2_000.0;
            let (fast, exact) = (exp_below_zero(x), x.exp());
            assert!((fast - exact).abs() <= exact * 4.0 * f32::EPSILON, "{x}: {fast} against {exact}");
        }
        // Below −87 (where it stops), as good as nothing beside the highest score's 1.
        assert!(exp_below_zero(-1_000.0) < 1e-37);
    }
}
