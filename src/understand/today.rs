//! "What's the date today?", "what time is it?" (`[today]` of data/conversation.toml): the
//! countdown, which the app opens with the date and hour on the chat's own clock.

use super::{Outcome, Understander, Understanding};

/// The longest question read as one asking today's date: a cheap test before the phrases.
const TODAY_WORDS: usize = 7;

impl Understander {
    /// The countdown, for a short question that asks what day or what time it is.
    pub(super) fn today(&self, question: &str, folded: &str, words: &[&str]) -> Option<Understanding> {
        if words.len() > TODAY_WORDS || !self.conversation.asks_today_in(words) {
            return None;
        }
        let countdown = self.named("countdown");
        let lang = self.rules(question, folded).lang;
        Some(Understanding { outcome: Outcome::Answer(countdown), topic: Some(countdown), lang, confidence: 1.0 })
    }
}
