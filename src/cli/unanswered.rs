//! `unanswered`: exports the questions the bot could not answer, most asked first, so that the
//! knowledge can grow from what people really ask.

use chrono::{DateTime, Utc};
use std::io::Write;

use crate::store::Store;

/// How many distinct questions are exported at most.
const LIMIT: i64 = 10_000;

/// Parses a period such as "30d" (days) or "12w" (weeks) into days.
pub fn days(text: &str) -> Result<i64, String> {
    let bad = || format!("`{text}` is not a period such as 30d or 12w");
    let text = text.trim();
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let n: i64 = number.parse().map_err(|_| bad())?;
    match unit {
        "d" if n > 0 => Ok(n),
        "w" if n > 0 => Ok(n * 7),
        _ => Err(bad()),
    }
}

pub async fn run(store: &Store, now: DateTime<Utc>, days: i64, tsv: bool) -> anyhow::Result<()> {
    let list = store.unanswered(now, days, LIMIT).await?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if tsv {
        writeln!(out, "count\tlang\toutcome\tquestion")?;
    }
    for item in list {
        if tsv {
            // The question is folded text: no tabs or line breaks survive folding.
            writeln!(out, "{}\t{}\t{}\t{}", item.count, item.lang.code(), item.outcome, item.question)?;
        } else {
            writeln!(out, "{:>6}  {}  {:<12}  {}", item.count, item.lang.code(), item.outcome, item.question)?;
        }
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(days("30d"), Ok(30));
        assert_eq!(days("2w"), Ok(14));
        assert!(days("0d").is_err() && days("30").is_err() && days("d").is_err() && days("").is_err());
    }
}
