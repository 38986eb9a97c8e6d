//! Languages and their texts: the three languages, one value per language (`PerLang`), Fluent
//! bundles built once from locales/, and the one rule that chooses the language of a reply.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};

/// A language the bot speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Az,
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The language to speak, by the one rule the whole bot follows: the question's own language
    /// when it can be told, else the language chosen for the chat, else the user's client
    /// language, else English.
    pub fn choose(question: Option<Lang>, chat: Option<Lang>, user: Option<Lang>) -> Lang {
        question.or(chat).or(user).unwrap_or(Lang::En)
    }

    /// The language for an exact code ("az", "en", "ru"), as stored and typed in commands.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The best language for a Telegram user's `language_code` (an IETF tag such as "ru-RU").
    /// Turkish readers get Azerbaijani, the closest language we speak; readers of languages of
    /// the former USSR that commonly read Russian get Russian; everyone else English.
    pub fn negotiate(language_code: Option<&str>) -> Option<Lang> {
        let code = language_code?.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary {
            "az" | "tr" => Some(Lang::Az),
            "ru" | "be" | "kk" | "ky" | "tg" => Some(Lang::Ru),
            "" => None,
            _ => Some(Lang::En),
        }
    }
}

/// One value for each language, indexed by `Lang`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PerLang<T>([T; 3]);

impl<T> PerLang<T> {
    /// Builds the values from a function of the language.
    pub fn new(mut value: impl FnMut(Lang) -> T) -> Self {
        PerLang(Lang::ALL.map(&mut value))
    }

    /// Each language with its value, in `Lang::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL.into_iter().zip(self.0.iter())
    }
}

impl<T> std::ops::Index<Lang> for PerLang<T> {
    type Output = T;
    fn index(&self, lang: Lang) -> &T {
        &self.0[lang.index()]
    }
}

impl<T> std::ops::IndexMut<Lang> for PerLang<T> {
    fn index_mut(&mut self, lang: Lang) -> &mut T {
        &mut self.0[lang.index()]
    }
}

/// One locale file: its language, its path under locales/ and its text.
pub struct LocaleSource {
    pub lang: Lang,
    pub path: String,
    pub text: String,
}

/// The locale files compiled into the binary.
pub fn embedded_sources() -> Vec<LocaleSource> {
    macro_rules! files {
        ($($lang:ident $dir:literal [$($file:literal),*]);*) => {
            vec![$($(LocaleSource {
                lang: Lang::$lang,
                path: concat!($dir, "/", $file).to_string(),
                text: include_str!(concat!("../locales/", $dir, "/", $file)).to_string(),
            }),*),*]
        };
    }
    files!(
        Az "az" ["common.ftl", "topics.ftl", "bot.ftl", "reminders.ftl", "share.ftl", "conversation.ftl", "night.ftl", "before.ftl", "after.ftl", "app.ftl"];
        En "en" ["common.ftl", "topics.ftl", "bot.ftl", "reminders.ftl", "share.ftl", "conversation.ftl", "night.ftl", "before.ftl", "after.ftl", "app.ftl"];
        Ru "ru" ["common.ftl", "topics.ftl", "bot.ftl", "reminders.ftl", "share.ftl", "conversation.ftl", "night.ftl", "before.ftl", "after.ftl", "app.ftl"]
    )
}

/// A problem found while loading locales.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("{path}:{line}: Fluent syntax error: {message}")]
    Syntax { path: String, line: usize, message: String },
    #[error("{path}: `{id}` is defined twice")]
    Duplicate { path: String, id: String },
}

/// A whole number from `from` up written in groups of three ("26,000", "26 000"), as readers of
/// each language expect; years (1800–2100) never, and smaller numbers as they are.
fn group_digits(value: &FluentValue, lang: Lang) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let n = number.value;
    if n.fract() != 0.0 || n.abs() > 1e15 {
        return None;
    }
    let text = number_text(lang, n as i64);
    (text != (n as i64).to_string()).then_some(text)
}

/// How a whole number is written in `lang` (see `group_digits`).
pub fn number_text(lang: Lang, n: i64) -> String {
    let (separator, from) = match lang {
        Lang::En => (",", 1_000),
        Lang::Az | Lang::Ru => ("\u{a0}", 10_000),
    };
    let digits = n.unsigned_abs().to_string();
    if n.abs() < from || (1800..=2100).contains(&n) {
        return n.to_string();
    }
    let mut out = String::from(if n < 0 { "-" } else { "" });
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// Arguments for a message.
pub type Args<'a> = FluentArgs<'a>;

/// The Fluent bundles of all languages, built once.
pub struct Locales {
    bundles: PerLang<FluentBundle<FluentResource>>,
    /// Message ids per language, and the variables each message uses.
    inventory: PerLang<Vec<(String, BTreeSet<String>)>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").finish_non_exhaustive()
    }
}

impl Locales {
    /// The locales compiled into the binary.
    pub fn embedded() -> Result<Self, Vec<LocaleError>> {
        Self::from_sources(embedded_sources())
    }

