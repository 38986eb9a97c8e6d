//! Benchmark of the webhook path: 10,000 questions from 10,000 chats posted to the bot's webhook
//! over HTTP (64 at a time, as a reverse proxy would pass Telegram's deliveries on), answered
//! through the real dispatcher against the fake Bot API on 127.0.0.1.
//! Run: `cargo run --release --example bench_webhook` (SQLite), or under `.ci/with-postgres` for
//! PostgreSQL.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use january20_bot::clock::Clock;
use january20_bot::serve::WebhookConfig;
use january20_bot::telegram::webhook::Secret;
use serde_json::json;
use support::*;

const N: i64 = 10_000;
const CONCURRENCY: usize = 64;
const SECRET: &str = "bench-secret-0123456789";
const QUESTIONS: [&str; 4] =
    ["How many people were killed?", "neçə nəfər həlak olub", "Кто отдал приказ ввести войска?", "сколько лет прошло"];

fn sends(calls: &[Call]) -> usize {
    calls.iter().filter(|c| c.method == "sendMessage" && c.is_ok()).count()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("bench-webhook");
    // The send budget far above what the path can do: the figure is the path's, not the budget's
    // (replies count against the budget; at 1,000 a second it would measure the budget).
    let mut config = config(&fake, db.path(), Clock::System, vec![], 100_000);
    let addr = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    config.listen = Some(addr);
    config.webhook = Some(WebhookConfig {
        url: url::Url::parse("https://example.org/tg").unwrap(),
        secret: Secret::new(SECRET).unwrap(),
    });
    let engine = if db.is_postgres() { "PostgreSQL" } else { "SQLite" };
    let bot = RunningBot::start(config);
    let client = reqwest::Client::new();
    let url = format!("http://{addr}/tg");
    let post = |id: i64, chat: i64, text: &str| {
        let mut update = private_text(chat, chat, Some("en"), text);
        update["update_id"] = json!(id);
        client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", SECRET).json(&update).send()
    };
    // The first answer shows the bot is up.
    loop {
        if post(0, 999_999, "hello").await.is_ok_and(|r| r.status() == 200) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    fake.wait_for(|calls| sends(calls) >= 1, Duration::from_secs(30)).await;

    let start = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicI64::new(1));
    let mut posters = Vec::new();
    let mut accepted = Duration::ZERO;
    for _ in 0..CONCURRENCY {
        let (client, url, next) = (client.clone(), url.clone(), next.clone());
        posters.push(tokio::spawn(async move {
            loop {
                let chat = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if chat > N {
                    break;
                }
                let mut update = private_text(chat, chat, Some("en"), QUESTIONS[chat as usize % QUESTIONS.len()]);
                update["update_id"] = json!(chat);
                let r = client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", SECRET).json(&update).send();
                assert_eq!(r.await.expect("posted").status(), 200);
            }
        }));
    }
    for poster in posters {
        poster.await.unwrap();
    }
    accepted += start.elapsed();
    fake.wait_for(|calls| sends(calls) > N as usize, Duration::from_secs(300)).await;
    let answered = start.elapsed();
    println!(
        "webhook ({engine}): {N} updates accepted (HTTP 200) in {:.2} s = {:.0}/s; all answered in {:.2} s = {:.0} updates/s",
        accepted.as_secs_f64(),
        N as f64 / accepted.as_secs_f64(),
        answered.as_secs_f64(),
        N as f64 / answered.as_secs_f64()
    );
    bot.stop().await;
}
