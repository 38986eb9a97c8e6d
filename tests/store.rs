//! The store on its own: migrations, subscriptions, the outbox key, and moving a migrated group.

mod support;

use std::time::Duration;

use january20_bot::i18n::Lang;
use january20_bot::store::{ChatKind, Judgement, Plan, Store, Subscribed};

use support::{TempDb, at};

async fn fresh(name: &str) -> (Store, TempDb) {
    let db = TempDb::new(&format!("store-{name}"));
    (Store::open(db.path()).await.unwrap(), db)
}

#[tokio::test]
async fn subscriptions_survive_reopening_and_a_second_subscribe_is_already_done() {
    let (store, db) = fresh("reopen").await;
    let now = at("2026-12-01T10:00:00Z");
    store.upsert_chat(1, ChatKind::Private, None, now).await.unwrap();
    assert_eq!(store.subscribe(1, Plan::Silence, now).await.unwrap(), Subscribed::New);
    assert_eq!(store.subscribe(1, Plan::Silence, now).await.unwrap(), Subscribed::Already(Plan::Silence));
    assert_eq!(store.subscribe(1, Plan::All, now).await.unwrap(), Subscribed::Changed { from: Plan::Silence });
    store.close().await;
    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.subscription(1).await.unwrap(), Some(Plan::All));
}

#[tokio::test]
async fn an_occurrence_is_queued_once_per_chat_in_its_language() {
    let (store, _db) = fresh("once").await;
    let now = at("2026-12-01T10:00:00Z");
    for (chat, lang) in [(1, Some(Lang::Ru)), (2, None)] {
        store.upsert_chat(chat, ChatKind::Private, None, now).await.unwrap();
        if let Some(lang) = lang {
            store.set_chat_lang(chat, lang, now).await.unwrap();
        }
        store.subscribe(chat, Plan::All, now).await.unwrap();
    }
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap(), 2);
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap(), 0);
    let ready = store.ready(due, 10).await.unwrap();
    // Reminders are rendered when sent, in the language `Lang::choose` gives for the chat.
    let langs: Vec<(i64, Lang)> =
        ready.iter().map(|p| (p.chat_id, Lang::choose(None, p.chat_lang, p.user_lang))).collect();
    assert_eq!(langs, [(1, Lang::Ru), (2, Lang::En)]);
    assert!(ready.iter().all(|p| p.text.is_none()), "a reminder's text is rendered when it is sent");
    assert_eq!(store.expire(stale).await.unwrap(), 2, "unsent messages go stale, not out late");
}

#[tokio::test]
async fn a_migrated_group_keeps_subscription_and_language_and_nothing_bounces() {
    let (store, _db) = fresh("migrate").await;
    let now = at("2026-12-01T10:00:00Z");
    let (old, new) = (-10, -100_010);
    store.upsert_chat(old, ChatKind::Group, Some("g"), now).await.unwrap();
    store.set_chat_lang(old, Lang::Az, now).await.unwrap();
    store.subscribe(old, Plan::All, now).await.unwrap();
    // The supergroup is known already and subscribed too: both rows get queued.
    store.upsert_chat(new, ChatKind::Supergroup, Some("g"), now).await.unwrap();
    store.subscribe(new, Plan::All, now).await.unwrap();
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    store.enqueue_reminder("2027-silence", &[Plan::All, Plan::Silence], due, stale).await.unwrap();

    store.migrate_chat(old, new, due).await.unwrap();
    let ready = store.ready(due, 10).await.unwrap();
    assert_eq!(ready.iter().map(|p| p.chat_id).collect::<Vec<_>>(), [new], "one message, at the new id");
    assert_eq!(store.chat_lang(new).await.unwrap(), Some(Lang::Az));
    assert_eq!(store.subscription(new).await.unwrap(), Some(Plan::All));
    assert_eq!(store.subscription(old).await.unwrap(), None);
}

#[tokio::test]
async fn every_sqlite_migration_has_a_postgres_twin_and_is_listed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let names = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".sql").map(str::to_string))
            .collect();
        names.sort();
        names
    };
    let sqlite = names(&root);
    assert_eq!(sqlite, names(&root.join("postgres")), "migrations/ and migrations/postgres/ hold the same steps");
    assert_eq!(sqlite, january20_bot::store::migration_names(), "every step is listed in src/store/migrations.rs");
}

