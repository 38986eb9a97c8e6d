# Hər mövzu üçün bir cavab və bir qısa başlıq (id-lər data/topics.toml-dakı kimidir). Bütün rəqəmlər və
# tarixlər data/facts.toml-dan dəyişən kimi gəlir; saatdan asılı olanlar ($years_passed, $days_until, …)
# hesablanır. Tarix və saat dəyişənlərinə hal şəkilçisi artırılmır: "… tarixində", "… günü",
# "saat … olanda" kimi quruluşlar işlədilir ki, mətn hər tarixdə və saatda düzgün qalsın.

topic-overview-title = Nə baş verdi
topic-overview =
    { $night_start_date_day }–{ $event_date } gecəsi sovet qoşunları Bakıya və Azərbaycanın digər bölgələrinə yeridildi. Rəsmi məlumatlara görə, qoşunlar zirehli texnikadan və müxtəlif növ silahlardan istifadə edərək dinc əhaliyə atəş açdı.
    { $killed_total } nəfər həlak oldu, { $injured_total } nəfər yaralandı. Bu faciə Sovet İttifaqının son illərinin ən qanlı hadisələrindən biri kimi yaddaşlara həkk olunub. Azərbaycanda hər il 20 Yanvar Ümumxalq Hüzn Günü kimi qeyd edilir.

topic-date-title = Nə vaxt baş verdi
topic-date =
    Qoşunlar Bakıya { $night_start_date_day }–{ $event_date } gecəsi daxil oldu. Sonrakı günlərdə də insanlar həlak oldu: həm Bakıda, həm də { $neftchala_date_short } günü Neftçalada, { $lankaran_date_short } günü isə Lənkəranda.
    O vaxtdan bəri 20 Yanvar Azərbaycanda Ümumxalq Hüzn Günüdür.

topic-orders-title = Əmri kim verdi
topic-orders =
    Hərbi hissələr Azərbaycana Sovet İttifaqı Kommunist Partiyası Mərkəzi Komitəsinin (Sov.İKP MK) o vaxtkı baş katibi Mixail Qorbaçovun əmri ilə yeridildi.

topic-forces-title = Hansı qüvvələr iştirak etdi
topic-forces =
    Bakıya və ətraf ərazilərə üç sovet qurumunun — SSRİ Müdafiə Nazirliyinin, Dövlət Təhlükəsizlik Komitəsinin (DTK) və Daxili İşlər Nazirliyinin (DİN) qüvvələri yeridildi. Xüsusi təyinatlılardan və daxili qoşunlardan ibarət böyük kontingent şəhəri işğal etdi.

topic-casualties-title = Həlak olanlar və yaralananlar
topic-casualties =
    Sovet qoşunlarının yeridilməsi nəticəsində Bakıda və ətraf ərazilərdə cəmi { $killed_total } nəfər həlak oldu, { $injured_total } nəfər yaralandı.
    Qurbanlar arasında qadınlar, uşaqlar və yaşlılar, həmçinin təcili tibbi yardım işçiləri və polis əməkdaşları da var idi.

topic-timeline_deaths-title = Fövqəladə vəziyyətdən əvvəl və sonra həlak olanlar
topic-timeline_deaths =
    Fövqəladə vəziyyət əhaliyə elan olunanadək { $killed_before_emergency } nəfər öldürüldü, daha { $fatally_injured_before_emergency } nəfər isə ölümcül yaralandı.
    Fövqəladə vəziyyət elan edildikdən sonrakı günlərdə Bakıda daha { $killed_after_emergency_baku } nəfər həlak oldu.
    Fövqəladə vəziyyət tətbiq olunmayan rayonlarda daha { $killed_in_regions } nəfər qətlə yetirildi: { $neftchala_date_short } günü Neftçalada və { $lankaran_date_short } günü Lənkəranda.

topic-victims-title = Qurbanlar kimlər idi
topic-victims =
    Qurbanlar dinc insanlar idi: onların arasında qadınlar, uşaqlar və yaşlılar, eləcə də təcili tibbi yardım işçiləri və polis əməkdaşları vardı. Ümumilikdə { $killed_total } nəfər həlak oldu.

topic-arrests-title = Həbslər
topic-arrests =
    Əməliyyat kütləvi həbslərlə müşayiət olundu: Bakıda, eləcə də respublikanın digər şəhər və rayonlarında { $detained } dinc sakin saxlanıldı. Onlardan { $sent_to_ussr_prisons } nəfəri Sovet İttifaqının müxtəlif yerlərindəki həbsxanalara göndərildi.

topic-damage-title = Əmlaka vurulan ziyan
topic-damage =
    Hərbçilər təxminən { $houses_fired_on } evi və { $vehicles_fired_on } nəqliyyat vasitəsini, o cümlədən təcili yardım maşınlarını atəşə tutdu. Yandırıcı sursatın törətdiyi yanğınlar dövlət və şəxsi əmlakın xeyli hissəsini məhv etdi.

topic-martyrs-title = 20 Yanvar şəhidləri
topic-martyrs =
    Azərbaycanda bu hadisələrdə həlak olanlara 20 Yanvar şəhidləri deyilir. Rəsmi məlumatlara görə, ölkə üzrə { $martyrs_recognised } nəfər 20 Yanvar şəhidi kimi tanınır.

topic-aliyev_protest-title = Heydər Əliyevin Moskvadakı etirazı
topic-aliyev_protest =
    Faciədən bir gün sonra, { $aliyev_protest_date } tarixində ümummilli lider Heydər Əliyev ailə üzvləri ilə birlikdə Azərbaycanın Moskvadakı daimi nümayəndəliyinə gəldi. O, orada sovet rəhbərliyinin həyata keçirdiyi hərbi əməliyyata açıq etiraz etdi və baş verənlərə görə məsuliyyət daşıyanları pislədi.

