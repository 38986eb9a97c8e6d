//! The application layer on its own: what a chat can do, without Telegram or a fake server. Each
//! test builds the same `App` the adapters use, on a temporary database and a manual clock, and
//! checks the plain outcomes and what was stored. Expected texts come from the same `Brain`.

mod support;

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use january20_bot::answer::Brain;
use january20_bot::app::{App, ChatRef, Event, Input, Membership, Message, Outcome, Sender, Text};
use january20_bot::clock::Clock;
use january20_bot::delivery::Outbox;
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{ChatKind, Plan, Store};
use support::{TempDb, at};

const OWNER: u64 = 9001;

fn brain() -> Arc<Brain> {
    static BRAIN: OnceLock<Arc<Brain>> = OnceLock::new();
    BRAIN.get_or_init(|| Arc::new(Brain::embedded().expect("embedded data loads"))).clone()
}

/// An ordinary day, far from 19–20 January.
fn day() -> DateTime<Utc> {
    at("2026-06-01T10:00:00+04:00")
}

async fn app_at(db: &TempDb, now: DateTime<Utc>) -> (App, Store) {
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, _) = Clock::manual(now);
    let app = App::new(brain(), Outbox::new(store.clone()), clock, vec![OWNER], Some("january20_test_bot".into()));
    (app, store)
}

fn private(id: i64) -> ChatRef<'static> {
    ChatRef { id, kind: ChatKind::Private, title: None }
}

fn group(id: i64) -> ChatRef<'static> {
    ChatRef { id, kind: ChatKind::Supergroup, title: Some("Memory group") }
}

fn person(id: u64, lang: Option<Lang>, is_admin: bool) -> Sender {
    Sender { user_id: Some(id), lang, is_admin }
}

async fn text(app: &App, chat: ChatRef<'_>, sender: Sender, text: &str) -> Outcome {
    app.handle(&Input { chat, sender, event: Event::Text { text, addressed: true } }).await
}

async fn press(app: &App, chat: ChatRef<'_>, sender: Sender, data: &str) -> Outcome {
    app.handle(&Input { chat, sender, event: Event::Press { data } }).await
}

/// The one plain message of an outcome.
fn said(outcome: &Outcome) -> &str {
    assert_eq!(outcome.messages.len(), 1, "one message: {outcome:?}");
    match &outcome.messages[0].text {
        Text::Plain(text) => text,
        Text::Titled { body, .. } => body,
    }
}

fn edited(outcome: &Outcome) -> &str {
    match &outcome.edit.as_ref().expect("an edit").text {
        Text::Plain(text) => text,
        other => panic!("a plain edit, not {other:?}"),
    }
}

fn button_data(message: &Message) -> Vec<&str> {
    message.buttons.iter().flatten().map(|b| b.data.as_str()).collect()
}

#[tokio::test]
async fn a_question_is_answered_in_its_language_and_out_of_scope_offers_a_menu() {
    let db = TempDb::new("app-questions");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    let casualties = b.knowledge.topic_id("casualties").unwrap();
    let answer = text(&app, private(1), person(1, Some(Lang::Ru), false), "How many people were killed?").await;
    assert_eq!(
        answer.messages[0].text,
        Text::Titled {
            lead: None,
            title: b.topic_title(casualties, Lang::En),
            body: b.topic_answer(casualties, Lang::En, day())
        }
    );
    // Nothing to tell the language by: the user's client language (Russian) decides.
    let shrug = text(&app, private(1), person(1, Some(Lang::Ru), false), "12345").await;
    assert_eq!(said(&shrug), b.text(Lang::Ru, "out-of-scope"));
    let menu: Vec<String> = b.menu_topics().into_iter().map(|t| format!("t:{}", b.knowledge.topic(t).id)).collect();
    assert_eq!(button_data(&shrug.messages[0]), menu);
}

