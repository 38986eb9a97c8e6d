//! Scores question understanding on labelled sets (`topic<TAB>question`, `none` = out of scope):
//! topic accuracy, language accuracy and the mistakes, per language.
//! Run: `cargo run --example eval [-- tests/heldout] [--failures]` (default: tests/devset).

use chrono::Utc;
use january20_bot::answer::Brain;
use january20_bot::i18n::Lang;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_failures = args.iter().any(|a| a == "--failures");
    let dir = args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "tests/devset".into());
    let brain = Brain::embedded().expect("embedded data");
    let (mut all_right, mut all_total) = (0, 0);
    for lang in Lang::ALL {
        let path = format!("{dir}/{}.tsv", lang.code());
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: not found");
            continue;
        };
        let (mut right, mut total, mut lang_right, mut lang_told, mut wrong_answer) = (0, 0, 0, 0, 0);
        let mut failures = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Some((label, question)) = line.split_once('\t') else { continue };
            let reply = brain.ask(question, Lang::En, None, Utc::now());
            let got = reply.topic.map_or("none", |t| brain.knowledge.topic(t).id.as_str());
            total += 1;
            if got == label {
                right += 1;
            } else {
                // Answering the wrong topic is worse than saying "I cannot answer".
                if got != "none" {
                    wrong_answer += 1;
                }
                failures.push(format!("  want {label:<15} got {got:<15} {question}"));
            }
            if let Some(detected) = brain.understand(question).lang {
                lang_told += 1;
                lang_right += usize::from(detected == lang);
            }
        }
        all_right += right;
        all_total += total;
        println!(
            "{}: topic {right}/{total} = {:.1}%, wrong topic answered {wrong_answer}, language {lang_right}/{lang_told} told right",
            lang.code(),
            100.0 * right as f64 / total.max(1) as f64,
        );
        if show_failures {
            failures.iter().for_each(|f| println!("{f}"));
        }
    }
    println!("all: {all_right}/{all_total} = {:.1}%", 100.0 * all_right as f64 / all_total.max(1) as f64);
}
