//! Browsing what the bot knows: /facts by part of the story, /sources by kind of source, and the
//! buttons under an answer that lead on to its neighbours.

use super::App;
use super::buttons;
use super::io::{Button, Message};
use crate::app::MAX_MESSAGE_UNITS;
use crate::i18n::{self, Lang};
use chrono::NaiveDate;

use crate::knowledge::{self, TopicId};
use crate::sources::{Dated, Source};

impl App {
    /// /facts: the parts of the story.
    pub(super) fn facts_groups(&self, lang: Lang) -> Message {
        Message::with_buttons(self.brain.text(lang, "facts-groups"), buttons::groups(&self.brain, lang))
    }

    /// The topics of one part of the story.
    pub(super) fn facts_group(&self, group: &str, lang: Lang) -> Message {
        let title = self.brain.text(lang, &format!("facts-group-{group}"));
        let text = format!("{title}\n\n{}", self.brain.text(lang, "facts-menu"));
        Message::with_buttons(text, buttons::group_topics(&self.brain, lang, group))
    }

    /// What is offered under a topic's answer: the kinds of source under /sources, the related
    /// topics under any other.
    pub(super) fn topic_buttons(&self, topic: TopicId, lang: Lang) -> Vec<Vec<Button>> {
        let brain = &self.brain;
        if brain.knowledge.topic(topic).id == "sources" {
            return buttons::source_kinds(brain, lang);
        }
        buttons::topics(brain, lang, brain.knowledge.related(topic))
    }

    /// Every source of one kind, in as many messages as Telegram's length limit needs.
    pub(super) fn sources_of_kind(&self, kind: &str, lang: Lang) -> Vec<Message> {
        let brain = &self.brain;
        let listed: Vec<&Source> = brain.knowledge.sources.of_kind(kind).collect();
        let header = brain.text_with(
            lang,
            "source-list-header",
            &[
                ("kind", i18n::s(brain.text(lang, &format!("source-kind-{kind}")))),
                ("count", i18n::n(listed.len() as i64)),
            ],
        );
        let mut messages = vec![header];
        for source in listed {
            let item = self.source_item(source, lang);
            let last = messages.last_mut().expect("starts with the header");
            if (last.encode_utf16().count() + item.encode_utf16().count() + 1) < MAX_MESSAGE_UNITS {
                last.push('\n');
                last.push_str(&item);
            } else {
                messages.push(item);
            }
        }
        messages.into_iter().map(Message::plain).collect()
    }

    fn source_item(&self, source: &Source, lang: Lang) -> String {
        let name = i18n::s(source.name(lang).to_string());
        let title = i18n::s(source.title(lang).to_string());
        let locales = &self.brain.locales;
        let date = match source.dated() {
            Dated::Day(day) => knowledge::format_date(locales, lang, day, "date-full"),
            Dated::Month(year, month) => knowledge::format_date(
                locales,
                lang,
                NaiveDate::from_ymd_opt(year, month, 1).expect("a month of the calendar"),
                "date-month",
            ),
            Dated::Year(year) => year.to_string(),
            Dated::Undated | Dated::Unreadable => {
                return self.brain.text_with(lang, "source-item-undated", &[("name", name), ("title", title)]);
            }
        };
        self.brain.text_with(lang, "source-item", &[("name", name), ("title", title), ("date", i18n::s(date))])
    }
}
