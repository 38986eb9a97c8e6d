//! Checks of question understanding: every topic can be asked about in every language, the
//! example questions of data/topics.toml reach their topics, and data/conversation.toml names
//! only replies and topics that exist.

use crate::answer::Brain;
use crate::i18n::Lang;

pub(super) fn topics_reachable(brain: &Brain, problems: &mut Vec<String>) {
    let k = &brain.knowledge;
    for lang in Lang::ALL {
        let counts = brain.understander.vocabulary().terms_per_slot(lang, k.topics.len() + 1);
        for t in k.all_topics() {
            let topic = k.topic(t);
            if counts[t.index()] == 0 {
                problems.push(format!("data/vocabulary/{}.toml: no term leads to topic `{}`", lang.code(), topic.id));
            }
            for example in topic.examples.get(&lang).into_iter().flatten() {
                let got = brain.understand(example);
                if got.topic != Some(t) {
                    let found = got.topic.map_or("out of scope", |i| k.topic(i).id.as_str());
                    problems.push(format!(
                        "data/topics.toml: {} example {example:?} of `{}` is understood as {found}",
                        lang.code(),
                        topic.id
                    ));
                }
            }
        }
    }
}

/// Every kind of small talk has its reply in every language and suggests topics that exist; the
/// topics the conversation layer answers with exist.
pub(super) fn conversation_data(brain: &Brain, problems: &mut Vec<String>) {
    let k = &brain.knowledge;
    for talk in &brain.understander.conversation.talks {
        for lang in Lang::ALL {
            if !brain.locales.has(lang, &format!("talk-{}", talk.reply)) {
                problems.push(format!("locales/{}/conversation.ftl: no `talk-{}`", lang.code(), talk.reply));
            }
        }
        for topic in talk.suggest.iter().filter(|t| k.topic_id(t).is_none()) {
            problems.push(format!("data/conversation.toml: talk `{}` suggests unknown topic `{topic}`", talk.id));
        }
    }
    for name in ["overview", "date", "abroad"].into_iter().filter(|n| k.topic_id(n).is_none()) {
        problems.push(format!("data/topics.toml: the conversation layer needs topic `{name}`"));
    }
}
