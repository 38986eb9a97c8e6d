//! Sharing and taking part, end to end against the fake Bot API: the memorial card
//! (drawn, uploaded once, then sent by its file id), candles (one a person a year, the live
//! count), inline mode, time zones, and what goes with the minute-of-silence reminder. The clock
//! is injected; nothing waits for wall time.

mod support;

use std::sync::OnceLock;
use std::time::Duration;

use january20_bot::answer::Brain;
use january20_bot::card::{CardText, Renderer, SIZE, missing_glyphs};
use january20_bot::clock::Clock;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{ChatKind, Lit, Plan, Store};
use january20_bot::telegram::format::escape;
use serde_json::Value;
use support::*;

const T: Duration = WAIT_TIMEOUT;

fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| Brain::embedded().expect("embedded data loads"))
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let be = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

/// Pixels of the card's text band (below the candle) that are not the background.
fn drawn_pixels(png: &[u8]) -> usize {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).expect("decodes");
    let width = pixmap.width() as usize;
    pixmap.pixels().iter().enumerate().filter(|(i, p)| i / width > 540 && p.red() > 150 && p.green() > 150).count()
}

#[test]
fn cards_are_square_pngs_with_every_letter_drawn() {
    let renderer = Renderer::new();
    let now = at("2027-01-20T12:00:00+04:00");
    let blank = CardText { date: String::new(), years: String::new(), line: String::new(), footer: String::new() };
    let empty = drawn_pixels(&renderer.png(&blank).unwrap());
    for lang in Lang::ALL {
        let text = CardText::new(brain(), lang, now);
        assert!(missing_glyphs(&text.all()).is_empty(), "{lang:?}: {:?}", missing_glyphs(&text.all()));
        let expected_years = brain().text_with(lang, "card-years", &[("years_passed", i18n::n(37))]);
        assert_eq!(text.years, expected_years, "37 years on 20 January 2027");
        let png = renderer.png(&text).unwrap();
        assert_eq!(png_size(&png), (SIZE, SIZE));
        assert!(png.len() < 1_000_000, "{} bytes", png.len());
        // Text was drawn: thousands of light pixels where the blank card has none.
        let drawn = drawn_pixels(&png);
        assert!(drawn > empty + 5_000, "{lang:?}: {drawn} light pixels, blank has {empty}");
    }
    // The day before the anniversary it is still 36 years.
    let eve = CardText::new(brain(), Lang::En, at("2027-01-19T23:59:00+04:00"));
    assert_eq!(eve.years, brain().text_with(Lang::En, "card-years", &[("years_passed", i18n::n(36))]));
}

#[tokio::test]
async fn candles_count_each_person_once_a_year() {
    let db = TempDb::new("candles-store");
    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.light_candle(2027, 7).await.unwrap(), Lit::New { count: 1 });
    assert_eq!(store.light_candle(2027, 7).await.unwrap(), Lit::Already { count: 1 });
    assert_eq!(store.light_candle(2027, 8).await.unwrap(), Lit::New { count: 2 });
    assert_eq!(store.light_candle(2028, 7).await.unwrap(), Lit::New { count: 1 });
    assert_eq!(store.candles_by_year(5).await.unwrap(), [(2028, 1), (2027, 2)]);
    store.close().await;
    // No user id is stored: only keyed hashes (read from the file itself; the same statements
    // write the PostgreSQL table).
    if db.is_postgres() {
        return;
    }
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT who FROM candles").fetch_all(&sqlite(db.path()).await).await.unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|who| who.len() == 64 && who.chars().all(|c| c.is_ascii_hexdigit())));
    assert_eq!(rows.iter().collect::<std::collections::HashSet<_>>().len(), 3, "years are not linkable");
}

async fn sqlite(path: &std::path::Path) -> sqlx::SqlitePool {
    sqlx::SqlitePool::connect(&format!("sqlite:{}", path.display())).await.unwrap()
}

fn start(fake: &FakeBotApi, db: &TempDb, now: &str) -> RunningBot {
    let (clock, _manual) = Clock::manual(at(now));
    RunningBot::start(config(fake, db.path(), clock, vec![], 1000))
}

