//! Showing an outcome in Telegram: messages (split under the limit, buttons on the last part, as
//! a reply in groups, in the forum topic asked in), edits and button notes. A failed send is
//! handled by delivery's policy, the same as for reminders: a rate limit or a passing failure is
//! waited out and the message tried again, an unreachable chat switched off, a moved group
//! followed.

use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::types::{MaybeInaccessibleMessage, MessageId, ParseMode, ReplyParameters, ThreadId};

use super::api;
use super::format::{Shown, html, keyboard, split};
use crate::app::{App, Message};
use crate::delivery::budget::Budget;
use crate::delivery::policy::{self, Next};

/// How long a reply keeps being tried (through rate limits and server errors) before it is given
/// up and logged: an answer later than this would no longer answer anything.
const REPLY_DEADLINE: chrono::Duration = chrono::Duration::minutes(10);

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
pub async fn message(bot: &Bot, app: &App, budget: &Budget, mut place: Place, message: &Message) {
    let parts = split(&html(&message.text));
    let bot_name = app.username().unwrap_or_default();
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        let mut attempts = 0;
        let deadline = app.now() + REPLY_DEADLINE;
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
                && let Some(markup) = keyboard(&message.buttons, Shown::in_chat(place.chat.0, bot_name))
            {
                request = request.reply_markup(markup);
            }
            let Err(error) = api::reply(bot, budget, place.chat.0, request.payload_ref()).await else { break };
            let next = policy::on_failure(app.store(), place.chat.0, &error, attempts, app.now()).await;
            attempts += 1;
            match next {
                Ok(Next::RetryAfter(wait)) if app.now() < deadline => {
                    let wait = chrono::Duration::from_std(wait).unwrap_or(REPLY_DEADLINE);
                    app.clock().sleep_until(app.now() + wait).await;
                }
                Ok(Next::SendTo(new)) if attempts < 8 => {
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
pub async fn edit(bot: &Bot, budget: &Budget, target: &MaybeInaccessibleMessage, message: &Message) {
    let mut request =
        bot.edit_message_text(target.chat().id, target.id(), html(&message.text)).parse_mode(ParseMode::Html);
    let shown = Shown::in_chat(target.chat().id.0, "");
    if let Some(markup) = keyboard(&message.buttons, shown) {
        request = request.reply_markup(markup);
    }
    if let Err(error) = api::reply(bot, budget, target.chat().id.0, request.payload_ref()).await {
        tracing::warn!(%error, "could not edit a message");
    }
}
