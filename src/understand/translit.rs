//! One spelling for what people type in two scripts: Russian in Cyrillic and the same Russian in
//! Latin letters ("сколько погибло" / "skolko pogiblo") meet in a common Latin form, and so do the
//! usual Latin variants of one sound ("kh"/"h", "ts"/"c", "ya"/"ia"). The learned layer reads this
//! form, so what it learns from Cyrillic questions carries to transliterated ones.

/// The common Latin form of already folded text (lower case, Azerbaijani letters folded).
pub fn latin(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 8);
    for c in folded.chars() {
        let mapped = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' | 'ы' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "c",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(mapped);
    }
    // The Latin spellings people use for one Russian sound, brought to the one above.
    for (from, to) in [
        ("shch", "sh"),
        ("sch", "sh"),
        ("kh", "h"),
        ("ts", "c"),
        ("tch", "ch"),
        ("ia", "ya"),
        ("iu", "yu"),
        ("ja", "ya"),
        ("ju", "yu"),
        ("''", ""),
    ] {
        if out.contains(from) {
            out = out.replace(from, to);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_latin_russian_meet() {
        assert_eq!(latin("сколько человек погибло"), latin("skolko chelovek pogiblo"));
        assert_eq!(latin("когда минута молчания"), latin("kogda minuta molchaniya"));
        assert_eq!(latin("хочу узнать"), latin("khochu uznat"));
        assert_eq!(latin("how many"), "how many");
    }
}
