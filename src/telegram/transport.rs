//! The delivery `Transport` over the Bot API: the application composes each outbox message, the
//! one renderer shows it as plain text (reminders and owner broadcasts need no markup, so nothing
//! in them can break HTML parsing). The sender has taken the slot in the send budget before it
//! calls.

use teloxide::prelude::*;

use super::render::{How, Markup, Place, render};
use crate::app::{App, Message};
use crate::delivery::{SendError, SendOptions, Transport};
use crate::store::{ChatSettings, Pending};

#[derive(Clone, Debug)]
pub struct TelegramTransport {
    pub bot: Bot,
    pub app: App,
}

impl Transport for TelegramTransport {
    type Message = Message;

    fn compose(&self, row: &Pending, settings: &ChatSettings) -> Option<Message> {
        self.app.outbox_message(row, settings)
    }

    async fn send(&self, chat_id: i64, message: &Message, how: SendOptions) -> Result<(), SendError> {
        let place = Place { chat: ChatId(chat_id), reply_to: None, thread: None };
        let how = How { markup: Markup::Plain, paid: how.paid, silent: how.silent };
        for request in render(message, place, how, self.app.username().unwrap_or_default()) {
            request.send(&self.bot, self.app.cards()).await?;
        }
        Ok(())
    }
}
