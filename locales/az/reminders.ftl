# data/reminders.toml-dakı xatırlatmalar, hər id üçün bir mesaj: `reminder-<id>`.
# $anniversary bu ilki ildönümünün sırasıdır (20 yanvar 2027-ci ildə 37).
# Saat dəyişənləri həmişə SS:00-dır; mətbuatın yazı qaydasına görə şəkilçi qalın saitlidir: saat 08:00-dan,
# saat 12:00-da. Dəqiqəsi sıfır olmayan vaxt əlavə olunarsa, şəkilçini yenidən yoxlayın.
# Hər mətn nə vaxt çatsa da doğru olmalıdır: hamı vaxtında alsın deyə göndəriş saatdan iki saatadək
# əvvəl başlayır, bot dayanıbsa isə buraxılmış xatırlatma gecikmə ilə gedir (sükut xatırlatması
# 10 dəqiqəyədək). Ona görə "bu gün saat 12:00-da" yazılır, "indi" və ya "5 dəqiqədən sonra" yox.

# $day: where 20 January stands on the chat's own date when the reminder is sent: "today" or
# "tomorrow" (the eve reaches Tokyo at 01:00 on the 20th; the morning, New York on the 19th).
reminder-eve =
    { $day ->
        [today] Bu gün
       *[tomorrow] Sabah
    } 20 Yanvar — Ümumxalq Hüzn Günüdür, { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il faciəsinin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü.
    Bakı vaxtı ilə saat { $traffic_from }-dan mərasimlər başa çatanadək Şəhidlər xiyabanına aparan küçə və prospektlərdə nəqliyyatın hərəkəti məhdudlaşdırılacaq, saat { $silence_at }-da isə bütün ölkədə bir dəqiqəlik sükut elan olunacaq.

reminder-morning =
    { $day ->
        [tomorrow] Sabah
       *[today] Bu gün
    } 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü. Bakı vaxtı ilə saat { $traffic_from }-dan mərasimlər başa çatanadək Şəhidlər xiyabanına aparan küçə və prospektlərdə nəqliyyatın hərəkəti { $day ->
        [tomorrow] məhdudlaşdırılacaq
       *[today] məhdudlaşdırılır
    }. Səlahiyyətli qurumlar həmin ərazidə şəxsi avtomobillərdən mümkün qədər az istifadə etməyi və ictimai nəqliyyatdan yararlanmağı tövsiyə edir.
    Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olunacaq.

reminder-silence =
    { $day ->
        [tomorrow] Sabah
       *[today] Bu gün
    } Bakı vaxtı ilə saat { $silence_at } — { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi qurbanlarının xatirəsinə bütün ölkədə bir dəqiqəlik sükut. Sükut zamanı gəmilər, avtomobillər və qatarlar səs siqnalı { $day ->
        [tomorrow] verəcək
       *[today] verir
    }. Matəm əlaməti olaraq Azərbaycanın hər yerində dövlət bayraqları { $day ->
        [tomorrow] endiriləcək
       *[today] endirilir
    }.

# /status: data/reminders.toml-dakı [quiet] gecə saatları; bu vaxt xatırlatmalar və elanlar səssiz
# göndərilir. $zone "baku", öz saat qurşağını seçmiş söhbət üçün isə "local"-dır ($place onu adlandırır).
status-quiet = { $zone ->
    [local] { $place } vaxtı ilə saat { $quiet_from }-dan { $quiet_until }-dək xatırlatmalar və elanlar səssiz göndərilir.
   *[baku] Bakı vaxtı ilə saat { $quiet_from }-dan { $quiet_until }-dək xatırlatmalar və elanlar səssiz göndərilir.
}
