//! One outgoing message in Telegram's terms, for a reply and a reminder alike: the application's
//! `Message` (words, buttons, perhaps the card) becomes the Bot API requests that show it. The card
//! takes the words as its caption where they fit one; longer words go as text, split under
//! Telegram's limit, the buttons on the last part.

use teloxide::payloads::SendMessage;
use teloxide::prelude::*;
use teloxide::types::{MessageId, ParseMode, Recipient, ReplyParameters, ThreadId};

use super::api;
use super::format::{Shown, html, keyboard, split};
use super::photo::{self, CardSend, MAX_CAPTION_UNITS};
use crate::app::{Message, Text};
use crate::card::Cards;
use crate::delivery::SendError;

/// Where a message goes.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub chat: ChatId,
    /// In groups an answer quotes the message it answers.
    pub reply_to: Option<MessageId>,
    /// In a forum supergroup the answer belongs in the topic it was asked in.
    pub thread: Option<ThreadId>,
}

/// How the words are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Replies: escaped here, a topic's title in bold.
    Html,
    /// The outbox: the words as they are, so that nothing an owner writes can break parsing.
    Plain,
}

/// How a message goes out.
#[derive(Debug, Clone, Copy)]
pub struct How {
    pub markup: Markup,
    /// A paid broadcast (`allow_paid_broadcast`), for a wave sent that way.
    pub paid: bool,
    /// Without a sound: a reminder in the chat's night, never a reply.
    pub silent: bool,
}

impl How {
    pub const REPLY: How = How { markup: Markup::Html, paid: false, silent: false };
}

/// One Bot API request of a message, and the chat it goes to.
#[derive(Debug, Clone)]
pub struct Request {
    pub chat: i64,
    call: Call,
}

#[derive(Debug, Clone)]
enum Call {
    Text(Box<SendMessage>),
    Card(CardSend),
}

/// The requests that show `message` at `place`; `bot` is the bot's username, for the buttons
/// that open the memorial page outside a private chat.
pub fn render(message: &Message, place: Place, how: How, bot: &str) -> Vec<Request> {
    let keyboard = keyboard(&message.buttons, Shown::in_chat(place.chat.0, bot));
    let plain = plain(&message.text);
    if let Some(key) = message.card
        && plain.encode_utf16().count() <= MAX_CAPTION_UNITS
    {
        let (caption, parse_mode) = match how.markup {
            Markup::Html => (html(&message.text), Some("HTML")),
            Markup::Plain => (plain, None),
        };
        let (chat, thread, paid, silent) = (place.chat, place.thread, how.paid, how.silent);
        let card = CardSend { chat, thread, key, caption, parse_mode, keyboard, paid, silent };
        return vec![Request { chat: chat.0, call: Call::Card(card) }];
    }
    let parts = match how.markup {
        Markup::Html => split(&html(&message.text)),
        Markup::Plain => vec![plain],
    };
    let last = parts.len() - 1;
    let text = |(i, part): (usize, String)| {
        let mut request = SendMessage::new(place.chat, part);
        request.parse_mode = (how.markup == Markup::Html).then_some(ParseMode::Html);
        request.message_thread_id = place.thread;
        request.reply_parameters =
            place.reply_to.filter(|_| i == 0).map(|id| ReplyParameters::new(id).allow_sending_without_reply());
        request.reply_markup = keyboard.clone().filter(|_| i == last).map(Into::into);
        request.allow_paid_broadcast = how.paid.then_some(true);
        request.disable_notification = how.silent.then_some(true);
        Request { chat: place.chat.0, call: Call::Text(Box::new(request)) }
    };
    parts.into_iter().enumerate().map(text).collect()
}

/// The words without markup.
fn plain(text: &Text) -> String {
    match text {
        Text::Plain(text) => text.clone(),
        Text::Titled { lead: None, title, body } => format!("{title}\n{body}"),
        Text::Titled { lead: Some(lead), title, body } => format!("{lead}\n\n{title}\n{body}"),
    }
}

impl Request {
    /// The same request to a group's new id: it cannot quote a message of the old chat.
    pub fn move_to(&mut self, chat: i64) {
        self.chat = chat;
        match &mut self.call {
            Call::Text(request) => {
                request.chat_id = Recipient::Id(ChatId(chat));
                request.reply_parameters = None;
                request.message_thread_id = None;
            }
            Call::Card(card) => {
                card.chat = ChatId(chat);
                card.thread = None;
            }
        }
    }

    /// Sends it; `Ok` once Telegram accepted it.
    pub async fn send(&self, bot: &Bot, cards: &Cards) -> Result<(), SendError> {
        match &self.call {
            Call::Text(request) => api::call(bot, &**request).await,
            Call::Card(card) => photo::send(bot, cards, card).await,
        }
    }
}
