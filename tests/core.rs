//! The core without Telegram: every topic in every language, figures and plurals, the clock,
//! the cross-checks, and the accuracy of question understanding on the development set.

use chrono::{DateTime, Utc};
use january20_bot::answer::{Brain, ReplyKind};
use january20_bot::i18n::Lang;
use january20_bot::knowledge::{Fact, TopicId};
use january20_bot::understand::training::{self, Grade};

fn brain() -> Brain {
    Brain::embedded().expect("embedded data loads")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn topic(brain: &Brain, id: &str) -> TopicId {
    brain.knowledge.topic_id(id).unwrap_or_else(|| panic!("topic {id}"))
}

const INSTANTS: [&str; 6] = [
    "2026-11-25T10:00:00+04:00",
    "2027-01-19T20:00:00+04:00",
    "2027-01-20T08:00:00+04:00",
    "2027-01-20T12:00:30+04:00",
    "2027-01-20T18:00:00+04:00",
    "2027-12-31T23:59:59+04:00",
];

#[test]
fn the_embedded_data_passes_check() {
    if let Err(problems) = january20_bot::check::run(None) {
        panic!("check found problems:\n{}", problems.join("\n"));
    }
}

#[test]
fn every_topic_answers_in_every_language() {
    let brain = brain();
    for lang in Lang::ALL {
        for t in brain.knowledge.all_topics() {
            for now in INSTANTS {
                let text = brain.topic_answer(t, lang, at(now));
                let id = &brain.knowledge.topic(t).id;
                assert!(text.chars().count() > 40, "{lang:?} {id}: too short: {text}");
                assert!(text.chars().count() <= 4096, "{lang:?} {id}: over Telegram's limit");
                assert!(!text.contains(['{', '}', '$', '\u{2068}', '\u{2069}']), "{lang:?} {id}: leftovers in {text}");
                let title = brain.topic_title(t, lang);
                assert!(!title.is_empty() && title.chars().count() < 80, "{lang:?} {id}: title {title}");
            }
        }
    }
}

#[test]
fn every_figure_reaches_every_language() {
    let brain = brain();
    for lang in Lang::ALL {
        // The topic answers, and /help, which states how long unanswered questions are kept.
        let all: String = brain
            .knowledge
            .all_topics()
            .map(|t| brain.topic_answer(t, lang, at(INSTANTS[0])))
            .chain([brain.text(lang, "help")])
            .collect::<Vec<_>>()
            .join("\n");
        for (key, fact) in &brain.knowledge.facts {
            match fact {
                Fact::Number(n) => {
                    let written = january20_bot::i18n::number_text(lang, *n);
                    assert!(all.contains(&written), "{lang:?}: {key} = {written} is in no answer")
                }
                Fact::Text(t) => assert!(all.contains(t.as_str()), "{lang:?}: {key} = {t} is in no answer"),
                Fact::Date(d) => {
                    let day = chrono::Datelike::day(d).to_string();
                    assert!(all.contains(&day), "{lang:?}: the day of {key} is in no answer")
                }
            }
        }
    }
}

#[test]
fn the_source_is_named_in_every_language() {
    let brain = brain();
    for lang in Lang::ALL {
        let text = brain.topic_answer(topic(&brain, "sources"), lang, at(INSTANTS[0]));
        assert!(text.contains("News.az"), "{lang:?}: {text}");
        assert!(text.contains("2026"), "{lang:?}: the article's date: {text}");
    }
}

#[test]
fn russian_plurals_of_years() {
    let brain = brain();
    let anniversary = topic(&brain, "anniversary");
    for (now, expected) in [
        ("1991-02-01T10:00:00+04:00", "1 год"),
        ("1992-02-01T10:00:00+04:00", "2 года"),
        ("1995-02-01T10:00:00+04:00", "5 лет"),
        ("2011-02-01T10:00:00+04:00", "21 год"),
        ("2012-02-01T10:00:00+04:00", "22 года"),
        ("2026-11-25T10:00:00+04:00", "36 лет"),
        ("2027-02-01T10:00:00+04:00", "37 лет"),
    ] {
        let text = brain.topic_answer(anniversary, Lang::Ru, at(now));
        assert!(text.contains(expected), "{now}: expected {expected:?} in {text}");
    }
}

#[test]
fn english_plurals_and_ordinals() {
    let brain = brain();
    let anniversary = topic(&brain, "anniversary");
    let text = brain.topic_answer(anniversary, Lang::En, at("1991-02-01T10:00:00+04:00"));
    assert!(text.contains("1 year has passed") && text.contains("2nd anniversary"), "{text}");
    let text = brain.topic_answer(anniversary, Lang::En, at("2026-11-25T10:00:00+04:00"));
    assert!(text.contains("36 years have passed") && text.contains("37th anniversary"), "{text}");
    let text = brain.topic_answer(anniversary, Lang::En, at("2012-02-01T10:00:00+04:00"));
    assert!(text.contains("23rd anniversary"), "{text}");
    let text = brain.topic_answer(anniversary, Lang::En, at("2010-02-01T10:00:00+04:00"));
    assert!(text.contains("21st anniversary"), "{text}");
}

#[test]
fn azerbaijani_ordinal_suffixes_follow_the_last_word() {
    let brain = brain();
    let anniversary = topic(&brain, "anniversary");
    // The next anniversary from 1 February of year Y is number Y + 1 - 1990.
    for (year, expected) in [(2025, "36-cı"), (2026, "37-ci"), (2028, "39-cu"), (2032, "43-cü"), (2029, "40-cı")] {
        let text = brain.topic_answer(anniversary, Lang::Az, at(&format!("{year}-02-01T10:00:00+04:00")));
        assert!(text.contains(expected), "{year}: expected {expected:?} in {text}");
    }
    let date = brain.topic_answer(topic(&brain, "date"), Lang::Az, at(INSTANTS[0]));
    assert!(date.contains("1990-cı il"), "{date}");
}

#[test]
fn countdown_around_the_twentieth() {
    let brain = brain();
    let countdown = topic(&brain, "countdown");
    let en = |now: &str| brain.topic_answer(countdown, Lang::En, at(now));
    assert!(en("2026-11-25T10:00:00+04:00").contains("56 days"), "{}", en("2026-11-25T10:00:00+04:00"));
    assert!(
        en("2027-01-19T10:00:00+04:00").contains("Tomorrow, 20 January 2027"),
        "{}",
        en("2027-01-19T10:00:00+04:00")
    );
    assert!(
        en("2027-01-20T09:30:00+04:00").contains("in 2 hours and 30 minutes"),
        "{}",
        en("2027-01-20T09:30:00+04:00")
    );
    assert!(en("2027-01-20T12:00:20+04:00").contains("right now"), "{}", en("2027-01-20T12:00:20+04:00"));
    // After the silence the day is not over: the day itself, not a countdown to next year.
    let afternoon = en("2027-01-20T15:00:00+04:00");
    assert!(afternoon.contains("was observed at 12:00") && !afternoon.contains("365"), "{afternoon}");
    // Midnight in Baku comes four hours before midnight UTC.
    assert!(en("2027-01-19T21:00:00Z").contains("Today is 20 January"), "{}", en("2027-01-19T21:00:00Z"));
    for lang in [Lang::Az, Lang::Ru] {
        let before = brain.topic_answer(countdown, lang, at("2027-01-20T09:30:00+04:00"));
        let other = brain.topic_answer(countdown, lang, at("2026-11-25T10:00:00+04:00"));
        assert_ne!(before, other, "{lang:?}: the day itself reads differently");
        assert!(other.contains("56"), "{lang:?}: {other}");
    }
}

#[test]
fn reminders_carry_the_anniversary() {
    let brain = brain();
    let occurrences = brain.reminders.occurrences(2027);
    assert_eq!(occurrences.iter().map(|o| o.reminder.as_str()).collect::<Vec<_>>(), ["eve", "morning", "silence"]);
    assert_eq!(occurrences[2].at, at("2027-01-20T08:00:00Z"));
    for lang in Lang::ALL {
        let morning = brain.reminder_text(&occurrences[1], lang);
        assert!(morning.contains("37"), "{lang:?}: {morning}");
        assert!(morning.contains("08:00"), "{lang:?}: {morning}");
        let silence = brain.reminder_text(&occurrences[2], lang);
        assert!(silence.contains("12:00"), "{lang:?}: {silence}");
    }
}

#[test]
fn questions_are_answered_in_their_own_language() {
    let brain = brain();
    let now = at(INSTANTS[0]);
    for (question, lang, id) in [
        ("How many people were killed?", Lang::En, "casualties"),
        ("Neçə nəfər həlak olub?", Lang::Az, "casualties"),
        ("nece nefer helak olub", Lang::Az, "casualties"),
        ("NEÇƏ İNSAN HƏLAK OLDU", Lang::Az, "casualties"),
        ("Сколько человек погибло?", Lang::Ru, "casualties"),
        ("СКОЛЬКО ЛЮДЕЙ ПОГИБЛО", Lang::Ru, "casualties"),
        ("who orderd the troops in", Lang::En, "orders"),
        ("кто отдал приказ", Lang::Ru, "orders"),
        ("when is the minute of silence", Lang::En, "silence"),
    ] {
        let reply = brain.ask(question, Lang::En, None, now);
        assert_eq!(reply.lang, lang, "{question}");
        assert_eq!(reply.topic.map(|t| brain.knowledge.topic(t).id.as_str()), Some(id), "{question}");
        assert_eq!(reply.kind, ReplyKind::Answer);
    }
}

#[test]
fn out_of_scope_offers_a_menu_instead_of_guessing() {
    let brain = brain();
    for (question, lang) in [
        ("What's the weather in Baku tomorrow?", Lang::En),
        ("Кто выиграл чемпионат мира по футболу?", Lang::Ru),
        ("Sabah hava necə olacaq?", Lang::Az),
    ] {
        let reply = brain.ask(question, Lang::En, None, at(INSTANTS[0]));
        assert_eq!(reply.topic, None, "{question}");
        // Not about the events, or (a word of a topic in it) not in the sources: never a guess.
        assert!(matches!(reply.kind, ReplyKind::OutOfScope | ReplyKind::NotInSources), "{question}");
        assert_eq!(reply.lang, lang, "{question}");
        if reply.kind == ReplyKind::OutOfScope {
            assert!(reply.text.contains("/facts"), "{}", reply.text);
        }
    }
}

#[test]
fn bad_input_gets_a_polite_message() {
    let brain = brain();
    let now = at(INSTANTS[0]);
    assert_eq!(brain.ask("", Lang::Ru, None, now).kind, ReplyKind::Empty);
    assert_eq!(brain.ask(" \t \u{0} ", Lang::Az, None, now).kind, ReplyKind::Empty);
    let long = "сколько погибло ".repeat(10_000);
    let reply = brain.ask(&long, Lang::Ru, None, now);
    assert_eq!(reply.kind, ReplyKind::TooLong);
    assert!(reply.text.contains("1000"), "{}", reply.text);
    // Emoji alone are a nod, answered in the chat's language with a few topics to start from.
    let emoji = brain.ask("🕯️🕯️🕯️", Lang::Az, None, now);
    assert_eq!((emoji.kind, emoji.lang), (ReplyKind::SmallTalk, Lang::Az));
    assert!(!emoji.candidates.is_empty());
    let controls = brain.ask("how many\u{7} people\u{202e} were killed", Lang::En, None, now);
    assert_eq!(controls.kind, ReplyKind::Answer);
}

/// Accuracy on the development set (tests/devset/*.tsv, labelled by hand, `none` = out of scope).
/// The threshold is 95% per language; the figures are printed with `--nocapture`.
/// Every labelled set of tests/questions/ (README there: how and when each was written), answered
/// by the embedded brain: right or offered "did you mean" for at least 95% per language, and an
/// out-of-scope question answered, or a wrong topic, for at most 2%. The model is trained on these
/// sets, so this is a guard against regressions; the honest figures (leave-one-set-out, and each
/// blind set on arrival) are in BENCHMARKS.md.
/// The least each set must keep, per language: right or offered, and the most it may answer
/// wrongly. The sets of the newest topics arrived at 87–95% and are held where training on them
/// brought them, so that they cannot slide back; they join the others at 95% and 2% when the
/// understanding of the new topics is finished.
fn floor(set: &str) -> (f64, f64) {
    if set.starts_with("knowledge-blind") { (0.94, 0.04) } else { (0.95, 0.02) }
}

#[test]
fn every_question_set_stays_understood() {
    let brain = brain();
    let now = at(INSTANTS[0]);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    let mut report = Vec::new();
    let mut sets: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    sets.sort();
    let mut seen = 0;
    for path in sets.into_iter().filter(|p| p.extension().is_some_and(|x| x == "tsv")) {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let set = training::read_set(&name, &std::fs::read_to_string(&path).unwrap()).unwrap();
        seen += 1;
        for lang in Lang::ALL {
            let questions: Vec<_> = set.iter().filter(|q| q.lang == lang).collect();
            let (mut good, mut wrong, mut failed) = (0, 0, Vec::new());
            for q in &questions {
                let reply = brain.ask(&q.question, Lang::En, None, now);
                let outcome = brain.understand(&q.question).outcome;
                match training::grade(&q.label, &outcome, |t| brain.knowledge.topic(t).id.clone()) {
                    Grade::Right | Grade::Offered => good += 1,
                    Grade::Wrong => {
                        wrong += 1;
                        failed.push(format!(
                            "{name} {}: want {}, got {:?}: {}",
                            lang.code(),
                            q.label,
                            outcome,
                            q.question
                        ));
                    }
                    Grade::Missed => {
                        failed.push(format!("{name} {}: want {}, missed: {}", lang.code(), q.label, q.question))
                    }
                }
                assert!(!reply.text.is_empty());
            }
            let n = questions.len().max(1) as f64;
            report.push(format!("{name} {}: {good}/{} right or offered, {wrong} wrong", lang.code(), questions.len()));
            let (floor, most_wrong) = floor(&name);
            assert!(
                good as f64 / n >= floor && wrong as f64 / n <= most_wrong,
                "{name} {}: {good}/{} right or offered, {wrong} wrong\n{}",
                lang.code(),
                questions.len(),
                failed.join("\n")
            );
        }
    }
    assert!(seen >= 10, "the question sets are in tests/questions/");
    println!("{}", report.join("\n"));
}

/// A copy of data/ and locales/ in a temporary directory, for `check --root` to find faults in.
fn copy_of_the_data(name: &str) -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = std::env::temp_dir().join(format!("january20-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["data", "data/vocabulary", "data/model", "locales/az", "locales/en", "locales/ru"] {
        std::fs::create_dir_all(copy.join(dir)).unwrap();
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), copy.join(dir).join(entry.file_name())).unwrap();
            }
        }
    }
    copy
}

