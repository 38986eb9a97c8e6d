//! Refusals of two kinds: a question about the events that the sources do not answer (said so,
//! with the nearest topics), and one about something else (another place, another date, another
//! subject), where the bot says what it is for.

use super::{MIN_SCORE, NEAREST, Outcome, Reading, Understander, Understanding};
use crate::knowledge::TopicId;

impl Understander {
    /// An out-of-scope reading told apart: about the events but not in the sources (with the
    /// nearest topics), or about something else (another place, another date, another subject).
    pub(super) fn refusal_kind(&self, folded: &str, anchored: bool, reading: Reading) -> Understanding {
        let mut understanding = reading.understanding.clone();
        if understanding.outcome != Outcome::OutOfScope {
            return understanding;
        }
        if !anchored && self.dates.foreign(folded) {
            return understanding;
        }
        if anchored || reading.rules.score >= MIN_SCORE {
            let nearest = self.nearest(&reading);
            understanding.outcome = Outcome::NotInSources(nearest);
        }
        understanding
    }

    /// The topics nearest to a question the sources do not answer: the vocabulary's best, then the
    /// model's, at most `NEAREST`.
    fn nearest(&self, reading: &Reading) -> Vec<TopicId> {
        let ranked = match &reading.prediction {
            // Enough to fill `NEAREST` past the vocabulary's topic and the clock topics.
            Some(p) => super::decide::top(p.topics[..self.topics].iter().copied().enumerate().collect(), NEAREST + 4),
            None => Vec::new(),
        };
        let mut nearest: Vec<TopicId> = reading.rules.topic.into_iter().map(TopicId::from_index).collect();
        for (t, _) in ranked {
            let t = TopicId::from_index(t);
            if nearest.len() < NEAREST && !nearest.contains(&t) && !self.clock_topic(t) {
                nearest.push(t);
            }
        }
        nearest
    }
}
