//! `topics`: every topic with its title and full answer.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::answer::Brain;
use crate::i18n::Lang;

#[derive(Serialize)]
struct JsonTopic {
    id: String,
    title: String,
    text: String,
}

pub fn run(brain: &Brain, lang: Lang, now: DateTime<Utc>, json: bool) -> anyhow::Result<()> {
    let topics: Vec<JsonTopic> = brain
        .knowledge
        .all_topics()
        .map(|t| JsonTopic {
            id: brain.knowledge.topic(t).id.clone(),
            title: brain.topic_title(t, lang),
            text: brain.topic_answer(t, lang, now),
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&topics)?);
    } else {
        for topic in topics {
            println!("[{}] {}\n{}\n", topic.id, topic.title, topic.text);
        }
    }
    Ok(())
}
