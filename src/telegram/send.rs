//! Showing an outcome in Telegram: messages (split under the limit, buttons on the last part, as
//! a reply in groups, in the forum topic asked in), edits and button notes. A failed send is
//! handled by delivery's policy, the same as for reminders: a rate limit or a passing failure is
//! waited out and the message tried again, an unreachable chat switched off, a moved group
//! followed.

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, MessageId, ParseMode, ReplyParameters, ThreadId};

use super::format::{html, keyboard, split};
use super::transport::classify;
use crate::app::{App, Message};
use crate::delivery::policy::{self, Next};

/// How many times one reply is tried before it is given up (and logged).
const REPLY_TRIES: i64 = 4;

/// Where a reply goes.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub chat: ChatId,
    /// In groups an answer quotes the message it answers.
    pub reply_to: Option<MessageId>,
    /// In a forum supergroup the answer belongs in the topic it was asked in.
    pub thread: Option<ThreadId>,
}

/// Sends a message, split into parts under Telegram's limit; the buttons go with the last part.
pub async fn message(bot: &Bot, app: &App, mut place: Place, message: &Message) {
    let parts = split(&html(&message.text));
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        let mut attempts = 0;
        loop {
            let mut request = bot.send_message(place.chat, part).parse_mode(ParseMode::Html);
            if let Some(thread) = place.thread {
                request = request.message_thread_id(thread);
            }
            if i == 0
                && let Some(id) = place.reply_to
            {
                request = request.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
            }
            if i == last
                && let Some(markup) = keyboard(&message.buttons)
            {
                request = request.reply_markup(markup);
            }
            let Err(error) = request.await else { break };
            let error = classify(error);
            let next = policy::on_failure(app.store(), place.chat.0, &error, attempts, app.now()).await;
            attempts += 1;
            match next {
                Ok(Next::RetryAfter(wait)) if attempts < REPLY_TRIES => tokio::time::sleep(wait).await,
                Ok(Next::SendTo(new)) if attempts < REPLY_TRIES => {
                    // The reply cannot quote a message of the old chat.
                    place = Place { chat: ChatId(new), reply_to: None, thread: None };
                }
                outcome => {
                    tracing::warn!(chat_id = place.chat.0, %error, ?outcome, "reply not sent");
                    return;
                }
            }
        }
    }
}

/// Replaces the text (and buttons) of the message whose button was pressed.
pub async fn edit(bot: &Bot, target: &MaybeInaccessibleMessage, message: &Message) {
    let mut request =
        bot.edit_message_text(target.chat().id, target.id(), html(&message.text)).parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(&message.buttons) {
        request = request.reply_markup(markup);
    }
    if let Err(error) = request.await {
        tracing::warn!(%error, "could not edit a message");
    }
}