#[tokio::test]
async fn the_chat_language_comes_after_the_questions_own_and_before_the_users() {
    let db = TempDb::new("app-language");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let user = person(2, Some(Lang::En), false);
    let prompt = text(&app, private(2), user, "/language").await;
    assert_eq!(button_data(&prompt.messages[0]), ["l:az", "l:en", "l:ru"]);
    let set = press(&app, private(2), user, "l:az").await;
    assert_eq!(edited(&set), b.text(Lang::Az, "language-set"));
    assert_eq!(store.chat_lang(2).await.unwrap(), Some(Lang::Az));
    // A language-neutral message now gets Azerbaijani; an English question still English.
    let help = text(&app, private(2), user, "/help").await;
    let share = b.text_with(Lang::Az, "help-inline", &[("bot", i18n::s("@january20_test_bot"))]);
    assert_eq!(said(&help), format!("{}\n{share}", b.text(Lang::Az, "help")), "with the bot's real username");
    let english = text(&app, private(2), user, "How many people were injured?").await;
    assert!(matches!(&english.messages[0].text, Text::Titled { body, .. } if body.contains("744")));
    // `/language ru` sets it at once.
    assert_eq!(said(&text(&app, private(2), user, "/language ru").await), b.text(Lang::Ru, "language-set"));
    assert_eq!(store.chat_lang(2).await.unwrap(), Some(Lang::Ru));
}

#[tokio::test]
async fn group_settings_are_for_administrators_and_only_addressed_text_is_answered() {
    let db = TempDb::new("app-group");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let (chat, member, admin) = (group(-1_001), person(11, None, false), person(12, None, true));
    let input = Input { chat, sender: member, event: Event::Text { text: "/subscribe", addressed: false } };
    assert!(app.needs_admin(&input), "the adapter must find out whether the sender is an admin");
    assert!(!app.needs_admin(&Input { event: Event::Text { text: "/help", addressed: false }, ..input }));

    assert_eq!(said(&app.handle(&input).await), b.text(Lang::En, "admins-only"));
    assert_eq!(said(&text(&app, chat, member, "/language").await), b.text(Lang::En, "admins-only"));
    let offer = text(&app, chat, admin, "/subscribe@january20_test_bot").await;
    assert_eq!(button_data(&offer.messages[0]), ["s:all", "s:silence"]);
    let refused = press(&app, chat, member, "s:all").await;
    assert_eq!(refused.note.as_deref(), Some(b.text(Lang::En, "admins-only").as_str()));
    assert_eq!(refused.edit, None, "the offer stays");
    assert_eq!(store.subscription(chat.id).await.unwrap(), None);
    let done = press(&app, chat, admin, "s:silence").await;
    assert_eq!(edited(&done), b.text_with(Lang::En, "subscribe-done", &[("plan", i18n::s("silence"))]));
    assert_eq!(store.subscription(chat.id).await.unwrap(), Some(Plan::Silence));

    // Chatter, another bot's command and an unknown command are not for us.
    let quiet = |text: &'static str| Input { chat, sender: member, event: Event::Text { text, addressed: false } };
    for chatter in ["how many were injured", "/facts@other_bot", "/weather"] {
        assert_eq!(app.handle(&quiet(chatter)).await, Outcome::nothing(), "{chatter}");
    }
    let addressed =
        Input { chat, sender: member, event: Event::Text { text: "how many were injured", addressed: true } };
    assert!(
        matches!(&app.handle(&addressed).await.messages[0].text, Text::Titled { body, .. } if body.contains("744"))
    );
}

#[tokio::test]
async fn status_tells_the_next_reminder_of_the_plan() {
    let db = TempDb::new("app-status");
    let morning = at("2027-01-20T09:30:00+04:00");
    let (app, _) = app_at(&db, morning).await;
    let b = brain();
    let user = person(3, Some(Lang::En), false);
    assert_eq!(said(&text(&app, private(3), user, "/status").await), b.text(Lang::En, "status-not-subscribed"));
    text(&app, private(3), user, "/subscribe").await;
    press(&app, private(3), user, "s:all").await;
    let status = text(&app, private(3), user, "/status").await;
    let expected = b.text_with(
        Lang::En,
        "status-subscribed",
        &[
            ("plan", i18n::s("all")),
            ("next_when", i18n::s("today")),
            ("next_date", i18n::s("20 January 2027")),
            ("next_time", i18n::s("12:00")),
            ("days_until", i18n::n(0)),
            ("hours_until", i18n::n(2)),
            ("minutes_until", i18n::n(30)),
        ],
    );
    let quiet = "Between 22:00 and 07:00 Baku time, reminders and announcements arrive without a notification sound.";
    let today = "Today is the national day of mourning. The minute of silence will be observed at 12:00 Baku time.";
    assert_eq!(said(&status), format!("{today}\n{expected}\n{quiet}"));
    assert!(expected.contains("today by 12:00"), "{expected}");
    let bye = text(&app, private(3), user, "/unsubscribe").await;
    assert_eq!(said(&bye), b.text(Lang::En, "unsubscribe-done"));
}

