//! The application layer: everything a chat can cause, decided without knowing Telegram. An
//! adapter (src/telegram/, the terminal's `chat`) turns what happened into an `Input`, calls
//! `App::handle`, and shows the `Outcome`. Who may change a chat's settings, which language to
//! answer in, what a button does, what a subscription or a broadcast stores: all of it is here.

mod browse;
pub mod buttons;
mod candles;
mod cards;
pub mod commands;
mod flood;
pub mod inline;
pub mod io;
mod language;
mod membership;
mod memory;
mod messages;
mod owner;
mod prompts;
mod questions;
mod reminders;
mod subscriptions;
mod timezone;

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::answer::Brain;
use crate::card::Cards;
use crate::clock::Clock;
use crate::delivery::Outbox;
use crate::i18n::Lang;
use crate::store::{Store, StoreError};
use buttons::Press;
pub use io::{Button, ChatRef, Event, Input, MAX_MESSAGE_UNITS, Membership, Message, Outcome, PageLink, Sender, Text};

/// The bot's behaviour, shared by every adapter.
#[derive(Debug, Clone)]
pub struct App {
    brain: Arc<Brain>,
    outbox: Outbox,
    clock: Clock,
    /// Telegram user ids allowed the owner commands.
    owners: Vec<u64>,
    /// The bot's own username: "/cmd@name" addressed to another name is another bot's.
    username: Option<String>,
    /// `None` in the terminal for reviewers (`chat --no-flood`); Telegram always has it.
    flood: Option<Arc<flood::FloodGuard>>,
    /// Memorial cards, drawn once per language and day.
    cards: Arc<Cards>,
    /// The last topic and the choices offered, per chat and person, for a few minutes.
    memory: Arc<memory::Memory>,
    /// The memorial page's public address (`--app-url`): buttons that open it, if given.
    page: Option<url::Url>,
    /// The terminal without a sender (`chat --late`): a reminder that is due and was never queued
    /// for the chat counts as on its way, so a reviewer can read /status's `[late]` line.
    due_unsent: bool,
}

impl App {
    pub fn new(brain: Arc<Brain>, outbox: Outbox, clock: Clock, owners: Vec<u64>, username: Option<String>) -> Self {
        let cards = Arc::new(Cards::new(brain.clone()));
        let (flood, memory) = (Some(Arc::default()), Arc::default());
        App { brain, outbox, clock, owners, username, cards, flood, memory, page: None, due_unsent: false }
    }

    /// Answers every message, however fast they come: for a reviewer who pipes questions into
    /// `chat --no-flood`, never for Telegram.
    pub fn without_flood_limit(self) -> Self {
        App { flood: None, ..self }
    }

    /// Counts a due reminder that no delivery queued as still on its way (`chat --late`): the
    /// terminal has no sender, so without this it could never show a reminder as late.
    pub fn with_due_reminders_unsent(self) -> Self {
        App { due_unsent: true, ..self }
    }

    /// Offers the memorial page at `url` under /start, /card and inline results.
    pub fn with_page(self, url: Option<url::Url>) -> Self {
        App { page: url, ..self }
    }

    /// The row that opens the memorial page, if the bot has one.
    fn page_rows(&self, lang: Lang) -> Vec<Vec<Button>> {
        self.page.iter().map(|url| buttons::page(&self.brain, lang, url)).collect()
    }

