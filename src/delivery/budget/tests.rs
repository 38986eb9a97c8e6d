//! The budget's bookkeeping, at made-up instants.

use super::*;

#[test]
fn a_chat_limit_holds_back_only_that_chat() {
    let budget = Budget::new(Limits::default(), &Clock::System);
    let mut state = State::default();
    let start = Instant::now();
    let at = |slot: u64| start + Duration::from_millis(34 * slot);
    for slot in 0..3 {
        assert!(budget.try_take(&mut state, 7, Priority::Reply, at(slot)).is_none());
    }
    assert!(matches!(budget.try_take(&mut state, 7, Priority::Reply, at(3)), Some(Wait::Until(t)) if t > at(3)));
    assert!(budget.try_take(&mut state, 8, Priority::Reply, at(3)).is_none());
    // A group: one a second.
    assert!(budget.try_take(&mut state, -5, Priority::Reply, at(4)).is_none());
    assert!(budget.try_take(&mut state, -5, Priority::Reply, at(5)).is_some());
}

#[test]
fn a_group_takes_twenty_a_minute() {
    let budget = Budget::new(Limits::default(), &Clock::System);
    let mut state = State::default();
    let start = Instant::now();
    let mut sent = 0;
    for ms in (0..60_000).step_by(100) {
        let now = start + Duration::from_millis(ms);
        if budget.try_take(&mut state, -9, Priority::Reply, now).is_none() {
            sent += 1;
        }
    }
    assert_eq!(sent, 20);
}

#[test]
fn the_overall_limit_holds_and_waves_yield_to_waiting_replies() {
    let budget = Budget::new(Limits::default(), &Clock::System);
    let mut state = State::default();
    let now = Instant::now();
    // Evenly spaced: one slot every 1/30 s, and never more than 30 in a second.
    let mut taken = 0;
    for ms in 0..1000 {
        if budget.try_take(&mut state, 200 + ms, Priority::Reply, now + Duration::from_millis(ms as u64)).is_none() {
            taken += 1;
        }
    }
    assert!((28..=30).contains(&taken), "{taken} in the first second");
    let later = now + Duration::from_millis(1100);
    state.replies_waiting = 1;
    assert!(matches!(budget.try_take(&mut state, 600, Priority::Wave, later), Some(Wait::ForReplies)));
    // Paid waves have their own window.
    assert!(budget.try_take(&mut state, 601, Priority::PaidWave, later).is_none());
    state.replies_waiting = 0;
    assert!(budget.try_take(&mut state, 600, Priority::Wave, later).is_none());
}

/// A request the network held back may reach Telegram just before the next second's first one:
/// the next second starts after the held one's answer, not after its start.
#[tokio::test(start_paused = true)]
async fn a_send_counts_from_its_answer() {
    let budget = Budget::new(Limits::with_per_second(1), &Clock::System);
    let first = budget.acquire(1, Priority::Wave).await;
    tokio::time::advance(Duration::from_millis(700)).await;
    drop(first);
    let answered = Instant::now();
    drop(budget.acquire(2, Priority::Wave).await);
    assert!(Instant::now() >= answered + Duration::from_secs(1), "the second waited for the first's answer");
}
