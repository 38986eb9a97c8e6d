//! The 20th of January at scale, against the fake Bot API on a clock ten times as fast as real
//! time (no real-time sleeps: a simulated minute passes in six seconds): 300 subscribed chats
//! get the 12:00 reminder exactly once and before 12:00 while 30 people ask 3 questions each;
//! every question is answered; no second of the bot's clock holds more than 30 sends and no 429
//! is provoked — also through a 5-second outage (500/502) and a 429 with `retry_after` 7 in the
//! middle of the wave. One person writing 200 messages in 3 seconds neither delays ten others'
//! answers by more than a second nor starves the wave.

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Plan, Store};
use support::*;

/// Seconds of the bot's clock per real second.
const SPEED: u32 = 4;
const NOON: &str = "2027-01-20T12:00:00+04:00";
/// The plan for 300 chats at 24 a second ends at 11:59:00 and starts 12.5 s before.
const START: &str = "2027-01-20T11:58:40+04:00";

const PRIVATE: i64 = 10_000;
const GROUPS: i64 = -200_000;
const CHANNELS: i64 = -1_000_000_000_000;
const USERS: i64 = 20_000;

fn subscribers() -> Vec<i64> {
    (PRIVATE..PRIVATE + 240).chain(GROUPS..GROUPS + 50).chain(CHANNELS..CHANNELS + 10).collect()
}

async fn seed(db: &Path) {
    let store = Store::open(db).await.unwrap();
    let then = at("2026-12-01T10:00:00Z");
    store.seed_chats(PRIVATE, 240, ChatKind::Private, Plan::Silence, then).await.unwrap();
    store.seed_chats(GROUPS, 50, ChatKind::Supergroup, Plan::All, then).await.unwrap();
    store.seed_chats(CHANNELS, 10, ChatKind::Channel, Plan::All, then).await.unwrap();
    store.close().await;
}

/// The fake with Telegram's limits, counted in the bot's seconds.
async fn telegram() -> FakeBotApi {
    let fake = FakeBotApi::start().await;
    fake.set_speed(SPEED);
    fake.set_rate_cap(Some(30));
    fake.set_chat_rate_cap(Some(3));
    fake.set_group_minute_cap(Some(20));
    fake
}

struct Day {
    /// One day at a time: four bots and fakes sharing two cores at once would measure the
    /// machine's scheduling, not the bot's pacing.
    _alone: tokio::sync::MutexGuard<'static, ()>,
    fake: FakeBotApi,
    _db: TempDb,
    clock: Clock,
    bot: Option<RunningBot>,
}

impl Day {
    async fn stop(&mut self) {
        self.bot.take().expect("running").stop().await;
    }
}

async fn start(name: &str) -> Day {
    static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let alone = ONE_AT_A_TIME.lock().await;
    let fake = telegram().await;
    let db = TempDb::new(name);
    seed(db.path()).await;
    let clock = Clock::fast(at(START), SPEED);
    // One below the fake's cap of 30: the fake counts a send when it arrives, and at ten times real
    // speed a few milliseconds of scheduling on a loaded machine are tens of the bot's; the bot
    // spends its budget when it sends (CI once saw 31 arrive within one of its seconds).
    let bot = RunningBot::start(config(&fake, db.path(), clock.clone(), vec![], 29));
    Day { _alone: alone, fake, _db: db, clock, bot: Some(bot) }
}

const QUESTIONS: [(&str, &str); 3] = [
    ("en", "How many people were killed on 20 January?"),
    ("ru", "Сколько людей погибло 20 января?"),
    ("az", "20 Yanvar faciəsində neçə nəfər həlak olub?"),
];

/// `users` people ask `each` questions, at once.
fn ask(fake: &FakeBotApi, users: i64, each: usize) {
    for user in USERS..USERS + users {
        for (lang, question) in QUESTIONS.into_iter().take(each) {
            fake.push_update(private_text(user, user, Some(lang), question));
        }
    }
}

fn ok_sends(calls: &[Call], chat: i64) -> Vec<&Call> {
    calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok() && c.chat_id() == Some(chat)).collect()
}

/// Waits until every subscriber has the reminder and each of `users` people `each` answers.
async fn wait_for_everyone(fake: &FakeBotApi, users: i64, each: usize) -> Vec<Call> {
    let subscribers = subscribers();
    fake.wait_for(
        |calls| {
            let mut per_chat: HashMap<i64, usize> = HashMap::new();
            for c in calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()) {
                *per_chat.entry(c.chat_id().unwrap_or(0)).or_default() += 1;
            }
            subscribers.iter().all(|c| per_chat.contains_key(c))
                && (USERS..USERS + users).all(|u| per_chat.get(&u).copied().unwrap_or(0) >= each)
        },
        Duration::from_secs(60),
    )
    .await
}

