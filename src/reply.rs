//! A reply to one message: its kind (an answer, a correction, small talk, a refusal of either
//! kind …), its language, the topics it offers and its words, as `Brain::ask` gives it to the
//! application layer and the `ask` command.

use crate::i18n::Lang;
use crate::knowledge::TopicId;
use crate::understand::conversation::Talk;

/// What kind of reply a message got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    Answer,
    /// About the events, but unsure which part: `Reply::candidates` are offered.
    DidYouMean,
    /// Not about the events: what the bot is for (the adapter adds the short menu).
    OutOfScope,
    /// About the events, but the sources do not say: the nearest topics in `candidates`.
    NotInSources,
    /// Greetings, thanks and the like: a short reply, suggestions in `candidates`.
    SmallTalk,
    /// A wrong premise set right: `lead` says "No — …", `text` is the topic's answer.
    Correction,
    /// "Tell me more": all the sources give is said; the neighbouring topics in `candidates`.
    More,
    Empty,
    TooLong,
}

impl ReplyKind {
    /// The outcome's name in `ask --json`, the metrics and the unanswered log.
    pub fn name(self) -> &'static str {
        match self {
            ReplyKind::Answer => "answer",
            ReplyKind::DidYouMean => "did_you_mean",
            ReplyKind::NotInSources => "not_in_sources",
            ReplyKind::SmallTalk => "smalltalk",
            ReplyKind::Correction => "correction",
            ReplyKind::More => "more",
            ReplyKind::OutOfScope | ReplyKind::Empty | ReplyKind::TooLong => "out_of_scope",
        }
    }
}

impl Reply {
    /// A reply of its own words, about no topic: a message too long, empty or not text.
    pub fn plain(lang: Lang, kind: ReplyKind, text: String) -> Self {
        Reply { lang, topic: None, confidence: 1.0, kind, candidates: Vec::new(), lead: None, talk: None, text }
    }

    /// The whole text: the correction, if any, then the answer.
    pub fn full_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.lead {
            Some(_) => self.text_parts().concat().into(),
            None => self.text.as_str().into(),
        }
    }

    /// `full_text` in the pieces it is made of, for a writer that need not join them first: the
    /// lead and a blank line (both empty without a lead), then the answer.
    pub fn text_parts(&self) -> [&str; 3] {
        match &self.lead {
            Some(lead) => [lead, "\n\n", &self.text],
            None => ["", "", &self.text],
        }
    }
}

/// A reply to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub lang: Lang,
    pub topic: Option<TopicId>,
    pub confidence: f32,
    pub kind: ReplyKind,
    /// The topics offered (did you mean, the nearest, a menu, suggestions), best first.
    pub candidates: Vec<TopicId>,
    /// A line before the answer: the correction of a wrong premise.
    pub lead: Option<String>,
    /// The small talk answered: the application layer words some of it by the chat's state ("stop
    /// writing to me" in a chat that receives no reminders).
    pub talk: Option<Talk>,
    pub text: String,
}
