//! Self-test of the fake Telegram Bot API (tests/support/fake_bot_api.rs)
//! against real teloxide: every answer must parse, every fault must map to the
//! right `RequestError`, invalid requests must be recorded as violations.

mod support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::*;
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{
        ChatMemberKind, InlineKeyboardButton, InlineKeyboardMarkup, MaybeInaccessibleMessage, MessageEntityKind,
        ParseMode, UpdateKind,
    },
};

const USER: i64 = 100;

/// POSTs a raw JSON body (for requests teloxide cannot produce).
async fn raw_post(api: &FakeBotApi, method: &str, body: &str) -> (u16, Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(api.addr()).await.unwrap();
    let request = format!(
        "POST /bot{}/{method} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        api.token(),
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8(raw).unwrap();
    let status = text[9..12].parse().unwrap();
    let body = text.split_once("\r\n\r\n").unwrap().1;
    (status, serde_json::from_str(body).unwrap())
}

fn keyboard(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Button", data)]])
}

#[tokio::test]
async fn get_me_parses() {
    let api = FakeBotApi::start().await;
    let me = api.bot().get_me().await.unwrap();
    assert_eq!(me.username(), BOT_USERNAME);
    assert!(me.is_bot);
    assert_eq!(me.id, UserId(BOT_ID as u64));
    assert_eq!(api.calls_to("GetMe").len(), 1);
    assert_eq!(api.calls_to("getMe")[0].params, json!({}));
    api.assert_no_violations();
}

#[tokio::test]
async fn generated_json_matches_the_bot_api_description() {
    let spec = spec();
    let check = |ty: &str, v: Value| {
        let errs = spec.check_type(ty, &v, ty);
        assert!(errs.is_empty(), "{ty}: {errs:?}\n{v:#}");
    };
    check("User", me_json());
    for status in ["creator", "administrator", "member", "restricted", "left", "kicked"] {
        check("ChatMember", member_json(user_json(1, Some("az")), status, true));
    }
    let mut update = private_text(USER, USER, Some("ru"), "/start x");
    update["update_id"] = json!(1);
    check("Update", update);
    let mut update = callback_query(USER, USER, 5, "d", None);
    update["update_id"] = json!(2);
    check("Update", update);
    let mut update = my_chat_member(-1001, "channel", "left", "administrator", true);
    update["update_id"] = json!(3);
    check("Update", update);
    // and the checker does catch problems
    assert!(!spec.check_type("User", &json!({"id": "x", "is_bot": true}), "u").is_empty());
    assert!(!spec.check_type("ChatMember", &json!({"status": "creator", "user": me_json()}), "m").is_empty());
}

#[tokio::test]
async fn pushed_updates_arrive_through_get_updates() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let first = api.push_update(private_text(USER, USER, Some("az"), "/start"));
    api.push_update(group_text(-100_500, USER, "salam", "supergroup"));
    api.push_update(callback_query(USER, USER, 77, "lang:az", Some("az")));
    api.push_update(my_chat_member(-100_600, "channel", "left", "administrator", true));

    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.len(), 4);
    assert_eq!(updates[0].id.0 as i64, first);
    match &updates[0].kind {
        UpdateKind::Message(m) => {
            assert_eq!(m.text(), Some("/start"));
            assert_eq!(m.chat.id, ChatId(USER));
            assert!(m.chat.is_private());
            assert_eq!(m.from.as_ref().unwrap().language_code.as_deref(), Some("az"));
            let entities = m.entities().unwrap();
            assert_eq!(entities[0].kind, MessageEntityKind::BotCommand);
            assert_eq!((entities[0].offset, entities[0].length), (0, 6));
        }
        other => panic!("expected a message, got {other:?}"),
    }
    match &updates[1].kind {
        UpdateKind::Message(m) => assert!(m.chat.is_supergroup() && m.text() == Some("salam")),
        other => panic!("expected a group message, got {other:?}"),
    }
    match &updates[2].kind {
        UpdateKind::CallbackQuery(q) => {
            assert_eq!(q.data.as_deref(), Some("lang:az"));
            assert!(matches!(q.message, Some(MaybeInaccessibleMessage::Regular(_))));
            assert_eq!(q.message.as_ref().unwrap().id().0, 77);
        }
        other => panic!("expected a callback query, got {other:?}"),
    }
    match &updates[3].kind {
        UpdateKind::MyChatMember(u) => {
            assert!(u.chat.is_channel());
            assert!(u.old_chat_member.kind.is_left());
            match &u.new_chat_member.kind {
                ChatMemberKind::Administrator(a) => assert!(a.can_post_messages),
                other => panic!("expected administrator, got {other:?}"),
            }
        }
        other => panic!("expected my_chat_member, got {other:?}"),
    }

    // `limit` and `offset`: confirmed updates are dropped.
    let one = bot.get_updates().offset(first as i32 + 1).limit(1).await.unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(api.pending_updates(), 3);
    let last = updates.last().unwrap().id.as_offset();
    assert!(bot.get_updates().offset(last).await.unwrap().is_empty());
    assert_eq!(api.pending_updates(), 0);
    api.assert_no_violations();
}

