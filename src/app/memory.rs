//! What the bot remembers of a conversation, in memory only and for a few minutes: the last topic
//! a person asked about (so that "and injured?" is understood), the topics a "did you mean"
//! offered (so that "yes" or "2" picks one) and a prompt waiting for its answer (a city after
//! /timezone, the text after /broadcast). Per chat and person, so that in a group one person's
//! question does not become the context of another's. Never stored, never logged.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

use crate::knowledge::TopicId;
use crate::understand::Context;

/// How long a conversation is remembered after its last message.
const KEEP: Duration = Duration::minutes(10);

/// Beyond this many remembered conversations, the expired ones are dropped at once; if all are
/// fresh (a flood of new chats), everything is forgotten rather than memory growing.
const MAX_ENTRIES: usize = 100_000;

/// A chat and the person in it (0 when no person is known, as for an anonymous admin).
pub type Key = (i64, u64);

/// A question the bot asked that the person's next message answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    /// /timezone: a city or a zone's name.
    Timezone,
    /// /broadcast without text (owners): the announcement's text.
    Broadcast,
    /// /subscribe's menu: answered by its buttons; typed, only "cancel" answers it.
    Subscribe,
}

/// What is remembered of one conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recollection {
    pub context: Option<Context>,
    pub offered: Vec<TopicId>,
    pub awaiting: Option<Prompt>,
}

#[derive(Debug, Default)]
pub struct Memory {
    entries: Mutex<HashMap<Key, (DateTime<Utc>, Recollection)>>,
}

impl Memory {
    /// What is remembered of a conversation at `now`, if it is recent.
    pub fn recall(&self, key: Key, now: DateTime<Utc>) -> Recollection {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.get(&key) {
            Some((at, recollection)) if now - *at <= KEEP => recollection.clone(),
            _ => Recollection::default(),
        }
    }

    /// Sets or clears the prompt a conversation waits on, keeping the rest.
    pub fn await_answer(&self, key: Key, now: DateTime<Utc>, prompt: Option<Prompt>) {
        let recollection = Recollection { awaiting: prompt, ..self.recall(key, now) };
        self.remember(key, now, recollection);
    }

    pub fn remember(&self, key: Key, now: DateTime<Utc>, recollection: Recollection) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (at, _)| now - *at <= KEEP);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(key, (now, recollection));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conversation_is_forgotten_after_ten_minutes() {
        let memory = Memory::default();
        let now = Utc::now();
        let context = Context { topic: TopicId::from_index(1), question: "q".into() };
        memory.remember((1, 2), now, Recollection { context: Some(context.clone()), ..Recollection::default() });
        assert_eq!(memory.recall((1, 2), now + Duration::minutes(9)).context, Some(context));
        assert_eq!(memory.recall((1, 3), now).context, None, "another person in the same chat");
        assert_eq!(memory.recall((1, 2), now + Duration::minutes(11)), Recollection::default());
    }
}
