//! Scores question understanding on the labelled sets of tests/questions/ (`lang<TAB>topic<TAB>
//! question`, `none` = out of scope), per set and language: right (answered with the topic, or
//! refused when out of scope), offered ("did you mean" with the topic, or without answering an
//! out-of-scope question), missed, and wrong (another topic answered, or an out-of-scope question
//! answered), and the language told.
//!
//! `cargo run --release --example eval -- [SET…] [--failures]`: the embedded brain on each set
//! (default: every set). Conversation sets (tests/conversations/, labels also `smalltalk` and
//! `no:<topic>`, a fourth column with the question asked before) are scored the same way, each
//! question after the one before it in the same chat. `--loso`: leave-one-set-out — for each set, a model trained on all the
//! others (and the vocabulary) answers it. `--held-out`: the named sets are left out together — one
//! model trained on every other set of tests/questions/ answers them (a sibling set written in the
//! same round would otherwise teach its twin's wording). `--held-out` and `--loso` read the
//! vocabulary from data/vocabulary/ as it is on disk: a change to it is measured without a rebuild.

use std::collections::BTreeMap;

use chrono::Utc;
use january20_bot::answer::{Brain, embedded_vocabulary};
use january20_bot::i18n::{Lang, Locales};
use january20_bot::knowledge::Knowledge;
use january20_bot::understand::Context;
use january20_bot::understand::model::Model;
use january20_bot::understand::normalize::fold;
use january20_bot::understand::training::{self, Grade, Labelled, Settings};

const DIR: &str = "tests/questions";
const CONVERSATIONS: &str = "tests/conversations";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let failures = args.iter().any(|a| a == "--failures");
    let loso = args.iter().any(|a| a == "--loso");
    let held_out = args.iter().any(|a| a == "--held-out");
    let dump = args.iter().any(|a| a == "--dump");
    let mut names: Vec<String> = args.iter().filter(|a| !a.starts_with("--")).cloned().collect();
    let scored = names.clone();
    if names.is_empty() || held_out {
        let mut all: Vec<String> = std::fs::read_dir(DIR)
            .expect("tests/questions")
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".tsv").map(String::from))
            .collect();
        all.sort();
        names = all;
    }
    let sets: Vec<(String, Vec<Labelled>)> = names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!("{DIR}/{n}.tsv"))
                .or_else(|_| std::fs::read_to_string(format!("{CONVERSATIONS}/{n}.tsv")))
                .unwrap_or_else(|e| panic!("{n}: {e}"));
            (n.clone(), training::read_set(n, &text).unwrap_or_else(|e| panic!("{e}")))
        })
        .collect();
    let (embedded, model) = if held_out {
        let trained: Vec<usize> = (0..sets.len()).filter(|&k| !scored.contains(&sets[k].0)).collect();
        let (brain, model) = brain_trained_on(&sets, &trained);
        (brain, Some(model))
    } else {
        (Brain::embedded().expect("embedded data"), None)
    };
    let (mut right, mut offered, mut total, mut wrong) = (0, 0, 0, 0);
    // Over every scored set: per language (right, offered, n), and the `none` rows (refused,
    // offered, answered).
    let mut all_langs: BTreeMap<Lang, [usize; 3]> = BTreeMap::new();
    let mut refusals = [0usize; 3];
    for (k, (name, set)) in sets.iter().enumerate() {
        if held_out && !scored.contains(name) {
            continue;
        }
        let own;
        let brain = if loso {
            own = brain_without(&sets, k).0;
            &own
        } else {
            &embedded
        };
        let mut per_lang: BTreeMap<Lang, [usize; 6]> = BTreeMap::new();
        for q in set {
            let context = q.before.as_ref().and_then(|before| {
                let topic = brain.understand(before).topic?;
                Some(Context { topic, question: before.clone() })
            });
            let reply = brain.ask_in(&q.question, q.lang, None, context.as_ref(), Utc::now());
            let u = brain.understander.understand_in(&q.question, context.as_ref());
            let g = training::grade(&q.label, &u.outcome, |t| brain.knowledge.topic(t).id.clone());
            let whole = all_langs.entry(q.lang).or_default();
            whole[0] += usize::from(g == Grade::Right);
            whole[1] += usize::from(g == Grade::Offered);
            whole[2] += 1;
            if q.label == "none" {
                refusals[match g {
                    Grade::Right => 0,
                    Grade::Offered => 1,
                    _ => 2,
                }] += 1;
            }
            let tally = per_lang.entry(q.lang).or_default();
            tally[match g {
                Grade::Right => 0,
                Grade::Offered => 1,
                Grade::Missed => 2,
                Grade::Wrong => 3,
            }] += 1;
            tally[4] += usize::from(u.lang.is_some_and(|l| l == q.lang) || reply.lang == q.lang);
            tally[5] += 1;
            if dump && let Some(model) = &model {
                println!("{}", decision_row(brain, model, name, q, &u.outcome, g));
            }
            if failures && g != Grade::Right {
                println!(
                    "  {g:?} {} want {:<15} got {:<40} {}",
                    q.lang.code(),
                    q.label,
                    named(&u.outcome, brain),
                    q.question
                );
            }
        }
        let mut line = format!("{name:<10}");
        let mut set_sum = [0usize; 6];
        for (lang, t) in &per_lang {
            line.push_str(&format!(
                "  {}: {:5.1}% ({:5.1}% right, {} wrong)",
                lang.code(),
                100.0 * (t[0] + t[1]) as f64 / t[5] as f64,
                100.0 * t[0] as f64 / t[5] as f64,
                t[3]
            ));
            for i in 0..6 {
                set_sum[i] += t[i];
            }
        }
        println!(
            "{line}  | all {:5.1}% ({:5.1}% right), {} wrong, language {:.1}%, n={}",
            100.0 * (set_sum[0] + set_sum[1]) as f64 / set_sum[5] as f64,
            100.0 * set_sum[0] as f64 / set_sum[5] as f64,
            set_sum[3],
            100.0 * set_sum[4] as f64 / set_sum[5] as f64,
            set_sum[5]
        );
        right += set_sum[0];
        offered += set_sum[1];
        wrong += set_sum[3];
        total += set_sum[5];
    }
    let langs: Vec<String> = all_langs
        .iter()
        .map(|(l, t)| {
            let pct = |x: usize| 100.0 * x as f64 / t[2] as f64;
            format!("{} {:.1}% ({:.1}%)", l.code(), pct(t[0] + t[1]), pct(t[0]))
        })
        .collect();
    let nones = refusals.iter().sum::<usize>();
    println!(
        "per language: {}; none rows: {} refused, {} offered, {} answered of {nones}",
        langs.join(", "),
        refusals[0],
        refusals[1],
        refusals[2]
    );
    println!(
        "all: {:.1}% right or offered ({:.1}% right), {wrong} wrong answers, n={total}",
        100.0 * (right + offered) as f64 / total as f64,
        100.0 * right as f64 / total as f64
    );
}

