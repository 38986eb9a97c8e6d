//! What a person types plainly, answered plainly (editors' rounds 11-15, issue 24): a yes-or-no
//! question asked rightly gets "Yes" and the date that names the night's weekdays; holiday wishes
//! around the day of mourning are told gently that the day is no holiday, and thanked for on other
//! days; a wish for any day in the frame of one ("X günü mübarək", «с Днём X») is thanked for, and a
//! question after it answered, as is one after a greeting; a birthday wished to the bot is thanked for, not wished back; "stop
//! writing to me", "subscribe me" and "cancel" are worded by what the chat receives (and "cancel"
//! closes /subscribe's menu); "what time is it?" gets the hour; "was it in 1991, during the coup?"
//! gets its year set right; /status names the silence's hour once. Expected texts come from the same `Brain`.

mod support;

use january20_bot::answer::{Reply, ReplyKind};
use january20_bot::app::{App, Text};
use january20_bot::i18n::Lang;
use support::app::{app_at, brain, person, press, private, text};
use support::{TempDb, at};

fn ask(lang: Lang, question: &str) -> Reply {
    brain().ask(question, lang, None, at("2026-11-25T12:00:00+04:00"))
}

fn id(reply: &Reply) -> String {
    let b = brain();
    reply.topic.map_or_else(|| "-".to_string(), |t| b.knowledge.topic(t).id.clone())
}

/// What a private chat is told, whole: the lead, the title and the body, then the buttons.
async fn say(app: &App, chat: i64, lang: Lang, said: &str) -> String {
    let outcome = text(app, private(chat), person(chat as u64, Some(lang), false), said).await;
    let words = match &outcome.messages[0].text {
        Text::Plain(words) => words.clone(),
        Text::Titled { lead, title, body } => {
            format!("{}{title}\n{body}", lead.clone().map(|l| l + "\n").unwrap_or_default())
        }
    };
    outcome.messages[0].buttons.iter().flatten().fold(words, |t, b| t + "\n[" + &b.label + "]")
}

#[test]
fn the_nights_own_day_asked_gets_yes_and_the_weekdays_named() {
    let b = brain();
    for (lang, question) in [
        (Lang::En, "was it on a saturday?"),
        (Lang::En, "was it on friday night?"),
        (Lang::En, "was it on 20 January?"),
        (Lang::En, "was it in 1990?"),
        (Lang::En, "was it in January 1990?"),
        (Lang::Az, "şənbə idi?"),
        (Lang::Az, "cümədən şənbəyə keçən gecə idi?"),
        (Lang::Ru, "это было в субботу?"),
        (Lang::Ru, "eto bylo v subbotu?"),
        (Lang::Ru, "это было в ночь с пятницы на субботу?"),
        (Lang::Ru, "это было в январе?"),
    ] {
        let reply = ask(lang, question);
        let (topic, lead) = (id(&reply), reply.lead.clone().unwrap_or_default());
        assert_eq!((topic.as_str(), lead.as_str()), ("date", b.text(lang, "confirmed").as_str()), "{question}");
    }
    let named = [
        (Lang::En, "Friday 19 to Saturday 20"),
        (Lang::Az, "cümədən şənbəyə"),
        (Lang::Ru, "с пятницы 19 на субботу 20"),
    ];
    for (lang, weekdays) in named {
        assert!(
            b.topic_answer(b.knowledge.topic_id("date").unwrap(), lang, at("2026-11-25T12:00:00+04:00"))
                .contains(weekdays)
        );
    }
}

#[test]
fn a_day_the_night_was_not_is_set_right_even_beside_the_right_date() {
    // The troops came in the early hours of Saturday: Friday alone, Saturday evening, and 20 January
    // named with a Friday are "Not quite", never "Yes" (round 12, az en).
    for (lang, question) in [
        (Lang::En, "was it on a friday?"),
        (Lang::En, "was it on a sunday?"),
        (Lang::Az, "20 yanvar cümə idi?"),
        (Lang::Az, "cume gunu olub?"),
        (Lang::Az, "şənbə axşamı olub?"),
        (Lang::Ru, "eto bylo v pyatnicu?"),
        (Lang::Ru, "eto bylo v voskresenye?"),
        (Lang::Ru, "это было в субботу вечером?"),
    ] {
        let reply = ask(lang, question);
        assert_eq!((reply.kind, id(&reply)), (ReplyKind::Correction, "date".into()), "{question}");
    }
}

