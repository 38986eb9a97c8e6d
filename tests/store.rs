//! The store on its own: migrations, subscriptions, the outbox key, and moving a migrated group.

mod support;

use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Plan, Store, Subscribed};

use support::{TempDb, at};

async fn fresh(name: &str) -> (Store, TempDb) {
    let db = TempDb::new(&format!("store-{name}"));
    (Store::open(db.path()).await.unwrap(), db)
}

#[tokio::test]
async fn subscriptions_survive_reopening_and_a_second_subscribe_is_already_done() {
    let (store, db) = fresh("reopen").await;
    let now = at("2026-12-01T10:00:00Z");
    store.upsert_chat(1, ChatKind::Private, None, now).await.unwrap();
    assert_eq!(store.subscribe(1, Plan::Silence, now).await.unwrap(), Subscribed::New);
    assert_eq!(store.subscribe(1, Plan::Silence, now).await.unwrap(), Subscribed::Already(Plan::Silence));
    assert_eq!(store.subscribe(1, Plan::All, now).await.unwrap(), Subscribed::Changed { from: Plan::Silence });
    store.close().await;
    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.subscription(1).await.unwrap(), Some(Plan::All));
}

#[tokio::test]
async fn an_occurrence_is_queued_once_per_chat_in_its_language() {
    let (store, _db) = fresh("once").await;
    let now = at("2026-12-01T10:00:00Z");
    for (chat, lang) in [(1, Some(Lang::Ru)), (2, None)] {
        store.upsert_chat(chat, ChatKind::Private, None, now).await.unwrap();
        if let Some(lang) = lang {
            store.set_chat_lang(chat, lang, now).await.unwrap();
        }
        store.subscribe(chat, Plan::All, now).await.unwrap();
    }
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap(), 2);
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap(), 0);
    let ready = store.ready(due, 10).await.unwrap();
    // Reminders are rendered when sent, in the language `Lang::choose` gives for the chat.
    let langs: Vec<(i64, Lang)> =
        ready.iter().map(|p| (p.chat_id, Lang::choose(None, p.chat_lang, p.user_lang))).collect();
    assert_eq!(langs, [(1, Lang::Ru), (2, Lang::En)]);
    assert!(ready.iter().all(|p| p.text.is_none()), "a reminder's text is rendered when it is sent");
    assert_eq!(store.expire(stale).await.unwrap(), 2, "unsent messages go stale, not out late");
}

#[tokio::test]
async fn a_migrated_group_keeps_subscription_and_language_and_nothing_bounces() {
    let (store, _db) = fresh("migrate").await;
    let now = at("2026-12-01T10:00:00Z");
    let (old, new) = (-10, -100_010);
    store.upsert_chat(old, ChatKind::Group, Some("g"), now).await.unwrap();
    store.set_chat_lang(old, Lang::Az, now).await.unwrap();
    store.subscribe(old, Plan::All, now).await.unwrap();
    // The supergroup is known already and subscribed too: both rows get queued.
    store.upsert_chat(new, ChatKind::Supergroup, Some("g"), now).await.unwrap();
    store.subscribe(new, Plan::All, now).await.unwrap();
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap();

    store.migrate_chat(old, new, due).await.unwrap();
    let ready = store.ready(due, 10).await.unwrap();
    assert_eq!(ready.iter().map(|p| p.chat_id).collect::<Vec<_>>(), [new], "one message, at the new id");
    assert_eq!(store.chat_lang(new).await.unwrap(), Some(Lang::Az));
    assert_eq!(store.subscription(new).await.unwrap(), Some(Plan::All));
    assert_eq!(store.subscription(old).await.unwrap(), None);
}
