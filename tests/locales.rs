//! The texts in every language choose the right form for every number shown at run time.
//!
//! For each (message, variable) that carries a run-time count, the message is rendered at
//! 0, 1, 2, 5, 11, 21 and 1000; the number itself is replaced by a marker, and the masked texts
//! must fall into exactly the expected groups: equal within a group, different between groups.
//! English: 1 | the rest. Russian: 1, 21 | 2 | 0, 5, 11, 1000 (genitive after «для», «больше»:
//! 1, 21 | the rest). Azerbaijani: one form, the noun after a number stays singular. Exact
//! variants such as [0] "in 3 hours" or [1] "tomorrow" make groups of their own.
//!
//! `print_clock_texts` (ignored) prints the clock-dependent texts at the moments around 20 January
//! for reading: `cargo test --test locales -- --ignored --nocapture`.

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;
use january20_bot::answer::Brain;
use january20_bot::i18n::{self, Lang};
use std::collections::BTreeSet;

const NS: [i64; 7] = [0, 1, 2, 5, 11, 21, 1000];

// Partitions of NS, groups separated by "|".
const ONE_FORM: &str = "0,1,2,5,11,21,1000";
const EN: &str = "1|0,2,5,11,21,1000";
const RU: &str = "1,21|2|0,5,11,1000";
const RU_GENITIVE: &str = "1,21|0,2,5,11,1000";
// An exact [0] variant first, then the plural categories.
const EN_ZERO: &str = "0|1|2,5,11,21,1000";
const RU_ZERO: &str = "0|1,21|2|5,11,1000";
const AZ_ZERO: &str = "0|1,2,5,11,21,1000";
// An exact [1] variant ("tomorrow") first.
const EN_ONE: &str = "1|0,2,5,11,21,1000";
const RU_ONE: &str = "1|21|2|0,5,11,1000";
const AZ_ONE: &str = "1|0,2,5,11,21,1000";

/// Variables that hold a count computed at run time (not a fact of data/facts.toml).
const RUNTIME_COUNTS: &[&str] = &[
    "years_passed",
    "days_until",
    "hours_until",
    "minutes_until",
    "count",
    "max",
    "total",
    "private",
    "groups",
    "channels",
    "az",
    "en",
    "ru",
    "delivered",
    "failed",
    "pending",
    "chats",
    "rate",
    "lead",
    "capacity",
    "late",
    "stars",
    "others",
];

