# Botun mövzu cavablarından başqa dediyi hər şey: salamlaşma, menyular, abunəlik, xəta mesajları.

start =
    Salam. Mən Bakıda baş vermiş və Qara Yanvar kimi tanınan { $event_date } faciəsinin xatirəsini yaşadıram.
    Mənə bu barədə istənilən sualı Azərbaycan, ingilis və ya rus dilində verə bilərsiniz, məsələn: «Neçə nəfər həlak olub?» və ya «Sükut dəqiqəsi nə vaxtdır?»
    /facts: danışa biləcəyim mövzular
    /subscribe: 19–20 yanvarda xatırlatmalar, Bakı vaxtı ilə
    /language: dili seçmək
    /help: bacardığım hər şey

help =
    Sualınızı Azərbaycan, ingilis və ya rus dilində yazın, cavab verim. Qruplarda adımı qeyd edin və ya mesajıma cavab yazın.
    /facts: mövzular düymələr şəklində
    /countdown: 20 Yanvara və sükut dəqiqəsinə nə qədər qalıb
    /subscribe: 19–20 yanvarda xatırlatmalar (Bakı vaxtı ilə)
    /unsubscribe: xatırlatmaları dayandırmaq
    /status: bu söhbətin abunəliyi və növbəti xatırlatma
    /language: Azərbaycan, ingilis və ya rus dili
    /sources: faktlarımın mənbəyi

facts-menu = Mövzu seçin:
list-item = • { $item }

out-of-scope =
    Üzr istəyirəm, mən yalnız 20 yanvar 1990-cı il hadisələri ilə bağlı suallara cavab verə bilirəm, bu suala isə cavab tapa bilmədim. Məndən bunlar barədə soruşa bilərsiniz:
out-of-scope-hint = Və ya mövzu seçmək üçün /facts göndərin.

empty-question = Zəhmət olmasa, sualınızı yazın, məsələn: «Neçə nəfər həlak olub?»
question-too-long = Bu mesaj mənim üçün çox uzundur. Zəhmət olmasa, sualınızı qısaldın: ən çoxu { $max } simvol.
invalid-text = Bu mətni oxuya bilmədim. Zəhmət olmasa, onu adi mətn kimi yenidən göndərin.
not-text = Mən yalnız mətn oxuya bilirəm. Zəhmət olmasa, sualınızı yazın.
unknown-command = /{ $command } əmrini tanımıram. Nələr edə bildiyimi görmək üçün /help göndərin.
chat-telegram-only = Xatırlatmalar Telegram vasitəsilə göndərilir: botu orada açın və /subscribe göndərin.
error-generic = Təəssüf ki, mənim tərəfimdə xəta baş verdi. Zəhmət olmasa, bir azdan yenidən cəhd edin.
button-expired = Bu düymə artıq işləmir. Zəhmət olmasa, əmri yenidən göndərin.

language-prompt = Bu söhbət üçün dil seçin:
language-set = Hazırdır: bu söhbətdə Azərbaycan dilində cavab verəcəyəm. Mənə başqa dildə yazsanız, yenə də həmin dildə cavab verəcəyəm.
admins-only = Bu qrupun dilini və ya xatırlatmalarını yalnız qrupun administratorları dəyişə bilər.
owners-only = Bu əmr yalnız botun sahibləri üçündür.
group-welcome =
    Məni qrupa əlavə etdiyiniz üçün təşəkkür edirəm. Bu qrupda əmrlərə, həmçinin adımı qeyd edən və ya mənə cavab olaraq yazılan mesajlara cavab verirəm.
    Administratorlar 20 Yanvar xatırlatmalarını burada almaq üçün /subscribe göndərə bilər.

subscribe-choose =
    Bakı vaxtı ilə hansı xatırlatmaları almaq istəyirsiniz?
    Hamısı: 19 yanvar, saat { $eve_time }; 20 yanvar, saat { $morning_time }; sükut dəqiqəsi üçün isə saat { $silence_time }.
    Və ya yalnız sükut dəqiqəsi: 20 yanvar, saat { $silence_time }.
