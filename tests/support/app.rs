//! The application layer on its own, for tests/app_*.rs: the same `App` the adapters use, on a
//! temporary database and a manual clock, without Telegram or a fake server; and the plain
//! outcomes read back. Expected texts come from the same `Brain`.

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::app::{App, ChatRef, Event, Input, Message, Outcome, Sender, Text};
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Store};

use super::{TempDb, at};

pub const OWNER: u64 = 9001;

pub fn brain() -> Arc<Brain> {
    static BRAIN: OnceLock<Arc<Brain>> = OnceLock::new();
    BRAIN.get_or_init(|| Arc::new(Brain::embedded().expect("embedded data loads"))).clone()
}

/// An ordinary day, far from 19–20 January.
pub fn day() -> DateTime<Utc> {
    at("2026-06-01T10:00:00+04:00")
}

pub async fn app_at(db: &TempDb, now: DateTime<Utc>) -> (App, Store) {
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, _) = Clock::manual(now);
    let app = App::new(brain(), Outbox::new(store.clone()), clock, vec![OWNER], Some("january20_test_bot".into()));
    (app, store)
}

pub fn private(id: i64) -> ChatRef<'static> {
    ChatRef { id, kind: ChatKind::Private, title: None }
}

pub fn group(id: i64) -> ChatRef<'static> {
    ChatRef { id, kind: ChatKind::Supergroup, title: Some("Memory group") }
}

pub fn person(id: u64, lang: Option<Lang>, is_admin: bool) -> Sender {
    Sender { user_id: Some(id), lang, is_admin }
}

pub async fn text(app: &App, chat: ChatRef<'_>, sender: Sender, text: &str) -> Outcome {
    app.handle(&Input { chat, sender, event: Event::Text { text, addressed: true } }).await
}

pub async fn press(app: &App, chat: ChatRef<'_>, sender: Sender, data: &str) -> Outcome {
    app.handle(&Input { chat, sender, event: Event::Press { data } }).await
}

/// The one plain message of an outcome.
pub fn said(outcome: &Outcome) -> &str {
    assert_eq!(outcome.messages.len(), 1, "one message: {outcome:?}");
    match &outcome.messages[0].text {
        Text::Plain(text) => text,
        Text::Titled { body, .. } => body,
    }
}

pub fn edited(outcome: &Outcome) -> &str {
    match &outcome.edit.as_ref().expect("an edit").text {
        Text::Plain(text) => text,
        other => panic!("a plain edit, not {other:?}"),
    }
}

pub fn button_data(message: &Message) -> Vec<&str> {
    message.buttons.iter().flatten().map(|b| b.data.as_str()).collect()
}
