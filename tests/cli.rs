//! The command line as scripts use it: output shapes, exit codes and bad input. `chat`, the
//! terminal conversation, is in tests/cli_chat.rs.

// Not in support/mod.rs: examples include that module, and they have no binary to run.
#[path = "support/cli.rs"]
mod cli;

use std::process::{Command, Stdio};

use cli::*;
use january20_bot::answer::Brain;

#[test]
fn ask_json_has_the_contract_fields() {
    let out = bot(&["ask", "--json", "Сколько человек погибло?"], None);
    assert!(out.status.success());
    let v = &json_lines(&out)[0];
    assert_eq!(v["lang"], "ru");
    assert_eq!(v["topic"], "casualties");
    assert!(v["confidence"].as_f64().unwrap() > 0.5);
    assert!(v["text"].as_str().unwrap().contains("131"));
}

#[test]
fn ask_with_lang_answers_in_that_language() {
    let out = bot(&["ask", "--lang", "az", "--json", "How many people were arrested?"], None);
    let v = &json_lines(&out)[0];
    assert_eq!((v["lang"].as_str(), v["topic"].as_str()), (Some("az"), Some("arrests")));
    assert!(v["text"].as_str().unwrap().contains("841"));
}

#[test]
fn batch_goes_on_after_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(b"How many people were killed?\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"   \n");
    input.extend_from_slice(b"\xff\xfe not utf-8\n");
    input.extend_from_slice("q".repeat(100_000).as_bytes());
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"\x01\x02\x1b[31m who ordered the troops\n");
    input.extend_from_slice("Сколько лет прошло?".as_bytes());
    let out = bot(&["ask", "--json", "--now", "2027-01-20T12:00:00+04:00"], Some(&input));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 7, "one answer per input line: {lines:#?}");
    assert_eq!(lines[0]["topic"], "casualties");
    for bad in &lines[1..5] {
        assert!(bad["topic"].is_null());
        assert!(!bad["text"].as_str().unwrap().is_empty());
    }
    assert!(lines[4]["text"].as_str().unwrap().contains("1,000"), "too long: {}", lines[4]["text"]);
    assert_eq!(lines[5]["topic"], "orders");
    assert_eq!(lines[6]["topic"], "anniversary");
    assert!(lines[6]["text"].as_str().unwrap().contains("37"), "{}", lines[6]["text"]);
}

#[test]
fn plain_batch_prints_one_line_per_question() {
    let out = bot(&["ask"], Some("When did it happen?\nNeçə nəfər həbs olunub?\n".as_bytes()));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().nth(1).unwrap().contains("841"));
}

