//! Subscriptions and reminders end to end against the fake Bot API: each subscriber gets each
//! reminder once, on Baku time, in its language; restarts and crashes neither lose nor double;
//! Telegram's faults and rate limits are honoured. The clock is injected: no waiting for 12:00.

mod support;

use std::path::Path;
use std::time::Duration;

use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Plan, Store};
use support::*;

const PRIVATE_RU: i64 = 1001;
const GROUP_AZ: i64 = -2001;
const CHANNEL_EN: i64 = -1003;
const SILENCE_ONLY: i64 = 1004;
const NOT_SUBSCRIBED: i64 = 1005;

/// The chats of most tests: a Russian private chat, an Azerbaijani group, an English channel
/// (all reminders), a private chat with only the silence, and one that never subscribed.
async fn seed(db: &Path, fake: &FakeBotApi) {
    let store = Store::open(db).await.unwrap();
    let now = at("2026-12-01T10:00:00+04:00");
    for (chat, kind, lang, plan) in [
        (PRIVATE_RU, ChatKind::Private, Lang::Ru, Some(Plan::All)),
        (GROUP_AZ, ChatKind::Group, Lang::Az, Some(Plan::All)),
        (CHANNEL_EN, ChatKind::Channel, Lang::En, Some(Plan::All)),
        (SILENCE_ONLY, ChatKind::Private, Lang::En, Some(Plan::Silence)),
        (NOT_SUBSCRIBED, ChatKind::Private, Lang::En, None),
    ] {
        store.upsert_chat(chat, kind, None, now).await.unwrap();
        store.set_chat_lang(chat, lang, now).await.unwrap();
        if let Some(plan) = plan {
            store.subscribe(chat, plan, now).await.unwrap();
        }
    }
    store.close().await;
    fake.set_chat(GROUP_AZ, "group", "Az group");
    fake.set_chat(CHANNEL_EN, "channel", "En channel");
}

fn start(fake: &FakeBotApi, db: &Path, clock: Clock, per_second: u32) -> RunningBot {
    RunningBot::start(config(fake, db, clock, vec![], per_second))
}

/// Sends a question from a fresh private chat and waits for its answer: everything the bot had
/// ready to send before it is out by then, so a later count is final.
async fn sync_point(fake: &FakeBotApi, chat: i64) {
    fake.push_update(private_text(chat, chat, Some("en"), "How many people were injured?"));
    fake.wait_for_sent_texts(chat, 1, WAIT_TIMEOUT).await;
}

fn expected(brain: &Brain, year: i32, reminder: &str, lang: Lang) -> String {
    let occurrence = brain.reminders.occurrences(year).into_iter().find(|o| o.reminder == reminder).unwrap();
    brain.reminder_text(&occurrence, lang)
}