#[test]
fn holiday_wishes_around_the_day_are_told_gently_that_it_is_of_mourning() {
    let b = brain();
    let on = |lang: Lang, wish: &str, now: &str| b.ask(wish, lang, None, at(now));
    let eve = "2027-01-19T18:00:00+04:00";
    for (lang, wish) in [
        (Lang::Az, "bayramınız mübarək olsun"),
        (Lang::Az, "bayram mubarek"),
        (Lang::Az, "Bayraminiz mubarek"),
        (Lang::En, "Happy holidays!"),
        (Lang::Ru, "с праздником вас"),
        (Lang::Ru, "s prazdnikom"),
        (Lang::Ru, "с наступающим"),
    ] {
        let reply = on(lang, wish, eve);
        assert_eq!((reply.kind, reply.text.as_str()), (ReplyKind::SmallTalk, b.text(lang, "talk-holiday").as_str()));
        assert_eq!(b.knowledge.topic(reply.candidates[0]).id, "day_off", "{wish}");
        // Another time of the year, wishes are thanked for.
        assert_eq!(ask(lang, wish).text, b.text(lang, "talk-wishes"), "{wish}");
    }
    // Wishes that name the day are answered so on any day; another holiday's, thanked for.
    assert_eq!(ask(Lang::Ru, "поздравляю с 20 января").text, b.text(Lang::Ru, "talk-holiday"));
    assert_eq!(ask(Lang::En, "happy january 20").text, b.text(Lang::En, "talk-holiday"));
    assert_eq!(ask(Lang::Az, "Novruz bayramınız mübarək").text, b.text(Lang::Az, "talk-wishes"));
    assert_eq!(ask(Lang::Ru, "с новым годом").text, b.text(Lang::Ru, "talk-wishes"));
    // Another holiday's wishes are thanked for in the days around 20 January too: the person
    // did not call 20 January a holiday.
    for (lang, wish) in [(Lang::En, "happy new year"), (Lang::Az, "yeni iliniz mübarək"), (Lang::Ru, "с Новым годом")]
    {
        assert_eq!(on(lang, wish, "2027-01-19T09:00:00+04:00").text, b.text(lang, "talk-wishes"), "{wish}");
    }
    // Round 14's confirmation: the written forms of congratulation, and Russian in Latin letters.
    for (lang, wish, id) in [
        (Lang::Az, "20 Yanvar münasibəti ilə sizi təbrik edirəm", "talk-holiday"),
        (Lang::Az, "Novruz bayramı münasibətilə təbriklər", "talk-wishes"),
        (Lang::Ru, "s novruzom", "talk-wishes"),
        (Lang::Az, "Novruz mübarək", "talk-wishes"),
        (Lang::Ru, "с Днём солидарности азербайджанцев", "talk-wishes"),
        (Lang::Az, "novruz mubarek", "talk-wishes"),
        (Lang::Az, "Milad bayramı mübarək olsun", "talk-wishes"),
        (Lang::Az, "Həmrəylik günü mübarək olsun", "talk-wishes"),
        (Lang::Az, "Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni iliniz mübarək", "talk-wishes"),
        (Lang::Ru, "со старым Новым годом", "talk-wishes"),
        (Lang::Ru, "поздравляю с двадцатым января", "talk-holiday"),
    ] {
        assert_eq!(on(lang, wish, eve).text, b.text(lang, id), "{wish}");
    }
    assert_eq!(on(Lang::En, "happy holidays", "2027-01-21T09:00:00+04:00").text, b.text(Lang::En, "talk-holiday"));
    assert_eq!(on(Lang::En, "happy holidays", "2027-01-22T09:00:00+04:00").text, b.text(Lang::En, "talk-wishes"));
}

