//! Webhook mode, health and metrics: the real bot receiving updates on its HTTP listener, checked
//! against the fake Bot API; the secret, redelivered updates, /healthz and /metrics; the
//! `set-webhook` and `delete-webhook` commands.

mod support;

use std::time::Duration;

use january20_bot::clock::Clock;
use january20_bot::health::{Health, Heartbeat};
use january20_bot::serve::{ServeConfig, WebhookConfig};
use january20_bot::store::Store;
use january20_bot::telegram::webhook::Secret;
use serde_json::{Value, json};

use support::page::wait_healthy;
use support::*;

const T: Duration = Duration::from_secs(20);
const SECRET: &str = "test-secret_0123456789";

/// A port nobody listens on now (the bot binds it a moment later).
fn free_addr() -> std::net::SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

fn webhook_config(fake: &FakeBotApi, db: &TempDb) -> ServeConfig {
    let mut config = config(fake, db.path(), Clock::manual(at("2026-12-01T10:00:00Z")).0, Vec::new(), 1000);
    config.listen = Some(free_addr());
    config.webhook = Some(WebhookConfig {
        url: url::Url::parse("https://example.org/tg").unwrap(),
        secret: Secret::new(SECRET).unwrap(),
    });
    config
}

async fn post(base: &str, secret: Option<&str>, update: &Value) -> u16 {
    let mut request = reqwest::Client::new().post(format!("{base}/tg")).json(update);
    if let Some(secret) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    request.send().await.unwrap().status().as_u16()
}

