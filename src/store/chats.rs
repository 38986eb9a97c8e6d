//! Chats the bot knows, their languages and reachability, and their subscriptions.

use chrono::{DateTime, Utc};

use super::{Chat, ChatKind, Plan, Result, Store, SubscriberStats, each, each_tx, lang, ts};
use crate::i18n::Lang;

/// What `subscribe` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    New,
    Already(Plan),
    Changed { from: Plan },
}

#[derive(sqlx::FromRow)]
struct ChatRow {
    chat_id: i64,
    kind: String,
    lang: Option<String>,
    user_lang: Option<String>,
    active: i64,
}

impl From<ChatRow> for Chat {
    fn from(row: ChatRow) -> Chat {
        Chat {
            chat_id: row.chat_id,
            kind: ChatKind::parse(&row.kind),
            lang: lang(row.lang.as_deref()),
            user_lang: lang(row.user_lang.as_deref()),
            active: row.active != 0,
        }
    }
}

impl Store {
    /// Records a chat the bot has seen (and that it is reachable again).
    pub async fn upsert_chat(
        &self,
        chat_id: i64,
        kind: ChatKind,
        title: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        each!(self, |pool| {
            sqlx::query(
            "INSERT INTO chats (chat_id, kind, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
             ON CONFLICT (chat_id) DO UPDATE SET kind = $2, title = COALESCE($3, chats.title), active = 1, updated_at = $4",
        )
        .bind(chat_id)
        .bind(kind.as_str())
        .bind(title)
        .bind(ts(now))
        .execute(pool)
        .await?
        .rows_affected()
        });
        Ok(())
    }

    pub async fn chat(&self, chat_id: i64) -> Result<Option<Chat>> {
        let row: Option<ChatRow> = each!(self, |pool| sqlx::query_as(
            "SELECT chat_id, kind, lang, user_lang, active FROM chats WHERE chat_id = $1"
        )
        .bind(chat_id)
        .fetch_optional(pool)
        .await?);
        Ok(row.map(Chat::from))
    }

    /// The language chosen for a chat with /language.
    pub async fn chat_lang(&self, chat_id: i64) -> Result<Option<Lang>> {
        Ok(self.chat(chat_id).await?.and_then(|c| c.lang))
    }