/// On the eve, the morning reminder is tomorrow's, not a date.
#[tokio::test]
async fn status_on_the_eve_says_tomorrow() {
    let db = TempDb::new("app-status-eve");
    let (app, _) = app_at(&db, at("2027-01-19T20:05:00+04:00")).await;
    let user = person(3, Some(Lang::Ru), false);
    text(&app, private(3), user, "/subscribe").await;
    press(&app, private(3), user, "s:all").await;
    let status = said(&text(&app, private(3), user, "/status").await).to_string();
    assert!(status.contains("завтра, к 08:00"), "{status}");
}

/// /status names the next reminder this chat has not had: one that reached it early in its wave
/// is behind it, one due and still queued for it (late) is on its way, and one that was due
/// before the chat subscribed will not come.
#[tokio::test]
async fn status_names_the_next_reminder_this_chat_has_not_had() {
    let db = TempDb::new("app-status-next");
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, hand) = Clock::manual(at("2027-01-20T09:00:00+04:00"));
    let app = App::new(brain(), Outbox::new(store.clone()), clock, vec![OWNER], None);
    let user = |id: i64| person(id as u64, Some(Lang::En), false);
    let status = async |id: i64| said(&text(&app, private(id), user(id), "/status").await).to_string();
    for id in [41, 42] {
        text(&app, private(id), user(id), "/subscribe").await;
        press(&app, private(id), user(id), "s:all").await;
    }
    // 09:00: the morning reminder was due before they subscribed; the silence is today's next.
    assert!(status(41).await.contains("The next one will arrive today by 12:00 Baku time, within 3 hours."));
    let (start, time, stale) =
        (at("2027-01-20T10:00:00+04:00"), at("2027-01-20T12:00:00+04:00"), at("2027-01-20T12:10:00+04:00"));
    store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], start, stale).await.expect("queued");
    let eleven = at("2027-01-20T11:00:00+04:00");
    hand.set(eleven);
    let first = store.ready(eleven, 10).await.expect("ready").into_iter().find(|p| p.chat_id == 41);
    store.mark_sent(first.expect("a row for chat 41").id, eleven).await.expect("sent");
    assert!(status(41).await.contains("The next one will arrive on 19 January 2028 by 20:00 Baku time"));
    assert!(status(42).await.contains("The next one will arrive today by 12:00 Baku time, within 1 hour."));
    hand.set(time + chrono::Duration::minutes(5));
    let late = brain().text_with(
        Lang::En,
        "status-subscribed",
        &[("plan", i18n::s("all")), ("next_when", i18n::s("late")), ("next_time", i18n::s("12:00"))],
    );
    assert!(status(42).await.contains(&late), "{late}");
    text(&app, private(43), user(43), "/subscribe").await;
    press(&app, private(43), user(43), "s:all").await;
    assert!(status(43).await.contains("19 January 2028"));
}

