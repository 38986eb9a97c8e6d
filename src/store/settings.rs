//! A chat's sharing settings: its time zone for local times, and whether the minute-of-silence
//! reminder comes with the memorial card.

use std::collections::HashMap;

use super::{Result, Store, each};

/// What a chat chose; the default (Baku time only, no card) when it chose nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatSettings {
    /// An IANA time zone name ("Europe/Berlin").
    pub timezone: Option<String>,
    pub card_reminder: bool,
}

impl Store {
    pub async fn chat_settings(&self, chat_id: i64) -> Result<ChatSettings> {
        let row: Option<(Option<String>, bool)> =
            each!(self, |pool| sqlx::query_as("SELECT timezone, card_reminder FROM chat_settings WHERE chat_id = $1")
                .bind(chat_id)
                .fetch_optional(pool)
                .await?);
        Ok(row.map(|(timezone, card_reminder)| ChatSettings { timezone, card_reminder }).unwrap_or_default())
    }

    /// The settings of those of `chats` that chose any (one query for a batch of the outbox).
    pub async fn chat_settings_of(&self, chats: &[i64]) -> Result<HashMap<i64, ChatSettings>> {
        if chats.is_empty() {
            return Ok(HashMap::new());
        }
        let marks = (1..=chats.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT chat_id, timezone, card_reminder FROM chat_settings WHERE chat_id IN ({marks})");
        let rows: Vec<(i64, Option<String>, bool)> = each!(self, |pool| {
            let mut query = sqlx::query_as(&sql);
            for chat in chats {
                query = query.bind(chat);
            }
            query.fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, timezone, card_reminder)| (id, ChatSettings { timezone, card_reminder }))
            .collect())
    }

    /// Sets (or with `None` clears) a known chat's time zone.
    pub async fn set_timezone(&self, chat_id: i64, timezone: Option<&str>) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "INSERT INTO chat_settings (chat_id, timezone) VALUES ($1, $2)
             ON CONFLICT (chat_id) DO UPDATE SET timezone = excluded.timezone",
        )
        .bind(chat_id)
        .bind(timezone)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Whether a known chat's minute-of-silence reminder comes with the card.
    pub async fn set_card_reminder(&self, chat_id: i64, on: bool) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "INSERT INTO chat_settings (chat_id, card_reminder) VALUES ($1, $2)
             ON CONFLICT (chat_id) DO UPDATE SET card_reminder = excluded.card_reminder",
        )
        .bind(chat_id)
        .bind(on)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }
}
