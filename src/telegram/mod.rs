//! The Telegram layer (teloxide): the only code that knows Telegram. `serve` wires the core,
//! the store and delivery to a long-polling dispatcher.

pub mod commands;
pub mod format;
pub mod handlers;
pub mod keyboards;
pub mod transport;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::dispatching::UpdateFilterExt;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use tokio::sync::Notify;

use crate::answer::Brain;
use crate::clock::Clock;
use crate::delivery::{self, scheduler, sender};
use crate::store::Store;
use handlers::App;

/// Everything `serve` needs, read from flags and the environment by the CLI.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub token: String,
    pub api_url: Option<url::Url>,
    pub db: PathBuf,
    pub owners: Vec<u64>,
    pub clock: Clock,
    pub max_per_second: u32,
}

/// How long shutdown may take before we stop waiting for sends in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(8);

/// Runs the bot until SIGTERM or SIGINT.
pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    run(config, async {
        let signal = wait_for_signal().await;
        tracing::info!(signal, "stopping: no new updates, finishing sends in flight");
    })
    .await
}

/// Runs the bot until `stop` completes (tests stop it this way instead of with a signal).
pub async fn run(
    config: ServeConfig,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let brain = Arc::new(Brain::embedded().map_err(|p| anyhow::anyhow!("embedded data is broken: {}", p.join("; ")))?);
    let store = Store::open(&config.db).await.with_context(|| format!("opening {}", config.db.display()))?;
    let mut bot = Bot::new(&config.token);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = bot.get_me().await.context("asking Telegram who we are (getMe): is TELOXIDE_TOKEN right?")?;
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, db = %config.db.display(), "starting");

    {
        let (bot, brain, owners) = (bot.clone(), brain.clone(), config.owners.clone());
        tokio::spawn(async move { commands::register(&bot, &brain, &owners).await });
    }

    let (trigger, shutdown) = delivery::shutdown_pair();
    let wake = Arc::new(Notify::new());
    let scheduler = tokio::spawn(scheduler::run(
        brain.clone(),
        store.clone(),
        config.clock.clone(),
        config.max_per_second,
        wake.clone(),
        shutdown.clone(),
    ));
    let sender_config = sender::SenderConfig { per_second: config.max_per_second, ..Default::default() };
    let sender = tokio::spawn(sender::run(
        Arc::new(transport::TelegramTransport { bot: bot.clone() }),
        store.clone(),
        config.clock.clone(),
        sender_config,
        wake.clone(),
        shutdown.clone(),
    ));

    let app = Arc::new(App {
        brain,
        store: store.clone(),
        clock: config.clock.clone(),
        owners: config.owners.clone(),
        wake_sender: wake,
        username,
        bot_id: me.id.0,
    });
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(handlers::on_message))
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback))
        .branch(Update::filter_my_chat_member().endpoint(handlers::on_my_chat_member));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![app])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("an update handler failed"))
        .build();

    let token = dispatcher.shutdown_token();
    let trigger = Arc::new(trigger);
    {
        let trigger = trigger.clone();
        tokio::spawn(async move {
            stop.await;
            trigger.trigger();
            // The dispatcher may still be starting; try until it accepts the request.
            loop {
                match token.shutdown() {
                    Ok(done) => {
                        done.await;
                        break;
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                }
            }
        });
    }
    dispatcher.dispatch().await;
    trigger.trigger();
    let finish = async {
        let _ = sender.await;
        let _ = scheduler.await;
    };
    if tokio::time::timeout(SHUTDOWN_GRACE, finish).await.is_err() {
        tracing::warn!("sends still in flight at shutdown; the outbox resends them on the next start");
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
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
