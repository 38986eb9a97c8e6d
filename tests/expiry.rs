//! A reminder whose words have stopped being true is never sent: the eve's "Tomorrow, 20 January"
//! after midnight. Through the fake Bot API, with the clock injected.

mod support;

use january20_bot::clock::Clock;
use january20_bot::store::{Plan, Store};
use support::*;

/// Three private chats subscribed to every reminder.
const CHATS: [i64; 3] = [5101, 5102, 5103];

/// The bot comes back at 23:59:50 on the 19th: the eve reminder is due and queued for every chat.
/// At one message a second, the first goes out; the others are claimed and wait for their slots
/// while midnight passes. They are recorded as stale (not sent, not failed, not pending), and a
/// restart after midnight sends nothing. The budget's seconds are real ones (support: a clock moved
/// by hand leaves the limits in real time): the test waits until the rows are settled, no longer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_eve_reminder_is_not_sent_after_midnight() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("expiry-eve");
    let store = Store::open(db.path()).await.unwrap();
    store.seed_subscribers(CHATS[0], CHATS.len() as i64, Plan::All, at("2026-12-01T10:00:00Z")).await.unwrap();
    store.close().await;

    let (clock, manual) = Clock::manual(at("2027-01-19T23:59:50+04:00"));
    let bot = RunningBot::start(config(&fake, db.path(), clock, vec![], 1));
    let sent = || CHATS.iter().map(|&chat| fake.sent_texts(chat).len()).sum::<usize>();
    fake.wait_for(
        |calls| calls.iter().any(|c| c.method == "sendMessage" && CHATS.contains(&c.chat_id().unwrap_or(0))),
        WAIT_TIMEOUT,
    )
    .await;
    manual.set(at("2027-01-20T00:00:10+04:00"));
    // The others get their slots in the budget's real seconds (one a second), after midnight:
    // the test waits for every row to be settled (pending is polled, as `wait_for` polls the
    // fake), not for a fixed time, and then nothing can go out any more.
    let store = Store::open(db.path()).await.unwrap();
    let settled = async || {
        let deadline = std::time::Instant::now() + WAIT_TIMEOUT;
        loop {
            let counts = store.delivery("2027-eve").await.unwrap();
            if counts.pending == 0 || std::time::Instant::now() > deadline {
                return counts;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    };
    let counts = settled().await;
    bot.stop().await;
    assert_eq!(sent(), 1, "only the reminder sent before midnight: none went out after it");
    assert_eq!((counts.sent, counts.stale, counts.failed, counts.pending), (1, 2, 0, 0), "{counts:?}");

    // Back after midnight: the eve is past, and nothing goes out twice.
    let bot = RunningBot::start(config(&fake, db.path(), Clock::manual(at("2027-01-20T00:05:00+04:00")).0, vec![], 1));
    fake.push_update(private_text(9502, 9502, Some("en"), "How many people were injured?"));
    fake.wait_for_sent_texts(9502, 1, WAIT_TIMEOUT).await;
    bot.stop().await;
    assert_eq!(sent(), 1);
    let counts = store.delivery("2027-eve").await.unwrap();
    assert_eq!((counts.sent, counts.stale, counts.pending), (1, 2, 0), "{counts:?}");
    store.close().await;
    fake.assert_no_violations();
}
