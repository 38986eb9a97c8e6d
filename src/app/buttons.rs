//! Buttons: what a press asks for (`Press`, carried as callback data: always ASCII and at most 64
//! bytes, as Telegram requires), and the rows of buttons the bot offers.

use super::io::Button;
use crate::answer::Brain;
use crate::calendar::Plan;
use crate::i18n::Lang;
use crate::knowledge::TopicId;

/// The data of "light a candle", the button under every minute-of-silence reminder: one letter.
const CANDLE: &str = "c";

/// What a button press asks for, parsed from its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    Topic(TopicId),
    Language(Lang),
    Subscribe(Plan),
    Broadcast {
        id: i64,
        confirm: bool,
    },
    /// Light a candle (under the minute-of-silence reminder, /candle, /card and shared results).
    Candle,
    /// Show times also in this IANA zone; `None`: Baku time only.
    Zone(Option<String>),
    /// Whether the minute-of-silence reminder comes with the card.
    CardReminder(bool),
    /// /subscribe's choice of plans, offered under /card to a chat that gets no reminder.
    SubscribeMenu,
    /// The /facts menu: the topics of one group, or the groups (`None`).
    Group(Option<String>),
    /// The /sources list of one kind of source.
    Sources(String),
}

impl Press {
    pub fn data(&self, brain: &Brain) -> String {
        match self {
            Press::Topic(t) => format!("t:{}", brain.knowledge.topic(*t).id),
            Press::Language(lang) => format!("l:{}", lang.code()),
            Press::Subscribe(plan) => format!("s:{}", plan.as_str()),
            Press::SubscribeMenu => "s:?".to_string(),
            Press::Broadcast { id, confirm } => format!("b:{}:{id}", if *confirm { "y" } else { "n" }),
            Press::Candle => CANDLE.to_string(),
            Press::Zone(zone) => format!("z:{}", zone.as_deref().unwrap_or("-")),
            Press::CardReminder(on) => format!("k:{}", u8::from(*on)),
            Press::Group(group) => format!("g:{}", group.as_deref().unwrap_or("")),
            Press::Sources(kind) => format!("o:{kind}"),
        }
    }

    /// Parses button data; `None` for data from an older version of the bot or forged data.
    pub fn parse(data: &str, brain: &Brain) -> Option<Press> {
        if data == CANDLE {
            return Some(Press::Candle);
        }
        let (kind, rest) = data.split_once(':')?;
        match kind {
            "t" => brain.knowledge.topic_id(rest).map(Press::Topic),
            "g" if rest.is_empty() => Some(Press::Group(None)),
            "g" => brain.knowledge.groups.iter().any(|g| g == rest).then(|| Press::Group(Some(rest.to_string()))),
            "o" => crate::sources::KINDS.contains(&rest).then(|| Press::Sources(rest.to_string())),
            "l" => Lang::from_code(rest).map(Press::Language),
            "s" if rest == "?" => Some(Press::SubscribeMenu),
            "s" => Plan::parse(rest).map(Press::Subscribe),
            "z" if rest == "-" => Some(Press::Zone(None)),
            "z" => crate::local_time::parse_zone(rest).map(|z| Press::Zone(Some(z.name().to_string()))),
            "k" => match rest {
                "1" => Some(Press::CardReminder(true)),
                "0" => Some(Press::CardReminder(false)),
                _ => None,
            },
            "b" => {
                let (answer, id) = rest.split_once(':')?;
                let confirm = match answer {
                    "y" => true,
                    "n" => false,
                    _ => return None,
                };
                Some(Press::Broadcast { id: id.parse().ok()?, confirm })
            }
            _ => None,
        }
    }

    /// Presses that change a group's settings: only its administrators may make them.
    pub fn admin_only_in_groups(&self) -> bool {
        matches!(
            self,
            Press::Language(_) | Press::Subscribe(_) | Press::SubscribeMenu | Press::Zone(_) | Press::CardReminder(_)
        )
    }
}

fn button(label: String, press: Press, brain: &Brain) -> Button {
    Button { label, data: press.data(brain), page: None }
}

/// "Open the memorial page", in `lang`, at `base` (`--app-url`).
pub fn page(brain: &Brain, lang: Lang, base: &url::Url) -> Vec<Button> {
    let link = super::io::PageLink::new(base, lang);
    vec![Button { label: brain.text(lang, "app-open-button"), data: String::new(), page: Some(link) }]
}

