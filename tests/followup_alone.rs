//! What the eighth words round met after a topic (issue 24): a message that neither asks nor
//! continues is read alone, never as the last answer again ("ring operation", "elvida"); "more"
//! offers topics its answer did not already show; "why?" after the years passed offers more instead
//! of a guess; small talk said the other way round, and "stop sending me messages".

mod support;

use january20_bot::answer::{Reply, ReplyKind};
use january20_bot::i18n::Lang;
use january20_bot::understand::Context;
use support::app::{brain, day};

fn after(lang: Lang, topic: &str, question: &str) -> Reply {
    let b = brain();
    let context = Context { topic: b.knowledge.topic_id(topic).unwrap(), question: String::new() };
    b.ask_in(question, lang, None, Some(&context), day())
}

fn after_question(lang: Lang, before: &str, question: &str) -> Reply {
    let b = brain();
    let topic = b.ask(before, lang, None, day()).topic.expect("the first question is answered");
    b.ask_in(question, lang, None, Some(&Context { topic, question: before.to_string() }), day())
}

fn ids(reply: &Reply) -> Vec<String> {
    let b = brain();
    reply.candidates.iter().map(|&t| b.knowledge.topic(t).id.clone()).collect()
}

#[test]
fn a_message_that_says_nothing_of_its_own_is_not_the_last_answer_again() {
    let ring = after_question(Lang::En, "is today 20 january?", "ring operation");
    assert_eq!(ring.kind, ReplyKind::OutOfScope, "{ring:?}");
    let bye = after_question(Lang::Az, "neçə il keçib", "elvida");
    assert_eq!(bye.kind, ReplyKind::SmallTalk, "{bye:?}");
    // What asks or continues still leans on the last question.
    let came = after_question(Lang::En, "Tell me about the funeral", "how many people came?");
    assert_eq!(came.topic, brain().knowledge.topic_id("funeral"));
    assert_eq!(came.kind, ReplyKind::Answer);
}

#[test]
fn more_offers_what_the_answer_did_not_already_show() {
    let b = brain();
    for topic in ["silence", "casualties", "anniversary", "troops_entry"] {
        let shown: Vec<String> = b
            .knowledge
            .related(b.knowledge.topic_id(topic).unwrap())
            .iter()
            .map(|&t| b.knowledge.topic(t).id.clone())
            .collect();
        let more = after(Lang::Ru, topic, "ещё");
        assert_eq!(more.kind, ReplyKind::More, "{topic}");
        assert!(!ids(&more).is_empty(), "{topic}: nothing offered");
        assert!(ids(&more).iter().all(|t| !shown.contains(t)), "{topic}: {:?} were under the answer", ids(&more));
    }
}

#[test]
fn why_after_the_years_passed_offers_more_instead_of_a_guess() {
    for (lang, why) in [(Lang::Az, "bes niye?"), (Lang::En, "why?"), (Lang::Ru, "почему?")] {
        assert_eq!(after(lang, "anniversary", why).kind, ReplyKind::More, "{why}");
        assert_eq!(after(lang, "countdown", why).kind, ReplyKind::More, "{why}");
    }
}

#[test]
fn small_talk_said_another_way_is_small_talk() {
    let b = brain();
    for (lang, said, talk) in [
        (Lang::Az, "kimsen sen?", "talk-who"),
        (Lang::Az, "elvida", "talk-goodbye"),
        (Lang::En, "stop sending me messages", "talk-unsubscribe"),
    ] {
        let reply = b.ask(said, lang, None, day());
        assert_eq!(reply.kind, ReplyKind::SmallTalk, "{said}");
        assert_eq!(reply.text, b.text(lang, talk), "{said}");
    }
}
