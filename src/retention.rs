//! The daily purge: what the bot keeps is deleted when its time is up (unanswered questions after
//! 180 days, delivery history and broadcast texts after 30, chats that blocked the bot or that it
//! left at once), whether or not anything new happens. The purge used to run only when a new
//! question was logged, so a quiet bot kept everything.

use chrono::Duration;

use crate::clock::Clock;
use crate::shutdown::Shutdown;
use crate::store::{Retention, Store};

/// How long delivery history and broadcast texts are kept.
pub const DELIVERY_DAYS: i64 = 30;

/// Purges at start, then every day on `clock`, until `shutdown`.
pub async fn run(store: Store, clock: Clock, keep: Retention, mut shutdown: Shutdown) {
    loop {
        match store.purge(clock.now(), keep).await {
            Ok(purged) => tracing::info!(?purged, "purged what is kept no longer"),
            Err(error) => tracing::warn!(%error, "the daily purge failed; it runs again tomorrow"),
        }
        let next = clock.now() + Duration::days(1);
        tokio::select! {
            () = clock.sleep_until(next) => {}
            () = shutdown.wait() => return,
        }
    }
}