#[tokio::test]
async fn card_is_uploaded_once_then_sent_by_file_id() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("card-upload");
    let bot = start(&fake, &db, "2027-01-20T09:00:00+04:00");
    fake.push_update(private_text(501, 501, Some("az"), "/card"));
    let calls = fake.wait_for_calls("sendPhoto", 1, T).await;
    let first = &calls[0];
    assert!(first.is_ok(), "{:?}", first.params);
    assert_eq!(first.str_param("photo"), Some("<uploaded file january20-az.png>"));
    let caption = first.str_param("caption").unwrap();
    assert!(caption.starts_with(&escape(&brain().text(Lang::Az, "card-caption"))), "{caption}");
    assert!(caption.contains(&escape(&brain().text_with(
        Lang::Az,
        "candle-count",
        &[("count", i18n::n(0)), ("anniversary", i18n::n(37))]
    ))));
    let uploads = fake.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(png_size(&uploads[0].2), (SIZE, SIZE));
    // The candle button and, in a chat without reminders, the way to subscribe for the card with
    // the 12:00 reminder (a subscribed chat gets the on/off switch: tests/app_cards.rs).
    let data: Vec<String> = first.callback_data();
    assert_eq!(data, ["c", "s:?"]);

    fake.push_update(private_text(502, 502, Some("az"), "/card"));
    let calls = fake.wait_for_calls("sendPhoto", 2, T).await;
    assert_eq!(calls[1].str_param("photo"), Some("fake-file-id"), "the second card goes by file id");
    assert_eq!(fake.uploads().len(), 1, "uploaded once");
    bot.stop().await;
    fake.assert_no_violations();
}

/// The notes shown on the pressed candle buttons, in order.
fn notes(fake: &FakeBotApi) -> Vec<String> {
    fake.calls_to("answerCallbackQuery").iter().filter_map(|c| c.str_param("text").map(str::to_owned)).collect()
}

