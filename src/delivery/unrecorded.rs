//! Deliveries Telegram accepted while the database could not record them (an outage, a lost
//! connection): kept in this process's memory and recorded as soon as the database answers
//! again, so that the message is never sent a second time.
//!
//! Meanwhile the row stays pending and claimed by this replica, as it was when it went out:
//! another replica does not take it while this one is alive (`replica`), and this one leaves it
//! out of its own claims (`Store::claim`'s `except`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use crate::store::{Store, StoreError};

/// This process's deliveries the database does not know of yet: outbox id → when it went out.
#[derive(Debug, Clone, Default)]
pub struct Unrecorded(Arc<Mutex<HashMap<i64, DateTime<Utc>>>>);

impl Unrecorded {
    /// Records that Telegram accepted message `id` at `at`; keeps it in memory if the database
    /// cannot be written now.
    pub async fn mark_sent(&self, store: &Store, id: i64, at: DateTime<Utc>) {
        if let Err(error) = store.mark_sent(id, at).await {
            tracing::warn!(%error, id, "a delivery Telegram accepted could not be recorded; kept to record later");
            self.0.lock().expect("unrecorded").insert(id, at);
            crate::metrics::deliveries_unrecorded(self.len());
        }
    }

    /// The messages kept, which no claim of this replica may send again.
    pub fn ids(&self) -> Vec<i64> {
        self.0.lock().expect("unrecorded").keys().copied().collect()
    }

    pub fn len(&self) -> usize {
        self.0.lock().expect("unrecorded").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records what was kept; stops at the first failure (the rest waits for the next try).
    /// Returns how many were recorded.
    pub async fn record(&self, store: &Store) -> Result<usize, StoreError> {
        let kept: Vec<(i64, DateTime<Utc>)> =
            self.0.lock().expect("unrecorded").iter().map(|(&id, &at)| (id, at)).collect();
        let mut recorded = 0;
        let mut result = Ok(());
        for (id, at) in kept {
            // Forgotten only once written: until then the sender leaves the row alone.
            if let Err(error) = store.mark_sent(id, at).await {
                result = Err(error);
                break;
            }
            self.0.lock().expect("unrecorded").remove(&id);
            recorded += 1;
        }
        crate::metrics::deliveries_unrecorded(self.len());
        if recorded > 0 {
            crate::metrics::deliveries_recorded_later(recorded);
            tracing::info!(recorded, still_kept = self.len(), "{recorded} deliveries recorded later");
        }
        result.map(|()| recorded)
    }
}
