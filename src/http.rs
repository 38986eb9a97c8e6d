//! The bot's HTTP listener (`--listen`): `GET /healthz`, `GET /metrics`, the memorial page (`/app`,
//! src/web/) and, in webhook mode, the webhook path Telegram posts updates to. Stopped gracefully
//! with the bot.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::health::Health;

/// Binds `addr`, with a line an operator can act on when it cannot.
pub async fn bind(addr: SocketAddr) -> anyhow::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} ({e}): choose another --listen address or port"))
}

/// Serves until `stop` completes, within the limits of `connections`; `routes` adds the memorial
/// page and, in webhook mode, Telegram's path.
pub async fn serve(
    listener: tokio::net::TcpListener,
    health: Health,
    routes: Vec<Router>,
    stop: impl Future<Output = ()> + Send + 'static,
) {
    let mut app = Router::new().route("/healthz", get(healthz)).route("/metrics", get(metrics)).with_state(health);
    for more in routes {
        app = app.merge(more);
    }
    crate::connections::serve(listener, app, crate::connections::Limits::default(), stop).await;
}

/// How long `/healthz` and `/metrics` wait for the database: a server that is down can make a
/// new connection wait far longer, and the answer "down" is due before a scraper gives up.
const DATABASE_WAIT: Duration = Duration::from_secs(2);

async fn healthz(State(health): State<Health>) -> Response {
    let checked = tokio::time::timeout(DATABASE_WAIT, health.check()).await;
    match checked.unwrap_or_else(|_| Err("the database does not answer".to_string())) {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(problem) => (StatusCode::SERVICE_UNAVAILABLE, format!("{problem}\n")).into_response(),
    }
}

async fn metrics(State(health): State<Health>) -> Response {
    let read = tokio::time::timeout(DATABASE_WAIT, crate::metrics::read_store(&health.store, health.clock.now())).await;
    let database_up = match read {
        Ok(Ok(())) => true,
        Ok(Err(error)) => {
            tracing::warn!(%error, "metrics: the database does not answer");
            false
        }
        Err(_) => {
            tracing::warn!("metrics: the database does not answer within {} s", DATABASE_WAIT.as_secs());
            false
        }
    };
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], crate::metrics::render(database_up)).into_response()
}