async fn wait_total(fake: &FakeBotApi, chats: &[i64], total: usize) {
    let chats = chats.to_vec();
    fake.wait_for(
        |calls| {
            calls
                .iter()
                .filter(|c| c.method == "sendMessage" && c.is_ok() && chats.contains(&c.chat_id().unwrap_or(0)))
                .count()
                >= total
        },
        WAIT_TIMEOUT,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_subscriber_gets_each_reminder_once_in_its_language() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("once");
    seed(db.path(), &fake).await;
    let (clock, manual) = Clock::manual(at("2027-01-19T10:00:00+04:00"));
    let bot = start(&fake, db.path(), clock, 1000);
    let brain = Brain::embedded().unwrap();
    let subscribers = [PRIVATE_RU, GROUP_AZ, CHANNEL_EN, SILENCE_ONLY, NOT_SUBSCRIBED];

    manual.set(at("2027-01-19T20:00:00+04:00"));
    wait_total(&fake, &subscribers, 3).await;
    manual.set(at("2027-01-20T08:00:00+04:00"));
    wait_total(&fake, &subscribers, 6).await;
    manual.set(at("2027-01-20T12:00:00+04:00"));
    wait_total(&fake, &subscribers, 10).await;
    manual.set(at("2027-01-20T12:30:00+04:00"));
    sync_point(&fake, 9001).await;
    bot.stop().await;

    let all = |lang| ["eve", "morning", "silence"].map(|r| expected(&brain, 2027, r, lang)).to_vec();
    assert_eq!(fake.sent_texts(PRIVATE_RU), all(Lang::Ru));
    assert_eq!(fake.sent_texts(GROUP_AZ), all(Lang::Az));
    assert_eq!(fake.sent_texts(CHANNEL_EN), all(Lang::En));
    assert_eq!(fake.sent_texts(SILENCE_ONLY), [expected(&brain, 2027, "silence", Lang::En)]);
    assert!(fake.sent_texts(NOT_SUBSCRIBED).is_empty());
    assert!(
        fake.sent_texts(PRIVATE_RU)[1].contains("37"),
        "the anniversary is counted: {:?}",
        fake.sent_texts(PRIVATE_RU)
    );
    // The silence reminder went out at 12:00 Baku time, which is 08:00 UTC.
    assert_eq!(brain.reminders.occurrences(2027)[2].at, at("2027-01-20T08:00:00Z"));
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_after_delivery_sends_nothing_again() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("restart");
    seed(db.path(), &fake).await;
    let subscribers = [PRIVATE_RU, GROUP_AZ, CHANNEL_EN, SILENCE_ONLY];
    let bot = start(&fake, db.path(), Clock::manual(at("2027-01-20T12:00:00+04:00")).0, 1000);
    wait_total(&fake, &subscribers, 4).await;
    bot.stop().await;

    let bot = start(&fake, db.path(), Clock::manual(at("2027-01-20T12:05:00+04:00")).0, 1000);
    sync_point(&fake, 9002).await;
    bot.stop().await;
    for chat in subscribers {
        assert_eq!(fake.sent_texts(chat).len(), 1, "chat {chat} got the silence reminder exactly once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missed_reminders_go_out_unless_stale() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("missed");
    seed(db.path(), &fake).await;
    let brain = Brain::embedded().unwrap();
    // Down across 08:00, back at 09:00: the morning reminder is still worth sending.
    let bot = start(&fake, db.path(), Clock::manual(at("2027-01-20T09:00:00+04:00")).0, 1000);
    wait_total(&fake, &[PRIVATE_RU, GROUP_AZ, CHANNEL_EN], 3).await;
    bot.stop().await;
    assert_eq!(fake.sent_texts(PRIVATE_RU), [expected(&brain, 2027, "morning", Lang::Ru)]);
    assert!(fake.sent_texts(SILENCE_ONLY).is_empty());

    // Down across 12:00, back at 13:00: the minute of silence is over; nothing is sent.
    let bot = start(&fake, db.path(), Clock::manual(at("2027-01-20T13:00:00+04:00")).0, 1000);
    sync_point(&fake, 9003).await;
    bot.stop().await;
    assert_eq!(fake.sent_texts(PRIVATE_RU).len(), 1);
    assert!(fake.sent_texts(SILENCE_ONLY).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_faults_are_honoured() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("faults");
    seed(db.path(), &fake).await;
    const MIGRATED: i64 = -1_002_001;
    fake.fail_next_in_chat("sendMessage", PRIVATE_RU, Fault::RetryAfter(1));
    fake.block_chat(SILENCE_ONLY);
    fake.migrate_chat(GROUP_AZ, MIGRATED);
    let (clock, manual) = Clock::manual(at("2027-01-20T12:00:00+04:00"));
    let bot = start(&fake, db.path(), clock, 1000);

    // The channel gets it at once, the migrated group at its new id.
    fake.wait_for_sent_texts(CHANNEL_EN, 1, WAIT_TIMEOUT).await;
    fake.wait_for_sent_texts(MIGRATED, 1, WAIT_TIMEOUT).await;
    fake.wait_for(|calls| calls.iter().any(|c| c.chat_id() == Some(SILENCE_ONLY) && c.status == 403), WAIT_TIMEOUT)
        .await;
    // 429 with retry_after 1: nothing more for that chat until the clock has moved on by 1 s.
    assert!(fake.sent_texts(PRIVATE_RU).is_empty());
    manual.advance(chrono::Duration::seconds(1));
    fake.wait_for_sent_texts(PRIVATE_RU, 1, WAIT_TIMEOUT).await;

    // Next year: the blocked chat is not tried again, the group goes straight to its new id.
    manual.set(at("2028-01-20T12:00:00+04:00"));
    fake.wait_for_sent_texts(PRIVATE_RU, 2, WAIT_TIMEOUT).await;
    fake.wait_for_sent_texts(MIGRATED, 2, WAIT_TIMEOUT).await;
    sync_point(&fake, 9004).await;
    bot.stop().await;
    let tries = |chat: i64| fake.calls_to("sendMessage").iter().filter(|c| c.chat_id() == Some(chat)).count();
    assert_eq!(tries(SILENCE_ONLY), 1, "a blocked chat is deactivated, not retried");
    assert_eq!(tries(GROUP_AZ), 1, "a migrated group is written to at its new id");
    let store = Store::open(db.path()).await.unwrap();
    // Deactivated, then forgotten by the daily purge, since a private chat's id is a user id.
    assert!(store.chat(SILENCE_ONLY).await.unwrap().is_none_or(|chat| !chat.active));
    assert_eq!(store.subscription(MIGRATED).await.unwrap(), Some(Plan::All));
    assert_eq!(store.subscription(GROUP_AZ).await.unwrap(), None);
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_limit_is_never_exceeded() {
    const RATE: u32 = 40;
    const CHATS: i64 = 100;
    let fake = FakeBotApi::start().await;
    fake.set_rate_cap(Some(RATE));
    let db = TempDb::new("rate");
    let store = Store::open(db.path()).await.unwrap();
    store.seed_subscribers(50_000, CHATS, Plan::Silence, at("2026-12-01T10:00:00Z")).await.unwrap();
    store.close().await;
    let bot = start(&fake, db.path(), Clock::manual(at("2027-01-20T12:00:00+04:00")).0, RATE);
    fake.wait_for(
        |calls| calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()).count() >= CHATS as usize,
        Duration::from_secs(20),
    )
    .await;
    bot.stop().await;
    assert_eq!(fake.rejected_429(), 0, "no 429 provoked");
    assert!(fake.max_sends_in_window(Duration::from_secs(1)) <= RATE as usize, "at most {RATE} in any second");
    for chat in 50_000..50_000 + CHATS {
        assert_eq!(fake.sent_texts(chat).len(), 1);
    }
}

/// Kills the real binary with SIGKILL in the middle of a reminder to 2,000 chats, restarts it,
/// and counts: everybody gets the reminder, and only messages in flight at the kill can repeat.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_broadcast_loses_nothing() {
    const CHATS: i64 = 2000;
    const IN_FLIGHT: usize = 16; // SenderConfig::default().in_flight
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("sigkill");
    let store = Store::open(db.path()).await.unwrap();
    store.seed_subscribers(100_000, CHATS, Plan::All, at("2026-12-01T10:00:00Z")).await.unwrap();
    store.close().await;
    let spawn = |from: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"))
            .args(["serve", "--db"])
            .arg(db.path())
            .args(["--simulate-from", from])
            .envs(fake.env_vars())
            .env("JANUARY20_MAX_PER_SECOND", "1000")
            .env("RUST_LOG", "warn")
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let sent = |calls: &[Call]| calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()).count();
    let mut child = spawn("2027-01-20T12:00:00+04:00");
    fake.wait_for(|calls| sent(calls) >= 700, Duration::from_secs(30)).await;
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let at_kill = sent(&fake.calls());
    assert!(at_kill < CHATS as usize, "killed in the middle");

    let mut child = spawn("2027-01-20T12:01:00+04:00");
    let all_reached = |calls: &[Call]| {
        let mut seen = std::collections::HashSet::new();
        for c in calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()) {
            seen.insert(c.chat_id());
        }
        seen.len() >= CHATS as usize
    };
    fake.wait_for(all_reached, Duration::from_secs(30)).await;
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();

    let mut twice = 0;
    for chat in 100_000..100_000 + CHATS {
        let n = fake.sent_texts(chat).len();
        assert!(n >= 1, "chat {chat} never got the reminder");
        assert!(n <= 2, "chat {chat} got it {n} times");
        twice += usize::from(n == 2);
    }
    println!("killed after {at_kill} sends; {twice} of {CHATS} chats got the reminder twice (bound: {IN_FLIGHT})");
    assert!(twice <= IN_FLIGHT, "{twice} duplicates > {IN_FLIGHT} messages in flight");
}

/// Restarts just before a reminder (operators deploy on the day itself): a reminder still due at
/// start is dropped as superseded when the next one of the same days comes within `apart_minutes`,
/// so every chat gets one message, not two twenty seconds apart. Rehearsed at the four instants
/// operators hit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_just_before_a_reminder_sends_one_message_not_two() {
    let brain = Brain::embedded().unwrap();
    let all_plan = [PRIVATE_RU, GROUP_AZ, CHANNEL_EN];
    // (start, then the clock moves to, the reminder every "all" chat gets, the one superseded)
    let cases = [
        // The eve reminder ("tomorrow, 20 January") is stale at midnight: nothing to supersede.
        ("2027-01-20T07:59:50+04:00", Some("2027-01-20T08:00:00+04:00"), "morning", None),
        ("2027-01-20T11:59:40+04:00", Some("2027-01-20T12:00:00+04:00"), "silence", Some("morning")),
        ("2027-01-20T12:05:00+04:00", None, "silence", None),
        ("2027-01-19T19:59:50+04:00", Some("2027-01-19T20:00:00+04:00"), "eve", None),
    ];
    for (i, (start_at, moves_to, gets, superseded)) in cases.into_iter().enumerate() {
        let fake = FakeBotApi::start().await;
        let db = TempDb::new(&format!("supersede-{i}"));
        seed(db.path(), &fake).await;
        let (clock, manual) = Clock::manual(at(start_at));
        let bot = start(&fake, db.path(), clock, 1000);
        sync_point(&fake, 9100 + i as i64).await;
        if let Some(later) = moves_to {
            manual.set(at(later));
        }
        wait_total(&fake, &all_plan, 3).await;
        sync_point(&fake, 9200 + i as i64).await;
        bot.stop().await;

        for (chat, lang) in [(PRIVATE_RU, Lang::Ru), (GROUP_AZ, Lang::Az), (CHANNEL_EN, Lang::En)] {
            assert_eq!(fake.sent_texts(chat), [expected(&brain, 2027, gets, lang)], "{start_at}: chat {chat}");
        }
        let silence_only = fake.sent_texts(SILENCE_ONLY);
        assert_eq!(silence_only.len(), usize::from(gets == "silence"), "{start_at}: {silence_only:?}");
        let store = Store::open(db.path()).await.unwrap();
        if let Some(dropped) = superseded {
            let counts = store.delivery(&format!("2027-{dropped}")).await.unwrap();
            assert_eq!((counts.superseded, counts.sent), (3, 0), "{start_at}: {dropped} is counted as superseded");
        }
        store.close().await;
        fake.assert_no_violations();
    }
}

