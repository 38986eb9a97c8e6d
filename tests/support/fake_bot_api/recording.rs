//! What the fake recorded: every call with its answer, uploads, violations, and the waits that
//! return as soon as a condition on the calls holds.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::{
    FakeBotApi,
    server::{Inner, normalise},
    spec::describe,
};

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

thread_local! {
    pub(super) static IN_PREDICATE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub(super) struct PredicateGuard;

impl Drop for PredicateGuard {
    fn drop(&mut self) {
        IN_PREDICATE.set(false);
    }
}

impl FakeBotApi {
    /// Waits (on a `Notify`, no polling) until `check` on the server state gives a value;
    /// `None` after `timeout`.
    pub(super) async fn wait_until<T>(&self, check: impl Fn(&Inner) -> Option<T>, timeout: Duration) -> Option<T> {
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
}
