//! Every message a person can meet, read at the moments that matter, must be true at that moment:
//! nothing about the minute of silence "will be" once it was, nothing "was" before it is, no
//! "how long until 20 January" on the 20th itself, no "next: 20 January 2027" on that day, and no
//! wait longer than the time to the next 20 January. The texts are rendered by the real binary
//! (`chat` with every command, `topics`) and the reminders by the same `Brain` the sender uses, in
//! each language.

#[path = "support/cli.rs"]
mod cli;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use chrono_tz::Asia::Baku;
use january20_bot::answer::Brain;
use january20_bot::i18n::Lang;

/// The moments the editors read the bot at (Baku time).
const MOMENTS: [&str; 12] = [
    "2026-11-25T12:00:00+04:00",
    "2027-01-19T20:00:00+04:00",
    "2027-01-19T23:59:00+04:00",
    "2027-01-20T00:00:00+04:00",
    "2027-01-20T09:00:00+04:00",
    "2027-01-20T11:59:00+04:00",
    "2027-01-20T12:00:00+04:00",
    "2027-01-20T12:00:30+04:00",
    "2027-01-20T13:00:00+04:00",
    "2027-01-20T23:59:00+04:00",
    "2027-01-21T00:00:00+04:00",
    "2027-06-01T10:00:00+04:00",
];

/// Where a moment stands against the minute of silence of its year.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    /// Any day but 20 January.
    OtherDay,
    /// 20 January before 12:00.
    DayBefore,
    /// 20 January, 12:00:00–12:00:59.
    During,
    /// 20 January from 12:01.
    DayAfter,
}

fn phase(now: DateTime<Utc>) -> Phase {
    let local = now.with_timezone(&Baku);
    match (local.month(), local.day(), local.hour(), local.minute()) {
        (1, 20, h, _) if h < 12 => Phase::DayBefore,
        (1, 20, 12, 0) => Phase::During,
        (1, 20, _, _) => Phase::DayAfter,
        _ => Phase::OtherDay,
    }
}

/// Calendar days from `now` to the next 20 January still to come (Baku time): no true wait the
/// bot speaks of is longer.
fn days_to_next_day(now: DateTime<Utc>) -> i64 {
    let today = now.with_timezone(&Baku).date_naive();
    let year = if (today.month(), today.day()) < (1, 20) { today.year() } else { today.year() + 1 };
    (NaiveDate::from_ymd_opt(year, 1, 20).unwrap() - today).num_days()
}

/// The words of one language that say the minute of silence, and say it is to come, past or now.
struct Words {
    silence: &'static [&'static str],
    future: &'static [&'static str],
    past: &'static [&'static str],
    now: &'static [&'static str],
    until_the_day: &'static [&'static str],
    day_unit: &'static [&'static str],
    /// Words that make "N days" a wait ("in", "left"), not a length ("kept for 180 days").
    wait: &'static [&'static str],
    /// Words of the next reminder, and 20 January of a year as a date: on the 20th, the next
    /// reminder of that day is "today", not "20 January 2027".
    next: &'static [&'static str],
    twentieth: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            silence: &["silence"],
            future: &[
                "will be",
                "will take place",
                "is to be",
                "minute of silence is at",
                " in 1 hour",
                "hours from now",
            ],
            past: &["was observed", "was held", "has passed", "took place"],
            now: &["right now", "is being observed", "at this very minute"],
            until_the_day: &["how long until 20 january", "days until 20 january"],
            day_unit: &["day", "days"],
            wait: &["in ", " left", " to go", "until"],
            next: &["next one", "next reminder"],
            twentieth: "20 january",
        },
        Lang::Ru => Words {
            silence: &["молчани"],
            future: &["будет", "пройдёт", "пройдет", "состоится", "начнётся", "начнется"],
            past: &["прошла", "состоялась", "была объявлена"],
            now: &["сейчас идёт", "в эту минуту", "прямо сейчас", "идёт минута"],
            until_the_day: &["сколько осталось до 20 января", "дней до 20 января"],
            day_unit: &["день", "дня", "дней"],
            wait: &["через", "осталось", "остаётся"],
            next: &["следующее напоминание"],
            twentieth: "20 января",
        },
        Lang::Az => Words {
            silence: &["sükut"],
            future: &["olacaq", "keçiriləcək", "elan olunacaq", "elan ediləcək", "başlayacaq"],
            past: &["elan olundu", "keçirildi", "yad edildi", "arxada qaldı"],
            now: &["hazırda", "elə indi", "bu dəqiqə"],
            until_the_day: &["20 yanvara nə qədər qalıb", "20 yanvara və bir dəqiqəlik sükuta nə qədər qalıb"],
            day_unit: &["gün"],
            wait: &["sonra", "qalıb", "qalır"],
            next: &["növbəti xatırlatma"],
            twentieth: "20 yanvar",
        },
    }
}

