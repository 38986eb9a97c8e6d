//! Sending the memorial card as a photo: uploaded once per language and day, then sent by the
//! file id Telegram gave the upload. Through `api`, like every other send.

use serde_json::{Value, json};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, ThreadId};

use super::api::{self, Upload};
use crate::card::{CardKey, Cards};
use crate::delivery::SendError;

/// Telegram's limit for a photo caption, in UTF-16 units.
pub const MAX_CAPTION_UNITS: usize = 1024;

/// A card to send: where, and what goes under it.
#[derive(Debug, Clone)]
pub struct CardSend {
    pub chat: ChatId,
    pub thread: Option<ThreadId>,
    pub key: CardKey,
    pub caption: String,
    /// `Some("HTML")` when the caption is HTML (escaped), `None` for plain text.
    pub parse_mode: Option<&'static str>,
    pub keyboard: Option<InlineKeyboardMarkup>,
    /// A paid broadcast (`allow_paid_broadcast`), for a reminder wave sent that way.
    pub paid: bool,
    /// Without a sound (`disable_notification`): a reminder in the chat's night, never a reply.
    pub silent: bool,
}

impl CardSend {
    fn fields(&self) -> Vec<(&'static str, Value)> {
        let mut fields = vec![("chat_id", json!(self.chat.0)), ("caption", json!(self.caption))];
        if let Some(mode) = self.parse_mode {
            fields.push(("parse_mode", json!(mode)));
        }
        if let Some(thread) = self.thread {
            fields.push(("message_thread_id", json!(thread.0.0)));
        }
        if let Some(keyboard) = &self.keyboard {
            fields.push(("reply_markup", json!(keyboard)));
        }
        if self.paid {
            fields.push(("allow_paid_broadcast", json!(true)));
        }
        if self.silent {
            fields.push(("disable_notification", json!(true)));
        }
        fields
    }
}

/// Sends the card: by the id of an earlier upload when there is one, else uploading it.
pub async fn send(bot: &Bot, cards: &Cards, card: &CardSend) -> Result<(), SendError> {
    if let Some(file_id) = cards.uploaded(card.key) {
        let mut body: serde_json::Map<String, Value> =
            card.fields().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        body.insert("photo".into(), json!(file_id));
        match api::call_named(bot, "sendPhoto", &body).await {
            // An id Telegram no longer knows: upload the card again.
            Err(SendError::Rejected(why)) => {
                tracing::warn!(%why, "a card's file id was refused; uploading it again");
                cards.forget_upload(card.key);
            }
            other => return other.map(|_| ()),
        }
    }
    let png = cards.png(card.key).map_err(|e| SendError::Rejected(e.to_string()))?;
    let fields: Vec<(&str, String)> =
        card.fields().into_iter().map(|(k, v)| (k, v.as_str().map_or_else(|| v.to_string(), str::to_string))).collect();
    let filename = format!("january20-{}.png", card.key.0.code());
    let upload = Upload { field: "photo", filename: &filename, content_type: "image/png", bytes: &png };
    let sent = api::call_multipart(bot, "sendPhoto", &fields, upload).await?;
    // Telegram keeps several sizes; the last is the largest, the one to send again.
    if let Some(id) = sent["photo"].as_array().and_then(|sizes| sizes.last()).and_then(|p| p["file_id"].as_str()) {
        cards.remember_upload(card.key, id.to_string());
    }
    Ok(())
}