#[tokio::test]
async fn candle_button_and_command_count_each_person_once() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("candle-press");
    let bot = start(&fake, &db, "2027-01-20T12:05:00+04:00");
    fake.push_update(private_text(601, 601, Some("en"), "/candle"));
    let texts = fake.wait_for_sent_texts(601, 1, T).await;
    assert_eq!(
        texts[0],
        brain().text_with(Lang::En, "candle-lit", &[("others", i18n::n(0)), ("anniversary", i18n::n(37))])
    );
    // The fake numbers messages from 1: the reply is message 1.
    let message_id = 1;
    // Others press the button under it: each is counted once, whatever they press.
    for (user, lang) in [(602, "ru"), (603, "az"), (602, "ru")] {
        fake.push_update(callback_query(601, user, message_id, "c", Some(lang)));
    }
    let calls = fake.wait_for_calls("answerCallbackQuery", 3, T).await;
    assert_eq!(calls.len(), 3);
    assert_eq!(
        notes(&fake),
        [
            brain().text_with(Lang::Ru, "candle-lit", &[("others", i18n::n(1)), ("anniversary", i18n::n(37))]),
            brain().text_with(Lang::Az, "candle-lit", &[("others", i18n::n(2)), ("anniversary", i18n::n(37))]),
            brain().text_with(Lang::Ru, "candle-already", &[("count", i18n::n(3)), ("anniversary", i18n::n(37))]),
        ]
    );
    // A shared inline result has no chat: the candle still works there.
    fake.push_update(inline_callback_query(604, "inline-1", "c", Some("en")));
    fake.wait_for_calls("answerCallbackQuery", 4, T).await;
    assert_eq!(
        notes(&fake)[3],
        brain().text_with(Lang::En, "candle-lit", &[("others", i18n::n(3)), ("anniversary", i18n::n(37))])
    );
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test]
async fn inline_mode_offers_shareable_answers() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("inline");
    let bot = start(&fake, &db, "2027-01-10T10:00:00+04:00");
    fake.push_update(inline_query(701, Some("az"), ""));
    fake.push_update(inline_query(702, Some("en"), "сколько человек погибло"));
    let calls = fake.wait_for_calls("answerInlineQuery", 2, T).await;
    let ids = |call: &Call| -> Vec<String> {
        call.params["results"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect()
    };
    let empty = calls.iter().find(|c| ids(c).contains(&"overview-az".to_string())).expect("the empty query");
    assert_eq!(ids(empty), ["overview-az", "countdown-az", "silence-az", "candle-az"]);
    assert_eq!(empty.params["is_personal"], Value::Bool(false));
    assert_eq!(empty.params["cache_time"], 60);
    let typed = calls.iter().find(|c| c.params["results"][0]["id"] == "casualties-ru").expect("understood in Russian");
    let message = typed.params["results"][0]["input_message_content"]["message_text"].as_str().unwrap();
    assert!(message.starts_with("<b>"), "{message}");
    // The answer carries its sources, as in a chat.
    assert!(message.contains("Источники: News.az (2026); Милли Меджлис (1994)"), "{message}");
    assert_eq!(typed.params["results"][0]["input_message_content"]["parse_mode"], "HTML");
    let candle = empty.params["results"][3].clone();
    assert_eq!(candle["reply_markup"]["inline_keyboard"][0][0]["callback_data"], "c");
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test]
async fn time_zone_buttons_add_local_times() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("timezone");
    let bot = start(&fake, &db, "2027-01-19T10:00:00+04:00");
    fake.push_update(private_text(801, 801, Some("en"), "/timezone"));
    let sent = fake.wait_for_calls("sendMessage", 1, T).await;
    let data = sent[0].callback_data();
    assert_eq!(
        data,
        [
            "z:Europe/Istanbul",
            "z:Europe/Moscow",
            "z:Asia/Tbilisi",
            "z:Europe/Berlin",
            "z:Europe/London",
            "z:America/New_York",
            "z:-"
        ]
    );
    fake.push_update(callback_query(801, 801, 1, "z:Europe/Berlin", Some("en")));
    let edits = fake.wait_for_calls("editMessageText", 1, T).await;
    let set = brain().text_with(Lang::En, "timezone-set", &[("place", i18n::s("Berlin"))]);
    assert_eq!(edits[0].text(), Some(escape(&set).as_str()));
    fake.push_update(private_text(801, 801, Some("en"), "/countdown"));
    let texts = fake.wait_for_sent_texts(801, 2, T).await;
    // The local time stands above the "Sources:" line that closes the answer.
    assert!(texts[1].contains("12:00 in Baku — 09:00 in Berlin\n\n"), "{}", texts[1]);
    // A typed city in another language, and New York the day before nothing changes in Baku.
    fake.push_update(private_text(801, 801, Some("en"), "/timezone Нью-Йорк"));
    let texts = fake.wait_for_sent_texts(801, 3, T).await;
    assert_eq!(texts[2], brain().text_with(Lang::En, "timezone-set", &[("place", i18n::s("New York"))]));
    fake.push_update(private_text(801, 801, Some("en"), "/timezone Asia/Tokyo"));
    let texts = fake.wait_for_sent_texts(801, 4, T).await;
    assert_eq!(texts[3], brain().text_with(Lang::En, "timezone-set", &[("place", i18n::s("Tokyo"))]));
    // Without a choice nothing changes.
    fake.push_update(private_text(802, 802, Some("en"), "/countdown"));
    let texts = fake.wait_for_sent_texts(802, 1, T).await;
    assert!(!texts[0].contains(" in Baku — "), "{}", texts[0]);
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test]
async fn the_silence_reminder_carries_the_candle_the_card_and_local_time() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("silence-extras");
    let store = Store::open(db.path()).await.unwrap();
    let then = at("2027-01-01T10:00:00+04:00");
    for (chat, lang) in [(901, Lang::En), (902, Lang::Ru)] {
        store.upsert_chat(chat, ChatKind::Private, None, then).await.unwrap();
        store.set_chat_lang(chat, lang, then).await.unwrap();
        store.subscribe(chat, Plan::Silence, then).await.unwrap();
    }
    store.set_timezone(901, Some("Europe/London")).await.unwrap();
    store.set_card_reminder(902, true).await.unwrap();
    store.close().await;
    let bot = start(&fake, &db, "2027-01-20T12:00:00+04:00");
    let calls = fake
        .wait_for(
            |calls| calls.iter().any(|c| c.method == "sendPhoto") && calls.iter().any(|c| c.chat_id() == Some(901)),
            T,
        )
        .await;
    let occurrence = brain().reminders.occurrences(2027).into_iter().find(|o| o.reminder == "silence").unwrap();
    let text = calls.iter().find(|c| c.method == "sendMessage" && c.chat_id() == Some(901)).unwrap();
    let words = brain().reminder_text(&occurrence, Lang::En);
    assert_eq!(text.text().unwrap(), format!("{words}\n\n12:00 in Baku — 08:00 in London"));
    assert_eq!(text.callback_data(), ["c"]);
    let photo = calls.iter().find(|c| c.method == "sendPhoto").unwrap();
    assert_eq!(photo.chat_id(), Some(902));
    assert_eq!(photo.str_param("caption"), Some(brain().reminder_text(&occurrence, Lang::Ru).as_str()));
    assert_eq!(photo.callback_data(), ["c"]);
    assert_eq!(photo.str_param("photo"), Some("<uploaded file january20-ru.png>"));
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test]
async fn stats_show_the_candles_of_each_year() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("candle-stats");
    let (clock, _manual) = Clock::manual(at("2027-01-20T12:05:00+04:00"));
    let bot = RunningBot::start(config(&fake, db.path(), clock, vec![42], 1000));
    fake.push_update(private_text(42, 42, Some("en"), "/candle"));
    fake.wait_for_sent_texts(42, 1, T).await;
    fake.push_update(private_text(42, 42, Some("en"), "/stats"));
    let texts = fake.wait_for_sent_texts(42, 2, T).await;
    let line = brain().text_with(
        Lang::En,
        "stats-candles",
        &[("year", i18n::n(2027)), ("count", i18n::n(1)), ("anniversary", i18n::n(37))],
    );
    assert!(texts[1].ends_with(&line), "{}", texts[1]);
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test]
async fn in_a_group_only_administrators_set_the_time_zone_and_status_shows_it() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("timezone-group");
    let bot = start(&fake, &db, "2027-01-19T10:00:00+04:00");
    let (group, admin, member) = (-3001, 31, 32);
    fake.set_chat(group, "supergroup", "Community in Berlin");
    fake.set_member_status(group, admin, "administrator");
    fake.push_update(group_text(group, member, "/timezone Berlin", "supergroup"));
    let texts = fake.wait_for_sent_texts(group, 1, T).await;
    assert_eq!(texts[0], brain().text(Lang::En, "admins-only"));
    fake.push_update(group_text(group, admin, "/timezone Berlin", "supergroup"));
    fake.push_update(group_text(group, admin, "/subscribe", "supergroup"));
    fake.wait_for_sent_texts(group, 3, T).await;
    // The plan button, pressed by the administrator; then /status shows both times.
    let subscribe = fake.calls_to("sendMessage").into_iter().filter(|c| c.chat_id() == Some(group)).nth(2).unwrap();
    assert_eq!(subscribe.callback_data(), ["s:all", "s:silence"]);
    let message_id = fake.calls_to("sendMessage").iter().filter(|c| c.chat_id() == Some(group)).count() as i64;
    fake.push_update(callback_query(group, admin, message_id, "s:all", None));
    fake.wait_for_calls("editMessageText", 1, T).await;
    fake.push_update(group_text(group, member, "/status", "supergroup"));
    let texts = fake.wait_for_sent_texts(group, 4, T).await;
    // Then when reminders come silently, on the group's clock.
    let quiet = "Between 22:00 and 07:00 Berlin time, reminders and announcements arrive without a notification sound.";
    assert!(texts[3].ends_with(&format!("20:00 in Baku — 17:00 in Berlin\n{quiet}")), "{}", texts[3]);
    bot.stop().await;
    fake.assert_no_violations();
}

