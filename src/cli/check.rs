//! `check`: runs the cross-checks of data/ and locales/ and prints a readable verdict.

use std::path::Path;

/// Prints the verdict; returns whether everything passed.
pub fn run(root: Option<&Path>) -> bool {
    match crate::check::run(root) {
        Ok(summary) => {
            println!(
                "ok: {} messages in each of az, en, ru; {} facts; {} topics; {} reminders",
                summary.messages, summary.facts, summary.topics, summary.reminders
            );
            true
        }
        Err(problems) => {
            eprintln!("{} problem(s):", problems.len());
            for problem in problems {
                eprintln!("  - {problem}");
            }
            false
        }
    }
}