#[tokio::test]
async fn status_says_when_reminders_come_silently_on_the_chats_clock() {
    let db = TempDb::new("app-status-quiet");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let quiet = |lang, zone: &str, place: &str| {
        let args = [("quiet_from", "22:00"), ("quiet_until", "07:00"), ("zone", zone), ("place", place)];
        b.text_with(lang, "status-quiet", &args.map(|(k, v)| (k, i18n::s(v))))
    };
    let baku = [
        "Bakı vaxtı ilə saat 22:00-dan 07:00-dək xatırlatmalar və elanlar səssiz göndərilir.",
        "Between 22:00 and 07:00 Baku time, reminders and announcements arrive without a notification sound.",
        "С 22:00 до 07:00 по бакинскому времени напоминания и объявления приходят без звука.",
    ];
    let new_york = [
        "Nyu-York vaxtı ilə saat 22:00-dan 07:00-dək xatırlatmalar və elanlar səssiz göndərilir.",
        "Between 22:00 and 07:00 New York time, reminders and announcements arrive without a notification sound.",
        "С 22:00 до 07:00 по местному времени (Нью-Йорк) напоминания и объявления приходят без звука.",
    ];
    for (i, lang) in [Lang::Az, Lang::En, Lang::Ru].into_iter().enumerate() {
        let (chat, user) = (40 + i as i64, person(40 + i as u64, Some(lang), false));
        text(&app, private(chat), user, "/subscribe").await;
        press(&app, private(chat), user, "s:silence").await;
        let status = text(&app, private(chat), user, "/status").await;
        assert!(said(&status).ends_with(&format!("\n{}", baku[i])), "{lang:?}: {}", said(&status));
        assert_eq!(quiet(lang, "baku", ""), baku[i]);
        store.set_timezone(chat, Some("America/New_York")).await.unwrap();
        let status = text(&app, private(chat), user, "/status").await;
        assert!(said(&status).ends_with(&format!("\n{}", new_york[i])), "{lang:?}: {}", said(&status));
        let place = january20_bot::local_time::place(&b, lang, chrono_tz::America::New_York);
        assert_eq!(quiet(lang, "local", &place), new_york[i]);
    }
}

#[tokio::test]
async fn broadcasts_are_for_owners_and_go_out_once_confirmed() {
    let db = TempDb::new("app-broadcast");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let (owner, stranger) = (person(OWNER, Some(Lang::En), false), person(5, Some(Lang::En), false));
    text(&app, private(5), stranger, "/subscribe").await;
    press(&app, private(5), stranger, "s:all").await;
    assert_eq!(said(&text(&app, private(5), stranger, "/broadcast hi").await), b.text(Lang::En, "owners-only"));
    assert_eq!(
        said(&text(&app, private(OWNER as i64), owner, "/broadcast").await),
        b.text(Lang::En, "broadcast-usage")
    );
    let draft = text(&app, private(OWNER as i64), owner, "/broadcast hello").await;
    let data = button_data(&draft.messages[0]).into_iter().map(String::from).collect::<Vec<_>>();
    assert!(data[0].starts_with("b:y:") && data[1].starts_with("b:n:"));
    let refused = press(&app, private(OWNER as i64), stranger, &data[0]).await;
    assert_eq!(refused.note.as_deref(), Some(b.text(Lang::En, "owners-only").as_str()));
    let queued = press(&app, private(OWNER as i64), owner, &data[0]).await;
    assert_eq!(edited(&queued), b.text_with(Lang::En, "broadcast-queued", &[("count", i18n::n(1))]));
    let again = press(&app, private(OWNER as i64), owner, &data[0]).await;
    assert_eq!(again.note.as_deref(), Some(b.text(Lang::En, "button-expired").as_str()));
    let pending = store.ready(day(), 10).await.unwrap();
    assert_eq!(pending.iter().map(|p| (p.chat_id, p.text.as_deref())).collect::<Vec<_>>(), [(5, Some("hello"))]);
}

#[tokio::test]
async fn channels_subscribe_while_the_bot_may_post_and_groups_get_a_welcome() {
    let db = TempDb::new("app-membership");
    let (app, store) = app_at(&db, day()).await;
    let channel = ChatRef { id: -10_077, kind: ChatKind::Channel, title: Some("News") };
    let admin = person(1, Some(Lang::Az), false);
    let change =
        |may_post, is_member| Event::Membership(Membership { was_member: true, is_member, banned: false, may_post });
    app.handle(&Input { chat: channel, sender: admin, event: change(true, true) }).await;
    assert_eq!(store.subscription(channel.id).await.unwrap(), Some(Plan::All));
    app.handle(&Input { chat: channel, sender: admin, event: change(false, false) }).await;
    assert_eq!(store.subscription(channel.id).await.unwrap(), None);
    assert!(!store.chat(channel.id).await.unwrap().unwrap().active, "removed: nothing is sent there");

    let joined = Event::Membership(Membership { was_member: false, is_member: true, banned: false, may_post: false });
    let welcome = app.handle(&Input { chat: group(-1_002), sender: admin, event: joined }).await;
    assert_eq!(said(&welcome), brain().text(Lang::Az, "group-welcome"));
}

