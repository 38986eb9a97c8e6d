//! A limit per address on the memorial page and its API: a token bucket for each client address,
//! so that one address sending hundreds of requests a second gets quick 429s, costs almost
//! nothing, and leaves the bot's replies (and everyone else's page) alone. Telegram's webhook,
//! /healthz and /metrics are not under it.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Requests an address may make in a burst, and how many a second after it. A person opening the
/// page makes four (page, style, script, card) and one per candle; a reverse proxy in front of
/// the bot makes everyone's, hence the room.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub burst: f64,
    pub per_second: f64,
}

impl Default for Rate {
    fn default() -> Self {
        Rate { burst: 60.0, per_second: 30.0 }
    }
}

/// Addresses kept at most; past it, those with full buckets are forgotten (a full bucket is what a
/// forgotten address would start with).
const KEPT: usize = 10_000;

/// The buckets of every address seen lately.
#[derive(Debug, Clone)]
pub struct Limiter {
    rate: Rate,
    buckets: Arc<Mutex<HashMap<IpAddr, Bucket>>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Limiter {
    pub fn new(rate: Rate) -> Self {
        Limiter { rate, buckets: Arc::default() }
    }

    /// Whether `address` may make a request at `now`; if so, it is counted.
    pub fn allow(&self, address: IpAddr, now: Instant) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else { return true };
        if buckets.len() >= KEPT && !buckets.contains_key(&address) {
            let rate = self.rate;
            buckets.retain(|_, b| refill(rate, *b, now).tokens < rate.burst);
        }
        let bucket = buckets.entry(address).or_insert(Bucket { tokens: self.rate.burst, at: now });
        *bucket = refill(self.rate, *bucket, now);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// How long until `address` may make its next request.
    fn wait(&self) -> Duration {
        Duration::from_secs_f64(1.0 / self.rate.per_second)
    }
}

fn refill(rate: Rate, bucket: Bucket, now: Instant) -> Bucket {
    let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
    Bucket { tokens: (bucket.tokens + elapsed * rate.per_second).min(rate.burst), at: now }
}

/// The middleware: 429 with `Retry-After` past the limit. Without a peer address (never so on the
/// bot's own listener) the request is let through.
pub async fn limit(State(limiter): State<Limiter>, request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(address) = peer
        && !limiter.allow(address, Instant::now())
    {
        let seconds = limiter.wait().as_secs().max(1).to_string();
        crate::metrics::page_limited();
        return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds)], "").into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_its_rate() {
        let limiter = Limiter::new(Rate { burst: 3.0, per_second: 2.0 });
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t = Instant::now();
        assert!((0..3).all(|_| limiter.allow(a, t)));
        assert!(!limiter.allow(a, t), "the burst is spent");
        assert!(limiter.allow(b, t), "another address has its own bucket");
        assert!(!limiter.allow(a, t + Duration::from_millis(400)));
        assert!(limiter.allow(a, t + Duration::from_millis(500)), "two a second: one more after half a second");
        assert!(!limiter.allow(a, t + Duration::from_millis(500)));
    }

    #[test]
    fn many_addresses_are_forgotten_once_full() {
        let limiter = Limiter::new(Rate { burst: 2.0, per_second: 1.0 });
        let t = Instant::now();
        for i in 0..KEPT as u32 {
            limiter.allow(IpAddr::from(i.to_be_bytes()), t);
        }
        let later = t + Duration::from_secs(5);
        assert!(limiter.allow("192.168.0.1".parse().unwrap(), later));
        assert!(limiter.buckets.lock().unwrap().len() < 10, "buckets refilled since were dropped");
    }
}
