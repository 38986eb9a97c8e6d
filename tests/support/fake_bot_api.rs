//! A fake Telegram Bot API server for integration tests, run in-process on
//! `127.0.0.1:0`.
//!
//! Point teloxide at it with [`FakeBotApi::bot`] (which is
//! `Bot::new(token).set_api_url(url)`), or, for a spawned binary, with the
//! environment variables `TELOXIDE_TOKEN` / `TELOXIDE_API_URL` (only
//! `Bot::from_env()` reads `TELOXIDE_API_URL`; `Bot::new` does not). When a
//! test blocks its thread (e.g. waits for a child process synchronously), use a
//! multi-threaded runtime so the server keeps running.
//!
//! Wire format (teloxide-core 0.13): every request is
//! `POST {api_url}/bot{TOKEN}/{MethodName}` with the method name in PascalCase
//! (`SendMessage`; `...Inline` suffixes already stripped) and a JSON body.
//! Methods that *can* upload files (sendPhoto, sendDocument, sendMediaGroup,
//! ...) are always sent as `multipart/form-data`, even with a file id or URL;
//! the fake decodes those back into JSON params (see `multipart_params`) and
//! validates them the same way. The fake lower-cases the first letter to get
//! Telegram's method name and answers with Telegram's envelope
//! `{"ok":true,"result":...}` or
//! `{"ok":false,"error_code":N,"description":"...","parameters":{...}}`.
//!
//! Every request is checked against the official Bot API description
//! (`tests/support/bot-api/bot-api-10.1.min.json`, MIT, from
//! PaulSonOfLars/telegram-bot-api-spec): the method must exist, every
//! parameter must be known, required ones present, and values (recursively,
//! including nested objects such as `reply_markup`) must have the documented
//! types. On top of that: `text` of `sendMessage`/`editMessageText` must be
//! 1..=4096 **UTF-16 code units** after entity parsing (for `parse_mode=HTML`
//! the tags are stripped and entities decoded first, and the HTML must be
//! well-formed with supported tags), captions 0..=1024, `callback_data`
//! 1..=64 bytes, inline buttons need exactly one action field, bot commands
//! must match `[a-z0-9_]{1,32}` with a 1..=256 character description. Problems
//! are recorded as violations ([`FakeBotApi::violations`],
//! [`FakeBotApi::assert_no_violations`]). Requests Telegram would refuse are
//! also answered with the error Telegram gives (e.g. "Bad Request: message is
//! too long"); unknown parameters (Telegram ignores them) and unescaped
//! `&`/`>` in HTML (the docs forbid them) are only recorded. Turn refusing off with
//! [`FakeBotApi::set_reject_invalid`].
//!
//! Start-up calls teloxide makes: `Dispatcher::dispatch()` first builds the
//! default polling listener, which calls `getWebhookInfo` (and `deleteWebhook`
//! only when a webhook URL is set), then calls `getMe`, then polls
//! `getUpdates {"offset":0,"timeout":10,"allowed_updates":[...]}`
//! (`allowed_updates` only on the first poll). On graceful shutdown it drops
//! the in-flight long poll and confirms the offset with a final
//! `getUpdates {"offset":N,"limit":1,"timeout":0}`.

use std::{
    collections::{HashMap, VecDeque},
    net::SocketAddr,
    sync::{
        Arc, Mutex, MutexGuard, OnceLock,
        atomic::{AtomicI64, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use serde_json::{Map, Value, json};
use tokio::{
    sync::{Notify, watch},
    task::JoinHandle,
};

/// Token the fake accepts by default; the bot id is the part before `:`.
pub const DEFAULT_TOKEN: &str = "7000000001:AAFakeTokenForJanuary20BotTests";
/// Id of the fake bot user (matches [`DEFAULT_TOKEN`]).
pub const BOT_ID: i64 = 7_000_000_001;
pub const BOT_USERNAME: &str = "january20_test_bot";
pub const BOT_FIRST_NAME: &str = "January 20 Test Bot";
/// The user that adds/removes the bot in [`my_chat_member`] for non-private chats.
pub const ADMIN_USER_ID: i64 = 42;
/// Failure guard for the `wait_*` helpers (they return as soon as the
/// condition holds; this is only how long to wait before failing).
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(10);

const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/bot-api/bot-api-10.1.min.json");

// ---------------------------------------------------------------------------
// Public data types
// ---------------------------------------------------------------------------

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Call {
    /// Telegram (camelCase) method name, e.g. `sendMessage`.
    pub method: String,
    /// The JSON body (multipart bodies decoded to the same shape; `Null` when
    /// the body could not be read).
    pub params: Value,
    /// When the request arrived. Calls are recorded when answered, so a held
    /// long poll appears only once it returns.
    pub at: Instant,
    /// HTTP status the fake answered with (200 = success).
    pub status: u16,
}

impl Call {
    pub fn is_ok(&self) -> bool {
        self.status == 200
    }
    pub fn chat_id(&self) -> Option<i64> {
        self.params.get("chat_id").and_then(Value::as_i64)
    }
    pub fn str_param(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str)
    }
    pub fn text(&self) -> Option<&str> {
        self.str_param("text")
    }
    /// All `callback_data` values of the inline keyboard in `reply_markup`.
    pub fn callback_data(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(rows) = self.params.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array) {
            for button in rows.iter().filter_map(Value::as_array).flatten() {
                if let Some(d) = button.get("callback_data").and_then(Value::as_str) {
                    out.push(d.to_owned());
                }
            }
        }
        out
    }
}

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

// ---------------------------------------------------------------------------
// Bot API description (spec) and validation
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct FieldSpec {
    name: String,
    types: Vec<String>,
    required: bool,
    /// Fixed value of a discriminator field (`type`/`status`/`source`) of a
    /// union member, e.g. `"creator"` for `ChatMemberOwner.status`.
    constant: Option<String>,
}

#[derive(Debug)]
struct MethodSpec {
    fields: Vec<FieldSpec>,
    returns: Vec<String>,
}

#[derive(Debug)]
struct TypeSpec {
    fields: Vec<FieldSpec>,
    subtypes: Vec<String>,
}

/// The parsed official Bot API description.
#[derive(Debug)]
pub struct ApiSpec {
    methods: HashMap<String, MethodSpec>,
    types: HashMap<String, TypeSpec>,
}

/// The Bot API description, parsed once per test binary.
pub fn spec() -> &'static ApiSpec {
    static SPEC: OnceLock<ApiSpec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let raw = std::fs::read_to_string(SPEC_PATH)
            .unwrap_or_else(|e| panic!("cannot read Bot API description {SPEC_PATH}: {e}"));
        let v: Value = serde_json::from_str(&raw).expect("Bot API description is not JSON");
        ApiSpec::from_json(&v)
    })
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn discriminator(description: &str) -> Option<String> {
    if let Some(i) = description.find("always \"") {
        let rest = &description[i + 8..];
        return rest.find('"').map(|j| rest[..j].to_owned());
    }
    let i = description.find("must be ")?;
    let word: String = description[i + 8..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    (!word.is_empty()).then_some(word)
}

fn fields_of(v: &Value, is_union_member: bool) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    for f in v.get("fields").and_then(Value::as_array).into_iter().flatten() {
        let name = f["name"].as_str().unwrap_or_default().to_owned();
        let constant = (is_union_member && matches!(name.as_str(), "type" | "status" | "source"))
            .then(|| discriminator(f["description"].as_str().unwrap_or_default()))
            .flatten();
        out.push(FieldSpec {
            name,
            types: strings(f.get("types")),
            required: f["required"].as_bool().unwrap_or(false),
            constant,
        });
    }
    out
}