#[tokio::test]
async fn a_storage_failure_gets_an_apology_not_silence() {
    let db = TempDb::new("app-failure");
    let (app, store) = app_at(&db, day()).await;
    store.close().await;
    let outcome = text(&app, private(6), person(6, Some(Lang::Ru), false), "/subscribe").await;
    assert_eq!(said(&outcome), brain().text(Lang::Ru, "error-generic"));
    let outcome = press(&app, private(6), person(6, Some(Lang::Ru), false), "s:all").await;
    assert_eq!(outcome.note.as_deref(), Some(brain().text(Lang::Ru, "error-generic").as_str()));
}

#[tokio::test]
async fn unanswered_questions_are_kept_without_names_and_shown_to_owners() {
    let db = TempDb::new("app-unanswered");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let (owner, user) = (person(OWNER, Some(Lang::En), false), person(8, Some(Lang::En), false));
    for _ in 0..2 {
        text(&app, private(8), user, "What is the weather in Baku tomorrow?").await;
    }
    text(&app, private(8), user, "How many people were killed?").await;
    let kept = store.unanswered(day(), 30, 10).await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!((kept[0].question.as_str(), kept[0].count), ("what is the weather in baku tomorrow", 2));
    assert_eq!(said(&text(&app, private(8), user, "/unanswered").await), b.text(Lang::En, "owners-only"));
    let shown = text(&app, private(OWNER as i64), owner, "/unanswered").await;
    assert!(said(&shown).starts_with(&b.text_with(Lang::En, "unanswered-header", &[("days", i18n::n(30))])));
    assert!(said(&shown).contains("what is the weather in baku tomorrow"));
    // Kept for the days data/facts.toml gives, then forgotten.
    let later = day() + chrono::Duration::days(181);
    store.log_unanswered("another", Lang::En, "out_of_scope", later, 180).await.unwrap();
    assert_eq!(store.unanswered(later, 400, 10).await.unwrap().len(), 1, "the old question is gone");
}

#[tokio::test]
async fn did_you_mean_offers_its_topics_one_per_row() {
    let db = TempDb::new("app-did-you-mean");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    // Find a question the embedded brain is unsure about among a few vague ones.
    let vague = ["the troops", "what about the alley", "soldiers and people", "qoşunlar", "the night"];
    let question = vague
        .iter()
        .find(|q| matches!(b.understand(q).outcome, january20_bot::understand::Outcome::DidYouMean(_)))
        .expect("one of the vague questions gets a did-you-mean");
    let reply = b.ask(question, Lang::En, None, day());
    let outcome = text(&app, private(9), person(9, Some(Lang::En), false), question).await;
    let message = &outcome.messages[0];
    assert_eq!(message.text, Text::Plain(b.did_you_mean(reply.lang, &reply.candidates)));
    assert!(message.buttons.iter().all(|row| row.len() == 1), "one choice per row");
    let offered: Vec<String> = reply.candidates.iter().map(|&t| format!("t:{}", b.knowledge.topic(t).id)).collect();
    assert_eq!(button_data(message), offered);
}

