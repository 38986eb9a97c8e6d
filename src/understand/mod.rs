//! Question understanding: free text in any of the three languages → topic, answer language and
//! confidence, or "out of scope" when the bot has no answer and must not guess.

pub mod normalize;
pub mod vocabulary;

use crate::i18n::{Lang, PerLang};
use crate::knowledge::TopicId;
pub use vocabulary::{Vocabulary, VocabularyError};

/// The slot name that vocabulary weights use for things the bot cannot answer.
pub const NONE_SLOT: &str = "none";

/// A question below this total weight is out of scope: one supporting word is not enough.
const MIN_SCORE: f32 = 2.0;

/// What the bot understood of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Understanding {
    /// The topic, `None` when out of scope.
    pub topic: Option<TopicId>,
    /// The language the question is written in, when it can be told.
    pub lang: Option<Lang>,
    /// 0..=1: how sure the match is.
    pub confidence: f32,
}

/// Matches questions to topics with the weighted vocabulary of data/vocabulary/.
#[derive(Debug)]
pub struct Understander {
    vocabulary: Vocabulary,
    topics: usize,
}

impl Understander {
    /// Builds the matcher for `topic_ids` (in `Knowledge` order) from vocabulary files.
    pub fn new(topic_ids: &[&str], files: &[(Lang, &str, &str)]) -> Result<Self, Vec<VocabularyError>> {
        let mut slots: Vec<&str> = topic_ids.to_vec();
        slots.push(NONE_SLOT);
        let vocabulary = Vocabulary::compile(files, &slots)?;
        Ok(Understander { vocabulary, topics: topic_ids.len() })
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The vocabulary terms a question matched, with their weights, for tuning (`ask --explain`).
    pub fn explain(&self, question: &str, slot_names: &[&str]) -> Vec<String> {
        let mut matched = Vec::new();
        let evidence = self.vocabulary.scan(&normalize::fold(question), &mut matched);
        self.drop_translations(&mut matched, detect_language(question, &evidence));
        matched
            .iter()
            .map(|&(t, _, _)| {
                let term = &self.vocabulary.terms[t as usize];
                let weights: Vec<String> = term
                    .weights
                    .iter()
                    .map(|&(slot, w)| format!("{}={w}", slot_names.get(slot).copied().unwrap_or(NONE_SLOT)))
                    .collect();
                format!("{}: {}", term.label, weights.join(" "))
            })
            .collect()
    }

    /// The same words can be in two languages' vocabularies ("Şəhidlər xiyabanı" is typed in
    /// English questions too): where terms of different languages matched exactly the same
    /// words, only those of the question's language count, so a name does not count twice.
    fn drop_translations(&self, matched: &mut Vec<(u32, u16, u16)>, lang: Option<Lang>) {
        let terms = &self.vocabulary.terms;
        let keep: Vec<bool> = matched
            .iter()
            .map(|&(term, start, len)| {
                let mine = terms[term as usize].lang;
                let rivals = matched
                    .iter()
                    .filter(|&&(t, s, l)| s == start && l == len && terms[t as usize].lang != mine)
                    .map(|&(t, _, _)| terms[t as usize].lang);
                let mut rivals = rivals.peekable();
                if rivals.peek().is_none() {
                    return true;
                }
                // Keep the question's language; with no verdict, the first language in file order.
                match lang {
                    Some(lang) if mine == lang => true,
                    Some(lang) if rivals.clone().any(|r| r == lang) => false,
                    _ => rivals.all(|r| r > mine),
                }
            })
            .collect();
        let mut i = 0;
        matched.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// Understands one question (already stripped of control characters).
    pub fn understand(&self, question: &str) -> Understanding {
        let folded = normalize::fold(question);
        let mut matched = Vec::new();
        let evidence = self.vocabulary.scan(&folded, &mut matched);
        let lang = detect_language(question, &evidence);
        self.drop_translations(&mut matched, lang);

        let mut scores = vec![0.0f32; self.topics + 1];
        for &(term, _, _) in &matched {
            for &(slot, weight) in &self.vocabulary.terms[term as usize].weights {
                scores[slot] += weight;
            }
        }
        let none = scores[self.topics];
        let (mut best, mut best_score, mut second) = (None, 0.0f32, 0.0f32);
        for (slot, &score) in scores[..self.topics].iter().enumerate() {
            if score > best_score {
                second = best_score;
                best_score = score;
                best = Some(slot);
            } else if score > second {
                second = score;
            }
        }
        if best_score < MIN_SCORE || none >= best_score {
            let doubt = best_score.max(0.0) / (best_score.max(0.0) + none.max(0.0) + MIN_SCORE);
            return Understanding { topic: None, lang, confidence: round2(1.0 - doubt) };
        }
        let strength = 1.0 - (-best_score / 2.5).exp();
        let margin = ((best_score - second) / best_score).clamp(0.0, 1.0);
        Understanding {
            topic: best.map(TopicId::from_index),
            lang,
            confidence: round2(strength * (0.55 + 0.45 * margin)),
        }
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// Tells the language of a question from its words and letters: function words count most (they
/// carry the grammar: "qara yanvar что значит" is a Russian question about an Azerbaijani name),
/// then recognised vocabulary, then the script (Cyrillic words, Azerbaijani letters).
/// `None` when nothing tells, or two languages tie (a bare place name, emoji, a number).
pub fn detect_language(text: &str, evidence: &vocabulary::Evidence) -> Option<Lang> {
    let mut azeri = 0u32;
    let mut cyrillic_words = 0u32;
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}')) {
            cyrillic_words += 1;
        }
        for c in word.chars() {
            azeri += match c {
                'ə' | 'Ə' | 'ğ' | 'Ğ' | 'ı' | 'İ' | 'ş' | 'Ş' => 2,
                'ç' | 'Ç' | 'ö' | 'Ö' | 'ü' | 'Ü' => 1,
                _ => 0,
            };
        }
    }
    let scores = PerLang::new(|lang| {
        let script = match lang {
            Lang::Az => azeri.min(6),
            Lang::Ru => cyrillic_words * 2,
            Lang::En => 0,
        };
        evidence.markers[lang] * 3 + evidence.words[lang] + script
    });
    let best = scores.iter().map(|(_, &s)| s).max()?;
    if best == 0 || scores.iter().filter(|&(_, &s)| s == best).count() > 1 {
        return None;
    }
    scores.iter().find(|&(_, &s)| s == best).map(|(l, _)| l)
}
