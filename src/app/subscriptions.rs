//! Subscriptions to the reminders: the offer of plans, the choice, unsubscribing, and /status
//! with the next reminder the chat will get and the night when reminders come without a sound.

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;

use super::{App, ChatRef, Message, Sender, buttons};
use crate::calendar::{BAKU, Countdown, Occurrence, Phase, Plan};
use crate::i18n::{self, Lang};
use crate::store::{ChatKind, StoreError, Subscribed};

impl App {
    /// `/subscribe`: the plans as buttons, with every reminder's time, or "already subscribed".
    pub(super) async fn subscribe_command(
        &self,
        chat: &ChatRef<'_>,
        sender: &Sender,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        self.remember_chat(chat, sender.lang).await?;
        let brain = &self.brain;
        if let Some(plan) = self.store().subscription(chat.id).await? {
            return Ok(Message::plain(brain.text_with(lang, "subscribe-already", &[("plan", i18n::s(plan.as_str()))])));
        }
        // Each reminder's time reaches the text as `$<id>_time` ("$silence_time" = "12:00").
        let mut args = brain.facts(lang);
        for reminder in &brain.reminders.list {
            args.set(format!("{}_time", reminder.id), i18n::s(reminder.time.format("%H:%M").to_string()));
        }
        let text = brain.locales.text(lang, "subscribe-choose", Some(&args));
        Ok(Message::with_buttons(text, buttons::plans(brain, lang)))
    }

    /// A plan button: subscribes the chat (committed before the confirmation is shown).
    pub(super) async fn subscribe(
        &self,
        chat: &ChatRef<'_>,
        sender: &Sender,
        plan: Plan,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        // A group's reminders follow its chosen language, not that of whoever pressed.
        self.remember_chat(chat, if chat.kind == ChatKind::Private { sender.lang } else { None }).await?;
        let id = match self.store().subscribe(chat.id, plan, self.now()).await? {
            Subscribed::Already(_) => "subscribe-already",
            Subscribed::New | Subscribed::Changed { .. } => "subscribe-done",
        };
        let text = self.brain.text_with(lang, id, &[("plan", i18n::s(plan.as_str()))]);
        // Asked for under /card (or before subscribing): the card now comes, and the chat is told.
        if id == "subscribe-done" && self.store().chat_settings(chat.id).await?.card_reminder {
            return Ok(Message::plain(format!("{text}\n{}", self.brain.text(lang, "subscribe-done-card"))));
        }
        Ok(Message::plain(text))
    }

    pub(super) async fn unsubscribe_command(&self, chat: &ChatRef<'_>, lang: Lang) -> Result<Message, StoreError> {
        let id =
            if self.store().unsubscribe(chat.id).await? { "unsubscribe-done" } else { "unsubscribe-not-subscribed" };
        Ok(Message::plain(self.brain.text(lang, id)))
    }

    /// `/status`: on 20 January first what the day is (to every chat, subscribed or not), then the
    /// chat's plan and when its next reminder comes, on Baku time.
    pub(super) async fn status_command(&self, chat: &ChatRef<'_>, lang: Lang) -> Result<Message, StoreError> {
        let brain = &self.brain;
        let now = self.now();
        let next = match self.store().subscription(chat.id).await? {
            Some(plan) => self.next_unreceived(chat.id, plan, now).await?.map(|next| (plan, next)),
            None => None,
        };
        let phase = brain.moment(now).phase;
        let zone = self.chat_zone(chat.id).await?;
        // The day's line names the silence's hour, unless the next reminder's line below does.
        let silence = brain.reminders.next_for(Plan::Silence, now).map(|o| o.at);
        let told_below = next.as_ref().is_some_and(|(_, n)| Some(n.at) == silence);
        let key = if phase == Phase::Before && told_below { "day" } else { phase.key() };
        // What follows speaks of Baku's today and tomorrow.
        let head = [
            crate::local_time::baku_now_line(brain, lang, now, zone),
            (phase != Phase::Days).then(|| brain.text_with(lang, "status-today", &[("phase", i18n::s(key))])),
        ];
        let Some((plan, next)) = next else {
            let lines = head.into_iter().flatten().chain([brain.text(lang, "status-not-subscribed")]);
            return Ok(Message::plain(lines.collect::<Vec<_>>().join("\n")));
        };
        let tail = [crate::local_time::line(brain, lang, next.at, zone), self.quiet_line(lang, zone)];
        let body = Some(self.next_line(lang, plan, &next, now));
        let lines = head.into_iter().chain([body]).chain(tail).flatten();
        Ok(Message::plain(lines.collect::<Vec<_>>().join("\n")))
    }