/// The embedded brain with a model trained on every set but `k`.
fn brain_without(sets: &[(String, Vec<Labelled>)], k: usize) -> (Brain, Model) {
    let others: Vec<usize> = (0..sets.len()).filter(|&j| j != k).collect();
    brain_trained_on(sets, &others)
}

/// The embedded brain with a model trained on the sets `trained` (and the vocabulary), and that
/// model.
fn brain_trained_on(sets: &[(String, Vec<Labelled>)], trained: &[usize]) -> (Brain, Model) {
    let knowledge = Knowledge::embedded().expect("knowledge");
    let mut slots = knowledge.topic_names();
    slots.push("none");
    let on_disk: Vec<(Lang, &str, String)> = embedded_vocabulary()
        .into_iter()
        .map(|(lang, path, text)| (lang, path, std::fs::read_to_string(path).unwrap_or_else(|_| text.to_string())))
        .collect();
    let vocabulary: Vec<(Lang, &str, &str)> = on_disk.iter().map(|(l, p, t)| (*l, *p, t.as_str())).collect();
    let mut examples = training::vocabulary_examples(&vocabulary);
    for &j in trained {
        examples.extend(sets[j].1.iter().cloned());
    }
    let model = training::train(&examples, &slots, &Settings::default()).expect("training");
    let reminders = january20_bot::calendar::REMINDERS_TOML;
    let brain = Brain::build(
        Locales::embedded().expect("locales"),
        knowledge.clone(),
        &vocabulary,
        reminders,
        Some(model.clone()),
    )
    .expect("brain");
    (brain, model)
}

/// An outcome with topic ids instead of slot numbers, for reading failures.
fn named(outcome: &january20_bot::understand::Outcome, brain: &Brain) -> String {
    let id = |t: &january20_bot::knowledge::TopicId| brain.knowledge.topic(*t).id.clone();
    use january20_bot::understand::Outcome;
    match outcome {
        Outcome::Answer(t) => format!("Answer({})", id(t)),
        Outcome::DidYouMean(ts) => format!("DidYouMean({})", ts.iter().map(id).collect::<Vec<_>>().join(",")),
        Outcome::NotInSources(ts) => format!("NotInSources({})", ts.iter().map(id).collect::<Vec<_>>().join(",")),
        Outcome::Correction(t, w) => format!("Correction({}, {w:?})", id(t)),
        Outcome::Confirmed(t) => format!("Confirmed({})", id(t)),
        Outcome::More(t) => format!("More({})", id(t)),
        Outcome::Consoled(t, _) => format!("Consoled({})", id(t)),
        other => format!("{other:?}"),
    }
}

/// One question's evidence, tab-separated, for studying the decision's thresholds (`--dump`):
/// set, language, label, grade, outcome, the vocabulary's topic, score and `none` weight, the
/// model's `none` probability and its three best topics with theirs, and the question.
fn decision_row(
    brain: &Brain,
    model: &Model,
    set: &str,
    q: &Labelled,
    outcome: &january20_bot::understand::Outcome,
    g: Grade,
) -> String {
    let folded = fold(&q.question);
    let rules = brain.understander.rules(&q.question, &folded);
    let p = model.predict(&folded);
    let topics = p.topics.len() - 1;
    let mut ranked: Vec<(usize, f32)> = p.topics[..topics].iter().copied().enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let names = brain.knowledge.topic_names();
    let name = |t: usize| names[t].to_string();
    let best: Vec<String> = ranked.iter().take(3).map(|&(t, p)| format!("{}={p:.3}", name(t))).collect();
    format!(
        "{set}\t{}\t{}\t{g:?}\t{}\t{}\t{:.2}\t{:.2}\t{:.3}\t{}\t{}",
        q.lang.code(),
        q.label,
        named(outcome, brain),
        rules.topic.map_or("-".to_string(), name),
        rules.score,
        rules.none,
        p.topics[topics],
        best.join(","),
        q.question
    )
}
