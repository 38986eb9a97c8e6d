//! What the bot makes of one message: the outcome (an answer, a correction, small talk, a refusal
//! …), the topic, the language and how sure it is.

use super::{Talk, Wrong};
use crate::i18n::Lang;
use crate::knowledge::TopicId;

/// What the bot does with a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Sure enough to answer with this topic.
    Answer(TopicId),
    /// About the events, but unsure which part: offer these (best first).
    DidYouMean(Vec<TopicId>),
    /// Not about the events: the bot says what it is for.
    OutOfScope,
    /// About the events, but the sources do not say: the nearest topics are offered.
    NotInSources(Vec<TopicId>),
    /// Greetings, thanks, "who are you": a short reply of its own.
    SmallTalk(Talk),
    /// A wrong premise ("in 1991?"): "No — …" and the topic with the right fact.
    Correction(TopicId, Wrong),
    /// A yes-or-no question whose premise is right ("was it on a Saturday?"): "Yes" and the topic
    /// that says so.
    Confirmed(TopicId),
    /// "Tell me more" about a topic already answered: that is all, and its neighbours.
    More(TopicId),
    /// A question asked beside a loss or a wound the person tells ("my uncle died that night,
    /// where is the list of names?"): a word of sympathy (`consoled-<talk>`), then the topic.
    Consoled(TopicId, Talk),
}

impl Outcome {
    /// The topic whose answer the reply tells (under a "Yes", a "No", a word of sympathy or "that is
    /// all"), if it tells one.
    pub fn told(&self) -> Option<TopicId> {
        match self {
            Outcome::Answer(t)
            | Outcome::Confirmed(t)
            | Outcome::Consoled(t, _)
            | Outcome::Correction(t, _)
            | Outcome::More(t) => Some(*t),
            Outcome::DidYouMean(_) | Outcome::OutOfScope | Outcome::NotInSources(_) | Outcome::SmallTalk(_) => None,
        }
    }

    /// The name used in `ask --json` and the unanswered log.
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Answer(_) => "answer",
            Outcome::DidYouMean(_) => "did_you_mean",
            Outcome::OutOfScope => "out_of_scope",
            Outcome::NotInSources(_) => "not_in_sources",
            Outcome::SmallTalk(_) => "smalltalk",
            Outcome::Correction(..) => "correction",
            Outcome::Confirmed(_) => "confirmed",
            Outcome::More(_) => "more",
            Outcome::Consoled(..) => "consoled",
        }
    }
}

/// What the bot understood of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Understanding {
    pub outcome: Outcome,
    /// The topic answered (or corrected), `None` otherwise.
    pub topic: Option<TopicId>,
    /// The language the question is written in, when it can be told.
    pub lang: Option<Lang>,
    /// 0..=1: how sure the outcome is.
    pub confidence: f32,
}
