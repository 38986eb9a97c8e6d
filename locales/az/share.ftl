# Paylaşmaq və iştirak etmək: xatirə kartı, şamlar, inline rejim və xaricdə yaşayanlar üçün yerli vaxt.

# Xatirə kartı (şəkildir: sətirlər qısa olsun). $years_passed Bakı vaxtı ilə hesablanır.
card-date = { $event_date }
card-years = { $years_passed ->
    [one] Faciədən { $years_passed } il keçib
   *[other] Faciədən { $years_passed } il keçib
}
card-line = 20 Yanvar şəhidlərinin xatirəsini ehtiramla yad edirik
card-footer = Ümumxalq Hüzn Günü
card-caption = { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi qurbanlarının xatirəsinə həsr olunmuş kart. Onu yaxınlarınızla paylaşa bilərsiniz.
card-reminder-on = Saat { $silence_at } xatırlatmasında kart da göndərilsin
card-reminder-off = Saat { $silence_at } xatırlatmasında kart göndərilməsin
card-reminder-subscribe = Kartı saat { $silence_at } xatırlatması ilə almaq üçün abunə olun
card-reminder-set-on = Bundan sonra bir dəqiqəlik sükut xatırlatması bu söhbətə kartla birlikdə gələcək.
# After the subscription confirmation, when the chat asked for the card (the button under /card).
subscribe-done-card = Bir dəqiqəlik sükut xatırlatması hər il kartla birlikdə gələcək.
card-reminder-set-unsubscribed = Yadda saxladım. Bu söhbət hələ xatırlatmalara abunə deyil: /subscribe ilə abunə olduqdan sonra bir dəqiqəlik sükut xatırlatması { $card ->
        [on] kartla birgə
       *[off] kartsız
    } gələcək.
card-reminder-set-off = Bundan sonra bir dəqiqəlik sükut xatırlatması kartsız gələcək.

# Şamlar: hər kəs hər ildönümü üçün bir şam, bir 20 Yanvardan o birinə qədər sayılır (2026-cı il
# 25 noyabrda yandırılan şam 37-ci ildönümü üçündür). $anniversary ildönümünün nömrəsidir; $count və $others onun şamları.
candle-button = Şam yandır
candle-count = { $count ->
    [0] Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün hələ şam yandırılmayıb: ilk şamı siz yandıra bilərsiniz.
    [one] Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün { $count } nəfər şam yandırıb.
   *[other] Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün { $count } nəfər şam yandırıb.
}
candle-lit = { $others ->
    [0] Qurbanların xatirəsinə şam yandırdınız. Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün yandırılan ilk şam sizinkidir.
    [one] Qurbanların xatirəsinə şam yandırdınız. Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün sizdən başqa { $others } nəfər də şam yandırıb.
   *[other] Qurbanların xatirəsinə şam yandırdınız. Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün sizdən başqa { $others } nəfər də şam yandırıb.
}
candle-already = Faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü üçün şamınızı artıq yandırmısınız: hər kəs hər ildönümü üçün bir şam yandıra bilər. Yandırılan şamlar: { $count }
candle-no-user = Şamı hər kəs özü yandırmalıdır: bu mesajın altındakı düyməni basın.

# /stats.
stats-candles = { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
    [one] ci
    [few] cü
    [many] cı
   *[other] cu
} ildönümü üçün yandırılan şamlar ({ $year }): { $count }

# Saat qurşaqları: xatırlatmalar Bakı vaxtı ilə gəlir, bunlar yerli vaxtı göstərir.
timezone-prompt =
    Xatırlatmalar həmişə Bakı vaxtı ilə gəlir. Şəhərinizi seçin və ya növbəti mesajda yazın (məsələn, Paris və ya Europe/Paris) — bütün vaxtları sizin yerli vaxtınızla da göstərəcəyəm.
timezone-set = Bundan sonra vaxtları həm də { $place } vaxtı ilə göstərəcəyəm. Xatırlatmalar yenə Bakı vaxtı ilə gələcək.
timezone-reset = Bundan sonra vaxtları yalnız Bakı vaxtı ilə göstərəcəyəm.
timezone-unknown = «{ $name }» adlı şəhər və ya saat qurşağı tanımıram. Düymələrdən birini seçin, Europe/Paris kimi bir ad yazın və ya saat qurşağı seçmədən davam etmək üçün «ləğv et» yazın.
timezone-baku-only = Yalnız Bakı vaxtı
# Above what speaks of Baku's today or tomorrow, for a chat whose own date is another.
baku-now = Bakı vaxtı ilə indi { $baku_date }, saat { $baku_time }.
# Bu günün tarixini soruşana geri sayımın üstündə: söhbətin öz tarixi ($date, ili ilə).
today-date = Sizin vaxtınızla indi { $date }, saat { $time }.
local-time = Bakı vaxtı ilə { $baku_time } — { $place } vaxtı ilə { $local_time }{ $day ->
    [before] {" "}(bir gün əvvəl)
    [after] {" "}(ertəsi gün)
   *[same] {""}
}
place-istanbul = İstanbul
place-moscow = Moskva
place-tbilisi = Tbilisi
place-berlin = Berlin
place-london = London
place-new-york = Nyu-York


cmd-card = Paylaşmaq üçün xatirə kartı
cmd-candle = Qurbanların xatirəsinə şam yandırmaq
cmd-timezone = Vaxtları öz saat qurşağınızla da görmək
