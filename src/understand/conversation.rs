//! What people type around their questions (data/conversation.toml): small talk, the event's own
//! names typed alone, and the word lists that premises and follow-ups are told by.

use serde::Deserialize;

use super::followup::FollowupSource;
use super::phrases::{Phrases, words};
use super::premise::source::PremiseSource;
use super::spelled::NumberSource;
use crate::i18n::Lang;
pub use wishes::{Named, Wish};

mod requests;
mod wishes;

/// The conversation data compiled into the binary.
pub const CONVERSATION_TOML: &str = include_str!("../../data/conversation.toml");

/// A kind of small talk, by its index in data/conversation.toml (its id names the reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Talk(pub u8);

#[derive(Debug, Deserialize)]
struct TalkSource {
    id: String,
    #[serde(default)]
    suggest: Vec<String>,
    #[serde(default)]
    around_the_day: Option<AroundTheDay>,
    #[serde(default)]
    reply: Option<String>,
    #[serde(default)]
    opens_a_question: bool,
    #[serde(default)]
    any: Vec<String>,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    az: Vec<String>,
    #[serde(default)]
    ru: Vec<String>,
    #[serde(default)]
    within: requests::Langs,
}

#[derive(Debug, Deserialize)]
struct Words {
    words: Vec<String>,
    /// Words of their own that small talk with a typo would take ("tanks" is no "thanks").
    #[serde(default)]
    not_typos: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct EventNameSource {
    core: Vec<String>,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct LossSource {
    relatives: Vec<String>,
    own: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct StorySource {
    points_back: Vec<String>,
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
    loss: LossSource,
    story: StorySource,
    event_name: EventNameSource,
    premise: PremiseSource,
    followup: FollowupSource,
    today: TodaySource,
    wish: wishes::WishSource,
    numbers: NumberSource,
}

#[derive(Debug, Deserialize)]
struct TodaySource {
    asks: Vec<String>,
    #[serde(default)]
    time: Vec<String>,
    #[serde(default)]
    time_with: Vec<String>,
}

/// One kind of small talk, with the topics suggested under its reply.
#[derive(Debug)]
pub struct TalkKind {
    pub id: String,
    /// Topic ids suggested under the reply (checked against the topics by `check`).
    pub suggest: Vec<String>,
    /// Read as another kind in the days around 20 January.
    pub around_the_day: Option<AroundTheDay>,
    /// The id whose words it says (`talk-<reply>`): its own unless it says what another says.
    pub reply: String,
}

/// The days around 20 January (Baku's date) in which a kind of small talk reads as another: holiday
/// wishes then are wishes for the day of mourning.
#[derive(Debug, Clone, Deserialize)]
pub struct AroundTheDay {
    /// The kind it reads as (its id).
    #[serde(rename = "as")]
    pub talk: String,
    pub days_before: u8,
    pub days_after: u8,
}

/// The conversation data, compiled.
#[derive(Debug)]
pub struct Conversation {
    pub talks: Vec<TalkKind>,
    /// Every kind's phrases in one list, and for each phrase its kind and the language it tells.
    talk_phrases: Phrases,
    talk_of: Vec<(usize, Option<Lang>)>,
    /// The phrases of the kinds that may open a question (`opens_a_question`), without typos
    /// ("neçədən" is no "necəsən"), and the language each tells.
    openers: Phrases,
    opener_lang: Vec<Option<Lang>>,
    filler: Phrases,
    not_typos: Phrases,
    relatives: Phrases,
    /// A person's own wound, told whole ("i was wounded", "yaralandım"): matched without typos.
    own: Phrases,
    /// The words by which a question points back at a person or a place of the story before it
    /// ("was he …", «что там …»).
    points_back: Phrases,
    name_core: Phrases,
    name_words: Phrases,
    yes: Phrases,
    cancel: Phrases,
    today: Phrases,
    time: Phrases,
    /// `time` and the words that may stand beside it ("now", "in Baku").
    time_all: Phrases,
    wishes: wishes::Wishes,
    requests: requests::Requests,
    pub(super) premise: PremiseSource,
    pub(super) followup: FollowupSource,
    pub(super) numbers: NumberSource,
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
        let (mut texts, mut talk_of, mut talks) = (Vec::new(), Vec::new(), Vec::new());
        let (mut openers, mut opener_lang) = (Vec::new(), Vec::new());
        let requests = requests::Requests::new(source.talk.iter().map(|t| &t.within).enumerate());
        for (k, mut t) in source.talk.into_iter().enumerate() {
            if t.id == "cancel" {
                t.any.extend(source.choice.cancel.iter().cloned());
            }
            for (list, lang) in [(t.any, None), (t.en, Some(Lang::En)), (t.az, Some(Lang::Az)), (t.ru, Some(Lang::Ru))]
            {
                talk_of.extend(list.iter().map(|_| (k, lang)));
                if t.opens_a_question {
                    opener_lang.extend(list.iter().map(|_| lang));
                    openers.extend(list.iter().cloned());
                }
                texts.extend(list);
            }
            let reply = t.reply.unwrap_or_else(|| t.id.clone());
            talks.push(TalkKind { id: t.id, suggest: t.suggest, around_the_day: t.around_the_day, reply });
        }
        let named = |id: &str| talks.iter().any(|k: &TalkKind| k.id == id);
        if let Some(around) = talks.iter().filter_map(|k| k.around_the_day.as_ref()).find(|a| !named(&a.talk)) {
            return Err(ConversationError(format!("around_the_day names no kind of small talk: {}", around.talk)));
        }
        let talk_phrases = Phrases::new(&texts);
        if talk_phrases.len() != talk_of.len() {
            return Err(ConversationError("a small-talk phrase has no words".into()));
        }
        Ok(Conversation {
            talks,
            talk_phrases,
            talk_of,
            openers: Phrases::exact(&openers),
            opener_lang,
            filler: Phrases::new(&source.filler.words),
            not_typos: Phrases::exact(&source.filler.not_typos),
            relatives: Phrases::new(&source.loss.relatives),
            own: Phrases::exact(&source.loss.own),
            points_back: Phrases::exact(&source.story.points_back),
            name_core: Phrases::new(&source.event_name.core),
            name_words: Phrases::new(&source.event_name.words),
            yes: Phrases::new(&source.choice.yes),
            cancel: Phrases::new(&source.choice.cancel),
            today: Phrases::new(&source.today.asks),
            time: Phrases::new(&source.today.time),
            time_all: Phrases::new(&[source.today.time.clone(), source.today.time_with.clone()].concat()),
            wishes: wishes::Wishes::new(&source.wish),
            requests,
            premise: source.premise,
            followup: source.followup,
            numbers: source.numbers,
        })
    }

    /// The small talk a message is made of, with the language its words tell (`None`: any),
    /// when nothing else is in it. A message of no words at all ("👍", "?") is an acknowledgement;
    /// of several kinds, the first in data/conversation.toml decides.
    pub fn small_talk(&self, folded: &str) -> Option<(Talk, Option<Lang>)> {
        let words = words(folded);
        self.small_talk_in(&words.iter().map(|w| w.as_ref()).collect::<Vec<&str>>())
    }

    /// `small_talk` of a message already split into its words (`phrases::words`).
    pub(super) fn small_talk_in(&self, words: &[&str]) -> Option<(Talk, Option<Lang>)> {
        if words.is_empty() {
            return self.talks.iter().position(|t| t.id == "ack").map(|k| (Talk(k as u8), None));
        }
        if let Some(loss) = self.own_loss(words) {
            return Some(loss);
        }
        let mut found: Option<(usize, Option<Lang>)> = None;
        let mut at = 0;
        while at < words.len() {
            // A word of a death or a wound tells a loss only with a relative (`own_loss`): alone,
            // "and injured?" asks for the figures.
            let talk = self
                .talk_phrases
                .longest_at(words, at)
                .filter(|&(i, _)| !self.needs_relative(Talk(self.talk_of[i].0 as u8)))
                .filter(|_| self.not_typos.longest_at(words, at).is_none());
            match talk {
                Some((i, n)) => {
                    let (k, lang) = self.talk_of[i];
                    found = Some(match found {
                        Some((best, best_lang)) if best <= k => (best, best_lang.or(lang)),
                        _ => (k, lang),
                    });
                    at += n;
                }
                None => at += self.filler.covers_at(words, at)?,
            }
        }
        found.map(|(k, lang)| (Talk(k as u8), lang))
    }

    /// A thing asked of the bot inside a longer message (`requests`), for a message that asks
    /// nothing else.
    pub(super) fn request_in(&self, words: &[&str]) -> Option<(Talk, Option<Lang>)> {
        self.requests.find(words)
    }

    /// How many words of small talk that may open a question ("hello!", "thanks, dear") the message
    /// starts with, when words follow them, and the language they tell.
    pub(super) fn opening_in(&self, words: &[&str]) -> Option<(usize, Option<Lang>)> {
        let (mut at, mut lang) = (0, None);
        while at < words.len() {
            if let Some((i, n)) = self.openers.longest_at(words, at) {
                lang = lang.or(self.opener_lang[i]);
                at += n;
            } else {
                match self.filler.covers_at(words, at).filter(|_| at > 0) {
                    Some(n) => at += n,
                    None => break,
                }
            }
        }
        (at > 0 && at < words.len()).then_some((at, lang))
    }

    /// A holiday wish that opens the message, whatever day it names (`wishes`).
    pub(super) fn wish_in(&self, words: &[&str], asks: bool) -> Option<Wish> {
        self.wishes.at_start(words, asks, |day| self.name_core.occur_in(day))
    }

    /// The kind of small talk a wish is: for 20 January, for no day, for a person's own day, or for
    /// another.
    pub(super) fn wish_talk(&self, named: Named) -> Option<Talk> {
        let id = match named {
            Named::TheDay => "holiday",
            Named::NoDay => "wishes",
            Named::Personal => "personal_wish",
            Named::Another => "other_holiday",
        };
        self.talks.iter().position(|t| t.id == id).map(|k| Talk(k as u8))
    }

    /// Whether a kind of small talk is told only with a relative (`loss`, `wounded`).
    pub(super) fn needs_relative(&self, talk: Talk) -> bool {
        matches!(self.talks[usize::from(talk.0)].id.as_str(), "loss" | "wounded")
    }

    /// A person's own loss or a relative wounded: a relative and a word of a death (`loss`), else
    /// of a wound (`wounded`), anywhere in the message, with the language that word tells.
    fn own_loss(&self, words: &[&str]) -> Option<(Talk, Option<Lang>)> {
        if !self.relatives.occur_in(words) && !self.own.occur_in(words) {
            return None;
        }
        let said: Vec<(usize, Option<Lang>)> =
            (0..words.len()).flat_map(|at| self.talk_phrases.all_at(words, at)).map(|(i, _)| self.talk_of[i]).collect();
        ["loss", "wounded"].into_iter().find_map(|id| {
            let kind = self.talks.iter().position(|t| t.id == id)?;
            said.iter().find(|&&(k, _)| k == kind).map(|&(k, lang)| (Talk(k as u8), lang))
        })
    }

    /// Whether a question points back at a person or a place of the story told before it (`story`).
    pub(super) fn points_back_in(&self, words: &[&str]) -> bool {
        self.points_back.occur_in(words)
    }

    /// Whether a message is only the event's name or date ("Black January", «20 января»).
    pub fn names_the_event(&self, folded: &str) -> bool {
        let words = words(folded);
        self.names_the_event_in(&words.iter().map(|w| w.as_ref()).collect::<Vec<&str>>())
    }

    /// `names_the_event` of a message already split into its words.
    pub(super) fn names_the_event_in(&self, words: &[&str]) -> bool {
        let mut at = 0;
        while at < words.len() {
            match self.name_core.covers_at(words, at).or_else(|| self.name_words.covers_at(words, at)) {
                Some(n) => at += n,
                None => return false,
            }
        }
        self.name_core.occur_in(words)
    }

    /// Which of `offered` choices a message picks, if it is only a choice: "yes" takes the first,
    /// a number its place in the list.
    pub fn choice(&self, folded: &str, offered: usize) -> Option<usize> {
        let words = words(folded);
        let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        if let [number] = words.as_slice()
            && let Ok(n) = number.parse::<usize>()
        {
            return (1..=offered).contains(&n).then(|| n - 1);
        }
        (offered > 0 && self.yes.cover_all(&words, 0)).then_some(0)
    }

    /// Whether a message asks what day it is today ("what's the date today?", «какое сегодня
    /// число?») or, in so many words, what time it is: the countdown answers it under the date.
    pub fn asks_today(&self, folded: &str) -> bool {
        let words = words(folded);
        self.asks_today_in(&words.iter().map(|w| w.as_ref()).collect::<Vec<&str>>())
    }

    /// `asks_today` of a message already split into its words.
    pub(super) fn asks_today_in(&self, words: &[&str]) -> bool {
        // The time only as the whole message: "what time is it in New York?" asks of elsewhere.
        self.today.occur_in(words) || self.time.occur_in(words) && self.time_all.cover_all(words, 0)
    }

    /// Whether a message only cancels ("cancel", "ləğv et", «отмена»).
    pub fn cancels(&self, folded: &str) -> bool {
        let words = words(folded);
        let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        self.cancel.cover_all(&words, 0)
    }

    /// The id of a kind of small talk (its reply is `talk-<id>`).
    pub fn talk_id(&self, talk: Talk) -> &str {
        &self.talks[talk.0 as usize].id
    }

    /// The kind a kind of small talk reads as on `days_to_the_day` (0 on 20 January, 1 on the
    /// 19th, -1 on the 21st).
    pub fn talk_on(&self, talk: Talk, days_to_the_day: i64) -> &TalkKind {
        let kind = &self.talks[usize::from(talk.0)];
        let Some(around) = &kind.around_the_day else { return kind };
        let near = (-i64::from(around.days_after)..=i64::from(around.days_before)).contains(&days_to_the_day);
        let other = self.talks.iter().find(|k| k.id == around.talk);
        other.filter(|_| near).unwrap_or(kind)
    }
}

#[cfg(test)]
mod tests;
