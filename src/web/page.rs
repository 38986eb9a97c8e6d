//! The memorial page as server-rendered HTML in one language: every word from the locales, every
//! figure and date from data/, readable with scripts off. The script (assets/app/app.js) finds its
//! words and instants in data attributes here. Links are relative, so the page works behind a
//! proxy that serves it under another path.

use std::fmt::Write;

use chrono::{DateTime, Utc};

use super::clock::{self, Silence};
use super::memorial::{Memorial, Shown};
use crate::answer::Brain;
use crate::calendar::BAKU;
use crate::i18n::{self, Lang};
use crate::knowledge;

/// Everything one rendering of the page depends on.
#[derive(Debug, Clone, Copy)]
pub struct PageInput<'a> {
    pub brain: &'a Brain,
    pub memorial: &'a Memorial,
    pub lang: Lang,
    pub now: DateTime<Utc>,
    /// Candles lit this year.
    pub candles: i64,
    /// The bot's username, for the link shared into a chat.
    pub bot: Option<&'a str>,
    /// Changes with the style and the script, so that a browser never keeps an old one.
    pub version: &'a str,
}

pub use crate::html::escape;

/// The whole page.
pub fn render(input: &PageInput<'_>) -> String {
    let mut html = String::with_capacity(24 * 1024);
    head(&mut html, input);
    header(&mut html, input);
    countdown(&mut html, input);
    candle(&mut html, input);
    let brain = input.brain;
    let timeline_heading = brain.text(input.lang, "app-timeline-heading");
    list(&mut html, "timeline", &timeline_heading, "ol", &input.memorial.timeline[input.lang]);
    let figures_heading = brain.text(input.lang, "app-figures-heading");
    list(&mut html, "figures", &figures_heading, "ul", &input.memorial.figures[input.lang]);
    card(&mut html, input);
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn head(html: &mut String, input: &PageInput<'_>) {
    let (brain, lang, v) = (input.brain, input.lang, input.version);
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"stylesheet\" href=\"app/app.css?v={v}\">\n<script src=\"app/app.js?v={v}\" defer></script>\n\
         </head>\n<body>\n",
        code = lang.code(),
        title = escape(&brain.text(lang, "app-title")),
        description = escape(&brain.text(lang, "app-description")),
    );
}

/// The title, the date, the years passed and the language switch.
fn header(html: &mut String, input: &PageInput<'_>) {
    let (brain, lang) = (input.brain, input.lang);
    let _ = write!(
        html,
        "<main id=\"page\" data-lang=\"{code}\">\n<header>\n<nav class=\"langs\" aria-label=\"{label}\">",
        code = lang.code(),
        label = escape(&brain.text(lang, "app-languages")),
    );
    for other in Lang::ALL {
        let current = if other == lang { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            html,
            "<a href=\"?lang={code}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{name}</a>",
            code = other.code(),
            name = escape(&brain.language_name(other)),
        );
    }
    let years = brain.text_with(lang, "card-years", &[("years_passed", i18n::n(brain.moment(input.now).years_passed))]);
    let _ = write!(
        html,
        "</nav>\n<h1>{title}</h1>\n<p class=\"date\">{date}</p>\n<p class=\"years\">{years}</p>\n\
         <p class=\"line\">{line}</p>\n<noscript><p class=\"note\">{noscript}</p></noscript>\n</header>\n",
        title = escape(&brain.text(lang, "app-title")),
        date = escape(&brain.text(lang, "card-date")),
        years = escape(&years),
        line = escape(&brain.text(lang, "card-line")),
        noscript = escape(&brain.text(lang, "app-noscript")),
    );
}

/// The countdown as the bot says it, the day and hour of the silence on Baku time, and the live
/// clock and the reader's own time that the script fills in.
fn countdown(html: &mut String, input: &PageInput<'_>) {
    let (brain, lang, now) = (input.brain, input.lang, input.now);
    let topic = brain.knowledge.required_topic("countdown");
    let Silence { date, start, end } = clock::next_silence(brain, now);
    let when = brain.text_with(
        lang,
        "app-silence-when",
        &[("silence_date", i18n::s(knowledge::format_date(&brain.locales, lang, date, "date-full")))],
    );
    // The bot's own "12:00 in Baku — 09:00 in Berlin" line, for each day the reader's date may be
    // on; the script picks one and puts in the browser's place and time.
    let baku_time = start.with_timezone(&BAKU).format("%H:%M").to_string();
    let local_line = |day: &'static str| {
        let args = [
            ("baku_time", i18n::s(baku_time.clone())),
            ("local_time", i18n::s("%time%")),
            ("place", i18n::s("%place%")),
            ("day", i18n::s(day)),
        ];
        escape(&brain.text_with(lang, "local-time", &args))
    };
    let _ = write!(
        html,
        "<section id=\"countdown\" data-now=\"{now_ms}\" data-start=\"{start_ms}\" data-end=\"{end_ms}\" \
         data-baku=\"{baku}\" data-date=\"{date}\">\n\
         <h2>{title}</h2>\n<div id=\"countdown-text\">{text}</div>\n<div id=\"clock\" class=\"clock\" hidden>",
        now_ms = now.timestamp_millis(),
        start_ms = start.timestamp_millis(),
        end_ms = end.timestamp_millis(),
        baku = BAKU.name(),
        date = date,
        title = escape(&brain.topic_title(topic, lang)),
        text = paragraphs(&brain.topic_answer(topic, lang, now)),
    );
    for (unit, message, variable) in clock::UNITS {
        let _ = write!(html, "<span class=\"unit\"><b data-unit=\"{unit}\">0</b><small");
        for (category, form) in clock::unit_forms(brain, lang, message, variable) {
            let _ = write!(html, " data-{category}=\"{}\"", escape(&form));
        }
        html.push_str("></small></span>");
    }
    let _ = write!(
        html,
        "</div>\n<p class=\"baku\">{when}</p>\n<p id=\"local-time\" data-same=\"{same}\" data-before=\"{before}\" \
         data-after=\"{after}\" hidden></p>\n</section>\n",
        when = escape(&when),
        same = local_line("same"),
        before = local_line("before"),
        after = local_line("after"),
    );
}

