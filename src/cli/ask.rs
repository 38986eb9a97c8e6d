//! `ask`: one answer per question, from the arguments or from standard input, as text or JSON.

use std::io::{BufRead, Write};

use chrono::{DateTime, Utc};

use crate::answer::{Brain, MAX_QUESTION_CHARS, Reply, ReplyKind};
use crate::i18n::Lang;

use super::json;

/// Writes a reply as one output line. As JSON its fields are, in this order: `lang`; `topic`,
/// the topic answered (null unless the outcome is an answer); `outcome`, "answer",
/// "did_you_mean" or "out_of_scope"; `candidates`, the topics a "did you mean" offers, best first
/// (empty otherwise); `confidence`; `text`. They are written straight into `out`, the strings by
/// `json` (copying every answer into a string of its own first took about 3% of a batch's time,
/// and escaping it a byte at a time a tenth of its instructions: BENCHMARKS.md).
pub fn render(brain: &Brain, reply: &Reply, json: bool, out: &mut impl Write) -> std::io::Result<()> {
    if json {
        let name = |t| brain.knowledge.topic(t).id.as_str();
        out.write_all(b"{\"lang\":")?;
        json::write_str(out, &[reply.lang.code()])?;
        out.write_all(b",\"topic\":")?;
        match reply.topic {
            Some(topic) => json::write_str(out, &[name(topic)])?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\"outcome\":")?;
        json::write_str(out, &[reply.kind.name()])?;
        out.write_all(b",\"candidates\":[")?;
        for (i, &topic) in reply.candidates.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            json::write_str(out, &[name(topic)])?;
        }
        out.write_all(b"],\"confidence\":")?;
        serde_json::to_writer(&mut *out, &reply.confidence).map_err(std::io::Error::other)?;
        out.write_all(b",\"text\":")?;
        json::write_str(out, &reply.text_parts())?;
        out.write_all(b"}")?;
    } else {
        // One line per question, so that batch output lines up with its input; the topics
        // offered (buttons in Telegram) follow as a list.
        out.write_all(reply.full_text().replace('\n', " ").as_bytes())?;
        let menu = if reply.kind == ReplyKind::OutOfScope { brain.menu_topics() } else { Vec::new() };
        for &topic in reply.candidates.iter().chain(&menu) {
            write!(out, " • {}", brain.topic_title(topic, reply.lang))?;
        }
    }
    writeln!(out)
}

pub fn run(
    brain: &Brain,
    lang: Option<Lang>,
    now: DateTime<Utc>,
    json: bool,
    explain: bool,
    question: Vec<String>,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let fallback = lang.unwrap_or(Lang::En);
    if !question.is_empty() {
        let question = question.join(" ");
        let reply = today_first(brain, brain.ask(&question, fallback, lang, now), &question, now);
        render(brain, &reply, json, &mut out)?;
        if explain {
            print_explanation(brain, &question, &mut out)?;
        }
        return Ok(());
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    loop {
        line.clear();
        // Read at most a little more than the longest question per line, so that a huge line
        // cannot exhaust memory; the rest of it is skipped.
        let read = read_line_capped(&mut input, &mut line, MAX_QUESTION_CHARS * 4 + 8)?;
        if read == 0 {
            break;
        }
        let reply = match std::str::from_utf8(&line) {
            Ok(text) => {
                today_first(brain, brain.ask(text.trim_end_matches(['\n', '\r']), fallback, lang, now), text, now)
            }
            Err(_) => {
                let lang = lang.unwrap_or(fallback);
                Reply::plain(lang, ReplyKind::Empty, brain.text(lang, "invalid-text"))
            }
        };
        render(brain, &reply, json, &mut out)?;
        if explain {
            print_explanation(brain, &String::from_utf8_lossy(&line), &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn print_explanation(brain: &Brain, question: &str, out: &mut impl Write) -> std::io::Result<()> {
    for line in brain.understander.explain(question, &brain.knowledge.topic_names()) {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

/// Reads one line (through '\n') keeping at most `cap` bytes of it; returns the bytes consumed.
/// A line longer than `cap` keeps its first `cap` bytes plus one marker byte past the limit, so
/// the caller sees it as too long (a cut in the middle of a character reads as invalid UTF-8,
/// so the cut is moved back to a character boundary).
fn read_line_capped(input: &mut impl BufRead, line: &mut Vec<u8>, cap: usize) -> std::io::Result<usize> {
    let mut consumed = 0;
    let mut truncated = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = cap.saturating_sub(line.len());
        if chunk.len() > room {
            truncated = true;
        }
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        consumed += used;
        input.consume(used);
        if done {
            break;
        }
    }
    if truncated {
        while !line.is_empty() && std::str::from_utf8(line).is_err() {
            line.pop();
        }
        // Pad past the limit in characters, whatever the text was.
        line.extend(std::iter::repeat_n(b'x', MAX_QUESTION_CHARS + 1));
    }
    Ok(consumed)
}

/// "What's the date today?": Baku's date and hour above the countdown, as a chat without a time
/// zone has it.
fn today_first(brain: &Brain, mut reply: Reply, question: &str, now: DateTime<Utc>) -> Reply {
    if reply.topic.is_some_and(|t| crate::local_time::answers_today(brain, question, t)) {
        reply.lead = Some(crate::local_time::today_line(brain, reply.lang, now, None));
    }
    reply
}
