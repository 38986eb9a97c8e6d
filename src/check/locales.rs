//! Checks of the locales: the same messages and variables in every language, every message the
//! code asks for present, every message formatting cleanly within Telegram's limit, and every
//! figure of data/ reaching the text of every language.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::answer::Brain;
use crate::app::MAX_MESSAGE_UNITS;
use crate::i18n::{self, Lang, Locales};
use crate::knowledge::{Fact, Knowledge};

use super::UI_MESSAGES;

/// The same messages, with the same facts, in every language (English is the reference). A date
/// counts as one fact whatever its form: `$x` in one language may be `$x_day` and `$x_year` in
/// another, where case endings need the numbers.
pub(super) fn same_messages(locales: &Locales, knowledge: &Knowledge, problems: &mut Vec<String>) {
    let reference = locales.inventory(Lang::En);
    let facts = |vars: &BTreeSet<String>| -> BTreeSet<String> { vars.iter().map(|v| date_of(knowledge, v)).collect() };
    for lang in [Lang::Az, Lang::Ru] {
        let theirs = locales.inventory(lang);
        for (id, vars) in reference {
            match theirs.iter().find(|(i, _)| i == id) {
                None => problems.push(format!("locales/{}: message `{id}` is missing (it is in en)", lang.code())),
                Some((_, their_vars)) if facts(their_vars) != facts(vars) => problems.push(format!(
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
}

/// The fact a variable shows: `x` for `$x_short`, `$x_day`, … of a date `x`; the variable itself
/// otherwise.
fn date_of(knowledge: &Knowledge, var: &str) -> String {
    for suffix in ["_short", "_day", "_month", "_year"] {
        if let Some(base) = var.strip_suffix(suffix)
            && matches!(knowledge.fact(base), Some(Fact::Date(_)))
        {
            return base.to_string();
        }
    }
    var.to_string()
}

/// Every message the code uses exists in every language.
pub(super) fn required_messages(brain: &Brain, problems: &mut Vec<String>) {
    let k = &brain.knowledge;
    let mut required: Vec<String> = UI_MESSAGES.iter().map(|s| s.to_string()).collect();
    for topic in &k.topics {
        required.push(format!("topic-{}", topic.id));
        required.push(format!("topic-{}-title", topic.id));
    }
    for reminder in &brain.reminders.list {
        required.push(format!("reminder-{}", reminder.id));
    }
    required.extend(k.groups.iter().map(|g| format!("facts-group-{g}")));
    required.extend(crate::sources::KINDS.iter().map(|kind| format!("source-kind-{kind}")));
    for lang in Lang::ALL {
        for id in &required {
            if !brain.locales.has(lang, id) {
                problems.push(format!("locales/{}: message `{id}` is missing (the bot uses it)", lang.code()));
            }
        }
    }
}

/// Every message formats cleanly at several instants, stays within Telegram's limit and carries
/// no isolation marks; every figure and date reaches the text of every language.
pub(super) fn formatting_and_figures(brain: &Brain, problems: &mut Vec<String>) {
    let k = &brain.knowledge;
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
                        if text.encode_utf16().count() > MAX_MESSAGE_UNITS {
                            problems.push(format!(
                                "locales/{}: `{id}` is longer than {MAX_MESSAGE_UNITS} characters",
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
                Fact::Number(n) => used.contains(key.as_str()) && all_text.contains(&i18n::number_text(lang, *n)),
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

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".into();
    }
    vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}