/// Rewrites one file of a copy.
fn edit(copy: &std::path::Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = copy.join(file);
    std::fs::write(&path, change(std::fs::read_to_string(&path).unwrap())).unwrap();
}

#[test]
fn check_requires_a_source_for_every_fact_and_topic_and_a_use_for_every_source() {
    let copy = copy_of_the_data("sources");
    assert!(january20_bot::check::run(Some(&copy)).is_ok(), "an unchanged copy passes");
    edit(&copy, "data/facts.toml", |t| {
        t.replacen("[damage]\nsources = [\"newsaz-2026\", \"milli-majlis-1994-decision\"]\n", "[damage]\n", 1)
    });
    edit(&copy, "data/topics.toml", |t| t.replacen("sources = [\"labour-ministry-2024\"", "sources = [\"a-blog\"", 1));
    let problems = january20_bot::check::run(Some(&copy)).expect_err("unsourced facts fail");
    let found = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(found("`damage` names no source"), "{problems:#?}");
    assert!(found("names the source `a-blog`"), "{problems:#?}");
    std::fs::remove_dir_all(&copy).unwrap();

    let copy = copy_of_the_data("unused");
    edit(&copy, "data/sources.toml", |t| {
        t + "\n[[source]]\nid = \"unread\"\nkind = \"later\"\nname = { en = \"Unread\" }\npublisher = \"x\"\ntitle = \"y\"\n\
             titles = { az = \"y\", en = \"y\", ru = \"y\" }\n"
    });
    let problems = january20_bot::check::run(Some(&copy)).expect_err("an unused source fails");
    assert!(problems.iter().any(|p| p.contains("`unread` is used by no fact and no topic")), "{problems:#?}");
    std::fs::remove_dir_all(&copy).unwrap();

    // /sources shows a title in the reader's language: a source without its three fails.
    let copy = copy_of_the_data("untitled");
    edit(&copy, "data/sources.toml", |t| t.replacen("\ntitles = {", "\n# titles = {", 1));
    let problems = january20_bot::check::run(Some(&copy)).expect_err("a source without its titles fails");
    assert!(problems.iter().any(|p| p.contains("`newsaz-2026` lacks its title")), "{problems:#?}");
    std::fs::remove_dir_all(&copy).unwrap();
}

