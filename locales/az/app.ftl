# Xatirə səhifəsi (/app), Telegram Mini App. Kartın tarixi, illəri və sətri, geri sayım mövzusu,
# şam mətnləri və mənbə sətri digər fayllardan götürülür: burada təkrar yazılmır. Rəqəmlər və
# tarixlər data/facts.toml-dan dəyişən kimi gəlir; xronika və rəqəmlərin siyahısı data/app.toml-dadır.

app-title = 20 Yanvar
app-description = { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirə səhifəsi: yanvar günlərinin xronikası, mənbəsi göstərilən rəqəmlər, bir dəqiqəlik sükut və şam.
app-languages = Dil
app-open-button = Xatirə səhifəsini aç
app-menu-button = Xatirə səhifəsi
app-noscript = Geri sayım və şam üçün brauzerdə skriptlər açıq olmalıdır; qalan hər şey bu səhifədədir.

# Geri sayım: növbəti bir dəqiqəlik sükutun günü və saatı Bakı vaxtı ilə (oxucunun öz vaxtı
# `local-time` mesajının sözləri ilə gəlir, brauzerdən doldurulur).
app-silence-when = Bir dəqiqəlik sükut: { $silence_date }, Bakı vaxtı ilə saat { $silence_at }.
# Canlı geri sayımın vahidləri; səhifə rəqəmi sözün üstündə göstərir (saydan sonra isim təkdə qalır).
app-unit-days = { $days_until ->
   *[other] { $days_until } gün
}
app-unit-hours = { $hours_until ->
   *[other] { $hours_until } saat
}
app-unit-minutes = { $minutes_until ->
   *[other] { $minutes_until } dəqiqə
}

app-candle-heading = Qurbanların xatirəsinə şam
app-candle-outside = Şamlar Telegram-da yandırılır, hər kəs hər ildönümü üçün bir şam: öz şamınızı yandırmaq üçün bu səhifəni botdan açın.

app-timeline-heading = { $night_start_date_day }–{ $lankaran_date_day } yanvar { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
    [one] ci
    [few] cü
    [many] cı
   *[other] cu
} il
app-timeline-night-when = Yanvarın { $night_start_date_day }-{ NUMBER($night_start_date_day, type: "ordinal") ->
    [one] dən
    [few] dən
    [many] dan
   *[other] dan
} { $event_date_day }-{ NUMBER($event_date_day, type: "ordinal") ->
    [one] nə
    [few] nə
    [many] na
   *[other] na
} keçən gecə
app-timeline-night = Sovet qoşunları Bakıya və ətraf ərazilərə yeridildi. Rəsmi məlumatlara görə, qoşunlar zirehli texnikadan və müxtəlif növ hərbi silahlardan istifadə edərək dinc əhaliyə atəş açdı.
app-timeline-aliyev-when = { $aliyev_protest_date_short }
app-timeline-aliyev = O zaman Moskvada təqaüddə olan Heydər Əliyev ailə üzvləri ilə birlikdə Azərbaycanın Moskvadakı daimi nümayəndəliyinə gəldi, baş verənləri hüquqa, demokratiyaya və humanizmə zidd adlandırdı və başsağlığının çatdırılmasını xahiş etdi.
app-timeline-funeral-when = { $funeral_date_short }
app-timeline-funeral = Sovet qoşunlarının Bakıda olmasına və fövqəladə vəziyyətə baxmayaraq, paytaxtda kütləvi matəm yürüşü keçirildi; həlak olanların çoxu təpədəki parkda — indiki Şəhidlər xiyabanında torpağa tapşırıldı. { $source_name } saytı { $funeral_millions } milyona yaxın insanın iştirak etdiyini yazır; o vaxtkı mətbuatda isə rəqəmlər təxminən { $funeral_time } nəfərlə { $funeral_latimes_millions } milyondan çox arasında dəyişirdi.
app-timeline-districts-when = { $neftchala_date_day }–{ $lankaran_date_day } yanvar
app-timeline-districts = Fövqəladə vəziyyət tətbiq edilməyən digər rayonlarda da ölüm halları barədə məlumat verildi: { $neftchala_date_short }da Neftçalada və { $lankaran_date_short }da Lənkəranda.

# Hər rəqəmin altındakı sətir rəqəmlə birlikdə oxunur: "131 / nəfər … həlak olub — …".
app-figures-heading = Rəqəmlər
app-figure-killed-value = { $killed_total }
app-figure-killed = { $killed_total ->
   *[other] nəfər
} Bakıda və respublikanın digər rayonlarında həlak olub — Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
    [one] ci
    [few] cü
    [many] cı
   *[other] cu
} il qərarına görə
app-figure-killed-now-value = { $mfa_killed }
app-figure-killed-now = { $mfa_killed ->
   *[other] nəfər
} həlak olub — Xarici İşlər Nazirliyinin son illərdəki bəyanatlarına görə
app-figure-injured-value = { $injured_total }
app-figure-injured = { $injured_total ->
   *[other] nəfər
} yaralandı
app-figure-killed-before-value = { $killed_before_emergency }
app-figure-killed-before = { $killed_before_emergency ->
   *[other] nəfər
} fövqəladə vəziyyət əhaliyə rəsmən elan edilənədək həlak oldu
app-figure-fatally-injured-value = { $fatally_injured_before_emergency }
app-figure-fatally-injured = { $fatally_injured_before_emergency ->
   *[other] nəfər
} də fövqəladə vəziyyət elan edilənədək ölümcül yaralandı
app-figure-killed-after-value = { $killed_after_emergency_baku }
app-figure-killed-after = { $killed_after_emergency_baku ->
   *[other] nəfər
} də fövqəladə vəziyyət elan edildikdən sonra — 20 yanvarda və sonrakı günlərdə — Bakıda həlak oldu
app-figure-killed-districts-value = { $killed_in_regions }
app-figure-killed-districts = { $killed_in_regions ->
   *[other] nəfər
} fövqəladə vəziyyət tətbiq edilməyən Neftçalada və Lənkəranda həlak oldu
app-figure-detained-value = { $detained }
app-figure-detained = { $detained ->
   *[other] dinc sakin
} Bakıda, eləcə də respublikanın digər şəhər və rayonlarında saxlanıldı
app-figure-prisons-value = { $sent_to_ussr_prisons }
app-figure-prisons = { $sent_to_ussr_prisons ->
   *[other] nəfər
} saxlanılanlardan Sovet İttifaqının müxtəlif yerlərindəki həbsxanalara göndərilib
app-figure-houses-value = təxminən { $houses_fired_on }
app-figure-houses = { $houses_fired_on ->
   *[other] ev
} hərbçilər tərəfindən atəşə tutuldu
app-figure-vehicles-value = təxminən { $vehicles_fired_on }
app-figure-vehicles = { $vehicles_fired_on ->
   *[other] nəqliyyat vasitəsi
}, o cümlədən təcili yardım maşınları atəşə tutuldu
app-figure-martyrs-value = { $martyrs_recognised }
app-figure-martyrs = { $martyrs_recognised ->
   *[other] nəfər
} rəsmi məlumatlara görə ölkə üzrə 20 Yanvar şəhidi kimi tanınır

app-card-heading = Xatirə kartı
app-share = Söhbətdə paylaş
