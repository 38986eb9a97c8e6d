//! The memorial page (issue 25): the real bot's listener serving /app in three languages, the
//! candle API that trusts only Telegram's launch data and shares its count with /candle, the limit
//! per address under a flood while the bot keeps answering, the buttons and menu button of
//! `--app-url`; and the page driven in headless Chromium (countdown, figures, candle, dark theme,
//! phone-sized screenshots, no request to another host).

mod support;

use std::time::Duration;

use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::i18n::{self, Lang};
use january20_bot::serve::ServeConfig;
use january20_bot::store::{ChatKind, Plan};
use january20_bot::web::init_data::Verifier;
use serde_json::{Value, json};

use support::webdriver::{Driver, browser_available};
use support::*;

const T: Duration = Duration::from_secs(20);
const NOW: &str = "2026-12-01T10:00:00Z";

fn brain() -> &'static Brain {
    static BRAIN: std::sync::OnceLock<Brain> = std::sync::OnceLock::new();
    BRAIN.get_or_init(|| Brain::embedded().expect("embedded data loads"))
}

fn page_config(fake: &FakeBotApi, db: &TempDb, app_url: Option<&str>) -> ServeConfig {
    page_config_at(fake, db, app_url, NOW)
}

fn page_config_at(fake: &FakeBotApi, db: &TempDb, app_url: Option<&str>, now: &str) -> ServeConfig {
    let mut config = config(fake, db.path(), Clock::manual(at(now)).0, Vec::new(), 1000);
    config.listen = Some(std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap());
    config.app_url = app_url.map(|u| url::Url::parse(u).unwrap());
    config
}

async fn wait_healthy(base: &str) {
    let client = reqwest::Client::new();
    for _ in 0..400 {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await
            && r.status() == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{base}/healthz never answered 200");
}

/// Launch data as Telegram signs it for the test bot's token, `age` before the bot's clock.
fn launch_data(fake: &FakeBotApi, user: u64, age: chrono::Duration) -> String {
    let auth = (at(NOW) - age).timestamp().to_string();
    let user = json!({ "id": user, "first_name": "Test", "language_code": "en" }).to_string();
    Verifier::new(&fake.token()).sign(&[("query_id", "AAF-test"), ("user", &user), ("auth_date", &auth)])
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
async fn the_page_in_three_languages_and_the_candle_trusting_only_telegram() {
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
            brain.text(lang, "inline-source"),
            brain.text(lang, "app-figure-killed-value"),
            brain.text_with(lang, "candle-count", &[("count", i18n::n(0))]),
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
    assert_eq!(again["text"], brain().text_with(Lang::En, "candle-already", &[("count", i18n::n(1))]));

    // The same person's /candle finds their candle lit; another's adds one the page then shows.
    fake.push_update(private_text(501, 501, Some("en"), "/candle"));
    let texts = fake.wait_for_sent_texts(501, 1, T).await;
    assert_eq!(texts[0], brain().text_with(Lang::En, "candle-already", &[("count", i18n::n(1))]));
    fake.push_update(private_text(503, 503, Some("en"), "/candle"));
    fake.wait_for_sent_texts(503, 1, T).await;
    // The page reads the count again within a second (it keeps it that long under load).
    let two = brain().text_with(Lang::En, "candle-count", &[("count", i18n::n(2))]);
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
    assert!(hashes.iter().all(|h| h.len() == 64 && !h.contains("501")), "a keyed hash, no user id: {hashes:?}");
    bot.stop().await;
    fake.assert_no_violations();
}

/// Telegram's dark theme, as a client passes it in the launch parameters.
const DARK: &str = r##"{"bg_color":"#212121","text_color":"#ffffff","hint_color":"#aaaaaa","link_color":"#8cc2fa","button_color":"#8b1e1e","button_text_color":"#ffffff","secondary_bg_color":"#181818","section_bg_color":"#2b2b2b","accent_text_color":"#d9b26f"}"##;

/// The URL fragment Telegram opens a Mini App with.
fn fragment(launch: &str) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .append_pair("tgWebAppData", launch)
        .append_pair("tgWebAppVersion", "8.0")
        .append_pair("tgWebAppPlatform", "tdesktop")
        .append_pair("tgWebAppThemeParams", DARK)
        .finish()
}

/// Where the screenshots go: docs/screenshots with JANUARY20_SCREENSHOTS=1 (for the README),
/// else the test's scratch folder.
fn screenshot_dir() -> std::path::PathBuf {
    if std::env::var_os("JANUARY20_SCREENSHOTS").is_some() {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots")
    } else {
        std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
    }
}

fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_in_a_real_browser() {
    if !browser_available() {
        return;
    }
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("page-browser");
    let config = page_config(&fake, &db, None);
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;
    // One browser for the three languages; its time zone is Berlin's, for the local-time line.
    let driver = Driver::start("Europe/Berlin").await;
    let browser = driver.session(390, 844).await;
    // The same person's launch data in every language: the page keeps it across the switch.
    let launch = launch_data(&fake, 701, chrono::Duration::minutes(1));
    browser.goto(&format!("{base}/app?lang=az#{}", fragment(&launch))).await;
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        if i > 0 {
            // The language switch, as a reader uses it.
            browser.click(&format!(".langs a[hreflang={}]", lang.code())).await;
        }
        let code = lang.code();
        browser
            .wait_for(
                &format!("return document.documentElement.lang === '{code}' && document.readyState === 'complete'"),
                code,
            )
            .await;
        check_page(&browser, lang, i).await;
        browser.run("window.scrollTo(0, 0)").await;
        let png = browser.screenshot().await;
        assert!(png.starts_with(b"\x89PNG"));
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("app-{code}.png")), png).unwrap();
    }
    browser.close().await;
    drop(driver);
    bot.stop().await;
    fake.assert_no_violations();
}

