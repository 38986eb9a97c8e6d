//! A small WebDriver client (W3C protocol over reqwest) and Debian's chromedriver started on a free
//! loopback port with headless Chromium: enough to load a page, run a script, click, and take a
//! screenshot. Nothing is downloaded; the browser is told to reach no host but 127.0.0.1.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::{Value, json};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Whether the browser tests must run: CI sets `JANUARY20_REQUIRE_BROWSER`; elsewhere they are
/// skipped (with a line saying so) only where neither Chromium nor its driver is installed.
pub fn browser_available() -> bool {
    let installed = Path::new(CHROMIUM).exists() || Path::new(CHROMEDRIVER).exists();
    if !installed && std::env::var_os("JANUARY20_REQUIRE_BROWSER").is_none() {
        eprintln!(
            "SKIPPED: the browser tests need Debian's chromium and chromium-driver \
             (apt-get install -y chromium chromium-driver); .ci/run installs them and sets JANUARY20_REQUIRE_BROWSER=1"
        );
        return false;
    }
    true
}

/// chromedriver, running until dropped.
pub struct Driver {
    child: Child,
    base: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    /// Starts chromedriver on a free loopback port, in the time zone `tz` (the browser's), and
    /// waits until it is ready.
    pub async fn start(tz: &str) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .env("TZ", tz)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {CHROMEDRIVER}: {e}"));
        let driver = Driver { child, base: format!("http://127.0.0.1:{port}") };
        let client = reqwest::Client::new();
        for _ in 0..200 {
            if let Ok(r) = client.get(format!("{}/status", driver.base)).send().await
                && let Ok(status) = r.json::<Value>().await
                && status["value"]["ready"] == true
            {
                return driver;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("chromedriver did not become ready");
    }

    /// A headless Chromium session with a phone-sized window (CSS pixels).
    pub async fn session(&self, width: u32, height: u32) -> Session {
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            format!("--window-size={width},{height}"),
            "--force-device-scale-factor=1".into(),
            "--hide-scrollbars".into(),
            // Nothing but loopback: no updates, no safe browsing, no sign-in, no other host.
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--disable-default-apps".into(),
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication".into(),
            "--proxy-server=http://127.0.0.1:9".into(),
        ];
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": args,
                // A phone's screen: headless windows are never narrower than 500 pixels.
                "mobileEmulation": { "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 } },
            },
        }}});
        let client = reqwest::Client::new();
        let answer: Value = client
            .post(format!("{}/session", self.base))
            .json(&capabilities)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = answer["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {answer}")).to_string();
        Session { client, url: format!("{}/session/{id}", self.base) }
    }
}

/// One browser session.
pub struct Session {
    client: reqwest::Client,
    url: String,
}

impl Session {
    async fn call(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let request = self.client.request(method, format!("{}{path}", self.url));
        let request = if body.is_null() { request } else { request.json(&body) };
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        if answer["value"].get("error").is_some() {
            panic!("WebDriver {path}: {}", answer["value"]);
        }
        answer["value"].clone()
    }

    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", json!({ "url": url })).await;
    }

    /// Runs `script` (a function body; `arguments` as WebDriver gives them) and returns its value.
    pub async fn run(&self, script: &str) -> Value {
        self.call(reqwest::Method::POST, "/execute/sync", json!({ "script": script, "args": [] })).await
    }

    /// Waits until `script` returns true (the page is live: its own scripts and fetches run).
    pub async fn wait_for(&self, script: &str, what: &str) {
        for _ in 0..400 {
            if self.run(script).await == true {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the page never showed {what}");
    }

    pub async fn click(&self, css: &str) {
        let element =
            self.call(reqwest::Method::POST, "/element", json!({ "using": "css selector", "value": css })).await;
        let id = element.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).expect("an element id");
        self.call(reqwest::Method::POST, &format!("/element/{id}/click"), json!({})).await;
    }

    /// The visible part of the page as PNG bytes.
    pub async fn screenshot(&self) -> Vec<u8> {
        let encoded = self.call(reqwest::Method::GET, "/screenshot", Value::Null).await;
        base64::engine::general_purpose::STANDARD.decode(encoded.as_str().expect("base64")).expect("a PNG")
    }

    pub async fn close(self) {
        let _ = self.client.delete(&self.url).send().await;
    }
}
