//! Quiet delivery end to end against the fake Bot API: a reminder or broadcast that reaches a
//! chat in its night (22:00–07:00 in its own time, data/reminders.toml `[quiet]`) goes with
//! `disable_notification`; in the day, and every reply to a person, rings as before. The clock
//! is injected: no waiting for the morning.

mod support;

use std::path::Path;

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Plan, Store};
use serde_json::json;
use support::*;

const RU: i64 = 1101;
const AZ_GROUP: i64 = -2101;
const EN_CHANNEL: i64 = -1103;
const NEW_YORK: i64 = 1104;
const LATE: i64 = 1105;
const NEW_YORK_CARD: i64 = 1106;

/// Subscribed chats: `(chat, kind, language, time zone)`.
async fn seed(db: &Path, fake: &FakeBotApi, chats: &[(i64, ChatKind, Lang, Option<&str>)]) -> Store {
    let store = Store::open(db).await.unwrap();
    let now = at("2026-05-01T10:00:00+04:00");
    for &(chat, kind, lang, zone) in chats {
        store.upsert_chat(chat, kind, None, now).await.unwrap();
        store.set_chat_lang(chat, lang, now).await.unwrap();
        store.subscribe(chat, Plan::All, now).await.unwrap();
        store.set_timezone(chat, zone).await.unwrap();
    }
    fake.set_chat(AZ_GROUP, "group", "Az group");
    fake.set_chat(EN_CHANNEL, "channel", "En channel");
    store
}

/// The messages sent to `chat` that Telegram accepted, in order.
fn sent_to(fake: &FakeBotApi, chat: i64) -> Vec<Call> {
    fake.calls_to("sendMessage").into_iter().filter(|c| c.is_ok() && c.chat_id() == Some(chat)).collect()
}

fn silent(call: &Call) -> bool {
    call.params.get("disable_notification") == Some(&json!(true))
}

async fn wait_sent(fake: &FakeBotApi, chats: &[i64], each: usize) {
    let chats = chats.to_vec();
    fake.wait_for(
        move |calls| {
            chats.iter().all(|&chat| {
                calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok() && c.chat_id() == Some(chat)).count()
                    >= each
            })
        },
        WAIT_TIMEOUT,
    )
    .await;
}

/// A question from a fresh private chat, answered at once: a reply, never silenced.
async fn reply_rings(fake: &FakeBotApi, chat: i64) {
    fake.push_update(private_text(chat, chat, Some("en"), "How many people were injured?"));
    fake.wait_for_sent_texts(chat, 1, WAIT_TIMEOUT).await;
    let reply = sent_to(fake, chat);
    assert!(!silent(&reply[0]), "a reply is never silenced: {:#}", reply[0].params);
}

