//! Update handlers: messages and commands, button presses, and the bot's own membership changes.
//! Private chats: every text is a question. Groups: commands, mentions and replies to the bot only;
//! settings are for administrators. Channels: subscribed while the bot may post there.

use std::sync::Arc;

use chrono::{Datelike, Timelike};
use teloxide::prelude::*;
use teloxide::types::{
    Chat, ChatMemberUpdated, InlineKeyboardMarkup, MaybeInaccessibleMessage, MessageId, ParseMode, ReplyParameters,
    ThreadId,
};

use super::commands::{self, Command};
use super::format::{escape, split, titled};
use super::keyboards::{self, Press};
use super::transport::classify;
use crate::answer::{Brain, ReplyKind};
use crate::calendar::BAKU;
use crate::clock::Clock;
use crate::delivery::SendError;
use crate::i18n::{self, Lang};
use crate::store::{ChatKind, Plan, Store, StoreError, Subscribed};

/// Everything the handlers share.
pub struct App {
    pub brain: Arc<Brain>,
    pub store: Store,
    pub clock: Clock,
    pub owners: Vec<u64>,
    pub wake_sender: Arc<tokio::sync::Notify>,
    /// The bot's username, to tell mentions and "/cmd@bot" addressed to it.
    pub username: String,
    pub bot_id: u64,
}

/// A handler failure: logged by the dispatcher after the user got an apology.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Telegram(#[from] teloxide::RequestError),
}

type HandlerResult = Result<(), HandlerError>;

pub fn chat_kind(chat: &Chat) -> ChatKind {
    if chat.is_channel() {
        ChatKind::Channel
    } else if chat.is_supergroup() {
        ChatKind::Supergroup
    } else if chat.is_group() {
        ChatKind::Group
    } else {
        ChatKind::Private
    }
}

/// Sends HTML, split into parts under Telegram's limit; the keyboard goes with the last part.
/// A failure is logged and, for an unreachable chat, recorded; it never breaks the handler.
async fn send_html(
    bot: &Bot,
    app: &App,
    chat_id: ChatId,
    html: &str,
    keyboard: Option<InlineKeyboardMarkup>,
    reply_to: Option<MessageId>,
    topic: Option<ThreadId>,
) {
    let parts = split(html);
    let last = parts.len() - 1;
    for (i, part) in parts.into_iter().enumerate() {
        let mut request = bot.send_message(chat_id, part).parse_mode(ParseMode::Html);
        // In a forum supergroup the answer belongs in the topic it was asked in.
        if let Some(topic) = topic {
            request = request.message_thread_id(topic);
        }
        if i == 0
            && let Some(id) = reply_to
        {
            request = request.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
        }
        if i == last
            && let Some(keyboard) = keyboard.clone()
        {
            request = request.reply_markup(keyboard);
        }
        if let Err(error) = request.await {
            match classify(error) {
                SendError::Gone(why) => {
                    tracing::info!(chat_id = chat_id.0, %why, "chat unreachable");
                    let _ = app.store.set_active(chat_id.0, false, app.clock.now()).await;
                }
                SendError::Migrated(new) => {
                    let _ = app.store.migrate_chat(chat_id.0, new, app.clock.now()).await;
                }
                other => tracing::warn!(chat_id = chat_id.0, error = %other, "reply not sent"),
            }
            return;
        }
    }
}

/// The language to answer a chat in when the text itself does not tell.
async fn chat_fallback(app: &App, chat_id: i64, user_lang: Option<Lang>) -> Result<Lang, StoreError> {
    Ok(app.store.chat_lang(chat_id).await?.or(user_lang).unwrap_or(Lang::En))
}

pub async fn on_message(bot: Bot, msg: Message, app: Arc<App>) -> HandlerResult {
    let user_lang = msg.from.as_ref().and_then(|u| Lang::negotiate(u.language_code.as_deref()));
    match handle_message(&bot, &msg, &app, user_lang).await {
        Ok(()) => Ok(()),
        Err(error) => {
            // The user hears that something went wrong rather than nothing at all.
            let lang = user_lang.unwrap_or(Lang::En);
            send_html(
                &bot,
                &app,
                msg.chat.id,
                &escape(&app.brain.text(lang, "error-generic")),
                None,
                None,
                topic_of(&msg),
            )
            .await;
            Err(error)
        }
    }
}

