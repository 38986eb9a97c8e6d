//! End-to-end tests of the Telegram layer: the real dispatcher, store and delivery run in-process
//! against the fake Bot API server (tests/support/fake_bot_api.rs), with a manual clock. Every test
//! asserts on what the fake recorded and ends with `assert_no_violations`.
//!
//! Expected texts are not copied from locales/: they are computed with the same `Brain` the bot
//! uses, so that translators can edit wording without breaking these tests, while a wrong language,
//! a wrong message or broken escaping still fails them.
//!
//! Waiting: never for wall time. The tests wait on the fake's recorded calls; to show that something
//! was *not* sent, they push a later update in the same chat (the dispatcher handles one chat's
//! updates in order), wait for its answer, and then check that nothing else was sent.

mod support;

use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use january20_bot::answer::Brain;
use january20_bot::clock::Clock;
use january20_bot::i18n::{self, Lang};
use january20_bot::knowledge::TopicId;
use january20_bot::store::{ChatKind, Plan, Store};
use january20_bot::telegram::format::{escape, titled};
use serde_json::{Value, json};
use support::*;

const T: Duration = WAIT_TIMEOUT;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The bot's clock in these tests: an ordinary day, far from 19–20 January, so no reminder is due.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap()
}

/// The same answers the bot gives, for expected texts.
fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| Brain::embedded().expect("embedded data loads"))
}

fn topic(id: &str) -> TopicId {
    brain().knowledge.topic_id(id).unwrap_or_else(|| panic!("no topic {id}"))
}

/// The HTML the bot sends for a topic's answer.
fn topic_html(id: &str, lang: Lang) -> String {
    let t = topic(id);
    titled(&brain().topic_title(t, lang), &brain().topic_answer(t, lang, now()))
}

/// The HTML the bot sends for a plain message of the locales.
fn say(lang: Lang, id: &str) -> String {
    escape(&brain().text(lang, id))
}

fn start_bot(fake: &FakeBotApi, db: &Path, owners: Vec<u64>) -> RunningBot {
    let (clock, _manual) = Clock::manual(now());
    RunningBot::start(config(fake, db, clock, owners, 1000))
}

fn is_message_to(call: &Call, chat: i64) -> bool {
    call.method == "sendMessage" && call.chat_id() == Some(chat)
}

/// `sendMessage` calls (any outcome) to `chat`, in order.
fn messages_to(calls: &[Call], chat: i64) -> Vec<Call> {
    calls.iter().filter(|c| is_message_to(c, chat)).cloned().collect()
}

/// Waits for at least `n` `sendMessage` calls to `chat` (answered or refused) and returns them all,
/// after checking that the fake accepted every one.
async fn wait_messages(fake: &FakeBotApi, chat: i64, n: usize) -> Vec<Call> {
    let calls = fake.wait_for(|calls| calls.iter().filter(|c| is_message_to(c, chat)).count() >= n, T).await;
    let sent = messages_to(&calls, chat);
    for call in &sent {
        assert!(call.is_ok(), "the fake refused a message to {chat}: {:#}\n{}", call.params, fake.summary());
    }
    sent
}

/// Waits for the `n`-th (1-based) message to `chat` and returns it with the `message_id` the fake
/// gave it.
///
/// Workaround: `Call` records the request, not the answer, so the id is not in it. The fake numbers
/// the messages it creates 1, 2, 3… in the order it handles them, and the bot makes only
/// `sendMessage` messages, one at a time in these tests; so the id is the number of successful
/// `sendMessage` calls up to and including this one.
async fn wait_message(fake: &FakeBotApi, chat: i64, n: usize) -> (Call, i64) {
    let calls = fake.wait_for(|calls| calls.iter().filter(|c| is_message_to(c, chat)).count() >= n, T).await;
    let at = calls.iter().enumerate().filter(|(_, c)| is_message_to(c, chat)).nth(n - 1).expect("waited for it").0;
    let call = calls[at].clone();
    assert!(call.is_ok(), "the fake refused a message to {chat}: {:#}\n{}", call.params, fake.summary());
    let id = calls[..=at].iter().filter(|c| c.method == "sendMessage" && c.is_ok()).count() as i64;
    (call, id)
}

/// Waits until the bot answered the callback query `id`, and returns that answer.
async fn wait_callback_answer(fake: &FakeBotApi, id: &str) -> Call {
    let is_answer = |c: &Call| c.method == "answerCallbackQuery" && c.str_param("callback_query_id") == Some(id);
    let calls = fake.wait_for(|calls| calls.iter().any(is_answer), T).await;
    let answer = calls.into_iter().find(is_answer).expect("waited for it");
    assert!(answer.is_ok(), "answerCallbackQuery refused: {:#}", answer.params);
    answer
}

/// Waits for the `n`-th `editMessageText` in `chat`.
async fn wait_edit(fake: &FakeBotApi, chat: i64, n: usize) -> Call {
    let is_edit = |c: &Call| c.method == "editMessageText" && c.chat_id() == Some(chat);
    let calls = fake.wait_for(|calls| calls.iter().filter(|c| is_edit(c)).count() >= n, T).await;
    let edit = calls.into_iter().filter(is_edit).nth(n - 1).expect("waited for it");
    assert!(edit.is_ok(), "editMessageText refused: {:#}", edit.params);
    edit
}

/// Pushes a button press on the bot's message and returns the callback query id.
fn press(fake: &FakeBotApi, chat: i64, user: i64, message_id: i64, data: &str, lang: Option<&str>) -> String {
    let update = callback_query(chat, user, message_id, data, lang);
    let id = update["callback_query"]["id"].as_str().expect("id").to_owned();
    fake.push_update(update);
    id
}

/// Waits until the bot answers: a /start in a private chat of its own, so that its start-up
/// (which also writes to the database) is over.
async fn bot_is_up(fake: &FakeBotApi) {
    const PROBE: i64 = 77_777;
    let before = messages_to(&fake.calls(), PROBE).len();
    fake.push_update(private_text(PROBE, PROBE, None, "/help"));
    wait_messages(fake, PROBE, before + 1).await;
}

