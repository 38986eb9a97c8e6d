//! Superseding by arrival: a bot started late on the 20th gives the morning reminder to every
//! chat of a kind or to none of that kind, and the 12:00 one to everyone, whatever was sent in
//! the meantime. (Started at 10:49 once, 304 of 5,000 groups got the morning reminder: the
//! sender had reached them before the silence wave was queued and dropped the rest.)
//!
//! The first test drives the outbox as the scheduler and the sender do, at a scale where the
//! silence wave has begun when the bot starts; the others run the bot against the fake Bot API
//! with the clock moved by hand. No test waits for wall time.

mod support;

use chrono::Duration;
use january20_bot::answer::Brain;
use january20_bot::calendar::Occurrence;
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::delivery::budget::Limits;
use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Plan, Store};
use support::*;

fn occurrence(brain: &Brain, reminder: &str) -> Occurrence {
    brain.reminders.occurrences(2027).into_iter().find(|o| o.reminder == reminder).expect("in the calendar")
}

/// The chats with a pending message of `key` at `now`.
async fn pending(store: &Store, key: &str, now: chrono::DateTime<chrono::Utc>) -> Vec<i64> {
    let ready = store.ready(now, 100_000).await.unwrap();
    ready.into_iter().filter(|p| p.occurrence == key).map(|p| p.chat_id).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_at_10_49_every_group_gets_the_morning_reminder_and_no_private_chat() {
    const GROUPS: i64 = 300;
    let brain = Brain::embedded().unwrap();
    let db = TempDb::new("supersede-10-49");
    let store = Store::open(db.path()).await.unwrap();
    let before = at("2026-12-01T10:00:00Z");
    store.seed_chats(-10_000 - GROUPS, GROUPS, ChatKind::Group, Plan::All, before).await.unwrap();
    store.seed_chats(1_000, 50, ChatKind::Private, Plan::All, before).await.unwrap();
    store.seed_chats(10_000, 6_500, ChatKind::Private, Plan::Silence, before).await.unwrap();
    // Two messages a second: 6,850 chats make the silence wave start at 10:47, private chats first.
    let outbox = Outbox::new(store.clone()).with_limits(Limits::with_per_second(2), false);
    let (morning, silence) = (occurrence(&brain, "morning"), occurrence(&brain, "silence"));
    let plan = outbox.plan_wave(&brain.reminders, &silence).await.unwrap();
    let start = at("2027-01-20T10:49:00+04:00");
    assert!(plan.start < start, "the silence wave has begun: {}", plan.start);

    // The scheduler's first pass: the morning (still due), then the silence (its wave began);
    // between the two, the sender reaches the first twenty chats.
    let queued = outbox.queue_reminder(&brain.reminders, &morning, start).await.unwrap();
    assert_eq!((queued.added, queued.superseded), (GROUPS as u64, 50), "groups kept, private chats superseded");
    for message in store.ready(start, 20).await.unwrap() {
        assert_eq!(message.occurrence, morning.key());
        store.mark_sent(message.id, start).await.unwrap();
    }
    let later = start + Duration::seconds(10);
    let queued = outbox.queue_reminder(&brain.reminders, &silence, later).await.unwrap();
    assert_eq!((queued.added, queued.superseded), (6_850, 0));
    // A restart queues the morning again: what is decided stays decided.
    let again = outbox.queue_reminder(&brain.reminders, &morning, later).await.unwrap();
    assert_eq!((again.added, again.superseded), (0, 0));

    let counts = store.delivery(&morning.key()).await.unwrap();
    assert_eq!((counts.sent, counts.pending, counts.superseded), (20, GROUPS - 20, 50));
    let unsent = pending(&store, &morning.key(), at("2027-01-20T11:59:00+04:00")).await;
    assert!(unsent.iter().all(|&chat| chat < 0), "only groups still get the morning reminder");
    let counts = store.delivery(&silence.key()).await.unwrap();
    assert_eq!((counts.pending, counts.superseded), (6_850, 0), "the silence reaches everyone");
    store.close().await;
}

const GROUPS: std::ops::Range<i64> = -3_030..-3_000;
const PRIVATE: std::ops::Range<i64> = 3_000..3_005;

/// A bot started at `start` on the 20th (1000 a second: the silence wave starts at 11:58:59),
/// Telegram failing every send to the `failing` chats until the silence (the last of `expected`)
/// has reached the others at 11:59; then the test waits until every chat has each of
/// `expected`. Returns the texts each chat got.
async fn started_late(start: &str, failing: &[i64], expected: &[String]) -> Vec<(i64, Vec<String>)> {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new(&format!("supersede-late-{}", &start[11..16]));
    let store = Store::open(db.path()).await.unwrap();
    let before = at("2026-12-01T10:00:00Z");
    store.seed_chats(GROUPS.start, GROUPS.end - GROUPS.start, ChatKind::Group, Plan::All, before).await.unwrap();
    store.seed_chats(PRIVATE.start, PRIVATE.end - PRIVATE.start, ChatKind::Private, Plan::All, before).await.unwrap();
    store.close().await;
    for chat in GROUPS {
        fake.set_chat(chat, "group", "a group");
    }
    // Every send to these chats fails until the silence is queued: their morning reminder is
    // still unsent then, as the sender had not reached the 4,696 groups of the finding.
    for &chat in failing {
        fake.set_chat_fault(chat, Some(Fault::ServerError));
    }
    let (clock, manual) = Clock::manual(at(start));
    let bot = RunningBot::start(config(&fake, db.path(), clock, vec![], 1000));
    let probe = |chat: i64| private_text(chat, chat, Some("en"), "/help");
    fake.push_update(probe(9_001));
    fake.wait_for_sent_texts(9_001, 1, WAIT_TIMEOUT).await;
    manual.set(at("2027-01-20T11:59:00+04:00"));
    let everyone: Vec<i64> = GROUPS.chain(PRIVATE).collect();
    let got = |calls: &[Call], chat: i64, text: &str| {
        calls.iter().any(|c| c.chat_id() == Some(chat) && c.is_ok() && c.text() == Some(text))
    };
    let others: Vec<i64> = everyone.iter().copied().filter(|chat| !failing.contains(chat)).collect();
    let queued = |calls: &[Call]| others.iter().all(|&chat| got(calls, chat, expected.last().unwrap()));
    fake.wait_for(queued, WAIT_TIMEOUT).await;
    // Telegram answers again; the retries are due (not on to 12:00, when the morning is stale).
    for &chat in failing {
        fake.set_chat_fault(chat, None);
    }
    // A send that failed just as Telegram came back is retried a few seconds later on the bot's
    // clock: the clock steps on, still before 12:00, until every chat has what it should.
    let all_there = |calls: &[Call]| everyone.iter().all(|&chat| expected.iter().all(|text| got(calls, chat, text)));
    for second in [30, 40, 50] {
        manual.set(at(&format!("2027-01-20T11:59:{second}+04:00")));
        if fake.try_wait_for(all_there, std::time::Duration::from_secs(5)).await.is_some() {
            break;
        }
    }
    fake.wait_for(all_there, WAIT_TIMEOUT).await;
    // Whatever was ready to go is out once a later question is answered.
    fake.push_update(probe(9_002));
    fake.wait_for_sent_texts(9_002, 1, WAIT_TIMEOUT).await;
    bot.stop().await;
    fake.assert_no_violations();
    everyone.into_iter().map(|chat| (chat, fake.sent_texts(chat))).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_at_11_20_every_chat_gets_both_even_those_whose_first_try_failed() {
    let brain = Brain::embedded().unwrap();
    let both = [brain.reminder_text(&occurrence(&brain, "morning"), Lang::En), silence_text(&brain)];
    let failing: Vec<i64> = GROUPS.step_by(3).collect();
    for (chat, mut texts) in started_late("2027-01-20T11:20:00+04:00", &failing, &both).await {
        // In either order: a morning reminder retried at 11:59:30 goes beside the silence's retry.
        texts.sort();
        let mut expected = both.clone();
        expected.sort();
        assert_eq!(texts, expected, "chat {chat}: the morning reminder and the silence, once each");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn started_at_11_35_no_chat_gets_the_morning_reminder_and_every_chat_the_silence() {
    let brain = Brain::embedded().unwrap();
    let silence = [silence_text(&brain)];
    for (chat, texts) in started_late("2027-01-20T11:35:00+04:00", &[], &silence).await {
        assert_eq!(texts, silence, "chat {chat}: the silence alone");
    }
}

fn silence_text(brain: &Brain) -> String {
    brain.reminder_text(&occurrence(brain, "silence"), Lang::En)
}