#[tokio::test]
async fn an_sqlite_database_made_by_an_older_bot_is_brought_up_to_date_and_keeps_its_rows() {
    use sqlx::Connection;
    let db = TempDb::sqlite("store-old");
    {
        let url = format!("sqlite://{}?mode=rwc", db.path().display());
        let mut old = sqlx::SqliteConnection::connect(&url).await.unwrap();
        for file in ["0001_init.sql", "0002_outbox_by_chat.sql"] {
            let sql = std::fs::read_to_string(format!("{}/migrations/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            sqlx::Executor::execute(&mut old, sql.as_str()).await.unwrap();
        }
        sqlx::Executor::execute(
            &mut old,
            "PRAGMA user_version = 2;
             INSERT INTO chats (chat_id, kind, lang, created_at, updated_at) VALUES (7, 'private', 'az', 0, 0);
             INSERT INTO subscriptions (chat_id, plan, created_at) VALUES (7, 'silence', 0);",
        )
        .await
        .unwrap();
        old.close().await.unwrap();
    }
    let store = Store::open(db.path()).await.unwrap();
    assert_eq!(store.subscription(7).await.unwrap(), Some(Plan::Silence));
    assert_eq!(store.chat_lang(7).await.unwrap(), Some(Lang::Az));
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::Silence], due, stale).await.unwrap(), 1);
    store.close().await;
}

#[tokio::test]
async fn every_store_call_behaves_the_same_on_each_engine() {
    let (store, _db) = fresh("calls").await;
    let now = at("2026-12-01T10:00:00Z");
    store.upsert_chat(1, ChatKind::Private, None, now).await.unwrap();
    store.upsert_chat(-2, ChatKind::Group, Some("group"), now).await.unwrap();
    store.upsert_chat(-3, ChatKind::Channel, Some("channel"), now).await.unwrap();
    store.set_user_lang(1, Lang::Ru).await.unwrap();
    store.set_user_lang(1, Lang::Ru).await.unwrap();
    store.set_chat_lang(-2, Lang::Az, now).await.unwrap();
    for chat in [1, -2, -3] {
        store.subscribe(chat, Plan::All, now).await.unwrap();
    }
    assert_eq!(store.subscribed_since(1).await.unwrap(), Some(now));
    assert_eq!(store.subscribed_since(404).await.unwrap(), None);
    let chat = store.chat(1).await.unwrap().unwrap();
    assert_eq!((chat.kind, chat.lang, chat.user_lang, chat.active), (ChatKind::Private, None, Some(Lang::Ru), true));
    let stats = store.subscriber_stats().await.unwrap();
    assert_eq!((stats.total, stats.private, stats.groups, stats.channels), (3, 1, 1, 1));
    assert_eq!((stats.by_lang[Lang::Az], stats.by_lang[Lang::En], stats.by_lang[Lang::Ru]), (1, 1, 1));

    // A blocked chat is deactivated and its queued rows fail; unsubscribing drops reminders only.
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All], due, stale).await.unwrap(), 3);
    assert_eq!(store.next_claimable_at().await.unwrap(), Some(due));
    store.set_active(-3, false, now).await.unwrap();
    assert!(!store.chat(-3).await.unwrap().unwrap().active);
    assert!(store.unsubscribe(-2).await.unwrap());
    assert!(!store.unsubscribe(-2).await.unwrap());
    let ready = store.ready(due, 10).await.unwrap();
    assert_eq!(ready.iter().map(|p| p.chat_id).collect::<Vec<_>>(), [1]);
    let counts = store.delivery("2027-silence").await.unwrap();
    assert_eq!((counts.pending, counts.failed), (1, 2));

    // Retried, then sent.
    let id = ready[0].id;
    store.retry_later(id, due + chrono::Duration::seconds(5), "429").await.unwrap();
    assert!(store.ready(due, 10).await.unwrap().is_empty());
    let again = store.ready(due + chrono::Duration::seconds(5), 10).await.unwrap();
    assert_eq!((again[0].id, again[0].attempts), (id, 1));
    store.mark_sent(id, due + chrono::Duration::seconds(6)).await.unwrap();
    assert_eq!(store.last_delivery().await.unwrap().unwrap().sent, 1);

    // Superseded rows keep their key: the occurrence is never queued for them later. A pending
    // row superseded is no longer pending; a settled one stays as it is.
    assert!(store.recipients(&[Plan::All], now - chrono::Duration::days(365)).await.unwrap().is_empty());
    let all: Vec<_> =
        store.recipients(&[Plan::All], now).await.unwrap().into_iter().map(|(chat, _)| (chat, now)).collect();
    assert_eq!(all.len(), 1);
    assert_eq!(store.supersede_wave("2027-eve", &all, stale).await.unwrap(), 1);
    assert_eq!(store.enqueue_reminder("2027-eve", &[Plan::All], now, stale).await.unwrap(), 0);
    assert_eq!(store.delivery("2027-eve").await.unwrap().superseded, 1);
    assert!(store.settled("2027-eve").await.unwrap().contains(&all[0].0));
    store.enqueue_reminder("2027-morning", &[Plan::All], now, stale).await.unwrap();
    assert!(store.settled("2027-morning").await.unwrap().is_empty());
    assert_eq!(store.supersede_wave("2027-morning", &all, stale).await.unwrap(), 1);
    assert_eq!(store.supersede_wave("2027-morning", &all, stale).await.unwrap(), 0);
    assert_eq!(store.delivery("2027-morning").await.unwrap().superseded, 1);

    // A broadcast: drafted, queued once, a second confirmation does nothing.
    let owner = 99;
    let draft = store.draft_broadcast(owner, "<b>words</b>", now).await.unwrap();
    let other = store.draft_broadcast(owner, "other", now).await.unwrap();
    assert_ne!(draft, other);
    assert_eq!(store.queue_broadcast(draft, stale, now).await.unwrap(), Some(1));
    assert_eq!(store.queue_broadcast(draft, stale, now).await.unwrap(), None);
    assert!(store.cancel_broadcast(other).await.unwrap());
    assert!(!store.cancel_broadcast(other).await.unwrap());
    let message = store.ready(now, 10).await.unwrap();
    assert_eq!(message[0].text.as_deref(), Some("<b>words</b>"));
    store.mark_failed(message[0].id, "400").await.unwrap();
    assert_eq!(store.expire(stale).await.unwrap(), 0);

    // Unanswered questions: counted, oldest forgotten.
    let day = chrono::Duration::days(1);
    store.log_unanswered("old", Lang::En, "out_of_scope", now - day * 200, 180).await.unwrap();
    for _ in 0..2 {
        store.log_unanswered("kim", Lang::Az, "did_you_mean", now, 180).await.unwrap();
    }
    let top = store.unanswered(now, 30, 10).await.unwrap();
    assert_eq!(top.iter().map(|u| (u.question.as_str(), u.count)).collect::<Vec<_>>(), [("kim", 2)]);

    store.seed_subscribers(1000, 50, Plan::Silence, now).await.unwrap();
    store.seed_subscribers(1000, 50, Plan::Silence, now).await.unwrap();
    assert_eq!(store.subscriber_stats().await.unwrap().total, 51);
    store.close().await;
}

