//! The server: its state, the routing of every request (token, body, validation, faults, caps)
//! and Telegram's answer envelope.

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use axum::{
    body::Bytes,
    extract::State,
    http::{HeaderMap, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use serde_json::{Map, Value, json};
use tokio::sync::{Notify, watch};

use super::{
    answers::StoredMessage,
    faults::{Fault, fault_answer},
    limits::is_send,
    multipart::{multipart_params, parse_multipart},
    recording::Call,
    validate::validate_request,
};

pub(super) struct Inner {
    pub(super) calls: Vec<Call>,
    pub(super) violations: Vec<String>,
    pub(super) updates: VecDeque<Value>,
    pub(super) next_update_id: i64,
    pub(super) next_message_id: i64,
    pub(super) chats: HashMap<i64, (String, String)>,
    pub(super) members: HashMap<(i64, i64), String>,
    pub(super) faults: HashMap<String, VecDeque<Fault>>,
    pub(super) chat_faults_once: HashMap<(String, i64), VecDeque<Fault>>,
    pub(super) chat_faults: HashMap<i64, Fault>,
    pub(super) responses: HashMap<String, Value>,
    pub(super) settings: HashMap<String, Value>,
    pub(super) rate_cap: Option<u32>,
    pub(super) chat_rate_cap: Option<u32>,
    pub(super) accepted: Vec<(Instant, i64)>,
    pub(super) sent_ok: u64,
    pub(super) rejected_429: u64,
    pub(super) messages: HashMap<(i64, i64), StoredMessage>,
    pub(super) reject_invalid: bool,
    pub(super) max_long_poll: Duration,
    /// Seconds of the bot's (fast) clock per real second: the rate caps count in its seconds.
    pub(super) speed: u32,
    pub(super) group_minute_cap: Option<u32>,
    /// Every send answers this while set (an outage); odd calls 500, even 502 for `ServerError`.
    pub(super) outage: Option<Fault>,
    pub(super) outage_calls: u64,
    /// After a 429 with `retry_after`, no send may arrive before this.
    pub(super) retry_not_before: Option<Instant>,
    pub(super) sends_before_retry_after: u64,
    /// Files uploaded in multipart bodies: (method, filename, bytes).
    pub(super) uploads: Vec<(String, String, Vec<u8>)>,
}

pub(super) struct ServerState {
    pub(super) token: String,
    pub(super) inner: Mutex<Inner>,
    pub(super) calls_changed: Notify,
    pub(super) updates_changed: Notify,
    pub(super) shutdown: watch::Receiver<bool>,
}

pub(super) fn ok(result: Value) -> (u16, Value) {
    (200, json!({"ok": true, "result": result}))
}

pub(super) fn envelope_err(code: u16, description: &str, parameters: Option<Value>) -> Value {
    let mut v = json!({"ok": false, "error_code": code, "description": description});
    if let Some(p) = parameters {
        v["parameters"] = p;
    }
    v
}

pub(super) fn normalise(method: &str) -> String {
    let mut c = method.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

impl ServerState {
    pub(super) fn new(token: &str, shutdown: watch::Receiver<bool>) -> Self {
        ServerState {
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
            shutdown,
        }
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn violation(&self, v: String) {
        self.lock().violations.push(v);
    }

    pub(super) async fn handle(
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

    pub(super) async fn answer(&self, method: &str, p: &Map<String, Value>) -> (u16, Value) {
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
}

pub(super) async fn route(
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