/// A sentence of the past years (it names a year before the moment's) may say "was" at any time;
/// one that names a later year may say "will be".
fn names_a_year_other_than(sentence: &str, year: i32) -> bool {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|d| d.parse::<i32>().ok())
        .any(|y| (1800..=2100).contains(&y) && y != year)
}

fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '!', '?', '\n', '…']).map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect()
}

/// What is false in `text` at `now`, in words a reader of the test failure can act on.
fn false_claims(text: &str, lang: Lang, now: DateTime<Utc>) -> Vec<String> {
    let w = words(lang);
    let year = now.with_timezone(&Baku).year();
    let phase = phase(now);
    let mut found = Vec::new();
    for sentence in sentences(text) {
        let has = |list: &[&'static str]| list.iter().find(|p| sentence.contains(*p)).copied();
        if has(w.wait).is_some()
            && let Some(days) = longest_wait(&sentence, w.day_unit)
            && days > days_to_next_day(now)
        {
            found.push(format!("a wait of {days} days: «{sentence}»"));
        }
        if matches!(phase, Phase::DayBefore | Phase::During | Phase::DayAfter)
            && let Some(p) = has(w.until_the_day)
        {
            found.push(format!("«{p}» on the day itself: «{sentence}»"));
        }
        let today = format!("{} {year}", w.twentieth);
        if phase != Phase::OtherDay && has(w.next).is_some() && sentence.contains(&today) {
            found.push(format!("today's reminder named by its date, not «today»: «{sentence}»"));
        }
        if has(w.silence).is_none() || names_a_year_other_than(&sentence, year) {
            continue;
        }
        let wrong = match phase {
            Phase::DayAfter => has(w.future).or(has(w.now)),
            Phase::DayBefore => has(w.past).or(has(w.now)),
            Phase::During => has(w.past),
            Phase::OtherDay => has(w.now).or(has(w.past)),
        };
        if let Some(p) = wrong {
            found.push(format!("«{p}» about the minute of silence ({phase:?}): «{sentence}»"));
        }
    }
    found
}

/// The longest number of days the sentence speaks of ("in 364 days", «через 364 дня»), leaving
/// out lengths of something ("in 5 days of clashes").
fn longest_wait(sentence: &str, units: &[&str]) -> Option<i64> {
    let mut tokens: Vec<&str> = sentence.split(|c: char| c.is_whitespace() || c == '(' || c == ',').collect();
    tokens.push("");
    tokens
        .windows(3)
        .filter(|t| units.iter().any(|u| t[1].trim_matches(|c: char| !c.is_alphanumeric()) == *u) && t[2] != "of")
        .filter_map(|t| t[0].parse::<i64>().ok())
        .max()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("valid instant").with_timezone(&Utc)
}

fn run(args: &[&str], input: &str) -> String {
    let output = cli::bot(args, Some(input.as_bytes()));
    assert!(output.status.success(), "{args:?} failed");
    cli::stdout(&output)
}

/// A private chat that tries every command a reader meets, and the two questions about time.
fn chat_script(lang: Lang) -> String {
    let (silence, years) = match lang {
        Lang::En => ("When is the minute of silence?", "How many years have passed?"),
        Lang::Ru => ("Когда минута молчания?", "Сколько лет прошло?"),
        Lang::Az => ("Bir dəqiqəlik sükut nə vaxtdır?", "Neçə il keçib?"),
    };
    ["/start", "/help", "/subscribe", "1", "/status", "/countdown", silence, years, "/card", "/candle", "/facts"]
        .join("\n")
        + "\n"
}

#[test]
fn every_message_is_true_at_the_moment_it_is_read() {
    // One thread a moment: each runs the binary twice per language.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let moments: Vec<_> = MOMENTS.iter().map(|moment| scope.spawn(move || false_at(moment))).collect();
        moments.into_iter().flat_map(|m| m.join().expect("the moment is read")).collect()
    });
    assert!(failures.is_empty(), "false at the moment they are read:\n{}", failures.join("\n"));
}

