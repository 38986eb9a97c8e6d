//! What the memorial page shows besides the clock and the candle: the timeline of 19–26 January
//! and the figures, listed in data/app.toml, each with the ids of its sources (data/sources.toml),
//! checked against the facts, the sources and the locales when the page is built.

use serde::Deserialize;

use crate::answer::Brain;
use crate::i18n::{Lang, PerLang};
use crate::knowledge::Fact;

pub const APP_TOML: &str = include_str!("../../data/app.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AppFile {
    timeline: Vec<Entry>,
    figure: Vec<Figure>,
}

/// A day or night of the timeline: its messages are `app-timeline-<id>-when` and `app-timeline-<id>`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// The date facts it is dated by (the first orders the timeline).
    pub dates: Vec<String>,
    pub sources: Vec<String>,
}

/// A figure: its messages are `app-figure-<id>-value` and `app-figure-<id>`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub fact: String,
    pub sources: Vec<String>,
}

/// One item as shown, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The date of a timeline entry (ISO, for `<time>`), empty for a figure.
    pub iso_date: String,
    /// "21 January", or the figure ("131").
    pub head: String,
    pub text: String,
    /// "Sources: News.az (2026); Milli Majlis (1994)", as under the bot's answers.
    pub source: String,
}

/// The timeline and the figures in every language, formatted once (facts do not change).
#[derive(Debug, Clone)]
pub struct Memorial {
    pub timeline: PerLang<Vec<Shown>>,
    pub figures: PerLang<Vec<Shown>>,
}

impl Memorial {
    /// From data/app.toml as embedded; the problems found, if any.
    pub fn embedded(brain: &Brain) -> Result<Memorial, Vec<String>> {
        Memorial::from_source(APP_TOML, brain)
    }

    pub fn from_source(text: &str, brain: &Brain) -> Result<Memorial, Vec<String>> {
        let file: AppFile = toml::from_str(text).map_err(|e| vec![format!("data/app.toml: {e}")])?;
        let problems = check(&file, brain);
        if !problems.is_empty() {
            return Err(problems);
        }
        let source = |lang: Lang, ids: &[String]| brain.sources_line(ids, lang);
        let timeline = PerLang::new(|lang| {
            file.timeline
                .iter()
                .map(|e| Shown {
                    iso_date: date_of(brain, &e.dates[0]).map(|d| d.to_string()).unwrap_or_default(),
                    head: brain.text(lang, &format!("app-timeline-{}-when", e.id)),
                    text: brain.text(lang, &format!("app-timeline-{}", e.id)),
                    source: source(lang, &e.sources),
                })
                .collect()
        });
        let figures = PerLang::new(|lang| {
            file.figure
                .iter()
                .map(|f| Shown {
                    iso_date: String::new(),
                    head: brain.text(lang, &format!("app-figure-{}-value", f.id)),
                    text: brain.text(lang, &format!("app-figure-{}", f.id)),
                    source: source(lang, &f.sources),
                })
                .collect()
        });
        Ok(Memorial { timeline, figures })
    }
}

fn date_of(brain: &Brain, key: &str) -> Option<chrono::NaiveDate> {
    match brain.knowledge.fact(key)? {
        Fact::Date(date) => Some(*date),
        _ => None,
    }
}

