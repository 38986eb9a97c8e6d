//! The Telegram adapter (teloxide): the only code that knows Telegram. It turns updates into the
//! application's inputs (`handlers`) and every outgoing message, reply or reminder, into Bot API
//! calls (`render`, `format`, `photo`), sent by the one sender of replies (`send`) or for delivery
//! (`transport`); it registers the command menus (`menus`). Updates come by long polling (the
//! default, `polling`) or a webhook (`webhook`); either way an update Telegram delivers twice is
//! handled once. `serve.rs` builds everything and runs it.

pub mod api;
pub mod errors;
pub mod format;
pub mod handlers;
pub mod inline;
pub mod menus;
pub mod photo;
pub mod polling;
pub mod render;
pub mod send;
pub mod transport;
pub mod webhook;

use std::convert::Infallible;
use std::sync::Arc;

use anyhow::Context;
use teloxide::dispatching::UpdateFilterExt;
use teloxide::error_handlers::{IgnoringErrorHandler, LoggingErrorHandler};
use teloxide::prelude::*;
use teloxide::requests::HasPayload;
use teloxide::types::{AllowedUpdate, Me, UpdateKind};
use teloxide::update_listeners::{StatefulListener, UpdateListener};

use crate::clock::Clock;
use crate::delivery::SendError;
use crate::shutdown::Shutdown;
use crate::store::Store;
pub use handlers::Adapter;
/// The Bot API client, named here so that what builds the bot needs no teloxide type of its own.
pub use teloxide::Bot;

/// A Bot API client for `token`, at `api_url` when given (a self-hosted Bot API server, or the
/// fake one in tests).
pub fn bot(token: &str, api_url: Option<&url::Url>) -> Bot {
    let bot = Bot::new(token);
    match api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// How many times in a row getMe may fail for a passing reason (a 5xx, a network error, a 429)
/// before the start is given up: about half a minute with `polling::backoff`.
const IDENTIFY_TRIES: u32 = 10;

/// Who the bot is: its username and user id (`getMe`), which also proves the token works. Asked
/// through `api` (teloxide-core would wait 10 s inside a 5xx); a passing failure is asked again
/// after `polling::backoff`, a refusal (a wrong token) ends the start at once.
pub async fn identify(bot: &Bot) -> anyhow::Result<(String, u64)> {
    let mut failures = 0;
    let me: Me = loop {
        let error = match api::ask(bot, "getMe", bot.get_me().payload_ref()).await {
            Ok(value) => break serde_json::from_value(value).context("getMe answered something that is not a bot")?,
            Err(error) => error,
        };
        let wait = match &error {
            SendError::RetryAfter(wait) => *wait,
            SendError::Transient(_) => polling::backoff(failures),
            _ => return Err(error).context("asking Telegram who we are (getMe): is TELOXIDE_TOKEN right?"),
        };
        failures += 1;
        if failures >= IDENTIFY_TRIES {
            return Err(error).context(format!("Telegram did not answer getMe ({failures} tries)"));
        }
        tracing::warn!(%error, failures, "getMe failed; asking again in {} ms", wait.as_millis());
        tokio::time::sleep(wait).await;
    };
    if !me.supports_inline_queries {
        tracing::info!("inline mode is off: to let people share answers with @botname, send /setinline to @BotFather");
    }
    Ok((me.username.clone().unwrap_or_default(), me.id.0))
}

/// Updates one chat may have waiting for its worker before the dispatcher waits.
const WORKER_QUEUE: usize = 1024;

/// Long polling (getUpdates), the default source of updates; it removes any webhook first, as
/// Telegram requires. Our own (`polling`): teloxide's waits 10 s and more after a 5xx.
pub async fn polling(bot: &Bot) -> polling::Polling {
    polling::listener(bot).await
}

/// Receives updates from `updates` (`polling`, or `webhook::listener`; both log their own
/// failures) and hands them to the application until `shutdown`. `shared`: the database
/// and clock of replicas that share it, where Telegram may redeliver an update to another one.
pub async fn run<L>(
    bot: Bot,
    adapter: Adapter,
    shared: Option<(Store, Clock)>,
    updates: L,
    mut shutdown: Shutdown,
) -> anyhow::Result<()>
where
    L: UpdateListener<Err = Infallible> + Send + 'static,
{
    let mut updates = readable_only(updates);
    let adapter = Arc::new(adapter);
    let seen = Arc::new(Seen::default());
    let handler = dptree::entry()
        // A webhook delivery that timed out is delivered again with the same update_id.
        .filter_async(move |update: Update| {
            let (seen, shared) = (seen.clone(), shared.clone());
            async move {
                crate::metrics::update(kind(&update));
                if !seen.first_time(update.id.0) {
                    return false;
                }
                let Some((store, clock)) = shared else { return true };
                // A database that cannot say is no reason to drop an update: handle it.
                store.first_delivery(i64::from(update.id.0), clock.now()).await.unwrap_or_else(|error| {
                    tracing::warn!(%error, "could not check the update against the other replicas");
                    true
                })
            }
        })
        .branch(Update::filter_message().endpoint(handlers::on_message))
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback))
        .branch(Update::filter_inline_query().endpoint(inline::on_inline_query))
        .branch(Update::filter_my_chat_member().endpoint(handlers::on_my_chat_member));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![adapter])
        .default_handler(|_| async {})
        // Each chat's updates are handled in order by its own worker; a full queue would stall
        // every chat's updates behind one person's flood, so the queue is deep enough to take
        // one (the flood guard then skips them quickly).
        .worker_queue_size(WORKER_QUEUE)
        .error_handler(LoggingErrorHandler::with_custom_text("an update handler failed"))
        .build();
    // The stream of updates ends at `shutdown`, and the dispatcher with it once its workers have
    // finished. Not teloxide's ShutdownToken: its signal is lost when it comes while the
    // dispatcher is handing an update to a worker, and the bot then waits for an update that
    // never comes. A stop token stays stopped, whenever it is looked at.
    let stop = updates.stop_token();
    tokio::spawn(async move {
        shutdown.wait().await;
        stop.stop();
    });
    // The dispatcher asks getMe once more, through teloxide-core (its 10 s wait on a 5xx cannot
    // be routed around here). Right after `identify` it answers; should it not, the start fails
    // with the error instead of teloxide's panic.
    dispatcher
        .try_dispatch_with_listener(updates, IgnoringErrorHandler::new())
        .await
        .map_err(|error| anyhow::anyhow!("the dispatcher could not start (getMe): {error}"))
}

