//! Cross-checks of data/ and locales/: what `january20-bot check` runs and the tests rely on.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::answer::{Brain, embedded_vocabulary};
use crate::i18n::{self, Lang, LocaleSource, Locales, embedded_sources};
use crate::knowledge::{self, Fact, Knowledge};

/// Messages the code asks for by name, besides `topic-*` and `reminder-*`.
pub const UI_MESSAGES: &[&str] = &[
    "date-full",
    "date-short",
    "language-name-az",
    "language-name-en",
    "language-name-ru",
    "start",
    "help",
    "facts-menu",
    "list-item",
    "out-of-scope",
    "out-of-scope-hint",
    "empty-question",
    "question-too-long",
    "invalid-text",
    "not-text",
    "unknown-command",
    "error-generic",
    "button-expired",
    "language-prompt",
    "language-set",
    "admins-only",
    "owners-only",
    "group-welcome",
    "subscribe-choose",
    "subscribe-option-all",
    "subscribe-option-silence",
    "subscribe-done",
    "subscribe-already",
    "unsubscribe-done",
    "unsubscribe-not-subscribed",
    "status-not-subscribed",
    "status-subscribed",
    "stats",
    "stats-last",
    "stats-no-last",
    "broadcast-usage",
    "broadcast-confirm",
    "broadcast-queued",
    "broadcast-cancelled",
    "chat-telegram-only",
    "button-confirm",
    "button-cancel",
    "bot-short-description",
    "bot-description",
];

/// Telegram's limit for one message.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// What was checked, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub messages: usize,
    pub facts: usize,
    pub topics: usize,
    pub reminders: usize,
}