/// `/stats` tells the owner, before the day, whether the next wave fits and what a paid
/// broadcast would cost; a wave too big for its window is named, with what to do. A budget of one
/// message a second keeps the audience small: two hours hold 7,200 chats.
#[tokio::test]
async fn stats_show_whether_the_next_wave_fits() {
    use january20_bot::delivery::budget::Limits;
    let db = TempDb::new("app-wave-stats");
    let store = Store::open(db.path()).await.expect("database opens");
    let outbox = Outbox::new(store.clone()).with_limits(Limits::with_per_second(1), false);
    let app = App::new(brain(), outbox, Clock::manual(day()).0, vec![OWNER], None);
    let owner = person(OWNER, Some(Lang::En), false);
    // No chat subscribed: nothing to pay for, so no word of a cost.
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    assert!(!said(&outcome).contains("Telegram Star"), "{}", said(&outcome));
    store.seed_chats(1, 1_000, ChatKind::Private, Plan::All, day()).await.unwrap();
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    let stats = said(&outcome);
    // 1,000 chats at 0.8 a second: 20 min 50 s, ending a minute before 20:00 on the eve.
    assert!(
        stats.contains("Next reminder (19 January 2027, 20:00): 1,000 chats, to be sent 19:38–19:59 Baku time"),
        "{stats}"
    );
    assert!(stats.contains("Every chat will have it on time."), "{stats}");
    assert!(stats.contains("it would cost 100 Telegram Stars."), "{stats}");

    store.seed_chats(10_000, 7_000, ChatKind::Private, Plan::All, day()).await.unwrap();
    let outcome = text(&app, private(OWNER as i64), owner, "/stats").await;
    let stats = said(&outcome);
    assert!(stats.contains("holds only 7,200, so 800 will get it late"), "{stats}");
    assert!(stats.contains("--paid-broadcast"), "{stats}");
}

/// The unanswered log is best effort, because an answer matters more than its record. A full disk
/// (here: every insert into the log refused as SQLite refuses one on a full disk) never turns an
/// answer into an apology.
#[tokio::test]
async fn an_unanswered_log_that_cannot_write_never_breaks_the_answer() {
    let db = TempDb::sqlite("app-log-full");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    {
        use sqlx::Connection;
        let mut raw = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.path().display())).await.unwrap();
        sqlx::Executor::execute(
            &mut raw,
            "CREATE TRIGGER disk_full BEFORE INSERT ON unanswered BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END",
        )
        .await
        .unwrap();
        raw.close().await.unwrap();
    }
    let user = person(8, Some(Lang::En), false);
    let outcome = text(&app, private(8), user, "What is the weather in Baku tomorrow?").await;
    assert_eq!(outcome.messages.len(), 1, "{outcome:?}");
    assert_ne!(said(&outcome), b.text(Lang::En, "error-generic"), "an answer, not an apology");
    assert!(!outcome.messages[0].buttons.is_empty(), "the out-of-scope menu: {outcome:?}");
    assert!(store.unanswered(day(), 30, 10).await.unwrap().is_empty());
}

/// People write names and numbers into questions: what looks personal never reaches the unanswered
/// log, and an owner's /unanswered in a group does not post the list there.
#[tokio::test]
async fn the_unanswered_log_masks_what_is_personal_and_is_shown_only_in_private() {
    let db = TempDb::new("app-unanswered-private");
    let (app, store) = app_at(&db, day()).await;
    let b = brain();
    let user = person(8, Some(Lang::En), false);
    let typed = "My name is Rauf Aliyev, I live at 12 Nizami street, write to rauf@mail.az or +994 50 123 45 67";
    text(&app, private(8), user, typed).await;
    let kept = store.unanswered(day(), 30, 10).await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    for personal in ["rauf", "aliyev", "12", "nizami", "mail", "994", "67"] {
        assert!(!kept[0].question.split(' ').any(|w| w == personal), "{personal} kept: {}", kept[0].question);
    }
    let owner = person(OWNER, Some(Lang::En), true);
    let in_group = text(&app, group(-10_077), owner, "/unanswered").await;
    assert_eq!(said(&in_group), b.text(Lang::En, "unanswered-private-only"));
    let in_private = text(&app, private(OWNER as i64), owner, "/unanswered").await;
    assert!(said(&in_private).contains("[name]"), "{}", said(&in_private));
}

