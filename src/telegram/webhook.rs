//! Webhook mode: Telegram posts updates to `--webhook-url`, received by teloxide's axum listener
//! *without* its automatic setWebhook at start and deleteWebhook at stop, so that a rolling
//! restart never leaves Telegram without a webhook (updates wait for the next replica instead of
//! being dropped). The webhook is registered once by `january20-bot set-webhook`. Every request
//! must carry the secret in `X-Telegram-Bot-Api-Secret-Token`, else 401 and nothing is read.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use teloxide::prelude::*;
use teloxide::update_listeners::UpdateListener;
use teloxide::update_listeners::webhooks::{Options, axum_no_setup};

/// The webhook's shared secret (`JANUARY20_WEBHOOK_SECRET`): never printed, not even by `{:?}`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Telegram allows 1–256 characters of A–Z, a–z, 0–9, `_` and `-`.
    pub fn new(text: &str) -> Result<Secret, String> {
        let fits = (1..=256).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if fits {
            Ok(Secret(text.into()))
        } else {
            Err("JANUARY20_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (e.g. openssl rand -hex 32)".into())
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
/// completes when the dispatcher stops listening: the HTTP server must then stop too, since the
/// stream of updates ends only when the routes are dropped.
pub fn listener(
    url: &url::Url,
    secret: &Secret,
) -> (impl UpdateListener<Err = Infallible> + use<>, Router, impl Future<Output = ()> + Send + use<>) {
    // The address is teloxide's to bind only in its all-in-one mode; here the bot's own HTTP
    // listener serves the router.
    let unused = SocketAddr::from(([127, 0, 0, 1], 0));
    let options = Options::new(unused, url.clone()).secret_token(secret.expose().to_string());
    let (listener, stopped, router) = axum_no_setup(options);
    let router = router.layer(middleware::from_fn_with_state(secret.clone(), require_secret));
    (listener, router, stopped)
}

/// 401 unless the header holds the secret, compared in constant time; teloxide's own check then
/// sees a valid header. A missing or malformed header is a 401 too, not teloxide's 400.
async fn require_secret(State(secret): State<Secret>, request: Request, next: Next) -> Response {
    let given = request.headers().get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes());
    if given.is_some_and(|given| same(given, secret.expose().as_bytes())) {
        next.run(request).await
    } else {
        StatusCode::UNAUTHORIZED.into_response()
    }
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
