//! What each method answers when nothing fails: the messages the bot sent (kept so edits and
//! button presses see them), chats and members, and the bot's own settings.

use serde_json::{Map, Value, json};

use super::{
    BOT_FIRST_NAME, BOT_ID, FakeBotApi,
    server::{Inner, envelope_err, normalise, ok},
    spec::spec,
    updates::{
        bot_user_json, chat_json, chat_json_titled, default_chat_type, me_json, member_json, unix_now, user_json,
    },
    validate::parse_html,
};

pub(super) struct StoredMessage {
    pub(super) json: Value,
    pub(super) raw: Option<String>,
    pub(super) markup: Option<Value>,
}

impl Inner {
    pub(super) fn chat_type(&self, chat: i64) -> String {
        self.chats.get(&chat).map(|(k, _)| k.clone()).unwrap_or_else(|| default_chat_type(chat).to_owned())
    }

    pub(super) fn chat_for(&self, chat_id: Option<&Value>) -> Value {
        match chat_id {
            Some(Value::String(name)) => {
                let name = name.trim_start_matches('@');
                json!({"id": -1_001_000_000_000i64, "type": "channel", "title": name, "username": name})
            }
            Some(v) => {
                let id = v.as_i64().unwrap_or(0);
                match self.chats.get(&id) {
                    Some((kind, title)) => chat_json_titled(id, kind, title),
                    None => chat_json(id, default_chat_type(id)),
                }
            }
            None => chat_json(0, "private"),
        }
    }

    pub(super) fn new_message(&mut self, p: &Map<String, Value>, content: Value, raw: Option<String>) -> Value {
        let chat = self.chat_for(p.get("chat_id"));
        let id = self.next_message_id;
        self.next_message_id += 1;
        let mut m = json!({"message_id": id, "date": unix_now(), "chat": chat});
        if m["chat"]["type"] == "channel" {
            m["sender_chat"] = m["chat"].clone();
        } else {
            m["from"] = bot_user_json();
        }
        if let Some(t) = p.get("message_thread_id").filter(|v| v.is_i64()) {
            m["message_thread_id"] = t.clone();
        }
        for (k, v) in content.as_object().into_iter().flatten() {
            m[k] = v.clone();
        }
        let markup = p.get("reply_markup").filter(|v| v.get("inline_keyboard").is_some()).cloned();
        if let Some(mk) = &markup {
            m["reply_markup"] = mk.clone();
        }
        let chat_id = m["chat"]["id"].as_i64().unwrap_or(0);
        self.messages.insert((chat_id, id), StoredMessage { json: m.clone(), raw, markup });
        m
    }

    pub(super) fn edit(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        if p.get("inline_message_id").is_some() {
            return ok(json!(true));
        }
        let chat = p.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
        let id = p.get("message_id").and_then(Value::as_i64).unwrap_or(0);
        let markup = p.get("reply_markup").cloned();
        let field = match method {
            "editMessageText" => Some("text"),
            "editMessageCaption" => Some("caption"),
            _ => None,
        };
        let raw = field.and_then(|f| p.get(f)).and_then(Value::as_str).map(str::to_owned);
        let stored = self.messages.remove(&(chat, id));
        let new_raw = if field.is_some() { raw.clone() } else { stored.as_ref().and_then(|s| s.raw.clone()) };
        if let Some(s) = &stored
            && s.raw == new_raw
            && s.markup == markup
        {
            let m = stored.expect("checked");
            self.messages.insert((chat, id), m);
            let d = "Bad Request: message is not modified: specified new message content and reply markup are \
                     exactly the same as a current content and reply markup of the message";
            return (400, envelope_err(400, d, None));
        }
        let mut m = match stored {
            Some(s) => s.json,
            None => json!({
                "message_id": id, "from": bot_user_json(), "date": unix_now(),
                "chat": self.chat_for(p.get("chat_id")), "text": "(unknown message)",
            }),
        };
        m["edit_date"] = json!(unix_now());
        if let (Some(f), Some(r)) = (field, &raw) {
            m[f] = json!(plain_text(r, p));
            match p.get("entities").or(p.get("caption_entities")) {
                Some(e) => m[if f == "text" { "entities" } else { "caption_entities" }] = e.clone(),
                None => {
                    if let Some(o) = m.as_object_mut() {
                        o.remove(if f == "text" { "entities" } else { "caption_entities" });
                    }
                }
            }
        }
        match &markup {
            Some(mk) if mk.get("inline_keyboard").is_some() => m["reply_markup"] = mk.clone(),
            _ => {
                if let Some(o) = m.as_object_mut() {
                    o.remove("reply_markup");
                }
            }
        }
        self.messages.insert((chat, id), StoredMessage { json: m.clone(), raw: new_raw, markup });
        ok(m)
    }

