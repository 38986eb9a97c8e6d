//! Training the learned layer: the labelled question sets of tests/questions/ (one format:
//! `lang<TAB>topic<TAB>question`), plus the vocabulary's strongest phrases as short examples, fed
//! to a deterministic stochastic-gradient fit. Same inputs, same model, bit for bit: the order is
//! shuffled by a fixed seed and the arithmetic runs on one thread.

use std::collections::HashMap;

use serde::Deserialize;

use super::model::{BUCKETS, Model, features, softmax};
use super::normalize::fold;
use crate::i18n::Lang;

/// One labelled question.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub lang: Lang,
    /// A topic id, or "none" (conversation sets also `smalltalk` and `no:<topic>`).
    pub label: String,
    pub question: String,
    /// In conversation sets: the question asked just before in the same chat, if any.
    pub before: Option<String>,
}

/// Reads a question set; the error names the line that is wrong.
pub fn read_set(name: &str, text: &str) -> Result<Vec<Labelled>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let mut parts = line.splitn(4, '\t');
        let (Some(lang), Some(label), Some(question)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("{name}:{}: expected lang<TAB>topic<TAB>question", i + 1));
        };
        let lang = Lang::from_code(lang).ok_or_else(|| format!("{name}:{}: unknown language `{lang}`", i + 1))?;
        let before = parts.next().map(str::trim).filter(|b| !b.is_empty()).map(String::from);
        out.push(Labelled { lang, label: label.to_string(), question: question.to_string(), before });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct VocabularyFile {
    #[serde(default)]
    term: Vec<VocabularyTerm>,
}

#[derive(Deserialize)]
struct VocabularyTerm {
    #[serde(rename = "match")]
    alternatives: Vec<String>,
    topics: HashMap<String, f32>,
}

/// The vocabulary's phrases that name a topic by themselves (weight 2 or more, and nothing
/// against it), as short labelled examples: they teach the model words no question set has.
pub fn vocabulary_examples(files: &[(Lang, &str, &str)]) -> Vec<Labelled> {
    let mut out = Vec::new();
    for &(lang, _, source) in files {
        let Ok(file) = toml::from_str::<VocabularyFile>(source) else { continue };
        for term in file.term {
            let strong: Vec<(&String, f32)> =
                term.topics.iter().map(|(t, &w)| (t, w)).filter(|&(_, w)| w >= 2.0).collect();
            if strong.len() != 1 || term.topics.values().any(|&w| w < 0.0) {
                continue;
            }
            for alternative in &term.alternatives {
                let question = alternative.trim_start_matches('^').replace('*', "");
                out.push(Labelled { lang, label: strong[0].0.clone(), question, before: None });
            }
        }
    }
    out
}

/// How a model is fitted.
#[derive(Debug, Clone)]
pub struct Settings {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { epochs: 30, learning_rate: 0.6, l2: 1e-5, seed: 0x2001_1990 }
    }
}

struct Dense {
    classes: usize,
    weights: Vec<f32>,
    bias: Vec<f32>,
}

impl Dense {
    fn new(classes: usize) -> Self {
        Dense { classes, weights: vec![0.0; BUCKETS * classes], bias: vec![0.0; classes] }
    }

    /// One gradient step on one example.
    fn step(&mut self, features: &[u32], label: usize, lr: f32, l2: f32, scratch: &mut Vec<f32>) {
        let x = 1.0 / (features.len().max(1) as f32).sqrt();
        scratch.clear();
        scratch.extend_from_slice(&self.bias);
        for &f in features {
            let row = &self.weights[f as usize * self.classes..(f as usize + 1) * self.classes];
            for (s, &w) in scratch.iter_mut().zip(row) {
                *s += w * x;
            }
        }
        softmax(scratch);
        scratch[label] -= 1.0;
        for (b, &g) in self.bias.iter_mut().zip(scratch.iter()) {
            *b -= lr * g;
        }
        for &f in features {
            let row = &mut self.weights[f as usize * self.classes..(f as usize + 1) * self.classes];
            for (w, &g) in row.iter_mut().zip(scratch.iter()) {
                *w -= lr * (g * x + l2 * *w);
            }
        }
    }
}

