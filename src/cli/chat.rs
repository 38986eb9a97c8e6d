//! `chat`: a conversation with the bot in the terminal, with the same answers and commands as in a
//! private Telegram chat (buttons become numbered choices).

use std::io::{BufRead, Write};

use crate::answer::Brain;
use crate::clock::Clock;
use crate::i18n::{self, Lang};

pub fn run(brain: &Brain, lang: Option<Lang>, clock: &Clock) -> anyhow::Result<()> {
    let mut chat_lang = lang.unwrap_or(Lang::En);
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    writeln!(out, "{}\n", brain.text(chat_lang, "start"))?;
    let mut line = String::new();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        line.clear();
        match stdin.lock().read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(_) => {
                writeln!(out, "{}\n", brain.text(chat_lang, "invalid-text"))?;
                continue;
            }
        }
        let input = line.trim();
        if input.is_empty() {
            continue;
        }
        let reply = match input.strip_prefix('/') {
            Some(command) => {
                let mut parts = command.split_whitespace();
                let name = parts.next().unwrap_or("").split('@').next().unwrap_or("").to_ascii_lowercase();
                let arg = parts.next();
                command_reply(brain, &mut chat_lang, &name, arg, clock)
            }
            None => match input.parse::<usize>() {
                Ok(n) if (1..=brain.knowledge.topics.len()).contains(&n) => {
                    brain.topic_answer(n - 1, chat_lang, clock.now())
                }
                _ => brain.ask(input, chat_lang, None, clock.now()).text,
            },
        };
        writeln!(out, "{reply}\n")?;
    }
    Ok(())
}

fn command_reply(brain: &Brain, chat_lang: &mut Lang, name: &str, arg: Option<&str>, clock: &Clock) -> String {
    let lang = *chat_lang;
    let topic = |id: &str| {
        brain.knowledge.topic_index(id).map(|t| brain.topic_answer(t, lang, clock.now())).unwrap_or_default()
    };
    match name {
        "start" => brain.text(lang, "start"),
        "help" => brain.text(lang, "help"),
        "countdown" => topic("countdown"),
        "sources" => topic("sources"),
        "facts" => {
            let mut text = brain.text(lang, "facts-menu");
            for t in 0..brain.knowledge.topics.len() {
                text.push_str(&format!("\n{:>2}. {}", t + 1, brain.topic_title(t, lang)));
            }
            text
        }
        "language" => match arg.and_then(Lang::from_code) {
            Some(new) => {
                *chat_lang = new;
                brain.text(new, "language-set")
            }
            None => {
                let mut text = brain.text(lang, "language-prompt");
                for l in Lang::ALL {
                    let name = brain.locales.text(l, &format!("language-name-{}", l.code()), None);
                    text.push_str(&format!("\n/language {}: {name}", l.code()));
                }
                text
            }
        },
        "subscribe" | "unsubscribe" | "status" => brain.text(lang, "chat-telegram-only"),
        _ => brain.text_with(lang, "unknown-command", &[("command", i18n::s(name.to_string()))]),
    }
}
