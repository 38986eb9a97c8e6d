//! What the application layer takes and gives: a chat event in plain terms, and the outcome to
//! show. The adapters (Telegram, the terminal) translate to and from their own world.

use crate::card::CardKey;
use crate::i18n::Lang;
use crate::store::ChatKind;

/// The longest message Telegram delivers, in UTF-16 units (which is how it counts): `check`
/// holds every text within it, and the Telegram adapter splits longer ones.
pub const MAX_MESSAGE_UNITS: usize = 4096;

/// The chat an event happened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChatRef<'a> {
    pub id: i64,
    pub kind: ChatKind,
    pub title: Option<&'a str>,
}

/// Who caused the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sender {
    /// The person, when one is known (an anonymous group admin or a channel post has none).
    pub user_id: Option<u64>,
    /// The language of their client, as far as we speak it.
    pub lang: Option<Lang>,
    /// Whether they may change the chat's settings: always in a private chat; elsewhere the
    /// adapter finds out when `App::needs_admin` says the event depends on it.
    pub is_admin: bool,
}

/// What the bot's own membership of a chat has become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Membership {
    pub was_member: bool,
    pub is_member: bool,
    /// The user blocked the bot (private chats) or the bot was banned.
    pub banned: bool,
    /// An administrator that may post (what a channel needs).
    pub may_post: bool,
}

/// Something that happened in a chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// A text message. `addressed`: it mentions or replies to the bot (always so in a private
    /// chat); the mention itself is already taken out of `text`.
    Text { text: &'a str, addressed: bool },
    /// A photo, sticker, voice message or the like, from a person.
    Media,
    /// A button under one of the bot's messages was pressed.
    Press { data: &'a str },
    /// The bot was added, promoted, restricted, removed or blocked.
    Membership(Membership),
    /// A group became a supergroup with a new id.
    Migrated { to: i64 },
}

/// One event with its chat and sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Input<'a> {
    pub chat: ChatRef<'a>,
    pub sender: Sender,
    pub event: Event<'a>,
}

/// The words of a message: plain, or an answer under its topic's title, which a correction of
/// the question's premise ("No, not in 1991.") may precede: it answers what was asked first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    Titled { lead: Option<String>, title: String, body: String },
}

/// A button: what it says, and the data it sends back when pressed (`Press`), or the memorial
/// page it opens instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    /// Empty for a button that opens the page.
    pub data: String,
    pub page: Option<PageLink>,
}

/// The memorial page in one language (`--app-url` with `?lang=`); the adapter decides how it opens
/// (Telegram: inside the app in a private chat, through the bot's link elsewhere).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    pub url: String,
    pub lang: Lang,
}

impl PageLink {
    pub fn new(base: &url::Url, lang: Lang) -> Self {
        let mut url = base.clone();
        let kept: Vec<(String, String)> =
            base.query_pairs().filter(|(k, _)| k != "lang").map(|(k, v)| (k.into(), v.into())).collect();
        url.query_pairs_mut().clear().extend_pairs(kept).append_pair("lang", lang.code());
        PageLink { url: url.to_string(), lang }
    }
}

/// Everything the bot says to a chat, a reply or a reminder alike: words, rows of buttons under
/// them, and the memorial card they may go with (the words become its caption where they fit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: Text,
    pub buttons: Vec<Vec<Button>>,
    pub card: Option<CardKey>,
}

impl Message {
    pub fn plain(text: String) -> Self {
        Message::with_buttons(text, Vec::new())
    }

    pub fn with_buttons(text: String, buttons: Vec<Vec<Button>>) -> Self {
        Message { text: Text::Plain(text), buttons, card: None }
    }

    /// The card `key` with `caption` under it.
    pub fn card(key: CardKey, caption: String, buttons: Vec<Vec<Button>>) -> Self {
        Message { card: Some(key), ..Message::with_buttons(caption, buttons) }
    }
}

/// What the bot does in answer to an event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// New messages in the chat.
    pub messages: Vec<Message>,
    /// A new text (and buttons) for the message whose button was pressed.
    pub edit: Option<Message>,
    /// A short note shown on the pressed button.
    pub note: Option<String>,
}

impl Outcome {
    pub fn nothing() -> Self {
        Outcome::default()
    }

    pub fn say(message: Message) -> Self {
        Outcome { messages: vec![message], ..Outcome::default() }
    }

    pub fn edit(message: Message) -> Self {
        Outcome { edit: Some(message), ..Outcome::default() }
    }

    pub fn note(text: String) -> Self {
        Outcome { note: Some(text), ..Outcome::default() }
    }
}