fn update(id: i64, chat: i64, text: &str) -> Value {
    let mut update = private_text(chat, chat, Some("en"), text);
    update["update_id"] = json!(id);
    update
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_updates_need_the_secret_and_a_redelivered_update_is_answered_once() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("webhook");
    let config = webhook_config(&fake, &db);
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;

    let chat = 31_001;
    assert_eq!(post(&base, None, &update(1, chat, "/start")).await, 401, "no secret");
    assert_eq!(post(&base, Some("wrong"), &update(2, chat, "/start")).await, 401, "a wrong secret");
    assert_eq!(post(&base, Some("bad secret!"), &update(3, chat, "/start")).await, 401, "a malformed one");
    assert_eq!(post(&base, Some(SECRET), &update(4, chat, "/start")).await, 200);
    // Telegram redelivers when it did not get an answer in time: same update_id.
    assert_eq!(post(&base, Some(SECRET), &update(4, chat, "/start")).await, 200);
    assert_eq!(post(&base, Some(SECRET), &update(5, chat, "When did it happen?")).await, 200);
    let calls = fake
        .wait_for(
            |calls| calls.iter().filter(|c| c.method == "sendMessage" && c.chat_id() == Some(chat)).count() >= 2,
            T,
        )
        .await;
    // One chat's updates are handled in order: a duplicate of 4 would come before 5's answer.
    let to_chat: Vec<_> = calls.iter().filter(|c| c.method == "sendMessage" && c.chat_id() == Some(chat)).collect();
    assert_eq!(to_chat.len(), 2, "updates 4 (twice) and 5 give two answers, and 1–3 none");
    assert_ne!(to_chat[1].text(), to_chat[0].text(), "the second answer is to update 5, not update 4 again");

    let metrics = reqwest::get(format!("{base}/metrics")).await.unwrap();
    assert_eq!(metrics.status(), 200);
    assert!(metrics.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = metrics.text().await.unwrap();
    for needle in [
        "january20_updates_total{kind=\"message\"}",
        "january20_answers_total{outcome=\"answer\",lang=\"en\"}",
        "january20_sends_total{result=\"ok\"}",
        "january20_outbox_pending",
        "january20_outbox_lag_seconds",
        "january20_subscribers{kind=\"private\"}",
        "january20_replicas_live 1",
        "january20_send_share_per_second",
    ] {
        assert!(text.contains(needle), "/metrics lacks {needle}:\n{text}");
    }
    bot.stop().await;
    let methods: Vec<String> = fake.calls().iter().map(|c| c.method.clone()).collect();
    for never in ["getUpdates", "setWebhook", "deleteWebhook"] {
        assert!(!methods.iter().any(|m| m == never), "webhook mode never calls {never}: {methods:?}");
    }
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_with_listen_serves_health_and_metrics_too() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("polling-listen");
    let mut config = config(&fake, db.path(), Clock::manual(at("2026-12-01T10:00:00Z")).0, Vec::new(), 1000);
    config.listen = Some(free_addr());
    let base = format!("http://{}", config.listen.unwrap());
    let bot = RunningBot::start(config);
    wait_healthy(&base).await;
    let text = reqwest::get(format!("{base}/metrics")).await.unwrap().text().await.unwrap();
    assert!(text.contains("january20_outbox_pending"), "{text}");
    assert_eq!(reqwest::get(format!("{base}/tg")).await.unwrap().status(), 404, "no webhook path when polling");
    bot.stop().await;
}

#[tokio::test]
async fn health_is_503_when_the_database_or_the_scheduler_fails() {
    let db = TempDb::new("health");
    let store = Store::open(db.path()).await.unwrap();
    let (clock, manual) = Clock::manual(at("2026-12-01T10:00:00Z"));
    let heartbeat = Heartbeat::default();
    let health = Health { store: store.clone(), clock, heartbeat: heartbeat.clone() };
    assert!(health.check().await.unwrap_err().contains("not started"));

    // A scheduler that plans to wake at 12:00 is well until a little after.
    let (planned, release) = tokio::sync::oneshot::channel::<()>();
    let scheduler = tokio::spawn(heartbeat.clone().watch(async move {
        january20_bot::health::scheduler_tick(at("2026-12-01T12:00:00Z"));
        let _ = release.await;
    }));
    while health.check().await.is_err() {
        tokio::task::yield_now().await;
    }
    manual.set(at("2026-12-01T12:01:00Z"));
    assert_eq!(health.check().await, Ok(()));
    manual.set(at("2026-12-01T12:03:00Z"));
    assert!(health.check().await.unwrap_err().contains("late"));
    drop(planned);
    scheduler.await.unwrap();
    assert!(health.check().await.unwrap_err().contains("stopped"));

    store.close().await;
    assert!(health.check().await.unwrap_err().contains("database"));
}

fn command(fake: &FakeBotApi, args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
    command.args(args).envs(fake.env_vars()).stdin(std::process::Stdio::null());
    for var in ["JANUARY20_WEBHOOK_URL", "JANUARY20_WEBHOOK_SECRET", "RUST_LOG"] {
        command.env_remove(var);
    }
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_webhook_and_delete_webhook_call_the_bot_api_and_never_print_the_secret() {
    let fake = FakeBotApi::start().await;
    let out = tokio::task::spawn_blocking({
        let mut c = command(&fake, &["set-webhook", "--webhook-url", "https://example.org/tg"]);
        c.env("JANUARY20_WEBHOOK_SECRET", SECRET);
        move || c.output().unwrap()
    })
    .await
    .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{stdout}{stderr}");
    let set = fake.calls().into_iter().find(|c| c.method == "setWebhook").expect("setWebhook called");
    assert_eq!(set.params["url"], json!("https://example.org/tg"));
    assert_eq!(set.params["secret_token"], json!(SECRET));
    assert_ne!(set.params.get("drop_pending_updates"), Some(&json!(true)), "pending updates are kept");

    let out = tokio::task::spawn_blocking({
        let mut c = command(&fake, &["delete-webhook"]);
        move || c.output().unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(fake.calls().iter().any(|c| c.method == "deleteWebhook"));

    // Without a secret, nothing is called and one line says what to do.
    let before = fake.calls().len();
    let out = tokio::task::spawn_blocking({
        let mut c = command(&fake, &["set-webhook", "--webhook-url", "https://example.org/tg"]);
        move || c.output().unwrap()
    })
    .await
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("JANUARY20_WEBHOOK_SECRET"), "{stderr}");
    assert_eq!(fake.calls().len(), before);
    fake.assert_no_violations();
}

#[test]
fn serve_with_a_webhook_but_no_secret_or_no_listen_exits_2_with_one_line() {
    let cases: [(&[&str], Option<&str>, &str); 4] = [
        (&["--webhook-url", "https://example.org/tg", "--listen", "127.0.0.1:0"], None, "JANUARY20_WEBHOOK_SECRET"),
        (&["--webhook-url", "https://example.org/tg", "--listen", "127.0.0.1:0"], Some("no spaces"), "A-Z"),
        (&["--webhook-url", "https://example.org/tg"], Some(SECRET), "--listen"),
        (&["--listen", "nowhere"], None, "--listen"),
    ];
    for (args, secret, needle) in cases {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
        command.arg("serve").args(args).env("TELOXIDE_TOKEN", "1:abc").env_remove("JANUARY20_WEBHOOK_SECRET");
        command.env_remove("JANUARY20_WEBHOOK_URL").env_remove("JANUARY20_LISTEN").current_dir(std::env::temp_dir());
        if let Some(secret) = secret {
            command.env("JANUARY20_WEBHOOK_SECRET", secret);
        }
        let out = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(secret.is_none_or(|s| !stderr.contains(s)), "{stderr}");
    }
}

/// A client that sends half a request (or nothing) and holds its connection
/// must not keep a stopping bot up; the listener stops accepting at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_stops_within_the_deadline_while_clients_hold_requests_half_sent() {
    use tokio::io::AsyncWriteExt;
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("webhook-half-open");
    let config = webhook_config(&fake, &db);
    let addr = config.listen.unwrap();
    let bot = RunningBot::start(config);
    wait_healthy(&format!("http://{addr}")).await;

    let mut half_headers = tokio::net::TcpStream::connect(addr).await.unwrap();
    half_headers.write_all(b"POST /tg HTTP/1.1\r\nHost: bot\r\nContent-Le").await.unwrap();
    let mut half_body = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /tg HTTP/1.1\r\nHost: bot\r\nX-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n\
         Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"update_id\": 7"
    );
    half_body.write_all(head.as_bytes()).await.unwrap();
    let silent = tokio::net::TcpStream::connect(addr).await.unwrap();
    // Let the server take the three connections in before it is asked to stop.
    let _ = reqwest::get(format!("http://{addr}/metrics")).await.unwrap();

    let started = std::time::Instant::now();
    bot.stop().await;
    assert!(started.elapsed() < Duration::from_secs(10), "stopped in {:?}", started.elapsed());
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "the listener no longer accepts");
    drop((half_headers, half_body, silent));
}

