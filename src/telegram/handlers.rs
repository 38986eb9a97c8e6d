//! Update handlers: each Telegram update becomes an application `Input`, and the `Outcome` comes
//! back as Bot API calls. Telegram-only decisions live here and nowhere else: what counts as
//! addressing the bot in a group (a mention, a reply), how to find out whether a sender is an
//! administrator, what a service message or media is.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{Chat, ChatMemberUpdated, ThreadId, User};

use super::render::Place;
use super::send::Replies;
use crate::app::{App, ChatRef, Event, Input, Membership, Outcome, Sender, commands};
use crate::i18n::Lang;
use crate::store::ChatKind;

/// What the handlers share: the application, the sender of replies and who the bot is.
#[derive(Debug)]
pub struct Adapter {
    pub app: App,
    /// Also knows the bot's username, which tells the mentions addressed to it.
    pub replies: Replies,
    pub bot_id: u64,
}

/// Handlers log their own failures and never fail the dispatcher.
pub type HandlerResult = Result<(), std::convert::Infallible>;

fn chat_ref(chat: &Chat) -> ChatRef<'_> {
    let kind = if chat.is_channel() {
        ChatKind::Channel
    } else if chat.is_supergroup() {
        ChatKind::Supergroup
    } else if chat.is_group() {
        ChatKind::Group
    } else {
        ChatKind::Private
    };
    ChatRef { id: chat.id.0, kind, title: chat.title() }
}

fn sender(user: Option<&User>) -> Sender {
    Sender {
        user_id: user.map(|u| u.id.0),
        lang: user.and_then(|u| Lang::negotiate(u.language_code.as_deref())),
        is_admin: false,
    }
}

/// Finds out, when the application needs to know, whether the sender administers the chat: an
/// anonymous administrator posts as the group itself; anyone else is asked about.
async fn check_admin(bot: &Bot, adapter: &Adapter, input: &mut Input<'_>, user: Option<&User>, as_chat: bool) -> bool {
    if !adapter.app.needs_admin(input) {
        return true;
    }
    input.sender.is_admin = as_chat
        || match user {
            None => false,
            Some(user) => match bot.get_chat_member(ChatId(input.chat.id), user.id).await {
                Ok(member) => member.is_privileged(),
                Err(error) => {
                    tracing::warn!(%error, "could not ask Telegram whether the sender is an administrator");
                    return false;
                }
            },
        };
    true
}

/// The apology when the bot could not find out what it needed from Telegram.
fn apology(adapter: &Adapter, input: &Input<'_>) -> Outcome {
    let lang = Lang::choose(None, None, input.sender.lang);
    Outcome::say(crate::app::Message::plain(adapter.app.brain().text(lang, "error-generic")))
}

pub async fn on_message(bot: Bot, msg: Message, adapter: Arc<Adapter>) -> HandlerResult {
    let event = if let Some(to) = msg.migrate_to_chat_id() {
        Event::Migrated { to: to.0 }
    } else if let Some(text) = msg.text() {
        text_event(&msg, text, &adapter)
    } else if is_content(&msg) {
        Event::Media
    } else {
        return Ok(());
    };
    let question;
    let event = match event {
        Event::Text { text, addressed } if addressed && msg.chat.is_private() => Event::Text { text, addressed },
        Event::Text { text, addressed } if addressed && commands::parse(text).is_none() => {
            question = strip_mention(text, &format!("@{}", adapter.replies.username));
            Event::Text { text: &question, addressed }
        }
        other => other,
    };
    let mut input = Input { chat: chat_ref(&msg.chat), sender: sender(msg.from.as_ref()), event };
    let as_chat = msg.sender_chat.as_ref().is_some_and(|c| c.id == msg.chat.id);
    let outcome = if check_admin(&bot, &adapter, &mut input, msg.from.as_ref(), as_chat).await {
        adapter.app.handle(&input).await
    } else {
        apology(&adapter, &input)
    };
    let place =
        Place { chat: msg.chat.id, reply_to: (!msg.chat.is_private()).then_some(msg.id), thread: topic_of(&msg) };
    for message in &outcome.messages {
        adapter.replies.send(place, message).await;
    }
    Ok(())
}

