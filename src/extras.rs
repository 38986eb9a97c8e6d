//! What goes with a reminder besides its words, decided here and not in delivery: the local time
//! for a chat abroad, the "light a candle" button and the memorial card under the minute of
//! silence, and the memorial page's button. Delivery only passes this on to its transport.

use crate::answer::Brain;
use crate::calendar::Occurrence;
use crate::card::{CardKey, Cards};
use crate::i18n::Lang;
use crate::store::ChatSettings;

/// The reminder that carries the candle button and, when a chat asked for it, the card.
pub const SILENCE_REMINDER: &str = "silence";

/// The button data of "light a candle" (`app::buttons::Press::Candle`).
pub const CANDLE_DATA: &str = "c";

/// What goes with one reminder to one chat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReminderExtras {
    /// A line added under the reminder: its time in the chat's own time zone.
    pub local_time: Option<String>,
    /// The label of the candle button, when the reminder gets one.
    pub candle_button: Option<String>,
    /// The memorial card to send the reminder with (as its caption).
    pub card: Option<CardKey>,
    /// "Open the memorial page" and the page's language, under the minute of silence; shown only
    /// by a bot that has the page's address (`--app-url`).
    pub page_button: Option<(String, Lang)>,
}

impl ReminderExtras {
    /// The reminder's words with the local-time line under them.
    pub fn text(&self, reminder: &str) -> String {
        match &self.local_time {
            Some(line) => format!("{reminder}\n\n{line}"),
            None => reminder.to_string(),
        }
    }
}

/// The extras of `occurrence` for a chat with `settings`, in `lang`.
pub fn for_reminder(brain: &Brain, occurrence: &Occurrence, lang: Lang, settings: &ChatSettings) -> ReminderExtras {
    let zone = settings.timezone.as_deref().and_then(crate::local_time::parse_zone);
    let silence = occurrence.reminder == SILENCE_REMINDER;
    ReminderExtras {
        local_time: crate::local_time::line(brain, lang, occurrence.at, zone),
        candle_button: silence.then(|| brain.text(lang, "candle-button")),
        card: (silence && settings.card_reminder).then(|| Cards::key(lang, occurrence.at)),
        page_button: silence.then(|| (brain.text(lang, "app-open-button"), lang)),
    }
}
