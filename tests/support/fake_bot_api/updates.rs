//! Updates the fake serves: JSON builders for what users do, the queue, and the `getUpdates` long
//! poll that hands them to the bot.

use std::{
    sync::atomic::{AtomicI64, Ordering},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use serde_json::{Map, Value, json};

use super::{
    ADMIN_USER_ID, BOT_FIRST_NAME, BOT_ID, BOT_USERNAME, FakeBotApi,
    answers::StoredMessage,
    server::{ServerState, ok},
    spec::spec,
    validate::utf16_len,
};

pub(super) fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

pub(super) static NEXT_INCOMING_ID: AtomicI64 = AtomicI64::new(1_000_000);

pub(super) fn next_incoming_id() -> i64 {
    NEXT_INCOMING_ID.fetch_add(1, Ordering::Relaxed)
}

/// `getMe` answer (teloxide's `Me` needs `can_join_groups`,
/// `can_read_all_group_messages`, `supports_inline_queries`, `has_main_web_app`).
pub fn me_json() -> Value {
    json!({
        "id": BOT_ID, "is_bot": true, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME,
        "can_join_groups": true, "can_read_all_group_messages": false,
        "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false,
    })
}

/// The bot as a plain `User` (for `from` of its messages and member updates).
pub fn bot_user_json() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME})
}

/// A human user, `first_name` "User{id}".
pub fn user_json(user_id: i64, language_code: Option<&str>) -> Value {
    let mut u = json!({"id": user_id, "is_bot": false, "first_name": format!("User{user_id}")});
    if let Some(lc) = language_code {
        u["language_code"] = json!(lc);
    }
    u
}

/// A `Chat`: `chat_type` is "private", "group", "supergroup" or "channel".
pub fn chat_json(chat_id: i64, chat_type: &str) -> Value {
    chat_json_titled(chat_id, chat_type, &format!("Test {chat_type} {chat_id}"))
}

pub(super) fn chat_json_titled(chat_id: i64, chat_type: &str, title: &str) -> Value {
    match chat_type {
        "private" => json!({"id": chat_id, "type": "private", "first_name": format!("User{chat_id}")}),
        "group" | "supergroup" | "channel" => json!({"id": chat_id, "type": chat_type, "title": title}),
        other => panic!("unknown chat type {other:?} (private|group|supergroup|channel)"),
    }
}

pub(super) fn default_chat_type(chat_id: i64) -> &'static str {
    if chat_id > 0 { "private" } else { "supergroup" }
}

/// `entities` for a text starting with a `/command` (bot_command at offset 0),
/// lengths in UTF-16 units as Telegram counts them.
pub fn command_entities(text: &str) -> Option<Value> {
    if !text.starts_with('/') {
        return None;
    }
    let cmd = text.split(char::is_whitespace).next().unwrap_or(text);
    Some(json!([{"type": "bot_command", "offset": 0, "length": utf16_len(cmd)}]))
}

/// A text `Message` from `from` in `chat` (adds the bot_command entity).
pub fn text_message_json(chat: Value, from: Value, text: &str) -> Value {
    let mut m = json!({"message_id": next_incoming_id(), "from": from, "date": unix_now(), "chat": chat, "text": text});
    if let Some(e) = command_entities(text) {
        m["entities"] = e;
    }
    m
}

/// Update (without `update_id`): a private text message from `user_id`.
pub fn private_text(chat_id: i64, user_id: i64, language_code: Option<&str>, text: &str) -> Value {
    json!({"message": text_message_json(chat_json(chat_id, "private"), user_json(user_id, language_code), text)})
}

/// Update: a text message in a group/supergroup (`chat_type`).
pub fn group_text(chat_id: i64, user_id: i64, text: &str, chat_type: &str) -> Value {
    json!({"message": text_message_json(chat_json(chat_id, chat_type), user_json(user_id, None), text)})
}