/// Server errors while people ask and a wave runs (Telegram has them on busy days): only the
/// requests that failed wait for their retry; everyone else is served meanwhile, and every answer
/// and reminder arrives once. The clock is moved past the backoff by hand: no waiting for wall
/// time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_delay_only_the_requests_that_failed() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("outage");
    let subscribers: Vec<i64> = (3000..3030).collect();
    let users: Vec<i64> = (9400..9405).collect();
    let store = Store::open(db.path()).await.unwrap();
    store
        .seed_subscribers(subscribers[0], subscribers.len() as i64, Plan::All, at("2026-12-01T10:00:00Z"))
        .await
        .unwrap();
    store.close().await;
    let (clock, manual) = Clock::manual(at("2027-01-20T11:59:00+04:00"));
    let bot = start(&fake, db.path(), clock, 1000);
    sync_point(&fake, 9301).await;

    const FAILED: usize = 6;
    for _ in 0..FAILED {
        fake.fail_next("sendMessage", Fault::ServerError);
    }
    manual.set(at("2027-01-20T12:00:00+04:00"));
    for &user in &users {
        fake.push_update(private_text(user, user, Some("en"), "How many people were killed?"));
    }
    let everyone: Vec<i64> = subscribers.iter().chain(&users).copied().collect();
    // Served while the failed ones wait (the clock has not moved past their backoff).
    wait_total(&fake, &everyone, everyone.len() - FAILED).await;
    let failed = fake.calls().iter().filter(|c| c.method == "sendMessage" && c.status >= 500).count();
    assert_eq!(failed, FAILED, "the server errors were answered");
    // Past every backoff, well before the silence goes stale at 12:10.
    manual.advance(chrono::Duration::minutes(2));
    wait_total(&fake, &everyone, everyone.len()).await;
    sync_point(&fake, 9302).await;
    bot.stop().await;

    let brain = Brain::embedded().unwrap();
    let silence = expected(&brain, 2027, "silence", Lang::En);
    for &chat in &subscribers {
        assert_eq!(fake.sent_texts(chat), std::slice::from_ref(&silence), "chat {chat}: the reminder once");
    }
    for &user in &users {
        let answers = fake.sent_texts(user);
        assert_eq!(answers.len(), 1, "user {user}: one answer, not dropped, not doubled: {answers:?}");
        assert!(answers[0].contains("131"));
    }
    fake.assert_no_violations();
}

