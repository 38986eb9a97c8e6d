//! The composition root of the bot: from its configuration, builds the store, outbox, delivery
//! and application once, runs the Telegram adapter over them, and stops them in order.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::answer::Brain;
use crate::app::App;
use crate::clock::Clock;
use crate::delivery::{self, Outbox, scheduler, sender};
use crate::store::Store;
use crate::telegram;

/// Everything `serve` needs, read from flags and the environment by the command line.
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
pub async fn serve(config: ServeConfig, brain: Arc<Brain>) -> anyhow::Result<()> {
    run(config, brain, async {
        let signal = wait_for_signal().await;
        tracing::info!(signal, "stopping: no new updates, finishing sends in flight");
    })
    .await
}

/// Runs the bot until `stop` completes (tests stop it this way instead of with a signal).
pub async fn run(
    config: ServeConfig,
    brain: Arc<Brain>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    // The store's error already says which file, what is wrong and what to do.
    let store = Store::open(&config.db).await?;
    let bot = telegram::bot(&config.token, config.api_url.as_ref());
    let (username, bot_id) = telegram::identify(&bot).await?;
    tracing::info!(bot = %username, db = %config.db.display(), "starting");
    {
        let (bot, brain, owners) = (bot.clone(), brain.clone(), config.owners.clone());
        tokio::spawn(async move { telegram::menus::register(&bot, &brain, &owners).await });
    }

    let outbox = Outbox::new(store.clone());
    let (trigger, shutdown) = delivery::shutdown_pair();
    let scheduler = tokio::spawn(scheduler::run(
        brain.reminders.clone(),
        outbox.clone(),
        config.clock.clone(),
        config.max_per_second,
        shutdown.clone(),
    ));
    // Cards are drawn and uploaded once, whether /card or a reminder asks first.
    let cards = Arc::new(crate::card::Cards::new(brain.clone()));
    let sender = tokio::spawn(sender::run(
        Arc::new(telegram::transport::TelegramTransport { bot: bot.clone(), cards: cards.clone() }),
        outbox.clone(),
        brain.clone(),
        config.clock.clone(),
        sender::SenderConfig { per_second: config.max_per_second, ..Default::default() },
        shutdown,
    ));

    let app =
        App::new(brain, outbox, config.clock.clone(), config.owners.clone(), Some(username.clone())).with_cards(cards);
    let trigger = Arc::new(trigger);
    let stopping = trigger.clone();
    telegram::poll(bot, app, username, bot_id, async move {
        stop.await;
        stopping.trigger();
    })
    .await;
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
