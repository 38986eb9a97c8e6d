//! The composition root of the bot: from its configuration, builds the store, outbox, delivery
//! and application once, runs the Telegram adapter over them, and stops them in order.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::answer::Brain;
use crate::app::App;
use crate::clock::Clock;
use crate::delivery::budget::{Budget, Limits};
use crate::delivery::replica::Replica;
use crate::delivery::{self, Outbox, scheduler, sender};
use crate::health::{Health, Heartbeat};
use crate::shutdown::Shutdown;
use crate::store::Store;
use crate::telegram::transport::TelegramTransport;
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
    let (trigger, shutdown) = crate::shutdown::channel();
    let trigger = Arc::new(trigger);
    let stopping = trigger.clone();
    tokio::spawn(async move {
        stop.await;
        stopping.trigger();
    });
    let (parts, http, replica) = Parts::build(config, brain).await?;
    let (background, heartbeat) = parts.start_delivery(replica, &shutdown);
    let dispatched = parts.dispatch(http, heartbeat, shutdown).await;
    // Whatever ended the updates (the signal, or the dispatcher failing), everything stops.
    trigger.trigger();
    finish(background, dispatched.http).await;
    parts.store.close().await;
    dispatched.result?;
    tracing::info!("stopped");
    Ok(())
}

/// What the bot is made of, built once.
struct Parts {
    config: ServeConfig,
    brain: Arc<Brain>,
    store: Store,
    outbox: Outbox,
    /// One budget for every message: the sender's waves and the adapter's replies share it.
    budget: Arc<Budget>,
    app: App,
    bot: telegram::Bot,
    username: String,
    bot_id: u64,
}

/// How the updates ended, and the HTTP listener still draining.
struct Dispatched {
    result: anyhow::Result<()>,
    http: Option<tokio::task::JoinHandle<()>>,
}

impl Parts {
    /// Opens the store, binds the listener, asks Telegram who the bot is and joins the other
    /// replicas; every failure here stops the start with a line that says what to do.
    async fn build(config: ServeConfig, brain: Arc<Brain>) -> anyhow::Result<(Parts, Option<TcpListener>, Replica)> {
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
        let limits = Limits::with_per_second(config.max_per_second);
        let budget = Arc::new(Budget::new(limits, &config.clock));
        let outbox = Outbox::new(store.clone()).with_limits(limits, config.paid_broadcast);
        // Before anything is sent: how many replicas share the budget, and what a killed one left.
        let replica = Replica::new(if config.webhook.is_some() { "webhook" } else { "polling" }, config.clock.clone());
        replica.join(&store, &budget).await?;
        tracing::info!(replica = replica.id(), "joined");
        let (clock, owners) = (config.clock.clone(), config.owners.clone());
        let app = App::new(brain.clone(), outbox.clone(), clock, owners, Some(username.clone()))
            .with_page(config.app_url.clone());
        let parts = Parts { config, brain, store, outbox, budget, app, bot, username, bot_id };
        Ok((parts, http, replica))
    }

    /// Replicas on one database see each other's updates and share the outbox.
    fn shared(&self) -> bool {
        self.store.engine() == "postgres"
    }

    /// Starts the heartbeat, the scheduler, the daily purge and the sender.
    fn start_delivery(&self, replica: Replica, shutdown: &Shutdown) -> (Vec<JoinHandle<()>>, Heartbeat) {
        let (store, clock) = (&self.store, &self.config.clock);
        // The replica leaves (handing its claims to the others) only once its sender has finished
        // what is in flight: leaving at the signal would let a peer claim and send those rows again.
        let (sender_done, leave) = crate::shutdown::channel();
        let beating = tokio::spawn(replica.clone().run(store.clone(), self.budget.clone(), leave));
        let heartbeat = Heartbeat::default();
        let reminders = self.brain.reminders.clone();
        let planning = scheduler::run(reminders, self.outbox.clone(), clock.clone(), shutdown.clone());
        let scheduler = tokio::spawn(heartbeat.clone().watch(planning));
        let keep = crate::store::Retention {
            unanswered_days: self.brain.knowledge.number("unanswered_kept_days").unwrap_or(180),
            delivery_days: crate::retention::DELIVERY_DAYS,
        };
        let purging = tokio::spawn(crate::retention::run(store.clone(), clock.clone(), keep, shutdown.clone()));
        let sending = self.sender(replica).run(shutdown.clone());
        let sender = tokio::spawn(async move {
            // Given even if the sender panics, so that the replica still leaves.
            let _leave = crate::shutdown::OnDrop(sender_done);
            sending.await;
        });
        (vec![sender, scheduler, beating, purging], heartbeat)
    }

