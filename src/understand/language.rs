//! The language a question is written in, as its words and letters tell it.

use super::{FEW_WORDS, normalize, vocabulary};
use crate::i18n::{Lang, PerLang};

/// Tells the language of a question from its words and letters: function words count most (they
/// carry the grammar: "qara yanvar что значит" is a Russian question about an Azerbaijani name),
/// then recognised vocabulary, then the script (Cyrillic words, Azerbaijani letters).
/// `None` when nothing tells, or two languages tie (a bare place name, emoji, a number).
pub fn detect_language(text: &str, evidence: &vocabulary::Evidence) -> Option<Lang> {
    let Script { azeri, cyrillic_words, words: count } = Script::of(text);
    let scores = PerLang::new(|lang| {
        let script = match lang {
            Lang::Az => azeri.min(6),
            Lang::Ru => cyrillic_words * 2,
            Lang::En => 0,
        };
        evidence.markers[lang] * 3 + evidence.words[lang] + script
    });
    // One or two Latin words, no function word or letter of a language ("Flame Towers"): nothing tells.
    let markers: u32 = Lang::ALL.iter().map(|&l| evidence.markers[l]).sum();
    if count < FEW_WORDS && markers == 0 && azeri == 0 && cyrillic_words == 0 {
        return None;
    }
    let best = scores.iter().map(|(_, &s)| s).max()?;
    if best == 0 || scores.iter().filter(|&(_, &s)| s == best).count() > 1 {
        return None;
    }
    scores.iter().find(|&(_, &s)| s == best).map(|(l, _)| l)
}

/// What the letters of a text say: its Azerbaijani letters (weighed), its words (runs of word
/// characters) and how many of those have a Cyrillic letter.
#[derive(Default)]
struct Script {
    azeri: u32,
    cyrillic_words: u32,
    words: usize,
}

impl Script {
    /// Read in one pass over the characters (splitting the text into words first cost twice that).
    fn of(text: &str) -> Script {
        let mut script = Script::default();
        let (mut in_word, mut cyrillic, mut azeri_cyrillic) = (false, false, false);
        for c in text.chars() {
            if !normalize::is_word_char(c) {
                script.end_word(in_word, cyrillic);
                (in_word, cyrillic) = (false, false);
                continue;
            }
            in_word = true;
            let cyrillic_letter = matches!(c, '\u{0400}'..='\u{04FF}');
            cyrillic |= cyrillic_letter;
            azeri_cyrillic |= cyrillic_letter && normalize::is_azerbaijani_cyrillic(c);
            script.azeri += match c {
                'ə' | 'Ə' | 'ğ' | 'Ğ' | 'ı' | 'İ' | 'ş' | 'Ş' => 2,
                'ç' | 'Ç' | 'ö' | 'Ö' | 'ü' | 'Ü' => 1,
                _ => 0,
            };
        }
        script.end_word(in_word, cyrillic);
        // Azerbaijani in its Cyrillic alphabet: its Cyrillic words are not Russian.
        if azeri_cyrillic {
            script.azeri += 2 * script.cyrillic_words;
            script.cyrillic_words = 0;
        }
        script
    }

    fn end_word(&mut self, in_word: bool, cyrillic: bool) {
        if in_word {
            self.words += 1;
            self.cyrillic_words += u32::from(cyrillic);
        }
    }
}
