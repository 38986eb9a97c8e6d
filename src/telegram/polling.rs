//! Long polling (getUpdates) of our own, read by teloxide's dispatcher as an `UpdateListener`.
//!
//! teloxide's listener asks through teloxide-core, which sleeps ten seconds inside any request
//! answered with a 5xx before it even reads the answer (`DELAY_ON_SERVER_ERROR`), and then backs
//! off 1, 2, 4 … 64 s more: a Bot API hiccup of one second held every chat's answers for ten or
//! more. Here getUpdates goes through `api::ask`, which has no such wait; a failed poll (a 5xx, a
//! network error, anything but a 429) is tried again after `backoff`: 200 ms, doubling with each
//! failure in a row, never more than 5 s. A 429 waits exactly what Telegram asked.
//!
//! Offsets, as teloxide's own listener keeps them: the next getUpdates, which confirms a batch to
//! Telegram, is asked only once the dispatcher has taken the batch's last update, so nothing is
//! confirmed before it is handed over, and an update that failed to arrive is asked for again
//! with the same offset. On stop, the long poll in flight is dropped, what is already in hand is
//! handed over, and one short getUpdates (limit 1, timeout 0) confirms it.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::Duration;

use futures::stream::{self, BoxStream, StreamExt};
use serde::Deserialize;
use serde_json::Value;
use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use super::api;
use crate::delivery::SendError;

/// How long Telegram may hold one getUpdates when nothing happens (teloxide's default too); the
/// bot's HTTP client gives up on a request after 17 s.
const LONG_POLL_SECONDS: u32 = 10;

/// The first wait after a failure, and the longest.
const FIRST_BACKOFF: Duration = Duration::from_millis(200);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// How many times the last confirmation is tried at stop: updates it fails to confirm come again
/// after the restart.
const CONFIRM_TRIES: u32 = 3;

/// The wait before asking again after `failures` failed requests in a row (0 for the first):
/// short enough that a one-off 5xx costs a fifth of a second, growing so that an outage is not
/// hammered.
pub fn backoff(failures: u32) -> Duration {
    FIRST_BACKOFF.saturating_mul(1 << failures.min(8)).min(MAX_BACKOFF)
}

/// The long-polling listener. Made by `listener`, which removes a webhook first.
pub struct Polling {
    bot: Bot,
    /// What the dispatcher handles (its hint), sent with every getUpdates until one succeeds.
    allowed: Option<Vec<AllowedUpdate>>,
    token: StopToken,
    flag: StopFlag,
}

/// Removes any webhook (Telegram refuses getUpdates while one is set) and returns the listener.
/// A failure here is logged, not fatal: the polls then say what is wrong.
pub async fn listener(bot: &Bot) -> Polling {
    delete_webhook(bot).await;
    let (token, flag) = mk_stop_token();
    Polling { bot: bot.clone(), allowed: None, token, flag }
}

async fn delete_webhook(bot: &Bot) {
    let info = match api::ask(bot, "getWebhookInfo", bot.get_webhook_info().payload_ref()).await {
        Ok(info) => info,
        Err(error) => return tracing::warn!(%error, "could not ask Telegram whether a webhook is set"),
    };
    if info["url"].as_str().is_some_and(|url| !url.is_empty()) {
        // Pending updates are kept: they are read by the first poll.
        let delete = bot.delete_webhook().drop_pending_updates(false);
        match api::ask(bot, "deleteWebhook", delete.payload_ref()).await {
            Ok(_) => tracing::info!("webhook removed: updates come by long polling"),
            Err(error) => tracing::warn!(%error, "could not remove the webhook; getUpdates will fail until it is"),
        }
    }
}

impl UpdateListener for Polling {
    type Err = Infallible;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}

impl<'a> AsUpdateStream<'a> for Polling {
    type StreamErr = Infallible;
    type Stream = BoxStream<'a, Result<Update, Infallible>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let poller = Poller {
            bot: self.bot.clone(),
            allowed: self.allowed.clone(),
            flag: self.flag.clone(),
            offset: 0,
            batch: VecDeque::new(),
            failures: 0,
            done: false,
        };
        stream::unfold(poller, |mut poller| async move {
            let update = poller.next().await?;
            Some((Ok(update), poller))
        })
        .boxed()
    }
}

