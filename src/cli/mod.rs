//! The command line: a thin layer over the core and the application, answering exactly as the bot
//! does (design.md has the contract that scripts rely on). Every setting, flag or environment
//! variable, is declared here, once.

pub mod ask;
pub mod card;
pub mod chat;
pub mod check;
mod json;
pub mod schedule;
pub mod topics;
pub mod train;
pub mod unanswered;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};

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
    /// Run the Telegram bot (long polling, or a webhook). Needs TELOXIDE_TOKEN.
    Serve(ServeArgs),
    /// Register the webhook with Telegram (setWebhook with the secret); pending updates are kept.
    /// Needs TELOXIDE_TOKEN and JANUARY20_WEBHOOK_SECRET
    SetWebhook(WebhookArgs),
    /// Remove the webhook (deleteWebhook), to go back to long polling; pending updates are kept
    DeleteWebhook(WebhookArgs),
    /// Answer questions as the bot would: one given, or one per line of standard input
    Ask {
        /// Answer in this language instead of the question's own
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The clock, as RFC 3339 (e.g. 2027-01-20T12:00:00+04:00)
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
        /// One JSON object per question: {"lang", "topic", "outcome", "candidates", "confidence",
        /// "text"}. `outcome` is "answer", "correction" (a wrong premise set right), "did_you_mean"
        /// (`candidates`: the topics offered), "not_in_sources" (`candidates`: the nearest topics),
        /// "out_of_scope", "smalltalk", "consoled" (a question asked beside a loss, answered) or
        /// "more"; `topic` is null unless the outcome names one (README: the table of outcomes)
        #[arg(long)]
        json: bool,
        /// Also print the vocabulary terms each question matched (for tuning data/vocabulary/)
        #[arg(long)]
        explain: bool,
        /// The question; without it, questions are read from standard input, one per line
        question: Vec<String>,
    },
    /// Talk to the bot in the terminal, as in a private Telegram chat
    Chat {
        /// The language of your "Telegram client": the bot's language until you choose one
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
        /// Keep /subscribe and /language in this SQLite file [default: a temporary one]
        #[arg(long)]
        db: Option<PathBuf>,
        /// Be an owner: /stats, /broadcast and /unanswered work in the terminal too
        #[arg(long)]
        owner: bool,
        /// Answer every message, however fast: lifts the flood limit (20 answers a minute) in the
        /// terminal only, to pipe in a list of questions; the Telegram bot keeps it
        #[arg(long)]
        no_flood: bool,
        /// Play a bot whose reminders are due but not sent yet: a reminder whose hour has come (and
        /// whose late window has not passed) counts as on its way to a chat subscribed by that hour,
        /// as the sender would still bring it, so /status shows its "late" line.
        /// Without it the terminal, which sends nothing, counts every reminder as delivered at its hour
        #[arg(long)]
        late: bool,
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
    /// Write the memorial card (1080×1080 PNG) as /card sends it
    Card {
        #[arg(long, value_enum, default_value = "az")]
        lang: Lang,
        /// The clock, as RFC 3339: the years passed are counted to this instant, Baku time
        #[arg(long, value_parser = instant)]
        now: Option<DateTime<Utc>>,
        #[arg(long, default_value = "card.png")]
        out: PathBuf,
    },
    /// The reminder occurrences of a year, on Baku time and UTC
    Schedule {
        /// The year [default: the current year in Baku]
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        plan: PlanArgs,
    },
    /// Export the questions the bot could not answer (no user or chat ids are kept)
    Unanswered {
        /// The bot's SQLite database file or PostgreSQL URL
        #[arg(long, env = "JANUARY20_DB", hide_env_values = true, default_value = "january20-bot.db")]
        db: PathBuf,
        /// Only questions of this period: 30d (days) or 12w (weeks)
        #[arg(long, default_value = "30d", value_parser = unanswered::days)]
        since: i64,
        /// Tab-separated with a header: count, lang, outcome, question
        #[arg(long)]
        tsv: bool,
    },
    /// Train the learned layer of understanding on tests/questions/ and write data/model/
    Train {
        /// The labelled question sets (lang<TAB>topic<TAB>question)
        #[arg(long, default_value = "tests/questions")]
        questions: PathBuf,
        /// Where to write the model (rebuild the binary afterwards to embed it)
        #[arg(long, default_value = "data/model/understanding.bin")]
        out: PathBuf,
        /// Retrain and compare with --out instead of writing it; non-zero exit if they differ
        #[arg(long)]
        check: bool,
    },
    /// Load and cross-check data and all locales; non-zero exit with a list of problems
    Check {
        /// Check the data/ and locales/ of this project folder instead of the embedded ones
        #[arg(long)]
        root: Option<PathBuf>,
    },
}

