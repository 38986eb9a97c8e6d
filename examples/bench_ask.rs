//! Benchmark: how fast the core answers questions on one core (the `ask` path without I/O).
//! Mixed az/en/ru questions from tests/questions/dev.tsv, answered round-robin; prints throughput and the
//! p50/p99 latency per question. Run: `cargo run --release --example bench_ask`.
//! `bench_ask outcomes` instead prints what the brain makes of every question of tests/questions/ and
//! tests/conversations/ (the understanding and the whole reply), one line each: a speed change
//! diffs this before and after to show that no answer changed.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::i18n::Lang;

const SET: &str = include_str!("../tests/questions/dev.tsv");

fn main() {
    let brain = Brain::embedded().expect("embedded data");
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-11-25T10:00:00+04:00").unwrap().with_timezone(&Utc);
    if std::env::args().nth(1).as_deref() == Some("outcomes") {
        print_outcomes(&brain, now);
        return;
    }
    let questions: Vec<&str> = SET.lines().filter_map(|l| l.splitn(3, '\t').nth(2)).collect();
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(300);

    // Warm up caches and the allocator.
    for q in &questions {
        black_box(brain.ask(q, Lang::En, None, now));
    }

    let mut latencies = Vec::with_capacity(questions.len() * rounds);
    let start = Instant::now();
    for _ in 0..rounds {
        for q in &questions {
            let t = Instant::now();
            black_box(brain.ask(black_box(q), Lang::En, None, now));
            latencies.push(t.elapsed());
        }
    }
    let total = start.elapsed();
    if std::env::var_os("SLOWEST").is_some() {
        let mut per_q: Vec<(Duration, &str)> = questions
            .iter()
            .map(|q| {
                let t = Instant::now();
                for _ in 0..50 {
                    black_box(brain.ask(black_box(q), Lang::En, None, now));
                }
                (t.elapsed() / 50, *q)
            })
            .collect();
        per_q.sort_unstable_by_key(|&(d, _)| std::cmp::Reverse(d));
        for (d, q) in per_q.iter().take(12) {
            println!("slow: {:.1} µs  {q}", micros(*d));
        }
    }
    latencies.sort_unstable();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let n = latencies.len();

    // Understanding alone, without formatting the reply.
    let start = Instant::now();
    for _ in 0..rounds {
        for q in &questions {
            black_box(brain.understand(black_box(q)));
        }
    }
    let understand = start.elapsed();

    println!("questions:        {} distinct (az/en/ru), {rounds} rounds, {n} answers", questions.len());
    println!("answers/s:        {:.0} on one core", n as f64 / total.as_secs_f64());
    println!("p50 per answer:   {:.1} µs", micros(pct(0.50)));
    println!("p99 per answer:   {:.1} µs", micros(pct(0.99)));
    println!("max per answer:   {:.1} µs", micros(pct(1.0)));
    println!("understand only:  {:.0}/s", n as f64 / understand.as_secs_f64());
}

/// Every question of the labelled sets, in file order, with its understanding and its reply.
fn print_outcomes(brain: &Brain, now: DateTime<Utc>) {
    for dir in ["tests/questions", "tests/conversations"] {
        let mut files: Vec<_> = std::fs::read_dir(dir).expect(dir).flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "tsv")) {
            let text = std::fs::read_to_string(file).expect("a set");
            for question in text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(2)) {
                let understood = brain.understand(question);
                let reply = brain.ask(question, Lang::En, None, now);
                println!("{}\t{question}\t{understood:?}\t{reply:?}", file.display());
            }
        }
    }
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
