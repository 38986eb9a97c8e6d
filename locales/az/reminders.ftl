# data/reminders.toml-dakı xatırlatmalar, hər id üçün bir mesaj: `reminder-<id>`.
# $anniversary bu ilki ildönümünün sırasıdır (20 yanvar 2027-ci ildə 37).
# Bot dayanıbsa, buraxılmış xatırlatma gecikmə ilə göndərilir (sükut xatırlatması 10 dəqiqəyədək):
# sükut mətni "indi başlayır" demir, saatı və mənasını bildirir.

reminder-eve =
    Sabah 20 Yanvar — Ümumxalq Hüzn Günüdür, { $event_date_year }-cı il faciəsinin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü.
    Şəhidlər xiyabanına aparan küçələrdə saat { $traffic_from }-dan mərasimlər başa çatanadək nəqliyyatın hərəkəti məhdudlaşdırılacaq. Bakı vaxtı ilə saat { $silence_at }-da bütün ölkədə bir dəqiqəlik sükut elan olunacaq.

reminder-morning =
    Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü. Saat { $traffic_from }-dan mərasimlər başa çatanadək Şəhidlər xiyabanına aparan küçələrdə nəqliyyatın hərəkəti məhdudlaşdırılır: imkan daxilində ictimai nəqliyyatdan istifadə edin.
    Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olunacaq.

reminder-silence =
    Bakı vaxtı ilə saat { $silence_at }. { $event_date } faciəsinin qurbanlarının xatirəsinə bütün ölkədə bir dəqiqəlik sükut elan olunur. Gəmilər, avtomobillər və qatarlar səs siqnalı verir, matəm əlaməti olaraq Azərbaycanın hər yerində dövlət bayraqları endirilir.