/// A Bot API URL that answers every request with a page repeating its path, as a misconfigured
/// proxy or a wrong TELOXIDE_API_URL does; the path holds the token.
async fn echo_path_server() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback(|uri: axum::http::Uri| async move {
        (axum::http::StatusCode::NOT_FOUND, format!("<pre>Cannot POST {}</pre>", uri.path()))
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// The token is the bot itself: it never reaches the output, whatever the Bot API URL answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_is_never_printed_when_the_bot_api_answers_with_a_page_that_repeats_the_path() {
    let addr = echo_path_server().await;
    let token = "123456:SECRETabcdefghijklmnopqrstuvwxyz012";
    let db = TempDb::sqlite("echo-path");
    let commands: [&[&str]; 3] = [
        &["serve", "--db", db.path().to_str().unwrap()],
        &["set-webhook", "--webhook-url", "https://example.org/tg"],
        &["delete-webhook"],
    ];
    for args in commands {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
        command.args(args).env("TELOXIDE_TOKEN", token).env("TELOXIDE_API_URL", format!("http://{addr}/"));
        command.env("JANUARY20_WEBHOOK_SECRET", SECRET).env("RUST_LOG", "trace").stdin(std::process::Stdio::null());
        command.env_remove("JANUARY20_WEBHOOK_URL").env_remove("JANUARY20_LISTEN");
        let out = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!out.status.success(), "{args:?} fails: {stdout}{stderr}");
        assert!(stderr.contains("error"), "{args:?} says why: {stderr}");
        for printed in [&stdout, &stderr] {
            assert!(!printed.contains("SECRETabc"), "{args:?} printed the token:\n{printed}");
        }
    }
}