/// Update: a button press on the bot's message `message_id` in `chat_id`
/// (private for positive ids, supergroup otherwise). When pushed, the embedded
/// message is replaced by the one the fake actually sent, if it knows it.
pub fn callback_query(chat_id: i64, user_id: i64, message_id: i64, data: &str, language_code: Option<&str>) -> Value {
    let message = json!({
        "message_id": message_id, "from": bot_user_json(), "date": unix_now(),
        "chat": chat_json(chat_id, default_chat_type(chat_id)), "text": "(message with buttons)",
    });
    json!({"callback_query": {
        "id": format!("cbq{}", next_incoming_id()), "from": user_json(user_id, language_code),
        "message": message, "chat_instance": format!("ci{chat_id}"), "data": data,
    }})
}

/// An `inline_query` update: `@bot query` typed by `user_id` in any chat.
pub fn inline_query(user_id: i64, language_code: Option<&str>, query: &str) -> Value {
    json!({"inline_query": {
        "id": format!("iq{}", next_incoming_id()), "from": user_json(user_id, language_code),
        "query": query, "offset": "",
    }})
}

/// A button pressed under a message sent through inline mode: Telegram gives no message, only
/// its `inline_message_id`.
pub fn inline_callback_query(user_id: i64, inline_message_id: &str, data: &str, language_code: Option<&str>) -> Value {
    json!({"callback_query": {
        "id": format!("cbq{}", next_incoming_id()), "from": user_json(user_id, language_code),
        "inline_message_id": inline_message_id, "chat_instance": "ci-inline", "data": data,
    }})
}

/// A `ChatMember` JSON for `status` (creator, administrator, member,
/// restricted, left, kicked) with every field teloxide and the spec require.
pub fn member_json(user: Value, status: &str, can_post_messages: bool) -> Value {
    match status {
        "creator" => json!({"status": "creator", "user": user, "is_anonymous": false}),
        "administrator" => json!({
            "status": "administrator", "user": user, "can_be_edited": false, "is_anonymous": false,
            "can_manage_chat": true, "can_delete_messages": true, "can_manage_video_chats": false,
            "can_restrict_members": false, "can_promote_members": false, "can_change_info": false,
            "can_invite_users": true, "can_post_stories": false, "can_edit_stories": false,
            "can_delete_stories": false, "can_post_messages": can_post_messages,
            "can_edit_messages": can_post_messages, "can_pin_messages": true, "can_manage_topics": false,
        }),
        "member" => json!({"status": "member", "user": user}),
        "restricted" => json!({
            "status": "restricted", "user": user, "is_member": true, "can_send_messages": false,
            "can_send_audios": false, "can_send_documents": false, "can_send_photos": false,
            "can_send_videos": false, "can_send_video_notes": false, "can_send_voice_notes": false,
            "can_send_polls": false, "can_send_other_messages": false, "can_add_web_page_previews": false,
            "can_react_to_messages": false, "can_edit_tag": false, "can_change_info": false,
            "can_invite_users": false, "can_pin_messages": false, "can_manage_topics": false, "until_date": 0,
        }),
        "left" => json!({"status": "left", "user": user}),
        "kicked" => json!({"status": "kicked", "user": user, "until_date": 0}),
        other => panic!("unknown chat member status {other:?}"),
    }
}

/// Update: the bot's own membership changed (`old_status` → `new_status`).
/// For channels pass `can_post_messages` for an administrator bot.
pub fn my_chat_member(
    chat_id: i64,
    chat_type: &str,
    old_status: &str,
    new_status: &str,
    can_post_messages: bool,
) -> Value {
    let from = if chat_type == "private" { user_json(chat_id, None) } else { user_json(ADMIN_USER_ID, None) };
    json!({"my_chat_member": {
        "chat": chat_json(chat_id, chat_type), "from": from, "date": unix_now(),
        "old_chat_member": member_json(bot_user_json(), old_status, can_post_messages),
        "new_chat_member": member_json(bot_user_json(), new_status, can_post_messages),
    }})
}

