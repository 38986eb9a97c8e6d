//! Follow-ups: "and injured?", "how many came?", «а раненых?», "bəs sonra?" continue the last
//! question asked in the chat. The application layer keeps that question for a while (memory
//! only) and hands it back as a `Context`; understanding itself stays stateless.

use serde::Deserialize;

use super::normalize::tokens;
use super::phrases::Phrases;
use super::{Outcome, Reading, Understander, Understanding};
use crate::knowledge::TopicId;

/// The last question answered in a chat, and its topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub topic: TopicId,
    pub question: String,
}

/// A vocabulary total this high names a topic by itself: the message is a new question.
const NAMES_A_TOPIC: f32 = 2.5;

/// How much surer of its own topic a message must be alone than read with the last question.
const CLEARLY_SURER: f32 = 0.1;

/// How sure the reading of a message of several words alone must be for it to be a question of
/// its own, however it reads with the last one.
const UNDERSTOOD_ALONE: f32 = 0.6;

/// The `[followup]` lists of data/conversation.toml, as written.
#[derive(Debug, Deserialize)]
pub(super) struct FollowupSource {
    pub max_words: usize,
    pub questions: Vec<String>,
    pub continuations: Vec<String>,
    pub more: Vec<String>,
    #[serde(default)]
    pub kind: Vec<FollowupKindSource>,
}

/// A kind of follow-up ("why?", "and then?") and the topic that answers it after a topic.
#[derive(Debug, Deserialize)]
pub(super) struct FollowupKindSource {
    pub words: Vec<String>,
    /// The answer after any topic, unless the topic or its group has one of its own in `after`.
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub after: std::collections::BTreeMap<String, String>,
}

/// The follow-up word lists (data/conversation.toml, `[followup]`), compiled.
#[derive(Debug)]
pub(super) struct Followups {
    max_words: usize,
    questions: Phrases,
    continuations: Phrases,
    more: Phrases,
    kinds: Vec<Kind>,
}

/// A kind of follow-up, compiled: its words, and the topic that answers it after a topic or a
/// group of that id (`None`: after any).
#[derive(Debug)]
struct Kind {
    words: Phrases,
    answers: Vec<(Option<String>, String)>,
}

impl Followups {
    pub(super) fn new(source: &FollowupSource) -> Self {
        Followups {
            max_words: source.max_words,
            questions: Phrases::new(&source.questions),
            continuations: Phrases::new(&source.continuations),
            more: Phrases::new(&source.more),
            kinds: source
                .kind
                .iter()
                .map(|k| {
                    let groups = k.after.iter().map(|(g, t)| (Some(g.clone()), t.clone()));
                    Kind {
                        words: Phrases::new(&k.words),
                        answers: groups.chain(k.topic.clone().map(|t| (None, t))).collect(),
                    }
                })
                .collect(),
        }
    }

    /// Whether the message is made of `list` alone, after a continuation ("and when?").
    fn only(list: &Phrases, continuations: &Phrases, words: &[&str]) -> bool {
        list.cover_all(words, continuations.covers_at(words, 0).unwrap_or(0))
    }

    /// Whether the message asks for more and nothing else ("tell me more", «а ещё?»).
    fn asks_for_more(&self, words: &[&str]) -> bool {
        Self::only(&self.more, &self.continuations, words)
    }

    /// The kind of follow-up a message is made of alone ("why?", «а потом?»), if any.
    fn kind(&self, words: &[&str]) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.words.cover_all(words, 0) || Self::only(&k.words, &self.continuations, words))
    }

    /// Whether a question word stands anywhere in the message ("… сколько было раненых").
    pub(super) fn asks(&self, words: &[&str]) -> bool {
        self.questions.occur_in(words)
    }

    /// Whether the message is question words alone ("when?", «а где?»).
    fn asks_only(&self, words: &[&str]) -> bool {
        Self::only(&self.questions, &self.continuations, words)
    }
}

impl Understander {
    /// The topic that answers a kind of follow-up after `last`: the one named for `last` itself,
    /// else for its group, else for any; the neighbours of `last` when that is `last` again or
    /// none ("" in the data: `last` has already said it).
    fn answer_kind(&self, kind: &Kind, last: TopicId, lang: Option<crate::i18n::Lang>) -> Understanding {
        let name = self.names.get(last.index());
        let group = self.figures.groups.get(last.index());
        let answer = |key: Option<&String>| kind.answers.iter().find(|(k, _)| k.as_ref() == key).map(|(_, t)| t);
        let target = answer(name).or_else(|| answer(group)).or_else(|| answer(None));
        let topic = target.filter(|t| !t.is_empty()).map(|t| self.named(t)).filter(|&t| t != last);
        let outcome = topic.map_or(Outcome::More(last), Outcome::Answer);
        Understanding { outcome, topic: Some(topic.unwrap_or(last)), lang, confidence: 0.75 }
    }

    /// What a short message means as a follow-up of `context`; `None` when it is a question of
    /// its own (it names a topic by itself) or makes no sense even with the context.
    pub(super) fn follow_up(&self, folded: &str, alone: &Reading, context: &Context) -> Option<Understanding> {
        let words: Vec<&str> = tokens(folded).collect();
        // A follow-up says something in words: a bare number or emoji continues nothing.
        let has_words = words.iter().any(|w| w.chars().any(char::is_alphabetic));
        if !has_words || words.len() > self.followups.max_words {
            return None;
        }
        let lang = alone.understanding.lang;
        if self.followups.asks_for_more(&words) {
            let topic = context.topic;
            return Some(Understanding { outcome: Outcome::More(topic), topic: Some(topic), lang, confidence: 0.8 });
        }
        if let Some(kind) = self.followups.kind(&words) {
            return Some(self.answer_kind(kind, context.topic, lang));
        }
        if self.followups.asks_only(&words) {
            // Its answer is the topic just given: never the same answer twice in a row.
            let topic = context.topic;
            return Some(Understanding { outcome: Outcome::More(topic), topic: Some(topic), lang, confidence: 0.7 });
        }
        // A topic named by itself is a new question; a refusal term is another subject.
        if alone.answered().is_some() && alone.rules.score >= NAMES_A_TOPIC || alone.rules.none >= super::SURE_NONE {
            return None;
        }
        let joined = format!("{} {}", super::normalize::fold(&context.question), folded);
        let together = self.read(&joined, &joined);
        let topic = together.answered()?;
        let continues = self.followups.continuations.covers_at(&words, 0).is_some();
        // A message that neither asks nor continues, and means nothing alone ("ring operation",
        // "elvida"), only gives the last answer again with the last question: it is read alone.
        let asks = continues || self.followups.questions.occur_in(&words);
        if topic == context.topic && alone.answered().is_none() && !asks {
            return None;
        }
        let confidence = together.understanding.confidence;
        // Read with the last question, a message that the learned model, not the vocabulary,
        // understood alone may be clearly less sure than alone: then it is a question of its own
        // ("why 131 and not 150" after "is 20 January a day off?"), unless it opens as a
        // continuation ("and after?").
        let surer_alone = alone.understanding.confidence >= confidence + CLEARLY_SURER;
        // A question of several words that is understood well alone asks for itself («почему 131
        // а не 150» after «кто отдал приказ»): a follow-up leans on the last question for what it
        // leaves out.
        let whole = words.len() > super::FEW_WORDS && alone.understanding.confidence >= UNDERSTOOD_ALONE;
        if alone.answered().is_some_and(|t| t != topic) && (surer_alone || whole) && !continues {
            return None;
        }
        Some(Understanding { outcome: Outcome::Answer(topic), topic: Some(topic), lang, confidence })
    }
}
