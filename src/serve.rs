//! The composition root of the bot: from its configuration, builds the store, outbox, delivery
//! and application once, runs the Telegram adapter over them, and stops them in order.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::answer::Brain;
use crate::app::App;
use crate::clock::Clock;
use crate::delivery::budget::{Budget, Limits};
use crate::delivery::replica::Replica;
use crate::delivery::{self, Outbox, scheduler, sender};
use crate::health::{Health, Heartbeat};
use crate::store::Store;
use crate::telegram::{self, webhook};

/// Everything `serve` needs, read from flags and the environment by the command line.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub token: String,
    pub api_url: Option<url::Url>,
    /// An SQLite file, or a `postgres://` URL.
    pub db: PathBuf,
    pub owners: Vec<u64>,
    pub clock: Clock,
    pub max_per_second: u32,
    /// Send reminder waves and broadcasts with `allow_paid_broadcast` (billed in Stars).
    pub paid_broadcast: bool,
    /// Where `/healthz`, `/metrics` and the webhook listen (`--listen`); none in polling mode
    /// without it.
    pub listen: Option<SocketAddr>,
    /// Webhook mode instead of long polling (needs `listen`).
    pub webhook: Option<WebhookConfig>,
    /// The public address of the memorial page (`--app-url`): the menu button and the buttons
    /// that open it. The page itself is served on `listen` either way.
    pub app_url: Option<url::Url>,
}

/// Webhook mode: the public URL Telegram posts to (its path is the one served) and the secret.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub url: url::Url,
    pub secret: webhook::Secret,
}

/// How long shutdown may take before we stop waiting for sends in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// How long the HTTP listener may take to stop after that (its own drain deadline is shorter).
const HTTP_GRACE: Duration = Duration::from_secs(4);

/// From the signal to the exit, whatever clients, Telegram or the database do (the README
/// promises 10 s; the rest of it is the runtime's own shutdown).
const EXIT_DEADLINE: Duration = Duration::from_millis(9_500);

/// Runs the bot until SIGTERM or SIGINT.
pub async fn serve(config: ServeConfig, brain: Arc<Brain>) -> anyhow::Result<()> {
    crate::connections::raise_open_files_limit();
    let signalled = Arc::new(tokio::sync::Notify::new());
    let notify = signalled.clone();
    let running = run(config, brain, async move {
        let signal = wait_for_signal().await;
        tracing::info!(signal, "stopping: no new updates, finishing sends in flight");
        notify.notify_one();
    });
    tokio::select! {
        result = running => result,
        () = async {
            signalled.notified().await;
            tokio::time::sleep(EXIT_DEADLINE).await;
        } => {
            tracing::warn!("still stopping at the deadline: exiting; the outbox resends what was in flight");
            Ok(())
        }
    }
}

