# Ortaq hissələr: tarixlər, sıra sayları, dil adları. Rust data/facts.toml-dakı hər tarixi `date-full` və
# `date-short` ilə formatlayır və nəticəni digər mesajlara `$<ad>` və `$<ad>_short` kimi ötürür.
# Ayların adı kiçik hərflə yazılır ("20 yanvar 1990-cı il"); faciənin/günün adı isə "20 Yanvar"dır.

-month = { $m ->
    [1] yanvar
    [2] fevral
    [3] mart
    [4] aprel
    [5] may
    [6] iyun
    [7] iyul
    [8] avqust
    [9] sentyabr
    [10] oktyabr
    [11] noyabr
   *[12] dekabr
}

# "20 yanvar 1990-cı il", "29 mart 1994-cü il".
date-full = { $day } { -month(m: $month) } { -ordinal(n: $year) } il
# "20 yanvar".
date-short = { $day } { -month(m: $month) }

# Sıra sayının şəkilçisi rəqəmin oxunuşunda son sözə uyğun gəlir; CLDR-in `az` sıra kateqoriyaları:
#   one  → -ci (1-ci, 2-ci, 5-ci, 7-ci, 8-ci, 20-ci, 37-ci, 50-ci)
#   few  → -cü (3-cü, 4-cü, 43-cü, 100-cü, 1994-cü)
#   many → -cı (6-cı, 36-cı, 40-cı, 60-cı, 1990-cı)
#  other → -cu (9-cu, 10-cu, 30-cu, 39-cu)
-ordinal = { $n }-{ NUMBER($n, type: "ordinal") ->
    [one] ci
    [few] cü
    [many] cı
   *[other] cu
}

language-name-az = Azərbaycanca
language-name-en = English
language-name-ru = Русский
