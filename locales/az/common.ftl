# Ortaq hissələr: tarixlər və dil adları. Rust data/facts.toml-dakı hər tarixi `date-full` və
# `date-short` ilə formatlayır və nəticəni digər mesajlara `$<ad>` və `$<ad>_short` kimi ötürür.
# Ayın adı kiçik hərflə yazılır ("20 yanvar 1990-cı il"); faciənin və günün adı isə "20 Yanvar"dır.
#
# Fluent termlərinə yalnız sabit arqument vermək olur, ona görə də ay adları və sıra sayı şəkilçisi
# dəyişən lazım olan yerdə birbaşa seçilir. Sıra sayının şəkilçisi rəqəmin oxunuşundakı son sözə
# uyğun gəlir; CLDR-in `az` sıra kateqoriyaları (NUMBER($n, type: "ordinal")) məhz bunu verir:
#   [one]   -ci: 1-ci, 2-ci, 5-ci, 7-ci, 8-ci, 20-ci, 37-ci, 50-ci, 2027-ci
#   [few]   -cü: 3-cü, 4-cü, 43-cü, 100-cü, 1994-cü
#   [many]  -cı: 6-cı, 36-cı, 40-cı, 60-cı, 90-cı, 1990-cı
#   [other] -cu: 9-cu, 10-cu, 30-cu, 39-cu

# "20 yanvar 1990-cı il", "29 mart 1994-cü il".
date-full = { $day } { $month ->
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
} { $year }-{ NUMBER($year, type: "ordinal") ->
    [one] ci
    [few] cü
    [many] cı
   *[other] cu
} il

# "20 yanvar".
date-short = { $day } { $month ->
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

# "mart 1994": ayına qədər tarixlənmiş mənbə.
date-month = { $month ->
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
} { $year }

language-name-az = Azərbaycanca
language-name-en = English
language-name-ru = Русский