    /// The chat's plan and its next reminder: today, tomorrow or on a date, with the time left,
    /// or on its way when it is due and still queued for the chat.
    fn next_line(&self, lang: Lang, plan: Plan, next: &Occurrence, now: DateTime<Utc>) -> String {
        let local = next.local();
        let today = now.with_timezone(&BAKU).date_naive();
        let when = if next.at <= now {
            "late"
        } else if local.date_naive() == today {
            "today"
        } else if today.succ_opt() == Some(local.date_naive()) {
            "tomorrow"
        } else {
            "other"
        };
        // A late reminder has no time left: its text says it is on its way instead.
        let left = Countdown::of((next.at - now).max(chrono::Duration::zero()));
        let brain = &self.brain;
        brain.text_with(
            lang,
            "status-subscribed",
            &[
                ("plan", i18n::s(plan.as_str())),
                ("next_when", i18n::s(when)),
                (
                    "next_date",
                    i18n::s(crate::knowledge::format_date(&brain.locales, lang, local.date_naive(), "date-full")),
                ),
                ("next_time", i18n::s(format!("{:02}:{:02}", local.hour(), local.minute()))),
                ("days_until", i18n::n(left.days)),
                ("hours_until", i18n::n(left.hours)),
                ("minutes_until", i18n::n(left.minutes)),
            ],
        )
    }

    /// The first reminder of `plan` this chat has not had and will still get, by the sender's
    /// rules: one that reached the chat (or was dropped for it) is not "next"; one due and still
    /// queued for it (late, not yet stale) is; one due but never queued for it will not come,
    /// unless the terminal plays a bot whose sender has not reached it yet (`chat --late`), and
    /// then only for a chat that subscribed in time for it (`delivery::subscribed_by`).
    async fn next_unreceived(
        &self,
        chat: i64,
        plan: Plan,
        now: DateTime<Utc>,
    ) -> Result<Option<Occurrence>, StoreError> {
        let reminders = &self.brain.reminders;
        let since = self.store().subscribed_since(chat).await?;
        let in_time = |o: &Occurrence| since.is_some_and(|since| since <= crate::delivery::subscribed_by(o));
        for occurrence in reminders.upcoming(now).into_iter().filter(|o| reminders.includes(plan, &o.reminder)) {
            match self.store().pending_for(&occurrence.key(), chat).await? {
                Some(true) => return Ok(Some(occurrence)),
                None if occurrence.at > now || (self.due_unsent && in_time(&occurrence)) => {
                    return Ok(Some(occurrence));
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// When reminders go without a sound, on the chat's own clock (`[quiet]`); nothing when the
    /// data has no quiet hours.
    fn quiet_line(&self, lang: Lang, zone: Option<Tz>) -> Option<String> {
        let quiet = &self.brain.reminders.wave.quiet;
        if quiet.from == quiet.until {
            return None;
        }
        let zone = zone.filter(|z| *z != BAKU);
        let place = zone.map(|z| crate::local_time::place(&self.brain, lang, z)).unwrap_or_default();
        Some(self.brain.text_with(
            lang,
            "status-quiet",
            &[
                ("quiet_from", i18n::s(quiet.from.format("%H:%M").to_string())),
                ("quiet_until", i18n::s(quiet.until.format("%H:%M").to_string())),
                ("zone", i18n::s(if zone.is_some() { "local" } else { "baku" })),
                ("place", i18n::s(place)),
            ],
        ))
    }
}
