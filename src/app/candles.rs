//! Light a candle: one a person for each anniversary, answered with the live count, from the button
//! under the minute-of-silence reminder, under /card and shared results, with /candle, or on the
//! memorial page (src/web/).

use chrono::Datelike;

use super::{App, ChatRef, Message, Outcome, Sender, buttons};
use crate::i18n::{self, Lang};
use crate::store::{ChatKind, Lit, StoreError};

impl App {
    /// The anniversary candles lit now count for, by its year and number: the coming 20 January,
    /// the day itself included (`Moment::next_date`), so that a candle of 25 November 2026 is one
    /// for the 37th anniversary, on 20 January 2027.
    pub fn candle_anniversary(&self) -> (i32, i64) {
        let moment = self.brain.moment(self.now());
        (moment.next_date.year(), moment.anniversary_next)
    }

    fn candle_year(&self) -> i32 {
        self.candle_anniversary().0
    }

    /// Lights `user`'s candle of this year, once: the one path for /candle, the button and the
    /// memorial page, so they share one count and one privacy rule (a keyed hash in the store).
    pub async fn light_candle_for(&self, user: u64) -> Result<Lit, StoreError> {
        self.store().light_candle(self.candle_year(), user).await
    }

    /// Candles lit for the coming anniversary.
    pub async fn candles_this_year(&self) -> Result<i64, StoreError> {
        self.store().candles(self.candle_year()).await
    }

    /// The words that say what lighting did: how many have lit one for this anniversary.
    pub fn candle_words(&self, lit: Lit, lang: Lang) -> String {
        let anniversary = ("anniversary", i18n::n(self.candle_anniversary().1));
        match lit {
            Lit::New { count } => {
                self.brain.text_with(lang, "candle-lit", &[("others", i18n::n(count - 1)), anniversary])
            }
            Lit::Already { count } => {
                self.brain.text_with(lang, "candle-already", &[("count", i18n::n(count)), anniversary])
            }
        }
    }

    /// Lights the sender's candle; the words say how many have lit one this year.
    pub(super) async fn light_candle(&self, sender: &Sender, lang: Lang) -> Result<Option<String>, StoreError> {
        let Some(user) = sender.user_id else { return Ok(None) };
        Ok(Some(self.candle_words(self.light_candle_for(user).await?, lang)))
    }

    /// `/candle`: lights the sender's candle. In a group or channel the button follows so that
    /// others can light theirs; in a private chat the one person has just lit it, and a button
    /// that could only say so again is left out.
    pub(super) async fn candle_command(
        &self,
        chat: &ChatRef<'_>,
        sender: &Sender,
        lang: Lang,
    ) -> Result<Message, StoreError> {
        let lit = self.light_candle(sender, lang).await?;
        let others_can = chat.kind != ChatKind::Private || lit.is_none();
        let text = lit.unwrap_or_else(|| self.brain.text(lang, "candle-no-user"));
        if !others_can {
            return Ok(Message::plain(text));
        }
        Ok(Message::with_buttons(text, vec![buttons::candle(&self.brain, lang)]))
    }

    /// The candle button: the count comes back as a note on the button, so that a group's
    /// reminder is not buried under answers.
    pub(super) async fn candle_press(&self, sender: &Sender, lang: Lang) -> Result<Outcome, StoreError> {
        let text = match self.light_candle(sender, lang).await? {
            Some(text) => text,
            None => self.brain.text(lang, "candle-no-user"),
        };
        Ok(Outcome::note(text))
    }

    /// A button pressed under a message the bot cannot see the chat of (a shared inline result):
    /// only the candle works there.
    pub async fn press_without_chat(&self, sender: &Sender, data: &str) -> Outcome {
        let lang = Lang::choose(None, None, sender.lang);
        if super::buttons::Press::parse(data, &self.brain) != Some(super::buttons::Press::Candle) {
            return Outcome::note(self.brain.text(lang, "button-expired"));
        }
        self.candle_press(sender, lang).await.unwrap_or_else(|error| {
            tracing::error!(%error, "lighting a candle failed");
            Outcome::note(self.brain.text(lang, "error-generic"))
        })
    }

    /// "N people have lit a candle for the 37th anniversary".
    pub(super) async fn candle_count(&self, lang: Lang) -> Result<String, StoreError> {
        let count = self.candles_this_year().await?;
        let anniversary = i18n::n(self.candle_anniversary().1);
        Ok(self.brain.text_with(lang, "candle-count", &[("count", i18n::n(count)), ("anniversary", anniversary)]))
    }
}
