//! Times for those abroad: a chat's time zone (a city button, a typed IANA name or city), and the
//! local equivalent of a Baku time ("12:00 in Baku — 09:00 in Berlin"). Reminders stay on Baku time.

use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::answer::Brain;
use crate::calendar::BAKU;
use crate::i18n::{self, Lang};
use crate::understand::normalize::fold;

/// The cities offered as buttons, where most Azerbaijanis abroad live: the key of their name in
/// the locales (`place-<key>`) and their zone.
pub const CITIES: [(&str, Tz); 6] = [
    ("istanbul", chrono_tz::Europe::Istanbul),
    ("moscow", chrono_tz::Europe::Moscow),
    ("tbilisi", chrono_tz::Asia::Tbilisi),
    ("berlin", chrono_tz::Europe::Berlin),
    ("london", chrono_tz::Europe::London),
    ("new-york", chrono_tz::America::New_York),
];

/// An IANA zone name as stored ("Europe/Berlin"); `None` for anything else.
pub fn parse_zone(name: &str) -> Option<Tz> {
    Tz::from_str(name).ok()
}

fn squash(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric() || *c == '/').collect()
}

/// The zone a person typed: a city's name in any of the three languages, an IANA name in any
/// case, or the city part of one ("paris" → Europe/Paris).
pub fn find(brain: &Brain, typed: &str) -> Option<Tz> {
    let wanted = squash(typed);
    if wanted.is_empty() {
        return None;
    }
    for (key, zone) in CITIES {
        if Lang::ALL.iter().any(|&l| squash(&brain.text(l, &format!("place-{key}"))) == wanted) {
            return Some(zone);
        }
    }
    if ["baku", "baki", "баку"].iter().any(|b| squash(b) == wanted) {
        return Some(BAKU);
    }
    let named = zone_names().iter().find(|(_, names)| names.values().any(|n| squash(n) == wanted));
    if let Some(zone) = named.and_then(|(name, _)| parse_zone(name)) {
        return Some(zone);
    }
    // IANA names are ASCII: compare them without case, spaces or underscores ("new york").
    let plain = |s: &str| s.to_lowercase().chars().filter(|c| !matches!(c, ' ' | '_' | '-')).collect::<String>();
    let wanted = plain(typed.trim());
    let names = chrono_tz::TZ_VARIANTS.iter().map(|tz| (tz, plain(tz.name())));
    let exact = names.clone().find(|(_, name)| *name == wanted);
    let city = || names.clone().find(|(_, name)| name.rsplit('/').next() == Some(wanted.as_str()));
    exact.or_else(city).map(|(tz, _)| *tz)
}

/// The names of typed zones in each language (data/zones.toml), by IANA name.
type ZoneNames = BTreeMap<String, BTreeMap<String, String>>;

fn zone_names() -> &'static ZoneNames {
    static NAMES: OnceLock<ZoneNames> = OnceLock::new();
    // A broken table only loses the names (the tests prove it loads): the IANA city stands in.
    NAMES.get_or_init(|| toml::from_str(include_str!("../data/zones.toml")).unwrap_or_default())
}

/// The place a zone is named by in `lang`: the city of a button, else its city's name in
/// data/zones.toml, else the city part of the IANA name ("America/Lima" → "Lima").
pub fn place(brain: &Brain, lang: Lang, zone: Tz) -> String {
    if let Some((key, _)) = CITIES.iter().find(|(_, z)| *z == zone) {
        return brain.text(lang, &format!("place-{key}"));
    }
    match zone_names().get(zone.name()).and_then(|names| names.get(lang.code())) {
        Some(name) => name.clone(),
        None => zone.name().rsplit('/').next().unwrap_or(zone.name()).replace('_', " "),
    }
}

/// "12:00 in Baku — 09:00 in Berlin" for the instant `at`; `None` on Baku time, where there is
/// nothing to add.
pub fn line(brain: &Brain, lang: Lang, at: DateTime<Utc>, zone: Option<Tz>) -> Option<String> {
    let zone = zone.filter(|z| *z != BAKU)?;
    let (baku, local) = (at.with_timezone(&BAKU), at.with_timezone(&zone));
    let day = match local.date_naive().cmp(&baku.date_naive()) {
        std::cmp::Ordering::Less => "before",
        std::cmp::Ordering::Equal => "same",
        std::cmp::Ordering::Greater => "after",
    };
    Some(brain.text_with(
        lang,
        "local-time",
        &[
            ("baku_time", i18n::s(baku.format("%H:%M").to_string())),
            ("local_time", i18n::s(local.format("%H:%M").to_string())),
            ("place", i18n::s(place(brain, lang, zone))),
            ("day", i18n::s(day)),
        ],
    ))
}