#[tokio::test]
async fn subscribing_one_chat_from_many_tasks_at_once_never_fails() {
    let (store, _db) = fresh("concurrent").await;
    let now = at("2026-12-01T10:00:00Z");
    store.upsert_chat(5, ChatKind::Private, None, now).await.unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let plan = if i % 2 == 0 { Plan::All } else { Plan::Silence };
            tokio::spawn(async move { store.subscribe(5, plan, now).await })
        })
        .collect();
    let mut new = 0;
    for task in tasks {
        if task.await.unwrap().unwrap() == Subscribed::New {
            new += 1;
        }
    }
    assert_eq!(new, 1, "exactly one of them created the subscription");
    store.close().await;
}

#[tokio::test]
async fn a_postgres_server_that_is_not_there_is_one_line_that_says_what_to_do() {
    let url = std::path::Path::new("postgres://january20:secret-word@127.0.0.1:1/january20");
    let error = Store::open(url).await.expect_err("nothing listens on port 1").to_string();
    assert!(!error.contains('\n'), "one line: {error}");
    assert!(error.contains("127.0.0.1:1") && error.contains("--db"), "{error}");
    assert!(!error.contains("secret-word"), "never the password: {error}");
}

#[tokio::test]
async fn a_lost_postgres_connection_is_replaced_and_nothing_queued_is_lost() {
    let (store, db) = fresh("lost").await;
    let now = at("2026-12-01T10:00:00Z");
    store.seed_subscribers(1, 20, Plan::All, now).await.unwrap();
    let (due, stale) = (at("2027-01-20T08:00:00Z"), at("2027-01-20T08:10:00Z"));
    assert_eq!(store.enqueue_reminder("2027-silence", &[Plan::All], due, stale).await.unwrap(), 20);
    // What a server restart or a network cut does to the bot's connections.
    if !db.cut_connections() {
        return;
    }
    assert_eq!(store.ready(due, 100).await.unwrap().len(), 20, "every queued reminder is still there");
    store.ping().await.unwrap();
    store.close().await;
}