/// A database that answers but cannot write (a full disk) is not "ok".
#[tokio::test]
async fn health_is_503_when_the_database_cannot_write() {
    let db = TempDb::sqlite("health-full");
    let store = Store::open(db.path()).await.unwrap();
    let (clock, _) = Clock::manual(at("2026-12-01T10:00:00Z"));
    let heartbeat = Heartbeat::default();
    let health = Health { store: store.clone(), clock, heartbeat: heartbeat.clone() };
    let scheduler = tokio::spawn(heartbeat.clone().watch(async {
        january20_bot::health::scheduler_tick(at("2026-12-01T12:00:00Z"));
        std::future::pending::<()>().await
    }));
    while health.check().await.is_err() {
        tokio::task::yield_now().await;
    }
    {
        use sqlx::Connection;
        let mut raw = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.path().display())).await.unwrap();
        for event in ["INSERT", "UPDATE"] {
            let sql = format!(
                "CREATE TRIGGER full_{event} BEFORE {event} ON health_probe BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
            );
            sqlx::Executor::execute(&mut raw, sql.as_str()).await.unwrap();
        }
        raw.close().await.unwrap();
    }
    let problem = health.check().await.unwrap_err();
    assert!(problem.contains("cannot write"), "{problem}");
    scheduler.abort();
    store.close().await;
}

/// Command lines are visible to every user of the machine: no secret is taken on the command line
/// or shown by --help, and a webhook secret short enough to guess is refused at start.
#[test]
fn secrets_never_come_from_flags_nor_show_in_help_and_short_webhook_secrets_are_refused() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
        command.args(args).current_dir(std::env::temp_dir()).stdin(std::process::Stdio::null());
        for var in ["TELOXIDE_TOKEN", "TELOXIDE_TOKEN_FILE", "JANUARY20_WEBHOOK_SECRET", "JANUARY20_WEBHOOK_URL"] {
            command.env_remove(var);
        }
        command.env_remove("JANUARY20_LISTEN").env_remove("JANUARY20_DB").env_remove("DATABASE_URL");
        command.envs(env.iter().copied());
        let out = command.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, _, stderr) = run(&["serve", "--token", "123456:SECRETabcdefghijklmnopqrstuvwxyz012"], &[]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!stderr.contains("SECRETabc"), "{stderr}");
    for command in ["serve", "unanswered"] {
        let env = [
            ("JANUARY20_DB", "postgres://january20:hunter2pass@db:5432/j20"),
            ("TELOXIDE_API_URL", "https://bot:hunter2pass@api.example.org/"),
            ("JANUARY20_OWNERS", "424242"),
        ];
        let (code, stdout, _) = run(&[command, "--help"], &env);
        assert_eq!(code, Some(0));
        assert!(!stdout.contains("hunter2pass") && !stdout.contains("424242"), "{command} --help shows:\n{stdout}");
    }
    let (code, _, stderr) = run(
        &["serve", "--webhook-url", "https://example.org/tg", "--listen", "127.0.0.1:0"],
        &[("TELOXIDE_TOKEN", "1:abc"), ("JANUARY20_WEBHOOK_SECRET", "x")],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("16 to 256"), "{stderr}");
    // The token may come from a file instead of the environment.
    let file = std::env::temp_dir().join(format!("j20-token-{}", std::process::id()));
    std::fs::write(&file, "   \n").unwrap();
    let (code, _, stderr) = run(&["serve"], &[("TELOXIDE_TOKEN_FILE", file.to_str().unwrap())]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("TELOXIDE_TOKEN_FILE") && stderr.contains("empty"), "{stderr}");
    let _ = std::fs::remove_file(file);
}

/// Idle clients cannot use up the listener. Connections over the cap are
/// closed at once, one that sends no complete headers is closed at the header deadline, and the
/// listener serves again as soon as they are gone (on a paused clock: no real waiting).
#[tokio::test(start_paused = true)]
async fn idle_connections_are_capped_and_closed_at_the_header_deadline() {
    use january20_bot::connections::{Limits, serve};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let limits = Limits { connections: 2, headers: Duration::from_secs(10), ..Limits::default() };
    let app = axum::Router::new().route("/ping", axum::routing::get(|| async { "pong" }));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(listener, app, limits, async move {
        let _ = stopped.await;
    }));
    let closed = |mut stream: tokio::net::TcpStream| async move {
        let mut buf = [0u8; 64];
        matches!(stream.read(&mut buf).await, Ok(0) | Err(_))
    };
    let started = tokio::time::Instant::now();
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /ping HTTP/1.1\r\nHo").await.unwrap();
    let silent = tokio::net::TcpStream::connect(addr).await.unwrap();
    let over = tokio::net::TcpStream::connect(addr).await.unwrap();
    assert!(closed(over).await, "the third connection is closed");
    assert!(started.elapsed() < Duration::from_secs(1), "at once, not at a deadline: {:?}", started.elapsed());
    assert!(closed(idle).await && closed(silent).await);
    assert!(started.elapsed() >= Duration::from_secs(10), "at the header deadline: {:?}", started.elapsed());
    let mut fresh = tokio::net::TcpStream::connect(addr).await.unwrap();
    fresh.write_all(b"GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    fresh.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("pong"), "{answer}");
    let _ = stop.send(());
    server.await.unwrap();
}