/// Topics as buttons, two per row.
pub fn topics(brain: &Brain, lang: Lang, which: impl IntoIterator<Item = TopicId>) -> Vec<Vec<Button>> {
    let buttons: Vec<Button> =
        which.into_iter().map(|t| button(brain.topic_title(t, lang), Press::Topic(t), brain)).collect();
    buttons.chunks(2).map(<[Button]>::to_vec).collect()
}

/// The groups of the /facts menu, one per row.
pub fn groups(brain: &Brain, lang: Lang) -> Vec<Vec<Button>> {
    let group =
        |g: &String| button(brain.text(lang, &format!("facts-group-{g}")), Press::Group(Some(g.clone())), brain);
    brain.knowledge.groups.iter().map(|g| vec![group(g)]).collect()
}

/// The topics of one group, and the way back to the groups.
pub fn group_topics(brain: &Brain, lang: Lang, group: &str) -> Vec<Vec<Button>> {
    let mut rows = topics(brain, lang, brain.knowledge.group_topics(group));
    rows.push(vec![button(brain.text(lang, "button-back"), Press::Group(None), brain)]);
    rows
}

/// The kinds of source, one per row.
pub fn source_kinds(brain: &Brain, lang: Lang) -> Vec<Vec<Button>> {
    let kind = |k: &str| button(brain.text(lang, &format!("source-kind-{k}")), Press::Sources(k.to_string()), brain);
    crate::sources::KINDS.iter().map(|k| vec![kind(k)]).collect()
}

/// The three languages, each named in itself.
pub fn languages(brain: &Brain) -> Vec<Vec<Button>> {
    vec![Lang::ALL.iter().map(|&l| button(brain.language_name(l), Press::Language(l), brain)).collect()]
}

pub fn plans(brain: &Brain, lang: Lang) -> Vec<Vec<Button>> {
    plans_of(brain, lang, Plan::ALL.iter().copied())
}

/// The plans a subscribed chat could change to.
pub fn plans_other_than(brain: &Brain, lang: Lang, current: Plan) -> Vec<Vec<Button>> {
    plans_of(brain, lang, Plan::ALL.iter().copied().filter(|&p| p != current))
}

fn plans_of(brain: &Brain, lang: Lang, plans: impl Iterator<Item = Plan>) -> Vec<Vec<Button>> {
    plans
        .map(|plan| {
            vec![button(
                brain.text(lang, &format!("subscribe-option-{}", plan.as_str())),
                Press::Subscribe(plan),
                brain,
            )]
        })
        .collect()
}

pub fn broadcast(brain: &Brain, lang: Lang, id: i64) -> Vec<Vec<Button>> {
    vec![vec![
        button(brain.text(lang, "button-confirm"), Press::Broadcast { id, confirm: true }, brain),
        button(brain.text(lang, "button-cancel"), Press::Broadcast { id, confirm: false }, brain),
    ]]
}

/// "Light a candle".
pub fn candle(brain: &Brain, lang: Lang) -> Vec<Button> {
    vec![button(brain.text(lang, "candle-button"), Press::Candle, brain)]
}

/// The cities where most Azerbaijanis abroad live, two per row, and "Baku time only".
pub fn zones(brain: &Brain, lang: Lang) -> Vec<Vec<Button>> {
    let cities: Vec<Button> = crate::local_time::CITIES
        .iter()
        .map(|(key, zone)| {
            button(brain.text(lang, &format!("place-{key}")), Press::Zone(Some(zone.name().to_string())), brain)
        })
        .collect();
    let mut rows: Vec<Vec<Button>> = cities.chunks(2).map(<[Button]>::to_vec).collect();
    rows.push(vec![button(brain.text(lang, "timezone-baku-only"), Press::Zone(None), brain)]);
    rows
}

/// The switch for the card with the minute-of-silence reminder, showing what a press would do;
/// `None` for a chat that gets no reminder: the way to subscribe instead of a switch.
pub fn card_reminder(brain: &Brain, lang: Lang, now_on: Option<bool>) -> Vec<Button> {
    let (id, press) = match now_on {
        Some(true) => ("card-reminder-off", Press::CardReminder(false)),
        Some(false) => ("card-reminder-on", Press::CardReminder(true)),
        None => ("card-reminder-subscribe", Press::SubscribeMenu),
    };
    vec![button(brain.text(lang, id), press, brain)]
}
