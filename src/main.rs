//! Entry point and composition root of the command line: parses it, builds the brain once, and
//! hands it with the settings to the command.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use january20_bot::answer::Brain;
use january20_bot::app::App;
use january20_bot::cli::{self, Cli, Command, ServeArgs, WebhookArgs};
use january20_bot::clock::Clock;
use january20_bot::delivery::{Outbox, budget};
use january20_bot::logging;
use january20_bot::serve::{ServeConfig, WebhookConfig};
use january20_bot::store::{Database, Store};
use january20_bot::telegram::webhook::{self, Secret};

/// Exit code for a configuration the operator must fix (missing token, bad variable).
const BAD_CONFIG: u8 = 2;

fn main() -> ExitCode {
    january20_bot::allocator::limit_arenas();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // An error may hold a URL or a response body with the token in it.
            eprintln!("{}", logging::clean_line(&format!("error: {error:#}")));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::SetWebhook(args) => return webhook_command(args, true),
        Command::DeleteWebhook(args) => return webhook_command(args, false),
        _ => {}
    }
    if let Command::Check { root } = &cli.command {
        return Ok(if cli::check::run(root.as_deref()) { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let brain = Brain::embedded()
        .map_err(|problems| anyhow::anyhow!("the embedded data is broken:\n  {}", problems.join("\n  ")))
        .context("loading data and locales")?;
    // A one-shot command (`ask`, `topics`, …) ends with the process: freeing the understanding
    // indexes and the locales one by one cost a tenth of its run, and the system takes them back
    // at once anyway. `chat` and `serve` take the brain and drop it as usual.
    let brain = std::mem::ManuallyDrop::new(brain);
    let clock_at = |now: Option<chrono::DateTime<chrono::Utc>>| now.map_or(Clock::System, |t| Clock::manual(t).0);
    match cli.command {
        Command::Ask { lang, now, json, explain, question } => {
            cli::ask::run(&brain, lang, clock_at(now).now(), json, explain, question)?
        }
        Command::Chat { lang, now, db, owner, no_flood, late } => {
            let terminal = ChatSwitches { owner, no_flood, late };
            chat(std::mem::ManuallyDrop::into_inner(brain), lang, clock_at(now), db, terminal)?
        }
        Command::Topics { lang, now, json } => cli::topics::run(&brain, lang, clock_at(now).now(), json)?,
        Command::Schedule { year, json, plan } => {
            cli::schedule::run(&brain.reminders, year, chrono::Utc::now(), json, &plan)?
        }
        Command::Card { lang, now, out } => cli::card::run(&brain, lang, clock_at(now).now(), &out)?,
        Command::Serve(args) => return serve(args, std::mem::ManuallyDrop::into_inner(brain)),
        Command::SetWebhook(_) | Command::DeleteWebhook(_) => unreachable!("handled above"),
        Command::Unanswered { db, since, tsv } => {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(async {
                mask_db_password(&db);
                let store = Store::open_read_only(&db).await?;
                let result = cli::unanswered::run(&store, chrono::Utc::now(), since, tsv).await;
                store.close().await;
                result
            })?
        }
        Command::Train { questions, out, check } => {
            return Ok(match cli::train::run(&brain, &questions, &out, check)? {
                cli::train::Trained::Written { bytes, examples } => {
                    println!("wrote {} ({bytes} bytes) from {examples} examples", out.display());
                    ExitCode::SUCCESS
                }
                cli::train::Trained::Same => {
                    println!("{} is what the inputs give", out.display());
                    ExitCode::SUCCESS
                }
                cli::train::Trained::Differs => {
                    eprintln!("{} differs from what the inputs give: run `january20-bot train`", out.display());
                    ExitCode::FAILURE
                }
            });
        }
        Command::Check { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The terminal's switches (`chat --owner --no-flood --late`).
struct ChatSwitches {
    owner: bool,
    no_flood: bool,
    late: bool,
}

fn chat(
    brain: Brain,
    lang: Option<january20_bot::i18n::Lang>,
    clock: Clock,
    db: Option<PathBuf>,
    switches: ChatSwitches,
) -> anyhow::Result<()> {
    let ChatSwitches { owner, no_flood, late } = switches;
    // Without --db the conversation's settings last as long as the conversation.
    let temporary =
        db.is_none().then(|| std::env::temp_dir().join(format!("january20-chat-{}.db", std::process::id())));
    let path = db.or_else(|| temporary.clone()).expect("one of the two");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let result = runtime.block_on(async {
        let store = Store::open(&path).await?;
        let owners = if owner { vec![cli::chat::TERMINAL_USER] } else { Vec::new() };
        let app = App::new(Arc::new(brain), Outbox::new(store.clone()), clock, owners, None);
        let app = if no_flood { app.without_flood_limit() } else { app };
        let app = if late { app.with_due_reminders_unsent() } else { app };
        let result = cli::chat::run(&app, lang).await;
        store.close().await;
        result
    });
    if let Some(temporary) = temporary {
        for suffix in ["", "-wal", "-shm", ".candle-key"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", temporary.display()));
        }
    }
    result
}

fn serve(args: ServeArgs, brain: Brain) -> anyhow::Result<ExitCode> {
    logging::init();
    let config = match serve_config(args) {
        Ok(config) => config,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(BAD_CONFIG));
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(january20_bot::serve::serve(config, Arc::new(brain)))?;
    Ok(ExitCode::SUCCESS)
}

/// The bot's clock: the system's, or a rehearsal's from `--simulate-from`. A replica started
/// later than the rehearsal's real start (`--simulate-started-at`) finds its clock run on
/// meanwhile; a start in the future would set it back, behind the others', and is refused.
fn simulated_clock(
    from: Option<chrono::DateTime<chrono::Utc>>,
    started_at: Option<chrono::DateTime<chrono::Utc>>,
    speed: u32,
) -> Result<Clock, String> {
    let Some(from) = from else { return Ok(Clock::System) };
    let now = chrono::Utc::now();
    let ran = match started_at {
        Some(t) if t > now => {
            return Err(format!(
                "--simulate-started-at {} is in the future (it is {} now): give the real moment the rehearsal started, or leave it out",
                t.to_rfc3339(),
                now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ));
        }
        Some(t) => now - t,
        None => chrono::Duration::zero(),
    };
    Ok(Clock::fast(from + ran * speed as i32, speed))
}

/// Checks the bot's settings, with a message an operator can act on.
fn serve_config(args: ServeArgs) -> Result<ServeConfig, String> {
    let set = |value: Option<String>| value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let token = cli::bot_token()?;
    logging::register_secret(&token);
    let api_url = match set(args.api_url) {
        Some(url) => Some(url::Url::parse(&url).map_err(|e| format!("TELOXIDE_API_URL is not a URL ({e})"))?),
        None => None,
    };
    let owners = match set(args.owners) {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<u64>().map_err(|_| format!("JANUARY20_OWNERS: `{s}` is not a Telegram user id")))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let max_per_second = match set(args.max_per_second) {
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("JANUARY20_MAX_PER_SECOND: `{v}` is not a positive whole number"))?,
        None => budget::DEFAULT_PER_SECOND,
    };
    // An empty JANUARY20_DB counts as unset, like every other variable; DATABASE_URL comes next.
    let db = args
        .db
        .filter(|db| !db.as_os_str().is_empty())
        .or_else(|| set(args.database_url).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("january20-bot.db"));
    mask_db_password(&db);
    let clock = simulated_clock(args.simulate_from, args.simulate_started_at, args.simulate_speed)?;
    let listen = match set(args.listen) {
        Some(addr) => Some(addr.parse::<std::net::SocketAddr>().map_err(|_| {
            format!("--listen / JANUARY20_LISTEN: `{addr}` is not an address and port such as 0.0.0.0:8443")
        })?),
        None => None,
    };
    let webhook = match set(args.webhook_url) {
        Some(url) => Some(webhook_config(&url, args.webhook_secret, listen.is_some())?),
        None => None,
    };
    let app_url = match set(args.app_url) {
        Some(url) => Some(page_url(&url, listen.is_some())?),
        None => None,
    };
    Ok(ServeConfig {
        token,
        api_url,
        db,
        owners,
        clock,
        max_per_second,
        paid_broadcast: args.paid_broadcast,
        listen,
        webhook,
        app_url,
    })
}

/// Webhook mode: its URL and secret, served on `--listen`.
fn webhook_config(url: &str, secret: Option<String>, listening: bool) -> Result<WebhookConfig, String> {
    let url = webhook_url(url)?;
    let secret = webhook_secret(secret)?;
    if !listening {
        return Err(
            "--webhook-url needs --listen (the address the reverse proxy forwards to, e.g. 0.0.0.0:8443)".into()
        );
    }
    Ok(WebhookConfig { url, secret })
}

/// `--app-url`: the memorial page's public address, served on `--listen`.
fn page_url(url: &str, listening: bool) -> Result<url::Url, String> {
    let url = url::Url::parse(url)
        .ok()
        .filter(|u| u.scheme() == "https" && u.host().is_some())
        .ok_or_else(|| format!("--app-url: `{url}` is not an https URL such as https://example.org/app"))?;
    if !listening {
        return Err("--app-url needs --listen (the page is served there, e.g. 0.0.0.0:8443)".into());
    }
    Ok(url)
}

/// A PostgreSQL password is masked in every log line and error from now on.
fn mask_db_password(db: &std::path::Path) {
    if let Database::Postgres(url) = Database::from(db)
        && let Some(password) = url::Url::parse(&url).ok().and_then(|u| u.password().map(str::to_string))
    {
        logging::register_secret(&password);
    }
}

fn webhook_url(url: &str) -> Result<url::Url, String> {
    url::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
        .ok_or_else(|| format!("--webhook-url: `{url}` is not a URL such as https://example.org/tg"))
}

fn webhook_secret(secret: Option<String>) -> Result<Secret, String> {
    let secret = secret.map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).ok_or(
        "JANUARY20_WEBHOOK_SECRET is not set: a webhook needs a secret (e.g. openssl rand -hex 32), the same for serve and set-webhook",
    )?;
    logging::register_secret(&secret);
    Secret::new(&secret)
}

/// `set-webhook` and `delete-webhook`: one Bot API call, one line of outcome.
fn webhook_command(args: WebhookArgs, set: bool) -> anyhow::Result<ExitCode> {
    let value = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let checked = (|| -> Result<_, String> {
        let token = cli::bot_token()?;
        logging::register_secret(&token);
        let api_url = match value(args.api_url) {
            Some(url) => Some(url::Url::parse(&url).map_err(|e| format!("TELOXIDE_API_URL is not a URL ({e})"))?),
            None => None,
        };
        let hook = if set {
            let url = value(args.webhook_url).ok_or("--webhook-url (or JANUARY20_WEBHOOK_URL) is needed")?;
            Some((webhook_url(&url)?, webhook_secret(args.webhook_secret)?))
        } else {
            None
        };
        Ok((token, api_url, hook))
    })();
    let (token, api_url, hook) = match checked {
        Ok(checked) => checked,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(BAD_CONFIG));
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let bot = january20_bot::telegram::bot(&token, api_url.as_ref());
        match hook {
            Some((url, secret)) => {
                webhook::set(&bot, &url, &secret).await?;
                println!("webhook set to {url}");
            }
            None => {
                webhook::delete(&bot).await?;
                println!("webhook deleted; the bot can poll again");
            }
        }
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
