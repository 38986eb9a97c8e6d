//! Question understanding: free text in any of the three languages → an outcome (`outcome`: an
//! answer, "did you mean", a refusal, small talk, a correction …), the answer language and a
//! confidence. Two layers: the weighted vocabulary (`vocabulary`: hard anchors and refusals) and
//! a learned classifier (`model`, trained by `training`); `decide` puts their verdicts together.

mod consoled;
pub mod conversation;
pub mod dates;
pub mod decide;
mod followup;
mod greeted;
mod language;
pub mod model;
pub mod normalize;
mod outcome;
mod phrases;
mod premise;
mod refusal;
mod spelled;
mod story;
mod today;
pub mod training;
pub mod translit;
pub mod vocabulary;
mod wished;

use crate::i18n::Lang;
use crate::knowledge::TopicId;
pub use conversation::{Conversation, ConversationError, Talk};
pub use followup::Context;
pub use language::detect_language;
pub use outcome::{Outcome, Understanding};
pub use premise::{Figures, Wrong};
pub use vocabulary::{Vocabulary, VocabularyError};

/// The slot name that vocabulary weights use for things the bot cannot answer.
pub const NONE_SLOT: &str = "none";

/// The `none` weight of a year or January day that none of the facts has.
const FOREIGN_DATE: f32 = 5.0;

/// A question below this total weight is out of scope: one supporting word is not enough.
const MIN_SCORE: f32 = 2.0;

/// A `none` total this high is an explicit refusal term: another event, a practical question.
const SURE_NONE: f32 = 6.0;

/// Messages shorter than this many words take their language from their words and letters only:
/// the model's guess on "hello" or "Baku" is no better than the chat's language.
const FEW_WORDS: usize = 3;

/// At most this many nearest topics offered when the sources do not say.
const NEAREST: usize = 3;

/// The topic slots (and "none") whose scores `rules` adds up on the stack: a model's limit.
const MAX_SLOTS: usize = 129;

/// What the vocabulary alone makes of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleVerdict {
    /// The best topic's slot, if any reached `MIN_SCORE` and beat the `none` weight.
    pub topic: Option<usize>,
    /// The best topic's total weight, and the `none` total.
    pub score: f32,
    pub none: f32,
    pub confidence: f32,
    pub lang: Option<Lang>,
}

/// Understands questions with the vocabulary of data/vocabulary/ and, when it has one, the
/// learned model.
#[derive(Debug)]
pub struct Understander {
    vocabulary: Vocabulary,
    topics: usize,
    model: Option<model::Model>,
    dates: dates::KnownDates,
    pub conversation: Conversation,
    premises: premise::Premises,
    followups: followup::Followups,
    spelled: spelled::Spelled,
    figures: Figures,
    /// Topic slots by the names the conversation layer needs (overview, date, clock topics).
    names: Vec<String>,
    clock_topics: Vec<usize>,
}

/// One reading of a question: the vocabulary's verdict, the model's, and the two decided.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    pub rules: RuleVerdict,
    pub prediction: Option<model::Prediction>,
    pub understanding: Understanding,
}

impl Reading {
    /// The topic answered, if the reading is an answer.
    pub fn answered(&self) -> Option<TopicId> {
        match self.understanding.outcome {
            Outcome::Answer(t) => Some(t),
            _ => None,
        }
    }
}

