//! `/timezone`: a chat abroad chooses its time zone (a city button, or a typed IANA name or city);
//! every time the bot shows then gets its local equivalent. Reminders stay on Baku time.

use chrono_tz::Tz;

use super::{App, ChatRef, Message, buttons};
use crate::i18n::{self, Lang};
use crate::local_time;
use crate::store::StoreError;

impl App {
    pub(super) async fn timezone_command(
        &self,
        chat: &ChatRef<'_>,
        args: &str,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        let brain = &self.brain;
        if args.is_empty() {
            return Ok(Message::with_buttons(brain.text(lang, "timezone-prompt"), buttons::zones(brain, lang)));
        }
        match local_time::find(brain, args) {
            Some(zone) => self.choose_zone(chat, Some(zone), lang).await,
            None => Ok(Message::with_buttons(
                brain.text_with(
                    lang,
                    "timezone-unknown",
                    &[("name", i18n::s(args.chars().take(64).collect::<String>()))],
                ),
                buttons::zones(brain, lang),
            )),
        }
    }

    /// Sets the chat's zone (`None` or Baku: Baku time only).
    pub(super) async fn choose_zone(
        &self,
        chat: &ChatRef<'_>,
        zone: Option<Tz>,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        let zone = zone.filter(|z| *z != crate::calendar::BAKU);
        self.remember_chat(chat, None).await?;
        self.store().set_timezone(chat.id, zone.map(|z| z.name())).await?;
        Ok(Message::plain(match zone {
            Some(zone) => self.brain.text_with(
                lang,
                "timezone-set",
                &[("place", i18n::s(local_time::place(&self.brain, lang, zone)))],
            ),
            None => self.brain.text(lang, "timezone-reset"),
        }))
    }

    /// The chat's zone, if it chose one.
    pub(super) async fn chat_zone(&self, chat_id: i64) -> Result<Option<Tz>, StoreError> {
        Ok(self.store().chat_settings(chat_id).await?.timezone.as_deref().and_then(local_time::parse_zone))
    }
}

impl App {
    /// Under an answer that shows the time of the minute of silence (the countdown, the silence),
    /// its local equivalent for a chat abroad; above any answer computed from Baku's date (the
    /// countdown, the years passed), Baku's date when the chat's is another; above the countdown
    /// asked what day it is (`today`), the chat's own date.
    pub(super) async fn with_local_time(
        &self,
        chat_id: i64,
        topic: crate::knowledge::TopicId,
        lang: Lang,
        mut message: Message,
        today: bool,
    ) -> Result<Message, StoreError> {
        let topic = self.brain.knowledge.topic(topic);
        if !topic.clock {
            return Ok(message);
        }
        let zone = self.chat_zone(chat_id).await?;
        let (super::Text::Titled { body, .. } | super::Text::Plain(body)) = &mut message.text;
        let next = self.brain.reminders.next_for(crate::calendar::Plan::Silence, self.now());
        let shows_silence = topic.id == "countdown" || topic.id == "silence";
        if let Some(next) = next.filter(|_| shows_silence)
            && let Some(line) = local_time::line(&self.brain, lang, next.at, zone)
        {
            // Above the "Sources:" line, which closes every answer.
            let at = body.rfind("\n\n").unwrap_or(body.len());
            body.insert_str(at, &format!("\n\n{line}"));
        }
        // The reader's own date first, then Baku's, then what Baku's today means; asked the time,
        // Baku's even on the same date ("12:00 in Baku — 17:00 in Tokyo" below is the silence's).
        let lines = if today {
            local_time::today_lines(&self.brain, lang, self.now(), zone)
        } else {
            local_time::baku_now_line(&self.brain, lang, self.now(), zone).into_iter().collect()
        };
        body.insert_str(0, &lines.iter().map(|l| format!("{l}\n")).collect::<String>());
        Ok(message)
    }
}
