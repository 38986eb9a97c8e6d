//! Prompts that wait for their answer: after /timezone (a city) or an owner's /broadcast without
//! text, the next plain message of the same person in that chat is read as the answer for a few
//! minutes (the memory's span); "cancel" cancels, and any command ends the wait. /subscribe's menu
//! waits for "cancel" alone (its buttons answer it). In a group only
//! the person who was asked is waited for.

use super::commands::Command;
use super::memory::{Key, Prompt};
use super::{App, Input, Message, Outcome};
use crate::i18n::Lang;
use crate::store::StoreError;
use crate::understand::normalize::fold;

impl App {
    /// Starts or ends the wait after a command: only a prompt that invites typing waits.
    pub(super) fn after_command(&self, who: Key, input: &Input<'_>, command: Command, args: &str) {
        let prompt = match command {
            Command::Timezone if args.is_empty() && Self::may_administer(&input.chat, &input.sender) => {
                Some(Prompt::Timezone)
            }
            Command::Broadcast if args.is_empty() && self.is_owner(&input.sender) => Some(Prompt::Broadcast),
            Command::Subscribe if Self::may_administer(&input.chat, &input.sender) => Some(Prompt::Subscribe),
            _ => None,
        };
        self.memory.await_answer(who, self.now(), prompt);
    }

    /// The prompt a person's plain message answers, if one waits.
    pub(super) fn awaited(&self, who: Key) -> Option<Prompt> {
        self.memory.recall(who, self.now()).awaiting
    }

    /// Whether a message leaves its prompt, which it then closes: after /timezone no city, but a
    /// question or words of their own ("my father died that night", "thanks"), which are
    /// answered as such, never as "I do not know the city «…»"; after /subscribe's menu anything
    /// but "cancel".
    pub(super) fn leaves_prompt(&self, who: Key, prompt: Prompt, text: &str) -> bool {
        let cancels = self.brain.understander.conversation.cancels(&fold(text));
        let leaves = match prompt {
            Prompt::Timezone => {
                !cancels
                    && crate::local_time::find(&self.brain, text).is_none()
                    && self.brain.understand(text).outcome != crate::understand::Outcome::OutOfScope
            }
            Prompt::Subscribe => !cancels,
            Prompt::Broadcast => false,
        };
        if leaves {
            self.memory.await_answer(who, self.now(), None);
        }
        leaves
    }

    /// Reads a message as the answer to `prompt`.
    pub(super) async fn answer_prompt(
        &self,
        input: &Input<'_>,
        who: Key,
        prompt: Prompt,
        text: &str,
        lang: Lang,
    ) -> Result<Outcome, StoreError> {
        if self.brain.understander.conversation.cancels(&fold(text)) {
            self.memory.await_answer(who, self.now(), None);
            let said = if prompt == Prompt::Subscribe { "subscribe-cancelled" } else { "prompt-cancelled" };
            return Ok(Outcome::say(Message::plain(self.brain.text(lang, said))));
        }
        let message = match prompt {
            Prompt::Timezone => {
                let found = crate::local_time::find(&self.brain, text).is_some();
                let message = self.timezone_command(&input.chat, text.trim(), lang).await?;
                // An unknown city keeps the prompt open: the person may try another spelling.
                if found {
                    self.memory.await_answer(who, self.now(), None);
                }
                message
            }
            // Only "cancel" stays with the menu (`leaves_prompt`); were anything else here, it is
            // a question.
            Prompt::Subscribe => {
                self.memory.await_answer(who, self.now(), None);
                self.answer_question(text, lang, who).await?
            }
            Prompt::Broadcast => {
                self.memory.await_answer(who, self.now(), None);
                if !self.is_owner(&input.sender) {
                    return Ok(Outcome::say(Message::plain(self.brain.text(lang, "owners-only"))));
                }
                self.broadcast_command(&input.sender, text.trim(), lang).await?
            }
        };
        Ok(Outcome::say(message))
    }
}