/// `updates` without those teloxide cannot read: the dispatcher would log each one whole at ERROR
/// (names, ids, message text, however long). Here it is one line with its id alone.
fn readable_only<L>(updates: L) -> impl UpdateListener<Err = L::Err> + Send
where
    L: UpdateListener + Send + 'static,
    L::Err: Send,
{
    StatefulListener::new_with_hints(
        updates,
        readable_stream::<L>,
        |updates: &mut L| updates.stop_token(),
        Some(|updates: &mut L, hint: &mut dyn Iterator<Item = AllowedUpdate>| updates.hint_allowed_updates(hint)),
    )
}

fn readable_stream<L: UpdateListener>(
    updates: &mut L,
) -> impl tokio_stream::Stream<Item = Result<Update, L::Err>> + Send + '_ {
    tokio_stream::StreamExt::filter(updates.as_stream(), |update| match update {
        Ok(Update { id, kind: UpdateKind::Error(_) }) => {
            tracing::warn!(update_id = id.0, "an update this version cannot read: skipped");
            false
        }
        _ => true,
    })
}

/// The update ids handled lately: enough to recognise Telegram's redeliveries, bounded in memory.
#[derive(Default)]
struct Seen(std::sync::Mutex<(std::collections::HashSet<u32>, std::collections::VecDeque<u32>)>);

impl Seen {
    const KEPT: usize = 100_000;

    fn first_time(&self, id: u32) -> bool {
        let mut guard = self.0.lock().expect("seen updates");
        let (set, order) = &mut *guard;
        if !set.insert(id) {
            return false;
        }
        order.push_back(id);
        if order.len() > Self::KEPT
            && let Some(old) = order.pop_front()
        {
            set.remove(&old);
        }
        true
    }
}

/// The kind of an update, for the metrics.
fn kind(update: &Update) -> &'static str {
    use teloxide::types::UpdateKind as K;
    match &update.kind {
        K::Message(_) => "message",
        K::EditedMessage(_) => "edited_message",
        K::ChannelPost(_) => "channel_post",
        K::EditedChannelPost(_) => "edited_channel_post",
        K::CallbackQuery(_) => "callback_query",
        K::InlineQuery(_) => "inline_query",
        K::ChosenInlineResult(_) => "chosen_inline_result",
        K::MyChatMember(_) => "my_chat_member",
        K::ChatMember(_) => "chat_member",
        _ => "other",
    }
}
