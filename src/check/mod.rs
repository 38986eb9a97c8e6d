//! Cross-checks of data/ and locales/: what `january20-bot check` runs and the tests rely on.
//! `locales` checks the texts, `understanding` that every topic can be asked about.

mod locales;
mod sources;
mod understanding;

use std::path::Path;

use crate::answer::{Brain, embedded_vocabulary};
use crate::i18n::{Lang, LocaleSource, Locales, embedded_sources};
use crate::knowledge::{self, Knowledge};

/// Messages the code asks for by name, besides `topic-*` and `reminder-*`.
pub const UI_MESSAGES: &[&str] = &[
    "date-full",
    "date-short",
    "language-name-az",
    "language-name-en",
    "language-name-ru",
    "start",
    "help",
    "help-inline",
    "facts-menu",
    "facts-groups",
    "button-back",
    "answer-sources",
    "source-list-header",
    "source-item",
    "date-month",
    "source-item-undated",
    "list-item",
    "out-of-scope",
    "not-in-sources",
    "did-you-mean-one",
    "more-about",
    "prompt-cancelled",
    "correction-year",
    "correction-month",
    "correction-day",
    "correction-place",
    "correction-figure",
    "correction-named",
    "consoled-loss",
    "consoled-wounded",
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
    "did-you-mean",
    "unanswered-header",
    "unanswered-item",
    "unanswered-none",
    "button-confirm",
    "button-cancel",
    "bot-short-description",
    "bot-description",
];

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
    let Tree { locales: locale_sources, facts, topics, sources, reminders, vocabulary, model } = match root {
        None => Tree {
            locales: embedded_sources(),
            facts: knowledge::FACTS_TOML.to_string(),
            topics: knowledge::TOPICS_TOML.to_string(),
            sources: crate::sources::SOURCES_TOML.to_string(),
            reminders: crate::calendar::REMINDERS_TOML.to_string(),
            vocabulary: embedded_vocabulary().into_iter().map(|(l, p, t)| (l, p.to_string(), t.to_string())).collect(),
            model: std::borrow::Cow::Borrowed(crate::answer::EMBEDDED_MODEL),
        },
        Some(root) => read_tree(root)?,
    };
    let mut problems = Vec::new();
    sources::no_typed_figures(&locale_sources, &mut problems);
    let locales =
        Locales::from_sources(locale_sources).map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let knowledge = Knowledge::from_data(&facts, &topics, &sources)
        .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;

    locales::same_messages(&locales, &knowledge, &mut problems);
    sources::all_used(&knowledge, &mut problems);

    let vocab_refs: Vec<(Lang, &str, &str)> = vocabulary.iter().map(|(l, p, t)| (*l, p.as_str(), t.as_str())).collect();
    let model = match crate::answer::load_model(model) {
        Ok(Some(model)) => Some(model),
        Ok(None) => {
            problems.push("data/model/understanding.bin is empty: run `january20-bot train`".into());
            None
        }
        Err(errors) => {
            problems.extend(errors);
            None
        }
    };
    let brain = match Brain::build(locales, knowledge, &vocab_refs, &reminders, model) {
        Ok(brain) => brain,
        Err(errors) => {
            problems.extend(errors);
            return Err(problems);
        }
    };
    locales::required_messages(&brain, &mut problems);
    locales::formatting_and_figures(&brain, &mut problems);
    understanding::topics_reachable(&brain, &mut problems);
    understanding::conversation_data(&brain, &mut problems);
    // The card draws its words with the embedded font: every letter must have a glyph there.
    let now = chrono::Utc::now();
    for lang in Lang::ALL {
        let missing = crate::card::missing_glyphs(&crate::card::CardText::new(&brain, lang, now).all());
        if !missing.is_empty() {
            problems.push(format!("{}: the card's font has no glyph for {missing:?}", lang.code()));
        }
    }
    // The memorial page's timeline and figures: dated, sourced, worded in every language.
    let app_toml = match root {
        None => Ok(crate::web::memorial::APP_TOML.to_string()),
        Some(root) => std::fs::read_to_string(root.join("data/app.toml")).map_err(|e| format!("data/app.toml: {e}")),
    };
    match app_toml.map(|text| crate::web::memorial::Memorial::from_source(&text, &brain)) {
        Ok(Ok(_)) => {}
        Ok(Err(found)) => problems.extend(found),
        Err(problem) => problems.push(problem),
    }

    let k = &brain.knowledge;
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

/// The files that are checked: embedded, or read from a copy of the project.
struct Tree {
    locales: Vec<LocaleSource>,
    facts: String,
    topics: String,
    sources: String,
    reminders: String,
    vocabulary: Vec<(Lang, String, String)>,
    model: std::borrow::Cow<'static, [u8]>,
}

fn read_tree(root: &Path) -> Result<Tree, Vec<String>> {
    let problem = |rel: &str, e: std::io::Error| vec![format!("{}: {e}", root.join(rel).display())];
    let read = |rel: &str| std::fs::read_to_string(root.join(rel)).map_err(|e| problem(rel, e));
    let mut locales = Vec::new();
    let mut vocabulary = Vec::new();
    for source in embedded_sources() {
        let path = format!("locales/{}", source.path);
        locales.push(LocaleSource { lang: source.lang, text: read(&path)?, path: source.path });
    }
    for (lang, path, _) in embedded_vocabulary() {
        vocabulary.push((lang, path.to_string(), read(path)?));
    }
    let model_path = "data/model/understanding.bin";
    Ok(Tree {
        locales,
        facts: read("data/facts.toml")?,
        topics: read("data/topics.toml")?,
        sources: read("data/sources.toml")?,
        reminders: read("data/reminders.toml")?,
        vocabulary,
        model: std::fs::read(root.join(model_path)).map_err(|e| problem(model_path, e))?.into(),
    })
}
