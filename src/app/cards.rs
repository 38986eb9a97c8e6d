//! `/card`: the memorial card of the chat's language, with this year's candles in its caption, the
//! candle button, and the choice to get the card with the minute-of-silence reminder.

use super::{App, ChatRef, Message, Outcome, buttons};
use crate::card::Cards;
use crate::i18n::Lang;
use crate::store::StoreError;

impl App {
    pub(super) async fn card_command(&self, chat: &ChatRef<'_>, lang: Lang) -> Result<Outcome, StoreError> {
        let brain = &self.brain;
        let caption = format!("{}\n{}", brain.text(lang, "card-caption"), self.candle_count(lang).await?);
        let with_reminder = self.store().chat_settings(chat.id).await?.card_reminder;
        let mut rows = vec![buttons::candle(brain, lang)];
        // Channels get reminders but nobody there presses buttons for the channel.
        if chat.kind != crate::store::ChatKind::Channel {
            rows.push(buttons::card_reminder(brain, lang, with_reminder));
        }
        rows.extend(self.page_rows(lang));
        Ok(Outcome::say(Message::card(Cards::key(lang, self.now()), caption, rows)))
    }

    /// The switch under /card: the minute-of-silence reminder with or without the card.
    pub(super) async fn set_card_reminder(
        &self,
        chat: &ChatRef<'_>,
        on: bool,
        lang: Lang,
    ) -> Result<Outcome, StoreError> {
        self.remember_chat(chat, None).await?;
        self.store().set_card_reminder(chat.id, on).await?;
        // A chat without a subscription gets no reminder to carry the card: say what comes when.
        let subscribed = self.store().subscription(chat.id).await?.is_some();
        let id = match (on, subscribed) {
            (true, true) => "card-reminder-set-on",
            (true, false) => "card-reminder-set-unsubscribed",
            (false, _) => "card-reminder-set-off",
        };
        Ok(Outcome::say(Message::plain(self.brain.text(lang, id))))
    }
}
