//! Long polling through Telegram's failures: a 5xx on getUpdates or getMe is asked again within a
//! second (teloxide-core would wait 10 s inside the request, then back off more), the wait grows
//! while the failures go on, and no update is lost or handled twice across them.
//!
//! Timing is real I/O here (the bot's clock is manual but a poll is a real request), so it is read
//! from the arrival times the fake records; the test waits only for the fake's calls, with a
//! timeout, never for wall time.

mod support;

use std::time::Duration;

use january20_bot::clock::Clock;
use support::*;

const T: Duration = WAIT_TIMEOUT;
/// What "at once" means after a 5xx: the bot waits a fifth of a second, teloxide-core ten. Far
/// from both, so that a machine busy with other tests cannot fail it.
const AT_ONCE: Duration = Duration::from_secs(4);

/// An ordinary day, far from 19–20 January: no reminder is due.
fn start(fake: &FakeBotApi, db: &TempDb) -> RunningBot {
    let (clock, _manual) = Clock::manual(at("2026-06-01T10:00:00+04:00"));
    RunningBot::start(config(fake, db.path(), clock, vec![], 1000))
}

/// Asks in `chat` and waits for the answer.
async fn ask(fake: &FakeBotApi, chat: i64) {
    fake.push_update(private_text(chat, chat, Some("en"), "/help"));
    fake.wait_for_sent_texts(chat, 1, T).await;
}

/// The calls of `method`, in the order they arrived (the fake records a held long poll when it
/// returns).
fn arrived(fake: &FakeBotApi, method: &str) -> Vec<Call> {
    let mut calls = fake.calls_to(method);
    calls.sort_by_key(|c| c.at);
    calls
}

/// The time from each failed call of `method` to the next call of it.
fn gaps_after_failures(fake: &FakeBotApi, method: &str) -> Vec<Duration> {
    let calls = arrived(fake, method);
    calls.windows(2).filter(|w| w[0].status >= 500).map(|w| w[1].at.duration_since(w[0].at)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_5xx_on_the_long_poll_is_polled_again_at_once() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("poll-5xx");
    let bot = start(&fake, &db);
    ask(&fake, 5001).await;

    // The poll held now returns the next update; the one after it is answered 500.
    fake.fail_next("getUpdates", Fault::ServerError);
    ask(&fake, 5002).await;
    fake.wait_for(|calls| calls.iter().any(|c| c.method == "getUpdates" && c.status == 500), T).await;
    // The poll after the failure is held until there is something to return.
    ask(&fake, 5003).await;
    bot.stop().await;

    let gaps = gaps_after_failures(&fake, "getUpdates");
    println!("after a 500 on getUpdates, the next poll came {:?} later", gaps[0]);
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(gaps[0] < AT_ONCE, "the next poll came {:?} after a 500", gaps[0]);
    for chat in [5001, 5002, 5003] {
        assert_eq!(fake.sent_texts(chat).len(), 1, "chat {chat}: answered once, not lost, not twice");
    }
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_in_a_row_back_off_a_little_more_each_time_and_get_me_too() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("poll-backoff");
    // The start asks getMe through the same short wait.
    fake.fail_next("getMe", Fault::ServerError);
    let bot = start(&fake, &db);
    ask(&fake, 5101).await;

    fake.fail_next("getUpdates", Fault::ServerError);
    fake.fail_next("getUpdates", Fault::Api { status: 502, description: "Bad Gateway".into() });
    fake.fail_next("getUpdates", Fault::Api { status: 503, description: "Service Unavailable".into() });
    ask(&fake, 5102).await;
    fake.wait_for(|calls| calls.iter().filter(|c| c.method == "getUpdates" && c.status >= 500).count() == 3, T).await;
    ask(&fake, 5103).await;
    bot.stop().await;

    let me = gaps_after_failures(&fake, "getMe");
    let polls = gaps_after_failures(&fake, "getUpdates");
    println!("getMe again {me:?} after a 500; polls again {polls:?} after 500, 502, 503");
    assert_eq!(me.len(), 1, "{me:?}");
    assert!(me[0] < AT_ONCE, "getMe again {:?} after a 500", me[0]);
    assert_eq!(polls.len(), 3, "{polls:?}");
    assert!(polls[0] < AT_ONCE, "the first poll again {:?} after a 500", polls[0]);
    // 200, 400, 800 ms at least: the waits grow.
    for (gap, least) in polls.iter().zip([200, 400, 800]) {
        assert!(*gap >= Duration::from_millis(least), "{polls:?}");
    }
    for chat in [5101, 5102, 5103] {
        assert_eq!(fake.sent_texts(chat).len(), 1, "chat {chat}: answered once");
    }
    fake.assert_no_violations();
}