/// Fits a model to `examples`; `slots` are the topic ids in `Knowledge` order, then "none".
/// Examples with a label that is not a slot are an error.
pub fn train(examples: &[Labelled], slots: &[&str], settings: &Settings) -> Result<Model, String> {
    let mut prepared = Vec::with_capacity(examples.len());
    for example in examples {
        let label = slots
            .iter()
            .position(|s| *s == example.label)
            .ok_or_else(|| format!("unknown topic `{}` in {:?}", example.label, example.question))?;
        let lang = Lang::ALL.iter().position(|&l| l == example.lang).expect("a language");
        prepared.push((features(&fold(&example.question)), label, lang));
    }
    let mut topic = Dense::new(slots.len());
    let mut lang = Dense::new(3);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = settings.seed | 1;
    let mut scratch = Vec::new();
    for epoch in 0..settings.epochs {
        // Fisher–Yates with xorshift: the same order for the same seed on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let lr = settings.learning_rate / (1.0 + epoch as f32 * 0.2);
        for &i in &order {
            let (features, label, l) = &prepared[i];
            topic.step(features, *label, lr, settings.l2, &mut scratch);
            lang.step(features, *l, lr, settings.l2, &mut scratch);
        }
    }
    let names = slots.iter().map(|s| s.to_string()).collect();
    Ok(Model::from_weights(names, (&topic.weights, &topic.bias), (&lang.weights, &lang.bias)))
}

/// How one labelled question fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    /// Answered with its topic, or (out of scope) refused.
    Right,
    /// Offered as "did you mean": its topic among the choices, or (out of scope) no answer given.
    Offered,
    /// In scope, but neither answered nor offered.
    Missed,
    /// Answered with another topic, or an out-of-scope question answered: the worst outcome.
    Wrong,
}

/// Grades an outcome against a label (`topic_name` gives a topic's id). A label is a topic id,
/// `none` (no fact may be answered), `smalltalk`, or `no:<topic>` (a wrong premise that topic
/// sets right: answering the topic without the "No" is only offered).
#[cfg(feature = "testing")]
pub fn grade(label: &str, outcome: &super::Outcome, topic_name: impl Fn(crate::knowledge::TopicId) -> String) -> Grade {
    use super::Outcome;
    let is = |t: &crate::knowledge::TopicId, name: &str| topic_name(*t) == name;
    let offered = |name: &str| matches!(outcome, Outcome::DidYouMean(o) if o.iter().any(|t| is(t, name)));
    let told = outcome.told();
    if let Some(topic) = label.strip_prefix("no:") {
        return match (outcome, told) {
            (Outcome::Correction(..), Some(t)) if is(&t, topic) => Grade::Right,
            (Outcome::Answer(_) | Outcome::Consoled(..), Some(t)) if is(&t, topic) => Grade::Offered,
            (Outcome::More(_), _) => Grade::Missed,
            // A "Yes" to a wrong premise, or another topic, is wrong.
            (_, Some(_)) => Grade::Wrong,
            _ if offered(topic) => Grade::Offered,
            _ => Grade::Missed,
        };
    }
    match (label, outcome, told) {
        ("smalltalk", Outcome::SmallTalk(_), _) => Grade::Right,
        (super::NONE_SLOT, Outcome::OutOfScope | Outcome::NotInSources(_) | Outcome::SmallTalk(_), _) => Grade::Right,
        (super::NONE_SLOT, Outcome::DidYouMean(_), _) => Grade::Offered,
        (_, _, Some(t)) if is(&t, label) => Grade::Right,
        (_, _, Some(_)) => Grade::Wrong,
        _ if offered(label) => Grade::Offered,
        _ => Grade::Missed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::model::Model;

    #[test]
    fn training_is_reproducible_and_the_model_round_trips() {
        let set = "en\tcasualties\thow many were killed\nen\tnone\twhat is the weather\nru\tcasualties\tсколько погибло\n\
                   en\tdate\twhen did it happen\naz\tdate\tnə vaxt olub\nru\tnone\tкакая погода\n";
        let examples = read_set("test", set).unwrap();
        let slots = ["casualties", "date", "none"];
        let settings = Settings { epochs: 5, ..Settings::default() };
        let a = train(&examples, &slots, &settings).unwrap().to_bytes();
        let b = train(&examples, &slots, &settings).unwrap().to_bytes();
        assert_eq!(a, b, "the same inputs give the same model, bit for bit");
        let model = Model::from_bytes(&a).unwrap();
        assert_eq!(model.to_bytes(), a);
        let p = model.predict(&fold("skolko pogiblo"));
        assert!(p.topics[0] > p.topics[1], "transliterated Russian reads like Cyrillic: {p:?}");
        assert!(Model::from_bytes(&a[..a.len() - 1]).is_err(), "a truncated file is refused");
        assert!(read_set("x", "en\tnone").is_err() && read_set("x", "xx\tnone\tq").is_err());
    }
}
