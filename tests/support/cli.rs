//! The binary as a script runs it, for tests/cli*.rs (by `#[path]`): arguments and stdin in,
//! output back, and a database file of its own for each test. Each file uses only part of it.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub fn bot(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_january20-bot"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

pub fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output).lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect()
}

/// A database file for one test, removed (with its WAL files) before and after.
pub struct TempDb(String);

impl TempDb {
    pub fn new(name: &str) -> Self {
        let db = TempDb(format!("{}/january20-cli-{name}-{}.db", std::env::temp_dir().display(), std::process::id()));
        db.remove();
        db
    }

    pub fn path(&self) -> &str {
        &self.0
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0));
        }
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        self.remove();
    }
}
