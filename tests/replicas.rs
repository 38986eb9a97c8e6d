//! Several replicas of the real binary on one PostgreSQL database, in webhook mode, against the
//! fake Bot API with Telegram's limits on a clock four times as fast as real time: they share
//! one send budget (never more than 30 sends in a second of the bot's clock, no 429), and when
//! one is killed with SIGKILL in the middle of the 12:00 wave the others finish it before 12:00,
//! nothing lost, and only what the killed one had in flight can repeat. When the database is
//! unreachable for 10 s of the bot's clock in the middle of the wave (a proxy between the
//! replicas and PostgreSQL cut), nothing is lost and nothing is sent twice: what Telegram accepted
//! meanwhile is recorded when the database answers, and no replica takes a live one for dead.
//! On SQLite (one process per file) the tests have nothing to run and say so.
//!
//! `JANUARY20_REPLICA_CHATS=3000 .ci/with-postgres cargo test --release --test replicas --
//! --include-ignored --nocapture --test-threads 1` prints the figures of BENCHMARKS.md;
//! `JANUARY20_REPLICAS` sets how many (3 by default), `JANUARY20_OUTAGE_SECONDS` the outage (10);
//! `JANUARY20_REPLICA_LOGS=<folder>` keeps each replica's log there.

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use january20_bot::clock::Clock;
use january20_bot::store::{ChatKind, Plan, Store};
use support::db_proxy::DbProxy;
use support::*;

const SPEED: u32 = 4;
const NOON: &str = "2027-01-20T12:00:00+04:00";
/// SenderConfig's default: what one replica can have sent and not yet recorded.
const IN_FLIGHT: usize = 16;
const PRIVATE: i64 = 10_000;
const GROUPS: i64 = -200_000;
/// How long the database is away in the outage test (the bot's clock), unless
/// `JANUARY20_OUTAGE_SECONDS` says otherwise.
const OUTAGE_SECONDS: usize = 10;

/// What happens once a third of the chats have the wave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trouble {
    Nothing,
    /// One replica is killed with SIGKILL.
    Kill,
    /// The database is unreachable for `OUTAGE_SECONDS`.
    Outage,
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

struct Replicas {
    children: Vec<Option<Child>>,
}

impl Replicas {
    fn kill(&mut self, i: usize) {
        let mut child = self.children[i].take().expect("running");
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
    }
}

impl Drop for Replicas {
    fn drop(&mut self) {
        for child in self.children.iter_mut().flatten() {
            let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
            let _ = child.wait();
        }
    }
}

