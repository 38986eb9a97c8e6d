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
//!
//! This file holds the handle ([`FakeBotApi`]: start, address, shutdown); its parts live in
//! `fake_bot_api/`, one concern each: `server` (state and routing), `spec` and `validate` (the
//! description and what Telegram refuses), `multipart`, `answers` (what each method answers, the
//! messages kept), `updates` (builders, queue, long poll), `faults`, `limits` (rate caps, send
//! statistics) and `recording` (calls, violations, waits).

mod answers;
mod faults;
mod limits;
mod multipart;
mod recording;
mod server;
mod spec;
mod updates;
mod validate;

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use axum::Router;
use tokio::{sync::watch, task::JoinHandle};

// The public API the tests use, whatever part holds it; each test binary uses only some of it.
#[allow(unused_imports)]
pub use faults::Fault;
#[allow(unused_imports)]
pub use recording::Call;
#[allow(unused_imports)]
pub use spec::{ApiSpec, spec};
#[allow(unused_imports)]
pub use updates::{
    bot_user_json, callback_query, chat_json, command_entities, group_text, inline_callback_query, inline_query,
    me_json, member_json, my_chat_member, private_text, text_message_json, user_json,
};
#[allow(unused_imports)]
pub use validate::parse_html;

use recording::IN_PREDICATE;
use server::{Inner, ServerState, route};

/// Token the fake accepts by default; the bot id is the part before `:`.
pub const DEFAULT_TOKEN: &str = "7000000001:AAFakeTokenForJanuary20BotTests";
/// Id of the fake bot user (matches [`DEFAULT_TOKEN`]).
pub const BOT_ID: i64 = 7_000_000_001;
pub const BOT_USERNAME: &str = "january20_test_bot";
pub const BOT_FIRST_NAME: &str = "January 20 Test Bot";
/// The user that adds/removes the bot in [`my_chat_member`] for non-private chats.
pub const ADMIN_USER_ID: i64 = 42;
/// Failure guard for the `wait_*` helpers (they return as soon as the
/// condition holds; this is only how long to wait before failing). Generous, because on a 2-core
/// machine with builds beside the tests, 10 s was once not enough for a wave's first sends.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(30);

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
        let state = Arc::new(ServerState::new(token, shutdown_rx.clone()));
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

    /// Whether invalid requests are answered with Telegram's error (default
    /// true) or answered normally; they are recorded as violations either way.
    pub fn set_reject_invalid(&self, reject: bool) {
        self.lock().reject_invalid = reject;
    }
}
