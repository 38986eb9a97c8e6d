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

use super::errors::classify;
use crate::delivery::SendError;

/// Posts `payload` (a teloxide request's payload) as `P::NAME`; `Ok` once Telegram accepted it.
/// Outside the send budget: its callers take their slots themselves (`send::Replies`, the outbox's
/// sender), or send what is not a message (getChatMember, menus, inline results).
pub async fn call<P: Payload + Serialize>(bot: &Bot, payload: &P) -> Result<(), SendError> {
    call_result(bot, payload).await.map(|_| ())
}

/// Like `call`, and gives back Telegram's `result`.
pub async fn call_result<P: Payload + Serialize>(bot: &Bot, payload: &P) -> Result<Value, SendError> {
    call_named(bot, P::NAME, payload).await
}

/// Posts any JSON body as `method` (for requests built by hand, such as a photo sent by file id).
pub async fn call_named(bot: &Bot, method: &str, body: &impl Serialize) -> Result<Value, SendError> {
    let result = ask(bot, method, body).await;
    count(&result);
    result
}

/// Like `call_result`, for what is not a message and so not counted as a send (getMe,
/// getUpdates, getWebhookInfo): Telegram's `result`, or the failure without teloxide's wait.
pub async fn ask<P: Serialize>(bot: &Bot, method: &str, body: &P) -> Result<Value, SendError> {
    let url = method_url(bot, method)?;
    let response = bot.client().post(url).json(body).send().await.map_err(transient)?;
    answer(response).await
}

/// One file of a `multipart/form-data` upload.
#[derive(Debug, Clone)]
pub struct Upload<'a> {
    /// The parameter the file is for ("photo").
    pub field: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}

/// Posts `method` as `multipart/form-data`: the text `fields` (nested objects as JSON text, as
/// Telegram reads them) and one file. A sibling of `call` for uploads, counted the same way.
pub async fn call_multipart(
    bot: &Bot,
    method: &str,
    fields: &[(&str, String)],
    file: Upload<'_>,
) -> Result<Value, SendError> {
    let result = async {
        let url = method_url(bot, method)?;
        let (boundary, body) = multipart_body(fields, &file);
        let response = bot
            .client()
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(body)
            .send()
            .await
            .map_err(transient)?;
        answer(response).await
    }
    .await;
    count(&result);
    result
}

/// A multipart body. The boundary is long and fixed; a field that contained it would be cut, so
/// it is made of characters no text of ours holds together.
fn multipart_body(fields: &[(&str, String)], file: &Upload<'_>) -> (String, Vec<u8>) {
    let boundary = "j20-boundary-7f3c9a1e5b2d4f60a8c1e3b5d7f9a2c4".to_string();
    let mut body = Vec::with_capacity(file.bytes.len() + 1024);
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            file.field, file.filename, file.content_type
        )
        .as_bytes(),
    );
    body.extend_from_slice(file.bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (boundary, body)
}

/// Counts a send by how Telegram answered.
fn count<T>(result: &Result<T, SendError>) {
    crate::metrics::send(result.as_ref().err().map_or("ok", SendError::label));
}

fn method_url(bot: &Bot, method: &str) -> Result<url::Url, SendError> {
    let mut url = bot.api_url();
    url.path_segments_mut()
        .map_err(|_| SendError::Rejected("the Bot API URL cannot take a path".into()))?
        .push(&format!("bot{}", bot.token()))
        .push(method);
    Ok(url)
}

/// Errors of the HTTP client name the URL, which holds the token: never let it through.
fn transient(e: reqwest::Error) -> SendError {
    SendError::Transient(e.without_url().to_string())
}

/// Telegram's answer: its `result`, or what the failure means for delivery.
async fn answer(response: reqwest::Response) -> Result<Value, SendError> {
    let status = response.status();
    let mut body: Value = match response.json().await {
        Ok(body) => body,
        Err(_) if status.is_server_error() => return Err(SendError::Transient(format!("HTTP {status}"))),
        Err(e) => return Err(transient(e)),
    };
    if body["ok"].as_bool() == Some(true) {
        return Ok(body["result"].take());
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
