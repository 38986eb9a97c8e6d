# Shared pieces: dates, ordinals, language names. Rust formats every date of data/facts.toml with
# `date-full` and `date-short` and hands the results to the other messages as `$<name>` and `$<name>_short`.

# Fluent terms take only literal arguments, so months and ordinals are selected inline where a
# variable needs them.
date-full = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-short = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# "March 1994": a source dated to the month.
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

language-name-az = Azərbaycanca
language-name-en = English
language-name-ru = Русский
