//! The bot's own place in a chat: a channel is subscribed while the bot may post there, a group
//! gets a welcome, a blocked or removed bot stops sending; and a group that became a supergroup
//! takes its settings along.

use super::{App, Input, Membership, Message, Outcome};
use crate::calendar::Plan;
use crate::store::{ChatKind, StoreError};

impl App {
    pub(super) async fn on_membership(&self, input: &Input<'_>, change: Membership) -> Result<Outcome, StoreError> {
        let (chat, sender) = (&input.chat, &input.sender);
        let store = self.store();
        let now = self.now();
        match chat.kind {
            ChatKind::Channel => {
                if change.may_post {
                    self.remember_chat(chat, sender.lang).await?;
                    if store.subscription(chat.id).await?.is_none() {
                        store.subscribe(chat.id, Plan::All, now).await?;
                        tracing::info!(chat_id = chat.id, "channel subscribed");
                    }
                } else if store.unsubscribe(chat.id).await? {
                    tracing::info!(chat_id = chat.id, "channel unsubscribed");
                    if !change.is_member {
                        store.set_active(chat.id, false, now).await?;
                    }
                }
            }
            ChatKind::Group | ChatKind::Supergroup => {
                if change.is_member && !change.was_member {
                    self.remember_chat(chat, sender.lang).await?;
                    let lang = self.chat_lang(chat, sender).await?;
                    return Ok(Outcome::say(Message::plain(self.brain.text(lang, "group-welcome"))));
                } else if change.is_member {
                    // Rights changed (muted, then allowed to write again): reachable again, in
                    // case a failed send while muted had switched the chat off.
                    if store.chat(chat.id).await?.is_some() {
                        store.set_active(chat.id, true, now).await?;
                    }
                } else {
                    store.set_active(chat.id, false, now).await?;
                }
            }
            ChatKind::Private => {
                if change.banned {
                    // The user blocked the bot.
                    store.set_active(chat.id, false, now).await?;
                } else if change.is_member && store.chat(chat.id).await?.is_some() {
                    store.set_active(chat.id, true, now).await?;
                }
            }
        }
        Ok(Outcome::nothing())
    }

    pub(super) async fn on_migrated(&self, input: &Input<'_>, to: i64) -> Result<Outcome, StoreError> {
        self.store().migrate_chat(input.chat.id, to, self.now()).await?;
        Ok(Outcome::nothing())
    }
}