#[test]
fn a_wish_for_any_day_is_thanked_for_and_a_question_after_it_answered() {
    let b = brain();
    let on = |lang: Lang, wish: &str, now: &str| b.ask(wish, lang, None, at(now));
    // Days no list names, in the frame of a wish (round 15): the day's words are not a topic's.
    for (lang, wish) in [
        (Lang::Az, "Silahlı Qüvvələr günü mübarək"),
        (Lang::Az, "silahli quvveler gunu mubarek"),
        (Lang::Az, "Dövlət Bayrağı Günü mübarək"),
        (Lang::Az, "Orucluq bayramınız mübarək"),
        (Lang::Az, "Zəfər Günü bayramınız mübarək olsun"),
        (Lang::Az, "Yeni iliniz mübarək, xoşbəxt olun"),
        (Lang::Az, "Konstitusiya günü mübarək"),
        (Lang::Ru, "с Днём Конституции"),
        (Lang::Ru, "с Новым 2027 годом"),
        (Lang::En, "happy Armed Forces Day"),
        (Lang::En, "Eid mubarak to all"),
    ] {
        let reply = ask(lang, wish);
        assert_eq!((reply.lang, reply.text.as_str()), (lang, b.text(lang, "talk-wishes").as_str()), "{wish}");
        // On 20 January itself, the thanks say what the day is.
        assert_eq!(on(lang, wish, "2027-01-20T12:00:00+04:00").text, b.text(lang, "talk-wishes_today"), "{wish}");
    }
    assert_eq!(ask(Lang::Az, "20 yanvar günü mübarək olsun").text, b.text(Lang::Az, "talk-holiday"));
    assert_eq!(ask(Lang::Az, "bayramınız münasibətilə sizi təbrik edirəm").text, b.text(Lang::Az, "talk-wishes"));
    // The day's other names in a wish are wishes for the day of mourning.
    for (lang, wish) in [
        (Lang::Ru, "с Днём всенародной скорби"),
        (Lang::Ru, "с днём шехидов"),
        (Lang::Ru, "с днём шахидов"),
        (Lang::Ru, "s dnem shakhidov"),
        (Lang::Ru, "с днём памяти погибших"),
        (Lang::Az, "Hüzn günü mübarək"),
    ] {
        assert_eq!(ask(lang, wish).text, b.text(lang, "talk-holiday"), "{wish}");
    }
    // A question after the wish is answered.
    for (lang, said) in [
        (Lang::Az, "Ramazan bayramı mübarək olsun. Neçə nəfər həlak olub?"),
        (Lang::Ru, "С праздником! Сколько человек погибло?"),
        (Lang::En, "happy new year! how many people died?"),
        (Lang::En, "happy Independence Day! how many people died?"),
    ] {
        let reply = ask(lang, said);
        assert_eq!((reply.kind, id(&reply)), (ReplyKind::Answer, "casualties".to_string()), "{said}");
    }
    // Where the question alone is offered, so it is after the wish.
    let reply = ask(Lang::En, "happy new year! why did soviet troops enter baku?");
    assert_eq!(reply.kind, ask(Lang::En, "why did soviet troops enter baku?").kind);
    let reply = ask(Lang::En, "happy new year! is 20 January a holiday?");
    assert_eq!((reply.kind, id(&reply)), (ReplyKind::Answer, "day_off".to_string()));
}

#[test]
fn a_persons_own_day_wished_to_the_bot_is_thanked_for_not_wished_back() {
    let b = brain();
    for (lang, wish) in [
        (Lang::En, "happy birthday"),
        (Lang::Ru, "с днём рождения"),
        (Lang::Ru, "s dnem rozhdeniya"),
        (Lang::Az, "ad günün mübarək"),
        (Lang::Az, "ad gununuz mubarek olsun"),
        (Lang::Az, "toyunuz mübarək"),
    ] {
        assert_eq!(ask(lang, wish).text, b.text(lang, "talk-personal_wish"), "{wish}");
    }
    // Christmas is a holiday, not a birthday: wished back.
    assert_eq!(ask(Lang::Ru, "с Рождеством").text, b.text(Lang::Ru, "talk-wishes"));
}

