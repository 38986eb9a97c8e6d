//! Entry point: parses the command line and hands over to the command.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use january20_bot::answer::Brain;
use january20_bot::cli::{self, Cli, Command};
use january20_bot::clock::Clock;
use january20_bot::telegram::ServeConfig;
use std::path::PathBuf;
use tracing_subscriber::EnvFilter;

/// Exit code for a configuration the operator must fix (missing token, bad variable).
const BAD_CONFIG: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::Check { root } = &cli.command {
        return Ok(if cli::check::run(root.as_deref()) { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let brain = Brain::embedded()
        .map_err(|problems| anyhow::anyhow!("the embedded data is broken:\n  {}", problems.join("\n  ")))
        .context("loading data and locales")?;
    let clock_at = |now: Option<chrono::DateTime<chrono::Utc>>| now.map_or(Clock::System, |t| Clock::manual(t).0);
    match cli.command {
        Command::Ask { lang, now, json, explain, question } => {
            cli::ask::run(&brain, lang, clock_at(now).now(), json, explain, question)?
        }
        Command::Chat { lang, now } => cli::chat::run(&brain, lang, &clock_at(now))?,
        Command::Topics { lang, now, json } => cli::topics::run(&brain, lang, clock_at(now).now(), json)?,
        Command::Schedule { year, json } => cli::schedule::run(&brain.reminders, year, chrono::Utc::now(), json)?,
        Command::Serve { db, simulate_from } => return serve(db, simulate_from),
        Command::Check { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

fn serve(db: Option<PathBuf>, simulate_from: Option<chrono::DateTime<chrono::Utc>>) -> anyhow::Result<ExitCode> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .init();
    let config = match serve_config(db, simulate_from) {
        Ok(config) => config,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(BAD_CONFIG));
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(january20_bot::telegram::serve(config))?;
    Ok(ExitCode::SUCCESS)
}

/// Reads the bot's settings from flags and the environment, with a message an operator can act on.
fn serve_config(
    db: Option<PathBuf>,
    simulate_from: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<ServeConfig, String> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or("TELOXIDE_TOKEN is not set: give the bot token from @BotFather")?;
    let api_url = match std::env::var("TELOXIDE_API_URL") {
        Ok(url) if !url.trim().is_empty() => {
            Some(url::Url::parse(url.trim()).map_err(|e| format!("TELOXIDE_API_URL is not a URL ({e})"))?)
        }
        _ => None,
    };
    let db = db
        .or_else(|| std::env::var_os("JANUARY20_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("january20-bot.db"));
    let owners = match std::env::var("JANUARY20_OWNERS") {
        Ok(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<u64>().map_err(|_| format!("JANUARY20_OWNERS: `{s}` is not a Telegram user id")))
            .collect::<Result<Vec<_>, _>>()?,
        Err(_) => Vec::new(),
    };
    let max_per_second = match std::env::var("JANUARY20_MAX_PER_SECOND") {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("JANUARY20_MAX_PER_SECOND: `{v}` is not a positive whole number"))?,
        _ => january20_bot::delivery::limiter::DEFAULT_PER_SECOND,
    };
    let clock = simulate_from.map_or(Clock::System, Clock::simulated);
    Ok(ServeConfig { token, api_url, db, owners, clock, max_per_second })
}
