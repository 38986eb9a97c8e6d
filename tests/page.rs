//! The memorial page: the real bot's listener serving /app in three languages, the
//! candle API that trusts only Telegram's launch data and shares its count with /candle, the limit
//! per address under a flood while the bot keeps answering, the buttons and menu button of
//! `--app-url`; and the page driven in headless Chromium (countdown, figures, candle, dark theme,
//! phone-sized screenshots, no request to another host).

mod support;

use std::time::Duration;

use january20_bot::answer::Brain;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{ChatKind, Plan};
use january20_bot::web::init_data::Verifier;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use support::page::{launch_data, page_config, page_config_at, wait_healthy};
use support::*;

const T: Duration = Duration::from_secs(20);

fn brain() -> &'static Brain {
    static BRAIN: std::sync::OnceLock<Brain> = std::sync::OnceLock::new();
    BRAIN.get_or_init(|| Brain::embedded().expect("embedded data loads"))
}

async fn light(base: &str, authorization: Option<String>) -> (u16, Value) {
    let mut request = reqwest::Client::new().post(format!("{base}/app/candle?lang=en"));
    if let Some(value) = authorization {
        request = request.header("Authorization", value);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_in_three_languages_from_the_bots_own_listener() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("page");
    let config = page_config(&fake, &db, None);
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;
    for lang in Lang::ALL {
        let response = reqwest::get(format!("{base}/app?lang={}", lang.code())).await.unwrap();
        assert_eq!(response.status(), 200);
        let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
        let html = response.text().await.unwrap();
        let brain = brain();
        for needle in [
            brain.text(lang, "app-title"),
            // The sources named under the timeline and figures, as under the bot's answers.
            "News.az (2026)".to_string(),
            brain.text(lang, "app-figure-killed-value"),
            brain.text_with(lang, "candle-count", &[("count", i18n::n(0)), ("anniversary", i18n::n(37))]),
        ] {
            assert!(html.contains(&january20_bot::web::page::escape(&needle)), "{lang:?} lacks {needle}");
        }
        // Only our own files are loaded (relative addresses); the one outside address is the share
        // link, which is followed only when pressed.
        assert!(
            !html.contains("src=\"http") && !html.contains("src=\"//"),
            "{lang:?}: a script or image from elsewhere"
        );
        let outside: Vec<&str> = html.match_indices("href=\"http").map(|(i, _)| &html[i..i + 40]).collect();
        assert!(outside.iter().all(|h| h.starts_with("href=\"https://t.me/share/url?")), "{outside:?}");
        let css = reqwest::get(format!("{base}/app/app.css")).await.unwrap().text().await.unwrap();
        let js = reqwest::get(format!("{base}/app/app.js")).await.unwrap().text().await.unwrap();
        let size = html.len() + css.len() + js.len();
        assert!(size < 100 * 1024, "{lang:?}: the page is {size} bytes without the card");
    }
    let card = reqwest::get(format!("{base}/app/card.png?lang=az")).await.unwrap();
    assert_eq!(card.headers()["content-type"], "image/png");
    assert!(card.bytes().await.unwrap().starts_with(b"\x89PNG"));
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_candle_trusts_only_telegram_and_counts_with_the_candle_command() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("page-candle");
    let config = page_config(&fake, &db, None);
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;

    // Nothing but Telegram's signature on fresh launch data lights a candle.
    let valid = launch_data(&fake, 501, chrono::Duration::minutes(5));
    let forged = Verifier::new("1:another-bot").sign(&[("user", r#"{"id":501}"#), ("auth_date", "1796119200")]);
    let stale = launch_data(&fake, 501, chrono::Duration::hours(25));
    for (auth, why) in [
        (None, "no header"),
        (Some("Bearer x".to_string()), "another scheme"),
        (Some(format!("tma {forged}")), "another bot's signature"),
        (Some(format!("tma {}", valid.replace("501", "502"))), "a changed user"),
        (Some(format!("tma {stale}")), "older than a day"),
    ] {
        assert_eq!(light(&base, auth).await.0, 401, "{why}");
    }
    let store = january20_bot::store::Store::open(db.path()).await.unwrap();
    assert_eq!(store.candles(2026).await.unwrap(), 0, "a refused candle changes nothing");

    let (status, answer) = light(&base, Some(format!("tma {valid}"))).await;
    assert_eq!((status, answer["lit"].clone(), answer["count"].clone()), (200, json!(true), json!(1)));
    let (_, again) = light(&base, Some(format!("tma {valid}"))).await;
    assert_eq!((again["lit"].clone(), again["count"].clone()), (json!(false), json!(1)));
    assert_eq!(
        again["text"],
        brain().text_with(Lang::En, "candle-already", &[("count", i18n::n(1)), ("anniversary", i18n::n(37))])
    );

    // The same person's /candle finds their candle lit; another's adds one the page then shows.
    fake.push_update(private_text(501, 501, Some("en"), "/candle"));
    let texts = fake.wait_for_sent_texts(501, 1, T).await;
    assert_eq!(
        texts[0],
        brain().text_with(Lang::En, "candle-already", &[("count", i18n::n(1)), ("anniversary", i18n::n(37))])
    );
    fake.push_update(private_text(503, 503, Some("en"), "/candle"));
    fake.wait_for_sent_texts(503, 1, T).await;
    // The page reads the count again within a second (it keeps it that long under load).
    let two = brain().text_with(Lang::En, "candle-count", &[("count", i18n::n(2)), ("anniversary", i18n::n(37))]);
    let mut shown = false;
    for _ in 0..100 {
        let html = reqwest::get(format!("{base}/app?lang=en")).await.unwrap().text().await.unwrap();
        if html.contains(&two) {
            shown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(shown, "the page shows the candle lit with /candle");
    // Without --app-url nothing else changes: no menu button, no page button under /start.
    fake.push_update(private_text(504, 504, Some("en"), "/start"));
    let start = fake.wait_for(|c| c.iter().any(|c| c.method == "sendMessage" && c.chat_id() == Some(504)), T).await;
    let start = start.iter().find(|c| c.method == "sendMessage" && c.chat_id() == Some(504)).unwrap();
    assert!(start.params.get("reply_markup").is_none(), "{:?}", start.params);
    assert!(fake.calls_to("setChatMenuButton").is_empty());
    store.close().await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}", db.path().display())).await.unwrap();
    let hashes: Vec<String> = sqlx::query_scalar("SELECT who FROM candles").fetch_all(&pool).await.unwrap();
    assert_eq!(hashes.len(), 2);
    // Neither the id nor its plain (unkeyed) hash is stored. (Looking for "501" inside the hex
    // failed about one run in thirty: a random hash holds any three digits that often.)
    let plain = |id: u64| -> String { Sha256::digest(id.to_string()).iter().map(|b| format!("{b:02x}")).collect() };
    let keyed =
        |h: &String| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) && ![501, 503].map(plain).contains(h);
    assert!(hashes.iter().all(keyed), "a keyed hash, no user id: {hashes:?}");
    bot.stop().await;
    fake.assert_no_violations();
}

/// The buttons of a sent message's inline keyboard, row by row.
fn keyboard(call: &support::Call) -> Vec<Value> {
    call.params.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array).cloned().unwrap_or_default()
}

fn sent_to(calls: &[support::Call], chat: i64, method: &str) -> Option<support::Call> {
    calls.iter().find(|c| c.method == method && c.chat_id() == Some(chat)).cloned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_an_app_url_the_menu_and_the_buttons_open_the_page() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("page-buttons");
    let store = january20_bot::store::Store::open(db.path()).await.unwrap();
    let then = at("2027-01-01T10:00:00+04:00");
    for (chat, kind) in [(931, ChatKind::Private), (-932, ChatKind::Supergroup)] {
        store.upsert_chat(chat, kind, None, then).await.unwrap();
        store.set_chat_lang(chat, Lang::Ru, then).await.unwrap();
        store.subscribe(chat, Plan::Silence, then).await.unwrap();
    }
    store.close().await;
    let page = "https://example.org/j20/app";
    let config = page_config_at(&fake, &db, Some(page), "2027-01-20T12:00:00+04:00");
    let bot = RunningBot::start(config);
    let link = |lang: &str| json!(format!("https://t.me/{BOT_USERNAME}?startapp={lang}"));
    let web_app = |lang: &str| json!({ "url": format!("{page}?lang={lang}") });

    let menu = fake.wait_for_calls("setChatMenuButton", 1, T).await;
    let button = &menu[0].params["menu_button"];
    assert_eq!((&button["type"], &button["web_app"]["url"]), (&json!("web_app"), &json!(page)));
    assert_eq!(button["text"], brain().text(Lang::En, "app-menu-button"));

    // The 12:00 reminder: the candle, then the page (inside Telegram in a private chat, by the
    // bot's link in a group).
    let calls = fake
        .wait_for(|c| sent_to(c, 931, "sendMessage").is_some() && sent_to(c, -932, "sendMessage").is_some(), T)
        .await;
    let private = keyboard(&sent_to(&calls, 931, "sendMessage").unwrap());
    assert_eq!(private[0][0]["callback_data"], "c");
    assert_eq!(
        (&private[1][0]["web_app"], &private[1][0]["text"]),
        (&web_app("ru"), &json!(brain().text(Lang::Ru, "app-open-button")))
    );
    let group = keyboard(&sent_to(&calls, -932, "sendMessage").unwrap());
    assert_eq!(group[1][0]["url"], link("ru"));

    // /start and /card in a private chat, /start in a group, and inline results.
    fake.push_update(private_text(933, 933, Some("az"), "/start"));
    fake.push_update(private_text(934, 934, Some("en"), "/card"));
    fake.push_update(group_text(-935, 935, "/start", "supergroup"));
    fake.push_update(inline_query(936, Some("en"), ""));
    let calls = fake
        .wait_for(
            |c| {
                sent_to(c, 933, "sendMessage").is_some()
                    && sent_to(c, 934, "sendPhoto").is_some()
                    && sent_to(c, -935, "sendMessage").is_some()
                    && c.iter().any(|c| c.method == "answerInlineQuery")
            },
            T,
        )
        .await;
    assert_eq!(keyboard(&sent_to(&calls, 933, "sendMessage").unwrap())[0][0]["web_app"], web_app("az"));
    let card = keyboard(&sent_to(&calls, 934, "sendPhoto").unwrap());
    assert_eq!(card.last().unwrap()[0]["web_app"], web_app("en"), "{card:?}");
    let group_start = keyboard(&sent_to(&calls, -935, "sendMessage").unwrap());
    assert!(group_start[0][0]["url"].as_str().unwrap().starts_with(&format!("https://t.me/{BOT_USERNAME}?startapp=")));
    let inline = calls.iter().find(|c| c.method == "answerInlineQuery").unwrap();
    for result in inline.params["results"].as_array().unwrap() {
        let rows = result["reply_markup"]["inline_keyboard"].as_array().unwrap();
        assert_eq!(rows.last().unwrap()[0]["url"], link("en"), "{result}");
    }
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_from_one_address_is_limited_and_the_bot_keeps_answering() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("page-flood");
    let config = page_config(&fake, &db, None);
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;
    // 500 requests from 127.0.0.1, 50 at a time, while a person asks the bot something.
    let client = reqwest::Client::new();
    let flood = tokio::spawn(async move {
        let mut statuses = Vec::new();
        for _ in 0..10 {
            let wave: Vec<_> = (0..50).map(|_| client.get(format!("{base}/app?lang=ru")).send()).collect();
            for answer in futures_join(wave).await {
                statuses.push(answer.map(|r| r.status().as_u16()).unwrap_or(0));
            }
        }
        statuses
    });
    fake.push_update(private_text(505, 505, Some("en"), "When did it happen?"));
    let texts = fake.wait_for_sent_texts(505, 1, T).await;
    assert!(!texts[0].is_empty());
    let statuses = flood.await.unwrap();
    assert_eq!(statuses.len(), 500);
    assert!(statuses.iter().all(|s| *s == 200 || *s == 429), "every request answered: {statuses:?}");
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert!(limited >= 300, "the limit per address holds: {limited} of 500 refused");
    assert!(statuses.iter().filter(|s| **s == 200).count() >= 60, "the burst is served");
    bot.stop().await;
    fake.assert_no_violations();
}

/// Waits for every request of a wave, in order.
async fn futures_join<F>(wave: Vec<F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let tasks: Vec<_> = wave.into_iter().map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(tasks.len());
    for task in tasks {
        out.push(task.await.expect("a request task"));
    }
    out
}
