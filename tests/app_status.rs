//! /status and the subscription confirmations in the application layer: the day line on 20 January
//! for every chat, the next reminder the chat will really get, and the night on the chat's clock.
//! Each test builds the same `App` the adapters use, on a temporary database and a manual clock
//! (tests/support/app.rs), and checks the plain outcomes and what was stored.

mod support;

use january20_bot::app::App;
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{Plan, Store};
use support::app::*;
use support::{TempDb, at};

#[tokio::test]
async fn status_tells_the_next_reminder_of_the_plan() {
    let db = TempDb::new("app-status");
    let morning = at("2027-01-20T09:30:00+04:00");
    let (app, _) = app_at(&db, morning).await;
    let b = brain();
    let user = person(3, Some(Lang::En), false);
    let today = "Today is the national day of mourning. The minute of silence will be observed at 12:00 Baku time.";
    let unsubscribed = format!("{today}\n{}", b.text(Lang::En, "status-not-subscribed"));
    assert_eq!(said(&text(&app, private(3), user, "/status").await), unsubscribed, "the day line for every chat");
    text(&app, private(3), user, "/subscribe").await;
    press(&app, private(3), user, "s:all").await;
    let status = text(&app, private(3), user, "/status").await;
    let expected = b.text_with(
        Lang::En,
        "status-subscribed",
        &[
            ("plan", i18n::s("all")),
            ("next_when", i18n::s("today")),
            ("next_date", i18n::s("20 January 2027")),
            ("next_time", i18n::s("12:00")),
            ("days_until", i18n::n(0)),
            ("hours_until", i18n::n(2)),
            ("minutes_until", i18n::n(30)),
        ],
    );
    let quiet = "Between 22:00 and 07:00 Baku time, reminders and announcements arrive without a notification sound.";
    // The next reminder's line gives the silence's hour: the day's line does not say it again.
    let day = "Today is the national day of mourning.";
    assert_eq!(said(&status), format!("{day}\n{expected}\n{quiet}"));
    assert!(expected.contains("today by 12:00"), "{expected}");
    let bye = text(&app, private(3), user, "/unsubscribe").await;
    assert_eq!(said(&bye), b.text(Lang::En, "unsubscribe-done"));
}

/// On the eve, the morning reminder is tomorrow's, not a date.
#[tokio::test]
async fn status_on_the_eve_says_tomorrow() {
    let db = TempDb::new("app-status-eve");
    let (app, _) = app_at(&db, at("2027-01-19T20:05:00+04:00")).await;
    let user = person(3, Some(Lang::Ru), false);
    text(&app, private(3), user, "/subscribe").await;
    press(&app, private(3), user, "s:all").await;
    let status = said(&text(&app, private(3), user, "/status").await).to_string();
    // Tomorrow with its date: in New York, Baku's tomorrow can be the reader's own evening (round 13).
    assert!(status.contains("завтра, 20 января 2027 года, к 08:00"), "{status}");
}

/// /status names the next reminder this chat has not had: one that reached it early in its wave
/// is behind it, one due and still queued for it (late) is on its way, and one that was due
/// before the chat subscribed will not come.
#[tokio::test]
async fn status_names_the_next_reminder_this_chat_has_not_had() {
    let db = TempDb::new("app-status-next");
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, hand) = Clock::manual(at("2027-01-20T09:00:00+04:00"));
    let app = App::new(brain(), Outbox::new(store.clone()), clock, vec![OWNER], None);
    let user = |id: i64| person(id as u64, Some(Lang::En), false);
    let status = async |id: i64| said(&text(&app, private(id), user(id), "/status").await).to_string();
    for id in [41, 42] {
        text(&app, private(id), user(id), "/subscribe").await;
        press(&app, private(id), user(id), "s:all").await;
    }
    // 09:00: the morning reminder was due before they subscribed; the silence is today's next.
    assert!(status(41).await.contains("The next one will arrive today by 12:00 Baku time, within 3 hours."));
    let (start, time, stale) =
        (at("2027-01-20T10:00:00+04:00"), at("2027-01-20T12:00:00+04:00"), at("2027-01-20T12:10:00+04:00"));
    store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], start, stale).await.expect("queued");
    let eleven = at("2027-01-20T11:00:00+04:00");
    hand.set(eleven);
    let first = store.ready(eleven, 10).await.expect("ready").into_iter().find(|p| p.chat_id == 41);
    store.mark_sent(first.expect("a row for chat 41").id, eleven).await.expect("sent");
    assert!(status(41).await.contains("The next one will arrive on 19 January 2028 by 20:00 Baku time"));
    assert!(status(42).await.contains("The next one will arrive today by 12:00 Baku time, within 1 hour."));
    hand.set(time + chrono::Duration::minutes(5));
    let late = brain().text_with(
        Lang::En,
        "status-subscribed",
        &[("plan", i18n::s("all")), ("next_when", i18n::s("late")), ("next_time", i18n::s("12:00"))],
    );
    assert!(status(42).await.contains(&late), "{late}");
    text(&app, private(43), user(43), "/subscribe").await;
    press(&app, private(43), user(43), "s:all").await;
    assert!(status(43).await.contains("19 January 2028"));
}