#[tokio::test]
async fn send_and_edit_answers_parse_into_messages() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let m1 = bot.send_message(ChatId(USER), "hello").reply_markup(keyboard("a:1")).await.unwrap();
    assert_eq!(m1.text(), Some("hello"));
    assert!(m1.chat.is_private());
    assert_eq!(m1.from.as_ref().unwrap().id, UserId(BOT_ID as u64));
    assert_eq!(m1.reply_markup().unwrap().inline_keyboard[0][0].text, "Button");

    let m2 = bot.send_message(ChatId(-100_123), "<b>bold</b> &amp; more").parse_mode(ParseMode::Html).await.unwrap();
    assert!(m2.id.0 > m1.id.0);
    assert!(m2.chat.is_supergroup());
    assert_eq!(m2.text(), Some("bold & more"));

    api.set_chat(-5, "group", "Old group");
    assert!(bot.send_message(ChatId(-5), "g").await.unwrap().chat.is_group());
    api.set_chat(-100_777, "channel", "Channel");
    assert!(bot.send_message(ChatId(-100_777), "c").await.unwrap().chat.is_channel());
    assert_eq!(api.sent_texts(USER), vec!["hello"]);

    let edited = bot.edit_message_text(ChatId(USER), m1.id, "edited").reply_markup(keyboard("b:2")).await.unwrap();
    assert_eq!(edited.text(), Some("edited"));
    assert_eq!(edited.id, m1.id);
    assert!(edited.edit_date().is_some());
    let same = bot.edit_message_text(ChatId(USER), m1.id, "edited").reply_markup(keyboard("b:2")).await;
    assert!(matches!(same, Err(RequestError::Api(ApiError::MessageNotModified))), "{same:?}");
    let markup = bot.edit_message_reply_markup(ChatId(USER), m1.id).await.unwrap();
    assert_eq!(markup.text(), Some("edited"));
    assert!(markup.reply_markup().is_none());

    // A button press on a message the fake sent carries that message.
    api.push_update(callback_query(USER, USER, m1.id.0 as i64, "x", None));
    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::CallbackQuery(q) = &updates[0].kind else { panic!("{updates:?}") };
    assert_eq!(q.regular_message().unwrap().text(), Some("edited"));

    bot.answer_callback_query(q.id.clone()).text("ok").await.unwrap();
    bot.delete_message(ChatId(USER), m1.id).await.unwrap();
    bot.set_my_commands([teloxide::types::BotCommand::new("start", "Start")]).await.unwrap();
    assert_eq!(bot.get_my_commands().await.unwrap()[0].command, "start");
    bot.delete_webhook().await.unwrap();
    let info = bot.get_webhook_info().await.unwrap();
    assert!(info.url.is_none());
    bot.get_chat(ChatId(-100_123)).await.unwrap();
    bot.get_chat(ChatId(USER)).await.unwrap();
    bot.leave_chat(ChatId(-5)).await.unwrap();
    api.assert_no_violations();
}

#[tokio::test]
async fn multipart_uploads_are_decoded_and_validated() {
    use teloxide::types::{InputFile, InputMedia, InputMediaPhoto};
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let by_url = InputFile::url("https://example.org/a.jpg".parse().unwrap());
    let m =
        bot.send_photo(ChatId(-100_500), by_url).caption("<i>20 Yanvar</i>").parse_mode(ParseMode::Html).await.unwrap();
    assert!(m.photo().is_some());
    assert_eq!(m.caption(), Some("20 Yanvar"));
    let upload = InputFile::memory(b"not really a jpeg".to_vec()).file_name("a.jpg");
    bot.send_document(ChatId(USER), upload).reply_markup(keyboard("doc")).await.unwrap();
    let call = &api.calls_to("sendDocument")[0];
    assert_eq!(call.params["chat_id"], json!(USER));
    assert_eq!(call.params["document"], json!("<uploaded file a.jpg>"));
    assert_eq!(call.callback_data(), vec!["doc"]);
    let media = |name: &str| {
        InputMedia::Photo(InputMediaPhoto::new(InputFile::memory(b"x".to_vec()).file_name(name.to_owned())))
    };
    let group = bot.send_media_group(ChatId(USER), [media("1.jpg"), media("2.jpg")]).await.unwrap();
    assert_eq!(group.len(), 2);
    api.assert_no_violations();

    // A bad caption in a multipart request is caught like in JSON.
    let photo = InputFile::file_id("abc".into());
    let e = bot.send_photo(ChatId(USER), photo).caption("x".repeat(1025)).await.unwrap_err();
    assert!(matches!(&e, RequestError::Api(ApiError::Unknown(d)) if d.contains("caption is too long")), "{e:?}");
    assert_eq!(api.violations().len(), 1, "{:?}", api.violations());
}

