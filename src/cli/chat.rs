//! `chat`: a conversation with the bot in the terminal, as a private Telegram chat has it: the same
//! application layer answers, commands included; buttons become numbered choices, and
//! subscriptions and the chosen language live in a local database.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::app::{App, ChatRef, Event, Input, Message, Outcome, Sender, Text};
use crate::i18n::Lang;
use crate::store::ChatKind;

/// The terminal's chat id: Telegram never gives a chat the id 0, so a database shared with a real
/// bot keeps the terminal's settings apart.
const TERMINAL_CHAT: i64 = 0;

/// A number this short is a choice, not a figure ("131") or a year: no message has 100 buttons.
const CHOICE_DIGITS: usize = 2;

/// The person at the terminal (an owner with `chat --owner`).
pub const TERMINAL_USER: u64 = 1;

/// Runs the conversation on standard input and output until end of input.
pub async fn run(app: &App, user_lang: Option<Lang>) -> anyhow::Result<()> {
    let chat = ChatRef { id: TERMINAL_CHAT, kind: ChatKind::Private, title: None };
    // The person at the terminal, so that a candle can be lit and `--owner` has someone to trust.
    let sender = Sender { user_id: Some(TERMINAL_USER), lang: user_lang, is_admin: true };
    let mut out = tokio::io::stdout();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    // The buttons of the last message, numbered from 1.
    let mut choices: Vec<String> = Vec::new();
    let mut next = Some("/start".to_string());
    loop {
        let Some(line) = next.take() else {
            out.write_all(b"> ").await?;
            out.flush().await?;
            match lines.next_line().await {
                Ok(Some(line)) => next = Some(line),
                Ok(None) => break,
                Err(_) => {
                    // Not UTF-8: the same polite word the bot gives to unreadable text.
                    let lang = Lang::choose(None, None, user_lang);
                    out.write_all(format!("{}\n\n", app.brain().text(lang, "invalid-text")).as_bytes()).await?;
                }
            }
            continue;
        };
        let input = line.trim();
        if input.is_empty() {
            continue;
        }
        let number = input.parse::<usize>().ok().filter(|_| input.len() <= CHOICE_DIGITS);
        let event = match number.map(|n| choices.get(n.wrapping_sub(1))) {
            Some(Some(data)) => Event::Press { data },
            // A choice no message offers (any more) is a stale press, answered as Telegram's is.
            Some(None) => Event::Press { data: "" },
            None => Event::Text { text: input, addressed: true },
        };
        let outcome = app.handle(&Input { chat, sender, event }).await;
        let (printed, buttons) = render(&outcome);
        choices = buttons;
        out.write_all(printed.as_bytes()).await?;
        out.flush().await?;
    }
    Ok(())
}

/// The outcome as terminal text, and the data of its buttons in the order they are numbered.
fn render(outcome: &Outcome) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut choices = Vec::new();
    let mut show = |message: &Message, text: &mut String| {
        // The terminal cannot show a picture: a line stands in for it (`card` writes the PNG).
        if let Some(card) = message.card {
            text.push_str(&format!("[card: january20-bot card --lang {}]\n", card.0.code()));
        }
        match &message.text {
            Text::Plain(plain) => text.push_str(plain),
            Text::Titled { lead, title, body } => {
                if let Some(lead) = lead {
                    text.push_str(lead);
                    text.push_str("\n\n");
                }
                text.push_str(title);
                text.push('\n');
                text.push_str(body);
            }
        }
        for button in message.buttons.iter().flatten() {
            choices.push(button.data.clone());
            text.push_str(&format!("\n{:>3}. {}", choices.len(), button.label));
        }
        text.push_str("\n\n");
    };
    for message in outcome.messages.iter().chain(&outcome.edit) {
        show(message, &mut text);
    }
    // Telegram shows a note over the chat for a moment; the terminal has only lines, so it is a
    // message like any other (a reviewer reads it as the sentence it is, not an aside).
    if let Some(note) = &outcome.note {
        text.push_str(&format!("{note}\n\n"));
    }
    (text, choices)
}
