//! The application's messages in Telegram's terms: HTML (every string escaped), inline keyboards,
//! and splitting at Telegram's limit.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo};

use crate::app::{Button, MAX_MESSAGE_UNITS as MAX_CHARS, PageLink, Text};

/// The HTML of a message's text: a topic answer gets its title in bold.
pub fn html(text: &Text) -> String {
    match text {
        Text::Plain(text) => escape(text),
        Text::Titled { lead: None, title, body } => titled(title, body),
        Text::Titled { lead: Some(lead), title, body } => format!("{}\n\n{}", escape(lead), titled(title, body)),
    }
}

/// Where a keyboard is shown. Telegram takes `web_app` buttons only in a private chat with the
/// bot; elsewhere (groups, channels, shared inline results) the memorial page opens through the
/// bot's link, `t.me/<bot>?startapp=<lang>` (its Main Mini App, set up with BotFather).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    Private,
    Elsewhere { bot: &'a str },
}

impl<'a> Shown<'a> {
    /// In the chat `chat_id`: private chats are the ones with positive ids.
    pub fn in_chat(chat_id: i64, bot: &'a str) -> Self {
        if chat_id > 0 { Shown::Private } else { Shown::Elsewhere { bot } }
    }
}

/// Rows of buttons as an inline keyboard; `None` when there are none.
pub fn keyboard(rows: &[Vec<Button>], shown: Shown<'_>) -> Option<InlineKeyboardMarkup> {
    (!rows.is_empty()).then(|| {
        InlineKeyboardMarkup::new(
            rows.iter().map(|row| row.iter().map(|b| inline_button(b, shown)).collect::<Vec<_>>()),
        )
    })
}

fn inline_button(button: &Button, shown: Shown<'_>) -> InlineKeyboardButton {
    match &button.page {
        None => InlineKeyboardButton::callback(button.label.clone(), button.data.clone()),
        Some(page) => page_button(button.label.clone(), page, shown),
    }
}

/// The button that opens the memorial page, as Telegram allows it where it is shown.
fn page_button(label: String, page: &PageLink, shown: Shown<'_>) -> InlineKeyboardButton {
    let page_url = url::Url::parse(&page.url).ok();
    let link = match shown {
        Shown::Elsewhere { bot } if !bot.is_empty() => {
            url::Url::parse(&format!("https://t.me/{bot}?startapp={}", page.lang.code())).ok()
        }
        // No username to link to: the page itself, opened in a browser.
        _ => page_url.clone(),
    };
    match (shown, page_url, link) {
        (Shown::Private, Some(url), _) => InlineKeyboardButton::web_app(label, WebAppInfo { url }),
        (_, _, Some(url)) => InlineKeyboardButton::url(label, url),
        // `PageLink::new` always makes a URL: never reached.
        _ => InlineKeyboardButton::callback(label, String::new()),
    }
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

pub use crate::html::escape;

/// A bold title over escaped text.
pub fn titled(title: &str, text: &str) -> String {
    format!("<b>{}</b>\n{}", escape(title), escape(text))
}

/// Splits HTML-escaped text into parts of at most `MAX_CHARS` UTF-16 units (counted on the
/// escaped text, which is never less than what Telegram counts after parsing), at line breaks where
/// possible, else at spaces, never inside an escape sequence or a tag.
pub fn split(html: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = html;
    while units(rest) > MAX_CHARS {
        let mut limit = 0;
        let mut used = 0;
        for (i, c) in rest.char_indices() {
            if used + c.len_utf16() > MAX_CHARS {
                break;
            }
            used += c.len_utf16();
            limit = i + c.len_utf8();
        }
        let window = &rest[..limit];
        let mut cut = window.rfind('\n').or_else(|| window.rfind(' ')).filter(|&i| i > limit / 2).unwrap_or(limit);
        // Step back out of an "&amp;" or a "<b>" that the cut would break.
        if let Some(amp) = window[..cut].rfind('&')
            && !window[amp..cut].contains(';')
        {
            cut = amp;
        }
        if let Some(lt) = window[..cut].rfind('<')
            && !window[lt..cut].contains('>')
        {
            cut = lt;
        }
        let (head, tail) = rest.split_at(cut);
        parts.push(head.trim_end().to_string());
        rest = tail.trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html() {
        assert_eq!(escape("<b>a & b</b>"), "&lt;b&gt;a &amp; b&lt;/b&gt;");
        assert_eq!(titled("<x>", "y&"), "<b>&lt;x&gt;</b>\ny&amp;");
    }

    #[test]
    fn splits_long_text_cleanly() {
        let text = escape(&"word & more <stuff>\n".repeat(1000));
        let parts = split(&text);
        assert!(parts.len() > 1);
        for part in &parts {
            assert!(units(part) <= MAX_CHARS);
            assert!(!part.ends_with('&') && part.matches('&').count() == part.matches(';').count());
        }
        assert_eq!(parts.concat().replace(['\n', ' '], ""), text.replace(['\n', ' '], ""));
        let unbroken = "я".repeat(9000);
        assert_eq!(split(&unbroken).iter().map(|p| p.chars().count()).collect::<Vec<_>>(), [4096, 4096, 808]);
        assert_eq!(split("short"), ["short"]);
        // Emoji take two UTF-16 units each, as Telegram counts them.
        let candles = "🕯".repeat(2100);
        assert_eq!(split(&candles).iter().map(|p| units(p)).collect::<Vec<_>>(), [4096, 104]);
    }
}
