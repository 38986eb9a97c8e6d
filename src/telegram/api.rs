//! Sending a Bot API request without teloxide-core's wait. teloxide-core sleeps ten seconds inside
//! any request Telegram answers with a 5xx before it reads the answer; sending through it, one
//! failed request held its chat's handler or a sender slot that long. Here the request is posted
//! with the bot's own HTTP client, a 5xx or a network error comes back at once as a passing
//! failure, and delivery's policy decides when to try again.

use serde::Serialize;
use serde_json::Value;
use teloxide::prelude::*;
use teloxide::requests::Payload;
use teloxide::types::Seconds;
use teloxide::{ApiError, RequestError};

use super::transport::classify;
use crate::delivery::SendError;
use crate::delivery::budget::{Budget, Priority};

/// Sends a reply, edit or button note: takes its slot in the send budget first (replies go before
/// waves), and a 429 pauses every sender for exactly the time Telegram asked.
pub async fn reply<P: Payload + Serialize>(
    bot: &Bot,
    budget: &Budget,
    chat_id: i64,
    payload: &P,
) -> Result<(), SendError> {
    budget.acquire(chat_id, Priority::Reply).await;
    let result = call(bot, payload).await;
    if let Err(SendError::RetryAfter(wait)) = &result {
        budget.pause(*wait);
    }
    result
}

/// Posts `payload` (a teloxide request's payload) as `P::NAME`; `Ok` once Telegram accepted it.
/// Outside the send budget: for what is not a message (getMe, getChatMember, menus) and for the
/// sender, which takes its slots itself.
pub async fn call<P: Payload + Serialize>(bot: &Bot, payload: &P) -> Result<(), SendError> {
    let result = post(bot, payload).await;
    crate::metrics::send(&result);
    result
}

async fn post<P: Payload + Serialize>(bot: &Bot, payload: &P) -> Result<(), SendError> {
    let mut url = bot.api_url();
    url.path_segments_mut()
        .map_err(|_| SendError::Rejected("the Bot API URL cannot take a path".into()))?
        .push(&format!("bot{}", bot.token()))
        .push(P::NAME);
    // Errors of the HTTP client name the URL, which holds the token: never let it through.
    let transient = |e: reqwest::Error| SendError::Transient(e.without_url().to_string());
    let response = bot.client().post(url).json(payload).send().await.map_err(transient)?;
    let status = response.status();
    let body: Value = match response.json().await {
        Ok(body) => body,
        Err(_) if status.is_server_error() => return Err(SendError::Transient(format!("HTTP {status}"))),
        Err(e) => return Err(transient(e)),
    };
    if body["ok"].as_bool() == Some(true) {
        return Ok(());
    }
    let description = body["description"].as_str().unwrap_or("").to_string();
    let parameters = &body["parameters"];
    if let Some(seconds) = parameters["retry_after"].as_u64() {
        return Err(classify(RequestError::RetryAfter(Seconds::from_seconds(seconds as u32))));
    }
    if let Some(chat) = parameters["migrate_to_chat_id"].as_i64() {
        return Err(classify(RequestError::MigrateToChatId(ChatId(chat))));
    }
    if status.is_server_error() {
        return Err(SendError::Transient(format!("HTTP {status}: {description}")));
    }
    let api = serde_json::from_value::<ApiError>(Value::String(description.clone()))
        .unwrap_or(ApiError::Unknown(description));
    Err(classify(RequestError::Api(api)))
}