/// The candle key lives outside the database (a 0600 file beside it), so the
/// database alone cannot tell who lit a candle; an old database's key moves out of it unchanged.
#[tokio::test]
async fn the_candle_key_is_kept_beside_the_database_not_in_it() {
    let db = TempDb::sqlite("candles-key");
    let key_file = std::path::PathBuf::from(format!("{}.candle-key", db.path().display()));
    let _ = std::fs::remove_file(&key_file);
    // A database of the old kind: its key in the table, one candle lit with it.
    let store = Store::open(db.path()).await.unwrap();
    let old_key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    {
        use sha2::Digest;
        let who: String =
            sha2::Sha256::digest(format!("{old_key}:2027:7")).iter().map(|b| format!("{b:02x}")).collect();
        let pool = sqlite(db.path()).await;
        sqlx::query("INSERT INTO candle_key (id, secret) VALUES (1, $1)").bind(old_key).execute(&pool).await.unwrap();
        sqlx::query("INSERT INTO candles (year, who) VALUES (2027, $1)").bind(who).execute(&pool).await.unwrap();
        pool.close().await;
    }
    assert_eq!(store.light_candle(2027, 7).await.unwrap(), Lit::Already { count: 1 }, "the same key, moved");
    assert_eq!(store.light_candle(2027, 8).await.unwrap(), Lit::New { count: 2 });
    store.close().await;

    let pool = sqlite(db.path()).await;
    let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM candle_key").fetch_one(&pool).await.unwrap();
    assert_eq!(keys, 0, "no key left in the database");
    pool.close().await;
    assert_eq!(std::fs::read_to_string(&key_file).unwrap().trim(), old_key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // A fresh database gets a fresh key, in its own file, at once.
    let fresh = TempDb::sqlite("candles-fresh-key");
    let fresh_key = std::path::PathBuf::from(format!("{}.candle-key", fresh.path().display()));
    let _ = std::fs::remove_file(&fresh_key);
    let store = Store::open(fresh.path()).await.unwrap();
    store.prepare_candle_key().await.unwrap();
    let key = std::fs::read_to_string(&fresh_key).unwrap();
    assert!(key.trim().len() >= 64 && key.trim() != old_key, "{key}");
    store.light_candle(2027, 7).await.unwrap();
    store.close().await;
    let bytes = std::fs::read(fresh.path()).unwrap();
    assert!(!bytes.windows(key.trim().len()).any(|w| w == key.trim().as_bytes()), "the key is not in the file");
    for file in [key_file, fresh_key] {
        let _ = std::fs::remove_file(file);
    }
}
