//! What the outbox says to a chat, rendered when it is sent: a broadcast's own words, or a
//! reminder in the chat's language with what goes with it (the silence's local time for a chat abroad; under
//! the minute of silence the candle button, the memorial page's button and, when the chat asked
//! for it, the card). Delivery only passes the message on to its transport.

use super::{App, Message, buttons};
use crate::calendar::Occurrence;
use crate::card::Cards;
use crate::i18n::Lang;
use crate::store::{ChatSettings, Pending};

/// The reminder that carries the candle button and, when a chat asked for it, the card.
const SILENCE_REMINDER: &str = "silence";

impl App {
    /// The message of an outbox row for a chat with `settings`; `None` for a reminder that
    /// data/reminders.toml no longer has.
    pub fn outbox_message(&self, row: &Pending, settings: &ChatSettings) -> Option<Message> {
        if let Some(text) = &row.text {
            return Some(Message::plain(text.clone()));
        }
        let occurrence = self.brain.reminders.occurrence(&row.occurrence)?;
        Some(self.reminder(&occurrence, Lang::choose(None, row.chat_lang, row.user_lang), settings))
    }

    fn reminder(&self, occurrence: &Occurrence, lang: Lang, settings: &ChatSettings) -> Message {
        let brain = &self.brain;
        let zone = settings.timezone.as_deref().and_then(crate::local_time::parse_zone);
        // Rendered when sent: "today" or "tomorrow" is the chat's own date at that moment.
        let today = self.now().with_timezone(&zone.unwrap_or(crate::calendar::BAKU)).date_naive();
        let mut text = brain.reminder_text_on(occurrence, lang, today);
        // The time every reminder names is the minute of silence's (the eve's and the morning's
        // too), so that is the time told in the chat's own: not the moment the reminder is sent.
        let before = occurrence.at - chrono::Duration::seconds(1);
        let silence = brain.reminders.next_for(crate::calendar::Plan::Silence, before).map_or(occurrence.at, |o| o.at);
        if let Some(line) = crate::local_time::line(brain, lang, silence, zone) {
            text = format!("{text}\n\n{line}");
        }
        if occurrence.reminder != SILENCE_REMINDER {
            return Message::plain(text);
        }
        let mut rows = vec![buttons::candle(brain, lang)];
        rows.extend(self.page_rows(lang));
        let mut message = Message::with_buttons(text, rows);
        message.card = settings.card_reminder.then(|| Cards::key(lang, occurrence.at));
        message
    }
}
