//! What Telegram would refuse or frown at in a request: the description's types, then lengths,
//! HTML entities, inline keyboards and bot commands.

use serde_json::{Map, Value};

use super::spec::{describe, spec};

/// A problem with a request: always recorded as a violation; `reject` is the
/// error Telegram itself would answer with (if it would refuse the request).
pub(super) struct Problem {
    pub(super) message: String,
    pub(super) reject: Option<(u16, String)>,
}

pub(super) fn bad(message: String, description: impl Into<String>) -> Problem {
    Problem { message, reject: Some((400, format!("Bad Request: {}", description.into()))) }
}

pub(super) fn note(message: String) -> Problem {
    Problem { message, reject: None }
}

pub(super) fn validate_request(method: &str, params: &Map<String, Value>) -> Vec<Problem> {
    let spec = spec();
    let Some(m) = spec.methods.get(method) else {
        return vec![Problem {
            message: format!("{method}: unknown Bot API method"),
            reject: Some((404, "Not Found".into())),
        }];
    };
    let mut out = Vec::new();
    for (k, v) in params {
        match m.fields.iter().find(|f| f.name == *k) {
            None => out.push(note(format!("{method}: unknown parameter {k:?} = {}", describe(v)))),
            Some(f) if v.is_null() && !f.required => {}
            Some(f) => {
                for e in spec.check_alternatives(&f.types, v, k) {
                    out.push(bad(format!("{method}: {e}"), format!("invalid parameter {k:?}: {e}")));
                }
            }
        }
    }
    for f in m.fields.iter().filter(|f| f.required) {
        if params.get(&f.name).is_none_or(Value::is_null) {
            let desc =
                if f.name == "text" { "message text is empty".to_owned() } else { format!("{} is empty", f.name) };
            out.push(bad(format!("{method}: required parameter {:?} is missing", f.name), desc));
        }
    }
    check_semantics(method, params, &mut out);
    out
}

pub(super) fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Length checks, HTML well-formedness, inline keyboards, bot commands.
pub(super) fn check_semantics(method: &str, p: &Map<String, Value>, out: &mut Vec<Problem>) {
    let parse_mode = p.get("parse_mode").and_then(Value::as_str);
    if let Some(pm) = parse_mode
        && !matches!(pm, "HTML" | "MarkdownV2" | "Markdown")
    {
        out.push(bad(format!("{method}: unsupported parse_mode {pm:?}"), format!("unsupported parse_mode {pm:?}")));
    }
    let mut check_text = |field: &str, min: usize, max: usize, too_long: &str| {
        let Some(raw) = p.get(field).and_then(Value::as_str) else { return };
        let plain = if parse_mode == Some("HTML") {
            match parse_html(raw) {
                Ok((plain, warnings)) => {
                    out.extend(warnings.into_iter().map(|w| note(format!("{method}: {field}: {w}"))));
                    plain
                }
                Err(e) => {
                    let msg = format!("can't parse entities: {e}");
                    out.push(bad(format!("{method}: {field}: {msg}"), msg));
                    return;
                }
            }
        } else {
            raw.to_owned()
        };
        let len = utf16_len(&plain);
        if min > 0 && plain.trim().is_empty() {
            out.push(bad(format!("{method}: {field} is empty after entity parsing"), "message text is empty"));
        } else if len > max {
            out.push(bad(format!("{method}: {field} is {len} UTF-16 units long (max {max})"), too_long));
        }
    };
    match method {
        "sendMessage" => check_text("text", 1, 4096, "message is too long"),
        "editMessageText" => check_text("text", 1, 4096, "MESSAGE_TOO_LONG"),
        _ => {}
    }
    check_text("caption", 0, 1024, "message caption is too long");
    let max_len = |field: &str, max: usize| -> Option<Problem> {
        let s = p.get(field)?.as_str()?;
        let n = s.chars().count();
        (n > max).then(|| {
            bad(format!("{method}: {field} is {n} characters long (max {max})"), format!("{field} is too long"))
        })
    };
    let limit = match method {
        "answerCallbackQuery" => max_len("text", 200),
        "setMyDescription" => max_len("description", 512),
        "setMyShortDescription" => max_len("short_description", 120),
        "setMyName" => max_len("name", 64),
        _ => None,
    };
    out.extend(limit);
    if method == "setMyCommands"
        && let Some(cmds) = p.get("commands").and_then(Value::as_array)
    {
        if cmds.len() > 100 {
            out.push(bad(format!("{method}: {} commands (max 100)", cmds.len()), "too many commands"));
        }
        for c in cmds {
            let name = c.get("command").and_then(Value::as_str).unwrap_or_default();
            let valid = (1..=32).contains(&name.len())
                && name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            if !valid {
                out.push(bad(format!("{method}: invalid command name {name:?}"), "BOT_COMMAND_INVALID"));
            }
            let desc = c.get("description").and_then(Value::as_str).unwrap_or_default();
            if !(1..=256).contains(&desc.chars().count()) {
                out.push(bad(
                    format!("{method}: command {name:?} description must be 1..=256 characters"),
                    "command description is invalid",
                ));
            }
        }
    }
    for v in p.values() {
        check_keyboards(method, v, out);
    }
}