fn false_at(moment: &str) -> Vec<String> {
    let now = at(moment);
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let code = lang.code();
        let chat = run(&["chat", "--lang", code, "--now", moment], &chat_script(lang));
        let topics = run(&["topics", "--lang", code, "--now", moment], "");
        for claim in false_claims(&chat, lang, now).into_iter().chain(false_claims(&topics, lang, now)) {
            failures.push(format!("{code} at {moment}: {claim}"));
        }
    }
    failures
}

/// A reminder is read from the moment it may go out (the wave starts early) until a few minutes
/// late: it must be true over the whole window.
#[test]
fn every_reminder_is_true_from_its_first_to_its_last_delivery() {
    let brain = Brain::embedded().expect("embedded data loads");
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for occurrence in brain.reminders.occurrences(2027) {
            let text = brain.reminder_text(&occurrence, lang);
            let early = occurrence.at - Duration::hours(2);
            let late = occurrence.at + Duration::minutes(10);
            for moment in [early, occurrence.at, late] {
                for claim in false_claims(&text, lang, moment) {
                    failures.push(format!("{} {lang:?} at {moment}: {claim}", occurrence.reminder));
                }
            }
        }
    }
    assert!(failures.is_empty(), "reminders false when they arrive:\n{}", failures.join("\n"));
}

#[test]
fn the_checks_catch_what_the_editors_found() {
    let noon_half = at("2027-01-20T12:00:30+04:00");
    let after = at("2027-01-20T13:00:00+04:00");
    assert!(!false_claims("Next reminder: 19 January 2028 (in 366 days).", Lang::En, noon_half).is_empty());
    assert!(!false_claims("How long until 20 January", Lang::En, after).is_empty());
    assert!(!false_claims("The minute of silence will be observed at 12:00.", Lang::En, after).is_empty());
    assert!(!false_claims("Минута молчания прошла в 12:00.", Lang::Ru, at("2027-01-20T09:00:00+04:00")).is_empty());
    assert!(!false_claims("Bir dəqiqəlik sükut saat 12:00-da olacaq.", Lang::Az, after).is_empty());
    assert!(false_claims("The minute of silence was observed at 12:00.", Lang::En, after).is_empty());
    let nine = at("2027-01-20T09:00:00+04:00");
    assert!(!false_claims("The next one is on 20 January 2027 at 12:00 Baku time.", Lang::En, nine).is_empty());
    assert!(!false_claims("Следующее напоминание — 20 января 2027 года, к 12:00.", Lang::Ru, nine).is_empty());
    assert!(false_claims("In 1990 …", Lang::En, after).is_empty());
}

/// /status in a chat that never subscribed: on 20 January it still says what the day is, in the
/// words subscribed chats get (one message, one phase rule), and they are true at every moment.
#[test]
fn status_of_an_unsubscribed_chat_gives_the_day_and_stays_true() {
    let brain = Brain::embedded().expect("embedded data loads");
    let moments = ["00:00:00", "11:59:00", "12:00:00", "12:05:00", "23:59:00"].map(|t| format!("2027-01-20T{t}+04:00"));
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for moment in &moments {
            let now = at(moment);
            let status = run(&["chat", "--lang", lang.code(), "--now", moment], "/status\n");
            let phase = brain.moment(now).phase.key();
            let day = brain.text_with(lang, "status-today", &[("phase", january20_bot::i18n::s(phase))]);
            if !status.contains(&day) || !status.contains(&brain.text(lang, "status-not-subscribed")) {
                failures
                    .push(format!("{lang:?} at {moment}: no day line ({phase}) and no subscription line: {status}"));
            }
            failures.extend(false_claims(&status, lang, now).into_iter().map(|c| format!("{lang:?} at {moment}: {c}")));
        }
    }
    let june = run(&["chat", "--lang", "en", "--now", MOMENTS[11]], "/status\n");
    assert!(!june.contains("day of mourning"), "no day line on another day: {june}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
