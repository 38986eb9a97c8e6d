//! The memorial page in headless Chromium, driven through Debian's chromedriver in each
//! language, switched as a reader switches it: the live countdown and the reader's own time, the
//! figures, the dark theme of the launch parameters, a candle pressed twice (the new count, then
//! no second candle), no request to another host, and a phone-sized screenshot of each language
//! (into docs/screenshots with JANUARY20_SCREENSHOTS=1). Skipped with a message only where neither
//! Chromium nor its driver is installed and JANUARY20_REQUIRE_BROWSER is unset.

mod support;

use january20_bot::answer::Brain;
use january20_bot::i18n::{self, Lang};
use serde_json::json;

use support::page::{launch_data, page_config, wait_healthy};
use support::webdriver::{Driver, Session, browser_available};
use support::*;

fn brain() -> &'static Brain {
    static BRAIN: std::sync::OnceLock<Brain> = std::sync::OnceLock::new();
    BRAIN.get_or_init(|| Brain::embedded().expect("embedded data loads"))
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
async fn check_page(browser: &Session, lang: Lang, i: usize) {
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
        brain.text_with(lang, "candle-lit", &[("others", i18n::n(0)), ("anniversary", i18n::n(37))])
    } else {
        brain.text_with(lang, "candle-already", &[("count", i18n::n(1)), ("anniversary", i18n::n(37))])
    };
    let text = |t: &str| format!("return document.getElementById('candle-text').textContent === {}", js_string(t));
    browser.wait_for(&text(&first), "the candle's answer").await;
    browser.wait_for(&count(1), "the new count").await;
    browser.click("#candle-button").await;
    let already = brain.text_with(lang, "candle-already", &[("count", i18n::n(1)), ("anniversary", i18n::n(37))]);
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
