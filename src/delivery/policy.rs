//! What a failed send means, decided once for every message the bot sends (replies to people and
//! outbox messages alike): an unreachable chat is switched off, a migrated group is moved, a rate
//! limit or a passing failure is retried, a refused message is given up.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::SendError;
use super::budget::Budget;
use crate::store::{Store, StoreError};

/// What to do with the message that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Send it again after this long.
    RetryAfter(Duration),
    /// Send it to the group's new id (the chat's row has moved there).
    SendTo(i64),
    /// Do not send it again.
    GiveUp(String),
}

/// The longest a passing failure makes a message wait before its next try.
const MAX_BACKOFF: Duration = Duration::from_secs(64);

/// How long to wait after the `attempts`-th failed try of a message: 1 s, 2 s, 4 s … 64 s.
pub fn backoff(attempts: i64) -> Duration {
    Duration::from_secs(1u64 << attempts.clamp(0, 6)).min(MAX_BACKOFF)
}

/// The backoff with up to a quarter more, different per chat and try, so that the messages a
/// server error failed together are not all tried again in the same instant.
pub fn jittered(attempts: i64, chat_id: i64) -> Duration {
    let base = backoff(attempts);
    let mut x = (chat_id as u64) ^ ((attempts as u64) << 32) ^ 0x9E37_79B9_7F4A_7C15;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    base + base.mul_f64((x % 1000) as f64 / 4000.0)
}

/// A 429 pauses every sender, replies and waves alike, for exactly the time Telegram asked: its
/// limit is the bot's, not one chat's.
pub fn heed(budget: &Budget, error: &SendError) {
    if let SendError::RetryAfter(wait) = error {
        budget.pause(*wait);
    }
}

/// Records what a failure says about the chat (unreachable, moved) and says what to do with the
/// message. `attempts` is how many times it was tried before, this failure not counted.
pub async fn on_failure(
    store: &Store,
    chat_id: i64,
    error: &SendError,
    attempts: i64,
    now: DateTime<Utc>,
) -> Result<Next, StoreError> {
    Ok(match error {
        SendError::RetryAfter(wait) => Next::RetryAfter(*wait),
        SendError::Gone(why) => {
            tracing::info!(chat_id, %why, "chat unreachable; switched off");
            store.set_active(chat_id, false, now).await?;
            Next::GiveUp(why.clone())
        }
        SendError::Migrated(new_id) => {
            tracing::info!(old = chat_id, new = new_id, "group migrated to a supergroup");
            store.migrate_chat(chat_id, *new_id, now).await?;
            Next::SendTo(*new_id)
        }
        SendError::Transient(why) => {
            let wait = jittered(attempts, chat_id);
            tracing::warn!(chat_id, %why, ?wait, "send failed; will retry");
            Next::RetryAfter(wait)
        }
        SendError::Rejected(why) => {
            tracing::error!(chat_id, %why, "message rejected");
            Next::GiveUp(why.clone())
        }
    })
}