/// Pushes an update and returns the `message_id` of the message in it.
fn push_message(fake: &FakeBotApi, update: Value) -> i64 {
    let id = update["message"]["message_id"].as_i64().expect("a message update");
    fake.push_update(update);
    id
}

fn parse_mode(call: &Call) -> Option<&str> {
    call.str_param("parse_mode")
}

fn reply_to_id(call: &Call) -> Option<i64> {
    call.params.pointer("/reply_parameters/message_id").and_then(Value::as_i64)
}

/// Texts of the inline buttons of a call, row by row flattened.
fn button_texts(call: &Call) -> Vec<String> {
    let rows = call.params.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array);
    rows.into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(|b| b["text"].as_str().map(str::to_owned))
        .collect()
}

/// A private message without text (a photo, a sticker...) from user `chat`.
fn private_media(chat: i64, language_code: Option<&str>, content: Value) -> Value {
    let mut message = text_message_json(chat_json(chat, "private"), user_json(chat, language_code), "x");
    let object = message.as_object_mut().expect("a message object");
    object.remove("text");
    for (key, value) in content.as_object().expect("content fields") {
        object.insert(key.clone(), value.clone());
    }
    json!({ "message": message })
}

/// Deterministic hostile text: ASCII, HTML specials, Cyrillic and Azerbaijani letters, emoji,
/// control and formatting characters (zero-width, bidi overrides, NUL).
fn hostile_text(len: usize, mut seed: u64) -> String {
    const CONTROLS: &[char] = &[
        '\u{0}', '\u{1}', '\u{7}', '\u{8}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{200b}', '\u{200d}',
        '\u{200e}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{feff}', '\u{fffd}',
    ];
    const SPECIAL: &[char] = &['<', '>', '&', '"', '\'', '/', ';', '#', '@', '\\', '`', '*', '_', '[', ']'];
    const LETTERS: &[char] = &['ə', 'ğ', 'ı', 'İ', 'ş', 'ö', 'ü', 'ç', 'Ж', 'ы', 'Ё', 'ъ', 'я', 'Щ', 'ß', 'ﬁ'];
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..len)
        .map(|_| {
            let r = next();
            let pick = |set: &[char]| set[(r >> 8) as usize % set.len()];
            match r % 10 {
                0 => pick(CONTROLS),
                1 => char::from_u32(0x1F300 + ((r >> 8) % 0x150) as u32).expect("an emoji"),
                2 | 3 => pick(SPECIAL),
                4 | 5 => pick(LETTERS),
                6 => ' ',
                _ => char::from(b'a' + ((r >> 8) % 26) as u8),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// 1. Start-up
// ---------------------------------------------------------------------------

const OWNER: i64 = 9001;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn startup_registers_commands_and_descriptions_in_every_language() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("startup");
    let bot = start_bot(&fake, db.path(), vec![OWNER as u64]);

    // 4 scopes × 3 languages, 2 without a language, 1 owner menu.
    let calls = fake
        .wait_for(
            |calls| {
                let count = |m: &str| calls.iter().filter(|c| c.method == m).count();
                count("setMyCommands") >= 15 && count("setMyDescription") >= 3 && count("setMyShortDescription") >= 3
            },
            T,
        )
        .await;
    bot.stop().await;

    let scope = |c: &Call| c.params.pointer("/scope/type").and_then(Value::as_str).unwrap_or("default").to_owned();
    let names = |c: &Call| -> Vec<String> {
        c.params["commands"]
            .as_array()
            .expect("commands")
            .iter()
            .map(|x| x["command"].as_str().unwrap().into())
            .collect()
    };
    let menu = |c: &Call, lang: Lang| {
        for command in c.params["commands"].as_array().expect("commands") {
            let name = command["command"].as_str().unwrap();
            assert_eq!(
                command["description"].as_str().unwrap(),
                brain().text(lang, &format!("cmd-{name}")),
                "description of /{name} in {lang:?}"
            );
        }
    };
    let everyone = [
        "start",
        "help",
        "facts",
        "language",
        "subscribe",
        "unsubscribe",
        "status",
        "countdown",
        "sources",
        "card",
        "candle",
        "timezone",
    ];
    let in_groups = ["start", "help", "facts", "status", "countdown", "sources", "card", "candle"];
    for lang in Lang::ALL {
        let code = lang.code();
        let of_lang: Vec<&Call> = calls
            .iter()
            .filter(|c| c.method == "setMyCommands" && c.str_param("language_code") == Some(code))
            .collect();
        for (wanted_scope, wanted) in [
            ("default", &everyone[..]),
            ("all_private_chats", &everyone[..]),
            ("all_chat_administrators", &everyone[..]),
            ("all_group_chats", &in_groups[..]),
        ] {
            let call = of_lang
                .iter()
                .find(|c| scope(c) == wanted_scope)
                .unwrap_or_else(|| panic!("no setMyCommands for {code} in scope {wanted_scope}"));
            assert!(call.is_ok());
            assert_eq!(names(call), wanted, "commands of scope {wanted_scope} in {code}");
            menu(call, lang);
        }
        let description = calls
            .iter()
            .find(|c| c.method == "setMyDescription" && c.str_param("language_code") == Some(code))
            .unwrap_or_else(|| panic!("no setMyDescription for {code}"));
        assert_eq!(description.str_param("description"), Some(brain().text(lang, "bot-description").as_str()));
        let short = calls
            .iter()
            .find(|c| c.method == "setMyShortDescription" && c.str_param("language_code") == Some(code))
            .unwrap_or_else(|| panic!("no setMyShortDescription for {code}"));
        assert_eq!(short.str_param("short_description"), Some(brain().text(lang, "bot-short-description").as_str()));
    }
    // The three menus really are in three languages.
    let start_descriptions: std::collections::BTreeSet<String> =
        Lang::ALL.iter().map(|&l| brain().text(l, "cmd-start")).collect();
    assert_eq!(start_descriptions.len(), 3, "cmd-start is translated");

    // Without a language code: the English menus for everyone else.
    let no_lang: Vec<&Call> =
        calls.iter().filter(|c| c.method == "setMyCommands" && c.params.get("language_code").is_none()).collect();
    let default = no_lang.iter().find(|c| scope(c) == "default").expect("a default menu without language");
    assert_eq!(names(default), everyone);
    menu(default, Lang::En);
    let groups = no_lang.iter().find(|c| scope(c) == "all_group_chats").expect("a group menu without language");
    assert_eq!(names(groups), in_groups);
    // The owner sees the owner-only commands in the private chat with the bot.
    let owner = no_lang.iter().find(|c| scope(c) == "chat").expect("the owner's menu");
    assert_eq!(owner.params.pointer("/scope/chat_id").and_then(Value::as_i64), Some(OWNER));
    assert!(names(owner).contains(&"stats".to_owned()) && names(owner).contains(&"broadcast".to_owned()));
    // No other menu shows the owner-only commands.
    for call in calls.iter().filter(|c| c.method == "setMyCommands" && scope(c) != "chat") {
        assert!(!names(call).iter().any(|n| n == "stats" || n == "broadcast"), "owner command in {:#}", call.params);
    }
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 2–3. Questions and /start in each language
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_questions_are_answered_in_their_own_language() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("questions");
    let bot = start_bot(&fake, db.path(), vec![]);

    // Each user's Telegram client is set to another language: the question's language wins.
    let cases = [
        (2001, Lang::En, "ru", "How many people were killed?"),
        (2002, Lang::Az, "en", "neçə nəfər həlak olub"),
        (2003, Lang::Ru, "az", "Сколько человек погибло?"),
    ];
    for (chat, _, client, question) in cases {
        fake.push_update(private_text(chat, chat, Some(client), question));
    }
    for (chat, lang, _, question) in cases {
        let sent = wait_messages(&fake, chat, 1).await;
        assert_eq!(sent.len(), 1, "one answer to {question:?}");
        let answer = &sent[0];
        assert_eq!(parse_mode(answer), Some("HTML"));
        let text = answer.text().unwrap();
        assert!(text.contains("131"), "{question:?} → {text}");
        assert_eq!(text, topic_html("casualties", lang), "{question:?} answered in {lang:?}");
        assert_eq!(reply_to_id(answer), None, "no reply quote in a private chat");
        // Under the answer, its related topics.
        let related: Vec<String> =
            brain().knowledge.topic(topic("casualties")).related.iter().map(|r| format!("t:{r}")).collect();
        assert_eq!(answer.callback_data(), related);
    }
    bot.stop().await;
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_greets_in_the_users_language() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("start");
    let bot = start_bot(&fake, db.path(), vec![]);

    let cases = [(3001, Lang::Az, "az"), (3002, Lang::En, "en"), (3003, Lang::Ru, "ru-RU")];
    for (chat, _, code) in cases {
        fake.push_update(private_text(chat, chat, Some(code), "/start"));
    }
    for (chat, lang, code) in cases {
        let sent = wait_messages(&fake, chat, 1).await;
        assert_eq!(sent.len(), 1);
        assert_eq!(parse_mode(&sent[0]), Some("HTML"));
        assert_eq!(sent[0].text(), Some(say(lang, "start").as_str()), "/start for language_code {code}");
    }
    // The three greetings differ: they really are in three languages.
    assert_ne!(say(Lang::Az, "start"), say(Lang::En, "start"));
    assert_ne!(say(Lang::Ru, "start"), say(Lang::En, "start"));
    bot.stop().await;

    // /start remembers the chat and its user's language (for reminders).
    let store = Store::open(db.path()).await.unwrap();
    for (chat, lang, _) in cases {
        let row = store.chat(chat).await.unwrap().expect("chat remembered");
        assert_eq!((row.kind, row.user_lang, row.lang), (ChatKind::Private, Some(lang), None));
    }
    store.close().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 4. /facts and its buttons
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn facts_buttons_answer_every_topic_and_every_press_is_acknowledged() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("facts");
    let bot = start_bot(&fake, db.path(), vec![]);
    let b = brain();
    let mut presses = 0;

    // One language at a time, so that message ids are predictable (see `wait_message`). Every
    // part of the story is opened in English, and the first two topics of each part pressed (each
    // answer waits for the chat's one message a second; tests/app_answers.rs answers every topic).
    let mut chat = 4000;
    for lang in Lang::ALL {
        chat += 1;
        let code = Some(lang.code());
        fake.push_update(private_text(chat, chat, code, "/facts"));
        let (menu, menu_id) = wait_message(&fake, chat, 1).await;
        assert_eq!(parse_mode(&menu), Some("HTML"));
        assert_eq!(menu.text(), Some(say(lang, "facts-groups").as_str()));
        let groups: Vec<String> = b.knowledge.groups.iter().map(|g| format!("g:{g}")).collect();
        assert_eq!(menu.callback_data(), groups, "a button per part of the story");
        let labels: Vec<String> =
            b.knowledge.groups.iter().map(|g| b.text(lang, &format!("facts-group-{g}"))).collect();
        assert_eq!(button_texts(&menu), labels, "parts named in {lang:?}");

        let pressed: Vec<&String> = if lang == Lang::En { groups.iter().collect() } else { vec![&groups[3]] };
        let mut sent = 1;
        for (n, group) in pressed.into_iter().enumerate() {
            let id = press(&fake, chat, chat, menu_id, group, code);
            wait_callback_answer(&fake, &id).await;
            presses += 1;
            let edit = wait_edit(&fake, chat, n + 1).await;
            let data = edit.callback_data();
            assert_eq!(data.last().map(String::as_str), Some("g:"), "the way back");
            for d in data[..data.len() - 1].iter().take(2) {
                assert!(!d.is_empty() && d.len() <= 64 && d.is_ascii(), "callback_data {d:?}");
                // Each topic button sends its answer, with its sources, and is acknowledged.
                let id = press(&fake, chat, chat, menu_id, d, code);
                let answer = wait_callback_answer(&fake, &id).await;
                presses += 1;
                assert_eq!(answer.str_param("text"), None, "no note on a topic button");
                sent += 1;
                let reply = wait_messages(&fake, chat, sent).await.swap_remove(sent - 1);
                let topic_id = d.strip_prefix("t:").expect("topic buttons start with t:");
                assert_eq!(parse_mode(&reply), Some("HTML"));
                assert_eq!(reply.text(), Some(topic_html(topic_id, lang).as_str()), "button {d} in {lang:?}");
            }
        }
    }

    // The casualties button says 131 in English.
    let english = messages_to(&fake.calls(), 4002);
    assert!(english.iter().any(|c| c.text().unwrap().contains("131")));

    // Unknown or forged data still gets its spinner stopped, with a note, and nothing is sent.
    let before = messages_to(&fake.calls(), 4002).len();
    let id = press(&fake, 4002, 4002, 1, "zzz", Some("en"));
    let answer = wait_callback_answer(&fake, &id).await;
    assert_eq!(answer.str_param("text"), Some(brain().text(Lang::En, "button-expired").as_str()));
    let id = press(&fake, 4002, 4002, 1, "t:no_such_topic", Some("en"));
    wait_callback_answer(&fake, &id).await;
    assert_eq!(messages_to(&fake.calls(), 4002).len(), before, "nothing sent for unknown data");
    assert_eq!(fake.calls_to("answerCallbackQuery").len(), presses + 2, "every press is answered exactly once");
    bot.stop().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 5. /language, persisted across restarts
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_choice_applies_and_survives_a_restart() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("language");
    let chat = 5001;
    let bot = start_bot(&fake, db.path(), vec![]);

    // Before the choice: the user's client language (English).
    fake.push_update(private_text(chat, chat, Some("en"), "/countdown"));
    let sent = wait_messages(&fake, chat, 1).await;
    assert_eq!(sent[0].text(), Some(topic_html("countdown", Lang::En).as_str()));

    fake.push_update(private_text(chat, chat, Some("en"), "/language"));
    let (prompt, prompt_id) = wait_message(&fake, chat, 2).await;
    assert_eq!(prompt.text(), Some(say(Lang::En, "language-prompt").as_str()));
    assert_eq!(prompt.callback_data(), ["l:az", "l:en", "l:ru"]);

    let id = press(&fake, chat, chat, prompt_id, "l:ru", Some("en"));
    wait_callback_answer(&fake, &id).await;
    let edit = wait_edit(&fake, chat, 1).await;
    assert_eq!(edit.params["message_id"].as_i64(), Some(prompt_id), "the prompt itself is edited");
    assert_eq!(edit.text(), Some(say(Lang::Ru, "language-set").as_str()));
    assert_eq!(parse_mode(&edit), Some("HTML"));

    // Language-neutral messages now get Russian.
    fake.push_update(private_text(chat, chat, Some("en"), "/countdown"));
    fake.push_update(private_text(chat, chat, Some("en"), "12345"));
    let sent = wait_messages(&fake, chat, 4).await;
    assert_eq!(sent[2].text(), Some(topic_html("countdown", Lang::Ru).as_str()));
    assert_eq!(sent[3].text(), Some(escape(&brain().text(Lang::Ru, "out-of-scope")).as_str()));
    let menu: Vec<String> = brain().menu_topics().into_iter().map(|t| brain().topic_title(t, Lang::Ru)).collect();
    assert_eq!(button_texts(&sent[3]), menu, "the topic menu is in Russian too");
    // A question in English is still answered in English.
    fake.push_update(private_text(chat, chat, Some("en"), "How many people were killed?"));
    let sent = wait_messages(&fake, chat, 5).await;
    assert_eq!(sent[4].text(), Some(topic_html("casualties", Lang::En).as_str()));
    bot.stop().await;

    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.chat_lang(chat).await.unwrap(), Some(Lang::Ru));
    store.close().await;

    // Restart on the same database: the choice persists.
    let bot = start_bot(&fake, db.path(), vec![]);
    fake.push_update(private_text(chat, chat, Some("en"), "/countdown"));
    let sent = wait_messages(&fake, chat, 6).await;
    assert_eq!(sent[5].text(), Some(topic_html("countdown", Lang::Ru).as_str()));
    bot.stop().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 6. Group settings are for administrators
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_subscribe_is_for_admins_only() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("group-admin");
    let (group, admin, member) = (-1_000_600_001, 601, 602);
    fake.set_chat(group, "supergroup", "Memory group");
    fake.set_member_status(group, admin, "administrator");
    let bot = start_bot(&fake, db.path(), vec![]);

    // A plain member: the polite refusal, as a reply.
    let asked = push_message(&fake, group_text(group, member, "/subscribe", "supergroup"));
    let (refusal, _) = wait_message(&fake, group, 1).await;
    assert_eq!(refusal.text(), Some(say(Lang::En, "admins-only").as_str()));
    assert_eq!(reply_to_id(&refusal), Some(asked));
    assert!(refusal.params.get("reply_markup").is_none(), "no plan buttons for a plain member");
    let checked = fake.calls_to("getChatMember");
    assert!(
        checked.iter().any(|c| c.chat_id() == Some(group) && c.params["user_id"].as_i64() == Some(member)),
        "the bot asked Telegram whether the sender is an admin"
    );

    // An administrator (addressing the bot by name): the plan buttons.
    let asked = push_message(&fake, group_text(group, admin, "/subscribe@january20_test_bot", "supergroup"));
    let (offer, offer_id) = wait_message(&fake, group, 2).await;
    let times: Vec<String> = ["eve", "morning", "silence"]
        .iter()
        .map(|id| brain().reminders.list.iter().find(|r| r.id == *id).unwrap().time.format("%H:%M").to_string())
        .collect();
    let expected = brain().text_with(
        Lang::En,
        "subscribe-choose",
        &[("eve_time", i18n::s(&times[0])), ("morning_time", i18n::s(&times[1])), ("silence_time", i18n::s(&times[2]))],
    );
    assert_eq!(offer.text(), Some(escape(&expected).as_str()));
    assert_eq!(reply_to_id(&offer), Some(asked));
    assert_eq!(offer.callback_data(), ["s:all", "s:silence"]);
    assert_eq!(
        button_texts(&offer),
        [brain().text(Lang::En, "subscribe-option-all"), brain().text(Lang::En, "subscribe-option-silence")]
    );

    // The plain member presses a plan button: refused with a note, the offer stays.
    let id = press(&fake, group, member, offer_id, "s:all", None);
    let answer = wait_callback_answer(&fake, &id).await;
    assert_eq!(answer.str_param("text"), Some(brain().text(Lang::En, "admins-only").as_str()));
    assert!(fake.calls_to("editMessageText").is_empty(), "the offer is not replaced");
    // The plain member cannot change the language either.
    let asked = push_message(&fake, group_text(group, member, "/language", "supergroup"));
    let (refusal, _) = wait_message(&fake, group, 3).await;
    assert_eq!(refusal.text(), Some(say(Lang::En, "admins-only").as_str()));
    assert_eq!(reply_to_id(&refusal), Some(asked));
    bot.stop().await;

    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.subscription(group).await.unwrap(), None, "nobody subscribed the group");
    assert_eq!(store.chat_lang(group).await.unwrap(), None);
    store.close().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 7. Groups: only what is addressed to the bot
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_answers_mentions_and_replies_and_ignores_the_rest() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("group-chatter");
    let (group, user) = (-1_000_700_001, 701);
    fake.set_chat(group, "supergroup", "Chatter group");
    let bot = start_bot(&fake, db.path(), vec![]);

    // Chatter, another bot's command, an unknown command and a photo: all ignored…
    fake.push_update(group_text(group, user, "how many were injured", "supergroup"));
    fake.push_update(group_text(group, user, "/facts@other_bot", "supergroup"));
    fake.push_update(group_text(group, user, "/weather", "supergroup"));
    let mut photo = text_message_json(chat_json(group, "supergroup"), user_json(user, None), "x");
    photo.as_object_mut().unwrap().remove("text");
    photo["photo"] = json!([{"file_id": "p", "file_unique_id": "pu", "width": 10, "height": 10}]);
    fake.push_update(json!({ "message": photo }));
    // …a mention is answered, as a reply.
    let asked = push_message(&fake, group_text(group, user, "@january20_test_bot how many were injured", "supergroup"));
    let (answer, answer_id) = wait_message(&fake, group, 1).await;
    assert_eq!(reply_to_id(&answer), Some(asked));
    assert_eq!(parse_mode(&answer), Some("HTML"));
    let text = answer.text().unwrap();
    assert!(text.contains("744"), "{text}");
    assert_eq!(text, topic_html("casualties", Lang::En));
    assert_eq!(messages_to(&fake.calls(), group).len(), 1, "chatter, /facts@other_bot, /weather, photo ignored");
    let touched: Vec<String> =
        fake.calls().iter().filter(|c| c.chat_id() == Some(group)).map(|c| c.method.clone()).collect();
    assert_eq!(touched, ["sendMessage"], "nothing else was done in the group");

    // A reply to the bot's message is addressed to it too (and in the question's language).
    let mut reply =
        text_message_json(chat_json(group, "supergroup"), user_json(user, None), "Сколько человек погибло?");
    reply["reply_to_message"] = json!({
        "message_id": answer_id, "from": bot_user_json(), "date": 1_700_000_000,
        "chat": chat_json(group, "supergroup"), "text": "(the bot's answer)",
    });
    let asked = push_message(&fake, json!({ "message": reply }));
    let (answer, _) = wait_message(&fake, group, 2).await;
    assert_eq!(reply_to_id(&answer), Some(asked));
    assert_eq!(answer.text(), Some(topic_html("casualties", Lang::Ru).as_str()));

    // The bot's own command addressed to it, in any letter case, is answered.
    let asked = push_message(&fake, group_text(group, user, "/facts@January20_Test_Bot", "supergroup"));
    let (menu, _) = wait_message(&fake, group, 3).await;
    assert_eq!(reply_to_id(&menu), Some(asked));
    assert_eq!(menu.text(), Some(say(Lang::En, "facts-groups").as_str()));
    assert_eq!(messages_to(&fake.calls(), group).len(), 3);
    bot.stop().await;
    fake.assert_no_violations();
}

