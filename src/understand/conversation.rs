//! What people type around their questions (data/conversation.toml): small talk, the event's own
//! names typed alone, and the word lists that premises and follow-ups are told by.

use serde::Deserialize;

use super::normalize::{fold, tokens};
use super::vocabulary::{FUZZY_MIN_CHARS, within_one_edit};
use crate::i18n::Lang;

/// The conversation data compiled into the binary.
pub const CONVERSATION_TOML: &str = include_str!("../../data/conversation.toml");

/// A kind of small talk, by its index in data/conversation.toml (its id names the reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Talk(pub u8);

/// A phrase of folded words; a word ending in `*` matches any word starting with it.
#[derive(Debug, Clone)]
pub struct Phrase(Vec<String>);

impl Phrase {
    fn new(text: &str) -> Self {
        let star = text.trim_end().ends_with('*');
        let mut words: Vec<String> = tokens(&fold(text)).map(String::from).collect();
        if star && let Some(last) = words.last_mut() {
            last.push('*');
        }
        Phrase(words)
    }

    /// How many words of `words` it matches from `at`, if it does.
    pub fn matches_at(&self, words: &[&str], at: usize) -> Option<usize> {
        let n = self.0.len();
        if n == 0 || at + n > words.len() {
            return None;
        }
        self.0.iter().zip(&words[at..]).all(|(p, w)| word_matches(p, w)).then_some(n)
    }

    /// Whether it occurs anywhere in `words`.
    pub fn occurs_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|i| self.matches_at(words, i).is_some())
    }
}

/// A word matches a pattern exactly, by its stem, or (five letters or more) with one typo;
/// letters held down ("heyyy", "salaaam") count once.
fn word_matches(pattern: &str, word: &str) -> bool {
    let squeezed;
    let word = if has_run(word) {
        squeezed = squeeze(word);
        squeezed.as_str()
    } else {
        word
    };
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None if pattern == word => true,
        None => {
            let (p, w): (Vec<char>, Vec<char>) = (pattern.chars().collect(), word.chars().collect());
            p.len() >= FUZZY_MIN_CHARS && w.len() >= FUZZY_MIN_CHARS && within_one_edit(&p, &w)
        }
    }
}

/// Whether a word has a letter three times or more in a row.
fn has_run(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(3).any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_alphabetic())
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

/// Phrases read from a list of strings.
pub fn phrases(list: &[String]) -> Vec<Phrase> {
    list.iter().map(|s| Phrase::new(s)).filter(|p| !p.0.is_empty()).collect()
}

/// The longest of `list` matching at `at`.
pub fn longest_at(list: &[Phrase], words: &[&str], at: usize) -> Option<usize> {
    list.iter().filter_map(|p| p.matches_at(words, at)).max()
}

