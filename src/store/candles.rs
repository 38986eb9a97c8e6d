//! Candles: one a person for each anniversary (kept by its year), counted without keeping who lit them (a keyed hash of the user id
//! and the year; the key is kept outside the database, see `candle_key`).

use sha2::{Digest, Sha256};

use super::{Result, Store, each, each_tx};

/// What lighting a candle did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lit {
    /// A new candle: this year's count, this one included.
    New { count: i64 },
    /// This person's candle of this year was already lit.
    Already { count: i64 },
}

impl Store {
    /// Lights `user_id`'s candle of `year`, once.
    pub async fn light_candle(&self, year: i32, user_id: u64) -> Result<Lit> {
        let secret = self.candle_secret().await?;
        let who: String =
            Sha256::digest(format!("{secret}:{year}:{user_id}")).iter().map(|b| format!("{b:02x}")).collect();
        let mut tx = self.write().await?;
        let added =
            each_tx!(tx, |conn| sqlx::query("INSERT INTO candles (year, who) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(year)
                .bind(&who)
                .execute(&mut *conn)
                .await?
                .rows_affected());
        let count: i64 = each_tx!(tx, |conn| sqlx::query_scalar("SELECT COUNT(*) FROM candles WHERE year = $1")
            .bind(year)
            .fetch_one(&mut *conn)
            .await?);
        tx.commit().await?;
        Ok(if added > 0 { Lit::New { count } } else { Lit::Already { count } })
    }

    /// Candles lit in `year`.
    pub async fn candles(&self, year: i32) -> Result<i64> {
        Ok(each!(self, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM candles WHERE year = $1")
            .bind(year)
            .fetch_one(pool)
            .await?))
    }

    /// Candles per year, most recent first (for /stats).
    pub async fn candles_by_year(&self, limit: i64) -> Result<Vec<(i32, i64)>> {
        Ok(each!(self, |pool| sqlx::query_as(
            "SELECT year, COUNT(*) FROM candles GROUP BY year ORDER BY year DESC LIMIT $1"
        )
        .bind(limit)
        .fetch_all(pool)
        .await?))
    }
}
