# data/reminders.toml-dakı xatırlatmalar, hər id üçün bir mesaj: `reminder-<id>`.
# $anniversary bu ilki ildönümünün sırasıdır (20 yanvar 2027-ci ildə 37).
# Saat dəyişənlərinə şəkilçi artırılmır ("saat … olanda", "saat … ilə … arasında").

reminder-eve =
    Sabah 20 Yanvar, Ümumxalq Hüzn Günüdür: 1990-cı il faciəsinin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü.
    Şəhidlər xiyabanına aparan yollarda saat { $traffic_from } ilə mərasimlərin sonu arasında nəqliyyatın hərəkəti məhdudlaşdırılacaq, Bakı vaxtı ilə saat { $silence_at } olanda isə bütün ölkədə bir dəqiqəlik sükut elan olunacaq.

reminder-morning =
    Bu gün 20 Yanvar faciəsinin { $anniversary }-{ NUMBER($anniversary, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümüdür. Saat { $traffic_from } ilə mərasimlərin sonu arasında Şəhidlər xiyabanına aparan yollarda nəqliyyatın hərəkəti məhdudlaşdırılır: imkanınız varsa, ictimai nəqliyyatdan istifadə edin.
    Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at } olanda elan olunacaq.

reminder-silence =
    Bakı vaxtı ilə saat { $silence_at }: 20 yanvar 1990-cı il faciəsinin qurbanlarının xatirəsinə bir dəqiqəlik sükut başlayır. Gəmilər, avtomobillər və qatarlar səs siqnalı verir, Azərbaycanın hər yerində bayraqlar endirilir.