/// Replicas on one database: each row is claimed by one replica at a time, a lapsed claim or
/// a dead replica's claims go to another, a replica whose claim was taken does not send, and
/// concurrent claims never overlap (on PostgreSQL they skip each other's locked rows). Liveness
/// is the database's clock: a window of zero takes every other replica for dead at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_claim_disjoint_rows_and_a_dead_ones_claims_go_to_the_others() {
    let (store, _db) = fresh("claims").await;
    let now = at("2027-01-20T11:00:00Z");
    store.seed_subscribers(1, 200, Plan::All, at("2026-12-01T10:00:00Z")).await.unwrap();
    let slots: Vec<(i64, _)> = (1..=200).map(|chat| (chat, now)).collect();
    store.enqueue_wave("2027-silence", &slots, at("2027-01-20T13:00:00Z")).await.unwrap();
    let lease = now + chrono::Duration::seconds(30);
    let judge = |seconds: u64| Judgement { dead_after: Duration::from_secs(seconds), hand_over: true };
    for replica in ["a", "b", "c"] {
        assert_eq!(
            store.heartbeat(replica, "webhook", judge(60)).await.unwrap().live as usize,
            1 + "abc".find(replica).unwrap()
        );
    }

    // Three replicas claiming at once, ten rounds each: every row once, none twice.
    let mut claimers = Vec::new();
    for replica in ["a", "b", "c"] {
        let store = store.clone();
        claimers.push(tokio::spawn(async move {
            let mut ids = Vec::new();
            for _ in 0..10 {
                ids.extend(store.claim(replica, now, lease, 5, &ids).await.unwrap().into_iter().map(|m| m.id));
            }
            ids
        }));
    }
    let mut claimed = std::collections::HashMap::new();
    for (replica, claimer) in ["a", "b", "c"].into_iter().zip(claimers) {
        claimed.insert(replica, claimer.await.unwrap());
    }
    let all: Vec<i64> = claimed.values().flatten().copied().collect();
    let distinct: std::collections::HashSet<i64> = all.iter().copied().collect();
    assert_eq!(distinct.len(), all.len(), "a row claimed twice");
    assert_eq!(all.len(), 150);
    let rest = store.claim("a", now, lease, 100, &claimed["a"]).await.unwrap();
    assert_eq!(rest.len(), 50, "the rest");
    let a_holds: Vec<i64> = claimed["a"].iter().copied().chain(rest.iter().map(|m| m.id)).collect();
    // What b claimed and is not sending (the database was away, say) comes back to b; nothing else.
    let mut b_again: Vec<i64> = store.claim("b", now, lease, 200, &[]).await.unwrap().iter().map(|m| m.id).collect();
    b_again.sort();
    assert_eq!(b_again, claimed["b"]);

    // A replica alive keeps its claims; one that stopped beating is taken for dead and its
    // claims go to the others, but only when the judge may hand them over.
    let peers = store.heartbeat("a", "webhook", Judgement { hand_over: false, ..judge(0) }).await.unwrap();
    assert!(peers.taken_for_dead.is_empty(), "no judgement, no hand-over");
    assert!(store.claim("a", now, lease, 200, &a_holds).await.unwrap().is_empty(), "b's and c's claims hold");
    let peers = store.heartbeat("a", "webhook", judge(0)).await.unwrap();
    assert_eq!(peers.live, 1, "only a has beaten within no time at all");
    let mut dead: Vec<&str> = peers.taken_for_dead.iter().map(|(id, _)| id.as_str()).collect();
    dead.sort();
    assert_eq!(dead, ["b", "c"]);
    assert_eq!(peers.taken_for_dead.iter().map(|(_, n)| n).sum::<u64>(), 100, "b's and c's claims");
    let later = now + chrono::Duration::seconds(5);
    let taken = store.claim("b", later, later + chrono::Duration::seconds(30), 200, &[]).await.unwrap();
    assert_eq!(taken.len(), 100, "b's and c's claims were given back; a's hold");
    let first = taken[0].id;
    assert!(store.confirm_claim(first, "b", lease).await.unwrap());
    assert!(!store.confirm_claim(first, "c", lease).await.unwrap(), "c lost its claim: it must not send");

    // A claim that lapses is claimable again; a sent row never is.
    store.mark_sent(first, later).await.unwrap();
    let much_later = later + chrono::Duration::seconds(60);
    let again = store.claim("a", much_later, much_later + chrono::Duration::seconds(30), 500, &[]).await.unwrap();
    assert_eq!(again.len(), 199);
    assert!(again.iter().all(|m| m.id != first));

    // A replica that leaves gives its claims back at once.
    store.leave("a").await.unwrap();
    assert_eq!(store.claim("b", much_later, much_later, 500, &[]).await.unwrap().len(), 199);
    assert_eq!(store.next_claimable_at().await.unwrap(), Some(much_later));

    // A pause one replica was told about reaches the others; an update is handled once.
    store.heartbeat("b", "webhook", judge(60)).await.unwrap();
    store.share_pause("b", Duration::from_secs(7)).await.unwrap();
    let peers = store.heartbeat("d", "polling", judge(60)).await.unwrap();
    let paused = peers.paused_for.expect("b's pause");
    assert!(paused > Duration::from_secs(5) && paused <= Duration::from_secs(7), "{paused:?}");
    assert!(!peers.other_poller, "b is a webhook replica");
    assert!(store.first_delivery(42, now).await.unwrap());
    assert!(!store.first_delivery(42, now).await.unwrap());
}

