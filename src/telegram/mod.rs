//! The Telegram adapter (teloxide): the only code that knows Telegram. It turns updates into the
//! application's inputs and its outcomes into Bot API calls (`handlers`, `send`, `format`),
//! registers the command menus (`menus`), and lets delivery send through the Bot API
//! (`transport`). `serve.rs` builds everything and runs it.

pub mod api;
pub mod format;
pub mod handlers;
pub mod menus;
pub mod photo;
pub mod send;
pub mod transport;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::dispatching::UpdateFilterExt;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;

use crate::app::App;
use handlers::Adapter;

/// A Bot API client for `token`, at `api_url` when given (a self-hosted Bot API server, or the
/// fake one in tests).
pub fn bot(token: &str, api_url: Option<&url::Url>) -> Bot {
    let bot = Bot::new(token);
    match api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// Who the bot is: its username and user id (`getMe`), which also proves the token works.
pub async fn identify(bot: &Bot) -> anyhow::Result<(String, u64)> {
    let me = bot.get_me().await.context("asking Telegram who we are (getMe): is TELOXIDE_TOKEN right?")?;
    if !me.supports_inline_queries {
        tracing::info!("inline mode is off: to let people share answers with @botname, send /setinline to @BotFather");
    }
    Ok((me.username.clone().unwrap_or_default(), me.id.0))
}

/// Receives updates by long polling and hands them to the application until `stop` completes.
pub async fn poll(
    bot: Bot,
    app: App,
    username: String,
    bot_id: u64,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let adapter = Arc::new(Adapter { app, username, bot_id });
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(handlers::on_message))
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback))
        .branch(Update::filter_inline_query().endpoint(handlers::on_inline_query))
        .branch(Update::filter_my_chat_member().endpoint(handlers::on_my_chat_member));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![adapter])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("an update handler failed"))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        stop.await;
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
    dispatcher.dispatch().await;
}
