//! Benchmarks of the bot against the fake Bot API on 127.0.0.1 (tests/support): update handling,
//! broadcast rate against a server-side cap, the default limit, memory and start-up.
//! Run: `cargo build --release && cargo run --release --example bench_bot [-- NAME…]`
//! with NAME among updates, broadcast, default, memory, startup (default: all).

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use january20_bot::clock::Clock;
use january20_bot::store::{Plan, Store};
use support::measure::{binary, kib, percentile};
use support::*;

const QUESTIONS: [&str; 6] = [
    "How many people were killed?",
    "neçə nəfər həlak olub",
    "Кто отдал приказ ввести войска?",
    "When is the minute of silence?",
    "Şəhidlər xiyabanına necə gedim, yollar bağlıdır?",
    "сколько лет прошло",
];

fn sends(calls: &[Call]) -> usize {
    calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()).count()
}

/// 10,000 questions from 10,000 chats queued at once, answered by the real dispatcher.
async fn updates() {
    const N: i64 = 10_000;
    let fake = FakeBotApi::start().await;
    fake.set_max_long_poll(Duration::from_millis(200));
    let db = TempDb::new("bench-updates");
    let bot = RunningBot::start(config(&fake, db.path(), Clock::System, vec![], 1000));
    // A first question, answered, shows the bot is up (a long poll is recorded only when it returns).
    fake.push_update(private_text(999_999, 999_999, Some("en"), "hello"));
    fake.wait_for_sent_texts(999_999, 1, WAIT_TIMEOUT).await;
    let start = Instant::now();
    let mut pushed = Vec::with_capacity(N as usize);
    for chat in 1..=N {
        pushed.push(Instant::now());
        fake.push_update(private_text(chat, chat, Some("en"), QUESTIONS[chat as usize % QUESTIONS.len()]));
    }
    let calls = fake.wait_for(|calls| sends(calls) > N as usize, Duration::from_secs(120)).await;
    let elapsed = start.elapsed();
    let mut latency: Vec<Duration> = calls
        .iter()
        .filter(|c| c.method == "sendMessage" && c.is_ok())
        .filter_map(|c| c.chat_id().filter(|chat| (1..=N).contains(chat)).map(|chat| (chat, c.at)))
        .map(|(chat, at)| at.duration_since(pushed[chat as usize - 1]))
        .collect();
    latency.sort_unstable();
    println!(
        "updates: {N} queued questions answered in {:.2} s = {:.0} updates/s; update→reply p50 {:.0} ms, p99 {:.0} ms (queueing included)",
        elapsed.as_secs_f64(),
        N as f64 / elapsed.as_secs_f64(),
        percentile(&latency, 0.5).as_secs_f64() * 1e3,
        percentile(&latency, 0.99).as_secs_f64() * 1e3
    );

    // Latency without a queue: one question at a time.
    let mut single = Vec::new();
    for i in 0..200 {
        let chat = 1_000_000 + i;
        let t = Instant::now();
        fake.push_update(private_text(chat, chat, Some("ru"), QUESTIONS[i as usize % QUESTIONS.len()]));
        fake.wait_for_sent_texts(chat, 1, WAIT_TIMEOUT).await;
        single.push(t.elapsed());
    }
    single.sort_unstable();
    println!(
        "updates: one at a time, update→reply p50 {:.2} ms, p99 {:.2} ms (200 questions)",
        percentile(&single, 0.5).as_secs_f64() * 1e3,
        percentile(&single, 0.99).as_secs_f64() * 1e3
    );
    bot.stop().await;
    fake.assert_no_violations();
}