#[tokio::test]
async fn chat_member_statuses_parse() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let chat = -100_200;
    let m = bot.get_chat_member(ChatId(chat), UserId(USER as u64)).await.unwrap();
    assert!(m.kind.is_member(), "default is member");
    for (status, check) in [
        ("creator", ChatMemberKind::is_owner as fn(&ChatMemberKind) -> bool),
        ("administrator", ChatMemberKind::is_administrator),
        ("member", ChatMemberKind::is_member),
        ("restricted", ChatMemberKind::is_restricted),
        ("left", ChatMemberKind::is_left),
        ("kicked", ChatMemberKind::is_banned),
    ] {
        api.set_member_status(chat, USER, status);
        let m = bot.get_chat_member(ChatId(chat), UserId(USER as u64)).await.unwrap();
        assert!(check(&m.kind), "{status}: {m:?}");
        assert_eq!(m.user.id, UserId(USER as u64));
    }
    api.set_member_status(chat, BOT_ID, "administrator");
    let admins = bot.get_chat_administrators(ChatId(chat)).await.unwrap();
    assert_eq!(admins.len(), 1);
    assert!(admins[0].user.is_bot && admins[0].kind.is_administrator());
    api.assert_no_violations();
}

#[tokio::test]
async fn faults_map_to_teloxide_errors() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let send = |chat: i64| bot.send_message(ChatId(chat), "hi");

    api.fail_next("SendMessage", Fault::RetryAfter(7));
    let e = send(USER).await.unwrap_err();
    assert!(matches!(e, RequestError::RetryAfter(s) if s.seconds() == 7), "{e:?}");

    api.fail_next("sendMessage", Fault::Blocked);
    let e = send(USER).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::BotBlocked)), "{e:?}");

    api.fail_next("sendMessage", Fault::ChatNotFound);
    let e = send(USER).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::ChatNotFound)), "{e:?}");

    api.fail_next("sendMessage", Fault::Migrate(-100_999));
    let e = send(-42).await.unwrap_err();
    assert!(matches!(e, RequestError::MigrateToChatId(ChatId(-100_999))), "{e:?}");

    api.fail_next("sendMessage", Fault::Kicked);
    let e = send(-100_300).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::BotKickedFromSupergroup)), "{e:?}");
    api.set_chat(-100_301, "channel", "C");
    api.fail_next("sendMessage", Fault::Kicked);
    let e = send(-100_301).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::BotKickedFromChannel)), "{e:?}");

    api.fail_next("sendMessage", Fault::UserDeactivated);
    let e = send(USER).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::UserDeactivated)), "{e:?}");

    api.fail_next("getMe", Fault::Api { status: 400, description: "Bad Request: something odd".into() });
    let e = bot.get_me().await.unwrap_err();
    assert!(matches!(&e, RequestError::Api(ApiError::Unknown(d)) if d == "Bad Request: something odd"), "{e:?}");

    // Queues are per method and consumed in order; per-chat queues only hit that chat.
    api.fail_next("sendMessage", Fault::Blocked);
    api.fail_next("sendMessage", Fault::ChatNotFound);
    bot.get_me().await.unwrap();
    assert!(matches!(send(USER).await, Err(RequestError::Api(ApiError::BotBlocked))));
    assert!(matches!(send(USER).await, Err(RequestError::Api(ApiError::ChatNotFound))));
    send(USER).await.unwrap();
    api.fail_next_in_chat("sendMessage", 555, Fault::Blocked);
    send(USER).await.unwrap();
    assert!(send(555).await.is_err());
    send(555).await.unwrap();

    // Persistent faults.
    api.block_chat(777);
    for _ in 0..2 {
        assert!(matches!(send(777).await, Err(RequestError::Api(ApiError::BotBlocked))));
    }
    api.migrate_chat(-888, -100_888);
    assert!(matches!(send(-888).await, Err(RequestError::MigrateToChatId(ChatId(-100_888)))));
    assert!(send(-100_888).await.unwrap().chat.is_supergroup());
    api.set_chat_fault(777, None);
    send(777).await.unwrap();

    // Slow answers normally after the delay.
    api.fail_next("sendMessage", Fault::Slow(Duration::from_millis(200)));
    let started = Instant::now();
    send(USER).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(200));

    // ServerError at the HTTP level (teloxide itself would sleep 10 s on a 5xx).
    api.fail_next("getMe", Fault::ServerError);
    let (status, body) = raw_post(&api, "getMe", "{}").await;
    assert_eq!(status, 500);
    assert_eq!(body["ok"], json!(false));
    api.assert_no_violations();
}

