//! `multipart/form-data` bodies (teloxide always sends uploads that way) decoded back into the
//! JSON params they stand for.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::spec::spec;

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `(name, filename, content)` of one part of a `multipart/form-data` body.
pub(super) type Part = (String, Option<String>, Vec<u8>);

pub(super) fn parse_multipart(content_type: &str, body: &[u8]) -> Option<Vec<Part>> {
    let attr = |header: &str, key: &str| -> Option<String> {
        header
            .split(';')
            .map(str::trim)
            .find_map(|p| Some(p.strip_prefix(key)?.strip_prefix('=')?.trim_matches('"').to_owned()))
    };
    let boundary = attr(content_type, "boundary")?;
    let delim = format!("--{boundary}").into_bytes();
    let mut rest = &body[find(body, &delim)? + delim.len()..];
    let mut parts = Vec::new();
    while !rest.starts_with(b"--") {
        let next = find(rest, &delim)?;
        let seg = &rest[..next];
        let seg = seg.strip_prefix(b"\r\n").unwrap_or(seg);
        let seg = seg.strip_suffix(b"\r\n").unwrap_or(seg);
        let split = find(seg, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&seg[..split]);
        let disposition = headers.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        parts.push((attr(disposition, "name")?, attr(disposition, "filename"), seg[split + 4..].to_vec()));
        rest = &rest[next + delim.len()..];
    }
    Some(parts)
}

/// Turns multipart fields back into JSON params as teloxide meant them: text
/// fields are JSON-decoded when that fits the documented type (numbers, bools,
/// nested objects are sent as JSON text); an upload (teloxide sends
/// `"attach://ID"` plus a file part `ID`) becomes `"<uploaded file NAME>"`;
/// file parts referenced from nested JSON (media groups) are dropped.
pub(super) fn multipart_params(method: &str, parts: Vec<Part>) -> Value {
    let files: HashMap<String, String> =
        parts.iter().filter_map(|(n, f, _)| Some((format!("attach://{n}"), f.clone()?))).collect();
    let texts: Vec<String> =
        parts.iter().filter(|(_, f, _)| f.is_none()).map(|(_, _, c)| String::from_utf8_lossy(c).into_owned()).collect();
    let spec = spec();
    let mut map = Map::new();
    for (name, filename, content) in parts {
        if let Some(f) = filename {
            let attach = format!("attach://{name}");
            if !texts.iter().any(|t| t.contains(&attach)) {
                map.insert(name, json!(format!("<uploaded file {f}>")));
            }
            continue;
        }
        let text = String::from_utf8_lossy(&content).into_owned();
        if let Some(f) = files.get(&text) {
            map.insert(name, json!(format!("<uploaded file {f}>")));
            continue;
        }
        let types: Vec<String> = spec
            .methods
            .get(method)
            .and_then(|m| m.fields.iter().find(|f| f.name == name))
            .map(|f| f.types.clone())
            .unwrap_or_default();
        let value = match serde_json::from_str::<Value>(&text) {
            Ok(v) if !v.is_string() && spec.check_alternatives(&types, &v, &name).is_empty() => v,
            Ok(v) if !spec.check_alternatives(&types, &json!(text), &name).is_empty() => v,
            _ => json!(text),
        };
        map.insert(name, value);
    }
    Value::Object(map)
}