async fn handle_message(bot: &Bot, msg: &Message, app: &App, user_lang: Option<Lang>) -> HandlerResult {
    let chat_id = msg.chat.id.0;
    let kind = chat_kind(&msg.chat);
    if let Some(new_id) = msg.migrate_to_chat_id() {
        app.store.migrate_chat(chat_id, new_id.0, app.clock.now()).await?;
        return Ok(());
    }
    if kind == ChatKind::Channel {
        return Ok(());
    }
    let Some(text) = msg.text() else {
        // Photos, stickers, voice in a private chat get a word; service messages and group
        // chatter get nothing.
        if kind == ChatKind::Private && msg.from.is_some() && is_content(msg) {
            let lang = chat_fallback(app, chat_id, user_lang).await?;
            send_html(bot, app, msg.chat.id, &escape(&app.brain.text(lang, "not-text")), None, None, topic_of(msg))
                .await;
        }
        return Ok(());
    };
    if let Some(parsed) = commands::parse(text) {
        if let Some(addressee) = parsed.addressee
            && !addressee.eq_ignore_ascii_case(&app.username)
        {
            return Ok(());
        }
        let fallback = chat_fallback(app, chat_id, user_lang).await?;
        return match parsed.command {
            Ok(command) => handle_command(bot, msg, app, command, parsed.args, fallback, user_lang).await,
            Err(name) => {
                // In groups an unknown command may be another bot's.
                if kind == ChatKind::Private || parsed.addressee.is_some() {
                    let reply = app.brain.text_with(fallback, "unknown-command", &[("command", i18n::s(name))]);
                    send_html(bot, app, msg.chat.id, &escape(&reply), None, reply_to(msg, kind), topic_of(msg)).await;
                }
                Ok(())
            }
        };
    }
    let question = if kind == ChatKind::Private {
        text.to_string()
    } else {
        let mention = format!("@{}", app.username);
        let mentioned = mentions(text, &mention);
        let replied = msg.reply_to_message().and_then(|m| m.from.as_ref()).is_some_and(|u| u.id.0 == app.bot_id);
        if !mentioned && !replied {
            return Ok(());
        }
        strip_mention(text, &mention)
    };
    let fallback = chat_fallback(app, chat_id, user_lang).await?;
    let reply = app.brain.ask(&question, fallback, None, app.clock.now());
    let (html, keyboard) = match (reply.kind, reply.topic) {
        (ReplyKind::Answer, Some(topic)) => (titled(&app.brain.topic_title(topic, reply.lang), &reply.text), None),
        (ReplyKind::OutOfScope, _) => {
            (escape(&reply.text), Some(keyboards::topics(&app.brain, reply.lang, app.brain.menu_topics())))
        }
        _ => (escape(&reply.text), None),
    };
    send_html(bot, app, msg.chat.id, &html, keyboard, reply_to(msg, kind), topic_of(msg)).await;
    Ok(())
}

/// Whether a message carries something a person sent (not a service message).
fn is_content(msg: &Message) -> bool {
    msg.photo().is_some()
        || msg.sticker().is_some()
        || msg.voice().is_some()
        || msg.video().is_some()
        || msg.document().is_some()
        || msg.audio().is_some()
        || msg.animation().is_some()
        || msg.video_note().is_some()
        || msg.location().is_some()
        || msg.contact().is_some()
}

/// The forum topic a message was posted in, if the chat is a forum.
fn topic_of(msg: &Message) -> Option<ThreadId> {
    if msg.is_topic_message { msg.thread_id } else { None }
}

