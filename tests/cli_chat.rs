//! `chat`, the bot in the terminal as editors and reviewers run it: answers, choices by number,
//! subscriptions kept in its database, the owner's commands, and `--late`.

// Not in support/mod.rs: examples include that module, and they have no binary to run.
#[path = "support/cli.rs"]
mod cli;

use cli::*;
use january20_bot::answer::Brain;

#[test]
fn chat_answers_and_switches_language() {
    let out = bot(&["chat"], Some("how many were injured\n/language ru\n/facts\n5\n1\n/nonsense\n".as_bytes()));
    let text = stdout(&out);
    assert!(text.contains("744"), "{text}");
    // After /language ru, /facts part 5 (figures), its topic 1 (casualties) comes in Russian.
    assert!(text.contains("погиб 131 человек"), "{text}");
    assert!(text.contains("/nonsense") && text.contains("/help"), "{text}");
}

/// A number with no button to match (none open, or too few) is a stale press, as in Telegram;
/// a figure longer than a choice is still a question.
#[test]
fn chat_answers_a_choice_no_message_offers_as_an_expired_button() {
    let out = bot(&["chat", "--lang", "en"], Some(b"/status\n1\n/subscribe\n9\n131\n"));
    let text = stdout(&out);
    let brain = Brain::embedded().unwrap();
    // Shown as the message it is, on a line of its own, not as an aside in parentheses.
    let expired = format!("> {}\n\n", brain.text(january20_bot::i18n::Lang::En, "button-expired"));
    assert_eq!(text.matches(&expired).count(), 2, "{text}");
    assert!(!text.contains(&format!("({}", brain.text(january20_bot::i18n::Lang::En, "button-expired"))), "{text}");
}

/// A reviewer pipes 40 questions into `chat --no-flood` and gets 40 answers; without the flag the
/// terminal keeps Telegram's flood limit.
#[test]
fn chat_no_flood_answers_every_piped_question() {
    let questions = "how many were injured\n".repeat(40);
    let count = |flags: &[&str]| {
        let out = bot(&[&["chat", "--lang", "en"], flags].concat(), Some(questions.as_bytes()));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        stdout(&out).matches("744").count()
    };
    assert!(count(&["--no-flood"]) >= 40);
    assert!(count(&[]) < 40);
}

#[test]
fn chat_subscribes_and_remembers_in_its_database() {
    let db = TempDb::new("chat");
    let path = db.path();
    let morning = "2027-01-20T09:30:00+04:00";
    // /subscribe offers the plans as numbered choices; 1 is "all".
    let out = bot(&["chat", "--db", path, "--now", morning], Some(b"/subscribe\n1\n/language ru\n"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    assert!(text.contains("  1. ") && text.contains("  2. "), "{text}");
    // A second conversation on the same database: still subscribed, still in Russian, and the
    // next reminder is the 12:00 one, two and a half hours away.
    let out = bot(&["chat", "--db", path, "--now", morning], Some(b"/status\n"));
    let text = stdout(&out);
    assert!(text.contains("12:00") && text.contains("2 часа и 30 минут"), "{text}");
}

#[test]
fn chat_with_owner_tries_the_owner_commands_in_the_terminal() {
    let brain = january20_bot::answer::Brain::embedded().unwrap();
    let refused = brain.text(january20_bot::i18n::Lang::En, "owners-only");
    let out = bot(&["chat", "--lang", "en"], Some(b"/stats\n"));
    assert!(stdout(&out).contains(&refused), "without --owner the terminal is no owner");
    let out = bot(&["chat", "--lang", "en", "--owner"], Some(b"/stats\n/broadcast\nA test\n2\n/unanswered\n"));
    let text = stdout(&out);
    assert!(!text.contains(&refused), "{text}");
    assert!(text.contains("A test") && text.contains("  1. ") && text.contains("  2. "), "{text}");
}

/// `--late` plays a bot whose sender has not yet reached the chat, by the sender's own rules: a
/// reminder due and not stale is on its way to a chat that subscribed by its hour; a chat that
/// subscribes after the hour is never queued for it, so it is not promised; a stale one is gone.
#[test]
fn chat_late_shows_the_reminder_on_its_way_only_where_it_will_come() {
    let chat = |args: &[&str], input: &[u8]| {
        let out = bot(&[&["chat", "--lang", "en", "--no-flood"], args].concat(), Some(input));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        stdout(&out)
    };
    let on_its_way = "has not reached this chat yet, but it is on its way";
    let db = TempDb::new("late");
    let path = db.path();
    chat(&["--db", path, "--now", "2027-01-20T07:00:00+04:00"], b"/subscribe\n1\n");
    let status = |at: &str| chat(&["--db", path, "--late", "--now", at], b"/status\n");
    // The morning reminder is sent until its stale moment (12:00): at 10:30 it is still to come.
    let morning = status("2027-01-20T10:30:00+04:00");
    assert!(morning.contains(on_its_way) && morning.contains("08:00"), "{morning}");
    let noon = status("2027-01-20T12:05:00+04:00");
    assert!(noon.contains(on_its_way) && noon.contains("12:00"), "{noon}");
    // Past the silence reminder's stale moment (12:10) nothing is on its way.
    let after = status("2027-01-20T12:10:00+04:00");
    assert!(!after.contains("on its way") && after.contains("2028"), "{after}");
    // Subscribed at 12:05: the 12:00 reminder was queued before, without this chat.
    let at = "2027-01-20T12:05:00+04:00";
    let late = chat(&["--late", "--now", at], b"/subscribe\n1\n/status\n");
    assert!(!late.contains("on its way") && late.contains("2028"), "{late}");
    let delivered = chat(&["--now", at], b"/subscribe\n1\n/status\n");
    assert!(!delivered.contains("on its way") && delivered.contains("2028"), "{delivered}");
}