#[derive(Debug, Deserialize)]
struct TalkSource {
    id: String,
    #[serde(default)]
    suggest: Vec<String>,
    #[serde(default)]
    any: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    az: Vec<String>,
    #[serde(default)]
    ru: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Words {
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct EventNameSource {
    core: Vec<String>,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct MonthSource {
    pub number: u32,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct PremiseSource {
    pub names: Vec<String>,
    pub anchors: Vec<String>,
    pub places: Vec<String>,
    pub comparatives: Vec<String>,
    pub approximations: Vec<String>,
    pub millions: Vec<String>,
    pub thousands: Vec<String>,
    pub counted: Vec<String>,
    pub month: Vec<MonthSource>,
}

#[derive(Debug, Deserialize)]
pub(super) struct FollowupSource {
    pub max_words: usize,
    pub questions: Vec<String>,
    pub continuations: Vec<String>,
    pub more: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ChoiceSource {
    yes: Vec<String>,
    cancel: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Source {
    choice: ChoiceSource,
    talk: Vec<TalkSource>,
    filler: Words,
    event_name: EventNameSource,
    premise: PremiseSource,
    followup: FollowupSource,
}

/// One kind of small talk: its phrases, each with the language it tells (`None`: any).
#[derive(Debug)]
pub struct TalkKind {
    pub id: String,
    /// Topic ids suggested under the reply (checked against the topics by `check`).
    pub suggest: Vec<String>,
    phrases: Vec<(Phrase, Option<Lang>)>,
}

/// The conversation data, compiled.
#[derive(Debug)]
pub struct Conversation {
    pub talks: Vec<TalkKind>,
    filler: Vec<Phrase>,
    name_core: Vec<Phrase>,
    name_words: Vec<Phrase>,
    yes: Vec<Phrase>,
    cancel: Vec<Phrase>,
    pub(super) premise: PremiseSource,
    pub(super) followup: FollowupSource,
}

/// A problem in data/conversation.toml.
#[derive(Debug, thiserror::Error)]
#[error("data/conversation.toml: {0}")]
pub struct ConversationError(String);

impl Conversation {
    pub fn embedded() -> Result<Self, ConversationError> {
        Self::parse(CONVERSATION_TOML)
    }

    pub fn parse(text: &str) -> Result<Self, ConversationError> {
        let source: Source = toml::from_str(text).map_err(|e| ConversationError(e.to_string()))?;
        let talks = source
            .talk
            .into_iter()
            .map(|t| {
                let mut phrases = Vec::new();
                for (list, lang) in
                    [(&t.any, None), (&t.en, Some(Lang::En)), (&t.az, Some(Lang::Az)), (&t.ru, Some(Lang::Ru))]
                {
                    phrases.extend(self::phrases(list).into_iter().map(|p| (p, lang)));
                }
                TalkKind { id: t.id, suggest: t.suggest, phrases }
            })
            .collect();
        Ok(Conversation {
            talks,
            filler: phrases(&source.filler.words),
            name_core: phrases(&source.event_name.core),
            name_words: phrases(&source.event_name.words),
            yes: phrases(&source.choice.yes),
            cancel: phrases(&source.choice.cancel),
            premise: source.premise,
            followup: source.followup,
        })
    }

    /// The small talk a message is made of, with the language its words tell (`None`: any),
    /// when nothing else is in it. A message of no words at all ("👍", "?") is an acknowledgement.
    pub fn small_talk(&self, folded: &str) -> Option<(Talk, Option<Lang>)> {
        let words: Vec<&str> = tokens(folded).collect();
        let ack = self.talks.iter().position(|t| t.id == "ack")?;
        if words.is_empty() {
            return Some((Talk(ack as u8), None));
        }
        let mut found: Option<(usize, Option<Lang>)> = None;
        let mut at = 0;
        while at < words.len() {
            let words = &words;
            let talk = self.talks.iter().enumerate().flat_map(|(k, t)| {
                t.phrases.iter().filter_map(move |(p, lang)| p.matches_at(words, at).map(|n| (n, k, *lang)))
            });
            match talk.max_by_key(|&(n, k, _)| (n, usize::MAX - k)) {
                Some((n, k, lang)) => {
                    found = Some(match found {
                        Some((best, best_lang)) if best <= k => (best, best_lang.or(lang)),
                        _ => (k, lang),
                    });
                    at += n;
                }
                None => at += longest_at(&self.filler, words, at)?,
            }
        }
        found.map(|(k, lang)| (Talk(k as u8), lang))
    }

    /// Whether a message is only the event's name or date ("Black January", «20 января»).
    pub fn names_the_event(&self, folded: &str) -> bool {
        let words: Vec<&str> = tokens(folded).collect();
        let core = words.iter().enumerate().any(|(i, _)| longest_at(&self.name_core, &words, i).is_some());
        let mut at = 0;
        while at < words.len() {
            let n = longest_at(&self.name_core, &words, at).or_else(|| longest_at(&self.name_words, &words, at));
            match n {
                Some(n) => at += n,
                None => return false,
            }
        }
        core
    }

    /// Which of `offered` choices a message picks, if it is only a choice: "yes" takes the first,
    /// a number its place in the list.
    pub fn choice(&self, folded: &str, offered: usize) -> Option<usize> {
        let words: Vec<&str> = tokens(folded).collect();
        if let [number] = words.as_slice()
            && let Ok(n) = number.parse::<usize>()
        {
            return (1..=offered).contains(&n).then(|| n - 1);
        }
        let yes = longest_at(&self.yes, &words, 0).is_some_and(|n| n == words.len());
        (offered > 0 && yes).then_some(0)
    }

    /// Whether a message only cancels ("cancel", "ləğv et", «отмена»).
    pub fn cancels(&self, folded: &str) -> bool {
        let words: Vec<&str> = tokens(folded).collect();
        !words.is_empty() && longest_at(&self.cancel, &words, 0) == Some(words.len())
    }

    pub fn talk_id(&self, talk: Talk) -> &str {
        &self.talks[talk.0 as usize].id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(c: &Conversation, text: &str) -> Option<(String, Option<Lang>)> {
        c.small_talk(&fold(text)).map(|(t, l)| (c.talk_id(t).to_string(), l))
    }

    #[test]
    fn small_talk_is_told_apart_from_questions() {
        let c = Conversation::embedded().unwrap();
        assert_eq!(talk(&c, "Hello!"), Some(("greeting".into(), Some(Lang::En))));
        assert_eq!(talk(&c, "çox sağ olun"), Some(("thanks".into(), Some(Lang::Az))));
        assert_eq!(talk(&c, "Спасибо большое!"), Some(("thanks".into(), Some(Lang::Ru))));
        assert_eq!(talk(&c, "spasibo"), Some(("thanks".into(), Some(Lang::Ru))));
        assert_eq!(talk(&c, "salam"), Some(("greeting".into(), None)));
        assert_eq!(talk(&c, "hi, who are you?"), Some(("who".into(), Some(Lang::En))));
        assert_eq!(talk(&c, "👍"), Some(("ack".into(), None)));
        assert_eq!(talk(&c, "heyyy"), Some(("greeting".into(), Some(Lang::En))));
        assert_eq!(talk(&c, "tesekkurler"), talk(&c, "təşəkkürlər"));
        assert_eq!(talk(&c, "hello, how many were killed?"), None);
        assert_eq!(talk(&c, "salam 20 yanvar haqqinda danis"), None);
    }

    #[test]
    fn the_events_name_alone_is_told() {
        let c = Conversation::embedded().unwrap();
        for text in [
            "Black January",
            "20 января",
            "Qara Yanvar",
            "20 Yanvar faciəsi",
            "«Чёрный январь»",
            "January 1990",
            "20 January",
            "qara yanvar",
            "Black Janaury",
            "20 yanvar 1990-ci il",
        ] {
            assert!(c.names_the_event(&fold(text)), "{text}");
        }
        for text in ["how many were killed in January", "black", "1990", "what is the weather in january"] {
            assert!(!c.names_the_event(&fold(text)), "{text}");
        }
    }
}