/// A text: in a private chat always for the bot; in a group only when it mentions the bot or
/// replies to it (commands decide for themselves whom they address).
fn text_event<'a>(msg: &Message, text: &'a str, adapter: &Adapter) -> Event<'a> {
    if msg.chat.is_private() {
        return Event::Text { text, addressed: true };
    }
    let mentioned = mentions(text, &format!("@{}", adapter.replies.username));
    let replied = msg.reply_to_message().and_then(|m| m.from.as_ref()).is_some_and(|u| u.id.0 == adapter.bot_id);
    Event::Text { text, addressed: mentioned || replied }
}

pub async fn on_callback(bot: Bot, query: CallbackQuery, adapter: Arc<Adapter>) -> HandlerResult {
    let outcome = match &query.message {
        Some(message) => {
            let data = query.data.as_deref().unwrap_or("");
            let mut input = Input {
                chat: chat_ref(message.chat()),
                sender: sender(Some(&query.from)),
                event: Event::Press { data },
            };
            let outcome = if check_admin(&bot, &adapter, &mut input, Some(&query.from), false).await {
                adapter.app.handle(&input).await
            } else {
                let lang = Lang::choose(None, None, input.sender.lang);
                Outcome::note(adapter.app.brain().text(lang, "error-generic"))
            };
            let thread = message.regular_message().and_then(topic_of);
            let place = Place { chat: message.chat().id, reply_to: None, thread };
            for reply in &outcome.messages {
                adapter.replies.send(place, reply).await;
            }
            if let Some(edit) = &outcome.edit {
                adapter.replies.edit(message, edit).await;
            }
            outcome
        }
        // A shared inline result (Telegram does not say in which chat), or a message too old for
        // Telegram to say where the button was: only the candle still works.
        None => adapter.app.press_without_chat(&sender(Some(&query.from)), query.data.as_deref().unwrap_or("")).await,
    };
    // Telegram shows a spinner on the button until the query is answered: always answer.
    let chat = query.message.as_ref().map_or(query.from.id.0 as i64, |m| m.chat().id.0);
    adapter.replies.answer(chat, &query, outcome.note).await;
    Ok(())
}

pub async fn on_my_chat_member(update: ChatMemberUpdated, adapter: Arc<Adapter>) -> HandlerResult {
    let (old, new) = (&update.old_chat_member, &update.new_chat_member);
    let change = Membership {
        was_member: old.is_present(),
        is_member: new.is_present(),
        banned: new.is_banned(),
        may_post: new.is_privileged() && new.can_post_messages(),
    };
    let input =
        Input { chat: chat_ref(&update.chat), sender: sender(Some(&update.from)), event: Event::Membership(change) };
    let outcome = adapter.app.handle(&input).await;
    let place = Place { chat: update.chat.id, reply_to: None, thread: None };
    for message in &outcome.messages {
        adapter.replies.send(place, message).await;
    }
    Ok(())
}

/// Whether a message carries something a person sent (not a service message).
fn is_content(msg: &Message) -> bool {
    msg.from.is_some()
        && (msg.photo().is_some()
            || msg.sticker().is_some()
            || msg.voice().is_some()
            || msg.video().is_some()
            || msg.document().is_some()
            || msg.audio().is_some()
            || msg.animation().is_some()
            || msg.video_note().is_some()
            || msg.location().is_some()
            || msg.contact().is_some())
}

/// The forum topic a message was posted in, if the chat is a forum.
fn topic_of(msg: &Message) -> Option<ThreadId> {
    if msg.is_topic_message { msg.thread_id } else { None }
}

/// Whether `text` mentions `@bot` as a whole name ("@bot2" is another bot).
fn mentions(text: &str, mention: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let mention = mention.to_ascii_lowercase();
    lower
        .match_indices(&mention)
        .any(|(at, m)| !lower[at + m.len()..].chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_'))
}

fn strip_mention(text: &str, mention: &str) -> String {
    // ASCII lower-casing keeps byte offsets, so the offsets found apply to the original text.
    match text.to_ascii_lowercase().find(&mention.to_ascii_lowercase()) {
        Some(at) => format!("{} {}", &text[..at], &text[at + mention.len()..]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_whole_names() {
        assert!(mentions("@January20_Bot how many?", "@january20_bot"));
        assert!(mentions("hi @january20_bot, how many?", "@january20_bot"));
        assert!(!mentions("@january20_bot2 how many?", "@january20_bot"));
        assert!(!mentions("no mention", "@january20_bot"));
        assert_eq!(strip_mention("Ə @january20_bot nə", "@january20_bot"), "Ə   nə");
    }
}