/// The card with the 12:00 reminder, asked for by a chat that has no reminder to carry it: the
/// bot says what it will do once the chat subscribes, never "done"; /card in such a chat offers the
/// way to subscribe instead of an on/off switch for a reminder it does not get.
#[tokio::test]
async fn the_card_with_the_reminder_is_promised_only_to_a_subscribed_chat() {
    let db = TempDb::new("app-card-reminder");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    let user = person(12, Some(Lang::Az), false);
    let unsubscribed_text =
        |card: &str| b.text_with(Lang::Az, "card-reminder-set-unsubscribed", &[("card", january20_bot::i18n::s(card))]);
    let unsubscribed = press(&app, private(12), user, "k:1").await;
    assert_eq!(said(&unsubscribed), unsubscribed_text("on"));
    text(&app, private(12), user, "/subscribe").await;
    press(&app, private(12), user, "s:silence").await;
    let card = text(&app, private(12), user, "/card").await;
    assert!(button_data(&card.messages[0]).contains(&"k:0"), "{card:?}");
    let subscribed = press(&app, private(12), user, "k:1").await;
    assert_eq!(said(&subscribed), b.text(Lang::Az, "card-reminder-set-on"));
    // After /unsubscribe: no switch, but the way to subscribe; a switch pressed from before says
    // what will come once the chat subscribes again.
    text(&app, private(12), user, "/unsubscribe").await;
    let card = text(&app, private(12), user, "/card").await;
    let data = button_data(&card.messages[0]);
    assert!(data.contains(&"s:?") && !data.iter().any(|d| d.starts_with("k:")), "{data:?}");
    assert_eq!(said(&press(&app, private(12), user, "k:0").await), unsubscribed_text("off"));
    let plans = press(&app, private(12), user, "s:?").await;
    assert!(button_data(&plans.messages[0]).contains(&"s:silence"), "{plans:?}");
    press(&app, private(12), user, "s:all").await;
    let card = text(&app, private(12), user, "/card").await;
    assert!(button_data(&card.messages[0]).contains(&"k:0"), "the card was asked for: {card:?}");
}

#[tokio::test]
async fn facts_are_browsed_by_part_and_every_answer_names_its_sources_and_neighbours() {
    let db = TempDb::new("app-browse");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    let me = || person(5, Some(Lang::En), false);
    let menu = text(&app, private(5), me(), "/facts").await;
    let groups: Vec<String> = b.knowledge.groups.iter().map(|g| format!("g:{g}")).collect();
    assert_eq!(button_data(&menu.messages[0]), groups);

    // A part of the story shows its topics in place, with the way back.
    let before = press(&app, private(5), me(), "g:before").await;
    let shown = button_data(before.edit.as_ref().expect("the menu is edited"));
    let expected: Vec<String> =
        b.knowledge.group_topics("before").iter().map(|&t| format!("t:{}", b.knowledge.topic(t).id)).collect();
    assert_eq!(&shown[..shown.len() - 1], expected);
    assert_eq!(shown.last(), Some(&"g:"));
    assert!(button_data(press(&app, private(5), me(), "g:").await.edit.as_ref().unwrap()).starts_with(&["g:night"]));

    // Every topic is in one part, names its sources under the answer and offers its neighbours;
    // the one about the sources lists them by kind instead, with no line of its own.
    for topic in b.knowledge.all_topics() {
        let id = &b.knowledge.topic(topic).id;
        assert!(b.knowledge.groups.contains(&b.knowledge.topic(topic).group));
        let answer = press(&app, private(5), me(), &format!("t:{id}")).await;
        let body = said(&answer);
        let line = body.rsplit("\n\n").next().unwrap();
        if id == "sources" {
            assert!(!body.contains(&b.sources_line(&b.knowledge.topic(topic).sources, Lang::En)), "{body}");
            continue;
        }
        assert!(line.starts_with("Source"), "{id}: {body}");
        for source in &b.knowledge.topic(topic).sources {
            assert!(line.contains(b.knowledge.sources.get(source).unwrap().name(Lang::En)), "{id}: {line}");
        }
        let related: Vec<String> = b.knowledge.topic(topic).related.iter().map(|r| format!("t:{r}")).collect();
        assert_eq!(button_data(&answer.messages[0]), related, "{id}");
    }
}

