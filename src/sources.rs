//! Where the facts come from: the bibliographic records of data/sources.toml, how an answer names
//! them ("Sources: …") and how /sources lists them by kind.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::i18n::Lang;

pub const SOURCES_TOML: &str = include_str!("../data/sources.toml");

/// The kinds of source, in the order /sources offers them.
pub const KINDS: [&str; 5] = ["official", "news-1990", "ngo", "later", "reference"];

/// One source: who published what, when, and where it can be read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub kind: String,
    /// How an answer names it: English always, Azerbaijani and Russian where the name is translated.
    pub name: BTreeMap<Lang, String>,
    pub publisher: String,
    /// The title as published, kept for the record.
    pub title: String,
    /// The title as a reader of each language reads it in /sources: all three, or `check` fails.
    #[serde(default)]
    pub titles: BTreeMap<Lang, String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when the page bears no date.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub note: String,
}

impl Source {
    /// The source's name in `lang`, falling back to English.
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(&lang).or_else(|| self.name.get(&Lang::En)).map_or(self.id.as_str(), String::as_str)
    }

    /// The title in `lang` (every source has all three; the published one if a test builds one
    /// without).
    pub fn title(&self, lang: Lang) -> &str {
        self.titles.get(&lang).unwrap_or(&self.title)
    }

    /// When it was published, as precisely as its date says.
    pub fn dated(&self) -> Dated {
        let mut parts = self.date.split('-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d)), None) => {
                NaiveDate::from_ymd_opt(y as i32, m, d).map_or(Dated::Unreadable, Dated::Day)
            }
            (Some(Ok(y)), Some(Ok(m)), None, None) if (1..=12).contains(&m) => Dated::Month(y as i32, m),
            (Some(Ok(y)), None, None, None) if self.date.len() == 4 => Dated::Year(y as i32),
            _ if self.date.is_empty() => Dated::Undated,
            _ => Dated::Unreadable,
        }
    }

    /// The year it was published, if known.
    pub fn year(&self) -> Option<&str> {
        self.date.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    }

    /// "Name (year)", as the "Sources:" line shows it.
    pub fn cite(&self, lang: Lang) -> String {
        match self.year() {
            Some(year) => format!("{} ({year})", self.name(lang)),
            None => self.name(lang).to_string(),
        }
    }
}

/// How precisely a source is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
    Undated,
    /// Not one of the forms above: `parse` refuses it.
    Unreadable,
}

/// A problem in data/sources.toml.
#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    #[error("data/sources.toml: {0}")]
    Parse(String),
    #[error("data/sources.toml: `{0}` is listed twice")]
    Duplicate(String),
    #[error("data/sources.toml: `{id}` has kind `{kind}`, which is none of {KINDS:?}")]
    Kind { id: String, kind: String },
    #[error("data/sources.toml: `{0}` has no English name")]
    NoName(String),
    #[error("data/sources.toml: `{0}` lacks its title in az, en or ru (`titles`)")]
    NoTitles(String),
    #[error("data/sources.toml: `{id}` has the date `{date}`, which is not YYYY, YYYY-MM or YYYY-MM-DD")]
    Date { id: String, date: String },
}

#[derive(Deserialize)]
struct SourcesFile {
    source: Vec<Source>,
}

/// Every source, in the order of data/sources.toml.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub list: Vec<Source>,
}

impl Sources {
    pub fn embedded() -> Result<Self, Vec<SourcesError>> {
        Self::parse(SOURCES_TOML)
    }

    pub fn parse(text: &str) -> Result<Self, Vec<SourcesError>> {
        let file: SourcesFile = toml::from_str(text).map_err(|e| vec![SourcesError::Parse(e.to_string())])?;
        let mut errors = Vec::new();
        for (at, source) in file.source.iter().enumerate() {
            if file.source[..at].iter().any(|s| s.id == source.id) {
                errors.push(SourcesError::Duplicate(source.id.clone()));
            }
            if !KINDS.contains(&source.kind.as_str()) {
                errors.push(SourcesError::Kind { id: source.id.clone(), kind: source.kind.clone() });
            }
            if !source.name.contains_key(&Lang::En) {
                errors.push(SourcesError::NoName(source.id.clone()));
            }
            if Lang::ALL.iter().any(|lang| source.titles.get(lang).is_none_or(|t| t.trim().is_empty())) {
                errors.push(SourcesError::NoTitles(source.id.clone()));
            }
            if source.dated() == Dated::Unreadable {
                errors.push(SourcesError::Date { id: source.id.clone(), date: source.date.clone() });
            }
        }
        if errors.is_empty() { Ok(Sources { list: file.source }) } else { Err(errors) }
    }

    pub fn get(&self, id: &str) -> Option<&Source> {
        self.list.iter().find(|s| s.id == id)
    }

    /// The sources of one kind, in file order.
    pub fn of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Source> + 'a {
        self.list.iter().filter(move |s| s.kind == kind)
    }

    /// The citations of `ids` in `lang`, each named once ("Los Angeles Times (1990)" for three of
    /// its 1990 articles).
    pub fn cite_all<'a>(&self, ids: impl IntoIterator<Item = &'a String>, lang: Lang) -> Vec<String> {
        let mut cited: Vec<String> = Vec::new();
        for source in ids.into_iter().filter_map(|id| self.get(id)) {
            let cite = source.cite(lang);
            if !cited.contains(&cite) {
                cited.push(cite);
            }
        }
        cited
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_sources_parse_and_the_article_comes_first() {
        let sources = Sources::embedded().expect("data/sources.toml is valid");
        assert_eq!(sources.list[0].id, "newsaz-2026");
    }

    #[test]
    fn a_source_without_its_titles_is_refused() {
        let mut dropped = false;
        let without_first: Vec<&str> = SOURCES_TOML
            .lines()
            .filter(|line| {
                let drop = !dropped && line.starts_with("titles = ");
                dropped |= drop;
                !drop
            })
            .collect();
        let errors = Sources::parse(&without_first.join("\n")).unwrap_err();
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["data/sources.toml: `newsaz-2026` lacks its title in az, en or ru (`titles`)"]
        );
        let one_empty = SOURCES_TOML.replacen("az = \"20 Yanvar faciəsindən otuz altı il ötür\"", "az = \" \"", 1);
        assert!(Sources::parse(&one_empty).is_err());
    }

    #[test]
    fn a_date_is_read_as_precisely_as_it_is_written() {
        let dated = |date: &str| Source { date: date.into(), ..Sources::embedded().unwrap().list[0].clone() }.dated();
        assert_eq!(dated("1990-01-19"), Dated::Day(NaiveDate::from_ymd_opt(1990, 1, 19).unwrap()));
        assert_eq!(dated("1994-03"), Dated::Month(1994, 3));
        assert_eq!(dated("1991"), Dated::Year(1991));
        assert_eq!(dated(""), Dated::Undated);
        for wrong in ["1994-13", "1990-02-30", "19", "March 1994", "1994-03-01-02"] {
            assert_eq!(dated(wrong), Dated::Unreadable, "{wrong}");
        }
    }

    #[test]
    fn citations_name_each_publisher_and_year_once() {
        let sources = Sources::embedded().unwrap();
        let ids: Vec<String> =
            ["latimes-1990-01-22", "latimes-1990-01-23", "milli-majlis-1994-decision"].map(String::from).into();
        assert_eq!(sources.cite_all(&ids, Lang::Ru), ["Los Angeles Times (1990)", "Милли Меджлис (1994)"]);
    }
}
