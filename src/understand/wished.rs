//! A holiday wish in the frame of one, whatever day it names: alone it is small talk; before a
//! question ("Ramazan bayramı mübarək olsun. Neçə nəfər həlak olub?") the question is answered.

use super::{Context, Outcome, Understander, Understanding};

impl Understander {
    /// The wish that opens the message, or the question told after it when that is answered.
    pub(super) fn wished(&self, question: &str, words: &[&str], context: Option<&Context>) -> Option<Understanding> {
        let conversation = &self.conversation;
        let asks = question.contains('?') || self.asks_in_words(words);
        let wish = conversation.wish_in(words, asks)?;
        // "Happy new year! How many died?": a wish known only by its first words ends nowhere the
        // words say, so the question is sought after each of the words that follow them, each
        // read alone ("year why did the army come" is no follow-up of the last topic): the first
        // answered, else the first offered.
        if let Some(from) = wish.opened
            && asks
        {
            let read: Vec<Understanding> =
                (from + 1..words.len()).map(|at| self.understand_in(&words[at..].join(" "), None)).collect();
            let offered = |u: &&Understanding| matches!(u.outcome, Outcome::DidYouMean(_));
            return read.iter().find(|u| u.outcome.told().is_some()).or_else(|| read.iter().find(offered)).cloned();
        }
        if let Some(asked) = self.asked_after(&words[wish.end..], context) {
            return Some(asked);
        }
        let talk = conversation.wish_talk(wish.named)?;
        Some(Understanding { outcome: Outcome::SmallTalk(talk), topic: None, lang: Some(wish.lang), confidence: 1.0 })
    }

    /// The question told in `rest`, when it is answered.
    fn asked_after(&self, rest: &[&str], context: Option<&Context>) -> Option<Understanding> {
        if rest.is_empty() {
            return None;
        }
        let asked = self.understand_in(&rest.join(" "), context);
        asked.outcome.told().is_some().then_some(asked)
    }
}