enum Arg {
    N(i64),
    S(&'static str),
}
use Arg::{N, S};

struct Case {
    id: &'static str,
    var: &'static str,
    /// The other arguments. Fixed numbers stay out of NS so that masking leaves them alone; the
    /// one exception, 0 for days or hours, only selects a [0] variant that does not show it.
    with: &'static [(&'static str, Arg)],
    az: &'static str,
    en: &'static str,
    ru: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        // The header of a /sources list: the count in brackets, no word to agree with it.
        Case {
            id: "source-list-header",
            var: "count",
            with: &[("kind", S("Press"))],
            az: ONE_FORM,
            en: ONE_FORM,
            ru: ONE_FORM,
        },
        // The memorial page's live countdown: the label under each number.
        Case { id: "app-unit-days", var: "days_until", with: &[], az: ONE_FORM, en: EN, ru: RU },
        Case { id: "app-unit-hours", var: "hours_until", with: &[], az: ONE_FORM, en: EN, ru: RU },
        Case { id: "app-unit-minutes", var: "minutes_until", with: &[], az: ONE_FORM, en: EN, ru: RU },
        Case {
            id: "topic-anniversary",
            var: "years_passed",
            with: &[("phase", S("days")), ("next_date", S("20.01.2027")), ("anniversary_next", N(37))],
            az: ONE_FORM,
            en: EN,
            ru: RU,
        },
        Case {
            id: "topic-anniversary",
            var: "years_passed",
            with: &[("phase", S("after")), ("next_date", S("20.01.2027")), ("anniversary_next", N(37))],
            az: ONE_FORM,
            en: EN,
            ru: RU,
        },
        Case {
            id: "topic-countdown",
            var: "days_until",
            with: &[
                ("phase", S("days")),
                ("next_date", S("20.01.2027")),
                ("anniversary_next", N(37)),
                ("hours_until", N(3)),
                ("minutes_until", N(30)),
            ],
            az: AZ_ONE,
            en: EN_ONE,
            ru: RU_ONE,
        },
        Case {
            id: "topic-countdown",
            var: "hours_until",
            with: &[
                ("phase", S("before")),
                ("next_date", S("20.01.2027")),
                ("anniversary_next", N(37)),
                ("days_until", N(0)),
                ("minutes_until", N(30)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "topic-countdown",
            var: "minutes_until",
            with: &[
                ("phase", S("before")),
                ("next_date", S("20.01.2027")),
                ("anniversary_next", N(37)),
                ("days_until", N(0)),
                ("hours_until", N(3)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "topic-countdown",
            var: "minutes_until",
            with: &[
                ("phase", S("before")),
                ("next_date", S("20.01.2027")),
                ("anniversary_next", N(37)),
                ("days_until", N(0)),
                ("hours_until", N(0)),
            ],
            az: ONE_FORM,
            en: EN,
            ru: RU,
        },
        Case {
            id: "status-subscribed",
            var: "days_until",
            with: &[
                ("plan", S("all")),
                ("next_when", S("other")),
                ("next_date", S("20.01.2027")),
                ("next_time", S("12:00")),
                ("hours_until", N(3)),
                ("minutes_until", N(30)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "status-subscribed",
            var: "hours_until",
            with: &[
                ("plan", S("silence")),
                ("next_when", S("today")),
                ("next_date", S("20.01.2027")),
                ("next_time", S("12:00")),
                ("days_until", N(3)),
                ("minutes_until", N(30)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "status-subscribed",
            var: "hours_until",
            with: &[
                ("plan", S("all")),
                ("next_when", S("other")),
                ("next_date", S("20.01.2027")),
                ("next_time", S("12:00")),
                ("days_until", N(0)),
                ("minutes_until", N(30)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "status-subscribed",
            var: "minutes_until",
            with: &[
                ("plan", S("all")),
                ("next_when", S("other")),
                ("next_date", S("20.01.2027")),
                ("next_time", S("12:00")),
                ("days_until", N(0)),
                ("hours_until", N(3)),
            ],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case {
            id: "status-subscribed",
            var: "minutes_until",
            with: &[
                ("plan", S("all")),
                ("next_when", S("other")),
                ("next_date", S("20.01.2027")),
                ("next_time", S("12:00")),
                ("days_until", N(0)),
                ("hours_until", N(0)),
            ],
            az: ONE_FORM,
            en: EN,
            ru: RU,
        },
        // No subscribed chat at all is said in words in Azerbaijani and Russian.
        Case {
            id: "broadcast-confirm",
            var: "count",
            with: &[("text", S("Text."))],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        Case { id: "broadcast-queued", var: "count", with: &[], az: AZ_ZERO, en: EN_ZERO, ru: "0|1,21|2,5,11,1000" },
        Case { id: "question-too-long", var: "max", with: &[], az: ONE_FORM, en: EN, ru: RU_GENITIVE },
        // "3 × question": a count without a noun, the same in every form.
        Case {
            id: "unanswered-item",
            var: "count",
            with: &[("question", S("q")), ("lang", S("az")), ("outcome", S("out_of_scope"))],
            az: ONE_FORM,
            en: ONE_FORM,
            ru: ONE_FORM,
        },
        Case { id: "card-years", var: "years_passed", with: &[], az: ONE_FORM, en: EN, ru: RU },
        Case {
            id: "candle-count",
            var: "count",
            with: &[("anniversary", N(37))],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        // «Вы и ещё 1 человек / 5 человек зажгли»: the verb agrees with «вы», and «человек» is
        // both the nominative singular and the counted genitive plural; only «2 человека» differs.
        Case {
            id: "candle-lit",
            var: "others",
            with: &[("anniversary", N(37))],
            az: AZ_ZERO,
            en: EN_ZERO,
            ru: RU_ZERO,
        },
        // A setting, not a count computed at run time, but shown with its noun all the same.
        Case { id: "help", var: "unanswered_kept_days", with: &[], az: ONE_FORM, en: EN, ru: RU },
        // A fact, but a number all the same: "a minute" / "2 minutes".
        Case {
            id: "topic-silence",
            var: "silence_minutes",
            with: &[("phase", S("days"))],
            az: AZ_ONE,
            en: EN_ONE,
            ru: "1|21|0,2,5,11,1000",
        },
    ]
    .into_iter()
    .chain(label_cases())
    .collect()
}

/// "Label: value" lines, where no noun follows the number: one form in every language.
fn label_cases() -> Vec<Case> {
    const STATS: &[(&str, Arg)] = &[
        ("total", N(7)),
        ("private", N(7)),
        ("groups", N(7)),
        ("channels", N(7)),
        ("az", N(7)),
        ("en", N(7)),
        ("ru", N(7)),
    ];
    const LAST: &[(&str, Arg)] =
        &[("occurrence", S("last")), ("delivered", N(7)), ("failed", N(7)), ("pending", N(7)), ("superseded", N(7))];
    let stats = ["total", "private", "groups", "channels", "az", "en", "ru"].map(|var| Case {
        id: "stats",
        var,
        with: STATS,
        az: ONE_FORM,
        en: ONE_FORM,
        ru: ONE_FORM,
    });
    let last = ["delivered", "failed", "pending", "superseded"].map(|var| Case {
        id: "stats-last",
        var,
        with: LAST,
        az: ONE_FORM,
        en: ONE_FORM,
        ru: ONE_FORM,
    });
    const WAVE: &[(&str, Arg)] = &[
        ("occurrence", S("next")),
        ("chats", N(7)),
        ("start", S("09:47")),
        ("end", S("09:59")),
        ("rate", N(7)),
        ("lead", N(7)),
        ("capacity", N(7)),
        ("late", N(7)),
        ("stars", N(7)),
    ];
    let wave = [
        ("stats-wave", &["chats", "rate"][..]),
        ("stats-wave-over", &["chats", "lead", "capacity", "late"][..]),
        ("stats-paid-off", &["stars"][..]),
        ("stats-paid-on", &["stars"][..]),
    ]
    .into_iter()
    .flat_map(|(id, vars)| {
        vars.iter().map(move |&var| {
            // English counts agree with their noun, and no chat or no Stars is said in words;
            // Russian says "no subscribed chats yet", and that no Stars are needed, in words;
            // Azerbaijani says the first.
            let en = match (id, var) {
                ("stats-wave", "chats") | (_, "stars") => EN_ZERO,
                (_, "chats" | "rate") => EN,
                _ => ONE_FORM,
            };
            let ru = match (id, var) {
                ("stats-wave", "chats") | ("stats-paid-off", "stars") => AZ_ZERO,
                _ => ONE_FORM,
            };
            let az = if (id, var) == ("stats-wave", "chats") { AZ_ZERO } else { ONE_FORM };
            Case { id, var, with: WAVE, az, en, ru }
        })
    });
    let candles = [
        Case {
            id: "candle-already",
            var: "count",
            with: &[("anniversary", N(37))],
            az: ONE_FORM,
            en: ONE_FORM,
            ru: ONE_FORM,
        },
        Case {
            id: "stats-candles",
            var: "count",
            with: &[("year", N(2027)), ("anniversary", N(37))],
            az: ONE_FORM,
            en: ONE_FORM,
            ru: ONE_FORM,
        },
    ];
    stats.into_iter().chain(last).chain(wave).chain(candles).collect()
}

fn brain() -> Brain {
    Brain::embedded().expect("embedded data loads")
}

fn value(arg: &Arg) -> FluentValue<'static> {
    match arg {
        N(n) => i18n::n(*n),
        S(s) => i18n::s(*s),
    }
}

/// The message with the facts, the case's arguments and `var` = `n`, or the Fluent error.
fn render(brain: &Brain, lang: Lang, case: &Case, n: i64) -> Result<String, String> {
    let mut args = brain.facts(lang);
    for (key, arg) in case.with {
        args.set(*key, value(arg));
    }
    args.set(case.var, i18n::n(n));
    brain.locales.try_text(lang, case.id, Some(&args))
}

/// Replaces every whole occurrence of the number `n` (not part of a longer number) by "#", as
/// digits or grouped as a language writes it ("1,000").
fn mask(text: &str, n: i64) -> String {
    [Lang::En, Lang::Ru].into_iter().fold(text.to_string(), |text, lang| mask_as(&text, &i18n::number_text(lang, n)))
}

fn mask_as(text: &str, digits: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let needle: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let at_start = i == 0 || !chars[i - 1].is_ascii_digit();
        let matches = chars[i..].starts_with(&needle);
        let at_end = chars.get(i + needle.len()).is_none_or(|c| !c.is_ascii_digit());
        if at_start && matches && at_end {
            out.push('#');
            i += needle.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn groups(partition: &str) -> Vec<Vec<i64>> {
    partition.split('|').map(|g| g.split(',').map(|n| n.trim().parse().expect("a number")).collect()).collect()
}

fn expected(case: &Case, lang: Lang) -> &'static str {
    match lang {
        Lang::Az => case.az,
        Lang::En => case.en,
        Lang::Ru => case.ru,
    }
}

#[test]
fn partitions_cover_every_number_once() {
    for case in cases() {
        for lang in Lang::ALL {
            let mut all: Vec<i64> = groups(expected(&case, lang)).concat();
            all.sort();
            assert_eq!(all, NS.to_vec(), "{} ${} {lang:?}", case.id, case.var);
        }
    }
}

#[test]
fn every_runtime_count_chooses_its_form_in_every_language() {
    let brain = brain();
    let mut problems = Vec::new();
    for case in cases() {
        for lang in Lang::ALL {
            let mut masked = Vec::new();
            for n in NS {
                match render(&brain, lang, &case, n) {
                    Ok(text) => {
                        // The number is shown (exact variants may leave out 0 and 1).
                        if n >= 2 && !mask(&text, n).contains('#') {
                            problems.push(format!(
                                "{lang:?} {} ${}={n}: the number is not shown: {text}",
                                case.id, case.var
                            ));
                        }
                        masked.push((n, mask(&text, n)));
                    }
                    Err(e) => problems.push(format!("{lang:?} {} ${}={n}: {e}", case.id, case.var)),
                }
            }
            if masked.len() != NS.len() {
                continue;
            }
            let text_of = |n: i64| &masked.iter().find(|(m, _)| *m == n).expect("rendered").1;
            let groups = groups(expected(&case, lang));
            for group in &groups {
                for &n in &group[1..] {
                    if text_of(n) != text_of(group[0]) {
                        problems.push(format!(
                            "{lang:?} {} ${}: {} and {n} should read alike:\n  {}\n  {}",
                            case.id,
                            case.var,
                            group[0],
                            text_of(group[0]),
                            text_of(n)
                        ));
                    }
                }
            }
            for (i, a) in groups.iter().enumerate() {
                for b in &groups[i + 1..] {
                    if text_of(a[0]) == text_of(b[0]) {
                        problems.push(format!(
                            "{lang:?} {} ${}: {} and {} should take different forms, both read:\n  {}",
                            case.id,
                            case.var,
                            a[0],
                            b[0],
                            text_of(a[0])
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_message_with_a_runtime_count_is_covered() {
    let brain = brain();
    let covered: BTreeSet<(&str, &str)> = cases().iter().map(|c| (c.id, c.var)).collect();
    for lang in Lang::ALL {
        for (id, vars) in brain.locales.inventory(lang) {
            for var in vars.iter().filter(|v| RUNTIME_COUNTS.contains(&v.as_str())) {
                // In the phase-dependent topics each count matters only in some phases; the
                // cases above pick those phases.
                assert!(
                    covered.contains(&(id.as_str(), var.as_str())),
                    "{lang:?}: `{id}` shows ${var} but no case of tests/locales.rs checks its forms"
                );
            }
        }
    }
}

#[test]
fn masking_touches_only_the_whole_number() {
    assert_eq!(mask("1 chat at 12:00 on 21 January 2021", 1), "# chat at 12:00 on 21 January 2021");
    assert_eq!(mask("21 days, 121 hours, 21", 21), "# days, 121 hours, #");
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("valid instant").with_timezone(&Utc)
}

/// The moments around the day that every writer and reviewer should read the texts at.
const MOMENTS: [&str; 7] = [
    "2027-01-19T23:59:00+04:00",
    "2027-01-20T00:00:00+04:00",
    "2027-01-20T11:59:00+04:00",
    "2027-01-20T12:00:00+04:00",
    "2027-01-20T12:01:00+04:00",
    "2027-01-20T23:59:00+04:00",
    "2027-01-21T00:00:00+04:00",
];

#[test]
fn clock_texts_format_at_every_moment() {
    let brain = brain();
    for lang in Lang::ALL {
        for moment in MOMENTS {
            for id in ["topic-countdown", "topic-anniversary"] {
                let args = brain.args(lang, Some(at(moment)));
                let text = brain.locales.try_text(lang, id, Some(&args));
                assert!(text.is_ok(), "{lang:?} {id} at {moment}: {text:?}");
            }
            let status = status(&brain, lang, at(moment));
            assert!(status.is_ok(), "{lang:?} status at {moment}: {status:?}");
        }
    }
}

/// /status as the bot will word it: the time left until the next reminder, minutes rounded up.
fn status(brain: &Brain, lang: Lang, now: DateTime<Utc>) -> Result<String, String> {
    let next = (2026..=2028).flat_map(|y| brain.reminders.occurrences(y)).find(|o| o.at > now).expect("a reminder");
    let left = january20_bot::calendar::Countdown::of(next.at - now);
    let local = next.local();
    let mut args = brain.facts(lang);
    args.set("plan", i18n::s("all"));
    let today = local.date_naive() == now.with_timezone(&local.timezone()).date_naive();
    args.set("next_when", i18n::s(if today { "today" } else { "other" }));
    args.set(
        "next_date",
        i18n::s(january20_bot::knowledge::format_date(&brain.locales, lang, local.date_naive(), "date-full")),
    );
    args.set("next_time", i18n::s(local.format("%H:%M").to_string()));
    args.set("days_until", i18n::n(left.days));
    args.set("hours_until", i18n::n(left.hours));
    args.set("minutes_until", i18n::n(left.minutes));
    brain.locales.try_text(lang, "status-subscribed", Some(&args))
}

#[test]
#[ignore = "prints the texts for reading"]
fn print_clock_texts() {
    let brain = brain();
    for lang in Lang::ALL {
        for moment in MOMENTS {
            let now = at(moment);
            println!("== {lang:?} {moment}");
            for id in ["countdown", "anniversary"] {
                let topic = brain.knowledge.topic_id(id).expect("topic");
                println!("[{id}] {}", brain.topic_answer(topic, lang, now));
            }
            println!("[status] {}", status(&brain, lang, now).unwrap_or_else(|e| e));
        }
        for occurrence in brain.reminders.occurrences(2027) {
            println!("[reminder-{}] {}", occurrence.reminder, brain.reminder_text(&occurrence, lang));
        }
        println!();
    }
}

/// A day of mourning is never "celebrated" (ru «отмечается», en "celebrated"): the word came back
/// after a words round once. Only the Day of Solidarity, a holiday, may be marked so.
#[test]
fn the_day_of_mourning_is_never_celebrated() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut found = Vec::new();
    for (lang, word) in [("ru", "отмеча"), ("en", "celebrat")] {
        for entry in std::fs::read_dir(root.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            let mut message = String::new();
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some((id, _)) = line.split_once(" =").filter(|_| !line.starts_with([' ', '#'])) {
                    message = id.to_string();
                }
                let solidarity = message == "topic-border_events" && line.contains("solidarity");
                if line.to_lowercase().contains(word) && !line.starts_with('#') && !solidarity {
                    found.push(format!("{}: {message}: {}", path.display(), line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
