//! Questions and browsing in the application layer: answers in the asker's language, the menu when
//! out of scope, did-you-mean, /facts, /sources, and an apology, never silence, when storage fails.
//! Each test builds the same `App` the adapters use, on a temporary database and a manual clock
//! (tests/support/app.rs), and checks the plain outcomes and what was stored.

mod support;

use january20_bot::app::Text;
use january20_bot::i18n::{self, Lang};
use support::TempDb;
use support::app::*;

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