/// Runs every check on the embedded data, or on a copy of the project at `root` (its `data/` and
/// `locales/`). Returns the summary, or the readable list of problems.
pub fn run(root: Option<&Path>) -> Result<Summary, Vec<String>> {
    let (locale_sources, facts, topics, reminders, vocabulary) = match root {
        None => (
            embedded_sources(),
            knowledge::FACTS_TOML.to_string(),
            knowledge::TOPICS_TOML.to_string(),
            crate::calendar::REMINDERS_TOML.to_string(),
            embedded_vocabulary().into_iter().map(|(l, p, t)| (l, p.to_string(), t.to_string())).collect::<Vec<_>>(),
        ),
        Some(root) => read_tree(root)?,
    };
    let mut problems = Vec::new();
    let locales =
        Locales::from_sources(locale_sources).map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let knowledge =
        Knowledge::from_sources(&facts, &topics).map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;

    // The same messages, with the same variables, in every language.
    let reference = locales.inventory(Lang::En);
    for lang in [Lang::Az, Lang::Ru] {
        let theirs = locales.inventory(lang);
        for (id, vars) in reference {
            match theirs.iter().find(|(i, _)| i == id) {
                None => problems.push(format!("locales/{}: message `{id}` is missing (it is in en)", lang.code())),
                Some((_, their_vars)) if their_vars != vars => problems.push(format!(
                    "locales/{}: `{id}` uses variables {} but en uses {}",
                    lang.code(),
                    list(their_vars),
                    list(vars)
                )),
                Some(_) => {}
            }
        }
        for (id, _) in theirs {
            if !reference.iter().any(|(i, _)| i == id) {
                problems.push(format!("locales/{}: message `{id}` is not in en", lang.code()));
            }
        }
    }

    let vocab_refs: Vec<(Lang, &str, &str)> = vocabulary.iter().map(|(l, p, t)| (*l, p.as_str(), t.as_str())).collect();
    let brain = match Brain::build(locales, knowledge, &vocab_refs, &reminders) {
        Ok(brain) => brain,
        Err(errors) => {
            problems.extend(errors);
            return Err(problems);
        }
    };
    let k = &brain.knowledge;

    // Every message the code uses exists.
    let mut required: Vec<String> = UI_MESSAGES.iter().map(|s| s.to_string()).collect();
    for topic in &k.topics {
        required.push(format!("topic-{}", topic.id));
        required.push(format!("topic-{}-title", topic.id));
    }
    for reminder in &brain.reminders.list {
        required.push(format!("reminder-{}", reminder.id));
    }
    for lang in Lang::ALL {
        for id in &required {
            if !brain.locales.has(lang, id) {
                problems.push(format!("locales/{}: message `{id}` is missing (the bot uses it)", lang.code()));
            }
        }
    }

    // Every message formats cleanly at several instants, stays within Telegram's limit and
    // carries no isolation marks; collect all text to find the facts in it.
    let instants = sample_instants();
    for lang in Lang::ALL {
        let mut all_text = String::new();
        for (id, vars) in brain.locales.inventory(lang) {
            for &now in &instants {
                let mut args = brain.args(lang, Some(now));
                for var in vars {
                    if args.get(var).is_none() {
                        args.set(var.clone(), i18n::n(2));
                    }
                }
                match brain.locales.try_text(lang, id, Some(&args)) {
                    Ok(text) => {
                        if text.chars().count() > MAX_MESSAGE_CHARS {
                            problems.push(format!(
                                "locales/{}: `{id}` is longer than {MAX_MESSAGE_CHARS} characters",
                                lang.code()
                            ));
                        }
                        if text.contains(['\u{2068}', '\u{2069}']) {
                            problems.push(format!("locales/{}: `{id}` contains Unicode isolation marks", lang.code()));
                        }
                        all_text.push_str(&text);
                        all_text.push('\n');
                    }
                    Err(e) => {
                        problems.push(format!("locales/{e}"));
                        break;
                    }
                }
            }
        }
        // Every figure and date reaches the text of every language.
        let used: BTreeSet<&str> =
            brain.locales.inventory(lang).iter().flat_map(|(_, v)| v.iter().map(String::as_str)).collect();
        for (key, fact) in &k.facts {
            let reaches = match fact {
                Fact::Number(n) => used.contains(key.as_str()) && all_text.contains(&n.to_string()),
                Fact::Text(t) => used.contains(key.as_str()) && all_text.contains(t.as_str()),
                Fact::Date(_) => {
                    let forms = ["", "_short", "_day", "_month", "_year"].map(|suffix| format!("{key}{suffix}"));
                    forms.iter().any(|f| used.contains(f.as_str()))
                }
            };
            if !reaches {
                problems.push(format!("locales/{}: the fact `{key}` never reaches the text", lang.code()));
            }
        }
    }

    // Every topic can be asked about in every language, and its examples reach it.
    for lang in Lang::ALL {
        let counts = brain.understander.vocabulary().terms_per_slot(lang, k.topics.len() + 1);
        for (t, topic) in k.topics.iter().enumerate() {
            if counts[t] == 0 {
                problems.push(format!("data/vocabulary/{}.toml: no term leads to topic `{}`", lang.code(), topic.id));
            }
            for example in topic.examples.get(&lang).into_iter().flatten() {
                let got = brain.understand(example);
                if got.topic != Some(t) {
                    let found = got.topic.map_or("out of scope", |i| k.topics[i].id.as_str());
                    problems.push(format!(
                        "data/topics.toml: {} example {example:?} of `{}` is understood as {found}",
                        lang.code(),
                        topic.id
                    ));
                }
            }
        }
    }

    if problems.is_empty() {
        Ok(Summary {
            messages: brain.locales.inventory(Lang::En).len(),
            facts: k.facts.len(),
            topics: k.topics.len(),
            reminders: brain.reminders.list.len(),
        })
    } else {
        Err(problems)
    }
}

type Tree = (Vec<LocaleSource>, String, String, String, Vec<(Lang, String, String)>);

fn read_tree(root: &Path) -> Result<Tree, Vec<String>> {
    let read = |rel: &str| {
        std::fs::read_to_string(root.join(rel)).map_err(|e| vec![format!("{}: {e}", root.join(rel).display())])
    };
    let mut locales = Vec::new();
    let mut vocabulary = Vec::new();
    for source in embedded_sources() {
        let path = format!("locales/{}", source.path);
        locales.push(LocaleSource { lang: source.lang, text: read(&path)?, path: source.path });
    }
    for (lang, path, _) in embedded_vocabulary() {
        vocabulary.push((lang, path.to_string(), read(path)?));
    }
    Ok((locales, read("data/facts.toml")?, read("data/topics.toml")?, read("data/reminders.toml")?, vocabulary))
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".into();
    }
    vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

/// Instants that put the calendar in every phase, so every branch of every selector is tried.
fn sample_instants() -> Vec<DateTime<Utc>> {
    [
        "2026-11-25T10:00:00+04:00",
        "2027-01-19T20:00:00+04:00",
        "2027-01-20T08:00:00+04:00",
        "2027-01-20T12:00:10+04:00",
        "2027-01-20T15:00:00+04:00",
        "2027-01-21T00:00:00+04:00",
    ]
    .iter()
    .map(|s| DateTime::parse_from_rfc3339(s).expect("valid sample").with_timezone(&Utc))
    .collect()
}