/// `serve` raises the soft open-file limit to the hard one (1,024 is too few for a public bot).
#[cfg(unix)]
#[test]
fn the_open_file_limit_is_raised_to_the_hard_limit() {
    january20_bot::connections::raise_open_files_limit();
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes only the struct it is given.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) }, 0);
    assert_eq!(limit.rlim_cur, limit.rlim_max);
}

/// On the released binary, because logs are kept and shared: an update teloxide cannot read and a
/// huge body leave no name, no message text and no line over a few KB in the log (at the default
/// level), and SIGTERM stops the process with exit code 0 within 10 s.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_keeps_no_person_and_no_huge_line_and_sigterm_exits_cleanly() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("webhook-log");
    let listen = free_addr();
    let mut command = command(&fake, &["serve", "--webhook-url", "https://example.org/tg"]);
    command.args(["--listen", &listen.to_string(), "--db", db.path().to_str().unwrap()]);
    command.env("JANUARY20_WEBHOOK_SECRET", SECRET).stderr(std::process::Stdio::piped());
    let child = command.spawn().unwrap();
    let pid = child.id() as i32;
    let base = format!("http://{listen}");
    wait_healthy(&base).await;

    let mut unreadable = update(41, 41_001, "I am Rauf Aliyev, Nizami street 12");
    unreadable["message"]["from"]["id"] = json!("Rauf Aliyev");
    assert_eq!(post(&base, Some(SECRET), &unreadable).await, 200);
    let huge = format!("{{\"update_id\": 42, \"junk\": \"{}\"", "Rauf Aliyev ".repeat(160_000));
    let status = reqwest::Client::new()
        .post(format!("{base}/tg"))
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .body(huge)
        .send()
        .await
        .unwrap()
        .status();
    assert!(status.is_success() || status.is_client_error(), "{status}");
    assert_eq!(post(&base, Some(SECRET), &update(43, 41_002, "/start")).await, 200);
    fake.wait_for(|calls| calls.iter().any(|c| c.chat_id() == Some(41_002)), T).await;

    // SAFETY: signalling the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let started = std::time::Instant::now();
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    for personal in ["Rauf", "Aliyev", "Nizami"] {
        assert!(!stderr.contains(personal), "{personal} in the log:\n{}", &stderr[..stderr.len().min(3000)]);
    }
    let longest = stderr.lines().map(str::len).max().unwrap_or(0);
    assert!(longest <= 4200, "a line of {longest} bytes");
    assert!(stderr.contains("cannot read"), "the unreadable update is noted: {stderr}");
}

/// Long polling: teloxide-core keeps an update it cannot read whole, and
/// its dispatcher logged it at ERROR (names, text); the log has its id alone.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_logs_an_unreadable_update_by_its_id_alone() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::sqlite("polling-log");
    let mut command = command(&fake, &["serve", "--db", db.path().to_str().unwrap()]);
    command.stderr(std::process::Stdio::piped());
    let child = command.spawn().unwrap();
    let pid = child.id() as i32;
    let mut unreadable = update(51, 51_001, "I am Rauf Aliyev, Nizami street 12");
    unreadable["message"]["from"]["id"] = json!("Rauf Aliyev");
    fake.push_raw_update(unreadable);
    fake.push_update(update(52, 51_002, "/start"));
    fake.wait_for(|calls| calls.iter().any(|c| c.chat_id() == Some(51_002)), T).await;
    // SAFETY: signalling the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("Rauf") && !stderr.contains("Nizami"), "{stderr}");
    assert!(stderr.contains("cannot read") && stderr.contains("update_id=51"), "{stderr}");
}
