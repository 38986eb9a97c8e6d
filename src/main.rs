//! Entry point: parses the command line and hands over to the command.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use january20_bot::answer::Brain;
use january20_bot::cli::{self, Cli, Command};
use january20_bot::clock::Clock;

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
        Command::Serve { .. } => {
            eprintln!("serve: the Telegram bot is not built yet");
            return Ok(ExitCode::from(2));
        }
        Command::Check { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}