#[test]
fn check_refuses_a_figure_typed_into_a_text_or_differing_between_languages() {
    let copy = copy_of_the_data("figures");
    edit(&copy, "locales/en/topics.ftl", |t| {
        t.replacen("gives { $killed_total } killed and", "gives 131 killed and", 1)
    });
    let problems = january20_bot::check::run(Some(&copy)).expect_err("a typed figure fails");
    assert!(
        problems.iter().any(|p| p.contains("locales/en/topics.ftl") && p.contains("types the number 131")),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.contains("`topic-overview` uses variables")), "{problems:#?}");
    std::fs::remove_dir_all(&copy).unwrap();
}

#[test]
fn check_reports_a_lost_message_readably() {
    let copy = copy_of_the_data("lost");
    assert!(january20_bot::check::run(Some(&copy)).is_ok(), "an unchanged copy passes");

    let ru = copy.join("locales/ru/topics.ftl");
    let text = std::fs::read_to_string(&ru).unwrap();
    let start = text.find("topic-martyrs =").expect("the message is there");
    let end = text[start..].find("\n\n").map_or(text.len(), |e| start + e);
    std::fs::write(&ru, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let problems = january20_bot::check::run(Some(&copy)).expect_err("a lost message fails");
    assert!(
        problems.iter().any(|p| p.contains("locales/ru") && p.contains("`topic-martyrs` is missing")),
        "{problems:#?}"
    );

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"))
        .args(["check", "--root"])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("`topic-martyrs` is missing"), "{stderr}");
    std::fs::remove_dir_all(&copy).unwrap();
}

/// On 20 January the minute-of-silence answer says where the day stands, true at the moment it is
/// read: to come in the morning, now at 12:00, done in the afternoon; on other days it says none.
#[test]
fn the_silence_answer_is_true_at_the_moment_it_is_read() {
    let brain = brain();
    let silence = brain.knowledge.topic_id("silence").unwrap();
    let said = |lang, rfc: &str| brain.topic_answer(silence, lang, at(rfc));
    for (lang, to_come, done) in [
        (Lang::En, "will be observed at", "was observed"),
        (Lang::Az, "elan olunacaq", "elan olundu"),
        (Lang::Ru, "ещё впереди", "уже состоялась"),
    ] {
        let morning = said(lang, "2027-01-20T09:00:00+04:00");
        let afternoon = said(lang, "2027-01-20T13:00:00+04:00");
        let ordinary = said(lang, "2026-11-25T12:00:00+04:00");
        assert!(morning.contains(to_come) && !morning.contains(done), "{morning}");
        assert!(afternoon.contains(done) && !afternoon.contains(to_come), "{afternoon}");
        assert!(!ordinary.contains(to_come) && !ordinary.contains(done), "{ordinary}");
    }
}