#[test]
fn bad_flags_fail_with_a_readable_message() {
    let out = bot(&["ask", "--lang", "de", "hello"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("az, en, ru"));
    let out = bot(&["ask", "--now", "yesterday", "hello"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RFC 3339"));
    let out = bot(&["schedule", "--year", "soon"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn topics_json_lists_every_topic() {
    let out = bot(&["topics", "--lang", "ru", "--json", "--now", "2027-01-20T09:00:00+04:00"], None);
    let topics: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(topics.len(), Brain::embedded().unwrap().knowledge.topics.len());
    assert_eq!(topics[0]["id"], "overview");
    assert!(topics.iter().all(|t| !t["title"].as_str().unwrap().is_empty() && !t["text"].as_str().unwrap().is_empty()));
}

#[test]
fn schedule_2027_on_baku_time() {
    let out = bot(&["schedule", "--year", "2027", "--json"], None);
    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let rows: Vec<(String, String, String)> = list
        .iter()
        .map(|o| {
            (o["id"].as_str().unwrap().into(), o["local"].as_str().unwrap().into(), o["utc"].as_str().unwrap().into())
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("eve".into(), "2027-01-19T20:00:00+04:00".into(), "2027-01-19T16:00:00Z".into()),
            ("morning".into(), "2027-01-20T08:00:00+04:00".into(), "2027-01-20T04:00:00Z".into()),
            ("silence".into(), "2027-01-20T12:00:00+04:00".into(), "2027-01-20T08:00:00Z".into()),
        ]
    );
}

#[test]
fn schedule_plan_counts_what_goes_silently_before_07_00() {
    let json = bot(&["schedule", "--year", "2027", "--plan", "--subscribers", "200000", "--json"], None);
    assert!(json.status.success(), "{}", String::from_utf8_lossy(&json.stderr));
    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout(&json)).unwrap();
    let wave = |id: &str| list.iter().find(|o| o["id"] == id).unwrap()["wave"].clone();
    let morning = wave("morning");
    // At the whole budget from as late as it can: 06:07:53, a little over 3,126 seconds of night.
    assert_eq!(
        (morning["start"].as_str(), morning["rate_per_second"].as_f64()),
        (Some("2027-01-20T06:07:53+04:00"), Some(30.0))
    );
    let silent = morning["silent"].as_u64().unwrap();
    assert!((93_799..=93_801).contains(&silent), "{silent}");
    assert_eq!((wave("eve")["silent"].as_u64(), wave("silence")["silent"].as_u64()), (Some(0), Some(0)));
    assert_eq!(morning["fits"], true);
    let text = stdout(&bot(&["schedule", "--year", "2027", "--plan", "--subscribers", "200000"], None));
    let line = format!("  silent: {silent} messages go out in the night (22:00 – 07:00 Baku time), without a sound");
    assert!(text.lines().any(|l| l == line), "{text}");
    // 103,500 chats fit between 07:00 and 07:59: nobody is reached at night.
    let day = bot(
        &[
            "schedule",
            "--year",
            "2027",
            "--plan",
            "--subscribers",
            "100000",
            "--groups",
            "3000",
            "--channels",
            "500",
            "--json",
        ],
        None,
    );
    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout(&day)).unwrap();
    let morning = &list.iter().find(|o| o["id"] == "morning").unwrap()["wave"];
    assert_eq!((morning["start"].as_str(), morning["silent"].as_u64()), (Some("2027-01-20T07:00:00+04:00"), Some(0)));
}

#[test]
fn check_passes() {
    let out = bot(&["check"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).starts_with("ok:"));
}

#[test]
fn ask_json_says_the_outcome_and_the_candidates() {
    let input = "How many people were killed?\nwhat is the weather in Baku tomorrow\nthe troops\nhello\n\
                 Black January happened in 1991, right?\nWho was the youngest martyr?\n";
    let out = bot(&["ask", "--json"], Some(input.as_bytes()));
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!((lines[0]["outcome"].as_str(), lines[0]["topic"].as_str()), (Some("answer"), Some("casualties")));
    assert_eq!(lines[0]["candidates"], serde_json::json!([]));
    assert_eq!(lines[1]["outcome"], "out_of_scope");
    assert!(lines[1]["topic"].is_null());
    let outcomes: Vec<&str> = lines.iter().map(|l| l["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes[3..], ["smalltalk", "correction", "not_in_sources"]);
    assert_eq!(lines[4]["topic"], "date");
    // Whatever the outcome, the fields keep their contract (README): a topic with an answer, a
    // correction or "more"; candidates with a "did you mean" always, with small talk, "not in
    // the sources" and "more" as offered, never with an answer, a correction or out of scope.
    for line in &lines {
        let outcome = line["outcome"].as_str().unwrap();
        let known = ["answer", "did_you_mean", "out_of_scope", "not_in_sources", "smalltalk", "correction", "more"];
        assert!(known.contains(&outcome), "{line}");
        assert_eq!(line["topic"].is_null(), !["answer", "correction", "more"].contains(&outcome), "{line}");
        let candidates = line["candidates"].as_array().unwrap();
        if ["answer", "correction", "out_of_scope"].contains(&outcome) {
            assert!(candidates.is_empty(), "{line}");
        }
        assert!(outcome != "did_you_mean" || !candidates.is_empty(), "{line}");
        assert!(candidates.len() <= 3, "{line}");
    }
}

#[test]
fn unanswered_questions_are_exported_without_who_asked() {
    let db = TempDb::new("unanswered");
    let path = db.path();
    let asked =
        b"what is the weather in Baku tomorrow\nWhat is the weather in Baku tomorrow?\nHow many people were killed?\n";
    assert!(bot(&["chat", "--db", path], Some(asked)).status.success());
    let out = bot(&["unanswered", "--db", path, "--tsv"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "count\tlang\toutcome\tquestion");
    // The two spellings meet in one folded question, asked twice; the answered one is not kept.
    assert_eq!(lines[1..], ["2\ten\tout_of_scope\twhat is the weather in baku tomorrow"]);
    let bad = bot(&["unanswered", "--db", path, "--since", "soon"], None);
    assert_eq!(bad.status.code(), Some(2), "a bad period is a usage error");
}

/// `serve` with a database it cannot use: one line saying where, what and what to do; exit code
/// not 0; nothing created or changed.
#[test]
fn an_unusable_database_path_is_explained_in_one_line() {
    let serve = |db: &str| {
        Command::new(env!("CARGO_BIN_EXE_january20-bot"))
            .args(["serve", "--db", db])
            .env("TELOXIDE_TOKEN", "123:TEST")
            .env("TELOXIDE_API_URL", "http://127.0.0.1:9")
            .output()
            .expect("the binary runs")
    };
    let root = std::env::temp_dir().join(format!("january20-cli-dbpath-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let missing = root.join("no-such-folder").join("bot.db");
    let not_a_db = root.join("notes.txt");
    std::fs::write(&not_a_db, "shopping list\n").unwrap();
    for (db, says) in [
        (missing.to_str().unwrap(), "does not exist"),
        (root.to_str().unwrap(), "is a folder"),
        (not_a_db.to_str().unwrap(), "not an SQLite database"),
    ] {
        let out = serve(db);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
        assert!(!out.status.success(), "{db}: {stderr}");
        assert_eq!(lines.len(), 1, "one line for {db}: {stderr}");
        assert!(lines[0].contains(says) && lines[0].contains("--db"), "{db}: {}", lines[0]);
    }
    assert!(!missing.parent().unwrap().exists(), "nothing was created");
    assert_eq!(std::fs::read_to_string(&not_a_db).unwrap(), "shopping list\n", "nothing was changed");
    let left: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 1, "no journal or probe files left: {left:?}");
    std::fs::remove_dir_all(&root).unwrap();
}

/// An operator must know what to fix: a disk that is full (here: a file-size limit of 0, which
/// SQLite meets as "database or disk is full") and a special file (a named pipe) as --db: one line
/// with the path and what to do, and nothing left behind.
#[cfg(unix)]
#[test]
fn a_full_disk_or_a_special_file_is_one_line_and_leaves_nothing_behind() {
    use std::os::unix::process::CommandExt;
    let root = std::env::temp_dir().join(format!("january20-cli-full-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let serve = |db: &std::path::Path, full: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_january20-bot"));
        command.args(["serve", "--db", db.to_str().unwrap()]).env("TELOXIDE_TOKEN", "123:TEST");
        command.env("TELOXIDE_API_URL", "http://127.0.0.1:9").stdin(Stdio::null());
        if full {
            // SAFETY: only async-signal-safe calls between fork and exec.
            unsafe {
                command.pre_exec(|| {
                    libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                    let none = libc::rlimit { rlim_cur: 0, rlim_max: libc::RLIM_INFINITY };
                    libc::setrlimit(libc::RLIMIT_FSIZE, &none);
                    Ok(())
                });
            }
        }
        command.output().expect("the binary runs")
    };
    let pipe = root.join("pipe.db");
    let path = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    for (db, full, says) in [(root.join("bot.db"), true, "full"), (pipe.clone(), false, "not a regular file")] {
        let out = serve(&db, full);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(!out.status.success(), "{stderr}");
        assert_eq!(lines.len(), 1, "one line: {stderr}");
        assert!(lines[0].contains(db.to_str().unwrap()) && lines[0].contains(says), "{}", lines[0]);
        assert!(lines[0].contains("--db"), "what to do: {}", lines[0]);
    }
    let left: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, [std::ffi::OsString::from("pipe.db")], "nothing left behind");
    std::fs::remove_dir_all(&root).unwrap();
}

/// `unanswered` only reads, so it is safe beside a running bot. An empty file is refused and left
/// empty, a real database is read without a journal left behind, and --db through a dangling
/// symbolic link meets the same checks as the path it leads to (nothing is created at its target).
#[cfg(unix)]
#[test]
fn unanswered_opens_read_only_and_links_meet_the_same_checks() {
    let root = std::env::temp_dir().join(format!("january20-cli-readonly-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let empty = root.join("empty.db");
    std::fs::write(&empty, "").unwrap();
    let out = bot(&["unanswered", "--db", empty.to_str().unwrap()], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("not the bot's database"), "{stderr}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "the empty file stays empty");

    let real = root.join("bot.db");
    assert!(bot(&["chat", "--db", real.to_str().unwrap()], Some(b"what is the weather tomorrow\n")).status.success());
    let before: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
    let out = bot(&["unanswered", "--db", real.to_str().unwrap(), "--tsv"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("weather"));
    let after: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(before.len(), after.len(), "{before:?} then {after:?}");

    let link = root.join("link.db");
    let target = root.join("no-such-folder").join("bot.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for args in [&["unanswered", "--db"][..], &["chat", "--db"][..]] {
        let mut args = args.to_vec();
        args.push(link.to_str().unwrap());
        let out = bot(&args, Some(b"/status\n"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}: {stderr}");
        assert!(stderr.contains("no-such-folder") || stderr.contains("no such database"), "{args:?}: {stderr}");
    }
    assert!(!target.parent().unwrap().exists(), "nothing created through the link");
    std::fs::remove_dir_all(&root).unwrap();
}
