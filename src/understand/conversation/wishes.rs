//! Holiday wishes told in the frame of a wish, whatever day they name ("Silahlı Qüvvələr günü
//! mübarək", «с Днём Конституции», "happy Armed Forces Day"): no list of phrases can name every
//! day, and the name of a day must not be matched against the topics.

use serde::Deserialize;

use super::super::phrases::Phrases;
use super::requests::Langs;
use crate::i18n::Lang;

/// The frame of a wish in data/conversation.toml (`[wish]`).
#[derive(Debug, Deserialize)]
pub(super) struct WishSource {
    max_words: usize,
    the_day: Vec<String>,
    personal: Vec<String>,
    opens: Langs,
    closes: Langs,
    generic: Vec<String>,
}

/// What a wish names, which decides the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    /// 20 January itself ("20 yanvar bayramınız mübarək").
    TheDay,
    /// No day: "bayramınız mübarək", «с праздником».
    NoDay,
    /// A person's own day, not a holiday: "happy birthday", «с днём рождения».
    Personal,
    /// Another day or holiday.
    Another,
}

/// A wish found at the start of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wish {
    pub named: Named,
    pub lang: Lang,
    /// The words it covers: what follows may be a question of its own.
    pub end: usize,
    /// Framed by its opening words («с …», "happy …"), which say nowhere where the wish ends: the
    /// words after them.
    pub opened: Option<usize>,
}

/// The compiled frame.
#[derive(Debug)]
pub(super) struct Wishes {
    max_words: usize,
    opens: Vec<(Phrases, Lang)>,
    closes: Vec<(Phrases, Lang)>,
    generic: Phrases,
    /// The day's other names ("day of mourning"), besides its date.
    the_day: Phrases,
    /// A person's own days (a birthday, a wedding): wished to the bot, they are not wished back.
    personal: Phrases,
}

impl Wishes {
    pub(super) fn new(source: &WishSource) -> Self {
        let by_lang = |l: &Langs| {
            [(Lang::En, &l.en), (Lang::Az, &l.az), (Lang::Ru, &l.ru)]
                .into_iter()
                // Without typos: "mubarak" (en) is one letter from "mübarək" (az) folded.
                .map(|(lang, list)| (Phrases::exact(list), lang))
                .collect()
        };
        Wishes {
            max_words: source.max_words,
            opens: by_lang(&source.opens),
            closes: by_lang(&source.closes),
            generic: Phrases::new(&source.generic),
            the_day: Phrases::new(&source.the_day),
            personal: Phrases::new(&source.personal),
        }
    }

    /// A wish that opens the message: words that close a wish ("… mübarək olsun") within a few
    /// words of its start, or words that open one («с …», "happy …") with only a few after them;
    /// `names_the_day` tells whether its words name 20 January; a message that `asks` may go on
    /// past a wish framed by its opening words.
    pub(super) fn at_start(&self, words: &[&str], asks: bool, names_the_day: impl Fn(&[&str]) -> bool) -> Option<Wish> {
        let closed = self.closed(words);
        let (lang, day, end) = closed.or_else(|| self.opened(words, asks))?;
        let opened = closed.is_none().then(|| words.len() - day.len());
        let named = if names_the_day(day) || self.the_day.occur_in(day) {
            Named::TheDay
        } else if self.personal.occur_in(day) {
            Named::Personal
        } else if day.is_empty() || self.generic.cover_all(day, 0) {
            Named::NoDay
        } else {
            Named::Another
        };
        Some(Wish { named, lang, end, opened })
    }

    /// "<day> mübarək (olsun)", "<day> mubarak": the day's words and where the wish ends.
    fn closed<'a>(&self, words: &'a [&'a str]) -> Option<(Lang, &'a [&'a str], usize)> {
        (0..=self.max_words.min(words.len().saturating_sub(1))).find_map(|at| {
            let (n, lang) = self.closes.iter().find_map(|(p, lang)| Some((p.covers_at(words, at)?, *lang)))?;
            Some((lang, &words[..at], at + n))
        })
    }

    /// «с <day>», "happy <day>": the whole message, when it is short or asks something after.
    fn opened<'a>(&self, words: &'a [&'a str], asks: bool) -> Option<(Lang, &'a [&'a str], usize)> {
        let (n, lang) = self.opens.iter().find_map(|(p, lang)| Some((p.covers_at(words, 0)?, *lang)))?;
        (asks || words.len() - n <= self.max_words).then_some((lang, &words[n..], words.len()))
    }
}