#[tokio::test]
async fn a_question_after_a_wish_is_read_alone_not_as_a_follow_up() {
    let db = TempDb::new("wish-then-why");
    let (app, _) = app_at(&db, at("2026-11-25T12:00:00+04:00")).await;
    let b = brain();
    say(&app, 5, Lang::En, "how many people died?").await;
    let text = say(&app, 5, Lang::En, "happy new year! why did the army come?").await;
    let why = b.knowledge.topic_id("why_troops").expect("the topic");
    assert!(text.contains(&b.topic_title(why, Lang::En)), "{text}");
}

#[tokio::test]
async fn a_greeting_before_a_question_leaves_the_question_as_if_asked_alone() {
    for (lang, greeted, alone) in [
        (Lang::En, "hello! why did the army come?", "why did the army come?"),
        (Lang::En, "hi there, how many people died?", "how many people died?"),
        (Lang::Ru, "Здравствуйте! Сколько людей погибло?", "Сколько людей погибло?"),
        (Lang::Az, "salam, nece nefer helak olub?", "nece nefer helak olub?"),
        (Lang::Az, "Sabahınız xeyir. Sovet qoşunları niyə Bakıya girdi?", "Sovet qoşunları niyə Bakıya girdi?"),
        // Offered alone, offered the same: the greeting's words do not reorder the topics.
        (Lang::En, "good morning! why did soviet troops enter baku?", "why did soviet troops enter baku?"),
    ] {
        let (greeted, alone) = (ask(lang, greeted), ask(lang, alone));
        assert_ne!(greeted.kind, ReplyKind::NotInSources, "{}", greeted.text);
        assert_eq!(
            (id(&greeted), greeted.lang, greeted.text, greeted.candidates),
            (id(&alone), alone.lang, alone.text, alone.candidates)
        );
    }
    // A follow-up after thanks is still a follow-up of the last topic.
    let db = TempDb::new("thanks-then-why");
    let (app, _) = app_at(&db, at("2026-11-25T12:00:00+04:00")).await;
    let b = brain();
    say(&app, 5, Lang::En, "how many people died?").await;
    let text = say(&app, 5, Lang::En, "thanks! and injured?").await;
    assert!(text.contains("744"), "{text}");
    // A word one letter from a greeting is not one ("neçədən" is no "necəsən"): answered in its language.
    assert_eq!(ask(Lang::En, "neçədən hərəkət məhdudlaşdırılır?").lang, Lang::Az);
    assert_eq!(ask(Lang::En, "how are you today").text, b.text(Lang::En, "talk-greeting"));
}

#[test]
fn salam_aleykum_is_answered_as_it_is_said() {
    let b = brain();
    for (lang, said) in [
        (Lang::Az, "salam aleykum"),
        (Lang::Az, "Salam əleyküm"),
        (Lang::Ru, "салам алейкум"),
        (Lang::Ru, "ас-саляму алейкум"),
    ] {
        assert_eq!(ask(lang, said).text, b.text(lang, "talk-peace"), "{said}");
    }
    assert_eq!(ask(Lang::Az, "salam").text, b.text(Lang::Az, "talk-greeting"));
}

#[test]
fn the_name_of_the_events_in_russian_latin_letters_is_answered_in_russian() {
    for said in ["chyornyj yanvar", "chernyj yanvar", "chornyj yanvar chto eto"] {
        let reply = ask(Lang::Ru, said);
        assert_eq!(reply.lang, Lang::Ru, "{said}: {}", reply.text);
        assert!(reply.topic.is_some() || reply.kind == ReplyKind::DidYouMean, "{said}: {}", reply.text);
    }
}

