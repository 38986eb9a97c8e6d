//! What an operator graphs and alerts on, in the Prometheus text format (`GET /metrics`): small
//! functions the code that sees an event calls in one line, and the gauges read from the store
//! when the page is scraped. Counters are process-wide (the `metrics` crate's global recorder).

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use metrics::{counter, gauge};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::i18n::Lang;
use crate::store::{Store, StoreError};

/// The recorder, installed on first use; `None` if another one was installed first (a program
/// embedding this library), and then `/metrics` says so instead of lying.
fn handle() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok().map(|()| handle)
        })
        .as_ref()
}

/// Installs the recorder, so that counters count from the start (call once when serving).
pub fn install() {
    let _ = handle();
}

/// An update from Telegram, by kind: "message", "callback_query", "my_chat_member", … .
pub fn update(kind: &'static str) {
    counter!("january20_updates_total", "kind" => kind).increment(1);
}

/// A question answered: outcome "answer", "did_you_mean" or "out_of_scope", in its language.
pub fn answer(outcome: &'static str, lang: Lang) {
    counter!("january20_answers_total", "outcome" => outcome, "lang" => lang.code()).increment(1);
}

/// A Bot API send and how Telegram answered: "ok", or `SendError::label`.
pub fn send(result: &'static str) {
    counter!("january20_sends_total", "result" => result).increment(1);
}

/// An unanswered question that could not be kept (a full disk, a database that cannot write);
/// the answer went out all the same.
pub fn unanswered_log_failed() {
    counter!("january20_unanswered_log_failures_total").increment(1);
}

/// A connection closed as soon as accepted: the listener already holds as many as it allows.
pub fn connection_refused() {
    counter!("january20_connections_refused_total").increment(1);
}

/// A request to the memorial page over its address's limit, answered 429.
pub fn page_limited() {
    counter!("january20_page_limited_total").increment(1);
}

/// The replicas alive on the database (this one included) and this one's share of the overall
/// rate: on the day an operator sees at once that a replica dropped out and the others took over.
pub fn replicas(live: u32, share_per_second: u32) {
    gauge!("january20_replicas_live").set(f64::from(live));
    gauge!("january20_send_share_per_second").set(f64::from(share_per_second));
}

/// Deliveries Telegram accepted that the database could not record yet (kept in memory).
pub fn deliveries_unrecorded(kept: usize) {
    gauge!("january20_deliveries_unrecorded").set(kept as f64);
}

/// Deliveries recorded once the database answered again.
pub fn deliveries_recorded_later(n: usize) {
    counter!("january20_deliveries_recorded_later_total").increment(n as u64);
}

/// Claims of a replica taken for dead, handed over to the others.
pub fn claims_handed_over(n: u64) {
    counter!("january20_claims_handed_over_total").increment(n);
}

/// Reads the gauges the store knows (the outbox, the last wave, the subscribers).
pub async fn read_store(store: &Store, now: DateTime<Utc>) -> Result<(), StoreError> {
    let outbox = store.outbox_gauges(now).await?;
    gauge!("january20_outbox_pending").set(outbox.pending as f64);
    gauge!("january20_outbox_ready").set(outbox.ready as f64);
    gauge!("january20_outbox_lag_seconds").set(outbox.lag_seconds as f64);
    if let Some(wave) = store.last_delivery().await? {
        for (state, n) in [
            ("sent", wave.sent),
            ("pending", wave.pending),
            ("failed", wave.failed),
            ("stale", wave.stale),
            ("superseded", wave.superseded),
        ] {
            gauge!("january20_wave_messages", "occurrence" => wave.occurrence.clone(), "state" => state).set(n as f64);
        }
    }
    let subscribers = store.subscriber_stats().await?;
    for (kind, n) in
        [("private", subscribers.private), ("group", subscribers.groups), ("channel", subscribers.channels)]
    {
        gauge!("january20_subscribers", "kind" => kind).set(n as f64);
    }
    Ok(())
}

/// The whole page. `database_up` says whether the store's gauges were just read: when the
/// database is away the counters are served all the same, and the store's gauges keep their
/// last values.
pub fn render(database_up: bool) -> String {
    let Some(handle) = handle() else {
        return "# another metrics recorder is installed in this process\n".to_string();
    };
    gauge!("january20_database_up").set(if database_up { 1.0 } else { 0.0 });
    handle.render()
}