/// One language's page: countdown, figures, dark theme, the candle pressed twice, no outside
/// request.
async fn check_page(browser: &support::webdriver::Session, lang: Lang, i: usize) {
    let brain = brain();
    // 1 December, 14:00 in Baku: 49 days and 22 hours to the silence of 20 January 2027.
    browser.wait_for("return !document.getElementById('clock').hidden", "the live countdown").await;
    let clock = browser
        .run("return Array.from(document.querySelectorAll('#clock .unit')).map(u => u.innerText.trim().replace(/\\s+/g, ' '))")
        .await;
    let unit = |message: &str, var: &'static str, n: i64| brain.text_with(lang, message, &[(var, i18n::n(n))]);
    let expected = [
        unit("app-unit-days", "days_until", 49),
        unit("app-unit-hours", "hours_until", 22),
        unit("app-unit-minutes", "minutes_until", 0),
    ];
    let shown: Vec<String> = clock.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(shown, expected, "{lang:?}");
    let local = browser.run("return document.getElementById('local-time').textContent").await;
    let berlin = brain.text_with(
        lang,
        "local-time",
        &[
            ("baku_time", i18n::s("12:00")),
            ("local_time", i18n::s("09:00")),
            ("place", i18n::s("Berlin")),
            ("day", i18n::s("same")),
        ],
    );
    assert_eq!(local, json!(berlin), "{lang:?}");
    let figures =
        browser.run("return Array.from(document.querySelectorAll('#figures strong')).map(s => s.textContent)").await;
    assert_eq!(figures[0], brain.text(lang, "app-figure-killed-value"), "{lang:?}");
    assert!(figures.as_array().unwrap().len() >= 10);
    let background = browser.run("return getComputedStyle(document.body).backgroundColor").await;
    assert_eq!(background, "rgb(33, 33, 33)", "{lang:?}: the dark theme of the launch parameters");

    // The first press in a language lights this reader's candle only the first time.
    let count = |n: i64| format!("return document.getElementById('candle-count').textContent === '{n}'");
    browser.wait_for("return !document.getElementById('candle-button').disabled", "the candle button enabled").await;
    browser.click("#candle-button").await;
    let first = if i == 0 {
        brain.text_with(lang, "candle-lit", &[("others", i18n::n(0))])
    } else {
        brain.text_with(lang, "candle-already", &[("count", i18n::n(1))])
    };
    let text = |t: &str| format!("return document.getElementById('candle-text').textContent === {}", js_string(t));
    browser.wait_for(&text(&first), "the candle's answer").await;
    browser.wait_for(&count(1), "the new count").await;
    browser.click("#candle-button").await;
    let already = brain.text_with(lang, "candle-already", &[("count", i18n::n(1))]);
    browser
        .wait_for(
            &format!("{} && !document.getElementById('candle-button').disabled", text(&already)),
            "the second press",
        )
        .await;
    browser.wait_for(&count(1), "the same count after a second press").await;

    let outside = browser
        .run("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin + '/'))")
        .await;
    assert_eq!(outside, json!([]), "{lang:?}: requests to another host");
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
