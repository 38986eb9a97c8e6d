//! A chat's sharing settings: its time zone for local times, and whether the minute-of-silence
//! reminder comes with the memorial card.

use super::{Result, Store};

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
            sqlx::query_as("SELECT timezone, card_reminder FROM chat_settings WHERE chat_id = ?1")
                .bind(chat_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(timezone, card_reminder)| ChatSettings { timezone, card_reminder }).unwrap_or_default())
    }

    /// Sets (or with `None` clears) a known chat's time zone.
    pub async fn set_timezone(&self, chat_id: i64, timezone: Option<&str>) -> Result<()> {
        sqlx::query(
            "INSERT INTO chat_settings (chat_id, timezone) VALUES (?1, ?2)
             ON CONFLICT (chat_id) DO UPDATE SET timezone = excluded.timezone",
        )
        .bind(chat_id)
        .bind(timezone)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Whether a known chat's minute-of-silence reminder comes with the card.
    pub async fn set_card_reminder(&self, chat_id: i64, on: bool) -> Result<()> {
        sqlx::query(
            "INSERT INTO chat_settings (chat_id, card_reminder) VALUES (?1, ?2)
             ON CONFLICT (chat_id) DO UPDATE SET card_reminder = excluded.card_reminder",
        )
        .bind(chat_id)
        .bind(on)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