fn reply_to(msg: &Message, kind: ChatKind) -> Option<MessageId> {
    (kind != ChatKind::Private).then_some(msg.id)
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

/// Whether the sender may change a chat's settings: anyone in a private chat, administrators
/// (and anonymous administrators posting as the group) elsewhere.
async fn may_administer(
    bot: &Bot,
    chat: &Chat,
    user: Option<&teloxide::types::User>,
    sender_chat: Option<&Chat>,
) -> Result<bool, HandlerError> {
    if chat.is_private() {
        return Ok(true);
    }
    if sender_chat.is_some_and(|c| c.id == chat.id) {
        return Ok(true);
    }
    let Some(user) = user else { return Ok(false) };
    let member = bot.get_chat_member(chat.id, user.id).await?;
    Ok(member.is_privileged())
}

fn is_owner(app: &App, user: Option<&teloxide::types::User>) -> bool {
    user.is_some_and(|u| app.owners.contains(&u.id.0))
}

async fn remember_chat(app: &App, chat: &Chat, user_lang: Option<Lang>) -> Result<(), StoreError> {
    app.store.upsert_chat(chat.id.0, chat_kind(chat), chat.title(), app.clock.now()).await?;
    if let Some(lang) = user_lang {
        app.store.set_user_lang(chat.id.0, lang).await?;
    }
    Ok(())
}

async fn handle_command(
    bot: &Bot,
    msg: &Message,
    app: &App,
    command: Command,
    args: &str,
    lang: Lang,
    user_lang: Option<Lang>,
) -> HandlerResult {
    let brain = &app.brain;
    let kind = chat_kind(&msg.chat);
    let chat = msg.chat.id;
    let reply = reply_to(msg, kind);
    let topic = topic_of(msg);
    let say = |id: &str| escape(&brain.text(lang, id));
    if command.owner_only() && !is_owner(app, msg.from.as_ref()) {
        send_html(bot, app, chat, &say("owners-only"), None, reply, topic).await;
        return Ok(());
    }
    if kind != ChatKind::Private
        && command.admin_only_in_groups()
        && !may_administer(bot, &msg.chat, msg.from.as_ref(), msg.sender_chat.as_ref()).await?
    {
        send_html(bot, app, chat, &say("admins-only"), None, reply, topic).await;
        return Ok(());
    }
    let now = app.clock.now();
    let answer = |id: &str| {
        let t = brain.knowledge.topic_index(id).expect("topic ids are checked at start");
        titled(&brain.topic_title(t, lang), &brain.topic_answer(t, lang, now))
    };
    match command {
        Command::Start => {
            remember_chat(app, &msg.chat, user_lang).await?;
            send_html(bot, app, chat, &say("start"), None, reply, topic).await;
        }
        Command::Help => send_html(bot, app, chat, &say("help"), None, reply, topic).await,
        Command::Facts => {
            send_html(bot, app, chat, &say("facts-menu"), Some(keyboards::all_topics(brain, lang)), reply, topic).await
        }
        Command::Countdown => send_html(bot, app, chat, &answer("countdown"), None, reply, topic).await,
        Command::Sources => send_html(bot, app, chat, &answer("sources"), None, reply, topic).await,
        Command::Language => {
            send_html(bot, app, chat, &say("language-prompt"), Some(keyboards::languages(brain)), reply, topic).await
        }
        Command::Subscribe => {
            remember_chat(app, &msg.chat, user_lang).await?;
            match app.store.subscription(chat.0).await? {
                Some(plan) => {
                    let text = brain.text_with(lang, "subscribe-already", &[("plan", i18n::s(plan.as_str()))]);
                    send_html(bot, app, chat, &escape(&text), None, reply, topic).await;
                }
                None => {
                    let times = reminder_times(brain);
                    let text = brain.text_with(
                        lang,
                        "subscribe-choose",
                        &[
                            ("eve_time", i18n::s(&times[0])),
                            ("morning_time", i18n::s(&times[1])),
                            ("silence_time", i18n::s(&times[2])),
                        ],
                    );
                    send_html(bot, app, chat, &escape(&text), Some(keyboards::plans(brain, lang)), reply, topic).await;
                }
            }
        }
        Command::Unsubscribe => {
            let id =
                if app.store.unsubscribe(chat.0).await? { "unsubscribe-done" } else { "unsubscribe-not-subscribed" };
            send_html(bot, app, chat, &say(id), None, reply, topic).await;
        }
        Command::Status => {
            let text = match app.store.subscription(chat.0).await? {
                None => brain.text(lang, "status-not-subscribed"),
                Some(plan) => status_text(brain, lang, plan, now),
            };
            send_html(bot, app, chat, &escape(&text), None, reply, topic).await;
        }
        Command::Stats => {
            let stats = app.store.subscriber_stats().await?;
            let mut text = brain.text_with(
                lang,
                "stats",
                &[
                    ("total", i18n::n(stats.total)),
                    ("private", i18n::n(stats.private)),
                    ("groups", i18n::n(stats.groups)),
                    ("channels", i18n::n(stats.channels)),
                    ("az", i18n::n(stats.by_lang[Lang::Az.index()])),
                    ("en", i18n::n(stats.by_lang[Lang::En.index()])),
                    ("ru", i18n::n(stats.by_lang[Lang::Ru.index()])),
                ],
            );
            text.push('\n');
            text.push_str(&match app.store.last_delivery().await? {
                None => brain.text(lang, "stats-no-last"),
                Some(last) => brain.text_with(
                    lang,
                    "stats-last",
                    &[
                        ("occurrence", i18n::s(last.occurrence)),
                        ("delivered", i18n::n(last.sent)),
                        ("failed", i18n::n(last.failed + last.stale)),
                        ("pending", i18n::n(last.pending)),
                    ],
                ),
            });
            send_html(bot, app, chat, &escape(&text), None, reply, topic).await;
        }
        Command::Broadcast => {
            if args.is_empty() {
                send_html(bot, app, chat, &say("broadcast-usage"), None, reply, topic).await;
                return Ok(());
            }
            let owner = msg.from.as_ref().map_or(0, |u| u.id.0 as i64);
            let id = app.store.draft_broadcast(owner, args, now).await?;
            let count = app.store.subscriber_stats().await?.total;
            let text =
                brain.text_with(lang, "broadcast-confirm", &[("count", i18n::n(count)), ("text", i18n::s(args))]);
            send_html(bot, app, chat, &escape(&text), Some(keyboards::broadcast(brain, lang, id)), reply, topic).await;
        }
    }
    Ok(())
}

/// The times of the reminders (eve, morning, silence) as "HH:MM", for the subscription offer.
fn reminder_times(brain: &Brain) -> [String; 3] {
    let time = |id: &str| {
        brain.reminders.list.iter().find(|r| r.id == id).map(|r| r.time.format("%H:%M").to_string()).unwrap_or_default()
    };
    [time("eve"), time("morning"), time("silence")]
}

fn status_text(brain: &Brain, lang: Lang, plan: Plan, now: chrono::DateTime<chrono::Utc>) -> String {
    let year = now.with_timezone(&BAKU).year();
    let next = (year..=year + 1)
        .flat_map(|y| brain.reminders.occurrences(y))
        .find(|o| o.at > now && plan.includes(&o.reminder));
    let Some(next) = next else { return brain.text(lang, "status-not-subscribed") };
    let local = next.local();
    let left = next.at - now;
    brain.text_with(
        lang,
        "status-subscribed",
        &[
            ("plan", i18n::s(plan.as_str())),
            (
                "next_date",
                i18n::s(crate::knowledge::format_date(&brain.locales, lang, local.date_naive(), "date-full")),
            ),
            ("next_time", i18n::s(format!("{:02}:{:02}", local.hour(), local.minute()))),
            ("days_until", i18n::n(left.num_days())),
            ("hours_until", i18n::n(left.num_hours() % 24)),
        ],
    )
}

pub async fn on_callback(bot: Bot, query: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let result = handle_callback(&bot, &query, &app).await;
    // Telegram shows a spinner on the button until the query is answered: always answer.
    let note = match &result {
        Ok(note) => note.clone(),
        Err(_) => Some(
            app.brain.text(Lang::negotiate(query.from.language_code.as_deref()).unwrap_or(Lang::En), "error-generic"),
        ),
    };
    let mut answer = bot.answer_callback_query(query.id.clone());
    if let Some(text) = note {
        answer = answer.text(text);
    }
    if let Err(error) = answer.await {
        tracing::warn!(%error, "could not answer a callback query");
    }
    result.map(|_| ())
}

/// Handles a press; returns a short note to show on the button, if any.
async fn handle_callback(bot: &Bot, query: &CallbackQuery, app: &App) -> Result<Option<String>, HandlerError> {
    let brain = &app.brain;
    let user_lang = Lang::negotiate(query.from.language_code.as_deref());
    let press = query.data.as_deref().and_then(|d| Press::parse(d, brain));
    let (Some(press), Some(message)) = (press, query.message.as_ref()) else {
        return Ok(Some(brain.text(user_lang.unwrap_or(Lang::En), "button-expired")));
    };
    let chat = message.chat();
    let lang = chat_fallback(app, chat.id.0, user_lang).await?;
    let now = app.clock.now();
    match press {
        Press::Topic(t) => {
            let html = titled(&brain.topic_title(t, lang), &brain.topic_answer(t, lang, now));
            send_html(bot, app, chat.id, &html, None, None, message.regular_message().and_then(topic_of)).await;
            Ok(None)
        }
        Press::Language(new) => {
            if !may_administer(bot, chat, Some(&query.from), None).await? {
                return Ok(Some(brain.text(lang, "admins-only")));
            }
            remember_chat(app, chat, None).await?;
            app.store.set_chat_lang(chat.id.0, new, now).await?;
            edit(bot, message, &escape(&brain.text(new, "language-set"))).await;
            Ok(None)
        }
        Press::Subscribe(plan) => {
            if !may_administer(bot, chat, Some(&query.from), None).await? {
                return Ok(Some(brain.text(lang, "admins-only")));
            }
            remember_chat(app, chat, if chat.is_private() { user_lang } else { None }).await?;
            let id = match app.store.subscribe(chat.id.0, plan, now).await? {
                Subscribed::Already(_) => "subscribe-already",
                Subscribed::New | Subscribed::Changed { .. } => "subscribe-done",
            };
            let text = brain.text_with(lang, id, &[("plan", i18n::s(plan.as_str()))]);
            edit(bot, message, &escape(&text)).await;
            Ok(None)
        }
        Press::Broadcast { id, confirm } => {
            if !is_owner(app, Some(&query.from)) {
                return Ok(Some(brain.text(lang, "owners-only")));
            }
            if confirm {
                let stale_at = now + chrono::Duration::days(1);
                match app.store.queue_broadcast(id, stale_at, now).await? {
                    Some(count) => {
                        app.wake_sender.notify_one();
                        let text = brain.text_with(lang, "broadcast-queued", &[("count", i18n::n(count as i64))]);
                        edit(bot, message, &escape(&text)).await;
                        Ok(None)
                    }
                    None => Ok(Some(brain.text(lang, "button-expired"))),
                }
            } else {
                if app.store.cancel_broadcast(id).await? {
                    edit(bot, message, &escape(&brain.text(lang, "broadcast-cancelled"))).await;
                }
                Ok(None)
            }
        }
    }
}

/// Replaces the text of the message that carried the buttons (and with it the buttons).
async fn edit(bot: &Bot, message: &MaybeInaccessibleMessage, html: &str) {
    let request = bot.edit_message_text(message.chat().id, message.id(), html).parse_mode(ParseMode::Html);
    if let Err(error) = request.await {
        tracing::warn!(%error, "could not edit a message");
    }
}

pub async fn on_my_chat_member(bot: Bot, update: ChatMemberUpdated, app: Arc<App>) -> HandlerResult {
    let now = app.clock.now();
    let chat = &update.chat;
    let user_lang = Lang::negotiate(update.from.language_code.as_deref());
    let (old, new) = (&update.old_chat_member, &update.new_chat_member);
    match chat_kind(chat) {
        ChatKind::Channel => {
            if new.is_privileged() && new.can_post_messages() {
                remember_chat(&app, chat, user_lang).await?;
                if app.store.subscription(chat.id.0).await?.is_none() {
                    app.store.subscribe(chat.id.0, Plan::All, now).await?;
                    tracing::info!(chat_id = chat.id.0, "channel subscribed");
                }
            } else if app.store.unsubscribe(chat.id.0).await? {
                tracing::info!(chat_id = chat.id.0, "channel unsubscribed");
                if !new.is_present() {
                    app.store.set_active(chat.id.0, false, now).await?;
                }
            }
        }
        ChatKind::Group | ChatKind::Supergroup => {
            if new.is_present() && !old.is_present() {
                remember_chat(&app, chat, user_lang).await?;
                let lang = chat_fallback(&app, chat.id.0, user_lang).await?;
                send_html(&bot, &app, chat.id, &escape(&app.brain.text(lang, "group-welcome")), None, None, None).await;
            } else if new.is_present() {
                // Rights changed (muted, then allowed to write again): reachable again, in case a
                // failed send while muted had switched the chat off.
                if app.store.chat(chat.id.0).await?.is_some() {
                    app.store.set_active(chat.id.0, true, now).await?;
                }
            } else {
                app.store.set_active(chat.id.0, false, now).await?;
            }
        }
        ChatKind::Private => {
            if new.is_banned() {
                // The user blocked the bot.
                app.store.set_active(chat.id.0, false, now).await?;
            } else if new.is_present() && app.store.chat(chat.id.0).await?.is_some() {
                app.store.set_active(chat.id.0, true, now).await?;
            }
        }
    }
    Ok(())
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