/// The state of one stream of updates.
struct Poller {
    bot: Bot,
    allowed: Option<Vec<AllowedUpdate>>,
    flag: StopFlag,
    /// The id after the last update handed over: the next getUpdates confirms everything before.
    offset: i32,
    batch: VecDeque<Update>,
    /// Failed requests in a row.
    failures: u32,
    done: bool,
}

impl Poller {
    /// The next update, or `None` once stopped (after confirming what was handed over).
    async fn next(&mut self) -> Option<Update> {
        loop {
            if let Some(update) = self.batch.pop_front() {
                self.offset = self.offset.max(update.id.as_offset());
                return Some(update);
            }
            if self.done {
                return None;
            }
            let stop = self.flag.clone();
            tokio::select! {
                // Dropping the poll in flight loses nothing: what it would have brought is not
                // confirmed, and Telegram gives it to the next poll, here or after a restart.
                () = stop => {
                    self.done = true;
                    self.confirm().await;
                    return None;
                }
                () = self.poll() => {}
            }
        }
    }

    /// One getUpdates: its updates go into `batch`; after a failure, the wait before the next.
    async fn poll(&mut self) {
        let mut request = self.bot.get_updates().offset(self.offset).timeout(LONG_POLL_SECONDS);
        if let Some(allowed) = &self.allowed {
            request = request.allowed_updates(allowed.clone());
        }
        let result = api::ask(&self.bot, "getUpdates", request.payload_ref()).await.and_then(|value| self.read(value));
        let error = match result {
            Ok(()) => {
                if self.failures > 0 {
                    tracing::info!(failures = self.failures, "getUpdates answers again");
                }
                self.failures = 0;
                self.allowed = None;
                return;
            }
            Err(error) => error,
        };
        let wait = match error {
            SendError::RetryAfter(wait) => wait,
            _ => backoff(self.failures),
        };
        self.failures = self.failures.saturating_add(1);
        // The error is ours (`api`): it never holds the URL, and so never the token.
        tracing::warn!(
            %error,
            failures = self.failures,
            wait_ms = wait.as_millis() as u64,
            "getUpdates failed; polling again in {} ms",
            wait.as_millis()
        );
        tokio::time::sleep(wait).await;
    }

    /// Telegram's list of updates into `batch`. One that this version cannot read is skipped
    /// by its id alone (logged without its content), and still confirmed: it would only come
    /// back.
    fn read(&mut self, value: Value) -> Result<(), SendError> {
        let Value::Array(list) = value else {
            return Err(SendError::Transient("getUpdates answered something that is not a list".into()));
        };
        for item in list {
            match Update::deserialize(&item) {
                Ok(update) => self.batch.push_back(update),
                Err(error) => {
                    let id = item["update_id"].as_i64().unwrap_or(-1);
                    // Its kind alone: serde's message may quote the update's text.
                    let kind = error.classify();
                    tracing::warn!(update_id = id, ?kind, "an update this version cannot read: skipped");
                    if let Ok(id) = i32::try_from(id) {
                        self.offset = self.offset.max(id.saturating_add(1));
                    }
                }
            }
        }
        Ok(())
    }

    /// Confirms the updates handed over, so that a restart does not get them again.
    async fn confirm(&self) {
        let request = self.bot.get_updates().offset(self.offset).limit(1).timeout(0);
        for failures in 0..CONFIRM_TRIES {
            match api::ask(&self.bot, "getUpdates", request.payload_ref()).await {
                Ok(_) => return,
                Err(error) if failures + 1 < CONFIRM_TRIES => {
                    tracing::warn!(%error, "could not confirm the last updates; trying again");
                    tokio::time::sleep(backoff(failures)).await;
                }
                Err(error) => {
                    tracing::warn!(%error, "could not confirm the last updates; they come again after a restart")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_starts_short_and_stays_within_a_few_seconds() {
        let waits: Vec<u64> = (0..8).map(|n| backoff(n).as_millis() as u64).collect();
        assert_eq!(waits, [200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
    }
}
