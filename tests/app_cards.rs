//! The card and the candles in the application layer: the card with the 12:00 reminder promised
//! only where a reminder will carry it, the candle button, and candles counted per anniversary.
//! Each test builds the same `App` the adapters use, on a temporary database and a manual clock
//! (tests/support/app.rs), and checks the plain outcomes and what was stored.

mod support;

use january20_bot::app::App;
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::Store;
use support::app::*;
use support::{TempDb, at};

/// The card with the 12:00 reminder, asked for by a chat that has no reminder to carry it: the
/// bot says what it will do once the chat subscribes, never "done"; /card in such a chat offers the
/// way to subscribe instead of an on/off switch for a reminder it does not get.
#[tokio::test]
async fn the_card_with_the_reminder_is_promised_only_to_a_subscribed_chat() {
    let db = TempDb::new("app-card-reminder");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    let user = person(12, Some(Lang::Az), false);
    let unsubscribed_text =
        |card: &str| b.text_with(Lang::Az, "card-reminder-set-unsubscribed", &[("card", january20_bot::i18n::s(card))]);
    let unsubscribed = press(&app, private(12), user, "k:1").await;
    assert_eq!(said(&unsubscribed), unsubscribed_text("on"));
    text(&app, private(12), user, "/subscribe").await;
    // The card was asked for: the confirmation says it comes with the reminder.
    let done = press(&app, private(12), user, "s:silence").await;
    let confirmed = |plan: &str| {
        let done = b.text_with(Lang::Az, "subscribe-done", &[("plan", january20_bot::i18n::s(plan))]);
        format!("{done}\n{}", b.text(Lang::Az, "subscribe-done-card"))
    };
    assert_eq!(edited(&done), confirmed("silence"));
    let card = text(&app, private(12), user, "/card").await;
    assert!(button_data(&card.messages[0]).contains(&"k:0"), "{card:?}");
    let subscribed = press(&app, private(12), user, "k:1").await;
    assert_eq!(said(&subscribed), b.text(Lang::Az, "card-reminder-set-on"));
    // After /unsubscribe: no switch, but the way to subscribe; a switch pressed from before says
    // what will come once the chat subscribes again.
    text(&app, private(12), user, "/unsubscribe").await;
    let card = text(&app, private(12), user, "/card").await;
    let data = button_data(&card.messages[0]);
    assert!(data.contains(&"s:?") && !data.iter().any(|d| d.starts_with("k:")), "{data:?}");
    assert_eq!(said(&press(&app, private(12), user, "k:0").await), unsubscribed_text("off"));
    let plans = press(&app, private(12), user, "s:?").await;
    assert!(button_data(&plans.messages[0]).contains(&"s:silence"), "{plans:?}");
    assert_eq!(edited(&press(&app, private(12), user, "s:all").await), confirmed("all"));
    let card = text(&app, private(12), user, "/card").await;
    assert!(button_data(&card.messages[0]).contains(&"k:0"), "the card was asked for: {card:?}");
}

/// `/candle` in a private chat lights the one person's candle and offers no button that could only
/// say so again; in a group the button stays for the others.
#[tokio::test]
async fn the_candle_button_follows_only_where_someone_else_can_press_it() {
    let db = TempDb::new("app-candle-button");
    let (app, _) = app_at(&db, day()).await;
    let alone = text(&app, private(60), person(60, Some(Lang::En), false), "/candle").await;
    assert!(alone.messages[0].buttons.is_empty(), "{alone:?}");
    let together = text(&app, group(-61), person(61, Some(Lang::En), false), "/candle").await;
    assert_eq!(button_data(&together.messages[0]).len(), 1, "{together:?}");
}

/// A candle counts for the coming anniversary: one lit on 25 November 2026 is for the 37th, on
/// 20 January 2027 (the day itself included), and the day after a new count begins for the 38th.
#[tokio::test]
async fn a_candle_counts_from_anniversary_to_anniversary() {
    let db = TempDb::new("app-candle-year");
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, hand) = Clock::manual(at("2026-11-25T12:00:00+04:00"));
    let app = App::new(brain(), Outbox::new(store), clock, vec![OWNER], None);
    let user = person(70, Some(Lang::En), false);
    let words = |key: &str, n: i64, anniversary: i64| {
        let count = if key == "candle-lit" { "others" } else { "count" };
        brain().text_with(Lang::En, key, &[(count, i18n::n(n)), ("anniversary", i18n::n(anniversary))])
    };
    assert_eq!(app.candle_anniversary(), (2027, 37));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-lit", 0, 37));
    hand.set(at("2027-01-20T23:59:00+04:00"));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-already", 1, 37));
    hand.set(at("2027-01-21T00:00:00+04:00"));
    assert_eq!(app.candle_anniversary(), (2028, 38));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-lit", 0, 38));
    assert!(words("candle-lit", 0, 38).contains("38th anniversary"));
}

/// /card's "subscribe" button in a chat that never asked for the card: the plans, then a
/// confirmation that says the card comes with the 12:00 reminder; a plain /subscribe says nothing
/// of a card.
#[tokio::test]
async fn subscribing_from_the_card_says_the_card_comes_with_the_reminder() {
    let db = TempDb::new("app-card-subscribe");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    for lang in Lang::ALL {
        let (id, plain) = (60 + lang as i64, 70 + lang as i64);
        let user = person(id as u64, Some(lang), false);
        let card = text(&app, private(id), user, "/card").await;
        assert!(button_data(&card.messages[0]).contains(&"s:?"), "{card:?}");
        press(&app, private(id), user, "s:?").await;
        let done = press(&app, private(id), user, "s:all").await;
        let subscribed = b.text_with(lang, "subscribe-done", &[("plan", january20_bot::i18n::s("all"))]);
        assert_eq!(edited(&done), format!("{subscribed}\n{}", b.text(lang, "subscribe-done-card")));
        let user = person(plain as u64, Some(lang), false);
        text(&app, private(plain), user, "/subscribe").await;
        assert_eq!(edited(&press(&app, private(plain), user, "s:all").await), subscribed);
    }
}
