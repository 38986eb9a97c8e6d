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
        let subscribed = self.store().subscription(chat.id).await?.is_some();
        let with_reminder = self.store().chat_settings(chat.id).await?.card_reminder;
        let mut rows = vec![buttons::candle(brain, lang)];
        // Channels get reminders but nobody there presses buttons for the channel.
        if chat.kind != crate::store::ChatKind::Channel {
            rows.push(buttons::card_reminder(brain, lang, subscribed.then_some(with_reminder)));
        }
        rows.extend(self.page_rows(lang));
        Ok(Outcome::say(Message::card(Cards::key(lang, self.now()), caption, rows)))
    }

    /// The button under /card in a chat without reminders: the card is asked for, and /subscribe's
    /// plans are offered (each of them carries the minute-of-silence reminder).
    pub(super) async fn subscribe_for_card(
        &self,
        chat: &ChatRef<'_>,
        sender: &crate::app::Sender,
        lang: Lang,
    ) -> Result<Outcome, StoreError> {
        self.remember_chat(chat, None).await?;
        self.store().set_card_reminder(chat.id, true).await?;
        self.subscribe_command(chat, sender, lang).await.map(Outcome::say)
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
        // A chat without a subscription (a button from before /unsubscribe) gets no reminder to
        // carry the card or not: say what comes once it subscribes.
        let subscribed = self.store().subscription(chat.id).await?.is_some();
        let card = crate::i18n::s(if on { "on" } else { "off" });
        let text = match (on, subscribed) {
            (_, false) => self.brain.text_with(lang, "card-reminder-set-unsubscribed", &[("card", card)]),
            (true, true) => self.brain.text(lang, "card-reminder-set-on"),
            (false, true) => self.brain.text(lang, "card-reminder-set-off"),
        };
        Ok(Outcome::say(Message::plain(text)))
    }
}