topic-funeral-title = Matəm yürüşü və dəfn
topic-funeral =
    { $funeral_date_short } günü, Bakıda sovet qoşunlarının olmasına və fövqəladə vəziyyətə baxmayaraq, paytaxtda kütləvi matəm yürüşü keçirildi. Məlumatlara görə, Şəhidlər xiyabanındakı dəfn mərasimində { $funeral_millions } milyona yaxın insan iştirak edib.

topic-supreme_soviet-title = Ali Sovetin növbədənkənar sessiyası
topic-supreme_soviet =
    Xalqın təzyiqi ilə Azərbaycan SSR Ali Sovetinin növbədənkənar sessiyası çağırıldı və Bakıda fövqəladə vəziyyətin ləğv edilməsi barədə qərar qəbul olundu. Respublikanın bir çox yüksək vəzifəli rəsmisi xalqın qəzəbindən çəkinərək sessiyaya gəlmədi.

topic-assessment-title = Rəsmi siyasi-hüquqi qiymət
topic-assessment =
    Faciəyə ilk rəsmi siyasi-hüquqi qiymət illər sonra verildi: { $assessment_date } tarixində Heydər Əliyevin təşəbbüsü ilə ölkənin ali qanunverici orqanı olan Milli Məclis 20 Yanvar hadisələrini rəsmən qiymətləndirdi.

topic-commemoration-title = Hüzn günü necə anılır
topic-commemoration =
    Azərbaycanda hər il 20 Yanvar Ümumxalq Hüzn Günü kimi qeyd olunur. Dövlət rəsmiləri və sıravi vətəndaşlar həlak olanların xatirəsini yad etmək üçün Şəhidlər xiyabanını ziyarət edir.
    Xiyabana aparan yollarda saat { $traffic_from } ilə mərasimlərin sonu arasında nəqliyyatın hərəkəti məhdudlaşdırılır. Saat { $silence_at } olanda isə bütün ölkədə bir dəqiqəlik sükut elan olunur: gəmilər, avtomobillər və qatarlar səs siqnalı verir, dövlət bayraqları endirilir.

topic-traffic-title = Yol hərəkətinə məhdudiyyət
topic-traffic =
    20 yanvar günü Şəhidlər xiyabanına aparan küçə və prospektlərdə saat { $traffic_from } ilə mərasimlərin sonu arasında nəqliyyatın hərəkəti məhdudlaşdırılır. Sakinlərə həmin ərazidə şəxsi avtomobildən mümkün qədər az istifadə etmək və ictimai nəqliyyatdan yararlanmaq tövsiyə olunur.

topic-silence-title = Bir dəqiqəlik sükut
topic-silence =
    20 yanvar günü Bakı vaxtı ilə saat { $silence_at } olanda faciə qurbanlarının xatirəsinə bütün ölkədə { $silence_minutes ->
        [one] bir dəqiqəlik
       *[other] { $silence_minutes } dəqiqəlik
    } sükut elan olunur. Gəmilər, avtomobillər və qatarlar səs siqnalı verir, matəm əlaməti olaraq Azərbaycanın hər yerində dövlət bayraqları endirilir.

topic-abroad-title = Xaricdə anım tədbirləri
topic-abroad =
    Anım tədbirləri xaricdə də keçirilir ki, dünya ictimaiyyətinin diqqəti 1990-cı ilin yanvar hadisələrinə cəlb olunsun: Azərbaycanın səfirlikləri və diplomatik nümayəndəlikləri, həmçinin xaricdəki Azərbaycan diaspor icmaları mərasimlər və anım tədbirləri təşkil edir.

topic-anniversary-title = Neçə il keçib
topic-anniversary = { $phase ->
    [days] { $event_date } tarixindən bəri { $years_passed } il keçib. { $next_date } tarixində faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü olacaq.
   *[other] Bu gün, { $next_date }, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümüdür: { $event_date } tarixindən bəri { $years_passed } il keçir.
}

topic-countdown-title = 20 Yanvara nə qədər qalıb
topic-countdown = { $phase ->
    [days] { $next_date } tarixinə, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümünə { $days_until } gün qalıb. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at } olanda elan olunacaq.
    [before] Bu gün 20 Yanvar, Ümumxalq Hüzn Günüdür. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at } olanda elan olunacaq: { $hours_until } saat { $minutes_until } dəqiqə qalıb.
    [now] Bakı vaxtı ilə saat { $silence_at }: bütün ölkədə məhz indi bir dəqiqəlik sükut saxlanılır.
   *[after] Bu gün 20 Yanvar, Ümumxalq Hüzn Günüdür; bir dəqiqəlik sükut saat { $silence_at } olanda elan olundu. Növbəti 20 Yanvara { $days_until } gün qalıb.
}

topic-names-title = Hadisələr necə adlanır
topic-names =
    Azərbaycanda bu hadisələr 20 Yanvar faciəsi kimi tanınır, 20 Yanvar isə Ümumxalq Hüzn Günüdür. Onlar həmçinin Qara Yanvar adlandırılır, xaricdə keçirilən anım mərasimlərində isə çox vaxt Qanlı Yanvar kimi xatırlanır.

topic-sources-title = Mənbələr
topic-sources =
    Verdiyim fakt və rəqəmlər { $source_name } tərəfindən { $source_date } tarixində dərc olunmuş məqaləyə əsaslanır. Həmin məqalədə rəsmi rəqəmlərdən söz gedən yerlərdə mən də bunu qeyd edirəm.