/// Reminder to `subscribers` chats with the fake refusing (429) anything over `cap` per second.
async fn broadcast_run(name: &str, subscribers: i64, cap: u32, per_second: u32) {
    let fake = FakeBotApi::start().await;
    fake.set_rate_cap(Some(cap));
    let db = TempDb::new(&format!("bench-{name}"));
    let store = Store::open(db.path()).await.unwrap();
    store.seed_subscribers(1, subscribers, Plan::Silence, at("2026-12-01T10:00:00Z")).await.unwrap();
    store.close().await;
    let clock = Clock::manual(at("2027-01-20T12:00:00+04:00")).0;
    let bot = RunningBot::start(config(&fake, db.path(), clock, vec![], per_second));
    let calls = fake.wait_for(|calls| sends(calls) >= subscribers as usize, Duration::from_secs(600)).await;
    let times: Vec<Instant> = calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()).map(|c| c.at).collect();
    let span = times.last().unwrap().duration_since(times[0]).as_secs_f64();
    let rate = (times.len() - 1) as f64 / span;
    let mut per_chat = std::collections::HashMap::new();
    for c in calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()) {
        *per_chat.entry(c.chat_id()).or_insert(0) += 1;
    }
    let duplicates: usize = per_chat.values().map(|&n: &usize| n - 1).sum();
    bot.stop().await;
    println!(
        "{name}: {subscribers} subscribers, cap {cap}/s, limit {per_second}/s: {rate:.1} msg/s = {:.3} of the cap, {} × 429, {duplicates} duplicates, max {} in any 1 s window",
        rate / cap as f64,
        fake.rejected_429(),
        fake.max_sends_in_window(Duration::from_secs(1)),
    );
}

/// The bot as a child process, killed when dropped (also when a measurement panics).
struct Bot(Child);

impl Bot {
    fn id(&self) -> u32 {
        self.0.id()
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(fake: &FakeBotApi, db: &Path, extra: &[&str], env: &[(&str, &str)]) -> Bot {
    let child = Command::new(binary())
        .args(["serve", "--db"])
        .arg(db)
        .args(extra)
        .envs(fake.env_vars())
        .envs(env.iter().copied())
        .env("RUST_LOG", "warn")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Bot(child)
}

async fn memory() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("bench-memory-idle");
    let child = spawn(&fake, db.path(), &[], &[]);
    for chat in 1..=200 {
        fake.push_update(private_text(chat, chat, Some("az"), QUESTIONS[chat as usize % QUESTIONS.len()]));
    }
    fake.wait_for(|calls| sends(calls) >= 200, WAIT_TIMEOUT).await;
    println!(
        "memory: idle after 200 questions, RSS {} KiB, peak {} KiB",
        kib(child.id(), "VmRSS"),
        kib(child.id(), "VmHWM")
    );
    drop(child);

    const SUBSCRIBERS: i64 = 100_000;
    let fake = FakeBotApi::start().await;
    fake.set_rate_cap(Some(1000));
    let db = TempDb::new("bench-memory-broadcast");
    let store = Store::open(db.path()).await.unwrap();
    store.seed_subscribers(1, SUBSCRIBERS, Plan::All, at("2026-12-01T10:00:00Z")).await.unwrap();
    store.close().await;
    let child = spawn(
        &fake,
        db.path(),
        &["--simulate-from", "2027-01-20T12:00:00+04:00"],
        &[("JANUARY20_MAX_PER_SECOND", "1000")],
    );
    fake.wait_for(|calls| sends(calls) >= 10_000, Duration::from_secs(60)).await;
    println!(
        "memory: {SUBSCRIBERS} subscribers in the database, after 10,000 reminder sends: RSS {} KiB, peak {} KiB",
        kib(child.id(), "VmRSS"),
        kib(child.id(), "VmHWM")
    );
}

async fn startup() {
    let mut times = Vec::new();
    for i in 0..10 {
        let fake = FakeBotApi::start().await;
        let db = TempDb::new(&format!("bench-startup-{i}"));
        // A queued update makes the first getUpdates return at once, so the fake records it
        // when it arrives (a waiting long poll is recorded only when it returns).
        fake.push_update(private_text(1, 1, Some("en"), "hello"));
        let t = Instant::now();
        let _child = spawn(&fake, db.path(), &[], &[]);
        let calls = fake.wait_for_calls("getUpdates", 1, WAIT_TIMEOUT).await;
        times.push(calls[0].at.duration_since(t));
    }
    times.sort_unstable();
    println!(
        "startup: process start → first getUpdates: median {:.1} ms, max {:.1} ms (10 runs, fresh database each)",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let which: Vec<String> = std::env::args().skip(1).collect();
    let want = |name: &str| which.is_empty() || which.iter().any(|w| w == name);
    println!("machine: {} cores; {}", std::thread::available_parallelism().map_or(0, |n| n.get()), cpu_model());
    if want("startup") {
        startup().await;
    }
    if want("updates") {
        updates().await;
    }
    if want("broadcast") {
        broadcast_run("broadcast", 10_000, 1000, 1000).await;
    }
    if want("default") {
        broadcast_run("default", 300, 30, 30).await;
    }
    if want("memory") {
        memory().await;
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default()
}