#[tokio::test]
async fn sources_lists_every_source_by_kind_within_telegrams_limit() {
    let db = TempDb::new("app-sources");
    let (app, _) = app_at(&db, day()).await;
    let b = brain();
    let menu = text(&app, private(6), person(6, Some(Lang::Ru), false), "/sources").await;
    let kinds: Vec<String> = january20_bot::sources::KINDS.iter().map(|k| format!("o:{k}")).collect();
    assert_eq!(button_data(&menu.messages[0]), kinds);
    let mut listed = 0;
    for kind in january20_bot::sources::KINDS {
        let lists = press(&app, private(6), person(6, Some(Lang::Ru), false), &format!("o:{kind}")).await;
        for message in &lists.messages {
            let Text::Plain(text) = &message.text else { panic!("a plain list") };
            assert!(text.encode_utf16().count() <= january20_bot::app::MAX_MESSAGE_UNITS);
            listed += text.lines().filter(|l| l.starts_with('•')).count();
        }
    }
    assert_eq!(listed, b.knowledge.sources.list.len(), "each source once");
    // The titles are the reader's, the 1994 decision is dated to its day, and a date is said once.
    let official = async |lang: Lang| {
        let lists = press(&app, private(7), person(7, Some(lang), false), "o:official").await;
        let plain = |m: &january20_bot::app::Message| match &m.text {
            Text::Plain(text) => text.clone(),
            Text::Titled { body, .. } => body.clone(),
        };
        lists.messages.iter().map(plain).collect::<Vec<_>>().join("\n")
    };
    let ru = official(Lang::Ru).await;
    assert!(ru.contains("Указ «Об объявлении чрезвычайного положения в городе Баку»"), "{ru}");
    assert!(ru.contains("в г. Баку 20 января 1990 года», 29 марта 1994 года"), "{ru}");
    let az = official(Lang::Az).await;
    assert!(az.contains("«Bakı şəhərində fövqəladə vəziyyət elan edilməsi haqqında» fərman"), "{az}");
    let en = official(Lang::En).await;
    assert!(en.contains("in Moscow, 21 January 1990\n") && !en.contains("1990, 21 January 1990"), "{en}");
}

/// `/candle` in a private chat lights the one person's candle and offers no button that could only
/// say so again; in a group the button stays for the others.
#[tokio::test]
async fn the_candle_button_follows_only_where_someone_else_can_press_it() {
    let db = TempDb::new("app-candle-button");
    let (app, _) = app_at(&db, day()).await;
    let alone = text(&app, private(60), person(60, Some(Lang::En), false), "/candle").await;
    assert!(alone.messages[0].buttons.is_empty(), "{alone:?}");
    let together = text(&app, group(-61), person(61, Some(Lang::En), false), "/candle").await;
    assert_eq!(button_data(&together.messages[0]).len(), 1, "{together:?}");
}

/// A candle counts for the coming anniversary: one lit on 25 November 2026 is for the 37th, on
/// 20 January 2027 (the day itself included), and the day after a new count begins for the 38th.
#[tokio::test]
async fn a_candle_counts_from_anniversary_to_anniversary() {
    let db = TempDb::new("app-candle-year");
    let store = Store::open(db.path()).await.expect("database opens");
    let (clock, hand) = Clock::manual(at("2026-11-25T12:00:00+04:00"));
    let app = App::new(brain(), Outbox::new(store), clock, vec![OWNER], None);
    let user = person(70, Some(Lang::En), false);
    let words = |key: &str, n: i64, anniversary: i64| {
        let count = if key == "candle-lit" { "others" } else { "count" };
        brain().text_with(Lang::En, key, &[(count, i18n::n(n)), ("anniversary", i18n::n(anniversary))])
    };
    assert_eq!(app.candle_anniversary(), (2027, 37));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-lit", 0, 37));
    hand.set(at("2027-01-20T23:59:00+04:00"));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-already", 1, 37));
    hand.set(at("2027-01-21T00:00:00+04:00"));
    assert_eq!(app.candle_anniversary(), (2028, 38));
    assert_eq!(said(&text(&app, private(70), user, "/candle").await), words("candle-lit", 0, 38));
    assert!(words("candle-lit", 0, 38).contains("38th anniversary"));
}
