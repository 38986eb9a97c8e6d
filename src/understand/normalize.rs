//! Text normalisation for matching: Azerbaijani-aware lower case, letter folding and tokens.
//!
//! Questions arrive in three scripts and many spellings: "HƏLAK", "helak", "İNSANLAR", "Чёрный".
//! Matching works on a folded form in which all of these meet: lower case with the Azerbaijani
//! rules (`I` → `ı`, `İ` → `i`, which Rust's `to_lowercase` gets wrong), then the Azerbaijani letters
//! folded to the ASCII letters people type instead (ə → e, ı → i, ğ → g, ö → o, ü → u, ş → s,
//! ç → c) and Russian ё → е.

/// Lower-cases text by Azerbaijani rules: `I` → `ı` and `İ` → `i` (Rust's `to_lowercase` turns `I`
/// into `i` and `İ` into `i̇`, an `i` with a combining dot).
#[cfg(test)]
pub fn lowercase_az(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'I' => out.push('ı'),
            'İ' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Folds one lower- or upper-case character to the form used for matching, or `None` for a
/// character that separates words.
#[inline]
fn fold_char(c: char, out: &mut String) {
    match c {
        'a'..='z' | '0'..='9' => out.push(c),
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        'ə' | 'Ə' | 'ä' | 'Ä' | 'é' | 'É' | 'è' | 'ê' => out.push('e'),
        'ı' | 'İ' | 'í' | 'î' | 'ï' => out.push('i'),
        'ğ' | 'Ğ' => out.push('g'),
        'ö' | 'Ö' | 'ó' | 'ô' => out.push('o'),
        'ü' | 'Ü' | 'ú' | 'û' => out.push('u'),
        'ş' | 'Ş' | 'ș' | 'Ș' => out.push('s'),
        'ç' | 'Ç' => out.push('c'),
        // Russian in scholarly Latin ("rasskaži pro čjornyj janvar'") as people type it otherwise.
        'š' | 'Š' => out.push_str("sh"),
        'č' | 'Č' => out.push_str("ch"),
        'ž' | 'Ž' => out.push_str("zh"),
        'ё' | 'Ё' => out.push('е'),
        // A combining dot above, left behind by other lower-casers turning İ into "i̇".
        '\u{0307}' => {}
        // Apostrophes join words ("martyrs'", "it's") rather than splitting them.
        '\'' | '’' | 'ʼ' | '`' => {}
        'а'..='я' => out.push(c),
        // Capital Cyrillic letters lie 0x20 below their small ones.
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        c if is_word_char(c) => out.extend(c.to_lowercase()),
        _ => out.push(' '),
    }
}

/// Whether a character belongs to a word: `char::is_alphanumeric`, with the scripts questions
/// are written in answered without Unicode's tables (a look-up for every non-ASCII letter of
/// every question otherwise).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{00C0}'..='\u{024F}' => c != '×' && c != '÷',
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

/// The folded form of a text: lower case, Azerbaijani letters folded, every run of other
/// characters turned into one space, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
        // A space opening the text or following another is dropped as soon as it is pushed.
        if out.ends_with(' ') && out[..out.len() - 1].chars().next_back().is_none_or(|p| p == ' ') {
            out.pop();
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    if writes_azerbaijani_cyrillic(&out) {
        return azerbaijani_latin(&out);
    }
    out
}

/// Whether a letter is one only the Azerbaijani Cyrillic alphabet has (ә ғ ј һ ө ү ҹ ҝ): Azerbaijani
/// as it was written until 1991, and still is by many who learned it then.
pub fn is_azerbaijani_cyrillic(c: char) -> bool {
    matches!(c, 'ә' | 'Ә' | 'ғ' | 'Ғ' | 'ј' | 'Ј' | 'һ' | 'Һ' | 'ө' | 'Ө' | 'ү' | 'Ү' | 'ҹ' | 'Ҹ' | 'ҝ' | 'Ҝ')
}

/// Whether a folded text is Azerbaijani in Cyrillic letters (`is_azerbaijani_cyrillic`).
fn writes_azerbaijani_cyrillic(folded: &str) -> bool {
    // Latin text has no byte of the Cyrillic block: turned away without reading its letters.
    folded.bytes().any(|b| (0xD1..=0xD3).contains(&b)) && folded.chars().any(is_azerbaijani_cyrillic)
}

/// Folded Azerbaijani in Cyrillic letters, in the folded Latin letters the rest of understanding
/// reads ("шәһидләр хијабаны" → "sehidler xiyabani").
fn azerbaijani_latin(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "q",
            'ғ' | 'ҝ' => "g",
            'д' => "d",
            'е' | 'ә' | 'э' => "e",
            'ж' => "j",
            'з' => "z",
            'и' | 'ы' => "i",
            'ј' | 'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ү' => "u",
            'ф' => "f",
            'х' => "x",
            'һ' => "h",
            'ч' | 'ҹ' => "c",
            'ш' => "s",
            'ц' => "ts",
            'щ' => "sc",
            'ю' => "yu",
            'я' => "ya",
            'ъ' | 'ь' => "",
            c => {
                out.push(c);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

/// The words of a folded text.
pub fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Removes control characters (except line breaks and tabs, which become spaces) so that they
/// never reach a reply or a log.
pub fn strip_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let stripped = |c: char| {
        c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    };
    // Most messages have none of these: borrowed as they are, not copied (a copy per question).
    if !text.chars().any(stripped) {
        return text.into();
    }
    text.chars().map(|c| if c == '\n' || c == '\t' || c == '\r' { ' ' } else { c }).filter(|&c| !stripped(c)).collect()
}

/// The words of a folded text (`tokens`), gathered in one allocation: a folded text has one
/// space between words, so its spaces tell how many there are.
pub fn token_list(folded: &str) -> Vec<&str> {
    let mut list = Vec::with_capacity(folded.bytes().filter(|&b| b == b' ').count() + 1);
    list.extend(tokens(folded));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_lowercase_keeps_dotless_i() {
        assert_eq!(lowercase_az("İNSANLAR"), "insanlar");
        assert_eq!(lowercase_az("QIRMIZI"), "qırmızı");
        assert_eq!(lowercase_az("ŞƏHİDLƏR XİYABANI"), "şəhidlər xiyabanı");
    }

    #[test]
    fn azerbaijani_in_cyrillic_letters_meets_its_latin_letters() {
        assert_eq!(fold("Шәһидләр хијабаны һарададыр?"), fold("Şəhidlər xiyabanı haradadır?"));
        assert_eq!(fold("20 Јанвар нә иди"), "20 yanvar ne idi");
        assert_eq!(fold("Что произошло 20 января?"), "что произошло 20 января");
    }

    #[test]
    fn folding_meets_typed_without_letters() {
        assert_eq!(fold("Neçə nəfər HƏLAK olub?"), fold("nece nefer helak olub"));
        assert_eq!(fold("İNSANLAR"), "insanlar");
        assert_eq!(fold("QIRMIZI"), "qirmizi");
        assert_eq!(fold("Чёрный  январь!!"), "черный январь");
        assert_eq!(fold("Martyrs' Alley, 12:00"), "martyrs alley 12 00");
        assert_eq!(fold("i\u{307}nsan"), "insan");
    }

    #[test]
    fn word_characters_are_unicode_alphanumerics() {
        for c in (0..0x0530).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn controls_are_removed() {
        assert_eq!(strip_controls("a\u{0}b\u{7}c\nd\u{202e}e"), "abc de");
    }
}
