//! The HTTP listener's connections, held to limits a hostile client cannot stretch: a cap on
//! open connections, a deadline for a request's headers (which also closes idle keep-alive
//! connections) and for a whole request, and a deadline at shutdown after which whatever is still
//! open is dropped. axum's own `serve` has none of these: one client holding half a request kept
//! a stopping bot up, and a thousand idle ones used up the process's open files.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;

/// What one listener allows.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; more are closed as soon as accepted (they cost a file each).
    pub connections: usize,
    /// From a connection's first byte, or the end of its last answer, to the end of the headers.
    pub headers: Duration,
    /// From the headers to the end of the answer (a body sent slowly counts).
    pub request: Duration,
    /// After the stop: how long requests in hand may take before their connections are dropped.
    pub drain: Duration,
}

impl Default for Limits {
    /// Telegram opens at most 100 connections to a webhook, a Prometheus scraper one or two; the
    /// drain leaves room within the 10 s the README promises for everything else to stop.
    fn default() -> Self {
        Limits {
            connections: 512,
            headers: Duration::from_secs(10),
            request: Duration::from_secs(30),
            drain: Duration::from_secs(3),
        }
    }
}

/// Serves `app` on `listener` until `stop` completes, then stops accepting, lets requests in hand
/// finish until `limits.drain` and drops every connection still open.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, stop: impl Future<Output = ()>) {
    let app = app.layer(middleware::from_fn(move |request, next| within(limits.request, request, next)));
    let permits = Arc::new(Semaphore::new(limits.connections));
    let (closing, closed) = watch::channel(false);
    let mut open = JoinSet::new();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => match permits.clone().try_acquire_owned() {
                    Ok(permit) => {
                        open.spawn(connection(stream, peer, app.clone(), limits, closed.clone(), permit));
                    }
                    Err(_) => crate::metrics::connection_refused(),
                },
                // Out of files (EMFILE) or a connection reset before it was taken: waiting a
                // moment lets connections close instead of spinning on the same error.
                Err(error) => {
                    tracing::warn!(%error, "the HTTP listener could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            Some(_) = open.join_next(), if !open.is_empty() => {}
        }
    }
    drop(listener);
    let _ = closing.send(true);
    let drained = tokio::time::timeout(limits.drain, async { while open.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(connections = open.len(), "connections still open at the shutdown deadline: closed");
        open.shutdown().await;
    }
}

/// One connection: HTTP/1.1 with the header deadline; asked to finish (idle ones close at once)
/// when the listener stops.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    limits: Limits,
    mut closing: watch::Receiver<bool>,
    _permit: OwnedSemaphorePermit,
) {
    let app = app.layer(axum::Extension(ConnectInfo(peer)));
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.headers)
        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app));
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => return,
        _ = closing.wait_for(|closing| *closing) => conn.as_mut().graceful_shutdown(),
    }
    let _ = conn.await;
}

/// 408 for a request (its body included) that takes longer than `limit`.
async fn within(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

/// Raises this process's soft limit of open files to its hard limit (often 1,024 of 524,288), so
/// that the connection cap, not the limit, decides how many clients are served.
#[cfg(unix)]
pub fn raise_open_files_limit() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed to them.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max {
            let soft = limit.rlim_cur;
            limit.rlim_cur = limit.rlim_max;
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 {
                tracing::debug!(from = soft, to = limit.rlim_max, "raised the open-file limit");
            }
        }
    }
}

#[cfg(not(unix))]
pub fn raise_open_files_limit() {}
