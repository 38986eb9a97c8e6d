//! The one sender of replies: messages (through the renderer), edits and button notes, each in
//! its slot of the send budget (replies go before waves). A failed send is handled by delivery's
//! policy, the same as for reminders: a rate limit or a passing failure is waited out on the bot's
//! clock and the request tried again, an unreachable chat switched off, a moved group followed.

use std::future::Future;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::types::{MaybeInaccessibleMessage, ParseMode};

use super::api;
use super::format::{Shown, html, keyboard};
use super::render::{How, Place, Request, render};
use crate::app::Message;
use crate::card::Cards;
use crate::clock::Clock;
use crate::delivery::SendError;
use crate::delivery::budget::{Budget, Priority};
use crate::delivery::policy::{self, Next};
use crate::store::Store;

/// How long a reply keeps being tried (through rate limits and server errors) before it is given
/// up and logged: an answer later than this would no longer answer anything.
const REPLY_DEADLINE: chrono::Duration = chrono::Duration::minutes(10);

/// How many times a reply follows a group that moved before it is given up.
const MOVES: i64 = 8;

/// What sending a reply takes; built once by `serve`.
#[derive(Debug, Clone)]
pub struct Replies {
    pub bot: Bot,
    /// Every message the bot sends takes its slot here, replies before waves.
    pub budget: Arc<Budget>,
    /// Where a failed send records what it says about the chat.
    pub store: Store,
    pub clock: Clock,
    pub cards: Arc<Cards>,
    /// The bot's username, for the buttons that open the memorial page outside a private chat.
    pub username: String,
}

impl Replies {
    /// Sends a message; when one of its requests is given up, the rest are not sent.
    pub async fn send(&self, place: Place, message: &Message) {
        let mut moved = None;
        for mut request in render(message, place, How::REPLY, &self.username) {
            if let Some(chat) = moved {
                request.move_to(chat);
            }
            match self.deliver(request).await {
                Some(chat) => moved = Some(chat),
                None => return,
            }
        }
    }

    /// Sends one request until Telegram accepts it or it is given up; the chat it went to.
    async fn deliver(&self, mut request: Request) -> Option<i64> {
        let deadline = self.clock.now() + REPLY_DEADLINE;
        let mut attempts = 0;
        loop {
            let Err(error) = self.in_budget(request.chat, request.send(&self.bot, &self.cards)).await else {
                return Some(request.chat);
            };
            let next = policy::on_failure(&self.store, request.chat, &error, attempts, self.clock.now()).await;
            attempts += 1;
            match next {
                Ok(Next::RetryAfter(wait)) if self.clock.now() < deadline => {
                    let wait = chrono::Duration::from_std(wait).unwrap_or(REPLY_DEADLINE);
                    self.clock.sleep_until(self.clock.now() + wait).await;
                }
                Ok(Next::SendTo(new)) if attempts < MOVES => request.move_to(new),
                outcome => {
                    tracing::warn!(chat_id = request.chat, %error, ?outcome, "reply not sent");
                    return None;
                }
            }
        }
    }

    /// Replaces the text (and buttons) of the message whose button was pressed.
    pub async fn edit(&self, target: &MaybeInaccessibleMessage, message: &Message) {
        let chat = target.chat().id;
        let mut request =
            self.bot.edit_message_text(chat, target.id(), html(&message.text)).parse_mode(ParseMode::Html);
        if let Some(markup) = keyboard(&message.buttons, Shown::in_chat(chat.0, &self.username)) {
            request = request.reply_markup(markup);
        }
        if let Err(error) = self.in_budget(chat.0, api::call(&self.bot, request.payload_ref())).await {
            tracing::warn!(%error, "could not edit a message");
        }
    }

    /// Answers a button press in `chat`, with a note shown on the button when there is one: a
    /// note is something the bot says in that chat, so it counts against the limits.
    pub async fn answer(&self, chat: i64, query: &CallbackQuery, note: Option<String>) {
        let mut answer = self.bot.answer_callback_query(query.id.clone());
        if let Some(note) = note {
            answer = answer.text(note);
        }
        if let Err(error) = self.in_budget(chat, api::call(&self.bot, answer.payload_ref())).await {
            tracing::warn!(%error, "could not answer a callback query");
        }
    }

    /// `send`, in its slot of the budget; a 429 pauses every sender.
    async fn in_budget(&self, chat: i64, send: impl Future<Output = Result<(), SendError>>) -> Result<(), SendError> {
        let slot = self.budget.acquire(chat, Priority::Reply).await;
        let result = send.await;
        drop(slot);
        if let Err(error) = &result {
            policy::heed(&self.budget, error);
        }
        result
    }
}
