//! What each topic's answer tells, found from the variables its English message uses: the days of
//! January, the figures and the years. Understanding uses them to point a date at its topics and
//! to tell a wrong figure or year from one the answer gives.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Lang, Locales};
use crate::knowledge::{self, Fact, Knowledge};
use crate::understand::Figures;
use crate::understand::dates::KnownDates;

/// The dates of the facts, and for each day of January the one or two topics whose answers tell
/// of it (found from the variables their English messages use), so that naming the day points
/// at them.
pub(crate) fn date_pointers(knowledge: &Knowledge, locales: &Locales) -> KnownDates {
    let mut dates = known_dates(knowledge);
    let inventory = locales.inventory(Lang::En);
    let mut days: Vec<(u32, Vec<usize>)> = Vec::new();
    for (key, fact) in &knowledge.facts {
        let knowledge::Fact::Date(date) = fact else { continue };
        if date.month() != 1 {
            continue;
        }
        let forms = [key.clone(), format!("{key}_short"), format!("{key}_day")];
        let slots: Vec<usize> = knowledge
            .all_topics()
            .filter(|&t| {
                let id = format!("topic-{}", knowledge.topic(t).id);
                inventory.iter().any(|(m, vars)| *m == id && forms.iter().any(|f| vars.contains(f)))
            })
            .map(|t| t.index())
            .collect();
        // Topics of every fact on the same day together: "20 January" is the event's day (told
        // of everywhere) as well as the article's date (told of by one topic).
        match days.iter_mut().find(|(d, _)| *d == date.day()) {
            Some((_, known)) => known.extend(slots.into_iter().filter(|s| !known.contains(s)).collect::<Vec<_>>()),
            None => days.push((date.day(), slots)),
        }
    }
    for (day, slots) in days.into_iter().filter(|(_, slots)| (1..=2).contains(&slots.len())) {
        dates = dates.pointing(day, slots);
    }
    dates
}

/// The dates the facts speak of, for telling questions about other dates; from the source's own
/// year on, years are the present (anniversaries, countdowns): "20 January 2025" is another day's
/// news, "20 January 2027" the next anniversary.
fn known_dates(knowledge: &Knowledge) -> KnownDates {
    let dates: Vec<NaiveDate> =
        knowledge.facts.iter().filter_map(|(_, f)| if let Fact::Date(d) = f { Some(*d) } else { None }).collect();
    let present = match knowledge.fact("source_date") {
        Some(Fact::Date(d)) => d.year(),
        _ => knowledge.event_date().year() + 30,
    };
    KnownDates::new(&dates, present)
}

/// The figures of the facts (numbers, and the hours of times of day), by key, and the years each
/// topic tells of: what a figure or year of a question is checked against.
pub(crate) fn figures(knowledge: &Knowledge, locales: &Locales) -> Figures {
    use chrono::Timelike;
    let numbers: Vec<(&String, i64)> = knowledge
        .facts
        .iter()
        .filter_map(|(key, fact)| match fact {
            knowledge::Fact::Number(n) => Some((key, *n)),
            knowledge::Fact::Text(_) => knowledge.time_of_day(key).map(|t| (key, i64::from(t.hour()))),
            knowledge::Fact::Date(_) => None,
        })
        .collect();
    Figures {
        known: numbers.iter().map(|&(_, n)| n).collect(),
        years: years(knowledge, locales),
        by_key: numbers.iter().map(|&(key, n)| (key.clone(), n)).collect(),
        event_day: knowledge.event_date().day(),
        event_year: knowledge.event_date().year(),
        told: told(knowledge, locales),
        groups: knowledge.all_topics().map(|t| knowledge.topic(t).group.clone()).collect(),
    }
}

/// The figures each topic's English answer gives, by key: "did 150 die?" goes to a topic that
/// gives 150 and says whose figure it is.
fn told(knowledge: &Knowledge, locales: &Locales) -> Vec<(usize, String)> {
    let mut told = Vec::new();
    for (message, vars) in locales.inventory(Lang::En) {
        let Some(topic) = message.strip_prefix("topic-").and_then(|id| knowledge.topic_id(id)) else { continue };
        for (key, fact) in &knowledge.facts {
            if matches!(fact, knowledge::Fact::Number(_)) && vars.contains(key) {
                told.push((topic.index(), key.clone()));
            }
        }
    }
    told
}

/// The years each topic's English answer tells of: those of its dates and its `_year` figures, and
/// the years it says accounts differ on.
fn years(knowledge: &Knowledge, locales: &Locales) -> Vec<(usize, i32)> {
    use chrono::Datelike;
    let mut years = Vec::new();
    for (message, vars) in locales.inventory(Lang::En) {
        let Some(topic) = message.strip_prefix("topic-").and_then(|id| knowledge.topic_id(id)) else { continue };
        for (key, fact) in &knowledge.facts {
            let year = match fact {
                knowledge::Fact::Date(date) if vars.iter().any(|v| v.starts_with(key.as_str())) => date.year(),
                knowledge::Fact::Number(n) if key.ends_with("_year") && vars.contains(key) => *n as i32,
                _ => continue,
            };
            years.push((topic.index(), year));
        }
    }
    for topic in knowledge.all_topics() {
        years.extend(knowledge.topic(topic).disputed_years.iter().map(|&year| (topic.index(), year)));
    }
    years
}