    /// The bot's username, for links to it.
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The memorial cards, drawn and uploaded once whoever shows them (a reply, a reminder, the
    /// page).
    pub fn cards(&self) -> &Arc<Cards> {
        &self.cards
    }

    pub fn brain(&self) -> &Brain {
        &self.brain
    }

    fn store(&self) -> &Store {
        self.outbox.store()
    }

    /// The bot's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Whether the answer to `input` depends on the sender administering the chat; only then
    /// does an adapter need to find out (for Telegram, a `getChatMember` call).
    pub fn needs_admin(&self, input: &Input<'_>) -> bool {
        if input.chat.kind == crate::store::ChatKind::Private {
            return false;
        }
        match input.event {
            Event::Text { text, .. } => commands::parse(text)
                .is_some_and(|parsed| parsed.command.is_ok_and(|command| command.admin_only_in_groups())),
            Event::Press { data } => Press::parse(data, &self.brain).is_some_and(|press| press.admin_only_in_groups()),
            _ => false,
        }
    }

    /// Handles one event. Never fails: a storage failure is logged, and the person gets a polite
    /// apology in their language instead of silence.
    pub async fn handle(&self, input: &Input<'_>) -> Outcome {
        if let Some(over) = self.over_flood_limit(input) {
            return over;
        }
        let result = match input.event {
            Event::Text { text, addressed } => self.on_text(input, text, addressed).await,
            Event::Media => self.on_media(input).await,
            Event::Press { data } => self.on_press(input, data).await,
            Event::Membership(change) => self.on_membership(input, change).await,
            Event::Migrated { to } => self.on_migrated(input, to).await,
        };
        result.unwrap_or_else(|error| {
            tracing::error!(chat_id = input.chat.id, %error, "handling an update failed");
            let apology = self.brain.text(Lang::choose(None, None, input.sender.lang), "error-generic");
            match input.event {
                Event::Press { .. } => Outcome::note(apology),
                Event::Membership(_) | Event::Migrated { .. } => Outcome::nothing(),
                _ => Outcome::say(Message::plain(apology)),
            }
        })
    }

    /// What to do instead of answering a person over the flood limit; `None` to answer. Only
    /// messages the bot answers count (not buttons, not group talk that is not for the bot),
    /// and the check comes first, so that a flood costs no work.
    fn over_flood_limit(&self, input: &Input<'_>) -> Option<Outcome> {
        let flood = self.flood.as_ref()?;
        let counts = match input.event {
            Event::Text { text, addressed } => addressed || commands::parse(text).is_some(),
            Event::Media => input.chat.kind == crate::store::ChatKind::Private,
            _ => false,
        };
        if !counts {
            return None;
        }
        let who = input.sender.user_id.map_or(input.chat.id, |id| id as i64);
        match flood.check(who, self.now()) {
            flood::Verdict::Answer => None,
            flood::Verdict::Notice => {
                let lang = Lang::choose(None, None, input.sender.lang);
                Some(Outcome::say(Message::plain(self.brain.text(lang, "flood-slow-down"))))
            }
            flood::Verdict::Skip => Some(Outcome::nothing()),
        }
    }

    /// The language to speak in a chat when the text itself does not tell (`Lang::choose`).
    async fn chat_lang(&self, chat: &ChatRef<'_>, sender: &Sender) -> Result<Lang, StoreError> {
        Ok(Lang::choose(None, self.store().chat_lang(chat.id).await?, sender.lang))
    }

    /// Records a chat the bot has seen and, for reminders, its user's language.
    async fn remember_chat(&self, chat: &ChatRef<'_>, user_lang: Option<Lang>) -> Result<(), StoreError> {
        self.store().upsert_chat(chat.id, chat.kind, chat.title, self.now()).await?;
        if let Some(lang) = user_lang {
            self.store().set_user_lang(chat.id, lang).await?;
        }
        Ok(())
    }

    fn is_owner(&self, sender: &Sender) -> bool {
        sender.user_id.is_some_and(|id| self.owners.contains(&id))
    }

    /// Whether the sender may change the chat's settings.
    fn may_administer(chat: &ChatRef<'_>, sender: &Sender) -> bool {
        chat.kind == crate::store::ChatKind::Private || sender.is_admin
    }

    async fn on_press(&self, input: &Input<'_>, data: &str) -> Result<Outcome, StoreError> {
        let (chat, sender) = (&input.chat, &input.sender);
        let Some(press) = Press::parse(data, &self.brain) else {
            return Ok(Outcome::note(self.brain.text(Lang::choose(None, None, sender.lang), "button-expired")));
        };
        let lang = self.chat_lang(chat, sender).await?;
        if press.admin_only_in_groups() && !Self::may_administer(chat, sender) {
            return Ok(Outcome::note(self.brain.text(lang, "admins-only")));
        }
        match press {
            Press::Topic(topic) => {
                let who = (chat.id, sender.user_id.unwrap_or(0));
                self.remember_topic(who, topic, self.brain.topic_title(topic, lang));
                let message = self.topic_message(topic, lang);
                Ok(Outcome::say(self.with_local_time(chat.id, topic, lang, message, false).await?))
            }
            Press::Candle => self.candle_press(sender, lang).await,
            Press::Zone(zone) => {
                self.memory.await_answer((chat.id, sender.user_id.unwrap_or(0)), self.now(), None);
                let zone = zone.as_deref().and_then(crate::local_time::parse_zone);
                self.choose_zone(chat, zone, lang).await.map(Outcome::edit)
            }
            Press::CardReminder(on) => self.set_card_reminder(chat, on, lang).await,
            Press::Language(new) => self.choose_language(chat, new).await.map(Outcome::edit),
            Press::Subscribe(plan) => {
                self.memory.await_answer((chat.id, sender.user_id.unwrap_or(0)), self.now(), None);
                self.subscribe(chat, sender, plan, lang).await.map(Outcome::edit)
            }
            Press::SubscribeMenu => self.subscribe_for_card(chat, sender, lang).await,
            Press::Broadcast { id, confirm } => self.confirm_broadcast(sender, id, confirm, lang).await,
            Press::Group(None) => Ok(Outcome::edit(self.facts_groups(lang))),
            Press::Group(Some(group)) => Ok(Outcome::edit(self.facts_group(&group, lang))),
            Press::Sources(kind) => Ok(Outcome { messages: self.sources_of_kind(&kind, lang), ..Outcome::nothing() }),
        }
    }
}
