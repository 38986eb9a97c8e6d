//! A holiday wish in the frame of one, whatever day it names: alone it is small talk; before a
//! question ("Ramazan bayramı mübarək olsun. Neçə nəfər həlak olub?") the question is answered.

use super::{Context, Outcome, Understander, Understanding};

impl Understander {
    /// The wish that opens the message, or the question told after it when that is answered.
    pub(super) fn wished(&self, words: &[&str], context: Option<&Context>) -> Option<Understanding> {
        let conversation = &self.conversation;
        let wish = conversation.wish_in(words)?;
        // "Happy new year! How many died?": a wish known only by its first words ends nowhere
        // the words say, so a message that asks something is read whole, as any question.
        if wish.opened && (self.premises.asks_something(words) || self.followups.asks(words)) {
            return None;
        }
        let rest = words[wish.end..].join(" ");
        if !rest.is_empty() {
            let asked = self.understand_in(&rest, context);
            if asked.outcome.told().is_some() {
                return Some(asked);
            }
        }
        let talk = conversation.wish_talk(wish.named)?;
        Some(Understanding { outcome: Outcome::SmallTalk(talk), topic: None, lang: Some(wish.lang), confidence: 1.0 })
    }
}
