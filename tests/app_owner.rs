//! The owner's commands in the application layer: broadcasts confirmed before they go, /stats on
//! whether the next wave fits, and the unanswered log kept without names.
//! Each test builds the same `App` the adapters use, on a temporary database and a manual clock
//! (tests/support/app.rs), and checks the plain outcomes and what was stored.

mod support;

use january20_bot::app::App;
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{ChatKind, Plan, Store};
use support::TempDb;
use support::app::*;

#[tokio::test]
async fn broadcasts_are_for_owners_and_go_out_once_confirmed() {
    let db = TempDb::new("app-broadcast");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let (owner, stranger) = (person(OWNER, Some(Lang::En), false), person(5, Some(Lang::En), false));
    text(&app, private(5), stranger, "/subscribe").await;
    press(&app, private(5), stranger, "s:all").await;
    assert_eq!(said(&text(&app, private(5), stranger, "/broadcast hi").await), b.text(Lang::En, "owners-only"));
    assert_eq!(
        said(&text(&app, private(OWNER as i64), owner, "/broadcast").await),
        b.text(Lang::En, "broadcast-usage")
    );
    let draft = text(&app, private(OWNER as i64), owner, "/broadcast hello").await;
    let data = button_data(&draft.messages[0]).into_iter().map(String::from).collect::<Vec<_>>();
    assert!(data[0].starts_with("b:y:") && data[1].starts_with("b:n:"));
    let refused = press(&app, private(OWNER as i64), stranger, &data[0]).await;
    assert_eq!(refused.note.as_deref(), Some(b.text(Lang::En, "owners-only").as_str()));
    let queued = press(&app, private(OWNER as i64), owner, &data[0]).await;
    assert_eq!(edited(&queued), b.text_with(Lang::En, "broadcast-queued", &[("count", i18n::n(1))]));
    let again = press(&app, private(OWNER as i64), owner, &data[0]).await;
    assert_eq!(again.note.as_deref(), Some(b.text(Lang::En, "button-expired").as_str()));
    let pending = store.ready(day(), 10).await.unwrap();
    assert_eq!(pending.iter().map(|p| (p.chat_id, p.text.as_deref())).collect::<Vec<_>>(), [(5, Some("hello"))]);
}

/// `/stats` tells the owner, before the day, whether the next wave fits and what a paid
/// broadcast would cost; a wave too big for its window is named, with what to do. A budget of one
/// message a second keeps the audience small: two hours hold 7,200 chats.
#[tokio::test]
async fn stats_show_whether_the_next_wave_fits() {
    use january20_bot::delivery::budget::Limits;
    let db = TempDb::new("app-wave-stats");
    let store = Store::open(db.path()).await.expect("database opens");
    let outbox = Outbox::new(store.clone()).with_limits(Limits::with_per_second(1), false);
    let app = App::new(brain(), outbox, Clock::manual(day()).0, vec![OWNER], None);
    let owner = person(OWNER, Some(Lang::En), false);
    // No chat subscribed: nothing to pay for, so no word of a cost.
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    assert!(!said(&outcome).contains("Telegram Star"), "{}", said(&outcome));
    store.seed_chats(1, 1_000, ChatKind::Private, Plan::All, day()).await.unwrap();
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    let stats = said(&outcome);
    // 1,000 chats at 0.8 a second: 20 min 50 s, ending a minute before 20:00 on the eve.
    assert!(
        stats.contains("Next reminder (19 January 2027, 20:00): 1,000 chats, to be sent 19:38–19:59 Baku time"),
        "{stats}"
    );
    assert!(stats.contains("Every chat will have it on time."), "{stats}");
    assert!(stats.contains("it would cost 100 Telegram Stars."), "{stats}");

    store.seed_chats(10_000, 7_000, ChatKind::Private, Plan::All, day()).await.unwrap();
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    let stats = said(&outcome);
    assert!(stats.contains("holds only 7,200, so 800 will get it late"), "{stats}");
    assert!(stats.contains("--paid-broadcast"), "{stats}");
}

