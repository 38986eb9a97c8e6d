# Botun mövzu cavablarından başqa dediyi hər şey: salamlaşma, menyular, abunəlik, xəta mesajları.
# Saatlardan (SS:00) sonra şəkilçi mətbuatın yazı qaydası ilə qalın saitlidir: "saat 20:00-da", "saat 08:00-dan".

start =
    Salam. Mən Bakıda və bir sıra digər bölgələrdə baş vermiş, Qanlı Yanvar adı ilə də tanınan { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirəsini yaşadıram.
    Mənə bu barədə Azərbaycan, ingilis və ya rus dilində sual verə bilərsiniz, məsələn: «Neçə nəfər həlak olub?» və ya «Bir dəqiqəlik sükut nə vaxtdır?»
    /facts — danışa biləcəyim mövzular
    /subscribe — { $night_start_date_day }–{ $event_date_short }da xatırlatmalar (Bakı vaxtı ilə)
    /language — dili seçmək
    /help — bacardığım hər şey

help =
    Sualınızı Azərbaycan, ingilis və ya rus dilində yazın, cavab verəcəyəm. Qruplarda adımı qeyd edin və ya mesajıma cavab yazın.
    /facts — mövzular düymələr şəklində
    /countdown — ən yaxın { $event_date_short } və bir dəqiqəlik sükut
    /subscribe — { $night_start_date_day }–{ $event_date_short }da xatırlatmalar (Bakı vaxtı ilə)
    /unsubscribe — xatırlatmaları dayandırmaq
    /status — bu söhbətin abunəliyi və növbəti xatırlatma
    /language — Azərbaycan, ingilis və ya rus dili
    /sources — faktların mənbələri
    /card — paylaşmaq üçün xatirə kartı
    /candle — qurbanların xatirəsinə şam yandırmaq
    /timezone — vaxtları öz saat qurşağınızla da görmək (xatırlatmalar Bakı vaxtı ilə gəlir)
    Cavab verə bilmədiyim suallar cavablarımı təkmilləşdirmək üçün anonim şəkildə, söhbət barədə heç bir məlumat olmadan { $unanswered_kept_days } gün saxlanılır.

# Added to /help where the bot knows its username (in Telegram; not in the terminal).
help-inline = Cavabı istənilən söhbətdə paylaşmaq üçün orada { $bot } yazın, sonra sualınızdan bir neçə söz əlavə edin.
facts-menu = Mövzu seçin:
list-item = • { $item }


empty-question = Zəhmət olmasa, sualınızı yazın, məsələn: «Neçə nəfər həlak olub?»
question-too-long = Bu mesaj çox uzundur. Zəhmət olmasa, sualınızı qısaldın: ən çox { $max } simvol.
invalid-text = Bu mətni oxuya bilmədim. Zəhmət olmasa, onu adi mətn kimi yenidən göndərin.
not-text = Mən yalnız mətn oxuya bilirəm. Zəhmət olmasa, sualınızı yazın.
unknown-command = /{ $command } əmrini tanımıram. Nələri bacardığımı görmək üçün /help göndərin.
error-generic = Təəssüf ki, xəta baş verdi. Zəhmət olmasa, bir azdan yenidən cəhd edin.
flood-slow-down = Mesajlarınız mənim cavab verə bildiyimdən daha tez gəlir. İlk mesajlarınıza cavab verəcəyəm, qalanları cavabsız qalacaq. Yenidən soruşmazdan əvvəl bir neçə saniyə gözləyin.
button-expired = Bu düymələr artıq işləmir. Yeni düymələr üçün əmri və ya sualınızı yenidən göndərin.

language-prompt = Bu söhbət üçün dil seçin:
language-set = Bu söhbətin dili indi Azərbaycan dilidir. Mənə ingilis və ya rus dilində yazsanız, həmin dildə cavab verəcəyəm.
admins-only = Bu qrupun dilini və ya xatırlatmalarını yalnız qrupun administratorları dəyişə bilər.
owners-only = Bu əmr yalnız botun sahibləri üçündür.
group-welcome =
    Məni qrupa əlavə etdiyiniz üçün təşəkkür edirəm. Bu qrupda əmrlərə, həmçinin adımı qeyd edən və ya mənə cavab olaraq yazılan mesajlara cavab verirəm.
    Administratorlar 20 Yanvarla bağlı xatırlatmaları burada almaq üçün /subscribe göndərə bilər.

subscribe-choose =
    Hansı xatırlatmaları almaq istəyirsiniz? Xatırlatmalar hər il gəlir; saatlar Bakı vaxtı ilə göstərilib.
    Hamısını: { $night_start_date_short }da saat { $eve_time }-dək, { $event_date_short }da saat { $morning_time }-dək və bir dəqiqəlik sükut üçün saat { $silence_time }-dək.
    Ya da yalnız bir dəqiqəlik sükut xatırlatmasını: { $event_date_short }da saat { $silence_time }-dək.
subscribe-option-all = Bütün xatırlatmalar
subscribe-option-silence = Yalnız bir dəqiqəlik sükut
subscribe-done = { $plan ->
    [all] Bu söhbət xatırlatmalara abunə oldu: bundan sonra hər il buraya 20 Yanvarla bağlı bütün xatırlatmalar göndəriləcək.
   *[silence] Bu söhbət bir dəqiqəlik sükut xatırlatmasına abunə oldu: bundan sonra hər il buraya bu xatırlatma göndəriləcək.
} Dayandırmaq üçün /unsubscribe göndərin.
# /subscribe in a chat already subscribed: its plan, and the other as a button.
subscribe-change = { $plan ->
    [all] Bu söhbət bütün xatırlatmaları alır. Yalnız bir dəqiqəlik sükut xatırlatmasını almaq istəsəniz, aşağıdakı düyməni basın.
   *[silence] Bu söhbət yalnız bir dəqiqəlik sükut xatırlatmasını alır. Bütün xatırlatmaları almaq istəsəniz, aşağıdakı düyməni basın.
} Xatırlatmaları tamamilə dayandırmaq üçün /unsubscribe göndərin.
subscribe-already = { $plan ->
    [all] Bu söhbət artıq bütün xatırlatmalara abunədir.
   *[silence] Bu söhbət artıq bir dəqiqəlik sükut xatırlatmasına abunədir.
} Seçimi dəyişmək üçün /subscribe, dayandırmaq üçün /unsubscribe göndərin.
unsubscribe-done = Abunəlik dayandırıldı: bu söhbətə artıq xatırlatma göndərilməyəcək. İstənilən vaxt /subscribe ilə yenidən abunə ola bilərsiniz.
unsubscribe-not-subscribed = Bu söhbət xatırlatmalara abunə deyil. Abunə olmaq üçün /subscribe göndərin.

status-not-subscribed = Bu söhbət xatırlatmalara abunə deyil. Abunə olmaq üçün /subscribe göndərin.
# Qalan vaxt $days_until, $hours_until və $minutes_until kimi gəlir (dəqiqələr yuxarı yuvarlaqlaşdırılıb).
# Rəqəmdən sonra isim təkdə qalır: "5 saat", "21 gün".
# /status on 20 January itself: what the day is and where its minute of silence stands.
status-today = { $phase ->
        [before] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olunacaq.
        [day] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür.
        [now] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür. Hazırda bütün ölkədə bir dəqiqəlik sükut saxlanılır.
       *[after] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olundu.
    }
# $next_when: "today" (növbəti xatırlatma bu gündür), "late" (bu günkü xatırlatmanın vaxtı çatıb, amma
# hələ bu söhbətə çatmayıb: yoldadır; vaxt sayılmır) və ya "other".
status-subscribed =
    { $plan ->
        [all] Bu söhbət bütün xatırlatmalara abunədir.
       *[silence] Bu söhbət bir dəqiqəlik sükut xatırlatmasına abunədir.
    } { $next_when ->
        [late] Bugünkü xatırlatma (Bakı vaxtı ilə saat { $next_time }) gecikir: hələ bu söhbətə göndərilmək üçün növbədədir.
       *[other] Növbəti xatırlatma: { $next_when ->
            [today] bu gün
            [tomorrow] sabah
           *[other] { $next_date }
        }, Bakı vaxtı ilə saat { $next_time }-dək ({ $days_until ->
            [0] { $hours_until ->
                [0] { $minutes_until } dəqiqə
               *[other] { $hours_until } saat{ $minutes_until ->
                    [0] {""}
                   *[other] {" "}{ $minutes_until } dəqiqə
                }
            }
           *[other] { $days_until } gün{ $hours_until ->
                [0] {""}
               *[other] {" "}{ $hours_until } saat
            }
        } qalıb). Xatırlatmalar göstərilən saatdan bir qədər əvvəl göndərilir.
    }

stats =
    Aktiv abunəliklər: { $total }
    Şəxsi söhbətlər: { $private }, qruplar: { $groups }, kanallar: { $channels }
    Azərbaycan dili: { $az }, ingilis dili: { $en }, rus dili: { $ru }
stats-last =
    Son xatırlatma ({ $occurrence }) — çatdırılıb: { $delivered }, çatdırılmayıb: { $failed }, gözləyir: { $pending }, sonrakı xatırlatma ilə əvəzlənib: { $superseded }.
stats-no-last = Hələ heç bir xatırlatma göndərilməyib.
stats-wave = { $chats ->
    [0] Növbəti xatırlatma ({ $occurrence }): hələ heç bir söhbət abunə olmayıb.
   *[other] Növbəti xatırlatma ({ $occurrence }) — söhbətlər: { $chats }; göndəriş Bakı vaxtı ilə { $start }–{ $end }, saniyədə mesaj: { $rate }. Hamı vaxtında alacaq.
}
stats-wave-over = Növbəti xatırlatma ({ $occurrence }) — söhbətlər: { $chats }, lakin göndəriş pəncərəsinə ({ $lead } dəq.) yalnız { $capacity } söhbət sığır; gecikəcək: { $late }. data/reminders.toml faylında lead_minutes dəyərini artırın və ya botu --paid-broadcast ilə işə salın.
stats-paid-off = Ödənişli göndəriş söndürülüb; açıq olsaydı, xərc (Telegram Stars): { $stars }.
stats-paid-on = Ödənişli göndəriş açıqdır, xərc (Telegram Stars): { $stars }.
broadcast-usage = Elanın mətnini növbəti mesajda göndərin və ya əmrdən sonra yazın: /broadcast MƏTN. İmtina etmək üçün «ləğv et» yazın.
broadcast-confirm =
    { $count ->
        [0] Hazırda abunə olan söhbət yoxdur: bu mesaj heç kimə çatmayacaq. Yenə də növbəyə qoyulsun?
       *[other] Bu mesaj abunə olan { $count } söhbətə göndərilsin?
    }

    { $text }
broadcast-queued = { $count ->
    [0] Mesaj növbəyə qoyuldu, lakin abunə olan söhbət yoxdur: heç kimə göndərilməyəcək.
   *[other] Mesaj { $count } söhbətə göndərilmək üçün növbəyə qoyuldu.
}
broadcast-cancelled = Ləğv edildi: heç nə göndərilmədi.
button-confirm = Göndər
button-cancel = Ləğv et

cmd-start = Başlamaq və imkanlarımla tanış olmaq
cmd-help = Botdan istifadə qaydası
cmd-facts = Danışa biləcəyim mövzular
cmd-language = Dili seçmək
cmd-subscribe = { $night_start_date_day }–{ $event_date_short }da xatırlatmalar
cmd-unsubscribe = Xatırlatmaları dayandırmaq
cmd-status = Abunəlik və növbəti xatırlatma
cmd-countdown = { $event_date_short } və bir dəqiqəlik sükut
cmd-sources = Faktların mənbələri
cmd-stats = Abunəçilər və çatdırılma (sahiblər üçün)
cmd-broadcast = Bütün abunəçilərə mesaj (sahiblər üçün)
cmd-unanswered = Cavab verə bilmədiyim suallar (sahiblər üçün)

unanswered-header = Son { $days } gündə ən çox verilən cavabsız suallar:
unanswered-item = { $count } dəfə: { $question } ({ $lang }, { $outcome })
unanswered-none = Son { $days } gündə cavabsız qalan sual olmayıb.

bot-short-description = { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi haqqında faktlar və xatırlatmalar — Azərbaycan, ingilis və rus dillərində.
bot-description =
    Bu bot Bakıda və bir sıra digər bölgələrdə baş vermiş { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirəsini yaşadır. Ondan baş verənlər, qurbanlar, faciənin nəticələri və 20 Yanvarın necə anıldığı barədə Azərbaycan, ingilis və ya rus dilində soruşun, Ümumxalq Hüzn Günü ilə bağlı xatırlatmalara abunə olun.

unanswered-private-only = Cavabsız sualları yalnız mənimlə şəxsi söhbətdə göstərirəm.

# Hər cavabın altında onun mənbələri ($list: "A (1994); B (2026)").
answer-sources = { $cited ->
    [1] Mənbə
   *[other] Mənbələr
}: { $list }

# /facts: əvvəlcə hekayənin hissələri, sonra bir hissənin mövzuları.
facts-groups = Nə haqqında oxumaq istərdiniz?
facts-group-night = Həmin gecə
facts-group-before = Faciəyə aparan yol
facts-group-after = Sonrakı günlər və illər
facts-group-remembrance = Xatirə
facts-group-figures = Rəqəmlər və onların mənbəyi
facts-group-sources = Mənbələr və sənədlər
button-back = ‹ Geri

# /sources: mənbə növləri düymə kimi, sonra bir növün siyahısı.
source-kind-official = Rəsmi sənədlər və bəyanatlar
source-kind-news-1990 = Həmin dövrün mətbuatı
source-kind-ngo = İnsan hüquqları təşkilatlarının hesabatları
source-kind-later = Sonrakı xəbərlər və müsahibələr
source-kind-reference = Kitablar, ensiklopediyalar, protokollar
source-list-header = { $kind } ({ $count }):
source-item = • { $name }: { $title }, { $date }
source-item-undated = • { $name }: { $title }
