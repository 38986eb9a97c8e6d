//! The owners' commands: /stats (subscribers and the last delivery), /broadcast, a draft that
//! goes out through the outbox only once the owner confirms it, and /unanswered (private chats only).

use chrono::Datelike;

use super::{App, ChatRef, Message, Outcome, Sender, buttons};
use crate::i18n::{self, Lang};
use crate::store::{ChatKind, StoreError};

/// What /unanswered shows: the most frequent questions of this many days.
const UNANSWERED_DAYS: i64 = 30;
const UNANSWERED_SHOWN: i64 = 20;

/// How many years of candles /stats shows.
const CANDLE_YEARS_SHOWN: i64 = 3;

/// How long a confirmed broadcast may take to reach everyone before the rest is dropped.
const BROADCAST_STALE_AFTER_DAYS: i64 = 1;

impl App {
    pub(super) async fn stats_command(&self, lang: Lang) -> Result<Message, StoreError> {
        let brain = &self.brain;
        let stats = self.store().subscriber_stats().await?;
        let mut args = brain.facts(lang);
        for (key, value) in
            [("total", stats.total), ("private", stats.private), ("groups", stats.groups), ("channels", stats.channels)]
        {
            args.set(key, i18n::n(value));
        }
        // Subscribers by the language their reminders go out in: `$az`, `$en`, `$ru`.
        for (l, &count) in stats.by_lang.iter() {
            args.set(l.code(), i18n::n(count));
        }
        let mut text = brain.locales.text(lang, "stats", Some(&args));
        text.push('\n');
        text.push_str(&match self.store().last_delivery().await? {
            None => brain.text(lang, "stats-no-last"),
            Some(last) => brain.text_with(
                lang,
                "stats-last",
                &[
                    ("occurrence", i18n::s(self.occurrence_words(&last.occurrence, lang))),
                    ("delivered", i18n::n(last.sent)),
                    ("failed", i18n::n(last.failed + last.stale)),
                    ("pending", i18n::n(last.pending)),
                    ("superseded", i18n::n(last.superseded)),
                ],
            ),
        });
        if let Some(wave) = self.wave_line(lang).await? {
            text.push('\n');
            text.push_str(&wave);
        }
        // Candles per anniversary (kept by its year), the last few.
        let event_year = i64::from(brain.knowledge.event_date().year());
        for (year, count) in self.store().candles_by_year(CANDLE_YEARS_SHOWN).await? {
            let year = i64::from(year);
            let args =
                [("year", i18n::n(year)), ("anniversary", i18n::n(year - event_year)), ("count", i18n::n(count))];
            text.push('\n');
            text.push_str(&brain.text_with(lang, "stats-candles", &args));
        }
        Ok(Message::plain(text))
    }

