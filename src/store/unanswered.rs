//! The log of questions the bot could not answer: folded text, language, outcome and day only,
//! never who asked or where; kept for a limited number of days.

use chrono::{DateTime, Utc};

use super::{Result, Store, each, each_tx, lang};
use crate::i18n::Lang;

/// One question as often as it was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Unanswered {
    pub question: String,
    pub lang: Lang,
    /// "out_of_scope" or "did_you_mean".
    pub outcome: String,
    pub count: i64,
}

#[derive(sqlx::FromRow)]
struct UnansweredRow {
    question: String,
    lang: String,
    outcome: String,
    count: i64,
}

fn day(t: DateTime<Utc>) -> i64 {
    t.timestamp().div_euclid(86_400)
}

impl Store {
    /// Records an unanswered question and forgets those older than `keep_days`.
    pub async fn log_unanswered(
        &self,
        question: &str,
        lang: Lang,
        outcome: &str,
        now: DateTime<Utc>,
        keep_days: i64,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        each_tx!(tx, |conn| sqlx::query(
            "INSERT INTO unanswered (question, lang, outcome, day) VALUES ($1, $2, $3, $4)"
        )
        .bind(question)
        .bind(lang.code())
        .bind(outcome)
        .bind(day(now))
        .execute(&mut *conn)
        .await?
        .rows_affected());
        each_tx!(tx, |conn| sqlx::query("DELETE FROM unanswered WHERE day < $1")
            .bind(day(now) - keep_days)
            .execute(&mut *conn)
            .await?
            .rows_affected());
        tx.commit().await?;
        Ok(())
    }

    /// The most frequent unanswered questions of the last `days` days, most asked first.
    pub async fn unanswered(&self, now: DateTime<Utc>, days: i64, limit: i64) -> Result<Vec<Unanswered>> {
        let rows: Vec<UnansweredRow> = each!(self, |pool| sqlx::query_as(
            "SELECT question, lang, outcome, COUNT(*) AS count FROM unanswered WHERE day > $1
             GROUP BY question, lang, outcome ORDER BY count DESC, question LIMIT $2",
        )
        .bind(day(now) - days)
        .bind(limit)
        .fetch_all(pool)
        .await?);
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(Unanswered {
                    lang: lang(Some(&r.lang))?,
                    question: r.question,
                    outcome: r.outcome,
                    count: r.count,
                })
            })
            .collect())
    }
}
