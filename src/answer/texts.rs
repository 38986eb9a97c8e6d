//! The messages of the locales as `Brain` formats them: each with the facts it uses, and the one
//! rule (`is_pure`) that tells which read the same every time, so are formatted once and kept.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::i18n::{Args, Lang, Locales, PerLang, Value};

/// One message of one language.
#[derive(Debug)]
struct Message {
    /// The places in the facts of those the message uses: a text is formatted with those alone,
    /// not with every fact (sorting hundreds of arguments into place cost more than understanding
    /// the question).
    facts: Vec<usize>,
    /// The text formatted with the facts, kept after its first use; `None` for a message that is
    /// not pure (`is_pure`), which is formatted every time.
    kept: Option<OnceLock<String>>,
}

/// Every message of every language, by id.
#[derive(Debug, Default)]
pub(super) struct Messages(PerLang<HashMap<String, Message>>);

/// Whether a message formatted with the facts alone reads the same every time, so that its text
/// can be kept: every variable it uses is a fact (a constant of data/). A message that uses any
/// other variable (the clock's `days_until`, the figure an asker typed, a title passed in) is not,
/// and is formatted on every use. This is the one place that decides it.
pub(crate) fn is_pure(vars: &BTreeSet<String>, facts: &[(String, Value)]) -> bool {
    vars.iter().all(|var| facts.iter().any(|(key, _)| key == var))
}

impl Messages {
    /// The messages of `locales`, given each language's facts (sorted by name).
    pub(super) fn new(locales: &Locales, facts: &PerLang<Vec<(String, Value)>>) -> Self {
        Messages(PerLang::new(|lang| {
            let facts = &facts[lang];
            let message = |vars: &BTreeSet<String>| Message {
                facts: facts.iter().enumerate().filter(|(_, (key, _))| vars.contains(key)).map(|(i, _)| i).collect(),
                kept: is_pure(vars, facts).then(OnceLock::new),
            };
            locales.inventory(lang).iter().map(|(id, vars)| (id.clone(), message(vars))).collect()
        }))
    }

    /// Whether message `id` of `lang` is pure (`is_pure`); an unknown message is not.
    pub(super) fn pure(&self, lang: Lang, id: &str) -> bool {
        self.0[lang].get(id).is_some_and(|m| m.kept.is_some())
    }

    /// The facts message `id` uses, as Fluent arguments.
    pub(super) fn facts_for<'a>(&self, facts: &'a [(String, Value)], lang: Lang, id: &str) -> Args<'a> {
        let used = self.0[lang].get(id).map_or(&[][..], |m| m.facts.as_slice());
        let mut args = Args::with_capacity(used.len() + 4);
        for &i in used {
            let (key, value) = &facts[i];
            args.set(key.as_str(), value.fluent());
        }
        args
    }

    /// Message `id` formatted with the facts: kept after its first use when it is pure and
    /// formatted cleanly (a failure is formatted, and logged, every time).
    pub(super) fn text(&self, locales: &Locales, facts: &[(String, Value)], lang: Lang, id: &str) -> String {
        let kept = self.0[lang].get(id).and_then(|m| m.kept.as_ref());
        if let Some(text) = kept.and_then(OnceLock::get) {
            return text.clone();
        }
        let args = self.facts_for(facts, lang, id);
        match (kept, locales.try_text(lang, id, Some(&args))) {
            (Some(kept), Ok(text)) => kept.get_or_init(|| text).clone(),
            (None, Ok(text)) => text,
            (_, Err(_)) => locales.text(lang, id, Some(&args)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn only_messages_of_facts_alone_are_pure() {
        let facts = vec![("event_date".to_string(), Value::Text("20 January 1990".into()))];
        assert!(is_pure(&vars(&[]), &facts));
        assert!(is_pure(&vars(&["event_date"]), &facts));
        assert!(!is_pure(&vars(&["event_date", "days_until"]), &facts), "the clock");
        assert!(!is_pure(&vars(&["wrong"]), &facts), "the asker's figure");
    }
}