    pub fn from_sources(sources: Vec<LocaleSource>) -> Result<Self, Vec<LocaleError>> {
        let mut bundles = PerLang::new(|lang| {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.code().parse().expect("valid language tag")]);
            // Isolation marks (U+2068/U+2069) around variables show up as junk in Telegram
            // clients and terminals; our variables are never right-to-left.
            bundle.set_use_isolating(false);
            bundle.add_builtins().expect("NUMBER is not yet defined");
            bundle.set_formatter(Some(match lang {
                Lang::Az => |value, _| group_digits(value, Lang::Az),
                Lang::En => |value, _| group_digits(value, Lang::En),
                Lang::Ru => |value, _| group_digits(value, Lang::Ru),
            }));
            bundle
        });
        let mut inventory: PerLang<Vec<(String, BTreeSet<String>)>> = PerLang::default();
        let mut errors = Vec::new();
        for source in sources {
            let resource = match FluentResource::try_new(source.text) {
                Ok(resource) => resource,
                Err((resource, errs)) => {
                    for e in errs {
                        let line = resource.source()[..e.pos.start.min(resource.source().len())].lines().count().max(1);
                        errors.push(LocaleError::Syntax { path: source.path.clone(), line, message: e.to_string() });
                    }
                    continue;
                }
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        collect_variables(pattern, &mut vars);
                    }
                    for attribute in &message.attributes {
                        collect_variables(&attribute.value, &mut vars);
                    }
                    inventory[source.lang].push((message.id.name.to_string(), vars));
                }
            }
            if let Err(errs) = bundles[source.lang].add_resource(resource) {
                for e in errs {
                    let id = match &e {
                        fluent_bundle::FluentError::Overriding { id, .. } => id.clone(),
                        other => other.to_string(),
                    };
                    errors.push(LocaleError::Duplicate { path: source.path.clone(), id });
                }
            }
        }
        if errors.is_empty() { Ok(Locales { bundles, inventory }) } else { Err(errors) }
    }

    /// The message ids of a language with the variables each uses.
    pub fn inventory(&self, lang: Lang) -> &[(String, BTreeSet<String>)] {
        &self.inventory[lang]
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[lang].has_message(id)
    }

    /// Formats a message, or says why it could not: a missing message, or Fluent errors such as a
    /// missing variable.
    pub fn try_text(&self, lang: Lang, id: &str, args: Option<&Args<'_>>) -> Result<String, String> {
        let bundle = &self.bundles[lang];
        let message = bundle.get_message(id).ok_or_else(|| format!("{}: no message `{id}`", lang.code()))?;
        let pattern = message.value().ok_or_else(|| format!("{}: `{id}` has no value", lang.code()))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            Err(format!("{}: `{id}`: {}", lang.code(), list.join("; ")))
        }
    }

    /// Formats a message for a user. `check` and the tests prove every message formats cleanly,
    /// so a failure here is a bug: it is logged, and the user gets the English text or, failing
    /// that, the generic apology, never an error.
    pub fn text(&self, lang: Lang, id: &str, args: Option<&Args<'_>>) -> String {
        match self.try_text(lang, id, args) {
            Ok(text) => text,
            Err(problem) => {
                tracing::error!(%problem, "locale message failed");
                if lang != Lang::En
                    && let Ok(text) = self.try_text(Lang::En, id, args)
                {
                    return text;
                }
                self.try_text(lang, "error-generic", None).unwrap_or_default()
            }
        }
    }
}

/// Builds arguments from pairs.
pub fn args<const N: usize>(pairs: [(&'static str, FluentValue<'static>); N]) -> Args<'static> {
    let mut args = FluentArgs::with_capacity(N);
    for (key, value) in pairs {
        args.set(key, value);
    }
    args
}

/// A value for a Fluent variable that can be kept and shared between threads (a `FluentValue`
/// cannot: it may hold a non-`Sync` custom type).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(i64),
    Text(String),
}

impl Value {
    pub fn fluent(&self) -> FluentValue<'_> {
        match self {
            Value::Number(n) => FluentValue::from(*n),
            Value::Text(t) => FluentValue::String(Cow::Borrowed(t)),
        }
    }
}

/// A string argument.
pub fn s(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(value.into()))
}

/// A number argument (plural rules apply to it).
pub fn n(value: i64) -> FluentValue<'static> {
    FluentValue::from(value)
}

fn collect_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, vars);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, vars);
            for variant in variants {
                collect_variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, vars),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => collect_in_call(arguments, vars),
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => collect_in_call(arguments, vars),
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, vars),
        _ => {}
    }
}

fn collect_in_call(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        collect_in_inline(positional, vars);
    }
    for named in &arguments.named {
        collect_in_inline(&named.value, vars);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate(Some("az")), Some(Lang::Az));
        assert_eq!(Lang::negotiate(Some("ru-RU")), Some(Lang::Ru));
        assert_eq!(Lang::negotiate(Some("en-GB")), Some(Lang::En));
        assert_eq!(Lang::negotiate(Some("de")), Some(Lang::En));
        assert_eq!(Lang::negotiate(Some("tr")), Some(Lang::Az));
        assert_eq!(Lang::negotiate(None), None);
        assert_eq!(Lang::negotiate(Some("")), None);
    }

    #[test]
    fn the_reply_language_rule() {
        use Lang::*;
        assert_eq!(Lang::choose(Some(Ru), Some(Az), Some(En)), Ru);
        assert_eq!(Lang::choose(None, Some(Az), Some(En)), Az);
        assert_eq!(Lang::choose(None, None, Some(Ru)), Ru);
        assert_eq!(Lang::choose(None, None, None), En);
    }
}
