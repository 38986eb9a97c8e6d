//! A question told beside a loss or a wound: answered after a word of sympathy, where the loss
//! alone would get its own reply and leave the question unanswered.

use super::conversation::Talk;
use super::{Outcome, Understander, Understanding};
use crate::i18n::Lang;

impl Understander {
    /// A loss or a wound told together with a question that is understood ("… where can I find
    /// the list of names?"): the question is answered, after a word of sympathy. Told alone, or
    /// with nothing clearly asked, the loss gets its own reply.
    pub(super) fn consoled(
        &self,
        talk: Talk,
        lang: Option<Lang>,
        question: &str,
        folded: &str,
        words: &[&str],
    ) -> Option<Understanding> {
        let asks = question.contains('?') || self.asks_in_words(words);
        if !self.conversation.needs_relative(talk) || !asks {
            return None;
        }
        // The loss told beside the question ("… searching for my mother's cousin") can outweigh the
        // question's own words when both are read together: then the question is read as one told
        // after a story (`story`).
        let whole = self.read(question, folded).understanding;
        let understood = match whole.outcome {
            Outcome::Answer(_) => whole,
            _ => self.asked_in_story(question, &whole)?,
        };
        let Outcome::Answer(topic) = understood.outcome else { return None };
        Some(Understanding {
            outcome: Outcome::Consoled(topic, talk),
            topic: Some(topic),
            lang: lang.or(understood.lang),
            ..understood
        })
    }
}
