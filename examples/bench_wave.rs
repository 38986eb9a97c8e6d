//! Benchmarks of the 20th of January at scale (issue 12), against the fake Bot API on 127.0.0.1:
//! - `wave`: the 12:00 reminder to 100,000 chats at the default budget (30 a second), the real
//!   binary on a clock 20 times as fast as real time, people asking during the wave: plan lead,
//!   achieved rate as a share of the budget, most sends in a second, 429s, replies p50/p95,
//!   memory, chats reached after 12:00.
//! - `throttle`: teloxide's `Throttle` adaptor beside our send budget on one workload in real
//!   time (a 300-chat wave and 60 replies to 20 people at once): rate, most sends in a second,
//!   429s, replies p50/p95.
//!
//! Run: `cargo build --release && cargo run --release --example bench_wave [-- wave|throttle]`
//! (`BENCH_SPEED=N` for the wave's clock, default 8).

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::delivery::budget::{Budget, Limits, Priority};
use january20_bot::delivery::wave::{self, Audience};
use january20_bot::store::{ChatKind, Plan, Store};
use support::measure::{binary, kib, percentile};
use support::*;
use teloxide::prelude::*;
use teloxide::requests::HasPayload;

struct Bot(Child);

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `speed`: seconds of the bot's clock per real second. The budget's jitter margin is real time
/// (25 ms), so a fast clock leaves it less of each simulated second: at 8 the budget can still
/// do 25 a second, above the wave's planned 24; at 20 it could do only 20.
async fn wave_at_scale(speed: u32) {
    const PRIVATE: i64 = 95_000;
    const GROUPS: i64 = 4_000;
    const CHANNELS: i64 = 1_000;
    const PEOPLE: i64 = 300;
    let total = (PRIVATE + GROUPS + CHANNELS) as usize;
    let brain = Brain::embedded().unwrap();
    let silence = brain.reminders.occurrences(2027).into_iter().find(|o| o.reminder == "silence").unwrap();
    let audience = Audience { private: PRIVATE as u64, groups: GROUPS as u64, channels: CHANNELS as u64 };
    let plan = wave::plan(silence.at, audience, &brain.reminders.wave, &Limits::default(), false);

    let fake = FakeBotApi::start().await;
    fake.set_speed(speed);
    fake.set_rate_cap(Some(30));
    fake.set_chat_rate_cap(Some(3));
    fake.set_group_minute_cap(Some(20));
    let db = TempDb::new("bench-wave");
    let store = Store::open(db.path()).await.unwrap();
    let then = at("2026-12-01T10:00:00Z");
    store.seed_chats(1, PRIVATE, ChatKind::Private, Plan::Silence, then).await.unwrap();
    store.seed_chats(-1_000_000, GROUPS, ChatKind::Supergroup, Plan::All, then).await.unwrap();
    store.seed_chats(-1_000_000_000_000, CHANNELS, ChatKind::Channel, Plan::All, then).await.unwrap();
    store.close().await;

    // Ten seconds of the bot's clock before the wave starts.
    let from = plan.start - chrono::Duration::seconds(10);
    let spawned = Instant::now();
    let child = Bot(Command::new(binary())
        .args(["serve", "--db"])
        .arg(db.path())
        .args(["--simulate-from", &from.to_rfc3339(), "--simulate-speed", &speed.to_string()])
        .envs(fake.env_vars())
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .spawn()
        .unwrap());
    let sim = |t: Instant| -> DateTime<Utc> {
        from + chrono::Duration::from_std(t.saturating_duration_since(spawned) * speed).unwrap()
    };
    // The silence reminder; a bot starting at 10:49 also still owes groups and channels (plan
    // "all") the morning reminder, counted apart.
    let silence_text = brain.reminder_text(&silence, january20_bot::i18n::Lang::En);
    let to_subscriber = |c: &Call| c.method == "sendMessage" && c.is_ok() && c.chat_id().is_some_and(|id| id < 500_000);
    let is_wave = |c: &Call| to_subscriber(c) && c.text() == Some(silence_text.as_str());
    // People ask throughout the wave, one question every 14 s of the bot's clock.
    let wave_real = (plan.end - from).to_std().unwrap() / speed;
    let every = wave_real / PEOPLE as u32;
    let mut asked: HashMap<i64, Instant> = HashMap::new();
    tokio::time::sleep(Duration::from_secs(10) / speed).await;
    for i in 0..PEOPLE {
        let person = 500_000 + i;
        asked.insert(person, Instant::now());
        fake.push_update(private_text(person, person, Some("en"), "How many people were killed?"));
        tokio::time::sleep(every).await;
    }
    let calls =
        fake.wait_for(|calls| calls.iter().filter(|c| is_wave(c)).count() >= total, Duration::from_secs(1200)).await;
    let rss_peak = kib(child.0.id(), "VmHWM");
    drop(child);

    let wave_times: Vec<Instant> = calls.iter().filter(|c| is_wave(c)).map(|c| c.at).collect();
    let first = sim(wave_times[0]);
    let last = sim(*wave_times.last().unwrap());
    let span = (last - first).num_milliseconds() as f64 / 1000.0;
    let rate = (wave_times.len() - 1) as f64 / span;
    let late = wave_times.iter().filter(|&&t| sim(t) >= silence.at).count();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for c in calls.iter().filter(|c| is_wave(c)) {
        *per_chat.entry(c.chat_id().unwrap()).or_default() += 1;
    }
    let duplicates: usize = per_chat.values().map(|n| n - 1).sum();
    let others = calls.iter().filter(|c| to_subscriber(c) && !is_wave(c)).count();
    let mut replies: Vec<Duration> = calls
        .iter()
        .filter(|c| c.method == "sendMessage" && c.is_ok())
        .filter_map(|c| asked.get(&c.chat_id()?).map(|t| c.at.saturating_duration_since(*t) * speed))
        .collect();
    replies.sort_unstable();
    let second = Duration::from_secs(1) / speed;
    println!(
        "wave: {total} chats ({PRIVATE} private, {GROUPS} groups, {CHANNELS} channels), budget 30/s, clock ×{speed}\n  \
         plan: start {} (lead {} min {} s), end {}, {:.1}/s\n  \
         sent: first {}, last {} Baku time; {rate:.2} msg/s = {:.3} of the budget; most in one second {}; {} × 429; \
         {duplicates} duplicates; {late} after 12:00; {others} other reminders (the morning's, owed at start)\n  \
         replies during the wave ({} questions): p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms (bot's clock)\n  \
         memory: peak RSS {rss_peak} KiB",
        plan.start.with_timezone(&january20_bot::calendar::BAKU).format("%H:%M:%S"),
        plan.lead().num_minutes(),
        plan.lead().num_seconds() % 60,
        plan.end.with_timezone(&january20_bot::calendar::BAKU).format("%H:%M:%S"),
        plan.rate,
        first.with_timezone(&january20_bot::calendar::BAKU).format("%H:%M:%S"),
        last.with_timezone(&january20_bot::calendar::BAKU).format("%H:%M:%S"),
        rate / 30.0,
        fake.max_sends_in_window(second),
        fake.rejected_429(),
        replies.len(),
        percentile(&replies, 0.5).as_secs_f64() * 1e3,
        percentile(&replies, 0.95).as_secs_f64() * 1e3,
        replies.last().unwrap().as_secs_f64() * 1e3,
    );
}

