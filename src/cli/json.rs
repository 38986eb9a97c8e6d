//! JSON strings written eight bytes at a time, escaped exactly as serde_json escapes them:
//! serde_json looks each byte up in a table, and the answers' texts (some 600 bytes a line, few
//! of them to escape) made that loop a tenth of the instructions of an `ask --json` batch, though
//! not of its time (BENCHMARKS.md, "Output, arenas and the Alley").

use std::io::{self, Write};

/// Writes `parts`, one after the other, as one JSON string. Escaping goes byte by byte, so the
/// parts need not be joined first.
pub fn write_str(out: &mut impl Write, parts: &[&str]) -> io::Result<()> {
    out.write_all(b"\"")?;
    for part in parts {
        write_contents(out, part.as_bytes())?;
    }
    out.write_all(b"\"")
}

/// The bytes of a string between its quotes: runs that need no escape are written whole.
fn write_contents(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    let (mut start, mut at) = (0, 0);
    loop {
        at += clean_words(&bytes[at..]);
        let Some(&byte) = bytes.get(at) else { break };
        if let Some(escaped) = escape(byte) {
            out.write_all(&bytes[start..at])?;
            out.write_all(escaped.as_bytes())?;
            start = at + 1;
        }
        at += 1;
    }
    out.write_all(&bytes[start..])
}

/// How many bytes at the start of `bytes` are whole words of eight with nothing to escape.
fn clean_words(bytes: &[u8]) -> usize {
    let words = bytes.chunks_exact(8).map(|word| u64::from_le_bytes(word.try_into().expect("8 bytes")));
    words.take_while(|&word| !any_to_escape(word)).count() * 8
}

/// Whether any of eight bytes is a control character, `"` or `\`. A byte below `n` is found by
/// the borrow it leaves when `n` is taken from each byte; a borrow only ever starts at such a
/// byte, so a clean word is never taken for one to escape (the other way round would only cost
/// a look byte by byte).
fn any_to_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (quote, backslash) = (word ^ (ONES * u64::from(b'"')), word ^ (ONES * u64::from(b'\\')));
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x;
    (below(word, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH != 0
}

/// A byte's escape, as serde_json writes it; `None` for a byte written as it is.
fn escape(byte: u8) -> Option<std::borrow::Cow<'static, str>> {
    Some(match byte {
        b'"' => "\\\"".into(),
        b'\\' => "\\\\".into(),
        b'\n' => "\\n".into(),
        b'\r' => "\\r".into(),
        b'\t' => "\\t".into(),
        0x08 => "\\b".into(),
        0x0C => "\\f".into(),
        0x00..0x20 => format!("\\u{byte:04x}").into(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(parts: &[&str]) -> String {
        let mut out = Vec::new();
        write_str(&mut out, parts).expect("a Vec takes any write");
        String::from_utf8(out).expect("escaped UTF-8 stays UTF-8")
    }

    #[test]
    fn strings_come_out_as_serde_json_writes_them() {
        let mut samples: Vec<String> = (0u32..0x300).filter_map(char::from_u32).map(String::from).collect();
        samples.extend(
            ["", "\"\\\"", "ab\ncd\r\tef\u{7}gh\u{1f}", "Bakı — «20 Yanvar»\n\nМенбə: \"News.az\"\\"].map(String::from),
        );
        let every: String = samples.concat();
        samples.push(every.clone());
        // Every alignment of an escape within a word of eight.
        samples.extend((0..9).map(|n| format!("{}\"{}\n", "ə".repeat(n), "x".repeat(n))));
        for sample in &samples {
            assert_eq!(written(&[sample]), serde_json::to_string(sample).expect("a string"), "{sample:?}");
        }
        assert_eq!(
            written(&["lead", "\n\n", every.as_str()]),
            serde_json::to_string(&format!("lead\n\n{every}")).expect("a string")
        );
    }
}
