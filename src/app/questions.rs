//! Questions: any text in a private chat, and what is addressed to the bot in a group. Answered
//! with a topic (or a correction of a wrong premise), small talk, a "did you mean", or a short
//! refusal that says whether the sources are silent or the question is about something else;
//! whatever offers topics offers them as buttons.

use super::memory::{Key, Recollection};
use super::{App, Message, Text, buttons};
use crate::answer::{Reply, ReplyKind};
use crate::i18n::Lang;
use crate::knowledge::TopicId;
use crate::store::StoreError;
use crate::understand::Context;
use crate::understand::normalize::fold;

/// The longest question kept in the unanswered log, in characters of its folded form.
const LOGGED_CHARS: usize = 300;

impl App {
    /// The answer to a message from `who` (a chat and a person), in the message's language when
    /// it can be told, else `fallback`; read as a follow-up or a choice where it is one.
    pub(super) async fn answer_question(
        &self,
        question: &str,
        fallback: Lang,
        who: Key,
    ) -> Result<Message, StoreError> {
        let now = self.now();
        let recalled = self.memory.recall(who, now);
        let folded = fold(question);
        if let Some(i) = self.brain.understander.conversation.choice(&folded, recalled.offered.len()) {
            let topic = recalled.offered[i];
            let lang = Lang::choose(None, Some(fallback), None);
            self.remember_topic(who, topic, self.brain.topic_title(topic, lang));
            let message = self.topic_message(topic, lang);
            return self.with_local_time(who.0, topic, lang, message, false).await;
        }
        let reply = self.brain.ask_in(question, fallback, None, recalled.context.as_ref(), now);
        crate::metrics::answer(reply.kind.name(), reply.lang);
        if matches!(reply.kind, ReplyKind::OutOfScope | ReplyKind::NotInSources | ReplyKind::DidYouMean) {
            self.log_unanswered(question, &reply).await;
        }
        self.recall_reply(who, question, &reply, recalled);
        let reply = self.worded_for_chat(who.0, reply).await?;
        let (topic, lang) =
            (reply.topic.filter(|_| reply.lead.is_some() || reply.kind == ReplyKind::Answer), reply.lang);
        let message = self.reply_message(reply);
        match topic {
            Some(topic) => {
                let today = crate::local_time::answers_today(&self.brain, question, topic);
                self.with_local_time(who.0, topic, lang, message, today).await
            }
            None => Ok(message),
        }
    }

    /// Small talk about the reminders, worded by what the chat receives: "stop writing to me" in
    /// a chat with no reminders is told so, not how to stop them, and so is "cancel" with nothing
    /// waiting; "subscribe me" in a subscribed one, that it already is.
    async fn worded_for_chat(&self, chat: i64, mut reply: Reply) -> Result<Reply, StoreError> {
        let Some(talk) = reply.talk else { return Ok(reply) };
        // Each reply's other words, and whether the chat is subscribed when they are the ones due.
        let (id, when_subscribed) = match self.brain.understander.conversation.talk_id(talk) {
            "unsubscribe" => ("talk-unsubscribe-none", false),
            "cancel" => ("talk-cancel-none", false),
            "subscribe" => ("talk-subscribe-already", true),
            _ => return Ok(reply),
        };
        if self.store().subscription(chat).await?.is_some() == when_subscribed {
            reply.text = self.brain.text(reply.lang, id);
        }
        Ok(reply)
    }

    /// Keeps a question the bot could not answer, masked (`privacy`), without who asked. Best
    /// effort: the log helps grow the knowledge, the answer is what the person needs; the
    /// question is not in the warning, as it may be personal.
    async fn log_unanswered(&self, question: &str, reply: &Reply) {
        let logged: String = crate::privacy::masked_folded(question).chars().take(LOGGED_CHARS).collect();
        let keep = self.brain.knowledge.number("unanswered_kept_days").unwrap_or(180);
        // The log keeps two outcomes: not answered, or offered.
        let outcome = if reply.kind == ReplyKind::DidYouMean { "did_you_mean" } else { "out_of_scope" };
        if let Err(error) = self.store().log_unanswered(&logged, reply.lang, outcome, self.now(), keep).await {
            tracing::warn!(%error, "could not keep an unanswered question");
            crate::metrics::unanswered_log_failed();
        }
    }

    /// Keeps what the next message may refer to: the topic answered (with the question that
    /// names it best), or the topics offered.
    fn recall_reply(&self, who: Key, question: &str, reply: &Reply, mut recalled: Recollection) {
        match (reply.kind, reply.topic) {
            (ReplyKind::Answer | ReplyKind::Correction | ReplyKind::More, Some(topic)) => {
                // Without a context the answer was the question's own; with one, it may have come
                // from the context, and then the context's question still names the topic best.
                let alone = recalled.context.is_none() || self.brain.understand(question).topic == Some(topic);
                let named_by = match &recalled.context {
                    _ if alone => question.to_string(),
                    Some(previous) if previous.topic == topic => previous.question.clone(),
                    _ => self.brain.topic_title(topic, reply.lang),
                };
                self.remember_topic(who, topic, named_by);
            }
            (ReplyKind::DidYouMean, _) => {
                recalled.offered = reply.candidates.clone();
                self.memory.remember(who, self.now(), recalled);
            }
            _ => {
                recalled.offered.clear();
                self.memory.remember(who, self.now(), recalled);
            }
        }
    }

    /// Remembers the topic a person was last answered with (a question, a choice, a button).
    /// A new topic ends any offer and any waiting prompt.
    pub(super) fn remember_topic(&self, who: Key, topic: TopicId, question: String) {
        let context = Some(Context { topic, question });
        self.memory.remember(who, self.now(), Recollection { context, ..Recollection::default() });
    }

    fn reply_message(&self, reply: Reply) -> Message {
        let brain = &self.brain;
        // One choice per row: these are answers to pick from, not a menu.
        let offered = |topics: &[TopicId]| {
            buttons::topics(brain, reply.lang, topics.iter().copied()).into_iter().flatten().map(|b| vec![b]).collect()
        };
        match (reply.kind, reply.topic) {
            // A correction, or a word of sympathy, stands above the answer (`lead`).
            (ReplyKind::Answer | ReplyKind::Correction, Some(topic)) => {
                let mut message = self.topic_message(topic, reply.lang);
                if let Text::Titled { lead, .. } = &mut message.text {
                    lead.clone_from(&reply.lead);
                }
                message
            }
            (ReplyKind::OutOfScope, _) => {
                Message::with_buttons(reply.text, buttons::topics(brain, reply.lang, brain.menu_topics()))
            }
            (ReplyKind::DidYouMean | ReplyKind::NotInSources | ReplyKind::SmallTalk | ReplyKind::More, _) => {
                let buttons = offered(&reply.candidates);
                Message::with_buttons(reply.text, buttons)
            }
            _ => Message::plain(reply.text),
        }
    }

    /// A topic's answer under its title.
    pub(super) fn topic_message(&self, topic: TopicId, lang: Lang) -> Message {
        let brain = &self.brain;
        Message {
            text: Text::Titled {
                lead: None,
                title: brain.topic_title(topic, lang),
                body: brain.topic_answer(topic, lang, self.now()),
            },
            buttons: self.topic_buttons(topic, lang),
            card: None,
        }
    }

    /// A topic the bot's commands answer (/countdown, /sources), checked at load.
    pub(super) fn named_topic(&self, name: &'static str, lang: Lang) -> Message {
        self.topic_message(self.brain.knowledge.required_topic(name), lang)
    }
}
