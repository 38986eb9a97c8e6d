//! The memorial card: a 1080×1080 PNG with the date, the years passed and a line of remembrance in
//! one language, drawn from SVG with an embedded DejaVu font (no system font is ever read, so the
//! card looks the same on every machine). `Cards` renders each language's card once a day and
//! remembers the id Telegram gave the upload, so the same picture is never uploaded twice.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, NaiveDate, Utc};
use resvg::{tiny_skia, usvg};

use crate::answer::Brain;
use crate::calendar::BAKU;
use crate::html::escape;
use crate::i18n::{self, Lang};

/// The card's side, in pixels (Telegram shows a square photo whole).
pub const SIZE: u32 = 1080;

/// DejaVu Sans covers Azerbaijani Latin (ə ğ ı ş İ) and Cyrillic; its licence is in assets/fonts/.
const FONTS: [&[u8]; 2] =
    [include_bytes!("../assets/fonts/DejaVuSans.ttf"), include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf")];
const FAMILY: &str = "DejaVu Sans";

/// Why a card could not be drawn (a bug, never the user's doing).
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    #[error("card SVG: {0}")]
    Svg(String),
    #[error("card PNG: {0}")]
    Png(String),
}

/// The words on a card, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    pub date: String,
    pub years: String,
    pub line: String,
    pub footer: String,
}

impl CardText {
    /// The card's words for `now` (years passed on Baku time), from the locales.
    pub fn new(brain: &Brain, lang: Lang, now: DateTime<Utc>) -> Self {
        let years = brain.moment(now).years_passed;
        CardText {
            date: brain.text(lang, "card-date"),
            years: brain.text_with(lang, "card-years", &[("years_passed", i18n::n(years))]),
            line: brain.text(lang, "card-line"),
            footer: brain.text(lang, "card-footer"),
        }
    }

    /// Every character the card draws.
    pub fn all(&self) -> String {
        format!("{}{}{}{}", self.date, self.years, self.line, self.footer)
    }
}

/// Characters of `text` the embedded font has no glyph for (spaces and line breaks aside).
pub fn missing_glyphs(text: &str) -> Vec<char> {
    use skrifa::MetadataProvider;
    let fonts: Vec<skrifa::FontRef<'_>> = FONTS.iter().filter_map(|f| skrifa::FontRef::new(f).ok()).collect();
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .filter(|&c| fonts.is_empty() || fonts.iter().any(|f| f.charmap().map(c).is_none()))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Draws cards; holds the parsed fonts (parsing them is most of the cost of a first card).
pub struct Renderer {
    options: usvg::Options<'static>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

/// Breaks `text` into lines of at most `width` characters, at spaces, never right after a number
/// ("20 January" is a name and stays on one line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(last) if last.chars().all(|c| c.is_ascii_digit()) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for word in &words {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.clone()),
        }
    }
    lines
}

impl Renderer {
    pub fn new() -> Self {
        let mut db = usvg::fontdb::Database::new();
        for font in FONTS {
            db.load_font_data(font.to_vec());
        }
        let options = usvg::Options { font_family: FAMILY.into(), fontdb: Arc::new(db), ..usvg::Options::default() };
        Renderer { options }
    }

    /// The card as SVG: dark and quiet, a candle, the date, the years, the line and the day's name.
    pub fn svg(&self, text: &CardText) -> String {
        let centre = SIZE / 2;
        let mut body = String::new();
        let mut line = |y: u32, size: u32, weight: &str, fill: &str, words: &str| {
            body.push_str(&format!(
                r#"<text x="{centre}" y="{y}" font-family="{FAMILY}" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="middle">{}</text>"#,
                escape(words)
            ));
        };
        line(610, 64, "bold", "#f2efe8", &text.date);
        line(700, 46, "normal", "#d9b26f", &text.years);
        // About 34 characters of 42 px DejaVu fit between the margins.
        let lines = wrap(&text.line, 34);
        for (i, words) in lines.iter().take(3).enumerate() {
            line(800 + 56 * i as u32, 42, "normal", "#f2efe8", words);
        }
        line(1010, 34, "normal", "#9aa0a8", &text.footer);
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1b1e24"/><stop offset="1" stop-color="#0e0f12"/></linearGradient>
<radialGradient id="glow" cx="540" cy="250" r="260" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#f5c26b" stop-opacity="0.35"/><stop offset="1" stop-color="#f5c26b" stop-opacity="0"/></radialGradient>
<linearGradient id="flame" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff4c2"/><stop offset="0.6" stop-color="#f6b04a"/><stop offset="1" stop-color="#c8452b"/></linearGradient>
</defs>
<rect width="{SIZE}" height="{SIZE}" fill="url(#bg)"/>
<circle cx="540" cy="250" r="260" fill="url(#glow)"/>
<path d="M540 150 C 575 205 585 240 565 275 C 555 292 525 292 515 275 C 495 240 505 205 540 150 Z" fill="url(#flame)"/>
<rect x="537" y="285" width="6" height="22" fill="#3a2a1a"/>
<rect x="500" y="305" width="80" height="200" rx="6" fill="#ece4d4"/>
<rect x="500" y="305" width="80" height="14" rx="6" fill="#d8cdb8"/>
<rect x="440" y="500" width="200" height="14" rx="7" fill="#5a4a3a"/>
<rect x="390" y="950" width="300" height="2" fill="#8b1e1e"/>
{body}
</svg>"##
        )
    }

    /// The card as PNG bytes.
    pub fn png(&self, text: &CardText) -> Result<Vec<u8>, CardError> {
        encode(&self.pixmap(text)?)
    }

    /// The card drawn, before encoding.
    pub fn pixmap(&self, text: &CardText) -> Result<tiny_skia::Pixmap, CardError> {
        let tree = usvg::Tree::from_str(&self.svg(text), &self.options).map_err(|e| CardError::Svg(e.to_string()))?;
        let mut pixmap = tiny_skia::Pixmap::new(SIZE, SIZE).ok_or_else(|| CardError::Png("no pixmap".into()))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        Ok(pixmap)
    }
}