impl ServerState {
    pub(super) async fn get_updates(&self, p: &Map<String, Value>) -> (u16, Value) {
        let offset = p.get("offset").and_then(Value::as_i64);
        let limit = p.get("limit").and_then(Value::as_u64).unwrap_or(100).clamp(1, 100) as usize;
        let timeout = Duration::from_secs(p.get("timeout").and_then(Value::as_u64).unwrap_or(0));
        let deadline = {
            let mut inner = self.lock();
            match offset {
                Some(off) if off < 0 => {
                    let keep = off.unsigned_abs() as usize;
                    let drop = inner.updates.len().saturating_sub(keep);
                    inner.updates.drain(..drop);
                }
                Some(off) => inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= off),
                None => {}
            }
            tokio::time::Instant::now() + timeout.min(inner.max_long_poll)
        };
        // Confirming updates is progress that `wait_until_updates_consumed` waits for.
        self.calls_changed.notify_waiters();
        let mut shutdown = self.shutdown.clone();
        loop {
            let notified = self.updates_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let inner = self.lock();
                if !inner.updates.is_empty() || *shutdown.borrow() {
                    return ok(Value::Array(inner.updates.iter().take(limit).cloned().collect()));
                }
            }
            tokio::select! {
                _ = &mut notified => {}
                _ = tokio::time::sleep_until(deadline) => return ok(json!([])),
                _ = shutdown.changed() => return ok(json!([])),
            }
        }
    }
}

impl FakeBotApi {
    /// Upper bound for holding a `getUpdates` long poll (default 10 s, i.e.
    /// teloxide's polling timeout); the hold is `min(timeout, this)`.
    pub fn set_max_long_poll(&self, max: Duration) {
        self.lock().max_long_poll = max;
    }

    /// Queues an update for `getUpdates`, after checking it against the spec
    /// (panics on a malformed update). Assigns the next `update_id` unless it
    /// has one. Returns the `update_id`.
    pub fn push_update(&self, update: Value) -> i64 {
        let mut checked = update.clone();
        if checked.get("update_id").is_none() {
            checked["update_id"] = json!(0);
        }
        let errs = spec().check_type("Update", &checked, "update");
        assert!(errs.is_empty(), "pushed update does not match the Bot API:\n  {}\n{update:#}", errs.join("\n  "));
        self.push_raw_update(update)
    }

    /// [`Self::push_update`] without the spec check (for deliberately odd updates).
    pub fn push_raw_update(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.lock();
            let id = match update.get("update_id").and_then(Value::as_i64) {
                Some(id) => id,
                None => {
                    update["update_id"] = json!(inner.next_update_id);
                    inner.next_update_id
                }
            };
            inner.next_update_id = inner.next_update_id.max(id + 1);
            // A button press refers to a message the bot sent: use the real one.
            if let Some(msg) = update.pointer("/callback_query/message") {
                let key = (msg["chat"]["id"].as_i64().unwrap_or(0), msg["message_id"].as_i64().unwrap_or(0));
                match inner.messages.get(&key) {
                    Some(stored) => update["callback_query"]["message"] = stored.json.clone(),
                    None => {
                        let stored = StoredMessage {
                            json: msg.clone(),
                            raw: msg["text"].as_str().map(str::to_owned),
                            markup: None,
                        };
                        inner.messages.insert(key, stored);
                    }
                }
            }
            inner.updates.push_back(update);
            id
        };
        self.state().updates_changed.notify_waiters();
        id
    }

    /// Updates not yet confirmed by a `getUpdates` offset.
    pub fn pending_updates(&self) -> usize {
        self.lock().updates.len()
    }

    /// Waits until the bot has confirmed every pushed update (polled with a
    /// higher offset); panics after `timeout`.
    pub async fn wait_until_updates_consumed(&self, timeout: Duration) {
        if self.wait_until(|inner| inner.updates.is_empty().then_some(()), timeout).await.is_none() {
            panic!("timed out after {timeout:?}: {} update(s) still unconfirmed", self.pending_updates());
        }
    }
}
