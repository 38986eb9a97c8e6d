//! Bot commands: parsing `/command@bot args`, and their menus registered with Telegram in every
//! language (`setMyCommands` per `language_code` and scope).

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::answer::Brain;
use crate::i18n::Lang;

/// A command the bot understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Facts,
    Language,
    Subscribe,
    Unsubscribe,
    Status,
    Countdown,
    Sources,
    Stats,
    Broadcast,
}

impl Command {
    pub const ALL: [Command; 11] = [
        Command::Start,
        Command::Help,
        Command::Facts,
        Command::Language,
        Command::Subscribe,
        Command::Unsubscribe,
        Command::Status,
        Command::Countdown,
        Command::Sources,
        Command::Stats,
        Command::Broadcast,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Help => "help",
            Command::Facts => "facts",
            Command::Language => "language",
            Command::Subscribe => "subscribe",
            Command::Unsubscribe => "unsubscribe",
            Command::Status => "status",
            Command::Countdown => "countdown",
            Command::Sources => "sources",
            Command::Stats => "stats",
            Command::Broadcast => "broadcast",
        }
    }

    /// Commands that change a group's settings: only its administrators may use them.
    pub fn admin_only_in_groups(self) -> bool {
        matches!(self, Command::Language | Command::Subscribe | Command::Unsubscribe)
    }

    pub fn owner_only(self) -> bool {
        matches!(self, Command::Stats | Command::Broadcast)
    }
}

/// A parsed command line: the command (or the unknown name), whom it was addressed to, and the
/// rest of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed<'a> {
    pub command: Result<Command, &'a str>,
    pub addressee: Option<&'a str>,
    pub args: &'a str,
}

/// Parses "/name@bot args"; `None` when the text is not a command.
pub fn parse(text: &str) -> Option<Parsed<'_>> {
    let rest = text.strip_prefix('/')?;
    let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (name, addressee) = match head.split_once('@') {
        Some((name, bot)) => (name, Some(bot)),
        None => (head, None),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let command = Command::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name)).ok_or(name);
    Some(Parsed { command, addressee, args: args.trim() })
}

fn menu(brain: &Brain, lang: Lang, which: impl Fn(Command) -> bool) -> Vec<BotCommand> {
    Command::ALL
        .into_iter()
        .filter(|&c| which(c))
        .map(|c| BotCommand::new(c.name(), brain.text(lang, &format!("cmd-{}", c.name()))))
        .collect()
}

/// Registers the command menus and descriptions in every language. Failures are logged, not
/// fatal: the bot answers commands whether or not Telegram shows the menu.
pub async fn register(bot: &Bot, brain: &Brain, owners: &[u64]) {
    let everyone = |c: Command| !c.owner_only();
    let in_groups = |c: Command| !c.owner_only() && !c.admin_only_in_groups();
    for lang in Lang::ALL {
        let code = lang.code().to_string();
        let requests = [
            (BotCommandScope::Default, menu(brain, lang, everyone)),
            (BotCommandScope::AllPrivateChats, menu(brain, lang, everyone)),
            (BotCommandScope::AllGroupChats, menu(brain, lang, in_groups)),
            (BotCommandScope::AllChatAdministrators, menu(brain, lang, everyone)),
        ];
        for (scope, commands) in requests {
            if let Err(error) = bot.set_my_commands(commands).scope(scope).language_code(code.clone()).await {
                tracing::warn!(%error, lang = %code, "could not register commands");
            }
        }
        if let Err(error) =
            bot.set_my_description().description(brain.text(lang, "bot-description")).language_code(code.clone()).await
        {
            tracing::warn!(%error, lang = %code, "could not set the description");
        }
        if let Err(error) = bot
            .set_my_short_description()
            .short_description(brain.text(lang, "bot-short-description"))
            .language_code(code.clone())
            .await
        {
            tracing::warn!(%error, lang = %code, "could not set the short description");
        }
    }
    // Without a language code: the English menu for every other language.
    let _ = bot.set_my_commands(menu(brain, Lang::En, everyone)).await;
    let _ = bot.set_my_commands(menu(brain, Lang::En, in_groups)).scope(BotCommandScope::AllGroupChats).await;
    // Owners see their commands in their private chat with the bot.
    for &owner in owners {
        let chat = Recipient::Id(ChatId(owner as i64));
        if let Err(error) =
            bot.set_my_commands(menu(brain, Lang::En, |_| true)).scope(BotCommandScope::Chat { chat_id: chat }).await
        {
            tracing::warn!(%error, owner, "could not register owner commands");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        let p = parse("/start").unwrap();
        assert_eq!((p.command, p.addressee, p.args), (Ok(Command::Start), None, ""));
        let p = parse("/Broadcast@january20_bot  Hello there ").unwrap();
        assert_eq!((p.command, p.addressee, p.args), (Ok(Command::Broadcast), Some("january20_bot"), "Hello there"));
        assert_eq!(parse("/nope x").unwrap().command, Err("nope"));
        assert!(parse("hello").is_none());
        assert!(parse("/ 5").is_none());
        assert!(parse("/путь").is_none());
    }
}
