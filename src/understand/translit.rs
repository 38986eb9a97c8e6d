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
    // The Latin spellings people use for one Russian sound, brought to the one above. Each ends in
    // a pair of letters that most texts do not have: those are looked for once, in one pass.
    let mut pairs = pairs_in(&out);
    for (from, to, pair) in SPELLINGS {
        if pairs & pair != 0 && out.contains(from) {
            out = out.replace(from, to);
            pairs = pairs_in(&out);
        }
    }
    out
}

/// The Latin spellings of one Russian sound and the one they are brought to, in order, each with
/// the bit (`pairs_in`) of the pair of letters it ends in.
const SPELLINGS: [(&str, &str, u8); 10] = [
    ("shch", "sh", 1),
    ("sch", "sh", 1),
    ("kh", "h", 2),
    ("ts", "c", 4),
    ("tch", "ch", 1),
    ("ia", "ya", 8),
    ("iu", "yu", 16),
    ("ja", "ya", 32),
    ("ju", "yu", 64),
    ("''", "", 128),
];

/// The pairs of letters a text has of those `SPELLINGS` end in, as bits.
fn pairs_in(text: &str) -> u8 {
    let mut pairs = 0;
    for pair in text.as_bytes().windows(2) {
        pairs |= match pair {
            b"ch" => 1,
            b"kh" => 2,
            b"ts" => 4,
            b"ia" => 8,
            b"iu" => 16,
            b"ja" => 32,
            b"ju" => 64,
            b"''" => 128,
            _ => 0,
        };
    }
    pairs
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
        assert_eq!(latin("tschernobyl skhema ljuda"), "chernobyl shema lyuda");
    }
}