fn spawn(fake: &FakeBotApi, db: &Path, port: u16, start: DateTime<Utc>, started_at: DateTime<Utc>) -> Child {
    let log = match std::env::var_os("JANUARY20_REPLICA_LOGS") {
        Some(dir) => Stdio::from(std::fs::File::create(Path::new(&dir).join(format!("replica-{port}.log"))).unwrap()),
        None => Stdio::null(),
    };
    Command::new(env!("CARGO_BIN_EXE_january20-bot"))
        .args(["serve", "--db"])
        .arg(db)
        .args(["--webhook-url", "http://127.0.0.1/tg", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--simulate-from", &start.to_rfc3339(), "--simulate-speed", &SPEED.to_string()])
        .args(["--simulate-started-at", &started_at.to_rfc3339()])
        .envs(fake.env_vars())
        .env("JANUARY20_WEBHOOK_SECRET", "replica-test-secret")
        .env("RUST_LOG", "warn,january20_bot::delivery=info")
        .stderr(log)
        .spawn()
        .unwrap()
}

/// A port free on 127.0.0.1 a moment ago, for a replica's `/healthz` and `/metrics`.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `/healthz` and `/metrics` of the replica on `port` while the database is away: health honest,
/// metrics served.
async fn pages_during_the_outage(port: u16) {
    let get = |page: &str| reqwest::get(format!("http://127.0.0.1:{port}/{page}"));
    let health = get("healthz").await.unwrap();
    assert_eq!(health.status(), 503, "/healthz during the outage");
    assert_eq!(health.text().await.unwrap(), "the database does not answer\n");
    let metrics = get("metrics").await.unwrap();
    assert_eq!(metrics.status(), 200, "/metrics during the outage");
    let text = metrics.text().await.unwrap();
    assert!(text.contains("january20_database_up 0"), "{text}");
    assert!(text.contains("january20_sends_total"), "the counters are served: {text}");
}

/// What one wave did.
struct Wave {
    chats: usize,
    duplicates: usize,
    last: DateTime<Utc>,
    first: DateTime<Utc>,
    max_per_second: usize,
    /// How many chats had it when the trouble began.
    trouble_after: Option<usize>,
    /// Sends Telegram accepted while the database was away.
    sent_in_outage: usize,
    /// Deliveries the replicas recorded when the database answered again.
    recorded_later: u64,
}

/// The database away for `JANUARY20_OUTAGE_SECONDS` of the bot's clock; `/healthz` and
/// `/metrics` of the replica on `port` looked at meanwhile. Returns when it was away.
async fn outage(proxy: &DbProxy, port: u16) -> std::ops::Range<Instant> {
    let cut = Instant::now();
    proxy.cut();
    pages_during_the_outage(port).await;
    // Only as long as the fast clock needs.
    let away = Duration::from_secs(env_number("JANUARY20_OUTAGE_SECONDS", OUTAGE_SECONDS) as u64);
    tokio::time::sleep((cut + away / SPEED).saturating_duration_since(Instant::now())).await;
    proxy.restore();
    cut..Instant::now()
}

/// `january20_deliveries_recorded_later_total` of the replicas on `ports`, added up.
async fn recorded_later(ports: &[u16]) -> u64 {
    let mut total = 0;
    for port in ports {
        let text = reqwest::get(format!("http://127.0.0.1:{port}/metrics")).await.unwrap().text().await.unwrap();
        total += text
            .lines()
            .find_map(|l| l.strip_prefix("january20_deliveries_recorded_later_total "))
            .map_or(0, |n| n.trim().parse::<u64>().unwrap());
    }
    total
}

/// The most messages in one second of the bot's clock (the start-up's setMyCommands are not
/// messages).
fn max_per_second(fake: &FakeBotApi, clock: &Clock) -> usize {
    let mut times: Vec<DateTime<Utc>> = fake
        .calls()
        .iter()
        .filter(|c| c.method == "sendMessage" && c.is_ok())
        .map(|c| clock.at_instant(c.at))
        .collect();
    times.sort();
    let mut max = 0;
    let mut from = 0;
    for to in 0..times.len() {
        while times[to] - times[from] >= chrono::Duration::seconds(1) {
            from += 1;
        }
        max = max.max(to - from + 1);
    }
    max
}

/// `chats` subscribers, a tenth of them groups.
async fn seed(db: &TempDb, chats: usize) {
    let groups = chats / 10;
    let private = chats - groups;
    let store = Store::open(db.path()).await.unwrap();
    let then = at("2026-12-01T10:00:00Z");
    store.seed_chats(PRIVATE, private as i64, ChatKind::Private, Plan::Silence, then).await.unwrap();
    store.seed_chats(GROUPS, groups as i64, ChatKind::Supergroup, Plan::All, then).await.unwrap();
    store.close().await;
}

/// The fake Bot API with Telegram's limits, on the bot's fast clock.
async fn telegram() -> FakeBotApi {
    let fake = FakeBotApi::start().await;
    fake.set_speed(SPEED);
    fake.set_rate_cap(Some(30));
    fake.set_chat_rate_cap(Some(3));
    fake.set_group_minute_cap(Some(20));
    fake
}

/// The 12:00 wave to `chats` subscribers (a tenth of them groups) by `replicas` replicas, with
/// `trouble` once a third of the chats have it.
async fn wave(name: &str, replicas: usize, chats: usize, trouble: Trouble) -> Option<Wave> {
    let db = TempDb::new(name);
    if !db.is_postgres() {
        println!("replicas share a PostgreSQL database: run .ci/test-postgres (nothing to do on SQLite)");
        return None;
    }
    seed(&db, chats).await;
    let fake = telegram().await;

    // The wave at 24 a second ends at 11:59:00; start 20 s (bot) before it, so that joining
    // replicas have settled their shares first.
    let lead = chrono::Duration::milliseconds((chats as i64 * 1000) / 24 + 20_000);
    let start = at(NOON) - chrono::Duration::seconds(60) - lead;
    let started_at = Utc::now();
    let clock = Clock::fast(start, SPEED);
    let proxy = match trouble {
        Trouble::Outage => Some(DbProxy::start(db.path().to_str().unwrap()).await),
        _ => None,
    };
    let url = proxy.as_ref().map_or(db.path().to_path_buf(), |p| p.url().into());
    let ports: Vec<u16> = (0..replicas).map(|_| free_port()).collect();
    let mut running =
        Replicas { children: ports.iter().map(|&port| Some(spawn(&fake, &url, port, start, started_at))).collect() };
    let silence = |calls: &[Call]| {
        calls
            .iter()
            .filter(|c| c.method == "sendMessage" && c.is_ok() && c.text().is_some_and(|t| t.contains("12:00")))
            .count()
    };
    let mut trouble_after = None;
    if trouble != Trouble::Nothing {
        fake.wait_for(|calls| silence(calls) >= chats / 3, Duration::from_secs(120)).await;
        trouble_after = Some(silence(&fake.calls()));
    }
    let outage = match (trouble, &proxy) {
        (Trouble::Kill, _) => {
            running.kill(0);
            None
        }
        (Trouble::Outage, Some(proxy)) => Some(outage(proxy, ports[0]).await),
        _ => None,
    };
    let reached = |calls: &[Call]| {
        let mut seen = std::collections::HashSet::new();
        for c in calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()) {
            seen.insert(c.chat_id());
        }
        seen.len() >= chats
    };
    fake.wait_for(reached, Duration::from_secs(300)).await;
    let recorded_later = if outage.is_some() { recorded_later(&ports).await } else { 0 };
    // Stopped with SIGTERM, each replica finishes what it has in flight: a late duplicate would
    // be counted below.
    drop(running);

    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    let (mut first, mut last) = (at(NOON), start);
    for c in fake.calls().iter().filter(|c| c.method == "sendMessage" && c.is_ok()) {
        *per_chat.entry(c.chat_id().unwrap()).or_default() += 1;
        let when = clock.at_instant(c.at);
        first = first.min(when);
        last = last.max(when);
    }
    assert_eq!(per_chat.len(), chats, "every subscriber reached");
    assert!(per_chat.values().all(|&n| n <= 2), "nobody gets it three times");
    let refused: Vec<String> = fake
        .calls()
        .iter()
        .filter(|c| c.status == 429)
        .map(|c| format!("{:?} at {}", c.chat_id(), clock.at_instant(c.at).format("%H:%M:%S%.3f")))
        .collect();
    assert_eq!(fake.rejected_429(), 0, "no 429 provoked: the replicas shared one budget: {refused:?}");
    let max_per_second = max_per_second(&fake, &clock);
    assert!(max_per_second <= 30, "{max_per_second} sends in one second");
    Some(Wave {
        chats,
        duplicates: per_chat.values().filter(|&&n| n == 2).count(),
        first,
        last,
        max_per_second,
        trouble_after,
        sent_in_outage: outage.map_or(0, |during| {
            fake.calls().iter().filter(|c| c.method == "sendMessage" && c.is_ok() && during.contains(&c.at)).count()
        }),
        recorded_later,
    })
}

fn report(replicas: usize, trouble: Trouble, wave: &Wave) {
    let took = (wave.last - wave.first).num_milliseconds() as f64 / 1000.0;
    println!(
        "{replicas} replica(s), {} chats: {} – {} ({took:.1} s of the bot's clock, {:.1}/s), at most {} in a second, \
         {trouble:?} after {:?}{}, {} chats twice, 0 × 429",
        wave.chats,
        wave.first.with_timezone(&chrono_tz::Asia::Baku).format("%H:%M:%S"),
        wave.last.with_timezone(&chrono_tz::Asia::Baku).format("%H:%M:%S"),
        wave.chats as f64 / took.max(0.001),
        wave.max_per_second,
        wave.trouble_after,
        match trouble {
            Trouble::Outage => format!(
                " ({} sent while the database was away, {} recorded later)",
                wave.sent_in_outage, wave.recorded_later
            ),
            _ => String::new(),
        },
        wave.duplicates,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_share_the_budget_and_finish_a_killed_ones_wave_before_noon() {
    let replicas = env_number("JANUARY20_REPLICAS", 3);
    let chats = env_number("JANUARY20_REPLICA_CHATS", 300);
    let Some(wave) = wave("replicas-kill", replicas, chats, Trouble::Kill).await else { return };
    report(replicas, Trouble::Kill, &wave);
    assert!(wave.last < at(NOON), "the last chat was reached at {}", wave.last);
    assert!(wave.duplicates <= IN_FLIGHT, "{} duplicates > {IN_FLIGHT} in flight at the kill", wave.duplicates);
}

/// The figures beside the kill: one replica alone, and all of them without a kill.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark: JANUARY20_REPLICA_CHATS=3000 .ci/with-postgres cargo test --release --test replicas -- --ignored --nocapture"]
async fn one_and_several_replicas_without_a_kill() {
    let chats = env_number("JANUARY20_REPLICA_CHATS", 300);
    for replicas in [1, env_number("JANUARY20_REPLICAS", 3)] {
        let Some(wave) = wave(&format!("replicas-{replicas}"), replicas, chats, Trouble::Nothing).await else {
            return;
        };
        report(replicas, Trouble::Nothing, &wave);
        assert_eq!(wave.duplicates, 0);
    }
}

/// The database unreachable for 10 s of the bot's clock in the middle of the wave: nothing lost,
/// nothing twice (what Telegram accepted meanwhile is recorded later, and no replica takes a
/// live one for dead), within the budget, before noon; `/healthz` says the database is down and
/// `/metrics` is served meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_mid_wave_loses_nothing_and_repeats_nothing() {
    let replicas = env_number("JANUARY20_REPLICAS", 3);
    let chats = env_number("JANUARY20_REPLICA_CHATS", 600);
    let Some(wave) = wave("replicas-outage", replicas, chats, Trouble::Outage).await else { return };
    report(replicas, Trouble::Outage, &wave);
    assert!(wave.last < at(NOON), "the last chat was reached at {}", wave.last);
    assert_eq!(wave.duplicates, 0, "sent twice");
}

/// A replica told that the rehearsal started in the future would run its clock behind the
/// others': refused, in one line.
#[test]
fn a_rehearsal_start_in_the_future_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_january20-bot"))
        .args(["serve", "--simulate-from", NOON, "--simulate-started-at", "2999-01-01T00:00:00Z"])
        .env("TELOXIDE_TOKEN", "123:TEST")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--simulate-started-at 2999-01-01T00:00:00+00:00 is in the future"), "{stderr}");
}