#[tokio::test]
async fn unanswered_questions_are_kept_without_names_and_shown_to_owners() {
    let db = TempDb::new("app-unanswered");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let (owner, user) = (person(OWNER, Some(Lang::En), false), person(8, Some(Lang::En), false));
    for _ in 0..2 {
        text(&app, private(8), user, "What is the weather in Baku tomorrow?").await;
    }
    text(&app, private(8), user, "How many people were killed?").await;
    let kept = store.unanswered(day(), 30, 10).await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!((kept[0].question.as_str(), kept[0].count), ("what is the weather in baku tomorrow", 2));
    assert_eq!(said(&text(&app, private(8), user, "/unanswered").await), b.text(Lang::En, "owners-only"));
    let shown = text(&app, private(OWNER as i64), owner, "/unanswered").await;
    assert!(said(&shown).starts_with(&b.text_with(Lang::En, "unanswered-header", &[("days", i18n::n(30))])));
    assert!(said(&shown).contains("what is the weather in baku tomorrow"));
    // Kept for the days data/facts.toml gives, then forgotten.
    let later = day() + chrono::Duration::days(181);
    store.log_unanswered("another", Lang::En, "out_of_scope", later, 180).await.unwrap();
    assert_eq!(store.unanswered(later, 400, 10).await.unwrap().len(), 1, "the old question is gone");
}

/// The unanswered log is best effort, because an answer matters more than its record. A full disk
/// (here: every insert into the log refused as SQLite refuses one on a full disk) never turns an
/// answer into an apology.
#[tokio::test]
async fn an_unanswered_log_that_cannot_write_never_breaks_the_answer() {
    let db = TempDb::sqlite("app-log-full");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    {
        use sqlx::Connection;
        let mut raw = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.path().display())).await.unwrap();
        sqlx::Executor::execute(
            &mut raw,
            "CREATE TRIGGER disk_full BEFORE INSERT ON unanswered BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END",
        )
        .await
        .unwrap();
        raw.close().await.unwrap();
    }
    let user = person(8, Some(Lang::En), false);
    let outcome = text(&app, private(8), user, "What is the weather in Baku tomorrow?").await;
    assert_eq!(outcome.messages.len(), 1, "{outcome:?}");
    assert_ne!(said(&outcome), b.text(Lang::En, "error-generic"), "an answer, not an apology");
    assert!(!outcome.messages[0].buttons.is_empty(), "the out-of-scope menu: {outcome:?}");
    assert!(store.unanswered(day(), 30, 10).await.unwrap().is_empty());
}

/// People write names and numbers into questions: what looks personal never reaches the unanswered
/// log, and an owner's /unanswered in a group does not post the list there.
#[tokio::test]
async fn the_unanswered_log_masks_what_is_personal_and_is_shown_only_in_private() {
    let db = TempDb::new("app-unanswered-private");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let user = person(8, Some(Lang::En), false);
    let typed = "My name is Rauf Aliyev, I live at 12 Nizami street, write to rauf@mail.az or +994 50 123 45 67";
    text(&app, private(8), user, typed).await;
    let kept = store.unanswered(day(), 30, 10).await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    for personal in ["rauf", "aliyev", "12", "nizami", "mail", "994", "67"] {
        assert!(!kept[0].question.split(' ').any(|w| w == personal), "{personal} kept: {}", kept[0].question);
    }
    let owner = person(OWNER, Some(Lang::En), true);
    let in_group = text(&app, group(-10_077), owner, "/unanswered").await;
    assert_eq!(said(&in_group), b.text(Lang::En, "unanswered-private-only"));
    let in_private = text(&app, private(OWNER as i64), owner, "/unanswered").await;
    assert!(said(&in_private).contains("[name]"), "{}", said(&in_private));
}