/// The comparison's workload: 300 wave messages (240 private chats, 50 groups, 10 channels)
/// queued at once, and after 3 s 60 replies to 20 people (3 each) at once.
fn wave_chats() -> Vec<i64> {
    (10_000..10_240).chain(-200_050..-200_000).chain(-1_000_000_000_010..-1_000_000_000_000).collect()
}

struct Run {
    elapsed: Duration,
    replies: Vec<Duration>,
}

fn report(name: &str, fake: &FakeBotApi, run: Run) {
    let mut replies = run.replies;
    replies.sort_unstable();
    println!(
        "throttle: {name:<22} 360 sends in {:.1} s = {:.1}/s; most in one second {}; {} × 429; \
         replies p50 {:.0} ms, p95 {:.0} ms",
        run.elapsed.as_secs_f64(),
        fake.sent_ok() as f64 / run.elapsed.as_secs_f64(),
        fake.max_sends_in_window(Duration::from_secs(1)),
        fake.rejected_429(),
        percentile(&replies, 0.5).as_secs_f64() * 1e3,
        percentile(&replies, 0.95).as_secs_f64() * 1e3,
    );
}

async fn telegram_fake() -> FakeBotApi {
    let fake = FakeBotApi::start().await;
    fake.set_rate_cap(Some(30));
    fake.set_chat_rate_cap(Some(3));
    fake.set_group_minute_cap(Some(20));
    fake
}

async fn with_teloxide_throttle() {
    use teloxide::adaptors::throttle::Limits as ThrottleLimits;
    let fake = telegram_fake().await;
    let bot = fake.bot().throttle(ThrottleLimits::default());
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for chat in wave_chats() {
        let bot = bot.clone();
        tasks.spawn(async move {
            let _ = bot.send_message(ChatId(chat), "wave").await;
            None
        });
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    for person in 0..60 {
        let bot = bot.clone();
        tasks.spawn(async move {
            let asked = Instant::now();
            let _ = bot.send_message(ChatId(20_000 + person % 20), "reply").await;
            Some(asked.elapsed())
        });
    }
    let replies: Vec<Duration> = tasks.join_all().await.into_iter().flatten().collect();
    report("teloxide Throttle", &fake, Run { elapsed: start.elapsed(), replies });
}

async fn with_our_budget() {
    let fake = telegram_fake().await;
    let bot = fake.bot();
    let budget = Arc::new(Budget::new(Limits::default(), &january20_bot::clock::Clock::System));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    // The sender keeps 16 messages in flight.
    let slots = Arc::new(tokio::sync::Semaphore::new(16));
    for chat in wave_chats() {
        let (bot, budget, slots) = (bot.clone(), budget.clone(), slots.clone());
        tasks.spawn(async move {
            let _slot = slots.acquire().await;
            let _sending = budget.acquire(chat, Priority::Wave).await;
            let _ =
                january20_bot::telegram::api::call(&bot, bot.send_message(ChatId(chat), "wave").payload_ref()).await;
            None
        });
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    for person in 0..60 {
        let (bot, budget) = (bot.clone(), budget.clone());
        tasks.spawn(async move {
            let asked = Instant::now();
            let chat = 20_000 + person % 20;
            // As the sender of replies does: its slot first, and a 429 pauses everyone.
            let _sending = budget.acquire(chat, Priority::Reply).await;
            let request = bot.send_message(ChatId(chat), "reply");
            if let Err(error) = january20_bot::telegram::api::call(&bot, request.payload_ref()).await {
                january20_bot::delivery::policy::heed(&budget, &error);
            }
            Some(asked.elapsed())
        });
    }
    let replies: Vec<Duration> = tasks.join_all().await.into_iter().flatten().collect();
    report("our send budget", &fake, Run { elapsed: start.elapsed(), replies });
}

#[tokio::main]
async fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let run = |name: &str| wanted.is_empty() || wanted.iter().any(|w| w == name);
    if run("throttle") {
        with_teloxide_throttle().await;
        with_our_budget().await;
    }
    if run("wave") {
        let speed = std::env::var("BENCH_SPEED").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
        wave_at_scale(speed).await;
    }
}