#[tokio::test]
async fn invalid_requests_are_recorded_as_violations() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();

    // Unknown parameter: Telegram ignores it, the fake answers but records it.
    let (status, _) = raw_post(&api, "sendMessage", r#"{"chat_id":1,"text":"hi","bogus":true}"#).await;
    assert_eq!(status, 200);
    assert_eq!(api.violations().len(), 1, "{:?}", api.violations());
    assert!(api.violations()[0].contains("bogus"));
    api.clear_violations();

    // Missing required parameter.
    let (status, body) = raw_post(&api, "sendMessage", r#"{"chat_id":1}"#).await;
    assert_eq!((status, body["description"].as_str()), (400, Some("Bad Request: message text is empty")));
    assert!(api.violations()[0].contains("\"text\""), "{:?}", api.violations());
    api.clear_violations();

    // Type errors: String given an object, Integer given a string.
    raw_post(&api, "sendMessage", r#"{"chat_id":1,"text":{"a":1}}"#).await;
    raw_post(&api, "getChatMember", r#"{"chat_id":1,"user_id":"2"}"#).await;
    raw_post(&api, "sendMessage", r#"{"chat_id":1,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"a"}]]}}"#)
        .await;
    let v = api.violations();
    assert_eq!(v.len(), 3, "{v:#?}");
    assert!(v[0].contains("text: expected String"), "{v:?}");
    assert!(v[1].contains("user_id: expected Integer"), "{v:?}");
    assert!(v[2].contains("exactly one action field"), "{v:?}");
    api.clear_violations();

    // Unknown method.
    let (status, _) = raw_post(&api, "sendMessageToTheMoon", "{}").await;
    assert_eq!(status, 404);
    assert_eq!(api.violations().len(), 1);
    api.clear_violations();

    // Through teloxide: too long text, too long callback data, broken HTML.
    let long = "ə".repeat(5000);
    let e = bot.send_message(ChatId(USER), long).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::MessageIsTooLong)), "{e:?}");
    let e = bot.send_message(ChatId(USER), "x").reply_markup(keyboard(&"d".repeat(65))).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::ButtonDataInvalid)), "{e:?}");
    let e = bot.send_message(ChatId(USER), "<b>open").parse_mode(ParseMode::Html).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::CantParseEntities(_))), "{e:?}");
    let v = api.violations();
    assert_eq!(v.len(), 3, "{v:#?}");
    assert!(v[0].contains("5000 UTF-16 units"), "{v:?}");
    assert!(v[1].contains("callback_data"), "{v:?}");
    assert!(v[2].contains("can't parse entities"), "{v:?}");

    // 4096 UTF-16 units is fine; an emoji counts 2.
    api.clear_violations();
    bot.send_message(ChatId(USER), "a".repeat(4096)).await.unwrap();
    assert!(bot.send_message(ChatId(USER), "😀".repeat(2049)).await.is_err());
    assert_eq!(api.violations().len(), 1);
    api.clear_violations();

    // With rejecting off the request is answered but still recorded.
    api.set_reject_invalid(false);
    bot.send_message(ChatId(USER), "x".repeat(5000)).await.unwrap();
    assert_eq!(api.violations().len(), 1);
    let panic = std::panic::catch_unwind(|| api.assert_no_violations()).unwrap_err();
    let msg = panic.downcast_ref::<String>().unwrap();
    assert!(msg.contains("1 violation(s)") && msg.contains("sendMessage"), "{msg}");
    assert!(api.calls().iter().all(|c| c.at.elapsed() < Duration::from_secs(60)));
}