/// A mention of another bot whose username merely starts with ours is not a mention of ours.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_mention_of_a_similar_bot_name_is_ignored() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("group-similar");
    let (group, user) = (-1_000_710_001, 711);
    let bot = start_bot(&fake, db.path(), vec![]);

    fake.push_update(group_text(group, user, "@january20_test_bot2 how many were injured", "supergroup"));
    let asked = push_message(&fake, group_text(group, user, "@january20_test_bot how many were killed", "supergroup"));
    let sent = wait_messages(&fake, group, 1).await;
    // Both updates are handled in order in this chat: had the first been answered, it came first.
    assert_eq!(reply_to_id(&sent[0]), Some(asked), "the first answer went to @january20_test_bot2's mention");
    assert_eq!(sent.len(), 1);
    bot.stop().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 8. Channels
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn channel_is_subscribed_while_the_bot_may_post() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("channel");
    let (channel, read_only) = (-1_000_800_001, -1_000_800_002);

    // A channel has no answered update that could tell us the bot is done, so each step stops
    // the bot, which finishes every update it has taken before returning. One update per run: two
    // handled at once can fail with "database is locked" (see
    // `concurrent_subscriptions_all_succeed`).
    let run_alone = |update: Value| {
        let fake = fake.clone();
        let db = db.path().to_path_buf();
        async move {
            let bot = start_bot(&fake, &db, vec![]);
            bot_is_up(&fake).await;
            fake.push_update(update);
            fake.wait_until_updates_consumed(T).await;
            bot.stop().await;
            Store::open(&db).await.unwrap()
        }
    };

    let store = run_alone(my_chat_member(channel, "channel", "left", "administrator", true)).await;
    assert_eq!(store.subscription(channel).await.unwrap(), Some(Plan::All), "promoted with can_post_messages");
    let row = store.chat(channel).await.unwrap().expect("channel remembered");
    assert_eq!((row.kind, row.active), (ChatKind::Channel, true));
    store.close().await;

    let store = run_alone(my_chat_member(read_only, "channel", "left", "administrator", false)).await;
    assert_eq!(store.subscription(read_only).await.unwrap(), None, "an admin that cannot post is not subscribed");
    assert_eq!(store.subscription(channel).await.unwrap(), Some(Plan::All));
    store.close().await;

    let store = run_alone(my_chat_member(channel, "channel", "administrator", "left", true)).await;
    assert_eq!(store.subscription(channel).await.unwrap(), None, "removed: unsubscribed");
    // The daily purge runs at start and may come after the update: then the chat is gone.
    let row = store.chat(channel).await.unwrap();
    assert!(row.is_none_or(|chat| !chat.active), "and marked unreachable (or already purged)");
    store.close().await;

    assert!(
        fake.calls().iter().all(|c| c.chat_id() != Some(channel) && c.chat_id() != Some(read_only)),
        "the bot posts nothing to a channel when it is promoted or removed"
    );
    fake.assert_no_violations();
}