    pub(super) fn build_result(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let chat = p.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
        match method {
            "getMe" => ok(me_json()),
            "getWebhookInfo" => {
                ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": self.updates.len()}))
            }
            "deleteWebhook" => {
                if p.get("drop_pending_updates") == Some(&json!(true)) {
                    self.updates.clear();
                }
                ok(json!(true))
            }
            "sendMessage" => {
                let raw = p.get("text").and_then(Value::as_str).unwrap_or_default().to_owned();
                let mut content = json!({"text": plain_text(&raw, p)});
                if let Some(e) = p.get("entities") {
                    content["entities"] = e.clone();
                }
                ok(self.new_message(p, content, Some(raw)))
            }
            "sendPhoto" | "sendDocument" => {
                let file = json!({"file_id": "fake-file-id", "file_unique_id": "fake-unique-id"});
                let mut content = if method == "sendPhoto" {
                    json!({"photo": [{"file_id": "fake-file-id", "file_unique_id": "fake-unique-id", "width": 1, "height": 1}]})
                } else {
                    json!({"document": file})
                };
                let raw = p.get("caption").and_then(Value::as_str).map(str::to_owned);
                if let Some(c) = &raw {
                    content["caption"] = json!(plain_text(c, p));
                }
                ok(self.new_message(p, content, raw))
            }
            "editMessageText" | "editMessageReplyMarkup" | "editMessageCaption" => self.edit(method, p),
            "deleteMessage" => {
                let id = p.get("message_id").and_then(Value::as_i64).unwrap_or(0);
                self.messages.remove(&(chat, id));
                ok(json!(true))
            }
            "copyMessage" => {
                let id = self.next_message_id;
                self.next_message_id += 1;
                ok(json!({"message_id": id}))
            }
            "copyMessages" | "forwardMessages" => {
                let n = p.get("message_ids").and_then(Value::as_array).map_or(0, Vec::len);
                let ids: Vec<Value> = (0..n)
                    .map(|_| {
                        self.next_message_id += 1;
                        json!({"message_id": self.next_message_id - 1})
                    })
                    .collect();
                ok(json!(ids))
            }
            "sendMediaGroup" => {
                let n = p.get("media").and_then(Value::as_array).map_or(1, Vec::len);
                let msgs: Vec<Value> = (0..n).map(|_| self.new_message(p, json!({"text": "(media)"}), None)).collect();
                ok(json!(msgs))
            }
            m if m.starts_with("getChat") => self.chat_result(m, p),
            m if m.contains("My") => self.settings_result(m, p),
            _ => self.described_result(method, p),
        }
    }

    /// `getChat…`: the chats and members the test registered, defaults otherwise.
    fn chat_result(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let chat = p.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
        match method {
            "getChatMember" => {
                let user = p.get("user_id").and_then(Value::as_i64).unwrap_or(0);
                let status = self.members.get(&(chat, user)).cloned().unwrap_or_else(|| "member".into());
                let u = if user == BOT_ID { bot_user_json() } else { user_json(user, None) };
                ok(member_json(u, &status, self.chat_type(chat) == "channel"))
            }
            "getChatAdministrators" => {
                let channel = self.chat_type(chat) == "channel";
                let mut admins: Vec<(i64, String)> = self
                    .members
                    .iter()
                    .filter(|((c, _), s)| *c == chat && matches!(s.as_str(), "creator" | "administrator"))
                    .map(|((_, u), s)| (*u, s.clone()))
                    .collect();
                admins.sort();
                let list: Vec<Value> = admins
                    .into_iter()
                    .map(|(u, s)| {
                        let user = if u == BOT_ID { bot_user_json() } else { user_json(u, None) };
                        member_json(user, &s, channel)
                    })
                    .collect();
                ok(json!(list))
            }
            "getChat" => {
                let mut c = self.chat_for(p.get("chat_id"));
                c["accent_color_id"] = json!(0);
                c["max_reaction_count"] = json!(11);
                c["accepted_gift_types"] = json!({"unlimited_gifts": false, "limited_gifts": false,
                    "unique_gifts": false, "premium_subscription": false, "gifts_from_channels": false});
                ok(c)
            }
            "getChatMemberCount" => ok(json!(2)),
            "getChatMenuButton" => ok(json!({"type": "default"})),
            _ => self.described_result(method, p),
        }
    }