#[tokio::test]
async fn status_says_when_reminders_come_silently_on_the_chats_clock() {
    let db = TempDb::new("app-status-quiet");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let quiet = |lang, zone: &str, place: &str| {
        let args = [("quiet_from", "22:00"), ("quiet_until", "07:00"), ("zone", zone), ("place", place)];
        b.text_with(lang, "status-quiet", &args.map(|(k, v)| (k, i18n::s(v))))
    };
    let baku = [
        "Bakı vaxtı ilə saat 22:00-dan 07:00-dək xatırlatmalar və elanlar səssiz göndərilir.",
        "Between 22:00 and 07:00 Baku time, reminders and announcements arrive without a notification sound.",
        "С 22:00 до 07:00 по бакинскому времени напоминания и объявления приходят без звука.",
    ];
    let new_york = [
        "Nyu-York vaxtı ilə saat 22:00-dan 07:00-dək xatırlatmalar və elanlar səssiz göndərilir.",
        "Between 22:00 and 07:00 New York time, reminders and announcements arrive without a notification sound.",
        "С 22:00 до 07:00 по местному времени (Нью-Йорк) напоминания и объявления приходят без звука.",
    ];
    for (i, lang) in [Lang::Az, Lang::En, Lang::Ru].into_iter().enumerate() {
        let (chat, user) = (40 + i as i64, person(40 + i as u64, Some(lang), false));
        text(&app, private(chat), user, "/subscribe").await;
        press(&app, private(chat), user, "s:silence").await;
        let status = text(&app, private(chat), user, "/status").await;
        assert!(said(&status).ends_with(&format!("\n{}", baku[i])), "{lang:?}: {}", said(&status));
        assert_eq!(quiet(lang, "baku", ""), baku[i]);
        store.set_timezone(chat, Some("America/New_York")).await.unwrap();
        let status = text(&app, private(chat), user, "/status").await;
        assert!(said(&status).ends_with(&format!("\n{}", new_york[i])), "{lang:?}: {}", said(&status));
        let place = january20_bot::local_time::place(&b, lang, chrono_tz::America::New_York);
        assert_eq!(quiet(lang, "local", &place), new_york[i]);
    }
}

/// On 20 January /status tells every chat what day it is, subscribed or not, in the same words.
#[tokio::test]
async fn status_on_the_day_tells_a_chat_without_reminders_what_day_it_is() {
    let db = TempDb::new("app-status-day");
    let (app, _) = app_at(&db, at("2027-01-20T09:00:00+04:00")).await;
    let status = text(&app, private(46), person(46, Some(Lang::En), false), "/status").await;
    assert_eq!(
        said(&status),
        "Today is the national day of mourning. The minute of silence will be observed at 12:00 Baku time.\n\
         This chat is not subscribed to reminders. Send /subscribe to start."
    );
}

/// The night /status names for a chat abroad is the one the sender keeps: the chat's own, not
/// Baku's. Istanbul is an hour behind Baku: 22:30 there goes silently, and 21:30 there (22:30 in
/// Baku) rings.
#[tokio::test]
async fn the_quiet_night_status_names_is_the_one_the_sender_keeps() {
    let db = TempDb::new("app-status-istanbul");
    let (app, store) = app_at(&db, day()).await;
    let user = person(47, Some(Lang::En), false);
    text(&app, private(47), user, "/subscribe").await;
    press(&app, private(47), user, "s:all").await;
    store.set_timezone(47, Some("Europe/Istanbul")).await.unwrap();
    let status = said(&text(&app, private(47), user, "/status").await).to_string();
    let line =
        "Between 22:00 and 07:00 Istanbul time, reminders and announcements arrive without a notification sound.";
    assert!(status.ends_with(line), "{status}");
    let (quiet, istanbul) = (brain().reminders.wave.quiet, Some(chrono_tz::Europe::Istanbul));
    assert!(quiet.silent(at("2026-06-01T22:30:00+03:00"), istanbul));
    assert!(!quiet.silent(at("2026-06-01T21:30:00+03:00"), istanbul), "22:30 in Baku, 21:30 in Istanbul");
    assert!(quiet.silent(at("2026-06-02T06:59:00+03:00"), istanbul));
    assert!(!quiet.silent(at("2026-06-02T07:00:00+03:00"), istanbul), "08:00 in Baku, 07:00 in Istanbul");
}

/// A chat in Tokyo at 02:00 on 20 January (21:00 on the 19th in Baku): /status and /countdown say
/// "tomorrow" on Baku's calendar, so Baku's date and hour come first; once the dates agree, not.
#[tokio::test]
async fn a_chat_whose_date_is_not_bakus_is_told_bakus_first() {
    let db = TempDb::new("app-status-tokyo");
    let (app, store) = app_at(&db, at("2027-01-19T21:00:00+04:00")).await;
    let user = person(48, Some(Lang::En), false);
    text(&app, private(48), user, "/subscribe").await;
    press(&app, private(48), user, "s:all").await;
    store.set_timezone(48, Some("Asia/Tokyo")).await.unwrap();
    let status = said(&text(&app, private(48), user, "/status").await).to_string();
    assert!(status.starts_with("In Baku it is now 21:00 on 19 January.\nThis chat is subscribed"), "{status}");
    let countdown = said(&text(&app, private(48), user, "/countdown").await).to_string();
    assert!(countdown.starts_with("In Baku it is now 21:00 on 19 January.\nTomorrow, 20 January 2027"), "{countdown}");

    let (app, _) = app_at(&db, at("2027-01-20T09:00:00+04:00")).await;
    let status = said(&text(&app, private(48), user, "/status").await).to_string();
    assert!(!status.contains("In Baku it is now"), "{status}");
}
