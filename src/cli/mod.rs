//! The command line: a thin layer over the core, answering exactly as the bot does (design.md has
//! the contract that scripts rely on).

pub mod ask;
pub mod chat;
pub mod check;
pub mod schedule;
pub mod topics;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};

use crate::clock::parse_instant;
use crate::i18n::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "january20-bot",
    version,
    about = "Keeps the memory of 20 January 1990 in Baku: a Telegram bot and its command line"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (long polling). Needs TELOXIDE_TOKEN.
    Serve {
        /// SQLite database file [env: JANUARY20_DB] [default: january20-bot.db]
        #[arg(long)]
        db: Option<PathBuf>,
        /// Start the bot's clock at this instant and let it run forward (a rehearsal)
        #[arg(long, value_parser = instant)]
        simulate_from: Option<DateTime<Utc>>,
    },
    /// Answer questions as the bot would: one given, or one per line of standard input
    Ask {
        /// Answer in this language instead of the question's own
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The clock, as RFC 3339 (e.g. 2027-01-20T12:00:00+04:00)
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
        /// One JSON object per question: {"lang", "topic", "confidence", "text"}
        #[arg(long)]
        json: bool,
        /// Also print the vocabulary terms each question matched (for tuning data/vocabulary/)
        #[arg(long)]
        explain: bool,
        /// The question; without it, questions are read from standard input, one per line
        question: Vec<String>,
    },
    /// Talk to the bot in the terminal
    Chat {
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
    },
    /// Every topic with its title and full answer
    Topics {
        #[arg(long, value_enum, default_value = "en")]
        lang: Lang,
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
        #[arg(long)]
        json: bool,
    },
    /// The reminder occurrences of a year, on Baku time and UTC
    Schedule {
        /// The year [default: the current year in Baku]
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        json: bool,
    },
    /// Load and cross-check data and all locales; non-zero exit with a list of problems
    Check {
        /// Check the data/ and locales/ of this project folder instead of the embedded ones
        #[arg(long)]
        root: Option<PathBuf>,
    },
}

fn instant(text: &str) -> Result<DateTime<Utc>, String> {
    parse_instant(text)
}
