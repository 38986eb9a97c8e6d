//! Inline mode: `@bot words` in any chat offers topic answers to share, in the language of the
//! words (else the person's), found by the same understanding as questions. An empty query offers
//! the overview, the countdown and the silence. Results are the same for everyone who types the
//! same words, so Telegram may cache them for all.

use super::{App, Button, Text, buttons};
use crate::i18n::Lang;
use crate::knowledge::TopicId;
use crate::understand::Outcome as Understood;

/// The topics an empty query offers, in this order.
const DEFAULT_TOPICS: [&str; 3] = ["overview", "countdown", "silence"];

/// The longest description under a result's title, in characters.
const DESCRIPTION_CHARS: usize = 96;

/// One result to offer: an article whose message is the answer with its source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Unique among the results and at most 64 bytes, as Telegram requires.
    pub id: String,
    pub title: String,
    pub description: String,
    pub text: Text,
    pub buttons: Vec<Vec<Button>>,
}

fn description(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.chars().count() <= DESCRIPTION_CHARS {
        return first.to_string();
    }
    let cut: String = first.chars().take(DESCRIPTION_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

impl App {
    /// The results for an inline query: topics first, then the coming anniversary's candles with the button.
    pub async fn inline(&self, query: &str, user_lang: Option<Lang>) -> Vec<Article> {
        let brain = &self.brain;
        let query = crate::understand::normalize::strip_controls(query);
        let query = query.trim();
        let defaults = DEFAULT_TOPICS.iter().map(|name| brain.knowledge.required_topic(name));
        let (lang, mut topics): (Lang, Vec<TopicId>) =
            if query.is_empty() || query.chars().count() > crate::answer::MAX_QUESTION_CHARS {
                (Lang::choose(None, None, user_lang), Vec::new())
            } else {
                let understood = brain.understand(query);
                let lang = Lang::choose(understood.lang, None, user_lang);
                match understood.outcome {
                    Understood::Answer(topic)
                    | Understood::Confirmed(topic)
                    | Understood::Correction(topic, _)
                    | Understood::More(topic)
                    | Understood::Consoled(topic, _) => (lang, vec![topic]),
                    Understood::DidYouMean(offered) | Understood::NotInSources(offered) => (lang, offered),
                    Understood::OutOfScope | Understood::SmallTalk(_) => (lang, Vec::new()),
                }
            };
        for topic in defaults {
            if !topics.contains(&topic) {
                topics.push(topic);
            }
        }
        let now = self.now();
        let mut articles: Vec<Article> = topics
            .into_iter()
            .map(|topic| {
                let title = brain.topic_title(topic, lang);
                let answer = brain.topic_answer(topic, lang, now);
                Article {
                    id: format!("{}-{}", brain.knowledge.topic(topic).id, lang.code()),
                    description: description(&answer),
                    text: Text::Titled { lead: None, title: title.clone(), body: answer },
                    title,
                    buttons: self.page_rows(lang),
                }
            })
            .collect();
        match self.candle_count(lang).await {
            Ok(count) => articles.push(Article {
                id: format!("candle-{}", lang.code()),
                title: brain.text(lang, "candle-button"),
                description: count.clone(),
                text: Text::Plain(count),
                buttons: [vec![buttons::candle(brain, lang)], self.page_rows(lang)].concat(),
            }),
            Err(error) => tracing::warn!(%error, "could not count the candles for an inline query"),
        }
        articles
    }
}