    /// The bot's own commands, description and name, per scope and language.
    fn settings_result(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let lang = p.get("language_code").and_then(Value::as_str).unwrap_or("");
        let scope = p.get("scope").map(Value::to_string).unwrap_or_default();
        match method {
            "setMyCommands" => {
                let cmds = p.get("commands").cloned().unwrap_or(json!([]));
                self.settings.insert(format!("commands{scope}|{lang}"), cmds);
                ok(json!(true))
            }
            "deleteMyCommands" => {
                self.settings.remove(&format!("commands{scope}|{lang}"));
                ok(json!(true))
            }
            "getMyCommands" => ok(self.settings.get(&format!("commands{scope}|{lang}")).cloned().unwrap_or(json!([]))),
            "setMyDescription" | "setMyShortDescription" | "setMyName" => {
                let field = match method {
                    "setMyDescription" => "description",
                    "setMyShortDescription" => "short_description",
                    _ => "name",
                };
                let v = p.get(field).cloned().unwrap_or(json!(""));
                self.settings.insert(format!("{field}|{lang}"), v);
                ok(json!(true))
            }
            "getMyDescription" | "getMyShortDescription" | "getMyName" => {
                let field = match method {
                    "getMyDescription" => "description",
                    "getMyShortDescription" => "short_description",
                    _ => "name",
                };
                let default = if field == "name" { json!(BOT_FIRST_NAME) } else { json!("") };
                let v = self.settings.get(&format!("{field}|{lang}")).cloned().unwrap_or(default);
                ok(json!({ field: v }))
            }
            _ => self.described_result(method, p),
        }
    }

    /// Any other method, answered by what the description says it returns.
    fn described_result(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let returns = spec().returns(method);
        if returns.first().is_some_and(|r| r == "Boolean") {
            ok(json!(true))
        } else if returns.first().is_some_and(|r| r == "Message") {
            if p.get("inline_message_id").is_some() && returns.iter().any(|r| r == "Boolean") {
                return ok(json!(true));
            }
            let text = p.get("caption").or(p.get("text")).and_then(Value::as_str).unwrap_or("(fake)");
            ok(self.new_message(p, json!({"text": text}), None))
        } else {
            self.violations
                .push(format!("{method}: not implemented by the fake (returns {returns:?}); use respond_with()"));
            (400, envelope_err(400, "Bad Request: method not implemented by the fake", None))
        }
    }
}

/// The text Telegram would store: HTML stripped when `parse_mode` is HTML.
pub(super) fn plain_text(raw: &str, p: &Map<String, Value>) -> String {
    if p.get("parse_mode").and_then(Value::as_str) == Some("HTML") {
        parse_html(raw).map(|(t, _)| t).unwrap_or_else(|_| raw.to_owned())
    } else {
        raw.to_owned()
    }
}

impl FakeBotApi {
    /// Registers a chat's type ("private", "group", "supergroup", "channel") and title.
    pub fn set_chat(&self, chat_id: i64, kind: &str, title: &str) {
        chat_json_titled(chat_id, kind, title); // validates `kind`
        self.lock().chats.insert(chat_id, (kind.to_owned(), title.to_owned()));
    }

    /// Status `getChatMember` reports: "creator", "administrator", "member",
    /// "restricted", "left" or "kicked" (default "member").
    pub fn set_member_status(&self, chat_id: i64, user_id: i64, status: &str) {
        member_json(json!({}), status, false); // validates `status`
        self.lock().members.insert((chat_id, user_id), status.to_owned());
    }

    /// Answer every successful `method` call with this `result` instead.
    pub fn respond_with(&self, method: &str, result: Value) {
        self.lock().responses.insert(normalise(method), result);
    }
}
