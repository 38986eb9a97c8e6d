//! Things asked of the bot itself inside a longer message ("can you remind me at 11:55 so I don't
//! miss the silence?", «зажги свечу за погибших», "send me a photo of the eternal flame"): the
//! kind of small talk whose reply names the command that does it, told by its `within` phrases
//! anywhere in a message that asks nothing else (the caller tells that).

use serde::Deserialize;

use super::super::phrases::Phrases;
use super::Talk;
use crate::i18n::Lang;

/// Phrases by the language they tell: a kind's `within`, and the frame of a wish (`wishes`).
#[derive(Debug, Default, Deserialize)]
pub(super) struct Langs {
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub az: Vec<String>,
    #[serde(default)]
    pub ru: Vec<String>,
}

/// Every kind's `within` phrases in one list, and for each its kind and language.
#[derive(Debug, Default)]
pub(super) struct Requests {
    phrases: Phrases,
    of: Vec<(usize, Lang)>,
}

impl Requests {
    /// The phrases of each kind (by its index), without typos: "send" is one letter from "end".
    pub(super) fn new<'a>(kinds: impl Iterator<Item = (usize, &'a Langs)>) -> Self {
        let (mut texts, mut of) = (Vec::new(), Vec::new());
        for (kind, source) in kinds {
            for (lang, list) in [(Lang::En, &source.en), (Lang::Az, &source.az), (Lang::Ru, &source.ru)] {
                texts.extend(list.iter().cloned());
                of.extend(list.iter().map(|_| (kind, lang)));
            }
        }
        Requests { phrases: Phrases::exact(&texts), of }
    }

    /// The first request found in `words`, with the language its phrase tells.
    pub(super) fn find(&self, words: &[&str]) -> Option<(Talk, Option<Lang>)> {
        let (i, _) = (0..words.len()).find_map(|at| self.phrases.longest_at(words, at))?;
        let (kind, lang) = self.of[i];
        Some((Talk(kind as u8), Some(lang)))
    }
}
