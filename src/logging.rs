//! The one way out for every log line and every error the program prints: secrets masked, and no
//! line longer than a few KB. An error can hold a URL or a response body, and a Bot API URL holds
//! the token in its path (a page that answers "Cannot POST /bot123:ABC…/getMe" gives it back), so
//! masking where each error is made would miss the next one; masking where text leaves does not.

use std::io::Write;
use std::sync::RwLock;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// The longest line written; the rest is cut, with a note of how much (a 1.9 MB body became one
/// 1.9 MB line once).
pub const MAX_LINE: usize = 4096;

/// What stands for a masked secret.
const MASK: &str = "***";

static SECRETS: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Masks `secret` (a token, a webhook secret, a password) wherever it appears from now on.
pub fn register_secret(secret: &str) {
    let secret = secret.trim();
    // A very short value would mask ordinary words; such secrets are refused elsewhere anyway.
    if secret.len() >= 8 {
        let mut secrets = SECRETS.write().unwrap_or_else(|e| e.into_inner());
        if !secrets.iter().any(|s| s == secret) {
            secrets.push(secret.to_string());
        }
    }
}

/// `text` with every registered secret, and anything shaped like a bot token (digits, a colon,
/// 20 or more letters, digits, `_` or `-`), masked.
pub fn redact(text: &str) -> String {
    let mut text = mask_token_shapes(text);
    for secret in SECRETS.read().unwrap_or_else(|e| e.into_inner()).iter() {
        if text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), MASK);
        }
    }
    text
}

/// Bot tokens are `<bot id>:<35 characters>`; a token registered nowhere (another bot's, or one
/// read before registration) is caught by its shape.
fn mask_token_shapes(text: &str) -> String {
    let bytes = text.as_bytes();
    let tail = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (colon, _) in text.match_indices(':') {
        let digits = bytes[..colon].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let rest = bytes[colon + 1..].iter().take_while(|&&b| tail(b)).count();
        let start = colon - digits;
        if digits >= 3 && rest >= 20 && start >= copied {
            out.push_str(&text[copied..start]);
            out.push_str(MASK);
            copied = colon + 1 + rest;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// `line` masked and cut to `MAX_LINE` bytes (on a character boundary), its end kept.
pub fn clean_line(line: &str) -> String {
    let mut line = redact(line);
    if line.len() > MAX_LINE {
        let newline = line.ends_with('\n');
        let mut cut = MAX_LINE;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let dropped = line.len() - cut;
        line.truncate(cut);
        line.push_str(&format!(" … ({dropped} bytes cut)"));
        if newline {
            line.push('\n');
        }
    }
    line
}

/// Logs to standard error through `clean_line`, filtered by `RUST_LOG` (default `info`).
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only for a person at a terminal: a log file or the journal would keep the escapes.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(CleanStderr).init();
}

/// Gives each log event a buffer of its own, cleaned and written at once when the event is done.
struct CleanStderr;

impl<'a> MakeWriter<'a> for CleanStderr {
    type Writer = EventBuffer;

    fn make_writer(&'a self) -> EventBuffer {
        EventBuffer(Vec::new())
    }
}

struct EventBuffer(Vec<u8>);

impl Write for EventBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for EventBuffer {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            let line = clean_line(&String::from_utf8_lossy(&self.0));
            let _ = std::io::stderr().lock().write_all(line.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_masked_by_shape_and_registered_secrets_by_value() {
        let page = r#"raw: "Cannot POST /bot123456:AAHk-abcdefghijklmnopqrstuvwxyz_0123/SetWebhook""#;
        assert_eq!(redact(page), r#"raw: "Cannot POST /bot***/SetWebhook""#);
        for kept in ["12:00:00", "at 2027-01-20T12:00:00+04:00", "127.0.0.1:8443", "1:abc"] {
            assert_eq!(redact(kept), kept);
        }
        register_secret("a-webhook-secret-0123456789");
        assert_eq!(redact("secret a-webhook-secret-0123456789!"), "secret ***!");
    }

    #[test]
    fn long_lines_are_cut_on_a_character_boundary_keeping_the_newline() {
        let line = format!("{}\n", "ə".repeat(5000));
        let clean = clean_line(&line);
        assert!(clean.len() < MAX_LINE + 40, "{}", clean.len());
        assert!(clean.ends_with("bytes cut)\n"), "{}", &clean[clean.len() - 30..]);
    }
}
