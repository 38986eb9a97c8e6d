//! Groups and channels in the application layer: settings for administrators only, only addressed
//! text answered, channels subscribed while the bot may post, a welcome in groups.
//! Each test builds the same `App` the adapters use, on a temporary database and a manual clock
//! (tests/support/app.rs), and checks the plain outcomes and what was stored.

mod support;

use january20_bot::app::{ChatRef, Event, Input, Membership, Outcome, Text};
use january20_bot::i18n::{self, Lang};
use january20_bot::store::{ChatKind, Plan};
use support::TempDb;
use support::app::*;

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
