//! Benchmark: how long one memorial card takes to draw (SVG → 1080×1080 PNG with the embedded
//! font, the fonts parsed once as the bot does), per language; prints p50, p99 and max.
//! Run: `cargo run --release --example bench_card [ROUNDS]`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use january20_bot::answer::Brain;
use january20_bot::card::{CardText, Renderer};
use january20_bot::i18n::Lang;

fn main() {
    let brain = Brain::embedded().expect("embedded data");
    let now = chrono::DateTime::parse_from_rfc3339("2027-01-20T12:00:00+04:00").unwrap().to_utc();
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50);
    let start = Instant::now();
    let renderer = Renderer::new();
    println!("fonts parsed in {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    for lang in Lang::ALL {
        let text = CardText::new(&brain, lang, now);
        let first = Instant::now();
        let size = black_box(renderer.png(&text).expect("renders")).len();
        let first = first.elapsed();
        let mut times: Vec<Duration> = (0..rounds)
            .map(|_| {
                let t = Instant::now();
                black_box(renderer.png(black_box(&text)).expect("renders"));
                t.elapsed()
            })
            .collect();
        times.sort();
        let pixmap = renderer.pixmap(&text).expect("renders");
        let t = Instant::now();
        black_box(january20_bot::card::encode(&pixmap).expect("encodes"));
        let encode = t.elapsed();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{}: first {:.1} ms, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms over {rounds} cards (encoding {:.1} ms), {size} bytes",
            lang.code(),
            ms(first),
            ms(times[times.len() / 2]),
            ms(times[(times.len() * 99 / 100).min(times.len() - 1)]),
            ms(*times.last().unwrap()),
            ms(encode),
        );
    }
}
