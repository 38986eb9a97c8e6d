//! Telegram's errors in delivery's terms: what a failed request means for the message (wait,
//! move, give up, switch the chat off).

use teloxide::{ApiError, RequestError};

use crate::delivery::SendError;

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
