//! Checks of the sources: every source is used, and no figure is typed into a topic's text where
//! it would escape data/ (and could differ between languages).

use fluent_syntax::ast;

use crate::i18n::LocaleSource;
use crate::knowledge::Knowledge;

/// A source of data/sources.toml that no fact and no topic names.
pub(super) fn all_used(knowledge: &Knowledge, problems: &mut Vec<String>) {
    let named = |id: &String| {
        knowledge.fact_sources.iter().any(|(_, ids)| ids.contains(id))
            || knowledge.topics.iter().any(|t| t.sources.contains(id))
    };
    for source in knowledge.sources.list.iter().filter(|s| !named(&s.id)) {
        problems.push(format!("data/sources.toml: `{}` is used by no fact and no topic", source.id));
    }
}

/// The one number a topic's text may spell out: the day's name ("20 January", "20 Yanvar").
const THE_DAYS_NAME: &str = "20";

/// A number typed into the text of a topic instead of coming from data/facts.toml.
pub(super) fn no_typed_figures(sources: &[LocaleSource], problems: &mut Vec<String>) {
    for source in sources {
        let Ok(resource) = fluent_syntax::parser::parse(source.text.as_str()) else { continue };
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else { continue };
            if !message.id.name.starts_with("topic-") {
                continue;
            }
            let Some(pattern) = &message.value else { continue };
            for number in typed_numbers(pattern).into_iter().filter(|n| n != THE_DAYS_NAME) {
                problems.push(format!(
                    "locales/{}: `{}` types the number {number}; figures come from data/facts.toml as variables",
                    source.path, message.id.name
                ));
            }
        }
    }
}

/// The runs of digits in a pattern's own text, selector variants included.
fn typed_numbers(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut numbers = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let digits = value.split(|c: char| !c.is_ascii_digit()).filter(|run| !run.is_empty());
                numbers.extend(digits.map(String::from));
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    numbers.extend(typed_numbers(&variant.value));
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
    numbers
}
