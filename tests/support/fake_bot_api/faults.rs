//! Failure injection: the faults a test queues or sets per chat, an outage of Telegram, and the
//! error answers Telegram gives for each.

use std::{collections::VecDeque, time::Duration};

use serde_json::{Value, json};

use super::{
    FakeBotApi,
    server::{Inner, envelope_err, normalise},
};

/// An injected failure. Descriptions are the exact strings teloxide-core's
/// `ApiError` parser matches, so teloxide maps them to the right error kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// 429 with `parameters.retry_after` → `RequestError::RetryAfter(secs)`.
    RetryAfter(u32),
    /// 403 "Forbidden: bot was blocked by the user" → `ApiError::BotBlocked`.
    Blocked,
    /// 403 kicked, worded by the chat's type: channel → "Forbidden: bot was
    /// kicked from the channel chat" (`BotKickedFromChannel`), group →
    /// "Forbidden: bot was kicked from the group chat" (teloxide has no variant
    /// for this real Telegram text: `ApiError::Unknown`), anything else →
    /// "Forbidden: bot was kicked from the supergroup chat"
    /// (`BotKickedFromSupergroup`).
    Kicked,
    /// 403 "Forbidden: user is deactivated" → `ApiError::UserDeactivated`.
    UserDeactivated,
    /// 400 "Bad Request: chat not found" → `ApiError::ChatNotFound`.
    ChatNotFound,
    /// 400 with `parameters.migrate_to_chat_id` → `RequestError::MigrateToChatId`.
    Migrate(i64),
    /// HTTP 500. teloxide-core sleeps 10 s on *any* 5xx answer before reading
    /// it (`DELAY_ON_SERVER_ERROR`); the bot's own requests (`src/telegram/api.rs`:
    /// sends, getMe, and getUpdates in `src/telegram/polling.rs`) do not.
    ServerError,
    /// Answer normally, but only after this delay.
    Slow(Duration),
    /// Any other error answer.
    Api { status: u16, description: String },
}

pub(super) fn fault_answer(f: &Fault, chat_type: &str) -> (u16, Value) {
    let e = |code: u16, d: &str| (code, envelope_err(code, d, None));
    match f {
        Fault::RetryAfter(n) => {
            (429, envelope_err(429, &format!("Too Many Requests: retry after {n}"), Some(json!({"retry_after": n}))))
        }
        Fault::Blocked => e(403, "Forbidden: bot was blocked by the user"),
        Fault::Kicked => match chat_type {
            "channel" => e(403, "Forbidden: bot was kicked from the channel chat"),
            "group" => e(403, "Forbidden: bot was kicked from the group chat"),
            _ => e(403, "Forbidden: bot was kicked from the supergroup chat"),
        },
        Fault::UserDeactivated => e(403, "Forbidden: user is deactivated"),
        Fault::ChatNotFound => e(400, "Bad Request: chat not found"),
        Fault::Migrate(to) => (
            400,
            envelope_err(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                Some(json!({"migrate_to_chat_id": to})),
            ),
        ),
        Fault::ServerError => e(500, "Internal Server Error"),
        Fault::Slow(_) => (200, json!({"ok": true, "result": true})), // handled by the caller
        Fault::Api { status, description } => e(*status, description),
    }
}

impl Inner {
    pub(super) fn take_fault(&mut self, method: &str, chat: Option<i64>) -> Option<Fault> {
        if let Some(c) = chat
            && let Some(q) = self.chat_faults_once.get_mut(&(method.to_owned(), c))
            && let Some(f) = q.pop_front()
        {
            return Some(f);
        }
        for key in [method, "*"] {
            if let Some(f) = self.faults.get_mut(key).and_then(VecDeque::pop_front) {
                return Some(f);
            }
        }
        None
    }
}

impl FakeBotApi {
    /// Queues a fault for the next call of `method` (PascalCase or camelCase;
    /// `"*"` = any method). Queued faults are used in order, one per request.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        let m = if method == "*" { method.to_owned() } else { normalise(method) };
        self.lock().faults.entry(m).or_default().push_back(fault);
    }

    /// Like [`Self::fail_next`] but only for requests with this `chat_id`
    /// (checked before the per-method queue).
    pub fn fail_next_in_chat(&self, method: &str, chat_id: i64, fault: Fault) {
        self.lock().chat_faults_once.entry((normalise(method), chat_id)).or_default().push_back(fault);
    }

    /// Persistent fault for every request (any method) whose `chat_id` is
    /// `chat_id`; `None` removes it. `Fault::Slow` is not supported here.
    pub fn set_chat_fault(&self, chat_id: i64, fault: Option<Fault>) {
        let mut inner = self.lock();
        match fault {
            Some(f) => inner.chat_faults.insert(chat_id, f),
            None => inner.chat_faults.remove(&chat_id),
        };
    }

    /// Every request to `chat_id` answers 403 "bot was blocked by the user".
    pub fn block_chat(&self, chat_id: i64) {
        self.set_chat_fault(chat_id, Some(Fault::Blocked));
    }

    /// Every request to `old` answers 400 with `migrate_to_chat_id = new`.
    pub fn migrate_chat(&self, old: i64, new: i64) {
        self.set_chat_fault(old, Some(Fault::Migrate(new)));
        let mut inner = self.lock();
        inner.chats.entry(new).or_insert_with(|| ("supergroup".into(), format!("Test supergroup {new}")));
    }

    /// Removes all queued and persistent faults.
    pub fn clear_faults(&self) {
        let mut inner = self.lock();
        inner.faults.clear();
        inner.chat_faults_once.clear();
        inner.chat_faults.clear();
    }

    /// While set, every send is answered with this fault (`ServerError` alternates HTTP 500
    /// and 502): an outage of Telegram. `None` ends it.
    pub fn set_outage(&self, fault: Option<Fault>) {
        self.lock().outage = fault;
    }
}
