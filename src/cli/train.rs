//! `train`: fits the learned layer of understanding to every labelled question set in
//! tests/questions/ and the vocabulary's strongest phrases, and writes the model file the binary
//! embeds. `--check` retrains and compares instead: the committed model must be exactly what the
//! committed inputs give.

use std::path::Path;

use crate::answer::{Brain, embedded_vocabulary};
use crate::understand::NONE_SLOT;
use crate::understand::training::{self, Settings};

/// What `train` did.
pub enum Trained {
    Written { bytes: usize, examples: usize },
    Same,
    Differs,
}

pub fn run(brain: &Brain, questions: &Path, out: &Path, check: bool) -> anyhow::Result<Trained> {
    let mut slots = brain.knowledge.topic_names();
    slots.push(NONE_SLOT);
    let mut files: Vec<_> = std::fs::read_dir(questions)
        .map_err(|e| anyhow::anyhow!("{}: {e}", questions.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "tsv"))
        .collect();
    // The order of the examples is part of the input: sorted names give the same model everywhere.
    files.sort();
    let mut examples = training::vocabulary_examples(&embedded_vocabulary());
    for path in &files {
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        examples.extend(training::read_set(&path.display().to_string(), &text).map_err(anyhow::Error::msg)?);
    }
    let model = training::train(&examples, &slots, &Settings::default()).map_err(anyhow::Error::msg)?;
    let bytes = model.to_bytes();
    if check {
        let current = std::fs::read(out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
        return Ok(if current == bytes { Trained::Same } else { Trained::Differs });
    }
    std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
    Ok(Trained::Written { bytes: bytes.len(), examples: examples.len() })
}