fn reminder(brain: &Brain, id: &str, lang: Lang) -> String {
    let occurrence = brain.reminders.occurrences(2027).into_iter().find(|o| o.reminder == id).unwrap();
    brain.reminder_text(&occurrence, lang)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_in_the_chats_night_go_silently_in_the_day_they_ring() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("quiet-reminders");
    let chats = [
        (RU, ChatKind::Private, Lang::Ru, None),
        (AZ_GROUP, ChatKind::Group, Lang::Az, None),
        (EN_CHANNEL, ChatKind::Channel, Lang::En, None),
        (NEW_YORK, ChatKind::Private, Lang::En, Some("America/New_York")),
        (LATE, ChatKind::Private, Lang::En, None),
        (NEW_YORK_CARD, ChatKind::Private, Lang::Ru, Some("America/New_York")),
    ];
    let store = seed(db.path(), &fake, &chats).await;
    store.set_card_reminder(NEW_YORK_CARD, true).await.unwrap();
    // Where a 200,000-chat morning wave puts its first chats: 06:30 Baku time.
    let dawn = at("2027-01-20T06:30:00+04:00");
    let slots = [(RU, dawn), (AZ_GROUP, dawn), (EN_CHANNEL, dawn)];
    store.enqueue_wave("2027-morning", &slots, at("2027-01-20T12:00:00+04:00")).await.unwrap();
    store.close().await;
    let (clock, manual) = Clock::manual(dawn);
    let bot = RunningBot::start(config(&fake, db.path(), clock, vec![], 1000));
    let brain = Brain::embedded().unwrap();

    wait_sent(&fake, &[RU, AZ_GROUP, EN_CHANNEL], 1).await;
    reply_rings(&fake, 9101).await;
    for (chat, lang) in [(RU, Lang::Ru), (AZ_GROUP, Lang::Az), (EN_CHANNEL, Lang::En)] {
        let sent = sent_to(&fake, chat);
        assert_eq!(sent[0].text(), Some(reminder(&brain, "morning", lang).as_str()));
        assert!(silent(&sent[0]), "06:30 in Baku is night ({lang:?}): {:#}", sent[0].params);
    }

    // Back at 09:00 after missing 08:00: the morning reminder rings in Baku, while in New York
    // it is midnight.
    manual.set(at("2027-01-20T09:00:00+04:00"));
    wait_sent(&fake, &[LATE, NEW_YORK], 1).await;
    assert!(!silent(&sent_to(&fake, LATE)[0]), "09:00 in Baku is day");
    assert!(silent(&sent_to(&fake, NEW_YORK)[0]), "00:00 in New York is night");

    // 12:00 in Baku is 03:00 in New York.
    manual.set(at("2027-01-20T12:00:00+04:00"));
    wait_sent(&fake, &[RU, AZ_GROUP, EN_CHANNEL, LATE, NEW_YORK], 2).await;
    for chat in [RU, AZ_GROUP, EN_CHANNEL, LATE] {
        let noon = &sent_to(&fake, chat)[1];
        assert!(!silent(noon), "the silence reminder rings at 12:00 in Baku: {:#}", noon.params);
    }
    let new_york = &sent_to(&fake, NEW_YORK)[1];
    assert!(new_york.text().unwrap().starts_with(&reminder(&brain, "silence", Lang::En)));
    assert!(silent(new_york), "03:00 in New York: {:#}", new_york.params);
    // The card goes silently too.
    let photos = fake
        .wait_for(
            |calls| calls.iter().any(|c| c.method == "sendPhoto" && c.chat_id() == Some(NEW_YORK_CARD)),
            WAIT_TIMEOUT,
        )
        .await;
    let card = photos.iter().find(|c| c.method == "sendPhoto").unwrap();
    assert!(card.is_ok() && silent(card), "the card at 03:00 in New York: {:#}", card.params);
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_at_night_is_silent_by_each_chats_clock_and_replies_still_ring() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("quiet-broadcast");
    let (baku, london, tokyo) = (1201, 1202, 1203);
    let chats = [
        (baku, ChatKind::Private, Lang::Az, None),
        (london, ChatKind::Private, Lang::En, Some("Europe/London")),
        (tokyo, ChatKind::Private, Lang::Ru, Some("Asia/Tokyo")),
    ];
    let store = seed(db.path(), &fake, &chats).await;
    // 23:30 in Baku on an ordinary June day: 20:30 in London, 04:30 the next day in Tokyo.
    let late: DateTime<Utc> = at("2026-06-01T23:30:00+04:00");
    let draft = store.draft_broadcast(9, "A note from the owners", late).await.unwrap();
    store.queue_broadcast(draft, at("2026-06-02T23:30:00+04:00"), late).await.unwrap();
    store.close().await;
    let bot = RunningBot::start(config(&fake, db.path(), Clock::manual(late).0, vec![], 1000));

    wait_sent(&fake, &[baku, london, tokyo], 1).await;
    reply_rings(&fake, 9201).await;
    bot.stop().await;
    let silent_of = |chat| silent(&sent_to(&fake, chat)[0]);
    assert_eq!([silent_of(baku), silent_of(london), silent_of(tokyo)], [true, false, true]);
    fake.assert_no_violations();
}
