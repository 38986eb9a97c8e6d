//! The language of a chat: /language offers the three (or sets the one named after it), and a
//! press of a language button sets it for the chat.

use super::{App, ChatRef, Message, buttons};
use crate::i18n::Lang;
use crate::store::StoreError;

impl App {
    /// `/language`: the choice as buttons, or `/language ru` at once.
    pub(super) async fn language_command(
        &self,
        chat: &ChatRef<'_>,
        args: &str,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        match Lang::from_code(args) {
            Some(new) => self.choose_language(chat, new).await,
            None => {
                Ok(Message::with_buttons(self.brain.text(lang, "language-prompt"), buttons::languages(&self.brain)))
            }
        }
    }

    /// Sets the chat's language; the confirmation is in the new language.
    pub(super) async fn choose_language(&self, chat: &ChatRef<'_>, new: Lang) -> Result<Message, StoreError> {
        self.remember_chat(chat, None).await?;
        self.store().set_chat_lang(chat.id, new, self.now()).await?;
        Ok(Message::plain(self.brain.text(new, "language-set")))
    }
}