/// Every entry dated by facts that exist, in order; every figure a number of the facts; every
/// source known; every message present in every language and using its facts.
fn check(file: &AppFile, brain: &Brain) -> Vec<String> {
    let mut problems = Vec::new();
    let uses = |lang: Lang, id: &str, var_prefix: &str| {
        brain.locales.inventory(lang).iter().any(|(m, vars)| m == id && vars.iter().any(|v| v.starts_with(var_prefix)))
    };
    let mut last = None;
    for entry in &file.timeline {
        let dates: Vec<_> = entry.dates.iter().map(|k| date_of(brain, k)).collect();
        if dates.is_empty() || dates.iter().any(Option::is_none) {
            problems
                .push(format!("data/app.toml: timeline `{}`: dates must be date facts of data/facts.toml", entry.id));
            continue;
        }
        if last > dates[0] {
            problems.push(format!("data/app.toml: timeline `{}` is out of order", entry.id));
        }
        last = dates[0];
        for lang in Lang::ALL {
            let when = format!("app-timeline-{}-when", entry.id);
            if !entry.dates.iter().any(|k| uses(lang, &when, k)) {
                problems.push(format!("locales/{}: `{when}` must use one of its dates {:?}", lang.code(), entry.dates));
            }
            let text = format!("app-timeline-{}", entry.id);
            if !brain.locales.has(lang, &text) {
                problems.push(format!("locales/{}: `{text}` is missing", lang.code()));
            }
        }
    }
    for figure in &file.figure {
        if !matches!(brain.knowledge.fact(&figure.fact), Some(Fact::Number(_))) {
            problems.push(format!(
                "data/app.toml: figure `{}`: `{}` is not a figure of data/facts.toml",
                figure.id, figure.fact
            ));
        }
        for lang in Lang::ALL {
            let value = format!("app-figure-{}-value", figure.id);
            if !uses(lang, &value, &figure.fact) {
                problems.push(format!("locales/{}: `{value}` must show ${}", lang.code(), figure.fact));
            }
            let text = format!("app-figure-{}", figure.id);
            if !brain.locales.has(lang, &text) {
                problems.push(format!("locales/{}: `{text}` is missing", lang.code()));
            }
        }
    }
    let named =
        file.timeline.iter().map(|e| (&e.id, &e.sources)).chain(file.figure.iter().map(|f| (&f.id, &f.sources)));
    for (id, ids) in named {
        if ids.is_empty() {
            problems.push(format!("data/app.toml: `{id}` names no source"));
        }
        for unknown in ids.iter().filter(|s| brain.knowledge.sources.get(s).is_none()) {
            problems.push(format!("data/app.toml: `{id}`: data/sources.toml has no source `{unknown}`"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_page_data_is_sound_and_sourced() {
        let brain = Brain::embedded().unwrap();
        let memorial = Memorial::embedded(&brain).unwrap_or_else(|p| panic!("{}", p.join("\n")));
        for lang in Lang::ALL {
            assert_eq!(memorial.timeline[lang].len(), 4);
            assert!(memorial.figures[lang].len() >= 10);
            for shown in memorial.timeline[lang].iter().chain(&memorial.figures[lang]) {
                assert!(!shown.source.is_empty(), "{shown:?}");
                assert!(!shown.head.is_empty() && !shown.text.is_empty(), "{shown:?}");
            }
        }
        assert_eq!(memorial.figures[Lang::En][0].head, "131");
        // The 1994 toll is the article's and the decision's; the figure after it is the ministry's.
        assert!(memorial.figures[Lang::En][0].source.contains("News.az (2026)"));
        assert!(memorial.figures[Lang::En][1].source.contains("Foreign Ministry of Azerbaijan (2026)"));
        assert_eq!(memorial.timeline[Lang::Ru][0].head, "Ночь с 19 на 20 января");
        assert_eq!(memorial.timeline[Lang::Az][0].head, "Yanvarın 19-dan 20-nə keçən gecə");
        assert_eq!(memorial.timeline[Lang::En][1].iso_date, "1990-01-21");
    }

    #[test]
    fn unsourced_undated_or_unknown_entries_are_refused() {
        let brain = Brain::embedded().unwrap();
        let bad = APP_TOML
            .replacen("sources = [\"newsaz-2026\", \"milli", "sources = [\"rumour\", \"milli", 1)
            .replacen("fact = \"killed_total\"", "fact = \"event_date\"", 1)
            .replacen("dates = [\"aliyev_protest_date\"]", "dates = [\"nowhere\"]", 1);
        let problems = Memorial::from_source(&bad, &brain).unwrap_err();
        // The figure's fact is no figure, and its value message does not show it in any language.
        assert_eq!(problems.len(), 6, "{problems:#?}");
        let reordered = APP_TOML.replacen("dates = [\"funeral_date\"]", "dates = [\"event_date\"]", 1);
        let problems = Memorial::from_source(&reordered, &brain).unwrap_err();
        assert!(problems.iter().any(|p| p.contains("out of order")), "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("must use one of its dates")), "{problems:#?}");
    }
}