/// An answer of the bot as paragraphs (its lines; the last, after a blank line, names its sources).
fn paragraphs(text: &str) -> String {
    let (body, sources) = match text.rsplit_once("\n\n") {
        Some((body, last)) => (body, Some(last)),
        None => (text, None),
    };
    let mut html: String =
        body.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{}</p>", escape(l))).collect();
    if let Some(sources) = sources {
        let _ = write!(html, "<p class=\"source\">{}</p>", escape(sources));
    }
    html
}

/// The candle: the coming anniversary's count, and the button the script enables inside Telegram.
fn candle(html: &mut String, input: &PageInput<'_>) {
    let (brain, lang) = (input.brain, input.lang);
    let anniversary = i18n::n(brain.moment(input.now).anniversary_next);
    let count =
        brain.text_with(lang, "candle-count", &[("count", i18n::n(input.candles)), ("anniversary", anniversary)]);
    let _ = write!(
        html,
        "<section id=\"candle\" data-api=\"app/candle?lang={code}\" data-error=\"{error}\">\n<h2>{heading}</h2>\n\
         <p class=\"flame\" aria-hidden=\"true\"></p>\n<p class=\"count\"><output id=\"candle-count\">{n}</output></p>\n\
         <p id=\"candle-text\" aria-live=\"polite\">{count}</p>\n\
         <button id=\"candle-button\" type=\"button\" disabled>{button}</button>\n\
         <p id=\"candle-outside\" class=\"note\">{outside}</p>\n</section>\n",
        code = lang.code(),
        error = escape(&brain.text(lang, "error-generic")),
        heading = escape(&brain.text(lang, "app-candle-heading")),
        n = input.candles,
        count = escape(&count),
        button = escape(&brain.text(lang, "candle-button")),
        outside = escape(&brain.text(lang, "app-candle-outside")),
    );
}

/// The timeline or the figures: each item with its head, words and source.
fn list(html: &mut String, id: &str, heading: &str, tag: &str, items: &[Shown]) {
    let _ = write!(html, "<section id=\"{id}\">\n<h2>{}</h2>\n<{tag}>\n", escape(heading));
    for item in items {
        let head = if item.iso_date.is_empty() {
            format!("<strong>{}</strong>", escape(&item.head))
        } else {
            format!("<h3><time datetime=\"{}\">{}</time></h3>", item.iso_date, escape(&item.head))
        };
        let _ = writeln!(
            html,
            "<li>{head}<p>{}</p><p class=\"source\">{}</p></li>",
            escape(&item.text),
            escape(&item.source)
        );
    }
    let _ = write!(html, "</{tag}>\n</section>\n");
}

/// The card, and a link that shares the page into a chat (inside Telegram the script opens it as a
/// Telegram link, without leaving the app).
fn card(html: &mut String, input: &PageInput<'_>) {
    let (brain, lang) = (input.brain, input.lang);
    let line = brain.text(lang, "card-line");
    let share = input.bot.filter(|b| !b.is_empty()).map(|bot| {
        let target = format!("https://t.me/{bot}?startapp={}", lang.code());
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("url", &target)
            .append_pair("text", &line)
            .finish();
        format!(
            "<a id=\"share\" class=\"button\" href=\"https://t.me/share/url?{}\">{}</a>\n",
            escape(&query),
            escape(&brain.text(lang, "app-share"))
        )
    });
    let _ = write!(
        html,
        "<section id=\"card\">\n<h2>{heading}</h2>\n<a href=\"app/card.png?lang={code}\">\
         <img src=\"app/card.png?lang={code}\" width=\"1080\" height=\"1080\" alt=\"{alt}\"></a>\n{share}</section>\n",
        heading = escape(&brain.text(lang, "app-card-heading")),
        code = lang.code(),
        alt = escape(&line),
        share = share.unwrap_or_default(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_becomes_paragraphs_with_its_sources_apart() {
        assert_eq!(paragraphs("a\nb & c\n\nSource: X"), "<p>a</p><p>b &amp; c</p><p class=\"source\">Source: X</p>");
        assert_eq!(paragraphs("one"), "<p>one</p>");
    }

    #[test]
    fn escapes_what_html_needs() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
