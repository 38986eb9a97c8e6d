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
        let asks = question.contains('?') || self.premises.asks_something(words) || self.followups.asks(words);
        if !self.conversation.needs_relative(talk) || !asks {
            return None;
        }
        let reading = self.read(question, folded);
        let Outcome::Answer(topic) = reading.understanding.outcome else { return None };
        let lang = lang.or(reading.understanding.lang);
        Some(Understanding {
            outcome: Outcome::Consoled(topic, talk),
            topic: Some(topic),
            lang,
            ..reading.understanding
        })
    }
}