/// Many chats subscribing at the same moment (a channel post asking readers to press the button
/// on the eve of 20 January) must all be subscribed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_subscriptions_all_succeed() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("concurrent");
    let bot = start_bot(&fake, db.path(), vec![]);
    bot_is_up(&fake).await;

    // Every press is on a plan offer (message 1 of each chat; the fake stands one in for it).
    let chats: Vec<i64> = (0..40).map(|i| 13_000 + i).collect();
    let ids: Vec<String> = chats.iter().map(|&chat| press(&fake, chat, chat, 1, "s:all", Some("en"))).collect();
    let mut failed = Vec::new();
    for (chat, id) in chats.iter().zip(&ids) {
        let answer = wait_callback_answer(&fake, id).await;
        if answer.str_param("text").is_some() {
            failed.push(*chat);
        }
    }
    bot.stop().await;
    let store = Store::open(db.path()).await.unwrap();
    for &chat in &chats {
        if store.subscription(chat).await.unwrap() != Some(Plan::All) && !failed.contains(&chat) {
            failed.push(chat);
        }
    }
    store.close().await;
    assert!(failed.is_empty(), "{} of {} chats were not subscribed: {failed:?}", failed.len(), chats.len());
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 9. Hostile text
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_text_gets_valid_html_and_the_bot_keeps_working() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("hostile");
    let chat = 9501;
    let bot = start_bot(&fake, db.path(), vec![]);

    let long = hostile_text(4000, 0x2001_1990);
    let medium = hostile_text(900, 0x1990_0120);
    let inputs: Vec<String> = vec![
        "<b>hi</b> & <script>alert(1)</script>".into(),
        "</b><i>&amp;&lt;&#x27; <a href=\"javascript:x\">x".into(),
        long.clone(),
        medium,
        "🕯️🇦🇿🕯️".into(),
        "\u{200b}\u{0}\u{7}\u{202e} \t".into(),
        // The longest message Telegram delivers: 4,096 UTF-16 units.
        format!("/{}", "a".repeat(4095)),
        "/foo_<b>bar</b>".into(),
    ];
    for input in &inputs {
        fake.push_update(private_text(chat, chat, Some("en"), input));
    }
    // One chat's updates are handled in order: once the last is answered, all are.
    fake.push_update(private_text(chat, chat, Some("en"), "How many people were killed?"));
    let expected_last = topic_html("casualties", Lang::En);
    let calls = fake
        .wait_for(|calls| calls.iter().any(|c| is_message_to(c, chat) && c.text() == Some(expected_last.as_str())), T)
        .await;
    let sent = messages_to(&calls, chat);
    for call in &sent {
        assert!(call.is_ok(), "refused: {:#}\n{}", call.params, fake.summary());
        assert_eq!(parse_mode(call), Some("HTML"));
        let text = call.text().unwrap();
        assert!(!text.contains("<script") && !text.contains("<a ") && !text.contains("<i>"), "{text}");
    }
    // One answer per input, plus the final answer, plus a second part for the long command.
    assert_eq!(sent.len(), inputs.len() + 2, "every input got an answer:\n{}", fake.summary());
    let too_long = escape(&brain().text_with(Lang::En, "question-too-long", &[("max", i18n::n(1000))]));
    assert_eq!(sent[2].text(), Some(too_long.as_str()), "the 4,000 characters get the polite refusal");
    assert_eq!(sent[5].text(), Some(say(Lang::En, "empty-question").as_str()), "invisible characters only");
    // The very long unknown command is echoed in two parts, each within Telegram's limit (the fake
    // checks the length), and nothing is lost.
    let unknown = brain().text_with(Lang::En, "unknown-command", &[("command", i18n::s("a".repeat(4095)))]);
    let echoed = format!("{}{}", sent[6].text().unwrap(), sent[7].text().unwrap());
    assert_eq!(echoed, escape(&unknown), "the unknown command, split without loss");
    assert!(sent[6].text().unwrap().chars().count() <= 4096);
    bot.stop().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 10. Not text, unknown commands
// ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_and_unknown_commands_get_a_word_in_private() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("media");
    let bot = start_bot(&fake, db.path(), vec![]);

    let photo = json!({"photo": [
        {"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90},
        {"file_id": "p2", "file_unique_id": "u2", "width": 800, "height": 800},
    ]});
    let sticker = json!({"sticker": {
        "file_id": "s1", "file_unique_id": "su1", "type": "regular", "width": 512, "height": 512,
        "is_animated": false, "is_video": false, "emoji": "🕯",
    }});
    fake.push_update(private_media(10_001, Some("az"), photo));
    fake.push_update(private_media(10_002, Some("ru"), sticker));
    fake.push_update(private_text(10_003, 10_003, Some("en"), "/foo"));

    let sent = wait_messages(&fake, 10_001, 1).await;
    assert_eq!(sent[0].text(), Some(say(Lang::Az, "not-text").as_str()));
    assert_eq!(parse_mode(&sent[0]), Some("HTML"));
    let sent = wait_messages(&fake, 10_002, 1).await;
    assert_eq!(sent[0].text(), Some(say(Lang::Ru, "not-text").as_str()));
    let sent = wait_messages(&fake, 10_003, 1).await;
    let unknown = brain().text_with(Lang::En, "unknown-command", &[("command", i18n::s("foo"))]);
    assert_eq!(sent[0].text(), Some(escape(&unknown).as_str()));
    assert!(sent[0].text().unwrap().contains("/foo"));
    bot.stop().await;
    for chat in [10_001, 10_002, 10_003] {
        assert_eq!(messages_to(&fake.calls(), chat).len(), 1, "one reply in chat {chat}");
    }
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 11. Owner commands and broadcasts
// ---------------------------------------------------------------------------

/// Subscribes private chat `chat` through /subscribe and a plan button; returns the edit.
async fn subscribe_private(fake: &FakeBotApi, chat: i64, code: &str, data: &str) -> Call {
    fake.push_update(private_text(chat, chat, Some(code), "/subscribe"));
    let (offer, offer_id) = wait_message(fake, chat, 1).await;
    assert!(offer.callback_data().contains(&data.to_owned()));
    let id = press(fake, chat, chat, offer_id, data, Some(code));
    wait_callback_answer(fake, &id).await;
    let edit = wait_edit(fake, chat, 1).await;
    assert_eq!(edit.params["message_id"].as_i64(), Some(offer_id));
    edit
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owner_commands_stats_and_a_confirmed_broadcast() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("owner");
    let (stranger, en_user, ru_user) = (9002, 9101, 9102);
    let bot = start_bot(&fake, db.path(), vec![OWNER as u64]);

    // Two subscribers, through the plan buttons.
    let edit = subscribe_private(&fake, en_user, "en", "s:all").await;
    let done = brain().text_with(Lang::En, "subscribe-done", &[("plan", i18n::s("all"))]);
    assert_eq!(edit.text(), Some(escape(&done).as_str()));
    let edit = subscribe_private(&fake, ru_user, "ru", "s:silence").await;
    let done = brain().text_with(Lang::Ru, "subscribe-done", &[("plan", i18n::s("silence"))]);
    assert_eq!(edit.text(), Some(escape(&done).as_str()));

    // Not an owner: refused, for both owner commands.
    fake.push_update(private_text(stranger, stranger, Some("en"), "/stats"));
    fake.push_update(private_text(stranger, stranger, Some("en"), "/broadcast hello"));
    let sent = wait_messages(&fake, stranger, 2).await;
    assert_eq!(sent[0].text(), Some(say(Lang::En, "owners-only").as_str()));
    assert_eq!(sent[1].text(), Some(say(Lang::En, "owners-only").as_str()));

    // The owner: the figures.
    fake.push_update(private_text(OWNER, OWNER, Some("en"), "/stats"));
    let (stats, _) = wait_message(&fake, OWNER, 1).await;
    let mut expected = brain().text_with(
        Lang::En,
        "stats",
        &[
            ("total", i18n::n(2)),
            ("private", i18n::n(2)),
            ("groups", i18n::n(0)),
            ("channels", i18n::n(0)),
            ("az", i18n::n(0)),
            ("en", i18n::n(1)),
            ("ru", i18n::n(1)),
        ],
    );
    expected.push('\n');
    expected.push_str(&brain().text(Lang::En, "stats-no-last"));
    // Then the next reminder's wave (tests/app_owner.rs checks its figures).
    let stats = stats.text().unwrap();
    assert!(stats.starts_with(&escape(&expected)), "{stats}");
    assert!(stats.contains("Next reminder"), "{stats}");

    // /broadcast: a confirmation with Send / Cancel.
    fake.push_update(private_text(OWNER, OWNER, Some("en"), "/broadcast hello"));
    let (confirm, confirm_id) = wait_message(&fake, OWNER, 2).await;
    let expected =
        brain().text_with(Lang::En, "broadcast-confirm", &[("count", i18n::n(2)), ("text", i18n::s("hello"))]);
    assert_eq!(confirm.text(), Some(escape(&expected).as_str()));
    let data = confirm.callback_data();
    assert_eq!(data.len(), 2);
    assert!(data[0].starts_with("b:y:") && data[1].starts_with("b:n:"), "{data:?}");
    assert_eq!(
        button_texts(&confirm),
        [brain().text(Lang::En, "button-confirm"), brain().text(Lang::En, "button-cancel")]
    );

    // Someone else pressing Send is refused, and nothing is queued.
    let id = press(&fake, OWNER, stranger, confirm_id, &data[0], Some("en"));
    let answer = wait_callback_answer(&fake, &id).await;
    assert_eq!(answer.str_param("text"), Some(brain().text(Lang::En, "owners-only").as_str()));

    // The owner presses Send: queued, and every subscriber gets the text, plain.
    let id = press(&fake, OWNER, OWNER, confirm_id, &data[0], Some("en"));
    wait_callback_answer(&fake, &id).await;
    let edit = wait_edit(&fake, OWNER, 1).await;
    let queued = brain().text_with(Lang::En, "broadcast-queued", &[("count", i18n::n(2))]);
    assert_eq!(edit.text(), Some(escape(&queued).as_str()));
    assert_eq!(edit.params["message_id"].as_i64(), Some(confirm_id));
    for chat in [en_user, ru_user] {
        let sent = wait_messages(&fake, chat, 2).await;
        let broadcast = &sent[1];
        assert_eq!(broadcast.text(), Some("hello"));
        assert_eq!(parse_mode(broadcast), None, "broadcasts go out as plain text");
        assert!(broadcast.params.get("reply_markup").is_none());
    }

    // A second press does nothing more.
    let id = press(&fake, OWNER, OWNER, confirm_id, &data[0], Some("en"));
    let answer = wait_callback_answer(&fake, &id).await;
    assert_eq!(answer.str_param("text"), Some(brain().text(Lang::En, "button-expired").as_str()));
    bot.stop().await;

    let calls = fake.calls();
    for chat in [en_user, ru_user] {
        assert_eq!(messages_to(&calls, chat).iter().filter(|c| c.text() == Some("hello")).count(), 1, "once");
    }
    for chat in [OWNER, stranger] {
        assert!(!messages_to(&calls, chat).iter().any(|c| c.text() == Some("hello")), "not subscribed: {chat}");
    }
    fake.assert_no_violations();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broadcast_confirmation_of_a_long_emoji_text_fits_telegrams_limit() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("owner-emoji");
    let bot = start_bot(&fake, db.path(), vec![OWNER as u64]);

    // 11 + 2 × 2040 = 4091 UTF-16 units: a message Telegram delivers.
    let text = "🕯".repeat(2040);
    fake.push_update(private_text(OWNER, OWNER, Some("en"), &format!("/broadcast {text}")));
    let calls = fake.wait_for(|calls| calls.iter().any(|c| is_message_to(c, OWNER)), T).await;
    let confirm = &messages_to(&calls, OWNER)[0];
    assert!(confirm.is_ok(), "the owner gets the confirmation: {}", fake.summary());
    bot.stop().await;
    fake.assert_no_violations();
}

// ---------------------------------------------------------------------------
// 12. The binary
// ---------------------------------------------------------------------------

/// Variables the tests set themselves, removed from what the child inherits.
const BOT_ENV: [&str; 8] = [
    "DATABASE_URL",
    "TELOXIDE_TOKEN",
    "TELOXIDE_API_URL",
    "JANUARY20_DB",
    "JANUARY20_OWNERS",
    "JANUARY20_MAX_PER_SECOND",
    "RUST_LOG",
    "TELOXIDE_PROXY",
];

fn bot_command(db: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
    command.arg("serve").arg("--db").arg(db).current_dir(std::env::temp_dir());
    for var in BOT_ENV {
        command.env_remove(var);
    }
    command.stdin(std::process::Stdio::null());
    command
}

#[test]
fn binary_without_a_token_exits_2_with_one_line() {
    let db = TempDb::new("bin-no-token");
    for token in [None, Some(""), Some("   ")] {
        let mut command = bot_command(db.path());
        if let Some(t) = token {
            command.env("TELOXIDE_TOKEN", t);
        }
        let out = command.output().expect("the binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "token {token:?}: {stderr}");
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "one line of error: {stderr:?}");
        assert!(lines[0].contains("TELOXIDE_TOKEN"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!db.path().exists(), "no database is created before the configuration is valid");
    }
}

#[test]
fn binary_with_a_postgres_url_nothing_answers_exits_non_zero_with_one_line() {
    for (how, url) in [("--db", "postgres://january20:secret-word@127.0.0.1:1/bot"), ("DATABASE_URL", "")] {
        let mut command = bot_command(Path::new(url));
        if how == "DATABASE_URL" {
            command = std::process::Command::new(env!("CARGO_BIN_EXE_january20-bot"));
            command.arg("serve").current_dir(std::env::temp_dir()).stdin(std::process::Stdio::null());
            for var in BOT_ENV {
                command.env_remove(var);
            }
            command.env("DATABASE_URL", "postgresql://january20:secret-word@127.0.0.1:1/bot");
        }
        command.env("TELOXIDE_TOKEN", "1:abc").env("TELOXIDE_API_URL", "http://127.0.0.1:1/");
        let out = command.output().expect("the binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{how}: {stderr}");
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{how}: one line of error: {stderr:?}");
        assert!(lines[0].contains("PostgreSQL at january20@127.0.0.1:1/bot"), "{how}: {stderr}");
        assert!(!stderr.contains("secret-word") && !stderr.contains("panicked"), "{how}: {stderr}");
    }
}

/// Kills a child process still running when a test fails.
struct KillOnDrop(Option<u32>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_serves_the_fake_and_stops_on_sigterm_without_leaking_the_token() {
    let fake = FakeBotApi::start().await;
    let db = TempDb::new("bin-serve");
    let chat = 12_001;
    // An update waiting, so that the first getUpdates returns at once (the fake records a call
    // when it answers it).
    fake.push_update(private_text(chat, chat, Some("en"), "/start"));

    let mut command = bot_command(db.path());
    command.envs(fake.env_vars()).env("RUST_LOG", "debug");
    command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let child = command.spawn().expect("the binary starts");
    let mut guard = KillOnDrop(Some(child.id()));
    let pid = child.id();
    // Read its output all along, so that a chatty debug log cannot fill the pipe.
    let output = tokio::task::spawn_blocking(move || child.wait_with_output());

    fake.wait_for_calls("getUpdates", 1, T).await;
    let sent = wait_messages(&fake, chat, 1).await;
    assert_eq!(sent[0].text(), Some(say(Lang::En, "start").as_str()), "the binary answers");
    assert!(db.is_postgres() || db.path().exists(), "--db is used");

    let killed = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(killed.success());
    let out = tokio::time::timeout(Duration::from_secs(10), output)
        .await
        .expect("the bot exits within 10 s of SIGTERM")
        .expect("join")
        .expect("wait");
    guard.0 = None;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "exit 0 after SIGTERM; stderr:\n{stderr}");
    assert!(stderr.contains("SIGTERM"), "says why it stops:\n{stderr}");
    let token = fake.token();
    let secret = token.split_once(':').unwrap().1;
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (name, text) in [("stderr", &stderr), ("stdout", &stdout)] {
        assert!(!text.contains(secret), "the token appears in the {name} output:\n{text}");
        assert!(!text.contains(&token.replace(':', "%3A")), "the URL-encoded token appears in {name}");
    }
    fake.assert_no_violations();
}
