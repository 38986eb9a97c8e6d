//! The bot with its HTTP listener for the memorial page's tests (tests/page.rs, tests/browser.rs):
//! a config on a free loopback port at a fixed instant, a wait for it to be up, and launch data
//! signed as Telegram signs it.

use std::time::Duration;

use january20_bot::clock::Clock;
use january20_bot::serve::ServeConfig;
use january20_bot::web::init_data::Verifier;
use serde_json::json;

use super::{FakeBotApi, TempDb, at, config};

/// The bot's clock in these tests: 1 December 2026, 14:00 in Baku.
pub const NOW: &str = "2026-12-01T10:00:00Z";

pub fn page_config(fake: &FakeBotApi, db: &TempDb, app_url: Option<&str>) -> ServeConfig {
    page_config_at(fake, db, app_url, NOW)
}

pub fn page_config_at(fake: &FakeBotApi, db: &TempDb, app_url: Option<&str>, now: &str) -> ServeConfig {
    let mut config = config(fake, db.path(), Clock::manual(at(now)).0, Vec::new(), 1000);
    config.listen = Some(std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap());
    config.app_url = app_url.map(|u| url::Url::parse(u).unwrap());
    config
}

/// Waits until the listener answers /healthz with 200 (the bot is up and its scheduler ran).
pub async fn wait_healthy(base: &str) {
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
pub fn launch_data(fake: &FakeBotApi, user: u64, age: chrono::Duration) -> String {
    let auth = (at(NOW) - age).timestamp().to_string();
    let user = json!({ "id": user, "first_name": "Test", "language_code": "en" }).to_string();
    Verifier::new(&fake.token()).sign(&[("query_id", "AAF-test"), ("user", &user), ("auth_date", &auth)])
}
