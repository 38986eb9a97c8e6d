//! Text messages and media: which are commands and which are questions, what a group hears
//! (commands, mentions and replies to the bot only), and the commands that only show something.

use super::commands::{self, Command};
use super::{App, Input, Message, Outcome};
use crate::i18n::{self, Lang};
use crate::store::{ChatKind, StoreError};

impl App {
    pub(super) async fn on_text(&self, input: &Input<'_>, text: &str, addressed: bool) -> Result<Outcome, StoreError> {
        let (chat, sender) = (&input.chat, &input.sender);
        // Channel posts are the channel's own words, never questions to the bot.
        if chat.kind == ChatKind::Channel {
            return Ok(Outcome::nothing());
        }
        let who = (chat.id, sender.user_id.unwrap_or(0));
        if let Some(parsed) = commands::parse(text) {
            if let (Some(addressee), Some(me)) = (parsed.addressee, &self.username)
                && !addressee.eq_ignore_ascii_case(me)
            {
                return Ok(Outcome::nothing());
            }
            let lang = self.chat_lang(chat, sender).await?;
            return match parsed.command {
                Ok(command) => {
                    self.after_command(who, input, command, parsed.args);
                    self.on_command(input, command, parsed.args, lang).await
                }
                // In groups an unknown command may be another bot's.
                Err(name) if chat.kind == ChatKind::Private || parsed.addressee.is_some() => Ok(Outcome::say(
                    Message::plain(self.brain.text_with(lang, "unknown-command", &[("command", i18n::s(name))])),
                )),
                Err(_) => Ok(Outcome::nothing()),
            };
        }
        // A person a prompt waits for is heard in a group even without a mention.
        if let Some(prompt) = sender.user_id.and_then(|_| self.awaited(who))
            && !self.leaves_prompt(who, prompt, text)
        {
            let lang = self.chat_lang(chat, sender).await?;
            return self.answer_prompt(input, who, prompt, text, lang).await;
        }
        if chat.kind != ChatKind::Private && !addressed {
            return Ok(Outcome::nothing());
        }
        let lang = self.chat_lang(chat, sender).await?;
        // "Cancel" with nothing waiting is small talk (`talk-cancel`), as in `ask`.
        Ok(Outcome::say(self.answer_question(text, lang, who).await?))
    }

    /// Photos, stickers, voice in a private chat get a word; in groups they are chatter.
    pub(super) async fn on_media(&self, input: &Input<'_>) -> Result<Outcome, StoreError> {
        if input.chat.kind != ChatKind::Private || input.sender.user_id.is_none() {
            return Ok(Outcome::nothing());
        }
        let lang = self.chat_lang(&input.chat, &input.sender).await?;
        Ok(Outcome::say(Message::plain(self.brain.text(lang, "not-text"))))
    }

    async fn on_command(
        &self,
        input: &Input<'_>,
        command: Command,
        args: &str,
        lang: Lang,
    ) -> Result<Outcome, StoreError> {
        let (chat, sender) = (&input.chat, &input.sender);
        let brain = &self.brain;
        let say = |id: &str| Ok(Outcome::say(Message::plain(brain.text(lang, id))));
        if command.owner_only() && !self.is_owner(sender) {
            return say("owners-only");
        }
        if command.admin_only_in_groups() && !Self::may_administer(chat, sender) {
            return say("admins-only");
        }
        match command {
            Command::Start => {
                self.remember_chat(chat, sender.lang).await?;
                Ok(Outcome::say(Message::with_buttons(brain.text(lang, "start"), self.page_rows(lang))))
            }
            Command::Help => Ok(Outcome::say(Message::plain(self.help_text(lang)))),
            Command::Facts => Ok(Outcome::say(self.facts_groups(lang))),
            Command::Countdown => {
                let topic = brain.knowledge.required_topic("countdown");
                let message = self.topic_message(topic, lang);
                Ok(Outcome::say(self.with_local_time(chat.id, topic, lang, message, false).await?))
            }
            Command::Sources => Ok(Outcome::say(self.named_topic("sources", lang))),
            Command::Language => self.language_command(chat, args, lang).await.map(Outcome::say),
            Command::Subscribe => self.subscribe_command(chat, sender, lang).await.map(Outcome::say),
            Command::Unsubscribe => self.unsubscribe_command(chat, lang).await.map(Outcome::say),
            Command::Status => self.status_command(chat, lang).await.map(Outcome::say),
            Command::Stats => self.stats_command(lang).await.map(Outcome::say),
            Command::Broadcast => self.broadcast_command(sender, args, lang).await.map(Outcome::say),
            Command::Unanswered => self.unanswered_command(chat, lang).await.map(Outcome::say),
            Command::Card => self.card_command(chat, lang).await,
            Command::Candle => self.candle_command(chat, sender, lang).await.map(Outcome::say),
            Command::Timezone => self.timezone_command(chat, args, lang).await.map(Outcome::say),
        }
    }

    /// `/help`; where the bot knows its username (in Telegram), how to share an answer through it.
    fn help_text(&self, lang: Lang) -> String {
        let help = self.brain.text(lang, "help");
        match &self.username {
            Some(name) => {
                let inline = self.brain.text_with(lang, "help-inline", &[("bot", i18n::s(format!("@{name}")))]);
                format!("{help}\n{inline}")
            }
            None => help,
        }
    }
}
