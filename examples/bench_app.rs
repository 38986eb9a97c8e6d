//! Benchmark: the memorial page served over HTTP on 127.0.0.1 through the bot's own listener code
//! (`connections::serve`, the page's router and caches, SQLite for the candles), one request at a
//! time on one keep-alive connection: p50, p95 and p99 of `GET /app` (the three languages in turn),
//! of the script and of `POST /app/candle` with valid launch data; the page's size; then 500
//! requests in one second from one address against the default limit per address; and the
//! rendering alone, as a request pays it when the page of the minute is not cached yet.
//! Run: `cargo run --release --example bench_app [REQUESTS]`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use january20_bot::answer::Brain;
use january20_bot::app::App;
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::Lang;
use january20_bot::store::Store;
use january20_bot::web::{self, init_data::Verifier, limit::Rate};

const TOKEN: &str = "123456:bench-token";

async fn listen(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let limits = january20_bot::connections::Limits::default();
    tokio::spawn(january20_bot::connections::serve(listener, router, limits, std::future::pending()));
    format!("http://{addr}")
}

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1e3;
    println!(
        "{what}: p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms over {} requests",
        at(0.5),
        at(0.95),
        at(0.99),
        times.len()
    );
}

async fn timed(requests: usize, mut send: impl AsyncFnMut(usize) -> u16) -> Vec<Duration> {
    let mut times = Vec::with_capacity(requests);
    for i in 0..requests {
        let t = Instant::now();
        assert_eq!(send(i).await, 200);
        times.push(t.elapsed());
    }
    times
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let requests: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3000);
    let db = std::env::temp_dir().join(format!("j20-bench-app-{}.db", std::process::id()));
    let store = Store::open(&db).await.unwrap();
    store.prepare_candle_key().await.unwrap();
    let brain = Arc::new(Brain::embedded().unwrap());
    let app = App::new(brain, Outbox::new(store.clone()), Clock::System, Vec::new(), Some("bench_bot".into()));
    let page = web::Web::new(app, TOKEN, "bench_bot").unwrap();
    let open = listen(web::router_with(page.clone(), Rate { burst: 1e9, per_second: 1e9 })).await;
    let client = reqwest::Client::new();

    for lang in Lang::ALL {
        let html = client.get(format!("{open}/app?lang={}", lang.code())).send().await.unwrap().bytes().await.unwrap();
        let css = web::assets::STYLE.len();
        let js = web::assets::SCRIPT.len();
        println!(
            "{}: page {} + style {css} + script {js} = {} bytes (without the card)",
            lang.code(),
            html.len(),
            html.len() + css + js
        );
    }
    let page_times = timed(requests, async |i| {
        let lang = Lang::ALL[i % 3].code();
        let r = client.get(format!("{open}/app?lang={lang}")).send().await.unwrap();
        let status = r.status().as_u16();
        r.bytes().await.unwrap();
        status
    })
    .await;
    report("GET /app", page_times);
    let script_times = timed(requests, async |_| {
        let r = client.get(format!("{open}/app/app.js")).send().await.unwrap();
        let status = r.status().as_u16();
        r.bytes().await.unwrap();
        status
    })
    .await;
    report("GET /app/app.js", script_times);
    let verifier = Verifier::new(TOKEN);
    let auth = chrono::Utc::now().timestamp().to_string();
    let candle_times = timed(requests.min(1000), async |i| {
        let user = format!(r#"{{"id":{}}}"#, 1000 + i);
        let launch = verifier.sign(&[("user", &user), ("auth_date", &auth)]);
        let r = client.post(format!("{open}/app/candle")).header("Authorization", format!("tma {launch}")).send().await;
        let r = r.unwrap();
        let status = r.status().as_u16();
        r.bytes().await.unwrap();
        status
    })
    .await;
    report("POST /app/candle (a new candle each)", candle_times);

    render_uncached(requests);
    flood(&listen(web::router(page)).await).await;
    store.close().await;
    let _ = std::fs::remove_file(&db);
}

/// What a request costs when the page is not cached (the first of a minute, or of a new count):
/// the rendering alone, three languages in turn.
fn render_uncached(rounds: usize) {
    let brain = Brain::embedded().unwrap();
    let memorial = web::memorial::Memorial::embedded(&brain).unwrap();
    let now = chrono::Utc::now();
    let times = (0..rounds)
        .map(|i| {
            let input = web::page::PageInput {
                brain: &brain,
                memorial: &memorial,
                lang: Lang::ALL[i % 3],
                // A new minute each time: nothing of the brain's minute cache helps either.
                now: now + chrono::Duration::minutes(i as i64),
                candles: i as i64,
                bot: Some("bench_bot"),
                version: "v",
            };
            let t = Instant::now();
            std::hint::black_box(web::page::render(&input));
            t.elapsed()
        })
        .collect();
    report("rendering the page uncached", times);
}

/// 500 requests in one second from one address, 2 ms apart, against the default limit.
async fn flood(base: &str) {
    let client = reqwest::Client::new();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..500u32 {
        tokio::time::sleep_until(tokio::time::Instant::from_std(start + Duration::from_millis(2 * u64::from(i)))).await;
        let (client, url) = (client.clone(), format!("{base}/app?lang=az"));
        tasks.push(tokio::spawn(async move {
            let t = Instant::now();
            let r = client.get(url).send().await.unwrap();
            let status = r.status().as_u16();
            r.bytes().await.unwrap();
            (status, t.elapsed())
        }));
    }
    let mut answered = Vec::new();
    for task in tasks {
        answered.push(task.await.unwrap());
    }
    let limited = answered.iter().filter(|(s, _)| *s == 429).count();
    let served = answered.iter().filter(|(s, _)| *s == 200).count();
    println!(
        "flood: 500 requests in {:.2} s from one address: {served} served, {limited} answered 429",
        start.elapsed().as_secs_f64()
    );
    report("flood, every answer", answered.into_iter().map(|(_, t)| t).collect());
}