/// A reminder says "today" or "tomorrow" by the chat's own date when it is sent: the eve (20:00
/// in Baku) reaches Tokyo at 01:00 on the 20th, the morning (08:00 in Baku) reaches New York at
/// 23:00 on the 19th; in Baku both read as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn today_and_tomorrow_are_true_on_the_chats_own_date() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("local-day");
    seed(db.path(), &fake).await;
    let store = Store::open(db.path()).await.unwrap();
    store.set_timezone(CHANNEL_EN, Some("Asia/Tokyo")).await.unwrap();
    store.set_timezone(PRIVATE_RU, Some("America/New_York")).await.unwrap();
    store.close().await;
    let (clock, manual) = Clock::manual(at("2027-01-19T20:00:00+04:00"));
    let bot = start(&fake, db.path(), clock, 1000);
    let (tokyo, new_york, baku) = (CHANNEL_EN, PRIVATE_RU, GROUP_AZ);
    wait_total(&fake, &[tokyo, new_york, baku], 3).await;
    manual.set(at("2027-01-20T08:00:00+04:00"));
    wait_total(&fake, &[tokyo, new_york, baku], 6).await;
    bot.stop().await;

    let brain = Brain::embedded().unwrap();
    let [eve, morning, _] = <[_; 3]>::try_from(brain.reminders.occurrences(2027)).unwrap();
    let on = |day| chrono::NaiveDate::from_ymd_opt(2027, 1, day).unwrap();
    let opens = |chat, i: usize, text: &str| {
        let sent = &fake.sent_texts(chat)[i];
        assert!(sent.starts_with(text), "chat {chat}, reminder {i}: {sent}");
    };
    opens(baku, 0, "Sabah 20 Yanvar");
    opens(tokyo, 0, &brain.reminder_text_on(&eve, Lang::En, on(20)));
    opens(tokyo, 0, "Today, 20 January");
    opens(baku, 1, "Bu gün 20 Yanvar");
    opens(tokyo, 1, "Today, 20 January");
    opens(new_york, 1, &brain.reminder_text_on(&morning, Lang::Ru, on(19)));
    opens(new_york, 1, "Завтра — День всенародной скорби");
    // Under every reminder, the minute of silence in the chat's own time, not the sending time.
    let ends = |chat, i: usize, text: &str| {
        let sent = &fake.sent_texts(chat)[i];
        assert!(sent.ends_with(text), "chat {chat}, reminder {i}: {sent}");
    };
    ends(tokyo, 0, "12:00 in Baku — 17:00 in Tokyo");
    ends(tokyo, 1, "12:00 in Baku — 17:00 in Tokyo");
    fake.assert_no_violations();
}

/// The 12:00 reminder leaves Baku from 10:00 and reaches Los Angeles before its midnight: there the
/// silence comes tomorrow, by the same rule as the eve's and the morning's (round 6, az).
#[test]
fn the_silence_reminder_says_tomorrow_where_it_is_still_the_19th() {
    let brain = Brain::embedded().unwrap();
    let [_, _, silence] = <[_; 3]>::try_from(brain.reminders.occurrences(2027)).unwrap();
    let on = |day| chrono::NaiveDate::from_ymd_opt(2027, 1, day).unwrap();
    assert!(brain.reminder_text_on(&silence, Lang::En, on(19)).starts_with("On 20 January at 12:00 Baku time"));
    assert!(brain.reminder_text_on(&silence, Lang::Az, on(20)).starts_with("Bu gün Bakı vaxtı ilə saat 12:00"));
    assert!(brain.reminder_text_on(&silence, Lang::Ru, on(19)).starts_with("Завтра в 12:00"));
}
