//! `schedule`: the reminder occurrences of a year, the same ones the scheduler uses.

use chrono::{Datelike, SecondsFormat};
use serde::Serialize;

use crate::calendar::{BAKU, Reminders};

#[derive(Serialize)]
struct JsonOccurrence {
    id: String,
    local: String,
    utc: String,
}

pub fn run(
    reminders: &Reminders,
    year: Option<i32>,
    now: chrono::DateTime<chrono::Utc>,
    json: bool,
) -> anyhow::Result<()> {
    let year = year.unwrap_or_else(|| now.with_timezone(&BAKU).year());
    let list: Vec<JsonOccurrence> = reminders
        .occurrences(year)
        .into_iter()
        .map(|o| JsonOccurrence {
            id: o.reminder.clone(),
            local: o.local().to_rfc3339_opts(SecondsFormat::Secs, true),
            utc: o.at.to_rfc3339_opts(SecondsFormat::Secs, true),
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        for o in list {
            println!("{:<8} {}  (Asia/Baku)   {}", o.id, o.local, o.utc);
        }
    }
    Ok(())
}