subscribe-option-all = Bütün xatırlatmalar
subscribe-option-silence = Yalnız sükut dəqiqəsi
subscribe-done = { $plan ->
    [all] Abunəlik aktivdir: bu söhbət 20 Yanvarla bağlı bütün xatırlatmaları alacaq.
   *[silence] Abunəlik aktivdir: bu söhbət sükut dəqiqəsi ilə bağlı xatırlatmanı alacaq.
} Dayandırmaq üçün /unsubscribe göndərin.
subscribe-already = { $plan ->
    [all] Bu söhbət artıq bütün xatırlatmalara abunədir.
   *[silence] Bu söhbət artıq sükut dəqiqəsi xatırlatmasına abunədir.
} Dayandırmaq üçün /unsubscribe göndərin.
unsubscribe-done = Hazırdır: bu söhbət artıq xatırlatma almayacaq. İstənilən vaxt /subscribe ilə yenidən abunə ola bilərsiniz.
unsubscribe-not-subscribed = Bu söhbət xatırlatmalara abunə deyil. Başlamaq üçün /subscribe göndərin.

status-not-subscribed = Bu söhbət xatırlatmalara abunə deyil. Başlamaq üçün /subscribe göndərin.
status-subscribed =
    { $plan ->
        [all] Bu söhbət bütün xatırlatmalara abunədir.
       *[silence] Bu söhbət sükut dəqiqəsi xatırlatmasına abunədir.
    } Növbəti xatırlatma: { $next_date }, Bakı vaxtı ilə saat { $next_time } ({ $days_until } gün { $hours_until } saat sonra).

stats =
    Aktiv abunəliklər: { $total }
    Şəxsi söhbətlər: { $private }, qruplar: { $groups }, kanallar: { $channels }
    Azərbaycan dili: { $az }, ingilis dili: { $en }, rus dili: { $ru }
stats-last =
    Son xatırlatma ({ $occurrence }) — çatdırılıb: { $delivered }, alınmayıb: { $failed }, gözləyir: { $pending }.
stats-no-last = Hələ heç bir xatırlatma göndərilməyib.
broadcast-usage = Mətni əmrdən sonra yazın: /broadcast MƏTN
broadcast-confirm =
    Bu mesaj abunə olan { $count } söhbətə göndərilsin?

    { $text }
broadcast-queued = Mesaj { $count } söhbətə göndərilmək üçün növbəyə qoyuldu.
broadcast-cancelled = Ləğv edildi, heç nə göndərilmədi.
button-confirm = Göndər
button-cancel = Ləğv et

cmd-start = Başlamaq və imkanlarımla tanış olmaq
cmd-help = Botdan necə istifadə etməli
cmd-facts = Danışa biləcəyim mövzular
cmd-language = Dili seçmək
cmd-subscribe = 19–20 yanvarda xatırlatmalar
cmd-unsubscribe = Xatırlatmaları dayandırmaq
cmd-status = Abunəlik və növbəti xatırlatma
cmd-countdown = 20 Yanvara nə qədər qalıb
cmd-sources = Faktların mənbəyi
cmd-stats = Abunəçilər və çatdırılma (sahiblər üçün)
cmd-broadcast = Bütün abunəçilərə mesaj (sahiblər üçün)

bot-short-description = 20 yanvar 1990-cı il Bakı faciəsi haqqında faktlar və xatırlatmalar: Azərbaycan, ingilis və rus dillərində.
bot-description =
    Bu bot Bakıda baş vermiş 20 yanvar 1990-cı il faciəsinin xatirəsini yaşadır. Ondan baş verənlər, qurbanlar, faciənin nəticələri və bu günün necə anıldığı barədə Azərbaycan, ingilis və ya rus dilində soruşun, Ümumxalq Hüzn Günü üçün xatırlatmalara abunə olun.
