//! `card`: writes the memorial card of one language as PNG, as `/card` sends it.

use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::answer::Brain;
use crate::card::{CardText, Renderer, missing_glyphs};
use crate::i18n::Lang;

pub fn run(brain: &Brain, lang: Lang, now: DateTime<Utc>, out: &Path) -> anyhow::Result<()> {
    let text = CardText::new(brain, lang, now);
    let missing = missing_glyphs(&text.all());
    anyhow::ensure!(missing.is_empty(), "the card's font has no glyph for {missing:?}");
    let png = Renderer::new().png(&text)?;
    std::fs::write(out, &png).with_context(|| format!("writing {}", out.display()))?;
    println!("{} ({} bytes)", out.display(), png.len());
    Ok(())
}