impl ApiSpec {
    fn from_json(v: &Value) -> Self {
        let mut methods = HashMap::new();
        for (name, m) in v["methods"].as_object().expect("spec has no methods") {
            let spec = MethodSpec { fields: fields_of(m, false), returns: strings(m.get("returns")) };
            methods.insert(name.clone(), spec);
        }
        let mut types = HashMap::new();
        for (name, t) in v["types"].as_object().expect("spec has no types") {
            let member = t.get("subtype_of").is_some();
            let spec = TypeSpec { fields: fields_of(t, member), subtypes: strings(t.get("subtypes")) };
            types.insert(name.clone(), spec);
        }
        ApiSpec { methods, types }
    }

    pub fn has_method(&self, name: &str) -> bool {
        self.methods.contains_key(name)
    }

    /// What the method returns per the description, e.g. `["Message", "Boolean"]`.
    pub fn returns(&self, method: &str) -> Vec<String> {
        self.methods.get(method).map(|m| m.returns.clone()).unwrap_or_default()
    }

    /// Checks `value` against a type expression of the description
    /// (`Integer`, `Array of String`, `Message`, ...). Empty = valid.
    pub fn check_type(&self, ty: &str, value: &Value, path: &str) -> Vec<String> {
        match ty {
            "Integer" | "Float" | "String" | "Boolean" | "True" | "InputFile" => {
                if self.kind_fits(ty, value) {
                    vec![]
                } else {
                    vec![format!("{path}: expected {ty}, got {}", describe(value))]
                }
            }
            _ if ty.starts_with("Array of ") => {
                let inner = &ty[9..];
                match value.as_array() {
                    None => vec![format!("{path}: expected {ty}, got {}", describe(value))],
                    Some(items) => items
                        .iter()
                        .enumerate()
                        .flat_map(|(i, item)| self.check_type(inner, item, &format!("{path}[{i}]")))
                        .collect(),
                }
            }
            _ => match self.types.get(ty) {
                None => vec![], // type not described: accept
                Some(t) if !t.subtypes.is_empty() => self.check_union(ty, t, value, path),
                Some(t) => match value.as_object() {
                    None => vec![format!("{path}: expected {ty} object, got {}", describe(value))],
                    Some(obj) => self.check_object(ty, &t.fields, obj, path),
                },
            },
        }
    }

    fn kind_fits(&self, ty: &str, v: &Value) -> bool {
        match ty {
            "Integer" => v.is_i64() || v.is_u64(),
            "Float" => v.is_number(),
            "String" | "InputFile" => v.is_string(),
            "Boolean" | "True" => v.is_boolean(),
            _ if ty.starts_with("Array of ") => v.is_array(),
            _ => match self.types.get(ty) {
                Some(t) if !t.subtypes.is_empty() => t.subtypes.iter().any(|s| self.kind_fits(s, v)),
                _ => v.is_object(),
            },
        }
    }

    fn check_union(&self, ty: &str, t: &TypeSpec, value: &Value, path: &str) -> Vec<String> {
        let mut best: Option<Vec<String>> = None;
        for sub in t.subtypes.iter().filter(|s| self.kind_fits(s, value)) {
            let errs = self.check_type(sub, value, path);
            if errs.is_empty() {
                return errs;
            }
            // Prefer the member whose discriminator matches the value.
            let tagged = self.types.get(sub.as_str()).is_some_and(|st| {
                st.fields.iter().any(|f| {
                    f.constant.as_deref().is_some_and(|c| value.get(&f.name).and_then(Value::as_str) == Some(c))
                })
            });
            if tagged {
                return errs;
            }
            if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                best = Some(errs);
            }
        }
        best.unwrap_or_else(|| vec![format!("{path}: expected {ty}, got {}", describe(value))])
    }

    fn check_alternatives(&self, types: &[String], value: &Value, path: &str) -> Vec<String> {
        if types.is_empty() {
            return vec![];
        }
        let fitting: Vec<&String> = types.iter().filter(|t| self.kind_fits(t, value)).collect();
        if fitting.is_empty() {
            return vec![format!("{path}: expected {}, got {}", types.join(" or "), describe(value))];
        }
        let mut best: Option<Vec<String>> = None;
        for t in fitting {
            let errs = self.check_type(t, value, path);
            if errs.is_empty() {
                return errs;
            }
            if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                best = Some(errs);
            }
        }
        best.unwrap_or_default()
    }

    fn check_object(&self, ty: &str, fields: &[FieldSpec], obj: &Map<String, Value>, path: &str) -> Vec<String> {
        let mut errs = Vec::new();
        for (k, v) in obj {
            let p = format!("{path}.{k}");
            match fields.iter().find(|f| f.name == *k) {
                None => errs.push(format!("{p}: unknown field of {ty}")),
                Some(f) if v.is_null() && !f.required => {}
                Some(f) => {
                    if let Some(c) = &f.constant
                        && v.as_str() != Some(c.as_str())
                    {
                        errs.push(format!("{p}: must be {c:?} for {ty}, got {v}"));
                        continue;
                    }
                    errs.extend(self.check_alternatives(&f.types, v, &p));
                }
            }
        }
        for f in fields.iter().filter(|f| f.required) {
            if obj.get(&f.name).is_none_or(Value::is_null) {
                errs.push(format!("{path}.{}: required field of {ty} is missing", f.name));
            }
        }
        errs
    }
}