/// Finds every `inline_keyboard` in `v` and checks its buttons.
pub(super) fn check_keyboards(method: &str, v: &Value, out: &mut Vec<Problem>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| check_keyboards(method, x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                if k == "inline_keyboard" {
                    let buttons = x.as_array().into_iter().flatten().filter_map(Value::as_array).flatten();
                    for b in buttons {
                        check_inline_button(method, b, out);
                    }
                } else {
                    check_keyboards(method, x, out);
                }
            }
        }
        _ => {}
    }
}

pub(super) fn check_inline_button(method: &str, b: &Value, out: &mut Vec<Problem>) {
    let Some(obj) = b.as_object() else { return };
    let label = obj.get("text").and_then(Value::as_str).unwrap_or_default();
    if label.trim().is_empty() {
        out.push(bad(format!("{method}: inline button with empty text"), "BUTTON_TEXT_INVALID"));
    }
    let actions: Vec<&String> =
        obj.keys().filter(|k| !matches!(k.as_str(), "text" | "icon_custom_emoji_id" | "style")).collect();
    if actions.len() != 1 {
        out.push(bad(
            format!("{method}: inline button {label:?} must have exactly one action field, has {actions:?}"),
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ));
    }
    if let Some(data) = obj.get("callback_data").and_then(Value::as_str)
        && !(1..=64).contains(&data.len())
    {
        out.push(bad(
            format!("{method}: callback_data {data:?} is {} bytes (must be 1..=64)", data.len()),
            "BUTTON_DATA_INVALID",
        ));
    }
}

/// Where the tag that `rest` opens with ends (its `>`), skipping `>` inside quoted attributes.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (j, ch) in rest.char_indices().skip(1) {
        match (quote, ch) {
            (Some(q), ch) if ch == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(ch),
            (None, '>') => return Some(j),
            _ => {}
        }
    }
    None
}

/// Parses Telegram-flavoured HTML: returns the plain text plus soft warnings
/// (unescaped `&`/`>`), or the reason Telegram would refuse it.
pub fn parse_html(s: &str) -> Result<(String, Vec<String>), String> {
    const TAGS: &str = "b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote tg-time";
    let mut out = String::with_capacity(s.len());
    let mut warnings = Vec::new();
    let mut stack: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let c = rest.chars().next().expect("non-empty");
        match c {
            '<' => {
                let Some(end) = tag_end(rest) else { return Err(format!("Unclosed start tag at byte offset {i}")) };
                let inner = &rest[1..end];
                if let Some(closing) = inner.strip_prefix('/') {
                    let name = closing.trim().to_ascii_lowercase();
                    match stack.pop() {
                        Some(open) if open == name => {}
                        Some(open) => {
                            return Err(format!(
                                "Can't find end tag corresponding to start tag \"{open}\" (found </{name}> at byte offset {i})"
                            ));
                        }
                        None => return Err(format!("Unexpected end tag at byte offset {i}")),
                    }
                } else {
                    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
                    let name = inner[..name_end].to_ascii_lowercase();
                    let Some(tag) = TAGS.split(' ').find(|t| *t == name) else {
                        return Err(format!("Unsupported start tag \"{}\" at byte offset {i}", &inner[..name_end]));
                    };
                    let attrs = &inner[name_end..];
                    if tag == "span" && !attrs.contains("tg-spoiler") {
                        return Err(format!("Tag \"span\" must have class \"tg-spoiler\" at byte offset {i}"));
                    }
                    if tag == "a" && !attrs.contains("href") {
                        warnings.push(format!("<a> without href at byte offset {i}"));
                    }
                    stack.push(tag);
                }
                i += end + 1;
            }
            '&' => {
                let semi = rest[1..].find(';').map(|p| p + 1).filter(|p| *p <= 10);
                match semi.and_then(|p| decode_entity(&rest[1..p]).map(|ch| (p, ch))) {
                    Some((p, ch)) => {
                        out.push(ch);
                        i += p + 1;
                    }
                    None => {
                        warnings.push(format!("unescaped '&' at byte offset {i} (must be &amp;)"));
                        out.push('&');
                        i += 1;
                    }
                }
            }
            '>' => {
                warnings.push(format!("unescaped '>' at byte offset {i} (must be &gt;)"));
                out.push('>');
                i += 1;
            }
            _ => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("Can't find end tag corresponding to start tag \"{open}\""));
    }
    Ok((out, warnings))
}

pub(super) fn decode_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}