/// The settings of `serve`. Every one may come from the environment; an empty variable counts
/// as unset.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// SQLite database file, or a PostgreSQL URL (postgres://user:password@host:5432/database)
    /// [default: DATABASE_URL if set, else january20-bot.db]
    #[arg(long, env = "JANUARY20_DB", hide_env_values = true)]
    pub db: Option<PathBuf>,
    /// The usual variable of hosting platforms for a PostgreSQL URL, used when --db is not given
    #[arg(long = "database-url", env = "DATABASE_URL", hide = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Start the bot's clock at this instant and let it run forward (a rehearsal)
    #[arg(long, value_parser = instant)]
    pub simulate_from: Option<DateTime<Utc>>,
    /// With --simulate-from: run the bot's clock this many times as fast as real time (a morning
    /// rehearsed in minutes; the send budget keeps its limits in the bot's seconds)
    #[arg(long, default_value_t = 1, requires = "simulate_from", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub simulate_speed: u32,
    /// With --simulate-from: the real instant at which the bot's clock read --simulate-from
    /// [default: now]. Replicas started one after another then share one rehearsal clock
    #[arg(long, value_parser = instant, requires = "simulate_from")]
    pub simulate_started_at: Option<DateTime<Utc>>,
    /// A self-hosted Bot API server instead of Telegram's
    #[arg(long, env = "TELOXIDE_API_URL", hide_env_values = true)]
    pub api_url: Option<String>,
    /// Comma-separated Telegram user ids allowed /stats and /broadcast (people: never shown by
    /// --help)
    #[arg(long, env = "JANUARY20_OWNERS", hide_env_values = true)]
    pub owners: Option<String>,
    /// Messages per second, everything the bot sends together: replies first, reminder waves and
    /// broadcasts in what is left (Telegram allows about 30)
    #[arg(long, env = "JANUARY20_MAX_PER_SECOND")]
    pub max_per_second: Option<String>,
    /// Send reminder waves and broadcasts as paid broadcasts (`allow_paid_broadcast`: up to 1000
    /// a second, 0.1 Telegram Star per message from the bot's balance); `schedule --plan` shows
    /// the cost
    #[arg(long, env = "JANUARY20_PAID_BROADCAST")]
    pub paid_broadcast: bool,
    /// Serve /healthz and /metrics (and the webhook) on this address, e.g. 0.0.0.0:8443
    #[arg(long, env = "JANUARY20_LISTEN")]
    pub listen: Option<String>,
    /// Receive updates by webhook at this public URL instead of long polling (needs --listen and
    /// JANUARY20_WEBHOOK_SECRET; register it once with `set-webhook`)
    #[arg(long, env = "JANUARY20_WEBHOOK_URL")]
    pub webhook_url: Option<String>,
    /// The public address of the memorial page (/app on --listen, through a proxy with HTTPS):
    /// the bot's menu button opens it, and /start, /card, the 12:00 reminder and inline results
    /// offer it (needs --listen)
    #[arg(long, env = "JANUARY20_APP_URL")]
    pub app_url: Option<String>,
    /// The webhook's secret token (only from the environment)
    #[arg(long, env = "JANUARY20_WEBHOOK_SECRET", hide = true, hide_env_values = true)]
    pub webhook_secret: Option<String>,
}

/// `schedule --plan`: each reminder's wave for an audience, to rehearse the day.
#[derive(Debug, Clone, clap::Args)]
pub struct PlanArgs {
    /// Print each reminder's wave: when it starts and ends, its rate and its order
    #[arg(long)]
    pub plan: bool,
    /// Private chats subscribed, for --plan
    #[arg(long, default_value_t = 0, requires = "plan")]
    pub subscribers: u64,
    /// Groups and supergroups subscribed, for --plan
    #[arg(long, default_value_t = 0, requires = "plan")]
    pub groups: u64,
    /// Channels subscribed, for --plan
    #[arg(long, default_value_t = 0, requires = "plan")]
    pub channels: u64,
    /// Messages per second, as `serve --max-per-second`
    #[arg(long, default_value_t = crate::delivery::budget::DEFAULT_PER_SECOND, requires = "plan")]
    pub max_per_second: u32,
    /// Plan paid broadcasts, as `serve --paid-broadcast`
    #[arg(long, requires = "plan")]
    pub paid_broadcast: bool,
}

/// The settings of `set-webhook` and `delete-webhook`.
#[derive(Debug, Args)]
pub struct WebhookArgs {
    /// The public HTTPS URL Telegram posts updates to (set-webhook only)
    #[arg(long, env = "JANUARY20_WEBHOOK_URL")]
    pub webhook_url: Option<String>,
    #[arg(long, env = "TELOXIDE_API_URL", hide_env_values = true)]
    pub api_url: Option<String>,
    #[arg(long, env = "JANUARY20_WEBHOOK_SECRET", hide = true, hide_env_values = true)]
    pub webhook_secret: Option<String>,
}

/// The bot token, from `TELOXIDE_TOKEN` or from the file `TELOXIDE_TOKEN_FILE` names; never from
/// a flag, which every user of the machine can read in /proc/PID/cmdline or `ps`.
pub fn bot_token() -> Result<String, String> {
    let set = |name: &str| std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    if let Some(token) = set("TELOXIDE_TOKEN") {
        return Ok(token);
    }
    let Some(file) = set("TELOXIDE_TOKEN_FILE") else {
        return Err("TELOXIDE_TOKEN is not set: give the bot token from @BotFather (or a file holding it in TELOXIDE_TOKEN_FILE)".into());
    };
    match std::fs::read_to_string(&file) {
        Ok(text) if !text.trim().is_empty() => Ok(text.trim().to_string()),
        Ok(_) => Err(format!("TELOXIDE_TOKEN_FILE: {file} is empty; put the bot token from @BotFather in it")),
        Err(e) => Err(format!("TELOXIDE_TOKEN_FILE: cannot read {file} ({e}); check the path and its permissions")),
    }
}

fn instant(text: &str) -> Result<DateTime<Utc>, String> {
    parse_instant(text)
}