fn describe(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
}

/// A problem with a request: always recorded as a violation; `reject` is the
/// error Telegram itself would answer with (if it would refuse the request).
struct Problem {
    message: String,
    reject: Option<(u16, String)>,
}

fn bad(message: String, description: impl Into<String>) -> Problem {
    Problem { message, reject: Some((400, format!("Bad Request: {}", description.into()))) }
}

fn note(message: String) -> Problem {
    Problem { message, reject: None }
}

fn validate_request(method: &str, params: &Map<String, Value>) -> Vec<Problem> {
    let spec = spec();
    let Some(m) = spec.methods.get(method) else {
        return vec![Problem {
            message: format!("{method}: unknown Bot API method"),
            reject: Some((404, "Not Found".into())),
        }];
    };
    let mut out = Vec::new();
    for (k, v) in params {
        match m.fields.iter().find(|f| f.name == *k) {
            None => out.push(note(format!("{method}: unknown parameter {k:?} = {}", describe(v)))),
            Some(f) if v.is_null() && !f.required => {}
            Some(f) => {
                for e in spec.check_alternatives(&f.types, v, k) {
                    out.push(bad(format!("{method}: {e}"), format!("invalid parameter {k:?}: {e}")));
                }
            }
        }
    }
    for f in m.fields.iter().filter(|f| f.required) {
        if params.get(&f.name).is_none_or(Value::is_null) {
            let desc =
                if f.name == "text" { "message text is empty".to_owned() } else { format!("{} is empty", f.name) };
            out.push(bad(format!("{method}: required parameter {:?} is missing", f.name), desc));
        }
    }
    check_semantics(method, params, &mut out);
    out
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Length checks, HTML well-formedness, inline keyboards, bot commands.
fn check_semantics(method: &str, p: &Map<String, Value>, out: &mut Vec<Problem>) {
    let parse_mode = p.get("parse_mode").and_then(Value::as_str);
    if let Some(pm) = parse_mode
        && !matches!(pm, "HTML" | "MarkdownV2" | "Markdown")
    {
        out.push(bad(format!("{method}: unsupported parse_mode {pm:?}"), format!("unsupported parse_mode {pm:?}")));
    }
    let mut check_text = |field: &str, min: usize, max: usize, too_long: &str| {
        let Some(raw) = p.get(field).and_then(Value::as_str) else { return };
        let plain = if parse_mode == Some("HTML") {
            match parse_html(raw) {
                Ok((plain, warnings)) => {
                    out.extend(warnings.into_iter().map(|w| note(format!("{method}: {field}: {w}"))));
                    plain
                }
                Err(e) => {
                    let msg = format!("can't parse entities: {e}");
                    out.push(bad(format!("{method}: {field}: {msg}"), msg));
                    return;
                }
            }
        } else {
            raw.to_owned()
        };
        let len = utf16_len(&plain);
        if min > 0 && plain.trim().is_empty() {
            out.push(bad(format!("{method}: {field} is empty after entity parsing"), "message text is empty"));
        } else if len > max {
            out.push(bad(format!("{method}: {field} is {len} UTF-16 units long (max {max})"), too_long));
        }
    };
    match method {
        "sendMessage" => check_text("text", 1, 4096, "message is too long"),
        "editMessageText" => check_text("text", 1, 4096, "MESSAGE_TOO_LONG"),
        _ => {}
    }
    check_text("caption", 0, 1024, "message caption is too long");
    let max_len = |field: &str, max: usize| -> Option<Problem> {
        let s = p.get(field)?.as_str()?;
        let n = s.chars().count();
        (n > max).then(|| {
            bad(format!("{method}: {field} is {n} characters long (max {max})"), format!("{field} is too long"))
        })
    };
    let limit = match method {
        "answerCallbackQuery" => max_len("text", 200),
        "setMyDescription" => max_len("description", 512),
        "setMyShortDescription" => max_len("short_description", 120),
        "setMyName" => max_len("name", 64),
        _ => None,
    };
    out.extend(limit);
    if method == "setMyCommands"
        && let Some(cmds) = p.get("commands").and_then(Value::as_array)
    {
        if cmds.len() > 100 {
            out.push(bad(format!("{method}: {} commands (max 100)", cmds.len()), "too many commands"));
        }
        for c in cmds {
            let name = c.get("command").and_then(Value::as_str).unwrap_or_default();
            let valid = (1..=32).contains(&name.len())
                && name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            if !valid {
                out.push(bad(format!("{method}: invalid command name {name:?}"), "BOT_COMMAND_INVALID"));
            }
            let desc = c.get("description").and_then(Value::as_str).unwrap_or_default();
            if !(1..=256).contains(&desc.chars().count()) {
                out.push(bad(
                    format!("{method}: command {name:?} description must be 1..=256 characters"),
                    "command description is invalid",
                ));
            }
        }
    }
    for v in p.values() {
        check_keyboards(method, v, out);
    }
}

/// Finds every `inline_keyboard` in `v` and checks its buttons.
fn check_keyboards(method: &str, v: &Value, out: &mut Vec<Problem>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| check_keyboards(method, x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                if k == "inline_keyboard" {
                    let buttons = x.as_array().into_iter().flatten().filter_map(Value::as_array).flatten();
                    for b in buttons {
                        check_inline_button(method, b, out);
                    }
                } else {
                    check_keyboards(method, x, out);
                }
            }
        }
        _ => {}
    }
}

