//! Bot commands: the ones the bot knows, who may use them, and parsing `/command@bot args`.

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
    Card,
    Candle,
    Timezone,
    Stats,
    Broadcast,
    Unanswered,
}

impl Command {
    pub const ALL: [Command; 15] = [
        Command::Start,
        Command::Help,
        Command::Facts,
        Command::Language,
        Command::Subscribe,
        Command::Unsubscribe,
        Command::Status,
        Command::Countdown,
        Command::Sources,
        Command::Card,
        Command::Candle,
        Command::Timezone,
        Command::Stats,
        Command::Broadcast,
        Command::Unanswered,
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
            Command::Card => "card",
            Command::Candle => "candle",
            Command::Timezone => "timezone",
            Command::Stats => "stats",
            Command::Broadcast => "broadcast",
            Command::Unanswered => "unanswered",
        }
    }

    /// Commands that change a group's settings: only its administrators may use them.
    pub fn admin_only_in_groups(self) -> bool {
        matches!(self, Command::Language | Command::Subscribe | Command::Unsubscribe | Command::Timezone)
    }

    pub fn owner_only(self) -> bool {
        matches!(self, Command::Stats | Command::Broadcast | Command::Unanswered)
    }

    /// The message id of the command's one-line description in the menus (`cmd-<name>`).
    pub fn description_id(self) -> String {
        format!("cmd-{}", self.name())
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
