//! "Was it a genocide?", «это было преступление?», "soyqırımı idi?": whether the events were a
//! crime of a name. The bot takes no side: a party's word is answered with the topic that says it
//! is theirs, a word no source uses is "no sourced answer", never a refusal as another subject.

use super::super::{Outcome, Reading, SURE_NONE, Understander, Understanding};
use super::{SHORT, Signals};

impl Understander {
    /// What a question naming a crime gets: `None` when, with the name left out, it asks about
    /// something else ("the Khojaly genocide", "how many died in the genocide?").
    pub(super) fn qualified(&self, signals: &Signals, words: &[&str], reading: &Reading) -> Option<Understanding> {
        let (list, at, n) = signals.qualification?;
        let lists = &self.premises.lists;
        // "Was the Baku massacre in February 1990?" names the events: its date is the question.
        let dated = signals.month.is_some() || words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()));
        if dated || lists.questions.occur_in(words) && !signals.named || words.len() > SHORT + 3 + n {
            return None;
        }
        let masked: Vec<&str> =
            words.iter().enumerate().filter(|(i, _)| !(at..at + n).contains(i)).map(|(_, w)| *w).collect();
        let text = masked.join(" ");
        let without = self.read(&text, &text);
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        if !about_the_event.contains(&without.answered()) || without.rules.none >= SURE_NONE || signals.other_place {
            return None;
        }
        let lang = reading.understanding.lang;
        let outcome = match &lists.qualification_topics[list] {
            Some(topic) => Outcome::Answer(self.named(topic)),
            None => Outcome::NotInSources(lists.qualification_nearest.iter().map(|t| self.named(t)).collect()),
        };
        let topic = match outcome {
            Outcome::Answer(t) => Some(t),
            _ => None,
        };
        Some(Understanding { outcome, topic, lang, confidence: 0.8 })
    }
}