fn check_inline_button(method: &str, b: &Value, out: &mut Vec<Problem>) {
    let Some(obj) = b.as_object() else { return };
    let label = obj.get("text").and_then(Value::as_str).unwrap_or_default();
    if label.trim().is_empty() {
        out.push(bad(format!("{method}: inline button with empty text"), "BUTTON_TEXT_INVALID"));
    }
    let actions: Vec<&String> =
        obj.keys().filter(|k| !matches!(k.as_str(), "text" | "icon_custom_emoji_id" | "style")).collect();
    if actions.len() != 1 {
        out.push(bad(
            format!("{method}: inline button {label:?} must have exactly one action field, has {actions:?}"),
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ));
    }
    if let Some(data) = obj.get("callback_data").and_then(Value::as_str)
        && !(1..=64).contains(&data.len())
    {
        out.push(bad(
            format!("{method}: callback_data {data:?} is {} bytes (must be 1..=64)", data.len()),
            "BUTTON_DATA_INVALID",
        ));
    }
}

/// Parses Telegram-flavoured HTML: returns the plain text plus soft warnings
/// (unescaped `&`/`>`), or the reason Telegram would refuse it.
pub fn parse_html(s: &str) -> Result<(String, Vec<String>), String> {
    const TAGS: &str = "b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote tg-time";
    let mut out = String::with_capacity(s.len());
    let mut warnings = Vec::new();
    let mut stack: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let c = rest.chars().next().expect("non-empty");
        match c {
            '<' => {
                let mut quote = None;
                let mut end = None;
                for (j, ch) in rest.char_indices().skip(1) {
                    match (quote, ch) {
                        (Some(q), ch) if ch == q => quote = None,
                        (Some(_), _) => {}
                        (None, '"' | '\'') => quote = Some(ch),
                        (None, '>') => {
                            end = Some(j);
                            break;
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else { return Err(format!("Unclosed start tag at byte offset {i}")) };
                let inner = &rest[1..end];
                if let Some(closing) = inner.strip_prefix('/') {
                    let name = closing.trim().to_ascii_lowercase();
                    match stack.pop() {
                        Some(open) if open == name => {}
                        Some(open) => {
                            return Err(format!(
                                "Can't find end tag corresponding to start tag \"{open}\" (found </{name}> at byte offset {i})"
                            ));
                        }
                        None => return Err(format!("Unexpected end tag at byte offset {i}")),
                    }
                } else {
                    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
                    let name = inner[..name_end].to_ascii_lowercase();
                    let Some(tag) = TAGS.split(' ').find(|t| *t == name) else {
                        return Err(format!("Unsupported start tag \"{}\" at byte offset {i}", &inner[..name_end]));
                    };
                    let attrs = &inner[name_end..];
                    if tag == "span" && !attrs.contains("tg-spoiler") {
                        return Err(format!("Tag \"span\" must have class \"tg-spoiler\" at byte offset {i}"));
                    }
                    if tag == "a" && !attrs.contains("href") {
                        warnings.push(format!("<a> without href at byte offset {i}"));
                    }
                    stack.push(tag);
                }
                i += end + 1;
            }
            '&' => {
                let semi = rest[1..].find(';').map(|p| p + 1).filter(|p| *p <= 10);
                match semi.and_then(|p| decode_entity(&rest[1..p]).map(|ch| (p, ch))) {
                    Some((p, ch)) => {
                        out.push(ch);
                        i += p + 1;
                    }
                    None => {
                        warnings.push(format!("unescaped '&' at byte offset {i} (must be &amp;)"));
                        out.push('&');
                        i += 1;
                    }
                }
            }
            '>' => {
                warnings.push(format!("unescaped '>' at byte offset {i} (must be &gt;)"));
                out.push('>');
                i += 1;
            }
            _ => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("Can't find end tag corresponding to start tag \"{open}\""));
    }
    Ok((out, warnings))
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

// ---------------------------------------------------------------------------
// JSON builders (also usable by tests)
// ---------------------------------------------------------------------------

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

static NEXT_INCOMING_ID: AtomicI64 = AtomicI64::new(1_000_000);

fn next_incoming_id() -> i64 {
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

fn chat_json_titled(chat_id: i64, chat_type: &str, title: &str) -> Value {
    match chat_type {
        "private" => json!({"id": chat_id, "type": "private", "first_name": format!("User{chat_id}")}),
        "group" | "supergroup" | "channel" => json!({"id": chat_id, "type": chat_type, "title": title}),
        other => panic!("unknown chat type {other:?} (private|group|supergroup|channel)"),
    }
}

fn default_chat_type(chat_id: i64) -> &'static str {
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

fn envelope_err(code: u16, description: &str, parameters: Option<Value>) -> Value {
    let mut v = json!({"ok": false, "error_code": code, "description": description});
    if let Some(p) = parameters {
        v["parameters"] = p;
    }
    v
}

fn fault_answer(f: &Fault, chat_type: &str) -> (u16, Value) {
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

/// Sends count against rate caps and the per-window statistics: every
/// `send*` method except `sendChatAction`, plus copy/forward.
fn is_send(method: &str) -> bool {
    (method.starts_with("send") && method != "sendChatAction")
        || matches!(method, "copyMessage" | "copyMessages" | "forwardMessage" | "forwardMessages")
}

fn normalise(method: &str) -> String {
    let mut c = method.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Largest number of instants (sorted) inside any window of length `window`.
fn max_in_window(times: impl Iterator<Item = Instant>, window: Duration) -> usize {
    let mut q: VecDeque<Instant> = VecDeque::new();
    let mut best = 0;
    for t in times {
        while q.front().is_some_and(|f| t.duration_since(*f) >= window) {
            q.pop_front();
        }
        q.push_back(t);
        best = best.max(q.len());
    }
    best
}

// ---------------------------------------------------------------------------
// Server state
// ---------------------------------------------------------------------------

struct StoredMessage {
    json: Value,
    raw: Option<String>,
    markup: Option<Value>,
}

struct Inner {
    calls: Vec<Call>,
    violations: Vec<String>,
    updates: VecDeque<Value>,
    next_update_id: i64,
    next_message_id: i64,
    chats: HashMap<i64, (String, String)>,
    members: HashMap<(i64, i64), String>,
    faults: HashMap<String, VecDeque<Fault>>,
    chat_faults_once: HashMap<(String, i64), VecDeque<Fault>>,
    chat_faults: HashMap<i64, Fault>,
    responses: HashMap<String, Value>,
    settings: HashMap<String, Value>,
    rate_cap: Option<u32>,
    chat_rate_cap: Option<u32>,
    accepted: Vec<(Instant, i64)>,
    sent_ok: u64,
    rejected_429: u64,
    messages: HashMap<(i64, i64), StoredMessage>,
    reject_invalid: bool,
    max_long_poll: Duration,
    /// Seconds of the bot's (fast) clock per real second: the rate caps count in its seconds.
    speed: u32,
    group_minute_cap: Option<u32>,
    /// Every send answers this while set (an outage); odd calls 500, even 502 for `ServerError`.
    outage: Option<Fault>,
    outage_calls: u64,
    /// After a 429 with `retry_after`, no send may arrive before this.
    retry_not_before: Option<Instant>,
    sends_before_retry_after: u64,
    /// Files uploaded in multipart bodies: (method, filename, bytes).
    uploads: Vec<(String, String, Vec<u8>)>,
}

struct ServerState {
    token: String,
    inner: Mutex<Inner>,
    calls_changed: Notify,
    updates_changed: Notify,
    shutdown: watch::Receiver<bool>,
}

fn ok(result: Value) -> (u16, Value) {
    (200, json!({"ok": true, "result": result}))
}

impl ServerState {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn violation(&self, v: String) {
        self.lock().violations.push(v);
    }

    async fn handle(
        &self,
        http_method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &Bytes,
    ) -> (String, Value, u16, Value) {
        let path = uri.path();
        let Some((token, raw_method)) = path.strip_prefix("/bot").and_then(|r| r.split_once('/')) else {
            self.violation(format!("request to unexpected path {path}"));
            return (path.to_owned(), Value::Null, 404, envelope_err(404, "Not Found", None));
        };
        let method = normalise(raw_method);
        if token.replace("%3A", ":").replace("%3a", ":") != self.token {
            self.violation(format!("{method}: wrong bot token {token:?}"));
            return (method, Value::Null, 401, envelope_err(401, "Unauthorized", None));
        }
        if http_method != Method::POST {
            self.violation(format!("{method}: HTTP {http_method} (teloxide always POSTs)"));
        }
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let params: Value = if content_type.starts_with("multipart/form-data") {
            match parse_multipart(content_type, body) {
                Some(parts) => {
                    let files = parts.iter().filter_map(|(_, f, c)| Some((method.clone(), f.clone()?, c.clone())));
                    self.lock().uploads.extend(files);
                    multipart_params(&method, parts)
                }
                None => {
                    self.violation(format!("{method}: malformed multipart body"));
                    return (method, Value::Null, 400, envelope_err(400, "Bad Request: invalid multipart", None));
                }
            }
        } else if body.is_empty() {
            json!({})
        } else {
            match serde_json::from_slice(body) {
                Ok(v) => v,
                Err(e) => {
                    self.violation(format!("{method}: body is not JSON ({e}), content-type {content_type:?}"));
                    return (method, Value::Null, 400, envelope_err(400, "Bad Request: invalid JSON", None));
                }
            }
        };
        let Some(map) = params.as_object().cloned() else {
            self.violation(format!("{method}: body is not a JSON object"));
            return (method, params, 400, envelope_err(400, "Bad Request: invalid JSON", None));
        };
        let problems = validate_request(&method, &map);
        let reject = {
            let mut inner = self.lock();
            inner.violations.extend(problems.iter().map(|p| p.message.clone()));
            let reject_invalid = inner.reject_invalid;
            problems.into_iter().filter_map(|p| p.reject).find(|(code, _)| reject_invalid || *code == 404)
        };
        if let Some((code, desc)) = reject {
            return (method, params, code, envelope_err(code, &desc, None));
        }
        let (status, answer) = self.answer(&method, &map).await;
        (method, params, status, answer)
    }

    async fn answer(&self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let chat = p.get("chat_id").and_then(Value::as_i64);
        let fault = {
            let mut inner = self.lock();
            inner.take_fault(method, chat)
        };
        if let Some(f) = fault {
            match f {
                Fault::Slow(d) => tokio::time::sleep(d).await,
                other => {
                    if let Fault::RetryAfter(n) = other {
                        let mut inner = self.lock();
                        let wait = Duration::from_secs(u64::from(n)) / inner.speed;
                        inner.retry_not_before = Some(Instant::now() + wait);
                    }
                    let kind = chat.map(|c| self.lock().chat_type(c)).unwrap_or_default();
                    return fault_answer(&other, &kind);
                }
            }
        }
        if method == "getUpdates" {
            return self.get_updates(p).await;
        }
        let mut inner = self.lock();
        if let Some(c) = chat
            && let Some(f) = inner.chat_faults.get(&c).filter(|f| !matches!(f, Fault::Slow(_))).cloned()
        {
            return fault_answer(&f, &inner.chat_type(c));
        }
        let now = Instant::now();
        if is_send(method) {
            if inner.retry_not_before.is_some_and(|t| now < t) {
                inner.sends_before_retry_after += 1;
            }
            if let Some(outage) = inner.outage.clone() {
                inner.outage_calls += 1;
                let f = match outage {
                    Fault::ServerError if inner.outage_calls.is_multiple_of(2) => {
                        Fault::Api { status: 502, description: "Bad Gateway".into() }
                    }
                    other => other,
                };
                return fault_answer(&f, "");
            }
        }
        if is_send(method) && inner.over_rate_cap(chat.unwrap_or(0), now) {
            return fault_answer(&Fault::RetryAfter(1), "");
        }
        let answer = match inner.responses.get(method) {
            Some(v) => ok(v.clone()),
            None => inner.build_result(method, p),
        };
        if is_send(method) && answer.0 == 200 {
            inner.accepted.push((now, chat.unwrap_or(0)));
            inner.sent_ok += 1;
        }
        answer
    }

    async fn get_updates(&self, p: &Map<String, Value>) -> (u16, Value) {
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

impl Inner {
    fn take_fault(&mut self, method: &str, chat: Option<i64>) -> Option<Fault> {
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

    fn over_rate_cap(&mut self, chat: i64, now: Instant) -> bool {
        if self.rate_cap.is_none() && self.chat_rate_cap.is_none() && self.group_minute_cap.is_none() {
            return false;
        }
        let second = Duration::from_secs(1) / self.speed;
        let (mut all, mut in_chat, mut in_chat_minute) = (0u32, 0u32, 0u32);
        for (t, c) in self.accepted.iter().rev() {
            let age = now.duration_since(*t);
            if age >= second * 60 {
                break;
            }
            if age < second {
                all += 1;
                in_chat += u32::from(*c == chat);
            }
            in_chat_minute += u32::from(*c == chat);
        }
        let over = self.rate_cap.is_some_and(|n| all >= n)
            || self.chat_rate_cap.is_some_and(|n| in_chat >= n)
            || (chat < 0 && self.group_minute_cap.is_some_and(|n| in_chat_minute >= n));
        if over {
            self.rejected_429 += 1;
        }
        over
    }

    fn chat_type(&self, chat: i64) -> String {
        self.chats.get(&chat).map(|(k, _)| k.clone()).unwrap_or_else(|| default_chat_type(chat).to_owned())
    }

    fn chat_for(&self, chat_id: Option<&Value>) -> Value {
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

    fn new_message(&mut self, p: &Map<String, Value>, content: Value, raw: Option<String>) -> Value {
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

    fn edit(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
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

    fn build_result(&mut self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
        let chat = p.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
        let lang = p.get("language_code").and_then(Value::as_str).unwrap_or("");
        let scope = p.get("scope").map(Value::to_string).unwrap_or_default();
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
            "getChatMenuButton" => ok(json!({"type": "default"})),
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
            _ => {
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
                    self.violations.push(format!(
                        "{method}: not implemented by the fake (returns {returns:?}); use respond_with()"
                    ));
                    (400, envelope_err(400, "Bad Request: method not implemented by the fake", None))
                }
            }
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `(name, filename, content)` of one part of a `multipart/form-data` body.
type Part = (String, Option<String>, Vec<u8>);

fn parse_multipart(content_type: &str, body: &[u8]) -> Option<Vec<Part>> {
    let attr = |header: &str, key: &str| -> Option<String> {
        header
            .split(';')
            .map(str::trim)
            .find_map(|p| Some(p.strip_prefix(key)?.strip_prefix('=')?.trim_matches('"').to_owned()))
    };
    let boundary = attr(content_type, "boundary")?;
    let delim = format!("--{boundary}").into_bytes();
    let mut rest = &body[find(body, &delim)? + delim.len()..];
    let mut parts = Vec::new();
    while !rest.starts_with(b"--") {
        let next = find(rest, &delim)?;
        let seg = &rest[..next];
        let seg = seg.strip_prefix(b"\r\n").unwrap_or(seg);
        let seg = seg.strip_suffix(b"\r\n").unwrap_or(seg);
        let split = find(seg, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&seg[..split]);
        let disposition = headers.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        parts.push((attr(disposition, "name")?, attr(disposition, "filename"), seg[split + 4..].to_vec()));
        rest = &rest[next + delim.len()..];
    }
    Some(parts)
}

/// Turns multipart fields back into JSON params as teloxide meant them: text
/// fields are JSON-decoded when that fits the documented type (numbers, bools,
/// nested objects are sent as JSON text); an upload (teloxide sends
/// `"attach://ID"` plus a file part `ID`) becomes `"<uploaded file NAME>"`;
/// file parts referenced from nested JSON (media groups) are dropped.
fn multipart_params(method: &str, parts: Vec<Part>) -> Value {
    let files: HashMap<String, String> =
        parts.iter().filter_map(|(n, f, _)| Some((format!("attach://{n}"), f.clone()?))).collect();
    let texts: Vec<String> =
        parts.iter().filter(|(_, f, _)| f.is_none()).map(|(_, _, c)| String::from_utf8_lossy(c).into_owned()).collect();
    let spec = spec();
    let mut map = Map::new();
    for (name, filename, content) in parts {
        if let Some(f) = filename {
            let attach = format!("attach://{name}");
            if !texts.iter().any(|t| t.contains(&attach)) {
                map.insert(name, json!(format!("<uploaded file {f}>")));
            }
            continue;
        }
        let text = String::from_utf8_lossy(&content).into_owned();
        if let Some(f) = files.get(&text) {
            map.insert(name, json!(format!("<uploaded file {f}>")));
            continue;
        }
        let types: Vec<String> = spec
            .methods
            .get(method)
            .and_then(|m| m.fields.iter().find(|f| f.name == name))
            .map(|f| f.types.clone())
            .unwrap_or_default();
        let value = match serde_json::from_str::<Value>(&text) {
            Ok(v) if !v.is_string() && spec.check_alternatives(&types, &v, &name).is_empty() => v,
            Ok(v) if !spec.check_alternatives(&types, &json!(text), &name).is_empty() => v,
            _ => json!(text),
        };
        map.insert(name, value);
    }
    Value::Object(map)
}

/// The text Telegram would store: HTML stripped when `parse_mode` is HTML.
fn plain_text(raw: &str, p: &Map<String, Value>) -> String {
    if p.get("parse_mode").and_then(Value::as_str) == Some("HTML") {
        parse_html(raw).map(|(t, _)| t).unwrap_or_else(|_| raw.to_owned())
    } else {
        raw.to_owned()
    }
}

async fn route(
    State(st): State<Arc<ServerState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let (api_method, params, status, answer) = st.handle(&method, &uri, &headers, &body).await;
    st.lock().calls.push(Call { method: api_method, params, at, status });
    st.calls_changed.notify_waiters();
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (code, [(header::CONTENT_TYPE, "application/json")], answer.to_string()).into_response()
}

// ---------------------------------------------------------------------------
// The handle
// ---------------------------------------------------------------------------

thread_local! {
    static IN_PREDICATE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

struct PredicateGuard;

impl Drop for PredicateGuard {
    fn drop(&mut self) {
        IN_PREDICATE.set(false);
    }
}

struct Shared {
    state: Arc<ServerState>,
    addr: SocketAddr,
    shutdown_tx: watch::Sender<bool>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for Shared {
    fn drop(&mut self) {
        let _ = self.shutdown_tx.send(true);
        let v = self.state.lock().violations.clone();
        if !v.is_empty() && !std::thread::panicking() {
            eprintln!("fake Bot API: {} violation(s) recorded:\n  {}", v.len(), v.join("\n  "));
        }
    }
}

/// Handle to a running fake Bot API server. Cheap to clone; the server stops
/// when the last clone is dropped or on [`FakeBotApi::shutdown`].
#[derive(Clone)]
pub struct FakeBotApi {
    shared: Arc<Shared>,
}

impl FakeBotApi {
    /// Starts a server accepting [`DEFAULT_TOKEN`].
    pub async fn start() -> Self {
        Self::start_with_token(DEFAULT_TOKEN).await
    }

    pub async fn start_with_token(token: &str) -> Self {
        spec(); // fail early if the description is missing
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let state = Arc::new(ServerState {
            token: token.to_owned(),
            inner: Mutex::new(Inner {
                uploads: Vec::new(),
                calls: Vec::new(),
                violations: Vec::new(),
                updates: VecDeque::new(),
                next_update_id: 1,
                next_message_id: 1,
                chats: HashMap::new(),
                members: HashMap::new(),
                faults: HashMap::new(),
                chat_faults_once: HashMap::new(),
                chat_faults: HashMap::new(),
                responses: HashMap::new(),
                settings: HashMap::new(),
                rate_cap: None,
                chat_rate_cap: None,
                accepted: Vec::new(),
                sent_ok: 0,
                rejected_429: 0,
                messages: HashMap::new(),
                reject_invalid: true,
                max_long_poll: Duration::from_secs(10),
                speed: 1,
                group_minute_cap: None,
                outage: None,
                outage_calls: 0,
                retry_not_before: None,
                sends_before_retry_after: 0,
            }),
            calls_changed: Notify::new(),
            updates_changed: Notify::new(),
            shutdown: shutdown_rx.clone(),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let app = Router::new().fallback(route).with_state(state.clone());
        let mut rx = shutdown_rx;
        let task = tokio::spawn(async move {
            let stop = async move {
                let _ = rx.wait_for(|stop| *stop).await;
            };
            if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(stop).await {
                eprintln!("fake Bot API server error: {e}");
            }
        });
        FakeBotApi { shared: Arc::new(Shared { state, addr, shutdown_tx, task: Mutex::new(Some(task)) }) }
    }

    fn state(&self) -> &ServerState {
        &self.shared.state
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        assert!(
            !IN_PREDICATE.get(),
            "do not call FakeBotApi methods inside a wait_for predicate (it would deadlock); use its &[Call] argument"
        );
        self.state().lock()
    }

    /// Base URL for `set_api_url` / `TELOXIDE_API_URL`, e.g. `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.shared.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    pub fn token(&self) -> String {
        self.state().token.clone()
    }

    /// A teloxide `Bot` pointed at this server.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(self.token()).set_api_url(self.url().parse().expect("valid url"))
    }

    /// Environment for a spawned bot binary (`TELOXIDE_TOKEN`, `TELOXIDE_API_URL`).
    pub fn env_vars(&self) -> Vec<(&'static str, String)> {
        vec![("TELOXIDE_TOKEN", self.token()), ("TELOXIDE_API_URL", self.url())]
    }

    /// Stops the server (held long polls return empty) and waits for it (≤ 5 s).
    pub async fn shutdown(&self) {
        let _ = self.shared.shutdown_tx.send(true);
        let task = self.shared.task.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(t) = task {
            let _ = tokio::time::timeout(Duration::from_secs(5), t).await;
        }
    }

    // ----- configuration -----

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

    /// Answer every successful `method` call with this `result` instead.
    pub fn respond_with(&self, method: &str, result: Value) {
        self.lock().responses.insert(normalise(method), result);
    }

    /// Sends (see [`is_send`]) beyond `n` within any sliding 1 s window get
    /// 429 `retry_after: 1`. `None` removes the cap.
    pub fn set_rate_cap(&self, per_second: Option<u32>) {
        self.lock().rate_cap = per_second;
    }

    /// Same as [`Self::set_rate_cap`] but per chat (Telegram: ~1/s per chat).
    pub fn set_chat_rate_cap(&self, per_second: Option<u32>) {
        self.lock().chat_rate_cap = per_second;
    }

    /// The bot runs on a clock `speed` times as fast as real time: the rate caps, the group
    /// cap and the `retry_after` check count in its seconds.
    pub fn set_speed(&self, speed: u32) {
        self.lock().speed = speed.max(1);
    }

    /// Sends to a group or channel (negative id) beyond `n` within any minute get 429.
    pub fn set_group_minute_cap(&self, per_minute: Option<u32>) {
        self.lock().group_minute_cap = per_minute;
    }

    /// While set, every send is answered with this fault (`ServerError` alternates HTTP 500
    /// and 502): an outage of Telegram. `None` ends it.
    pub fn set_outage(&self, fault: Option<Fault>) {
        self.lock().outage = fault;
    }

    /// Sends that arrived before an answered `retry_after` had passed.
    pub fn sends_before_retry_after(&self) -> u64 {
        self.lock().sends_before_retry_after
    }

    /// Upper bound for holding a `getUpdates` long poll (default 10 s, i.e.
    /// teloxide's polling timeout); the hold is `min(timeout, this)`.
    pub fn set_max_long_poll(&self, max: Duration) {
        self.lock().max_long_poll = max;
    }

    /// Whether invalid requests are answered with Telegram's error (default
    /// true) or answered normally; they are recorded as violations either way.
    pub fn set_reject_invalid(&self, reject: bool) {
        self.lock().reject_invalid = reject;
    }

    // ----- updates -----

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

    /// Waits (on a `Notify`, no polling) until `check` on the server state gives a value;
    /// `None` after `timeout`.
    async fn wait_until<T>(&self, check: impl Fn(&Inner) -> Option<T>, timeout: Duration) -> Option<T> {
        let state = self.state();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = state.calls_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(value) = check(&state.lock()) {
                return Some(value);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    // ----- recording -----

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Calls of `method` (PascalCase or camelCase), any outcome.
    pub fn calls_to(&self, method: &str) -> Vec<Call> {
        let m = normalise(method);
        self.lock().calls.iter().filter(|c| c.method == m).cloned().collect()
    }

    /// Files uploaded so far (multipart): (method, filename, bytes).
    pub fn uploads(&self) -> Vec<(String, String, Vec<u8>)> {
        self.lock().uploads.clone()
    }

    pub fn clear_calls(&self) {
        self.lock().calls.clear();
    }

    /// Texts of successful `sendMessage` calls to `chat_id`, in order (raw, as sent).
    pub fn sent_texts(&self, chat_id: i64) -> Vec<String> {
        self.lock()
            .calls
            .iter()
            .filter(|c| c.method == "sendMessage" && c.is_ok() && c.chat_id() == Some(chat_id))
            .filter_map(|c| c.text().map(str::to_owned))
            .collect()
    }

    /// Waits (on a `Notify`, no polling) until `pred(all calls)` holds and
    /// returns all calls then; `None` after `timeout`.
    pub async fn try_wait_for(&self, pred: impl Fn(&[Call]) -> bool, timeout: Duration) -> Option<Vec<Call>> {
        self.wait_until(
            |inner| {
                IN_PREDICATE.set(true);
                let _reset = PredicateGuard;
                pred(&inner.calls).then(|| inner.calls.clone())
            },
            timeout,
        )
        .await
    }

    /// [`Self::try_wait_for`] that panics with the calls seen so far on timeout.
    pub async fn wait_for(&self, pred: impl Fn(&[Call]) -> bool, timeout: Duration) -> Vec<Call> {
        match self.try_wait_for(pred, timeout).await {
            Some(calls) => calls,
            None => panic!("fake Bot API: condition not met within {timeout:?}\n{}", self.summary()),
        }
    }

    /// Waits until at least `n` calls of `method` were answered; returns them.
    pub async fn wait_for_calls(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        let m = normalise(method);
        let calls = self.try_wait_for(|calls| calls.iter().filter(|c| c.method == m).count() >= n, timeout).await;
        match calls {
            Some(calls) => calls.into_iter().filter(|c| c.method == m).collect(),
            None => panic!("fake Bot API: expected {n} call(s) of {m} within {timeout:?}\n{}", self.summary()),
        }
    }

    /// Waits until at least `n` texts were sent to `chat_id`; returns all of them.
    pub async fn wait_for_sent_texts(&self, chat_id: i64, n: usize, timeout: Duration) -> Vec<String> {
        let sent = |c: &Call| c.method == "sendMessage" && c.is_ok() && c.chat_id() == Some(chat_id);
        if self.try_wait_for(|calls| calls.iter().filter(|c| sent(c)).count() >= n, timeout).await.is_none() {
            panic!("fake Bot API: expected {n} message(s) to chat {chat_id} within {timeout:?}\n{}", self.summary());
        }
        self.sent_texts(chat_id)
    }

    /// Human-readable list of calls and violations (for failure messages).
    pub fn summary(&self) -> String {
        let inner = self.lock();
        let mut s = format!("calls ({}):\n", inner.calls.len());
        for c in inner.calls.iter().rev().take(30).rev() {
            s += &format!("  {} {} {}\n", c.status, c.method, describe(&c.params));
        }
        s += &format!("violations ({}):\n", inner.violations.len());
        for v in &inner.violations {
            s += &format!("  {v}\n");
        }
        s
    }

    // ----- violations -----

    pub fn violations(&self) -> Vec<String> {
        self.lock().violations.clone()
    }

    pub fn clear_violations(&self) {
        self.lock().violations.clear();
    }

    /// Panics listing every recorded violation.
    pub fn assert_no_violations(&self) {
        let v = self.violations();
        assert!(v.is_empty(), "fake Bot API recorded {} violation(s):\n  {}", v.len(), v.join("\n  "));
    }

    // ----- send statistics -----

    /// Sends answered successfully.
    pub fn sent_ok(&self) -> u64 {
        self.lock().sent_ok
    }

    /// 429 answers from the rate caps (injected `Fault::RetryAfter` not counted).
    pub fn rejected_429(&self) -> u64 {
        self.lock().rejected_429
    }

    /// Most successful sends the server accepted within any `window` (by
    /// acceptance time at the server, so network jitter can add one or so).
    pub fn max_sends_in_window(&self, window: Duration) -> usize {
        max_in_window(self.lock().accepted.iter().map(|(t, _)| *t), window)
    }

    /// Like [`Self::max_sends_in_window`] for one chat.
    pub fn max_sends_in_window_for_chat(&self, chat_id: i64, window: Duration) -> usize {
        let inner = self.lock();
        max_in_window(inner.accepted.iter().filter(|(_, c)| *c == chat_id).map(|(t, _)| *t), window)
    }

    /// Most sends accepted in any sliding 1 s window, all chats together.
    pub fn max_sends_per_second(&self) -> usize {
        self.max_sends_in_window(Duration::from_secs(1))
    }

    /// Most sends accepted in any sliding 1 s window to a single chat.
    pub fn max_sends_per_second_per_chat(&self) -> usize {
        let inner = self.lock();
        let mut per_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
        for (t, c) in &inner.accepted {
            per_chat.entry(*c).or_default().push(*t);
        }
        per_chat.into_values().map(|ts| max_in_window(ts.into_iter(), Duration::from_secs(1))).max().unwrap_or(0)
    }

    /// Resets `sent_ok`, `rejected_429` and the window statistics.
    pub fn reset_send_stats(&self) {
        let mut inner = self.lock();
        inner.accepted.clear();
        inner.sent_ok = 0;
        inner.rejected_429 = 0;
    }
}