#[tokio::test]
async fn rate_cap_answers_429_above_the_cap() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    api.set_rate_cap(Some(5));
    let mut limited = 0;
    for i in 0..8 {
        match bot.send_message(ChatId(1000 + i), "x").await {
            Ok(_) => {}
            Err(RequestError::RetryAfter(s)) if s.seconds() == 1 => limited += 1,
            Err(e) => panic!("{e:?}"),
        }
    }
    assert_eq!((api.sent_ok(), api.rejected_429(), limited), (5, 3, 3));
    assert_eq!(api.max_sends_per_second(), 5);
    assert_eq!(api.max_sends_per_second_per_chat(), 1);

    api.reset_send_stats();
    api.set_rate_cap(None);
    api.set_chat_rate_cap(Some(1));
    bot.send_message(ChatId(1), "a").await.unwrap();
    bot.send_message(ChatId(2), "b").await.unwrap();
    assert!(matches!(bot.send_message(ChatId(1), "c").await, Err(RequestError::RetryAfter(_))));
    bot.send_chat_action(ChatId(1), teloxide::types::ChatAction::Typing).await.unwrap(); // not a send
    assert_eq!((api.sent_ok(), api.rejected_429()), (2, 1));
    assert_eq!(api.max_sends_in_window_for_chat(1, Duration::from_secs(1)), 1);
    assert_eq!(api.max_sends_per_second(), 2);
    api.assert_no_violations();
}

#[tokio::test]
async fn long_poll_waits_for_timeout_or_update_without_spinning() {
    let api = FakeBotApi::start().await;
    let bot = api.bot();
    let started = Instant::now();
    let updates = bot.get_updates().timeout(1).await.unwrap();
    let took = started.elapsed();
    assert!(updates.is_empty());
    assert!(took >= Duration::from_millis(950) && took < Duration::from_secs(3), "{took:?}");
    assert_eq!(api.calls_to("getUpdates").len(), 1);

    // An update pushed while the poll is held wakes it at once.
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(5).await }
    });
    let started = Instant::now();
    api.push_update(private_text(USER, USER, None, "hi"));
    let updates = poll.await.unwrap().unwrap();
    assert_eq!(updates.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(4));

    // The hold is capped.
    api.set_max_long_poll(Duration::from_millis(100));
    let started = Instant::now();
    let last = updates[0].id.as_offset();
    assert!(bot.get_updates().offset(last).timeout(10).await.unwrap().is_empty());
    assert!(started.elapsed() < Duration::from_secs(2));
    api.assert_no_violations();
}

#[tokio::test]
async fn dispatcher_polls_and_replies() {
    let api = FakeBotApi::start().await;
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, format!("echo: {}", msg.text().unwrap_or_default())).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(api.bot(), handler).build();
    let token = dispatcher.shutdown_token();
    let task = tokio::spawn(async move { dispatcher.dispatch().await });

    api.push_update(private_text(USER, USER, Some("en"), "/start"));
    let texts = api.wait_for_sent_texts(USER, 1, WAIT_TIMEOUT).await;
    assert_eq!(texts, vec!["echo: /start"]);
    api.push_update(private_text(USER, USER, Some("en"), "second"));
    api.wait_for_sent_texts(USER, 2, WAIT_TIMEOUT).await;
    api.wait_until_updates_consumed(WAIT_TIMEOUT).await;

    token.shutdown().unwrap().await;
    task.await.unwrap();
    let methods: Vec<String> = api.calls().into_iter().map(|c| c.method).collect();
    // `dispatch()` builds the polling listener (getWebhookInfo) before getMe.
    assert_eq!(methods[..3], ["getWebhookInfo", "getMe", "getUpdates"], "{methods:?}");
    let polls = api.calls_to("getUpdates");
    assert_eq!(polls[0].params, json!({"allowed_updates": ["message"], "offset": 0, "timeout": 10}));
    // Graceful shutdown confirms the offset with a short final poll.
    assert_eq!(polls.last().unwrap().params, json!({"limit": 1, "offset": 3, "timeout": 0}));
    api.assert_no_violations();
    api.shutdown().await;
}

#[tokio::test]
async fn wait_for_fails_with_a_clear_message() {
    let api = FakeBotApi::start().await;
    assert!(api.try_wait_for(|calls| !calls.is_empty(), Duration::from_millis(50)).await.is_none());
    let api2 = api.clone();
    let err = tokio::spawn(async move { api2.wait_for_calls("sendMessage", 1, Duration::from_millis(50)).await })
        .await
        .unwrap_err();
    let msg = err.into_panic().downcast::<String>().unwrap();
    assert!(msg.contains("expected 1 call(s) of sendMessage"), "{msg}");
}
