//! What the bot knows: the facts of data/facts.toml and the topics of data/topics.toml, embedded
//! in the binary and checked at start.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::i18n::{self, Lang, Locales, Value};
use crate::sources::{SOURCES_TOML, Sources};

pub const FACTS_TOML: &str = include_str!("../data/facts.toml");
pub const TOPICS_TOML: &str = include_str!("../data/topics.toml");

/// A problem in data/.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("data/{file}: {message}")]
    Parse { file: &'static str, message: String },
    #[error("data/facts.toml: `{0}` is defined twice")]
    DuplicateFact(String),
    #[error("data/facts.toml: `{key}` = {value} is neither a whole number, a date (YYYY-MM-DD) nor text")]
    BadFact { key: String, value: String },
    #[error("data/facts.toml: `{0}` is missing")]
    MissingFact(&'static str),
    #[error("data/facts.toml: `{key}` must be a {what}")]
    NotA { key: &'static str, what: &'static str },
    #[error("data/topics.toml: topic `{0}` is missing (the bot's commands and menus use it)")]
    MissingTopic(&'static str),
    #[error("data/topics.toml: topic `{0}` is listed twice")]
    DuplicateTopic(String),
    #[error("data/topics.toml: topic id `{0}` must be lower-case letters and underscores")]
    BadTopicId(String),
    #[error("{0}")]
    Sources(String),
    #[error("data/{file}: `{whose}` names no source")]
    Unsourced { file: &'static str, whose: String },
    #[error("data/{file}: `{whose}` names the source `{id}`, which data/sources.toml does not have")]
    UnknownSource { file: &'static str, whose: String, id: String },
    #[error("data/topics.toml: topic `{topic}` {what} `{name}`, which is not defined")]
    UnknownReference { topic: String, what: &'static str, name: String },
}

/// One fact: a figure, a date or a short text such as a time of day.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Number(i64),
    Date(NaiveDate),
    Text(String),
}

/// A topic of `Knowledge::topics`, by its place in the /facts menu order. Its stable name (the id
/// in data/topics.toml, `ask --json` and callback data) is `Knowledge::topic(id).id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TopicId(u16);

/// A topic the bot answers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    /// The answer depends on the clock (years passed, days left).
    #[serde(default)]
    pub clock: bool,
    #[serde(default)]
    pub examples: BTreeMap<Lang, Vec<String>>,
    /// Its group in the /facts menu (a `[[group]]` id).
    pub group: String,
    /// The ids of data/sources.toml its answer rests on, shown under it.
    pub sources: Vec<String>,
    /// The topics offered as buttons under its answer.
    #[serde(default)]
    pub related: Vec<String>,
    /// Years its answer says accounts differ on, that no source of ours settles: a question that
    /// guesses one is answered without a "No" (docs/knowledge/facts.md, Disagreements).
    #[serde(default)]
    pub disputed_years: Vec<i32>,
}

#[derive(Deserialize)]
struct TopicsFile {
    group: Vec<Group>,
    topic: Vec<Topic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    id: String,
}

/// A section of data/facts.toml and the ids of the sources its facts come from.
pub type SectionSources = (String, Vec<String>);

/// Facts and topics.
#[derive(Debug, Clone)]
pub struct Knowledge {
    pub facts: Vec<(String, Fact)>,
    /// Each section of data/facts.toml with the sources its facts come from.
    pub fact_sources: Vec<SectionSources>,
    pub topics: Vec<Topic>,
    /// The groups of the /facts menu, in order.
    pub groups: Vec<String>,
    pub sources: Sources,
}

impl Knowledge {
    pub fn embedded() -> Result<Self, Vec<KnowledgeError>> {
        Self::from_data(FACTS_TOML, TOPICS_TOML, SOURCES_TOML)
    }

    pub fn from_data(facts_toml: &str, topics_toml: &str, sources_toml: &str) -> Result<Self, Vec<KnowledgeError>> {
        let mut errors = Vec::new();
        let (facts, fact_sources) = parse_facts(facts_toml, &mut errors);
        let (topics, groups) = parse_topics(topics_toml, &mut errors);
        let sources = Sources::parse(sources_toml).unwrap_or_else(|errs| {
            errors.extend(errs.into_iter().map(|e| KnowledgeError::Sources(e.to_string())));
            Sources::default()
        });
        let knowledge = Knowledge { facts, fact_sources, topics, groups, sources };
        knowledge.check_references(&mut errors);
        for key in REQUIRED_FACTS {
            if knowledge.fact(key).is_none() {
                errors.push(KnowledgeError::MissingFact(key));
            }
        }
        if !matches!(knowledge.fact("event_date"), None | Some(Fact::Date(_))) {
            errors.push(KnowledgeError::NotA { key: "event_date", what: "date (YYYY-MM-DD)" });
        }
        for key in ["silence_at", "traffic_from"] {
            if knowledge.fact(key).is_some() && knowledge.time_of_day(key).is_none() {
                errors.push(KnowledgeError::NotA { key, what: "time of day (HH:MM)" });
            }
        }
        for id in MENU_TOPICS.into_iter().chain(COMMAND_TOPICS) {
            if knowledge.topic_id(id).is_none() {
                errors.push(KnowledgeError::MissingTopic(id));
            }
        }
        if errors.is_empty() { Ok(knowledge) } else { Err(errors) }
    }

    pub fn fact(&self, key: &str) -> Option<&Fact> {
        self.facts.iter().find(|(k, _)| k == key).map(|(_, f)| f)
    }

    /// The date of the tragedy, from which anniversaries are counted.
    pub fn event_date(&self) -> NaiveDate {
        match self.fact("event_date") {
            Some(Fact::Date(date)) => *date,
            _ => unreachable!("checked in from_sources"),
        }
    }

    /// A whole number of the facts, by key.
    pub fn number(&self, key: &str) -> Option<i64> {
        match self.fact(key)? {
            Fact::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A time of day given in the facts ("12:00"), by key.
    pub fn time_of_day(&self, key: &str) -> Option<chrono::NaiveTime> {
        match self.fact(key)? {
            Fact::Text(text) => chrono::NaiveTime::parse_from_str(text, "%H:%M").ok(),
            _ => None,
        }
    }

    /// The topic named `name` in data/topics.toml.
    pub fn topic_id(&self, name: &str) -> Option<TopicId> {
        self.topics.iter().position(|t| t.id == name).map(|i| TopicId(i as u16))
    }

    /// A topic the bot relies on by name (menus, commands), checked at load.
    pub fn required_topic(&self, name: &'static str) -> TopicId {
        self.topic_id(name).unwrap_or_else(|| unreachable!("topic `{name}` is checked in from_sources"))
    }

    pub fn topic(&self, id: TopicId) -> &Topic {
        &self.topics[id.index()]
    }

    /// Every topic, in menu order.
    pub fn all_topics(&self) -> impl Iterator<Item = TopicId> + use<> {
        (0..self.topics.len() as u16).map(TopicId)
    }

    /// The stable names of all topics, in menu order.
    pub fn topic_names(&self) -> Vec<&str> {
        self.topics.iter().map(|t| t.id.as_str()).collect()
    }

    /// The topics of the short menu offered with an out-of-scope answer.
    pub fn menu_topics(&self) -> Vec<TopicId> {
        MENU_TOPICS.iter().map(|name| self.required_topic(name)).collect()
    }

    /// Every fact as Fluent arguments for `lang`. Numbers stay numbers (for plural rules);
    /// a date `x` becomes `$x` ("20 January 1990"), `$x_short` ("20 January"), and the numbers
    /// `$x_day` (20), `$x_month` (1) and `$x_year` (1990), for case forms a whole date cannot take
    /// ("1990-cı il yanvarın 19-dan 20-nə keçən gecə").
    pub fn fact_args(&self, lang: Lang, locales: &Locales) -> Vec<(String, Value)> {
        let mut args = Vec::new();
        for (key, fact) in &self.facts {
            match fact {
                Fact::Number(n) => args.push((key.clone(), Value::Number(*n))),
                Fact::Text(text) => args.push((key.clone(), Value::Text(text.clone()))),
                Fact::Date(date) => {
                    args.push((key.clone(), Value::Text(format_date(locales, lang, *date, "date-full"))));
                    args.push((format!("{key}_short"), Value::Text(format_date(locales, lang, *date, "date-short"))));
                    args.push((format!("{key}_day"), Value::Number(date.day() as i64)));
                    args.push((format!("{key}_month"), Value::Number(date.month() as i64)));
                    args.push((format!("{key}_year"), Value::Number(date.year() as i64)));
                }
            }
        }
        args
    }

    /// Every fact section and topic names sources that exist; groups and related topics exist.
    fn check_references(&self, errors: &mut Vec<KnowledgeError>) {
        let named = self.fact_sources.iter().map(|(section, ids)| ("facts.toml", section, ids));
        let named = named.chain(self.topics.iter().map(|t| ("topics.toml", &t.id, &t.sources)));
        for (file, whose, ids) in named {
            if ids.is_empty() {
                errors.push(KnowledgeError::Unsourced { file, whose: whose.clone() });
            }
            for id in ids.iter().filter(|id| self.sources.get(id).is_none()) {
                errors.push(KnowledgeError::UnknownSource { file, whose: whose.clone(), id: id.clone() });
            }
        }
        for topic in &self.topics {
            let unknown_group = (!self.groups.contains(&topic.group)).then_some(("is in the group", &topic.group));
            let unknown_related =
                topic.related.iter().filter(|r| self.topic_id(r).is_none()).map(|r| ("offers the related topic", r));
            for (what, name) in unknown_group.into_iter().chain(unknown_related) {
                errors.push(KnowledgeError::UnknownReference { topic: topic.id.clone(), what, name: name.clone() });
            }
        }
    }

    /// The topics of one /facts group, in file order.
    pub fn group_topics(&self, group: &str) -> Vec<TopicId> {
        self.all_topics().filter(|&t| self.topic(t).group == group).collect()
    }

    /// The topics offered under a topic's answer.
    pub fn related(&self, topic: TopicId) -> Vec<TopicId> {
        self.topic(topic).related.iter().filter_map(|name| self.topic_id(name)).collect()
    }
}

/// The facts of data/facts.toml, and each section's sources (the `sources` key of a section).
fn parse_facts(text: &str, errors: &mut Vec<KnowledgeError>) -> (Vec<(String, Fact)>, Vec<SectionSources>) {
    let mut facts: Vec<(String, Fact)> = Vec::new();
    let mut sections = Vec::new();
    let table = match text.parse::<toml::Table>() {
        Ok(table) => table,
        Err(e) => {
            errors.push(KnowledgeError::Parse { file: "facts.toml", message: e.to_string() });
            return (facts, sections);
        }
    };
    for (section, values) in table {
        let toml::Value::Table(values) = values else { continue };
        let mut sources = Vec::new();
        for (key, value) in values {
            if key == "sources" {
                let ids = value.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect());
                sources = ids.unwrap_or_default();
                continue;
            }
            match fact_of(&value) {
                _ if facts.iter().any(|(k, _)| *k == key) => errors.push(KnowledgeError::DuplicateFact(key)),
                Some(fact) => facts.push((key, fact)),
                None => errors.push(KnowledgeError::BadFact { key, value: value.to_string() }),
            }
        }
        sections.push((section, sources));
    }
    (facts, sections)
}

fn fact_of(value: &toml::Value) -> Option<Fact> {
    match value {
        toml::Value::Integer(n) => Some(Fact::Number(*n)),
        toml::Value::String(s) => Some(match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) => Fact::Date(date),
            Err(_) => Fact::Text(s.clone()),
        }),
        _ => None,
    }
}

/// The topics of data/topics.toml and the groups of the /facts menu.
fn parse_topics(text: &str, errors: &mut Vec<KnowledgeError>) -> (Vec<Topic>, Vec<String>) {
    let file = match toml::from_str::<TopicsFile>(text) {
        Ok(file) => file,
        Err(e) => {
            errors.push(KnowledgeError::Parse { file: "topics.toml", message: e.to_string() });
            return (Vec::new(), Vec::new());
        }
    };
    let mut topics: Vec<Topic> = Vec::new();
    for topic in file.topic {
        if !topic.id.chars().all(|c| c.is_ascii_lowercase() || c == '_') || topic.id.is_empty() {
            errors.push(KnowledgeError::BadTopicId(topic.id.clone()));
        }
        if topics.iter().any(|t| t.id == topic.id) {
            errors.push(KnowledgeError::DuplicateTopic(topic.id.clone()));
        }
        topics.push(topic);
    }
    (topics, file.group.into_iter().map(|g| g.id).collect())
}

impl TopicId {
    /// The topic's place in `Knowledge::topics`.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The topic at `index` of the vocabulary's slots (the same order as `Knowledge::topics`).
    pub(crate) fn from_index(index: usize) -> TopicId {
        TopicId(index as u16)
    }
}

/// Facts the code itself relies on.
const REQUIRED_FACTS: [&str; 5] =
    ["event_date", "silence_at", "traffic_from", "silence_minutes", "unanswered_kept_days"];

/// Topics offered in the short menu under an out-of-scope answer.
const MENU_TOPICS: [&str; 6] = ["overview", "casualties", "orders", "martyrs", "commemoration", "countdown"];

/// Topics the code asks for by id besides the menu: /countdown and /sources.
const COMMAND_TOPICS: [&str; 2] = ["countdown", "sources"];

/// A date in words, by the locale's `date-full` or `date-short` message.
pub fn format_date(locales: &Locales, lang: Lang, date: NaiveDate, message: &str) -> String {
    let args = i18n::args([
        ("day", i18n::n(date.day() as i64)),
        ("month", i18n::n(date.month() as i64)),
        ("year", i18n::n(date.year() as i64)),
    ]);
    locales.text(lang, message, Some(&args))
}