/// PNG of an opaque card: RGB without the alpha channel, fast compression. The picture is flat
/// colour and gradients, so the fast setting costs a few kilobytes and saves most of the time.
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, CardError> {
    let rgb: Vec<u8> = pixmap.data().chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut out = Vec::with_capacity(128 * 1024);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let png_error = |e: png::EncodingError| CardError::Png(e.to_string());
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&rgb).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

/// Which card: its language and the Baku day it was drawn for (the years passed change only on
/// 20 January, but a day is the simplest key that is always right).
pub type CardKey = (Lang, NaiveDate);

/// Cards rendered once per language and day, and the id Telegram gave each upload, so that a card
/// is uploaded once and then sent by its id.
pub struct Cards {
    brain: Arc<Brain>,
    renderer: OnceLock<Renderer>,
    png: Mutex<HashMap<CardKey, Arc<Vec<u8>>>>,
    uploaded: Mutex<HashMap<CardKey, String>>,
}

impl std::fmt::Debug for Cards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cards").finish_non_exhaustive()
    }
}

impl Cards {
    pub fn new(brain: Arc<Brain>) -> Self {
        Cards { brain, renderer: OnceLock::new(), png: Mutex::default(), uploaded: Mutex::default() }
    }

    pub fn key(lang: Lang, now: DateTime<Utc>) -> CardKey {
        (lang, now.with_timezone(&BAKU).date_naive())
    }

    /// The PNG of a card, drawn on first use that day.
    pub fn png(&self, key: CardKey) -> Result<Arc<Vec<u8>>, CardError> {
        if let Some(png) = self.png.lock().ok().and_then(|cache| cache.get(&key).cloned()) {
            return Ok(png);
        }
        // Noon in Baku of the card's day: the years passed are those of that day.
        let noon = key.1.and_hms_opt(12, 0, 0).and_then(|t| t.and_local_timezone(BAKU).earliest());
        let now = noon.map_or_else(Utc::now, |t| t.with_timezone(&Utc));
        let text = CardText::new(&self.brain, key.0, now);
        let png = Arc::new(self.renderer.get_or_init(Renderer::new).png(&text)?);
        if let Ok(mut cache) = self.png.lock() {
            // Yesterday's cards are never shown again.
            cache.retain(|(_, day), _| *day == key.1);
            cache.insert(key, png.clone());
        }
        Ok(png)
    }

    /// The id of an earlier upload of this card, to send instead of the bytes.
    pub fn uploaded(&self, key: CardKey) -> Option<String> {
        self.uploaded.lock().ok()?.get(&key).cloned()
    }

    pub fn remember_upload(&self, key: CardKey, file_id: String) {
        if let Ok(mut ids) = self.uploaded.lock() {
            ids.retain(|(_, day), _| *day == key.1);
            ids.insert(key, file_id);
        }
    }

    /// Forgets an id Telegram no longer accepts.
    pub fn forget_upload(&self, key: CardKey) {
        if let Ok(mut ids) = self.uploaded.lock() {
            ids.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert!(wrap("", 5).is_empty());
        assert_eq!(wrap("tragedii 20 Января", 12), ["tragedii", "20 Января"]);
    }

    #[test]
    fn the_font_covers_the_three_languages() {
        assert!(missing_glyphs("Əə Ğğ Iı İi Şş Çç Öö Üü Ёё Жж Щщ Ъъ “”’«»—–").is_empty());
        assert_eq!(missing_glyphs("a\u{10FFFD}"), ['\u{10FFFD}']);
    }
}