/// "In Baku it is now 21:00 on 19 January", for a chat whose date is not Baku's at `now`: the
/// countdown, the silence and /status say "today" and "tomorrow" on Baku's calendar, which a
/// reader in Tokyo at 02:00 on the 20th would otherwise read as their own. `None` where the dates
/// agree.
pub fn baku_now_line(brain: &Brain, lang: Lang, now: DateTime<Utc>, zone: Option<Tz>) -> Option<String> {
    let zone = zone.filter(|z| *z != BAKU)?;
    if now.with_timezone(&zone).date_naive() == now.with_timezone(&BAKU).date_naive() {
        return None;
    }
    Some(baku_now(brain, lang, now))
}

/// "In Baku it is now 21:00 on 19 January."
fn baku_now(brain: &Brain, lang: Lang, now: DateTime<Utc>) -> String {
    let baku = now.with_timezone(&BAKU);
    let date = crate::knowledge::format_date(&brain.locales, lang, baku.date_naive(), "date-short");
    brain.text_with(
        lang,
        "baku-now",
        &[("baku_date", i18n::s(date)), ("baku_time", i18n::s(baku.format("%H:%M").to_string()))],
    )
}

/// Whether the answer of `topic` to `question` opens with `today_line`: the countdown, asked what
/// day or what time it is.
pub fn answers_today(brain: &Brain, question: &str, topic: crate::knowledge::TopicId) -> bool {
    brain.knowledge.topic(topic).id == "countdown"
        && brain.understander.conversation.asks_today(&crate::understand::normalize::fold(question))
}

/// The lines above the countdown for a person who asked what day or time it is: the chat's own
/// date and hour, then Baku's; in a chat without a zone, Baku's alone.
pub fn today_lines(brain: &Brain, lang: Lang, now: DateTime<Utc>, zone: Option<Tz>) -> Vec<String> {
    let own = today_line(brain, lang, now, zone);
    match zone.filter(|z| *z != BAKU) {
        Some(_) => vec![own, baku_now(brain, lang, now)],
        None => vec![own],
    }
}

/// "Where you are, it is 14:05 on 6 December 2026", on the chat's own clock, for a person who asked
/// what day it is; in a chat without a zone, Baku's date and hour, said as Baku's.
pub fn today_line(brain: &Brain, lang: Lang, now: DateTime<Utc>, zone: Option<Tz>) -> String {
    // A chat without a zone of its own is told Baku's date as Baku's, never as "where you are".
    let Some(zone) = zone.filter(|z| *z != BAKU) else { return baku_now(brain, lang, now) };
    let there = now.with_timezone(&zone);
    let date = crate::knowledge::format_date(&brain.locales, lang, there.date_naive(), "date-full");
    brain.text_with(
        lang,
        "today-date",
        &[("date", i18n::s(date)), ("time", i18n::s(there.format("%H:%M").to_string()))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typed_zones_in_every_language() {
        let brain = Brain::embedded().unwrap();
        let find = |typed: &str| find(&brain, typed).map(|z| z.name());
        assert_eq!(find("Нью-Йорк"), Some("America/New_York"));
        assert_eq!(find("istanbul"), Some("Europe/Istanbul"));
        assert_eq!(find("İstanbul"), Some("Europe/Istanbul"));
        assert_eq!(find("europe/paris"), Some("Europe/Paris"));
        assert_eq!(find("Sao Paulo"), Some("America/Sao_Paulo"));
        assert_eq!(find("Bakı"), Some("Asia/Baku"));
        assert_eq!(find("nowhere"), None);
        assert_eq!(find("Токио"), Some("Asia/Tokyo"));
        let place = |lang, zone: &str| place(&brain, lang, parse_zone(zone).unwrap());
        assert_eq!(place(Lang::Ru, "Asia/Tokyo"), "Токио");
        assert_eq!(place(Lang::Az, "Asia/Tokyo"), "Tokio");
        assert_eq!(place(Lang::Ru, "America/New_York"), "Нью-Йорк");
        assert_eq!(place(Lang::Ru, "America/Lima"), "Lima");
        for (zone, names) in zone_names() {
            assert!(parse_zone(zone).is_some(), "data/zones.toml: {zone}");
            assert_eq!(names.len(), 3, "data/zones.toml: {zone}");
        }
        assert!(zone_names().len() > 40);
        assert_eq!(find("  "), None);
        let at = DateTime::parse_from_rfc3339("2027-01-20T08:00:00Z").unwrap().to_utc();
        assert_eq!(line(&brain, Lang::En, at, Some(BAKU)), None);
        assert_eq!(line(&brain, Lang::En, at, None), None);
        let tokyo = parse_zone("Asia/Tokyo");
        assert_eq!(line(&brain, Lang::En, at, tokyo).unwrap(), "12:00 in Baku — 17:00 in Tokyo");
        let late = DateTime::parse_from_rfc3339("2027-01-19T16:00:00Z").unwrap().to_utc();
        assert_eq!(line(&brain, Lang::En, late, tokyo).unwrap(), "20:00 in Baku — 01:00 in Tokyo (the next day)");
    }
}