#[tokio::test]
async fn reminders_asked_for_or_declined_are_answered_by_what_the_chat_receives() {
    let db = TempDb::new("talk-state");
    let (app, _) = app_at(&db, at("2026-11-25T12:00:00+04:00")).await;
    let b = brain();
    for lang in [Lang::Az, Lang::En, Lang::Ru] {
        let chat = 1 + lang as i64;
        let stop = ["mene mesaj gondermeyin", "stop messaging me", "не пишите мне больше"][lang as usize];
        let start = ["abunə olmaq istəyirəm", "subscribe me", "подпиши меня"][lang as usize];
        assert!(say(&app, chat, lang, stop).await.starts_with(&b.text(lang, "talk-unsubscribe-none")), "{stop}");
        let cancel = ["ləğv et", "cancel", "отмена"][lang as usize];
        assert_eq!(say(&app, chat, lang, cancel).await, b.text(lang, "talk-cancel-none"), "{cancel}");
        // Typed right after /subscribe's menu, "cancel" closes the menu; once closed, nothing waits.
        say(&app, chat, lang, "/subscribe").await;
        assert_eq!(say(&app, chat, lang, cancel).await, b.text(lang, "subscribe-cancelled"), "{cancel}");
        assert_eq!(say(&app, chat, lang, cancel).await, b.text(lang, "talk-cancel-none"), "{cancel}");
        // Anything else after the menu is read as ever.
        say(&app, chat, lang, "/subscribe").await;
        assert_eq!(say(&app, chat, lang, stop).await, say(&app, chat + 10, lang, stop).await, "{stop}");
        assert!(say(&app, chat, lang, start).await.starts_with(&b.text(lang, "talk-subscribe")), "{start}");
        say(&app, chat, lang, "/subscribe").await;
        press(&app, private(chat), person(chat as u64, Some(lang), false), "s:all").await;
        assert!(say(&app, chat, lang, stop).await.starts_with(&b.text(lang, "talk-unsubscribe")), "{stop}");
        assert_eq!(say(&app, chat, lang, cancel).await, b.text(lang, "talk-cancel"), "{cancel}");
        let text = say(&app, chat, lang, start).await;
        assert!(text.starts_with(&b.text(lang, "talk-subscribe-already")), "{start}: {text}");
        // /subscribe again shows the plan and offers the other, which changes it.
        let change = say(&app, chat, lang, "/subscribe").await;
        let silence_only = b.text(lang, "subscribe-option-silence");
        assert!(change.ends_with(&format!("[{silence_only}]")), "{change}");
        assert_eq!(change.matches('[').count(), 1, "only the other plan: {change}");
        press(&app, private(chat), person(chat as u64, Some(lang), false), "s:silence").await;
        let status = say(&app, chat, lang, "/subscribe").await;
        assert!(status.ends_with(&format!("[{}]", b.text(lang, "subscribe-option-all"))), "{status}");
    }
}

#[tokio::test]
async fn what_time_is_it_gets_the_hour_in_baku_and_where_the_chat_is() {
    let db = TempDb::new("time");
    let (app, _) = app_at(&db, at("2027-01-19T20:00:00+04:00")).await;
    for (lang, question, hour) in [
        (Lang::En, "what time is it?", "In Baku it is now 20:00 on 19 January."),
        (Lang::Az, "saat necedir", "Bakı vaxtı ilə indi 19 yanvar, saat 20:00."),
        (Lang::Ru, "который час?", "В Баку сейчас 19 января, 20:00."),
    ] {
        let text = say(&app, 1 + lang as i64, lang, question).await;
        assert!(text.contains(hour), "{question}: {text}");
    }
    say(&app, 9, Lang::En, "/timezone Asia/Tokyo").await;
    let text = say(&app, 9, Lang::En, "what time is it?").await;
    assert!(text.contains("Where you are, it is 01:00 on 20 January 2027."), "{text}");
    // On the same date as Baku, Baku's hour is still said (round 12, en).
    say(&app, 10, Lang::En, "/timezone Europe/Moscow").await;
    let text = say(&app, 10, Lang::En, "what time is it?").await;
    assert!(
        text.contains("Where you are, it is 19:00 on 19 January 2027.\nIn Baku it is now 20:00 on 19 January."),
        "{text}"
    );
}