/// A problem building the understander.
#[derive(Debug, thiserror::Error)]
pub enum UnderstandError {
    #[error(transparent)]
    Vocabulary(#[from] VocabularyError),
    #[error(transparent)]
    Model(#[from] model::ModelError),
    #[error(transparent)]
    Conversation(#[from] ConversationError),
}

impl Understander {
    /// Builds the matcher for `topic_ids` (in `Knowledge` order) from vocabulary files and, if
    /// given, a model trained for the same topics.
    pub fn new(
        topic_ids: &[&str],
        files: &[(Lang, &str, &str)],
        model: Option<model::Model>,
        dates: dates::KnownDates,
    ) -> Result<Self, Vec<UnderstandError>> {
        let mut slots: Vec<&str> = topic_ids.to_vec();
        slots.push(NONE_SLOT);
        let vocabulary = Vocabulary::compile(files, &slots)
            .map_err(|e| e.into_iter().map(UnderstandError::from).collect::<Vec<_>>())?;
        if let Some(model) = &model {
            model.check_names(&slots).map_err(|e| vec![UnderstandError::from(e)])?;
        }
        let conversation = Conversation::embedded().map_err(|e| vec![UnderstandError::from(e)])?;
        Ok(Understander {
            vocabulary,
            topics: topic_ids.len(),
            model,
            dates,
            premises: premise::Premises::new(&conversation.premise),
            followups: followup::Followups::new(&conversation.followup),
            spelled: spelled::Spelled::new(&conversation.numbers),
            conversation,
            figures: Figures::default(),
            names: topic_ids.iter().map(|s| s.to_string()).collect(),
            clock_topics: Vec::new(),
        })
    }

    /// The figures of the facts and the topics that tell them (for wrong premises), and the
    /// topics whose answers depend on the clock (never the answer to a wrong year).
    pub fn with_figures(self, figures: Figures, clock_topics: Vec<usize>) -> Self {
        Understander { figures, clock_topics, ..self }
    }

    /// Whether a question word stands among `words`, of the premises' list ("where", "harada",
    /// «где») or of the follow-ups' («… сколько было раненых»).
    fn asks_in_words(&self, words: &[&str]) -> bool {
        self.premises.asks_something(words) || self.followups.asks(words)
    }

    /// A topic the conversation layer relies on (`check` proves each exists).
    fn named(&self, name: &str) -> TopicId {
        TopicId::from_index(self.names.iter().position(|n| n == name).unwrap_or(0))
    }

    fn clock_topic(&self, topic: TopicId) -> bool {
        self.clock_topics.contains(&topic.index())
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The vocabulary terms a question matched, with their weights, for tuning (`ask --explain`).
    pub fn explain(&self, question: &str, slot_names: &[&str]) -> Vec<String> {
        let mut matched = Vec::new();
        let evidence = self.vocabulary.scan(&normalize::token_list(&normalize::fold(question)), &mut matched);
        self.drop_translations(&mut matched, detect_language(question, &evidence));
        matched
            .iter()
            .map(|&(t, _, _)| {
                let term = &self.vocabulary.terms[t as usize];
                let weights: Vec<String> = term
                    .weights
                    .iter()
                    .map(|&(slot, w)| format!("{}={w}", slot_names.get(slot).copied().unwrap_or(NONE_SLOT)))
                    .collect();
                format!("{}: {}", term.label, weights.join(" "))
            })
            .collect()
    }

    /// The same words can be in two languages' vocabularies ("Şəhidlər xiyabanı" is typed in
    /// English questions too): where terms of different languages matched exactly the same
    /// words, only those of the question's language count, so a name does not count twice.
    fn drop_translations(&self, matched: &mut Vec<(u32, u16, u16)>, lang: Option<Lang>) {
        let terms = &self.vocabulary.terms;
        let keep: Vec<bool> = matched
            .iter()
            .map(|&(term, start, len)| {
                let mine = terms[term as usize].lang;
                let rivals = matched
                    .iter()
                    .filter(|&&(t, s, l)| s == start && l == len && terms[t as usize].lang != mine)
                    .map(|&(t, _, _)| terms[t as usize].lang);
                let mut rivals = rivals.peekable();
                if rivals.peek().is_none() {
                    return true;
                }
                // Keep the question's language; with no verdict, the first language in file order.
                match lang {
                    Some(lang) if mine == lang => true,
                    Some(lang) if rivals.clone().any(|r| r == lang) => false,
                    _ => rivals.all(|r| r > mine),
                }
            })
            .collect();
        let mut i = 0;
        matched.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// Understands one message on its own (already stripped of control characters).
    pub fn understand(&self, question: &str) -> Understanding {
        self.understand_in(question, None)
    }

    /// Understands one message, as a follow-up of `context` where it reads as one: small talk,
    /// a wish or a greeting before a question, then the message read (`read_in`).
    pub fn understand_in(&self, question: &str, context: Option<&Context>) -> Understanding {
        let folded = normalize::fold(question);
        let split = phrases::words(&folded);
        let rewritten = self.rewritten(&split);
        let folded: &str = rewritten.as_deref().unwrap_or(&folded);
        let split = if rewritten.is_some() { phrases::words(folded) } else { split };
        let words: Vec<&str> = split.iter().map(AsRef::as_ref).collect();
        if let Some(today) = self.today(question, folded, &words) {
            return today;
        }
        if let Some((talk, lang)) = self.conversation.small_talk_in(&words) {
            return self.consoled(talk, lang, question, folded, &words).unwrap_or(Understanding {
                outcome: Outcome::SmallTalk(talk),
                topic: None,
                lang,
                confidence: 1.0,
            });
        }
        // "Remind me at 11:55", «зажги свечу»: asked of the bot, answered with its command.
        if let Some((talk, lang)) = self.conversation.request_in(&words).filter(|_| !self.asks_in_words(&words)) {
            return Understanding { outcome: Outcome::SmallTalk(talk), topic: None, lang, confidence: 0.9 };
        }
        if let Some(wished) = self.wished(question, &words, context) {
            return wished;
        }
        let greeted = self.greeted(&words, context);
        if let Some(asked) = greeted.as_ref().filter(|g| g.outcome.told().is_some()) {
            return asked.clone();
        }
        let whole = self.read_in(question, folded, &words, context);
        greeted.filter(|g| Self::greeting_reorders(g, &whole)).unwrap_or(whole)
    }

    /// The folded question as it is read, where it differs: numbers in words ("the twentieth of
    /// January") as figures, and the year the asker was born in left out with its words ("born in
    /// 2004, what exactly is black january?" asks nothing of 2004).
    fn rewritten(&self, split: &[std::borrow::Cow<str>]) -> Option<String> {
        let spelled = self.spelled.figures(split);
        let resplit = spelled.as_deref().map(phrases::words);
        let words: Vec<&str> = resplit.as_deref().unwrap_or(split).iter().map(AsRef::as_ref).collect();
        let Some(born) = self.premises.birth_year(&words) else { return spelled };
        let kept = words.iter().enumerate().filter(|(i, _)| !born.contains(i)).map(|(_, w)| *w);
        Some(kept.collect::<Vec<&str>>().join(" "))
    }

    /// The message read whole: the event's name alone, a wrong premise, a follow-up, a question,
    /// or a refusal of the right kind, in that order.
    fn read_in(&self, question: &str, folded: &str, words: &[&str], context: Option<&Context>) -> Understanding {
        let mut reading = self.read(question, folded);
        if words.len() < FEW_WORDS {
            reading.understanding.lang = reading.rules.lang;
        }
        if self.conversation.names_the_event_in(words) {
            let overview = self.named("overview");
            let lang = reading.understanding.lang;
            return Understanding { outcome: Outcome::Answer(overview), topic: Some(overview), lang, confidence: 1.0 };
        }
        let signals = self.premises.signals(words);
        if let Some(corrected) = self.correction(&signals, &reading) {
            return corrected;
        }
        if let Some(understood) = context.and_then(|c| self.follow_up(folded, &reading, c)) {
            return understood;
        }
        // Another city or country, without the event's name or Baku's (a comparison: "how many
        // troops went into Baku? I'm comparing it with Tbilisi"), or a place of these events in an
        // earlier year: another event, whatever its words.
        let abroad = reading.answered() == Some(self.named("abroad"));
        let elsewhere = signals.other_place && !signals.named && !signals.here && !abroad;
        if elsewhere || self.named_place_earlier(&signals, &signals.words) {
            reading.understanding.outcome = Outcome::OutOfScope;
            reading.understanding.topic = None;
            return reading.understanding;
        }
        if let Some(compared) = self.compared(&signals, &reading) {
            return compared;
        }
        let whole = self.refusal_kind(folded, signals.anchored, reading);
        self.asked_in_story(question, &whole).unwrap_or(whole)
    }

    /// Both layers' reading of a question, decided.
    pub(crate) fn read(&self, question: &str, folded: &str) -> Reading {
        let rules = self.rules(question, folded);
        let prediction = self.model.as_ref().map(|m| m.predict(folded));
        let understanding = decide::decide(&rules, prediction.as_ref(), self.topics);
        Reading { rules, prediction, understanding }
    }

    /// What the vocabulary alone makes of a question (`folded` is its folded form).
    pub fn rules(&self, question: &str, folded: &str) -> RuleVerdict {
        let mut matched = Vec::new();
        let words = normalize::token_list(folded);
        let evidence = self.vocabulary.scan(&words, &mut matched);
        let lang = detect_language(question, &evidence);
        self.drop_translations(&mut matched, lang);

        // On the stack for as many topics as a model can have, in a list only beyond that.
        let (mut stack, mut list) = ([0.0f32; MAX_SLOTS], Vec::new());
        let scores: &mut [f32] = if self.topics < MAX_SLOTS {
            &mut stack[..=self.topics]
        } else {
            list.resize(self.topics + 1, 0.0);
            &mut list
        };
        for (slot, weight) in self.dates.pointed(&words) {
            scores[slot] += weight;
        }
        for &(term, _, _) in &matched {
            for &(slot, weight) in &self.vocabulary.terms[term as usize].weights {
                scores[slot] += weight;
            }
        }
        // A date the facts do not have outweighs any topic words: it is another event.
        let none = scores[self.topics] + if self.dates.foreign_in(&words) { FOREIGN_DATE } else { 0.0 };
        let (mut best, mut best_score, mut second) = (None, 0.0f32, 0.0f32);
        for (slot, &score) in scores[..self.topics].iter().enumerate() {
            if score > best_score {
                second = best_score;
                best_score = score;
                best = Some(slot);
            } else if score > second {
                second = score;
            }
        }
        if best_score < MIN_SCORE || none >= best_score {
            let doubt = best_score.max(0.0) / (best_score.max(0.0) + none.max(0.0) + MIN_SCORE);
            return RuleVerdict { topic: None, score: best_score, none, confidence: round2(1.0 - doubt), lang };
        }
        let strength = 1.0 - (-best_score / 2.5).exp();
        let margin = ((best_score - second) / best_score).clamp(0.0, 1.0);
        RuleVerdict {
            topic: best,
            score: best_score,
            none,
            confidence: round2(strength * (0.55 + 0.45 * margin)),
            lang,
        }
    }
}

pub(crate) fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}
