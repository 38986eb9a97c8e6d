//! The delivery `Transport` over the Telegram Bot API, mapping Telegram's errors to what delivery
//! needs to know.

use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::{ApiError, RequestError};

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::delivery::{SendError, SendOptions, Transport};
use crate::extras::ReminderExtras;

/// Sends outbox messages through a teloxide `Bot` as plain text (reminders and owner broadcasts
/// need no markup, so nothing in them can break HTML parsing). The sender has taken the slot in
/// the send budget before it calls.
#[derive(Clone, Debug)]
pub struct TelegramTransport {
    pub bot: Bot,
    /// The memorial cards, shared with the application (issue 14).
    pub cards: std::sync::Arc<crate::card::Cards>,
    /// The memorial page's public address (`--app-url`) and the bot's username, for its button
    /// under the minute of silence.
    pub page: Option<(url::Url, String)>,
}

impl Transport for TelegramTransport {
    async fn send(&self, chat_id: i64, text: &str, how: SendOptions) -> Result<(), SendError> {
        let mut request = self.bot.send_message(ChatId(chat_id), text);
        if how.paid {
            request = request.allow_paid_broadcast(true);
        }
        if how.silent {
            request = request.disable_notification(true);
        }
        super::api::call(&self.bot, request.payload_ref()).await
    }

    // ---- issue 14 (sharing): the candle button under the reminder, and the card with it (the
    // reminder its caption) when the chat asked for one and the words fit a caption.
    async fn send_reminder(
        &self,
        chat_id: i64,
        text: &str,
        extras: &ReminderExtras,
        how: SendOptions,
    ) -> Result<(), SendError> {
        let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
        if let Some(label) = &extras.candle_button {
            rows.push(vec![InlineKeyboardButton::callback(label.clone(), crate::extras::CANDLE_DATA)]);
        }
        if let (Some((label, lang)), Some((base, bot))) = (&extras.page_button, &self.page) {
            let link = crate::app::PageLink::new(base, *lang);
            let shown = super::format::Shown::in_chat(chat_id, bot);
            rows.push(vec![super::format::page_button(label.clone(), &link, shown)]);
        }
        let keyboard = (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows));
        if let Some(key) = extras.card
            && text.encode_utf16().count() <= super::photo::MAX_CAPTION_UNITS
        {
            let card = super::photo::CardSend {
                chat: ChatId(chat_id),
                thread: None,
                key,
                caption: text,
                parse_mode: None,
                keyboard: keyboard.as_ref(),
                paid: how.paid,
                silent: how.silent,
            };
            return super::photo::send(&self.bot, &self.cards, &card).await;
        }
        let mut request = self.bot.send_message(ChatId(chat_id), text);
        if let Some(keyboard) = keyboard {
            request = request.reply_markup(keyboard);
        }
        if how.paid {
            request = request.allow_paid_broadcast(true);
        }
        if how.silent {
            request = request.disable_notification(true);
        }
        super::api::call(&self.bot, request.payload_ref()).await
    }
}

/// What a failed request means for delivery.
pub fn classify(error: RequestError) -> SendError {
    match error {
        RequestError::RetryAfter(seconds) => SendError::RetryAfter(seconds.duration()),
        RequestError::MigrateToChatId(chat) => SendError::Migrated(chat.0),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::ChatNotFound
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::NotEnoughRightsToPostMessages
            | ApiError::GroupDeactivated => SendError::Gone(api.to_string()),
            ApiError::Unknown(text) if is_gone(&text) => SendError::Gone(text),
            ApiError::Unknown(text) if text.contains("Internal Server Error") || text.contains("Bad Gateway") => {
                SendError::Transient(text)
            }
            other => SendError::Rejected(other.to_string()),
        },
        RequestError::Network(e) => SendError::Transient(e.to_string()),
        RequestError::Io(e) => SendError::Transient(e.to_string()),
        other => SendError::Transient(other.to_string()),
    }
}

/// Telegram texts for unreachable chats that teloxide has no error kind for.
fn is_gone(text: &str) -> bool {
    let text = text.to_ascii_lowercase();
    text.starts_with("forbidden") || text.contains("chat not found") || text.contains("kicked")
}
