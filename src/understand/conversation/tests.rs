//! Small talk, choices and follow-up words, read from data/conversation.toml.

use super::*;
use crate::understand::normalize::fold;

fn talk(c: &Conversation, text: &str) -> Option<(String, Option<Lang>)> {
    c.small_talk(&fold(text)).map(|(t, l)| (c.talk_id(t).to_string(), l))
}

#[test]
fn small_talk_is_told_apart_from_questions() {
    let c = Conversation::embedded().unwrap();
    assert_eq!(talk(&c, "Hello!"), Some(("greeting".into(), Some(Lang::En))));
    assert_eq!(talk(&c, "çox sağ olun"), Some(("thanks".into(), Some(Lang::Az))));
    assert_eq!(talk(&c, "Спасибо большое!"), Some(("thanks".into(), Some(Lang::Ru))));
    assert_eq!(talk(&c, "spasibo"), Some(("thanks".into(), Some(Lang::Ru))));
    assert_eq!(talk(&c, "salam"), Some(("greeting".into(), None)));
    assert_eq!(talk(&c, "hi, who are you?"), Some(("who".into(), Some(Lang::En))));
    assert_eq!(talk(&c, "👍"), Some(("ack".into(), None)));
    assert_eq!(talk(&c, "heyyy"), Some(("greeting".into(), Some(Lang::En))));
    assert_eq!(talk(&c, "tesekkurler"), talk(&c, "təşəkkürlər"));
    assert_eq!(talk(&c, "hello, how many were killed?"), None);
    assert_eq!(talk(&c, "salam 20 yanvar haqqinda danis"), None);
    // A person's own loss, before the words of mourning around it.
    for (text, lang) in [
        ("I lost my uncle that night", Lang::En),
        ("my grandfather was killed, rip", Lang::En),
        ("my grandfather was killed on 20 january", Lang::En),
        ("o gece emimi itirdim", Lang::Az),
        ("men o gece dayimi itirdim", Lang::Az),
        ("qardasim 20 yanvarda sehid olub", Lang::Az),
        ("мой дед погиб в ту ночь", Lang::Ru),
        ("у меня в ту ночь погиб отец", Lang::Ru),
        ("мой брат погиб 20 января", Lang::Ru),
    ] {
        assert_eq!(talk(&c, text), Some(("loss".into(), Some(lang))), "{text}");
    }
    for (text, lang) in [
        ("my brother was wounded that night", Lang::En),
        ("qardaşım o gecə yaralanıb", Lang::Az),
        ("mən o gecə yaralandım", Lang::Az),
        ("men yaralandim", Lang::Az),
        ("мой брат был ранен в ту ночь", Lang::Ru),
    ] {
        assert_eq!(talk(&c, text), Some(("wounded".into(), Some(lang))), "{text}");
    }
    assert_eq!(talk(&c, "my father was wounded and my uncle killed"), Some(("loss".into(), Some(Lang::En))));
    assert_eq!(talk(&c, "how many were wounded?"), None);
    assert_eq!(talk(&c, "neçə nəfər yaralandı?"), None);
    assert_eq!(talk(&c, "nece nefer yaralandi"), None);
    // "Stop" is typed in every language; "cancel" with nothing waiting says so.
    assert_eq!(talk(&c, "stop"), Some(("unsubscribe".into(), None)));
    assert_eq!(talk(&c, "стоп"), Some(("unsubscribe".into(), None)));
    for text in ["cancel", "отмена", "ləğv et"] {
        assert_eq!(talk(&c, text), Some(("cancel".into(), None)), "{text}");
    }
    assert_eq!(talk(&c, "and injured?"), None);
    assert_eq!(talk(&c, "how many died that night?"), None);
    assert_eq!(talk(&c, "neçə nəfər həlak olub"), None);
    assert_eq!(talk(&c, "сколько человек погибло 20 января"), None);
    assert_eq!(talk(&c, "my grandfather told me about that night"), None);
}

#[test]
fn the_events_name_alone_is_told() {
    let c = Conversation::embedded().unwrap();
    for text in [
        "Black January",
        "20 января",
        "Qara Yanvar",
        "20 Yanvar faciəsi",
        "«Чёрный январь»",
        "January 1990",
        "20 January",
        "qara yanvar",
        "Black Janaury",
        "20 yanvar 1990-ci il",
    ] {
        assert!(c.names_the_event(&fold(text)), "{text}");
    }
    for text in ["how many were killed in January", "black", "1990", "what is the weather in january"] {
        assert!(!c.names_the_event(&fold(text)), "{text}");
    }
}
