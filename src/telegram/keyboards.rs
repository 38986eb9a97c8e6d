//! Inline keyboards and their callback data (always ASCII, at most 64 bytes as Telegram requires).

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::answer::Brain;
use crate::i18n::Lang;
use crate::store::Plan;

/// What a button press asks for, parsed from `callback_data`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    Topic(usize),
    Language(Lang),
    Subscribe(Plan),
    Broadcast { id: i64, confirm: bool },
}

impl Press {
    pub fn data(&self, brain: &Brain) -> String {
        match self {
            Press::Topic(t) => format!("t:{}", brain.knowledge.topics[*t].id),
            Press::Language(lang) => format!("l:{}", lang.code()),
            Press::Subscribe(plan) => format!("s:{}", plan.as_str()),
            Press::Broadcast { id, confirm } => format!("b:{}:{id}", if *confirm { "y" } else { "n" }),
        }
    }

    /// Parses callback data; `None` for data from an older version of the bot or forged data.
    pub fn parse(data: &str, brain: &Brain) -> Option<Press> {
        let (kind, rest) = data.split_once(':')?;
        match kind {
            "t" => brain.knowledge.topic_index(rest).map(Press::Topic),
            "l" => Lang::from_code(rest).map(Press::Language),
            "s" => Plan::parse(rest).map(Press::Subscribe),
            "b" => {
                let (answer, id) = rest.split_once(':')?;
                let confirm = match answer {
                    "y" => true,
                    "n" => false,
                    _ => return None,
                };
                Some(Press::Broadcast { id: id.parse().ok()?, confirm })
            }
            _ => None,
        }
    }
}

fn button(text: String, press: Press, brain: &Brain) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, press.data(brain))
}

/// Topics as buttons, two per row.
pub fn topics(brain: &Brain, lang: Lang, which: impl IntoIterator<Item = usize>) -> InlineKeyboardMarkup {
    let buttons: Vec<InlineKeyboardButton> =
        which.into_iter().map(|t| button(brain.topic_title(t, lang), Press::Topic(t), brain)).collect();
    InlineKeyboardMarkup::new(buttons.chunks(2).map(<[InlineKeyboardButton]>::to_vec))
}

pub fn all_topics(brain: &Brain, lang: Lang) -> InlineKeyboardMarkup {
    topics(brain, lang, 0..brain.knowledge.topics.len())
}

pub fn languages(brain: &Brain) -> InlineKeyboardMarkup {
    let row = Lang::ALL
        .iter()
        .map(|&l| {
            button(brain.locales.text(l, &format!("language-name-{}", l.code()), None), Press::Language(l), brain)
        })
        .collect::<Vec<_>>();
    InlineKeyboardMarkup::new([row])
}

pub fn plans(brain: &Brain, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([
        vec![button(brain.text(lang, "subscribe-option-all"), Press::Subscribe(Plan::All), brain)],
        vec![button(brain.text(lang, "subscribe-option-silence"), Press::Subscribe(Plan::Silence), brain)],
    ])
}

pub fn broadcast(brain: &Brain, lang: Lang, id: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([vec![
        button(brain.text(lang, "button-confirm"), Press::Broadcast { id, confirm: true }, brain),
        button(brain.text(lang, "button-cancel"), Press::Broadcast { id, confirm: false }, brain),
    ]])
}
