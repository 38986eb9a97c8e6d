//! Answers: puts knowledge, understanding, languages and the calendar together into the text the
//! bot says to a question, a topic button or a reminder. Telegram and the CLI both speak through it.

mod texts;

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use crate::calendar::{self, Moment, Occurrence, Reminders};
use crate::i18n::{self, Args, Lang, Locales, PerLang, Value};
use crate::knowledge::{self, Knowledge, TopicId};
use crate::understand::model::Model;
use crate::understand::normalize::strip_controls;
use crate::understand::{Context, Outcome, Understander, Understanding, Wrong};

/// Longer messages are not questions we can answer well, and would only cost matching time.
pub const MAX_QUESTION_CHARS: usize = 1000;

pub use crate::reply::{Reply, ReplyKind};

/// Everything that answers, built once at start.
pub struct Brain {
    pub locales: Locales,
    pub knowledge: Knowledge,
    pub understander: Understander,
    pub reminders: Reminders,
    fact_args: PerLang<Vec<(String, Value)>>,
    /// Every message with the facts it uses, and the texts of those that read the same every time.
    messages: texts::Messages,
    /// Answers that do not depend on the clock (a pure message, `texts::is_pure`), formatted once,
    /// by topic, on first use (formatting all of them at start-up was a fifth of a one-question `ask`).
    cached: Vec<Option<PerLang<OnceLock<String>>>>,
    /// Clock-dependent answers of the current minute. Every value they show (days, hours and
    /// minutes left, the phase of 20 January) changes only on a whole minute, because the
    /// silence and midnight fall on whole minutes; so one minute's texts serve all its questions.
    clock_cache: std::sync::Mutex<ClockCache>,
}

#[derive(Debug, Default)]
struct ClockCache {
    minute: i64,
    texts: rustc_hash::FxHashMap<(TopicId, Lang), String>,
}

impl std::fmt::Debug for Brain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Brain").field("topics", &self.knowledge.topics.len()).finish_non_exhaustive()
    }
}

/// The vocabulary files compiled into the binary.
pub fn embedded_vocabulary() -> Vec<(Lang, &'static str, &'static str)> {
    vec![
        (Lang::Az, "data/vocabulary/az.toml", include_str!("../data/vocabulary/az.toml")),
        (Lang::En, "data/vocabulary/en.toml", include_str!("../data/vocabulary/en.toml")),
        (Lang::Ru, "data/vocabulary/ru.toml", include_str!("../data/vocabulary/ru.toml")),
    ]
}

/// The learned model compiled into the binary (`january20-bot train` writes it). An empty file
/// means none: only while bootstrapping a checkout, and `check` reports it.
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../data/model/understanding.bin");

/// Reads model bytes (empty: no model); bytes embedded in the binary are read where they lie.
pub fn load_model(bytes: Cow<'static, [u8]>) -> Result<Option<Model>, Vec<String>> {
    if bytes.is_empty() {
        return Ok(None);
    }
    match bytes {
        Cow::Borrowed(bytes) => Model::from_static(bytes),
        Cow::Owned(bytes) => Model::from_bytes(&bytes),
    }
    .map(Some)
    .map_err(|e| vec![e.to_string()])
}

impl Brain {
    /// Loads everything embedded in the binary. Errors are readable lines for `check` and start-up.
    pub fn embedded() -> Result<Self, Vec<String>> {
        let locales = Locales::embedded().map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let knowledge = Knowledge::embedded().map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let vocabulary = embedded_vocabulary();
        Self::build(
            locales,
            knowledge,
            &vocabulary,
            calendar::REMINDERS_TOML,
            load_model(Cow::Borrowed(EMBEDDED_MODEL))?,
        )
    }

    pub fn build(
        locales: Locales,
        knowledge: Knowledge,
        vocabulary: &[(Lang, &str, &str)],
        reminders_toml: &str,
        model: Option<Model>,
    ) -> Result<Self, Vec<String>> {
        let dates = crate::told::date_pointers(&knowledge, &locales);
        let clock_topics = knowledge.topics.iter().enumerate().filter(|(_, t)| t.clock).map(|(i, _)| i).collect();
        let understander = Understander::new(&knowledge.topic_names(), vocabulary, model, dates)
            .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?
            .with_figures(crate::told::figures(&knowledge, &locales), clock_topics);
        let reminders = Reminders::from_source(reminders_toml, &knowledge)
            .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let sources_count = Value::Number(knowledge.sources.list.len() as i64);
        let fact_args = PerLang::new(|lang| {
            let mut args = knowledge.fact_args(lang, &locales);
            args.push(("sources_count".into(), sources_count.clone()));
            // In Fluent's order (by name), in which a list of arguments grows at its end.
            args.sort_by(|a, b| a.0.cmp(&b.0));
            args
        });
        let messages = texts::Messages::new(&locales, &fact_args);
        let pure = |id: &str| Lang::ALL.iter().all(|&lang| messages.pure(lang, &format!("topic-{id}")));
        let cached =
            knowledge.topics.iter().map(|topic| (!topic.clock && pure(&topic.id)).then(PerLang::default)).collect();
        Ok(Brain {
            locales,
            knowledge,
            understander,
            reminders,
            messages,
            fact_args,
            cached,
            clock_cache: Default::default(),
        })
    }

