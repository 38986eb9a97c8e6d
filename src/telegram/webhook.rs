//! Webhook mode: Telegram posts updates to `--webhook-url`, received by our own routes (not
//! teloxide's listener, which could not stop while a client held a connection), with no
//! setWebhook at start and no deleteWebhook at stop, so that a rolling
//! restart never leaves Telegram without a webhook (updates wait for the next replica instead of
//! being dropped). The webhook is registered once by `january20-bot set-webhook`. Every request
//! must carry the secret in `X-Telegram-Bot-Api-Secret-Token`, else 401 and nothing is read.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use teloxide::prelude::*;
use teloxide::stop::{StopToken, mk_stop_token};
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use tokio::sync::mpsc::UnboundedSender;
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::slowdown::Slowdown;

/// The webhook's shared secret (`JANUARY20_WEBHOOK_SECRET`): never printed, not even by `{:?}`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Telegram allows 1–256 characters of A–Z, a–z, 0–9, `_` and `-`; fewer than 16 could be
    /// guessed, so they are refused.
    pub fn new(text: &str) -> Result<Secret, String> {
        let fits = (16..=256).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if fits {
            Ok(Secret(text.into()))
        } else {
            Err("JANUARY20_WEBHOOK_SECRET must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (e.g. openssl rand -hex 32)".into())
        }
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The updates Telegram posts to `url`'s path, the routes that receive them, and a future that
/// completes when the dispatcher stops listening (then the HTTP listener stops too).
///
/// teloxide's own listener ends its stream of updates only when every copy of its routes is gone,
/// and each open connection holds one: a client that sent half a request kept the bot from
/// stopping for as long as it liked. Here the stream ends as soon as the dispatcher stops, whoever
/// is still connected, and a request that arrives after that gets 503 (Telegram tries again).
pub fn listener(
    url: &url::Url,
    secret: &Secret,
) -> (impl UpdateListener<Err = Infallible> + use<>, Router, impl Future<Output = ()> + Send + use<>) {
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    let inbox = Inbox(Arc::new(std::sync::Mutex::new(Some(sender))));
    let (stop_token, stop_flag) = mk_stop_token();
    // One future both closes the inbox and tells the HTTP listener: a stop flag wakes only the
    // last task that waited on it, so two waiters would leave one asleep.
    let stopped = {
        let inbox = inbox.clone();
        async move {
            stop_flag.await;
            inbox.close();
        }
    };
    let router =
        Router::new().route(url.path(), post(receive)).with_state(inbox.clone()).layer(middleware::from_fn_with_state(
            Arc::new(Gate { secret: secret.clone(), slowdown: Slowdown::default() }),
            require_secret,
        ));
    let stream = UnboundedReceiverStream::new(receiver);
    let updates =
        StatefulListener::new((stream, stop_token), first, |state: &mut (Inbound, StopToken)| state.1.clone());
    (updates, router, stopped)
}

type Inbound = UnboundedReceiverStream<Result<Update, Infallible>>;

fn first(state: &mut (Inbound, StopToken)) -> &mut Inbound {
    &mut state.0
}

/// Where the routes put updates for the dispatcher, until it stops listening.
#[derive(Clone)]
struct Inbox(Arc<std::sync::Mutex<Option<Sender>>>);

type Sender = UnboundedSender<Result<Update, Infallible>>;

impl Inbox {
    fn sender(&self) -> Option<Sender> {
        self.0.lock().expect("webhook inbox").clone()
    }

    /// Drops the last lasting sender: the stream of updates ends once a request in hand is passed on.
    fn close(&self) {
        self.0.lock().expect("webhook inbox").take();
    }
}

/// One update from Telegram. A body that is not an update is acknowledged (Telegram would only
/// send it again) and logged by its error alone: a body holds names and messages, and its size is
/// the sender's to choose.
async fn receive(State(inbox): State<Inbox>, body: axum::body::Bytes) -> StatusCode {
    let Some(sender) = inbox.sender() else { return StatusCode::SERVICE_UNAVAILABLE };
    match serde_json::from_slice::<Update>(&body) {
        Ok(update) => match sender.send(Ok(update)) {
            Ok(()) => StatusCode::OK,
            Err(_) => StatusCode::SERVICE_UNAVAILABLE,
        },
        Err(error) => {
            tracing::warn!(bytes = body.len(), line = error.line(), column = error.column(), kind = ?error.classify(), "webhook: a body that is not an update");
            StatusCode::OK
        }
    }
}

/// What lets a request in: the secret, and the slowing of those who keep getting it wrong.
struct Gate {
    secret: Secret,
    slowdown: Slowdown,
}

/// 401 unless the header holds the secret, compared in constant time; a missing or malformed
/// header is a 401 too. After a few failures from one address, its 401s come later and later.
async fn require_secret(State(gate): State<Arc<Gate>>, request: Request, next: Next) -> Response {
    let given = request.headers().get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes());
    if given.is_some_and(|given| same(given, gate.secret.expose().as_bytes())) {
        return next.run(request).await;
    }
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
    let wait = gate.slowdown.failed(peer.unwrap_or(IpAddr::from([0, 0, 0, 0])), std::time::Instant::now());
    if !wait.is_zero() {
        tokio::time::sleep(wait).await;
    }
    StatusCode::UNAUTHORIZED.into_response()
}

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Registers the webhook with Telegram (`setWebhook`), with the secret; pending updates are kept.
pub async fn set(bot: &Bot, url: &url::Url, secret: &Secret) -> anyhow::Result<()> {
    bot.set_webhook(url.clone())
        .secret_token(secret.expose().to_string())
        .drop_pending_updates(false)
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {e}"))?;
    Ok(())
}

/// Removes the webhook (`deleteWebhook`), to go back to long polling; pending updates are kept.
pub async fn delete(bot: &Bot) -> anyhow::Result<()> {
    bot.delete_webhook().drop_pending_updates(false).await.map_err(|e| anyhow::anyhow!("deleteWebhook failed: {e}"))?;
    Ok(())
}
