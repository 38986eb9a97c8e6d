//! Checks of question understanding: every topic can be asked about in every language, and the
//! example questions of data/topics.toml reach their topics.

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