    fn sender(&self, replica: Replica) -> sender::Sender<TelegramTransport> {
        let paid = self.config.paid_broadcast;
        sender::Sender {
            transport: Arc::new(TelegramTransport { bot: self.bot.clone(), app: self.app.clone() }),
            outbox: self.outbox.clone(),
            quiet: self.brain.reminders.wave.quiet,
            clock: self.config.clock.clone(),
            budget: self.budget.clone(),
            replica,
            // A paid wave runs at up to 1000 a second: more requests must be in flight to reach it.
            config: sender::SenderConfig {
                paid_broadcast: paid,
                in_flight: if paid { 64 } else { 16 },
                look_every: self.shared().then_some(delivery::replica::HEARTBEAT),
            },
        }
    }

    /// The handlers' adapter, with the one sender of replies.
    fn adapter(&self) -> telegram::Adapter {
        let replies = telegram::send::Replies {
            bot: self.bot.clone(),
            budget: self.budget.clone(),
            store: self.store.clone(),
            clock: self.config.clock.clone(),
            cards: self.app.cards().clone(),
            username: self.username.clone(),
        };
        telegram::Adapter { app: self.app.clone(), replies, bot_id: self.bot_id }
    }

    /// Serves HTTP (the memorial page, health, metrics, and in webhook mode Telegram's path) and
    /// hands updates to the application until `shutdown`.
    async fn dispatch(&self, http: Option<TcpListener>, heartbeat: Heartbeat, shutdown: Shutdown) -> Dispatched {
        let health = Health { store: self.store.clone(), clock: self.config.clock.clone(), heartbeat };
        // The memorial page, on the listener in either mode; its candles are the app's.
        let page = match crate::web::Web::new(self.app.clone(), &self.config.token, &self.username) {
            Ok(page) => page,
            Err(error) => return Dispatched { result: Err(error), http: None },
        };
        let mut routes = vec![crate::web::router(page)];
        let (bot, adapter) = (self.bot.clone(), self.adapter());
        // Replicas on one database see each other's updates: Telegram may redeliver one to another.
        let dedup = self.shared().then(|| (self.store.clone(), self.config.clock.clone()));
        let stop = shutdown.clone().given();
        let result = match &self.config.webhook {
            Some(hook) => {
                let (updates, router, closing) = webhook::listener(&hook.url, &hook.secret);
                // Closes the webhook's inbox when the dispatcher stops listening.
                tokio::spawn(closing);
                routes.push(router);
                let http = http.map(|listener| tokio::spawn(crate::http::serve(listener, health, routes, stop)));
                return Dispatched { result: telegram::run(bot, adapter, dedup, updates, shutdown).await, http };
            }
            None => telegram::polling(&bot).await,
        };
        let http = http.map(|listener| tokio::spawn(crate::http::serve(listener, health, routes, stop)));
        Dispatched { result: telegram::run(bot, adapter, dedup, result, shutdown).await, http }
    }
}

/// Once updates stopped: the background tasks finish what they hold (what is still in flight at
/// the grace's end is left to the outbox), and the HTTP listener its drain.
async fn finish(background: Vec<JoinHandle<()>>, http: Option<JoinHandle<()>>) {
    let all = async {
        for task in background {
            let _ = task.await;
        }
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, all).await.is_err() {
        tracing::warn!("sends still in flight at shutdown; the outbox resends them on the next start");
    }
    if let Some(mut task) = http {
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
