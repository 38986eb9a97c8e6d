//! What a reviewer reads in `chat` that the terminal alone shapes: the late reminder's /status
//! line, which only `--late` lets the terminal show.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn chat(args: &[&str], stdin: &[u8]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_january20-bot"))
        .arg("chat")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out: Output = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// At 12:05 on the day a chat that subscribes hears, with `--late`, that the minute-of-silence
/// reminder is on its way; without it the terminal has "delivered" it and names next year's eve.
#[test]
fn chat_late_shows_the_reminder_on_its_way() {
    let at = "2027-01-20T12:05:00+04:00";
    let input = b"/subscribe\n1\n/status\n";
    let late = chat(&["--lang", "en", "--no-flood", "--late", "--now", at], input);
    assert!(late.contains("has not reached this chat yet, but it is on its way"), "{late}");
    let delivered = chat(&["--lang", "en", "--no-flood", "--now", at], input);
    assert!(!delivered.contains("on its way") && delivered.contains("2028"), "{delivered}");
    // After the late window the reminder is gone even with --late.
    let after = chat(&["--lang", "en", "--no-flood", "--late", "--now", "2027-01-20T12:30:00+04:00"], input);
    assert!(!after.contains("on its way"), "{after}");
}