/// Nothing personal is kept longer than it serves: what is kept no longer is purged once a day,
/// whether or not a new question comes: unanswered questions after 180 days, delivery history and
/// broadcast texts after 30, chats that blocked the bot or that it left at once (their settings
/// with them).
#[tokio::test]
async fn the_daily_purge_forgets_what_is_kept_no_longer() {
    let db = TempDb::sqlite("store-purge");
    let store = Store::open(db.path()).await.unwrap();
    let start = at("2027-03-01T10:00:00Z");
    let day = chrono::Duration::days(1);
    let never = 100_000;
    store.log_unanswered("old", Lang::En, "out_of_scope", start - day * 181, never).await.unwrap();
    store.log_unanswered("recent", Lang::En, "out_of_scope", start - day * 10, never).await.unwrap();
    for (chat, active) in [(1, true), (2, false)] {
        store.upsert_chat(chat, ChatKind::Private, None, start - day * 40).await.unwrap();
        store.set_timezone(chat, Some("Europe/Berlin")).await.unwrap();
        store.set_active(chat, active, start - day * 40).await.unwrap();
    }
    {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}", db.path().display())).await.unwrap();
        for (occurrence, sent_at) in [("old-wave", start - day * 31), ("new-wave", start - day * 2)] {
            sqlx::query(
                "INSERT INTO outbox (occurrence, chat_id, text, state, not_before, stale_at, sent_at)
                 VALUES ($1, 1, 'words', 'sent', $2, $2, $2)",
            )
            .bind(occurrence)
            .bind(sent_at.timestamp())
            .execute(&pool)
            .await
            .unwrap();
        }
        pool.close().await;
    }
    let (clock, manual) = january20_bot::clock::Clock::manual(start);
    let (trigger, shutdown) = january20_bot::shutdown::channel();
    let keep = january20_bot::store::Retention { unanswered_days: 180, delivery_days: 30 };
    let purging = tokio::spawn(january20_bot::retention::run(store.clone(), clock, keep, shutdown));
    let questions = |store: Store, now| async move {
        store.unanswered(now, 1000, 10).await.unwrap().into_iter().map(|u| u.question).collect::<Vec<_>>()
    };
    // The purge's last step forgets the chats: wait for it, not for its first.
    while store.chat(2).await.unwrap().is_some() {
        tokio::task::yield_now().await;
    }
    assert_eq!(questions(store.clone(), start).await, ["recent"]);
    assert!(store.chat(2).await.unwrap().is_none(), "the chat that blocked the bot is gone");
    assert_eq!(store.chat_settings(2).await.unwrap(), Default::default(), "its settings with it");
    assert!(store.chat(1).await.unwrap().is_some());
    assert_eq!(store.last_delivery().await.unwrap().unwrap().occurrence, "new-wave");

    // A day later, with nothing new logged, the timer purges again.
    manual.set(start + day * 171);
    while !questions(store.clone(), start + day * 171).await.is_empty() {
        tokio::task::yield_now().await;
    }
    trigger.trigger();
    purging.await.unwrap();
    store.close().await;
}
