//! What may be kept of a question the bot could not answer: its words, not the person. People type
//! their name, address, telephone or e-mail into a question box; the unanswered log keeps the
//! folded question with these masked, so that an owner reading it learns what was asked, not who
//! asked. Masking works on the text as typed (an e-mail or a link is recognisable only before
//! folding turns its punctuation into spaces), then folds what is left.

use crate::understand::normalize::fold;

/// What stands in for each kind of personal detail.
const NUMBER: &str = "[number]";
const EMAIL: &str = "[email]";
const LINK: &str = "[link]";
const HANDLE: &str = "[user]";
const NAME: &str = "[name]";
const ADDRESS: &str = "[address]";

/// Folded words after which people give their name ("my name is …", "adım …", "меня зовут …").
const NAME_INTROS: &[&[&str]] = &[
    &["my", "name", "is"],
    &["call", "me"],
    &["i", "am", "called"],
    &["menim", "adim"],
    &["adim"],
    &["меня", "зовут"],
    &["мое", "имя"],
    &["зовут"],
];

/// Folded words that follow a street's name ("Nizami street", "Nizami küçəsi"): the word before
/// them is part of an address.
const ADDRESS_AFTER_NAME: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "kuc",
    "kuce",
    "kucesi",
    "prospekti",
    "dongesi",
    "mehellesi",
];

/// Folded words that come before what they name ("улица Низами", "flat 5"): the word after them is.
const ADDRESS_BEFORE_NAME: &[&str] = &[
    "apartment",
    "apt",
    "flat",
    "menzil",
    "улица",
    "ул",
    "проспект",
    "переулок",
    "пер",
    "дом",
    "квартира",
    "кв",
    "шоссе",
];

/// Short words that never belong to a name or an address (they end the masking).
const STOP_WORDS: &[&str] = &[
    "and", "i", "at", "on", "in", "the", "of", "to", "is", "what", "when", "how", "ve", "va", "men", "ki", "ne", "bu",
    "и", "я", "в", "на", "по", "что", "как", "где",
];

/// Top-level domains that mark a word with dots as a link.
const DOMAINS: &[&str] =
    &["com", "ru", "az", "org", "net", "io", "me", "info", "su", "ua", "uk", "de", "tr", "edu", "gov"];

/// The question as the unanswered log keeps it: personal details masked, then folded.
pub fn masked_folded(question: &str) -> String {
    let mut words: Vec<Word> = question.split_whitespace().map(Word::classify).collect();
    mask_after_intros(&mut words);
    mask_addresses(&mut words);
    let mut out: Vec<String> = Vec::new();
    for word in words {
        match (word.mask, word.folded) {
            (Some(mask), _) if out.last().is_some_and(|last| last == mask) => {}
            (Some(mask), _) => out.push(mask.to_string()),
            (None, Some(folded)) if !folded.is_empty() => out.push(folded),
            _ => {}
        }
    }
    out.join(" ")
}

/// A word as typed: folded, or masked; and whether a sentence or a clause ends with it.
struct Word {
    folded: Option<String>,
    mask: Option<&'static str>,
    ends_clause: bool,
}

impl Word {
    fn classify(raw: &str) -> Word {
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '+');
        let ends_clause = raw.ends_with(['.', ',', ';', '!', '?', ':']);
        match personal(bare) {
            Some(mask) => Word { folded: None, mask: Some(mask), ends_clause },
            None => Word { folded: Some(fold(raw)), mask: None, ends_clause },
        }
    }

    fn folded(&self) -> Option<&str> {
        self.folded.as_deref()
    }

    fn mask(&mut self, mask: &'static str) {
        (self.folded, self.mask) = (None, Some(mask));
    }
}

/// What a single word as typed gives away, if anything.
fn personal(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || lower.starts_with("t.me/") {
        return Some(LINK);
    }
    if let Some((user, host)) = lower.split_once('@') {
        return Some(if !user.is_empty() && host.contains('.') { EMAIL } else { HANDLE });
    }
    let host = lower.split('/').next().unwrap_or("");
    if host.contains('.') && host.rsplit('.').next().is_some_and(|tld| DOMAINS.contains(&tld)) {
        return Some(LINK);
    }
    let digits = word.chars().filter(char::is_ascii_digit).count();
    // A year is how history is asked about ("1990"); any other number may be a house, a flat or
    // a telephone.
    let year = digits == 4 && word.len() == 4 && word.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y));
    (digits > 0 && !year).then_some(NUMBER)
}

/// Masks up to three words after "my name is" and its kind, to the end of the clause or a short
/// common word.
fn mask_after_intros(words: &mut [Word]) {
    let mut i = 0;
    while i < words.len() {
        let intro = NAME_INTROS.iter().find(|intro| {
            intro.len() <= words.len() - i && intro.iter().zip(&words[i..]).all(|(w, word)| word.folded() == Some(w))
        });
        let Some(intro) = intro else {
            i += 1;
            continue;
        };
        i += intro.len();
        for word in words.iter_mut().skip(i).take(3) {
            if word.folded().is_some_and(|w| STOP_WORDS.contains(&w)) {
                break;
            }
            word.mask(NAME);
            if word.ends_clause {
                break;
            }
        }
    }
}

/// Masks a street or house word with the name beside it: before it in English and Azerbaijani
/// ("Nizami street"), after it in Russian and for numbers ("улица Низами", "flat 5").
fn mask_addresses(words: &mut [Word]) {
    let is = |word: &Word, list: &[&str]| word.folded().is_some_and(|w| list.contains(&w));
    let hits: Vec<(usize, bool)> = (0..words.len())
        .filter_map(|i| {
            let before = is(&words[i], ADDRESS_AFTER_NAME);
            (before || is(&words[i], ADDRESS_BEFORE_NAME)).then_some((i, before))
        })
        .collect();
    for (i, name_before) in hits {
        let other = if name_before { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < words.len()) };
        words[i].mask(ADDRESS);
        if let Some(j) = other
            && words[j].folded().is_none_or(|w| !STOP_WORDS.contains(&w))
            && words[j].mask.is_none()
        {
            words[j].mask(ADDRESS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::masked_folded;

    #[test]
    fn names_addresses_numbers_emails_and_links_are_masked() {
        let typed = "My name is Rauf Aliyev, I live at 12 Nizami street, call +994 50 123-45-67 or \
                     rauf.a@mail.az, see https://t.me/rauf and example.com @rauf_a";
        let kept = masked_folded(typed);
        for personal in ["rauf", "aliyev", "12", "nizami", "994", "50", "mail", "az", "example", "t", "me"] {
            assert!(!kept.split(' ').any(|word| word == personal), "{personal} in {kept}");
        }
        assert_eq!(
            kept,
            "my name is [name] i live at [number] [address] call [number] or [email] see [link] and [link] [user]"
        );
    }

    #[test]
    fn other_languages_and_plain_questions() {
        assert_eq!(masked_folded("Меня зовут Анна, улица Низами 5"), "меня зовут [name] [address] [number]");
        assert_eq!(masked_folded("Mənim adım Əli. Nizami küçəsi 5"), "menim adim [name] [address] [number]");
        assert_eq!(masked_folded("What happened in 1990?"), "what happened in 1990");
        assert_eq!(masked_folded("Hava necə olacaq?"), "hava nece olacaq");
    }
}