#[test]
fn these_events_asked_of_with_another_events_year_get_the_year_set_right() {
    for (lang, question) in [
        (Lang::Ru, "это было в 1991 году, во время путча?"),
        (Lang::Ru, "это было во время августовского путча 1991?"),
        (Lang::En, "was it in 1991, during the August coup?"),
        (Lang::En, "was it in 1991, during the coup?"),
        // Without the year, the event named gives it (round 14's item).
        (Lang::Ru, "это было во время путча?"),
        (Lang::Ru, "eto bylo vo vremya putcha?"),
        (Lang::En, "was it during the coup?"),
    ] {
        let reply = ask(lang, question);
        assert_eq!((reply.kind, id(&reply)), (ReplyKind::Correction, "date".into()), "{question}");
        assert!(reply.lead.as_deref().unwrap_or_default().contains("1991"), "{question}: {:?}", reply.lead);
    }
    // An event of many years (the Karabakh war's include 1990) is not set right by a year.
    assert_ne!(ask(Lang::Ru, "это было во время Карабахской войны?").kind, ReplyKind::Correction);
    // The other event as the subject is refused, never told "not in August, in January".
    let reply = ask(Lang::Az, "1991 avqust çevrilişi 1990-da olub?");
    assert!(matches!(reply.kind, ReplyKind::OutOfScope | ReplyKind::NotInSources), "{}", reply.text);
}

#[test]
fn the_same_request_typed_other_ways_gets_the_same_reply_in_its_language() {
    let b = brain();
    let talk = |lang: Lang, question: &str, id: &str| {
        let reply = ask(lang, question);
        assert_eq!((reply.lang, reply.text.as_str()), (lang, b.text(lang, id).as_str()), "{question}");
    };
    for q in ["ne pishite mne bolshe", "хватит мне писать", "не надо мне писать", "otpishite menya"]
    {
        talk(Lang::Ru, q, "talk-unsubscribe");
    }
    for q in ["podpishite menya", "хочу подписаться", "подпишите меня на напоминания"]
    {
        talk(Lang::Ru, q, "talk-subscribe");
    }
    for q in ["mənə yazmayın", "bir daha yazma", "daha mənə yazma", "mesajlari dayandir"] {
        talk(Lang::Az, q, "talk-unsubscribe");
    }
    for q in ["meni abune edin", "xatırlatmalara abunə et", "xatırlat mənə"] {
        talk(Lang::Az, q, "talk-subscribe");
    }
    talk(Lang::En, "sign me up for reminders", "talk-subscribe");
    talk(Lang::En, "leave me alone", "talk-unsubscribe");
    talk(Lang::Ru, "moj ded pogib", "talk-loss");
    talk(Lang::Ru, "svetlaya pamyat pogibshim", "talk-mourning");
    talk(Lang::Ru, "с наступающим", "talk-wishes");
    talk(Lang::Ru, "спасибо за ответ", "talk-thanks");
    talk(Lang::Az, "sağ ol, hələlik", "talk-goodbye");
    // Asked of another place, the time is not this bot's to tell.
    assert_eq!(ask(Lang::En, "what time is it in new york").kind, ReplyKind::OutOfScope);
}

#[tokio::test]
async fn status_on_the_morning_of_the_day_tells_the_silences_hour_once() {
    let db = TempDb::new("status-once");
    let (app, _) = app_at(&db, at("2027-01-20T09:00:00+04:00")).await;
    say(&app, 5, Lang::En, "/subscribe").await;
    press(&app, private(5), person(5, Some(Lang::En), false), "s:silence").await;
    let status = say(&app, 5, Lang::En, "/status").await;
    assert!(status.starts_with("Today is the national day of mourning.\n"), "{status}");
    assert_eq!(status.matches("12:00").count(), 1, "{status}");
}
