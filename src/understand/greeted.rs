//! Small talk before a question ("hello! why did the army come?", "thanks, and the wounded?"): the
//! question is read as if it came alone, so a greeting neither weakens its answer nor reorders the
//! topics offered.

use super::{Context, Outcome, Understander, Understanding};

impl Understander {
    /// The question after the small talk that opens the message, read alone, with the greeting's
    /// language where its own words tell none ("hi, casualties?").
    pub(super) fn greeted(&self, words: &[&str], context: Option<&Context>) -> Option<Understanding> {
        let (from, lang) = self.conversation.opening_in(words)?;
        let mut asked = self.understand_in(&words[from..].join(" "), context);
        asked.lang = asked.lang.or(lang);
        Some(asked)
    }

    /// Whether the question read alone is offered where the whole message is offered or only
    /// given its nearest topics: then the greeting's words are what moved the topics, and the
    /// question's own offer stands. An answer or a refusal of the whole stands.
    pub(super) fn greeting_reorders(alone: &Understanding, whole: &Understanding) -> bool {
        matches!(alone.outcome, Outcome::DidYouMean(_))
            && matches!(whole.outcome, Outcome::DidYouMean(_) | Outcome::NotInSources(_))
    }
}