    /// The facts as Fluent arguments for `lang`.
    pub fn facts(&self, lang: Lang) -> Args<'_> {
        let facts = &self.fact_args[lang];
        let mut args = Args::with_capacity(facts.len() + 8);
        for (key, value) in facts {
            args.set(key.as_str(), value.fluent());
        }
        args
    }

    /// Facts plus, when `now` is given, the clock-dependent values, as Fluent arguments.
    pub fn args(&self, lang: Lang, now: Option<DateTime<Utc>>) -> Args<'_> {
        let mut args = self.facts(lang);
        if let Some(now) = now {
            let moment = self.moment(now);
            args.set("years_passed", i18n::n(moment.years_passed));
            args.set("anniversary_next", i18n::n(moment.anniversary_next));
            args.set("next_date", i18n::s(knowledge::format_date(&self.locales, lang, moment.next_date, "date-full")));
            args.set("days_until", i18n::n(moment.days_until));
            args.set("hours_until", i18n::n(moment.hours_until));
            args.set("minutes_until", i18n::n(moment.minutes_until));
            args.set("phase", i18n::s(moment.phase.key()));
        }
        args
    }

    pub fn moment(&self, now: DateTime<Utc>) -> Moment {
        let k = &self.knowledge;
        let silence_at = k.time_of_day("silence_at").expect("checked at load");
        let minutes = match k.fact("silence_minutes") {
            Some(knowledge::Fact::Number(n)) => *n,
            _ => 1,
        };
        calendar::moment(k.event_date(), silence_at, minutes, now)
    }

    /// The facts message `id` uses, as Fluent arguments.
    fn facts_for(&self, lang: Lang, id: &str) -> Args<'_> {
        self.messages.facts_for(&self.fact_args[lang], lang, id)
    }

    /// A message of the locales with the facts available as variables (formatted once when it
    /// reads the same every time, `texts::is_pure`).
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.messages.text(&self.locales, &self.fact_args[lang], lang, id)
    }

    /// A message with extra arguments on top of the facts.
    pub fn text_with(
        &self,
        lang: Lang,
        id: &str,
        extra: &[(&'static str, fluent_bundle::FluentValue<'static>)],
    ) -> String {
        let mut args = self.facts_for(lang, id);
        for (key, value) in extra {
            args.set(*key, value.clone());
        }
        self.locales.text(lang, id, Some(&args))
    }

    /// A language's name, written in that language ("Azərbaycanca").
    pub fn language_name(&self, lang: Lang) -> String {
        self.locales.text(lang, &format!("language-name-{}", lang.code()), None)
    }

    pub fn topic_title(&self, topic: TopicId, lang: Lang) -> String {
        self.text(lang, &format!("topic-{}-title", self.knowledge.topic(topic).id))
    }

    /// The full answer of a topic at `now`.
    pub fn topic_answer(&self, topic: TopicId, lang: Lang, now: DateTime<Utc>) -> String {
        if let Some(Some(cached)) = self.cached.get(topic.index()) {
            // Only the facts its text uses: setting them all was most of a topic's first answer.
            let topic = self.knowledge.topic(topic);
            let format = || self.with_sources(topic, lang, &self.facts_for(lang, &format!("topic-{}", topic.id)));
            return cached[lang].get_or_init(format).clone();
        }
        let minute = now.timestamp().div_euclid(60);
        if let Ok(cache) = self.clock_cache.lock()
            && cache.minute == minute
            && let Some(text) = cache.texts.get(&(topic, lang))
        {
            return text.clone();
        }
        let text = self.with_sources(self.knowledge.topic(topic), lang, &self.args(lang, Some(now)));
        if let Ok(mut cache) = self.clock_cache.lock() {
            if cache.minute != minute {
                cache.minute = minute;
                cache.texts.clear();
            }
            cache.texts.insert((topic, lang), text.clone());
        }
        text
    }

    /// A topic's answer with the line naming its sources under it, but for the one about the
    /// sources themselves (/sources): its buttons list them all, and a line naming one is noise.
    fn with_sources(&self, topic: &knowledge::Topic, lang: Lang, args: &Args<'_>) -> String {
        let answer = self.locales.text(lang, &format!("topic-{}", topic.id), Some(args));
        if topic.id == "sources" {
            return answer;
        }
        format!("{answer}\n\n{}", self.sources_line(&topic.sources, lang))
    }

    /// "Sources: …": the sources `ids` named as an answer (or the memorial page) names them.
    pub fn sources_line(&self, ids: &[String], lang: Lang) -> String {
        let cited = self.knowledge.sources.cite_all(ids, lang);
        let count = i18n::n(cited.len() as i64);
        self.text_with(lang, "answer-sources", &[("cited", count), ("list", i18n::s(cited.join("; ")))])
    }

    /// Understands a question without answering it.
    pub fn understand(&self, question: &str) -> Understanding {
        self.understander.understand(question)
    }

    /// Answers one question on its own. `forced` fixes the answer language; otherwise the
    /// question's own language is used when it can be told, else `fallback` (the chat's language
    /// by `Lang::choose`).
    pub fn ask(&self, question: &str, fallback: Lang, forced: Option<Lang>, now: DateTime<Utc>) -> Reply {
        self.ask_in(question, fallback, forced, None, now)
    }

    /// Answers one message, as a follow-up of `context` where it reads as one.
    pub fn ask_in(
        &self,
        question: &str,
        fallback: Lang,
        forced: Option<Lang>,
        context: Option<&Context>,
        now: DateTime<Utc>,
    ) -> Reply {
        let chars = question.chars().count();
        if chars > MAX_QUESTION_CHARS {
            let lang = forced.unwrap_or(fallback);
            let text = self.text_with(lang, "question-too-long", &[("max", i18n::n(MAX_QUESTION_CHARS as i64))]);
            return Reply::plain(lang, ReplyKind::TooLong, text);
        }
        let clean = strip_controls(question);
        if clean.trim().is_empty() {
            let lang = forced.unwrap_or(fallback);
            return Reply::plain(lang, ReplyKind::Empty, self.text(lang, "empty-question"));
        }
        let understood = self.understander.understand_in(&clean, context);
        let lang = forced.unwrap_or_else(|| Lang::choose(understood.lang, Some(fallback), None));
        let (kind, candidates, text) = match &understood.outcome {
            Outcome::Answer(topic) => (ReplyKind::Answer, Vec::new(), self.topic_answer(*topic, lang, now)),
            Outcome::Correction(topic, _) => (ReplyKind::Correction, Vec::new(), self.topic_answer(*topic, lang, now)),
            Outcome::Confirmed(topic) => (ReplyKind::Answer, Vec::new(), self.topic_answer(*topic, lang, now)),
            Outcome::Consoled(topic, _) => (ReplyKind::Answer, Vec::new(), self.topic_answer(*topic, lang, now)),
            Outcome::DidYouMean(offered) => (ReplyKind::DidYouMean, offered.clone(), self.did_you_mean(lang, offered)),
            Outcome::NotInSources(nearest) => {
                (ReplyKind::NotInSources, nearest.clone(), self.text(lang, "not-in-sources"))
            }
            Outcome::OutOfScope => (ReplyKind::OutOfScope, Vec::new(), self.text(lang, "out-of-scope")),
            Outcome::More(topic) => {
                let title = i18n::s(self.topic_title(*topic, lang));
                (ReplyKind::More, self.neighbours(*topic), self.text_with(lang, "more-about", &[("title", title)]))
            }
            Outcome::SmallTalk(talk) => {
                let kind = self
                    .understander
                    .conversation
                    .talk_on(*talk, calendar::days_to_the_day(self.knowledge.event_date(), now));
                let suggested = kind.suggest.iter().filter_map(|t| self.knowledge.topic_id(t)).collect();
                (ReplyKind::SmallTalk, suggested, self.text(lang, &format!("talk-{}", kind.reply)))
            }
        };
        let lead = match understood.outcome {
            Outcome::Correction(topic, wrong) => Some(self.correction(lang, topic, wrong, &clean)),
            Outcome::Confirmed(_) => Some(self.text(lang, "confirmed")),
            Outcome::Consoled(_, talk) => {
                let kind = &self.understander.conversation.talks[usize::from(talk.0)];
                Some(self.text(lang, &format!("consoled-{}", kind.id)))
            }
            _ => None,
        };
        let talk = match understood.outcome {
            Outcome::SmallTalk(talk) => Some(talk),
            _ => None,
        };
        Reply { lang, topic: understood.topic, confidence: understood.confidence, kind, candidates, lead, talk, text }
    }

    /// "Did you mean …?" for one topic, or "which of these" for several (offered as buttons).
    pub fn did_you_mean(&self, lang: Lang, offered: &[TopicId]) -> String {
        match offered {
            [one] => self.text_with(lang, "did-you-mean-one", &[("title", i18n::s(self.topic_title(*one, lang)))]),
            _ => self.text(lang, "did-you-mean"),
        }
    }

    /// "No — …": what a question got wrong, before the answer that sets it right; a wrong figure
    /// echoed as typed in `question` ("5 milyon", not "5 000 000").
    fn correction(&self, lang: Lang, topic: TopicId, wrong: Wrong, question: &str) -> String {
        let id = format!("correction-{}", wrong.kind());
        match wrong {
            // "Was the assessment made in 1991?": the year of that act is wrong, not the tragedy's.
            Wrong::Year(year) if Some(topic) != self.knowledge.topic_id("date") => {
                self.text_with(lang, "correction-year-other", &[("wrong", i18n::n(i64::from(year)))])
            }
            Wrong::Year(year) => self.text_with(lang, &id, &[("wrong", i18n::n(i64::from(year)))]),
            Wrong::Month(month) => self.text_with(lang, &id, &[("month", i18n::n(i64::from(month)))]),
            Wrong::Day(day) => self.text_with(lang, &id, &[("wrong", i18n::n(i64::from(day)))]),
            Wrong::Figure { value, .. } => {
                let typed = wrong.figure_as_typed(question).map_or_else(|| i18n::n(value), i18n::s);
                self.text_with(lang, &id, &[("wrong", typed)])
            }
            Wrong::Place | Wrong::Weekday => self.text(lang, &id),
            Wrong::Named(at) => self.text_with(lang, &id, &[("place", i18n::s(self.understander.named_place_key(at)))]),
        }
    }

    /// "More" about a topic: the nearest of its group in menu order (not of the clock) that its
    /// answer does not already offer; where there are none, the related topics it offers.
    pub fn neighbours(&self, topic: TopicId) -> Vec<TopicId> {
        let k = &self.knowledge;
        let (group, shown) = (&k.topic(topic).group, k.related(topic));
        let all: Vec<TopicId> = k.all_topics().filter(|&t| !k.topic(t).clock && k.topic(t).group == *group).collect();
        // Outwards from the topic (a topic of the clock is outside the order: from the start), the
        // nearest two of its group not already under its answer.
        let at = all.iter().position(|&t| t == topic);
        let order =
            (1..=all.len()).flat_map(|d| at.map_or([Some(d - 1), None], |at| [at.checked_sub(d), Some(at + d)]));
        let beside: Vec<TopicId> =
            order.flatten().filter_map(|i| all.get(i).copied()).filter(|t| !shown.contains(t)).take(2).collect();
        if beside.is_empty() { shown } else { beside }
    }

    /// The topics of the short menu offered with an out-of-scope answer.
    pub fn menu_topics(&self) -> Vec<TopicId> {
        self.knowledge.menu_topics()
    }

    /// The text of a reminder occurrence in `lang`.
    pub fn reminder_text(&self, occurrence: &Occurrence, lang: Lang) -> String {
        self.reminder_text_on(occurrence, lang, occurrence.local().date_naive())
    }

    /// A reminder as read on the date `today` of its reader's clock: on a chat's date that is
    /// already 20 January, the eve says "today", not "tomorrow"; the day before, "tomorrow".
    pub fn reminder_text_on(&self, occurrence: &Occurrence, lang: Lang, today: chrono::NaiveDate) -> String {
        let event = self.knowledge.event_date();
        let anniversary = (occurrence.year - chrono::Datelike::year(&event)) as i64;
        let day = match (calendar::anniversary_ahead(event, today) - today).num_days() {
            0 => "today",
            1 => "tomorrow",
            _ => "other",
        };
        self.text_with(
            lang,
            &format!("reminder-{}", occurrence.reminder),
            &[("anniversary", i18n::n(anniversary)), ("day", i18n::s(day))],
        )
    }
}