    pub async fn set_chat_lang(&self, chat_id: i64, lang: Lang, now: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query("UPDATE chats SET lang = $2, updated_at = $3 WHERE chat_id = $1")
            .bind(chat_id)
            .bind(lang.code())
            .bind(ts(now))
            .execute(pool)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Remembers the language of the user's Telegram client, for reminders to a chat that never
    /// chose one.
    pub async fn set_user_lang(&self, chat_id: i64, lang: Lang) -> Result<()> {
        each!(self, |pool| sqlx::query(
            "UPDATE chats SET user_lang = $2 WHERE chat_id = $1 AND (user_lang IS NULL OR user_lang != $2)"
        )
        .bind(chat_id)
        .bind(lang.code())
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Marks a chat unreachable (blocked, kicked, deleted) or reachable again.
    pub async fn set_active(&self, chat_id: i64, active: bool, now: DateTime<Utc>) -> Result<()> {
        each!(self, |pool| sqlx::query("UPDATE chats SET active = $2, updated_at = $3 WHERE chat_id = $1")
            .bind(chat_id)
            .bind(i64::from(active))
            .bind(ts(now))
            .execute(pool)
            .await?
            .rows_affected());
        if !active {
            each!(self, |pool| {
                sqlx::query("UPDATE outbox SET state = 'failed', last_error = 'chat unreachable' WHERE chat_id = $1 AND state = 'pending'")
                .bind(chat_id)
                .execute(pool)
                .await?.rows_affected()
            });
        }
        Ok(())
    }

    /// Subscribes a chat (which must be known) to a plan.
    pub async fn subscribe(&self, chat_id: i64, plan: Plan, now: DateTime<Utc>) -> Result<Subscribed> {
        let mut tx = self.write().await?;
        Store::lock_chat(&mut tx, chat_id).await?;
        let current: Option<String> =
            each_tx!(tx, |conn| sqlx::query_scalar("SELECT plan FROM subscriptions WHERE chat_id = $1")
                .bind(chat_id)
                .fetch_optional(&mut *conn)
                .await?);
        let outcome = match current.as_deref().and_then(Plan::parse) {
            Some(existing) if existing == plan => Subscribed::Already(plan),
            Some(existing) => {
                each_tx!(tx, |conn| sqlx::query("UPDATE subscriptions SET plan = $2 WHERE chat_id = $1")
                    .bind(chat_id)
                    .bind(plan.as_str())
                    .execute(&mut *conn)
                    .await?
                    .rows_affected());
                Subscribed::Changed { from: existing }
            }
            None => {
                each_tx!(tx, |conn| sqlx::query(
                    "INSERT INTO subscriptions (chat_id, plan, created_at) VALUES ($1, $2, $3)"
                )
                .bind(chat_id)
                .bind(plan.as_str())
                .bind(ts(now))
                .execute(&mut *conn)
                .await?
                .rows_affected());
                Subscribed::New
            }
        };
        each_tx!(tx, |conn| sqlx::query("UPDATE chats SET active = 1 WHERE chat_id = $1")
            .bind(chat_id)
            .execute(&mut *conn)
            .await?
            .rows_affected());
        tx.commit().await?;
        Ok(outcome)
    }

    /// Unsubscribes a chat; false when it was not subscribed.
    pub async fn unsubscribe(&self, chat_id: i64) -> Result<bool> {
        let mut tx = self.write().await?;
        let done = each_tx!(tx, |conn| sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1")
            .bind(chat_id)
            .execute(&mut *conn)
            .await?
            .rows_affected());
        // Reminders already queued for it are not sent after all.
        each_tx!(tx, |conn| {
            sqlx::query("UPDATE outbox SET state = 'failed', last_error = 'unsubscribed' WHERE chat_id = $1 AND state = 'pending' AND occurrence NOT LIKE 'broadcast-%'")
            .bind(chat_id)
            .execute(&mut *conn)
            .await?.rows_affected()
        });
        tx.commit().await?;
        Ok(done > 0)
    }

    pub async fn subscription(&self, chat_id: i64) -> Result<Option<Plan>> {
        let plan: Option<String> =
            each!(self, |pool| sqlx::query_scalar("SELECT plan FROM subscriptions WHERE chat_id = $1")
                .bind(chat_id)
                .fetch_optional(pool)
                .await?);
        Ok(plan.as_deref().and_then(Plan::parse))
    }

    /// When the chat's subscription began (a change of plan keeps it); `None` when not subscribed.
    pub async fn subscribed_since(&self, chat_id: i64) -> Result<Option<DateTime<Utc>>> {
        let since: Option<i64> =
            each!(self, |pool| sqlx::query_scalar("SELECT created_at FROM subscriptions WHERE chat_id = $1")
                .bind(chat_id)
                .fetch_optional(pool)
                .await?);
        Ok(since.map(super::from_ts))
    }

    /// Moves a group that became a supergroup: its chat row, language, subscription and pending
    /// messages go to the new id.
    pub async fn migrate_chat(&self, old: i64, new: i64, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.write().await?;
        // Always in the same order, so that two moves never wait for each other.
        Store::lock_chat(&mut tx, old.min(new)).await?;
        Store::lock_chat(&mut tx, old.max(new)).await?;
        let exists: Option<i64> =
            each_tx!(tx, |conn| sqlx::query_scalar("SELECT chat_id FROM chats WHERE chat_id = $1")
                .bind(new)
                .fetch_optional(&mut *conn)
                .await?);
        if exists.is_none() {
            // ON UPDATE CASCADE carries the subscription along.
            each_tx!(tx, |conn| sqlx::query(
                "UPDATE chats SET chat_id = $2, kind = 'supergroup', updated_at = $3 WHERE chat_id = $1"
            )
            .bind(old)
            .bind(new)
            .bind(ts(now))
            .execute(&mut *conn)
            .await?
            .rows_affected());
        } else {
            each_tx!(tx, |conn| {
                sqlx::query("INSERT INTO subscriptions (chat_id, plan, created_at) SELECT $2, plan, created_at FROM subscriptions WHERE chat_id = $1 ON CONFLICT DO NOTHING")
                .bind(old)
                .bind(new)
                .execute(&mut *conn)
                .await?.rows_affected()
            });
            // The chosen language moves too, unless the new chat already has one.
            each_tx!(tx, |conn| sqlx::query(
                "UPDATE chats SET lang = COALESCE(lang, (SELECT lang FROM chats WHERE chat_id = $1)),
                 user_lang = COALESCE(user_lang, (SELECT user_lang FROM chats WHERE chat_id = $1)) WHERE chat_id = $2",
            )
            .bind(old)
            .bind(new)
            .execute(&mut *conn)
            .await?
            .rows_affected());
            each_tx!(tx, |conn| sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1")
                .bind(old)
                .execute(&mut *conn)
                .await?
                .rows_affected());
            each_tx!(tx, |conn| sqlx::query("UPDATE chats SET active = 0 WHERE chat_id = $1")
                .bind(old)
                .execute(&mut *conn)
                .await?
                .rows_affected());
        }
        each_tx!(tx, |conn| sqlx::query(
            // A row the new chat already has for the same occurrence stays where it is (below).
            "UPDATE outbox SET chat_id = $2 WHERE chat_id = $1 AND state = 'pending'
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.occurrence = outbox.occurrence AND o.chat_id = $2)"
        )
        .bind(old)
        .bind(new)
        .execute(&mut *conn)
        .await?
        .rows_affected());
        // A row left behind clashed with one the new chat already had queued for the same
        // occurrence: that one goes out, this one must not be tried (and bounce) again.
        each_tx!(tx, |conn| sqlx::query(
            "UPDATE outbox SET state = 'failed', last_error = 'migrated' WHERE chat_id = $1 AND state = 'pending'",
        )
        .bind(old)
        .execute(&mut *conn)
        .await?
        .rows_affected());
        tx.commit().await?;
        Ok(())
    }

    /// Active subscriptions by kind and by the language their reminders go out in.
    pub async fn subscriber_stats(&self) -> Result<SubscriberStats> {
        let rows: Vec<(String, Option<String>, Option<String>, i64)> = each!(self, |pool| {
            sqlx::query_as(
            "SELECT c.kind, c.lang, c.user_lang, COUNT(*) FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
             WHERE c.active = 1 GROUP BY 1, 2, 3",
        )
        .fetch_all(pool)
        .await?
        });
        let mut stats = SubscriberStats::default();
        for (kind, chosen, user, count) in rows {
            stats.total += count;
            match ChatKind::parse(&kind) {
                ChatKind::Private => stats.private += count,
                ChatKind::Group | ChatKind::Supergroup => stats.groups += count,
                ChatKind::Channel => stats.channels += count,
            }
            stats.by_lang[Lang::choose(None, lang(chosen.as_deref()), lang(user.as_deref()))] += count;
        }
        Ok(stats)
    }

    /// Adds many subscribed private chats at once (benchmarks and load tests).
    #[cfg(feature = "testing")]
    pub async fn seed_subscribers(&self, first_id: i64, count: i64, plan: Plan, now: DateTime<Utc>) -> Result<()> {
        self.seed_chats(first_id, count, ChatKind::Private, plan, now).await
    }

    /// Adds many subscribed chats of one kind at once, ids `first_id..first_id + count`
    /// (benchmarks and load tests; groups and channels take negative ids, as in Telegram).
    #[cfg(feature = "testing")]
    pub async fn seed_chats(
        &self,
        first_id: i64,
        count: i64,
        kind: ChatKind,
        plan: Plan,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        for chat_id in first_id..first_id + count {
            each_tx!(tx, |conn| {
                sqlx::query(
                "INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES ($1, $3, $2, $2) ON CONFLICT DO NOTHING",
            )
            .bind(chat_id)
            .bind(ts(now))
            .bind(kind.as_str())
            .execute(&mut *conn)
            .await?
            .rows_affected()
            });
            each_tx!(tx, |conn| sqlx::query(
                "INSERT INTO subscriptions (chat_id, plan, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
            )
            .bind(chat_id)
            .bind(plan.as_str())
            .bind(ts(now))
            .execute(&mut *conn)
            .await?
            .rows_affected());
        }
        tx.commit().await?;
        Ok(())
    }
}