/// Runs the bot until `stop` completes (tests stop it this way instead of with a signal).
pub async fn run(
    config: ServeConfig,
    brain: Arc<Brain>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    // The store's error already says which file, what is wrong and what to do.
    let store = Store::open(&config.db).await?;
    // Made on first start, beside the database (or given by the environment): said now if it
    // cannot be kept, not at the first candle.
    store.prepare_candle_key().await?;
    crate::metrics::install();
    // Bound before Telegram is asked anything: a port in use is said at once.
    let http = match config.listen {
        Some(addr) => Some(crate::http::bind(addr).await?),
        None => None,
    };
    let bot = telegram::bot(&config.token, config.api_url.as_ref());
    let (username, bot_id) = telegram::identify(&bot).await?;
    let db = crate::store::Database::from(config.db.as_path());
    let mode = if config.webhook.is_some() { "webhook" } else { "long polling" };
    tracing::info!(bot = %username, db = %db.display(), engine = store.engine(), mode, listen = ?config.listen, "starting");
    telegram::menus::register_in_background(&bot, brain.clone(), config.owners.clone(), config.app_url.clone());

    // One budget for every message: the sender's waves and the adapter's replies share it.
    let limits = Limits::with_per_second(config.max_per_second);
    let budget = Arc::new(Budget::new(limits, &config.clock));
    let outbox = Outbox::new(store.clone()).with_limits(limits, config.paid_broadcast);
    let (trigger, shutdown) = delivery::shutdown_pair();
    // Before anything is sent: how many replicas share the budget, and what a killed one left.
    let replica = Replica::new(if config.webhook.is_some() { "webhook" } else { "polling" }, config.clock.clone());
    replica.join(&store, &budget).await?;
    let shared = store.engine() == "postgres";
    tracing::info!(replica = replica.id(), "joined");
    let beating = tokio::spawn(replica.clone().run(store.clone(), budget.clone(), shutdown.clone()));
    let heartbeat = Heartbeat::default();
    let scheduler = tokio::spawn(heartbeat.clone().watch(scheduler::run(
        brain.reminders.clone(),
        outbox.clone(),
        config.clock.clone(),
        shutdown.clone(),
    )));
    let keep = crate::store::Retention {
        unanswered_days: brain.knowledge.number("unanswered_kept_days").unwrap_or(180),
        delivery_days: crate::retention::DELIVERY_DAYS,
    };
    let purging = tokio::spawn(crate::retention::run(store.clone(), config.clock.clone(), keep, shutdown.clone()));
    let app =
        App::new(brain.clone(), outbox.clone(), config.clock.clone(), config.owners.clone(), Some(username.clone()))
            .with_page(config.app_url.clone());
    let sender = tokio::spawn(
        sender::Sender {
            transport: Arc::new(telegram::transport::TelegramTransport { bot: bot.clone(), app: app.clone() }),
            outbox: outbox.clone(),
            quiet: brain.reminders.wave.quiet,
            clock: config.clock.clone(),
            budget: budget.clone(),
            replica,
            // A paid wave runs at up to 1000 a second: more requests must be in flight to reach it.
            config: sender::SenderConfig {
                paid_broadcast: config.paid_broadcast,
                in_flight: if config.paid_broadcast { 64 } else { 16 },
                look_every: shared.then_some(delivery::replica::HEARTBEAT),
            },
        }
        .run(shutdown),
    );
    let replies = telegram::send::Replies {
        bot: bot.clone(),
        budget,
        store: store.clone(),
        clock: config.clock.clone(),
        cards: app.cards().clone(),
        username: username.clone(),
    };
    let adapter = telegram::Adapter { app: app.clone(), replies, bot_id };
    // Replicas on one database see each other's updates: Telegram may redeliver one to another.
    let dedup = shared.then(|| (store.clone(), config.clock.clone()));
    // The memorial page, on the listener in either mode; its candles are the app's.
    let page = crate::web::Web::new(app, &config.token, &username)?;
    let trigger = Arc::new(trigger);
    let stopping = trigger.clone();
    let stop = async move {
        stop.await;
        stopping.trigger();
    };
    let health = Health { store: store.clone(), clock: config.clock.clone(), heartbeat };
    let serve_http = |webhook: Option<axum::Router>,
                      stop: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>| {
        let routes = std::iter::once(crate::web::router(page)).chain(webhook).collect();
        http.map(|listener| tokio::spawn(crate::http::serve(listener, health, routes, stop)))
    };
    // Polling: the listener outlives the dispatcher, health stays visible while updates finish.
    // Webhook: it stops when the dispatcher stops listening (then Telegram's next attempt goes to
    // another replica, or waits for this one's restart).
    let (http_stop, http_stopped) = tokio::sync::oneshot::channel::<()>();
    let (dispatched, http_task) = match &config.webhook {
        Some(hook) => {
            let (updates, router, stopped) = webhook::listener(&hook.url, &hook.secret);
            let task = serve_http(Some(router), Box::pin(stopped));
            (telegram::run(bot, adapter, dedup, updates, stop).await, task)
        }
        None => {
            let task = serve_http(
                None,
                Box::pin(async move {
                    let _ = http_stopped.await;
                }),
            );
            let updates = telegram::polling(&bot).await;
            (telegram::run(bot, adapter, dedup, updates, stop).await, task)
        }
    };
    trigger.trigger();
    finish(vec![sender, scheduler, beating, purging], http_stop, http_task).await;
    store.close().await;
    dispatched?;
    tracing::info!("stopped");
    Ok(())
}

/// Once updates stopped: the background tasks finish what they hold (what is still in flight at
/// the grace's end is left to the outbox), then the HTTP listener stops.
async fn finish(
    background: Vec<tokio::task::JoinHandle<()>>,
    http_stop: tokio::sync::oneshot::Sender<()>,
    http_task: Option<tokio::task::JoinHandle<()>>,
) {
    let all = async {
        for task in background {
            let _ = task.await;
        }
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, all).await.is_err() {
        tracing::warn!("sends still in flight at shutdown; the outbox resends them on the next start");
    }
    let _ = http_stop.send(());
    if let Some(mut task) = http_task {
        // The listener drops what is still open at its own deadline; this one is a backstop.
        if tokio::time::timeout(HTTP_GRACE, &mut task).await.is_err() {
            task.abort();
        }
    }
}

/// Waits for SIGTERM or SIGINT (Ctrl-C) and says which.
async fn wait_for_signal() -> &'static str {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
        tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "Ctrl-C"
    }
}
