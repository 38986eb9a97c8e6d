//! Questions: any text in a private chat, and what is addressed to the bot in a group, answered
//! with a topic, or with a polite "I cannot answer that" and a menu of what the bot knows.

use super::{App, Message, Text, buttons};
use crate::answer::ReplyKind;
use crate::i18n::Lang;
use crate::knowledge::TopicId;
use crate::store::StoreError;

/// The longest question kept in the unanswered log, in characters of its folded form.
const LOGGED_CHARS: usize = 300;

impl App {
    /// The answer to a question, in the question's language when it can be told, else `fallback`.
    /// A question the bot could not answer goes to the unanswered log, without who asked it.
    pub(super) async fn answer_question(
        &self,
        question: &str,
        fallback: Lang,
        chat_id: i64,
    ) -> Result<Message, StoreError> {
        let brain = &self.brain;
        let reply = brain.ask(question, fallback, None, self.now());
        let outcome = match reply.kind {
            ReplyKind::OutOfScope => Some("out_of_scope"),
            ReplyKind::DidYouMean => Some("did_you_mean"),
            _ => None,
        };
        crate::metrics::answer(outcome.unwrap_or("answer"), reply.lang);
        if let Some(outcome) = outcome {
            let folded: String = crate::privacy::masked_folded(question).chars().take(LOGGED_CHARS).collect();
            let keep = brain.knowledge.number("unanswered_kept_days").unwrap_or(180);
            // Best effort: the log helps grow the knowledge, the answer is what the person needs.
            // The question is not in the warning: it may be personal.
            if let Err(error) = self.store().log_unanswered(&folded, reply.lang, outcome, self.now(), keep).await {
                tracing::warn!(%error, "could not keep an unanswered question");
                crate::metrics::unanswered_log_failed();
            }
        }
        let (topic, lang) = (reply.topic.filter(|_| reply.kind == ReplyKind::Answer), reply.lang);
        let message = self.reply_message(reply);
        match topic {
            Some(topic) => self.with_local_time(chat_id, topic, lang, message).await,
            None => Ok(message),
        }
    }

    fn reply_message(&self, reply: crate::answer::Reply) -> Message {
        let brain = &self.brain;
        match (reply.kind, reply.topic) {
            (ReplyKind::Answer, Some(topic)) => self.topic_message(topic, reply.lang),
            (ReplyKind::OutOfScope, _) => {
                Message::with_buttons(reply.text, buttons::topics(brain, reply.lang, brain.menu_topics()))
            }
            (ReplyKind::DidYouMean, _) => {
                // One choice per row: these are the answers to pick from, not a menu.
                let offered = buttons::topics(brain, reply.lang, reply.candidates.iter().copied());
                Message::with_buttons(reply.text, offered.into_iter().flatten().map(|b| vec![b]).collect())
            }
            _ => Message::plain(reply.text),
        }
    }

    /// A topic's answer under its title.
    pub(super) fn topic_message(&self, topic: TopicId, lang: Lang) -> Message {
        let brain = &self.brain;
        Message {
            text: Text::Titled {
                title: brain.topic_title(topic, lang),
                body: brain.topic_answer(topic, lang, self.now()),
            },
            buttons: Vec::new(),
        }
    }

    /// A topic the bot's commands answer (/countdown, /sources), checked at load.
    pub(super) fn named_topic(&self, name: &'static str, lang: Lang) -> Message {
        self.topic_message(self.brain.knowledge.required_topic(name), lang)
    }
}
