//! Questions: any text in a private chat, and what is addressed to the bot in a group, answered
//! with a topic, or with a polite "I cannot answer that" and a menu of what the bot knows.

use super::{App, Message, Text, buttons};
use crate::answer::ReplyKind;
use crate::i18n::Lang;
use crate::knowledge::TopicId;

impl App {
    /// The answer to a question, in the question's language when it can be told, else `fallback`.
    pub(super) fn answer_question(&self, question: &str, fallback: Lang) -> Message {
        let brain = &self.brain;
        let reply = brain.ask(question, fallback, None, self.now());
        match (reply.kind, reply.topic) {
            (ReplyKind::Answer, Some(topic)) => self.topic_message(topic, reply.lang),
            (ReplyKind::OutOfScope, _) => {
                Message::with_buttons(reply.text, buttons::topics(brain, reply.lang, brain.menu_topics()))
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