    /// The next reminder's wave for today's subscribers: whether it fits, and its paid cost.
    async fn wave_line(&self, lang: Lang) -> Result<Option<String>, StoreError> {
        let brain = &self.brain;
        let Some(next) = brain.reminders.next_after(self.now()) else { return Ok(None) };
        let plan = self.outbox.plan_wave(&brain.reminders, &next).await?;
        let hm = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&crate::calendar::BAKU).format("%H:%M").to_string();
        let count = |n: u64| i18n::n(i64::try_from(n).unwrap_or(i64::MAX));
        let args = [
            ("occurrence", i18n::s(self.occurrence_words(&next.key(), lang))),
            ("chats", count(plan.audience.total())),
            ("start", i18n::s(hm(plan.start))),
            ("end", i18n::s(hm(plan.end))),
            ("rate", i18n::n(plan.rate.round() as i64)),
            ("lead", i18n::n(brain.reminders.wave.lead.num_minutes())),
            ("capacity", count(plan.capacity)),
            ("late", count(plan.late())),
            ("stars", count(plan.paid_cost_tenths.div_ceil(10))),
        ];
        let mut line = brain.text_with(lang, if plan.fits() { "stats-wave" } else { "stats-wave-over" }, &args);
        // With no chat to send to there is nothing to pay for: the cost would only say "none".
        if plan.audience.total() > 0 {
            line.push('\n');
            line.push_str(&brain.text_with(lang, if plan.paid { "stats-paid-on" } else { "stats-paid-off" }, &args));
        }
        Ok(Some(line))
    }

    /// `/unanswered`: the questions the bot could not answer lately, most asked first; only in a
    /// private chat, since what people typed is for the owners' eyes, not a group's.
    pub(super) async fn unanswered_command(&self, chat: &ChatRef<'_>, lang: Lang) -> Result<Message, StoreError> {
        let brain = &self.brain;
        if chat.kind != ChatKind::Private {
            return Ok(Message::plain(brain.text(lang, "unanswered-private-only")));
        }
        let days = [("days", i18n::n(UNANSWERED_DAYS))];
        let list = self.store().unanswered(self.now(), UNANSWERED_DAYS, UNANSWERED_SHOWN).await?;
        if list.is_empty() {
            return Ok(Message::plain(brain.text_with(lang, "unanswered-none", &days)));
        }
        let mut text = brain.text_with(lang, "unanswered-header", &days);
        for item in list {
            text.push('\n');
            text.push_str(&brain.text_with(
                lang,
                "unanswered-item",
                &[
                    ("count", i18n::n(item.count)),
                    ("question", i18n::s(item.question)),
                    ("lang", i18n::s(item.lang.code())),
                    ("outcome", i18n::s(item.outcome)),
                ],
            ));
        }
        Ok(Message::plain(text))
    }

    /// `/broadcast TEXT`: saves a draft and asks the owner to confirm it.
    pub(super) async fn broadcast_command(
        &self,
        sender: &Sender,
        text: &str,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        let brain = &self.brain;
        if text.is_empty() {
            return Ok(Message::plain(brain.text(lang, "broadcast-usage")));
        }
        let owner = sender.user_id.map_or(0, |id| id as i64);
        let id = self.store().draft_broadcast(owner, text, self.now()).await?;
        let count = self.store().subscriber_stats().await?.total;
        let confirm = brain.text_with(lang, "broadcast-confirm", &[("count", i18n::n(count)), ("text", i18n::s(text))]);
        Ok(Message::with_buttons(confirm, buttons::broadcast(brain, lang, id)))
    }

    /// Send or Cancel under a draft; a second press finds the draft already settled.
    pub(super) async fn confirm_broadcast(
        &self,
        sender: &Sender,
        id: i64,
        confirm: bool,
        lang: Lang,
    ) -> Result<Outcome, StoreError> {
        let brain = &self.brain;
        if !self.is_owner(sender) {
            return Ok(Outcome::note(brain.text(lang, "owners-only")));
        }
        let now = self.now();
        if !confirm {
            let cancelled = self.store().cancel_broadcast(id).await?;
            return Ok(if cancelled {
                Outcome::edit(Message::plain(brain.text(lang, "broadcast-cancelled")))
            } else {
                Outcome::nothing()
            });
        }
        let stale_at = now + chrono::Duration::days(BROADCAST_STALE_AFTER_DAYS);
        Ok(match self.outbox.queue_broadcast(id, stale_at, now).await? {
            Some(count) => Outcome::edit(Message::plain(brain.text_with(
                lang,
                "broadcast-queued",
                &[("count", i18n::n(count as i64))],
            ))),
            None => Outcome::note(brain.text(lang, "button-expired")),
        })
    }

    /// A reminder as the owner reads it, "19 January 2027, 20:00", from its key in the store
    /// ("2027-eve"); the key itself when data/reminders.toml no longer has that reminder.
    fn occurrence_words(&self, key: &str, lang: Lang) -> String {
        let brain = &self.brain;
        let found = key.split_once('-').and_then(|(year, reminder)| {
            let year = year.parse().ok()?;
            brain.reminders.occurrences(year).into_iter().find(|o| o.reminder == reminder)
        });
        let Some(occurrence) = found else { return key.to_string() };
        let local = occurrence.local();
        let date = crate::knowledge::format_date(&brain.locales, lang, local.date_naive(), "date-full");
        format!("{date}, {}", local.format("%H:%M"))
    }
}