/// Every subscriber got the silence reminder exactly once, in English, before 12:00 of the
/// bot's clock; every question was answered; Telegram's limits held.
fn check_the_day(day: &Day, calls: &[Call], users: i64, each: usize) {
    let brain = Brain::embedded().unwrap();
    let occurrence = brain.reminders.occurrences(2027).into_iter().find(|o| o.reminder == "silence").unwrap();
    let text = brain.reminder_text(&occurrence, Lang::En);
    let noon: DateTime<Utc> = at(NOON);
    for chat in subscribers() {
        let got = ok_sends(calls, chat);
        assert_eq!(got.len(), 1, "chat {chat} got the reminder exactly once");
        assert_eq!(got[0].text(), Some(text.as_str()));
        let arrived = day.clock.at_instant(got[0].at);
        assert!(arrived < noon, "chat {chat} got it at {arrived}, not before 12:00");
    }
    for user in USERS..USERS + users {
        assert_eq!(ok_sends(calls, user).len(), each, "user {user} got an answer to each question");
    }
    let second = Duration::from_secs(1) / SPEED;
    let max = day.fake.max_sends_in_window(second);
    assert!(max <= 30, "{max} sends in one second of the bot's clock");
    let refused: Vec<String> = calls
        .iter()
        .filter(|c| c.status == 429)
        .map(|c| format!("{:?} at {}", c.chat_id(), day.clock.at_instant(c.at).format("%H:%M:%S%.3f")))
        .collect();
    assert_eq!(day.fake.rejected_429(), 0, "no 429 provoked: {refused:?}, max {max} in a second");
    day.fake.assert_no_violations();
}

/// Sleeps on the bot's clock (a tenth of the time in real time).
async fn until(clock: &Clock, rfc: &str) {
    clock.sleep_until(at(rfc)).await;
}

async fn wave_sends(fake: &FakeBotApi, n: usize) {
    let subscribers = subscribers();
    fake.wait_for(
        |calls| {
            calls
                .iter()
                .filter(|c| c.method == "sendMessage" && c.is_ok() && subscribers.contains(&c.chat_id().unwrap_or(0)))
                .count()
                >= n
        },
        Duration::from_secs(30),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_subscriber_has_the_silence_before_noon_while_people_ask() {
    let mut day = start("peak").await;
    until(&day.clock, "2027-01-20T11:58:50+04:00").await;
    ask(&day.fake, 30, 3);
    let calls = wait_for_everyone(&day.fake, 30, 3).await;
    day.stop().await;
    check_the_day(&day, &calls, 30, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_five_second_outage_in_the_middle_of_the_wave_loses_and_doubles_nothing() {
    let mut day = start("peak-outage").await;
    wave_sends(&day.fake, 100).await;
    ask(&day.fake, 30, 3);
    day.fake.set_outage(Some(Fault::ServerError));
    let back = day.clock.now() + chrono::Duration::seconds(5);
    day.clock.sleep_until(back).await;
    day.fake.set_outage(None);
    let calls = wait_for_everyone(&day.fake, 30, 3).await;
    day.stop().await;
    let failed = calls.iter().filter(|c| c.status == 500 || c.status == 502).count();
    assert!(failed > 0, "the outage was met");
    check_the_day(&day, &calls, 30, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_exactly_and_nobody_misses_noon() {
    let mut day = start("peak-429").await;
    wave_sends(&day.fake, 100).await;
    day.fake.fail_next("sendMessage", Fault::RetryAfter(7));
    ask(&day.fake, 30, 3);
    let calls = wait_for_everyone(&day.fake, 30, 3).await;
    day.stop().await;
    assert_eq!(calls.iter().filter(|c| c.status == 429).count(), 1);
    // Requests already on their way when the 429 was answered may arrive after it; nothing the
    // bot started later may (at most the sender's 16 in flight and a reply or two).
    let early = day.fake.sends_before_retry_after();
    assert!(early <= 18, "{early} sends went out before retry_after had passed");
    check_the_day(&day, &calls, 30, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_person_flooding_the_bot_holds_back_nobody() {
    const FLOODER: i64 = 30_000;
    let mut day = start("peak-flood").await;
    until(&day.clock, "2027-01-20T11:58:50+04:00").await;
    // 200 messages in 3 seconds of the bot's clock.
    for i in 0..200 {
        day.fake.push_update(private_text(FLOODER, FLOODER, Some("en"), "What happened on 20 January 1990?"));
        if i % 10 == 9 {
            let next = day.clock.now() + chrono::Duration::milliseconds(150);
            day.clock.sleep_until(next).await;
        }
    }
    // Meanwhile everyone else asks, and each answer is timed on the bot's clock.
    let asked = day.clock.now();
    ask(&day.fake, 10, 1);
    let calls = wait_for_everyone(&day.fake, 10, 1).await;
    // The flooder's first answers go out at about one a second in their chat, then the note.
    let flooded = day.fake.wait_for(|calls| ok_sends(calls, FLOODER).len() >= 21, Duration::from_secs(30)).await;
    day.stop().await;
    let answered_by = |user: i64| ok_sends(&calls, user).iter().map(|c| day.clock.at_instant(c.at)).max().unwrap();
    for user in USERS..USERS + 10 {
        let waited = answered_by(user) - asked;
        assert!(waited <= chrono::Duration::seconds(1), "user {user} waited {waited} for an answer");
    }
    let flooder = ok_sends(&flooded, FLOODER);
    assert!(flooder.len() <= 21, "the flood got {} answers: the first 20 and one note", flooder.len());
    assert!(flooder.last().unwrap().text().unwrap().contains("faster than I can answer"));
    check_the_day(&day, &flooded, 10, 1);
}
