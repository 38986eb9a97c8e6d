# Hər mövzu üçün bir cavab və bir qısa başlıq (id-lər data/topics.toml-dakı kimidir). Bütün rəqəmlər və
# tarixlər data/facts.toml-dan dəyişən kimi gəlir; saatdan asılı olanlar ($years_passed, $days_until, …)
# hesablanır.
#
# Tarixlər və saatlar təbii hal formasında yazılır (locales/STYLE.md):
#   "1990-cı il yanvarın 19-dan 20-nə keçən gecə": günün və ilin şəkilçisi NUMBER($n, type: "ordinal")
#     kateqoriyası ilə seçilir; [one]/[few] → -ci/-cü, -də/-dən/-nə; [many]/[other] → -cı/-cu, -da/-dan/-na
#     ("yanvarın 19-dan 20-nə", "yanvarın 26-da"). Diqqət: CLDR 1000, 2000, 10000 kimi ədədləri `other`-ə
#     aid edir, halbuki "mininci" → "1000-ci", "1000-dən"; belə ədəd əlavə olunarsa, şəkilçini yoxlayın.
#   "21 yanvar 1990-cı ildə"  ({ $aliyev_protest_date }də: `date-full` həmişə "il" sözü ilə bitir)
#   "25 yanvarda"  ({ $neftchala_date_short }da: şəkilçini ayın adı seçir; yalnız "aprel" -də istəyər)
#   "saat 12:00-da", "saat 08:00-dan mərasimlər başa çatanadək": saat dəyişənləri həmişə SS:00-dır;
#     mətbuatın yazı qaydasına görə şəkilçi qalın saitlidir (-da, -dan, -a) — saat nə olursa olsun
#     (danışıqda "saat səkkizdən" deyilsə də, yazıda "08:00-dan").
#     Dəqiqəsi sıfır olmayan vaxt əlavə olunarsa (12:05 → "12:05-də"), şəkilçini yenidən yoxlayın.
# "20 Yanvar" faciənin və günün adıdır (böyük hərflə, rəqəm hərfi yazılır); tarix kimi isə dəyişəndən gəlir.

topic-overview-title = Nə baş verdi
topic-overview =
    { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il yanvarın { $night_start_date_day }-{ NUMBER($night_start_date_day, type: "ordinal") ->
        [one] dən
        [few] dən
        [many] dan
       *[other] dan
    } { $event_date_day }-{ NUMBER($event_date_day, type: "ordinal") ->
        [one] nə
        [few] nə
        [many] na
       *[other] na
    } keçən gecə sovet qoşunları Bakıya və ətraf ərazilərə yeridildi. Rəsmi məlumatlara görə, qoşunlar zirehli texnikadan və müxtəlif növ hərbi silahlardan istifadə edərək dinc əhaliyə atəş açdı.
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, { $killed_total } nəfər həlak olub, { $injured_total } nəfər yaralanıb; Xarici İşlər Nazirliyi isə hazırda { $mfa_killed } nəfərin həlak olduğunu bildirir, başqa mənbələrdə də fərqli rəqəmlər verilir. { $source_name } faciəni sovet hakimiyyətinin son illərinin ən qanlı hadisələrindən biri adlandırır. Azərbaycanda hər il 20 Yanvar Ümumxalq Hüzn Günü kimi anılır.

topic-date-title = Nə vaxt baş verdi
topic-date =
    Qoşunlar Bakıya { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il yanvarın { $night_start_date_day }-{ NUMBER($night_start_date_day, type: "ordinal") ->
        [one] dən
        [few] dən
        [many] dan
       *[other] dan
    } { $event_date_day }-{ NUMBER($event_date_day, type: "ordinal") ->
        [one] nə
        [few] nə
        [many] na
       *[other] na
    }, cümədən şənbəyə keçən gecə daxil oldu. Rəsmi məlumatlara görə, qoşunlar dinc əhaliyə atəş açdı. Sonrakı günlərdə Bakıda yenə insanlar həlak oldu; { $neftchala_date_short }da Neftçalada və { $lankaran_date_short }da Lənkəranda da ölüm halları barədə məlumat verildi.

topic-orders-title = Əmri kim verdi
topic-orders =
    Bakıda { $event_date_short }dan etibarən fövqəladə vəziyyət elan edən fərmanı { $decree_date }də Mixail Qorbaçov SSRİ Ali Sovetinin sədri kimi imzaladı; Chicago Tribune qəzeti o vaxt yazırdı ki, Qorbaçov fövqəladə vəziyyət haqqında əmri hücumdan bir qədər əvvəl imzalayıb. Azərbaycan dövlətinin rəsmi mənbələri kimi, { $source_name } da yazır ki, qoşunlar Sovet İttifaqı Kommunist Partiyası Mərkəzi Komitəsinin (Sov.İKP MK) o zamankı baş katibi Qorbaçovun əmri ilə yeridilib.

topic-forces-title = Hansı qüvvələr iştirak etdi
topic-forces =
    Bakıya və ətraf ərazilərə SSRİ Müdafiə Nazirliyinin, Dövlət Təhlükəsizlik Komitəsinin (DTK) və Daxili İşlər Nazirliyinin (DİN) hissələri yeridildi. Azərbaycan mənbələri, o cümlədən { $source_name }, yazır ki, xüsusi təyinatlı dəstələrin və daxili qoşunların böyük kontingentləri şəhəri ifrat amansızlıqla və misli görünməmiş zorakılıqla ələ keçirib.

topic-casualties-title = Həlak olanlar və yaralananlar
topic-casualties =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, sovet qoşunlarının yeridilməsi zamanı və ondan sonra Bakıda və respublikanın digər rayonlarında ümumilikdə { $killed_total } nəfər həlak olub, { $injured_total } nəfər yaralanıb.
    Xarici İşlər Nazirliyi isə hazırda { $mfa_killed } nəfərin həlak olduğunu, { $injured_total } nəfərin ağır yaralandığını, { $mfa_missing } nəfərin itkin düşdüyünü bildirir; başqa mənbələrdə də fərqli rəqəmlər verilir (aşağıdakı düymələrə baxın).

topic-timeline_deaths-title = Fövqəladə vəziyyətdən əvvəl və sonra həlak olanlar
topic-timeline_deaths =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, fövqəladə vəziyyət əhaliyə rəsmən elan edilənədək { $killed_before_emergency } nəfər həlak olub, daha { $fatally_injured_before_emergency } nəfər ölümcül yaralanıb.
    Fövqəladə vəziyyət elan edildikdən sonra, 20 yanvarda və sonrakı günlərdə Bakıda daha { $killed_after_emergency_baku } nəfər həlak olub.
    Fövqəladə vəziyyət tətbiq edilməyən digər rayonlarda da ölüm halları barədə məlumat verildi: { $neftchala_date_short }da Neftçalada və { $lankaran_date_short }da Lənkəranda daha { $killed_in_regions } nəfər həlak olub.
    Qərara görə, ölümcül yaralananlarla birlikdə ümumilikdə { $killed_total } nəfər həlak olub. Bəzi Azərbaycan saytlarında rəsmi mətn kimi dərc olunan variantlarda bu rayonlar üzrə { $killed_in_regions_variant } nəfər göstərilir, buna görə də ümumi say da başqadır: { $killed_variant_total } nəfər.

topic-victims-title = Qurbanlar kimlər idi
topic-victims =
    Qurbanlar arasında qadınlar, uşaqlar və yaşlılar, həmçinin təcili tibbi yardım işçiləri və milis əməkdaşları var idi. Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, ümumilikdə { $killed_total } nəfər həlak olub; başqa mənbələrdə fərqli rəqəmlər verilir.

topic-arrests-title = Həbslər
topic-arrests =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, Bakıda, eləcə də respublikanın digər şəhər və rayonlarında { $detained } dinc sakin qanunsuz olaraq saxlanılıb. { $source_name } saytı yazır ki, onlardan { $sent_to_ussr_prisons } nəfəri Sovet İttifaqının müxtəlif yerlərindəki həbsxanalara göndərilib.

topic-damage-title = Əmlaka vurulan ziyan
topic-damage =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, hərbçilər təxminən { $houses_fired_on } evi və { $vehicles_fired_on } nəqliyyat vasitəsini, o cümlədən təcili yardım maşınlarını atəşə tutub; yandırıcı güllələrin törətdiyi yanğınlar dövlət və şəxsi əmlakı məhv edib.

topic-martyrs-title = 20 Yanvar şəhidləri
topic-martyrs =
    Azərbaycanda faciədə həlak olanlar 20 Yanvar şəhidləri adlanır. Rəsmi məlumatlara görə, ölkə üzrə { $martyrs_recognised } nəfər 20 Yanvar şəhidi kimi tanınır.

topic-aliyev_protest-title = Heydər Əliyevin etirazı
topic-aliyev_protest =
    Faciədən bir gün sonra, { $aliyev_protest_date }də o zaman Moskvada təqaüddə olan Heydər Əliyev ailə üzvləri ilə birlikdə Azərbaycanın Moskvadakı daimi nümayəndəliyinə gəldi. O, orada jurnalistlərlə danışdı, baş verənləri hüquqa, demokratiyaya və humanizmə zidd adlandırdı və daimi nümayəndədən başsağlığını çatdırmasını xahiş etdi; { $source_name } onun bu gəlişini hərbi əməliyyata qarşı açıq etiraz kimi təsvir edir.

topic-funeral-title = Matəm yürüşü və dəfn
topic-funeral =
    { $funeral_date_year }-{ NUMBER($funeral_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il { $funeral_date_short }da, sovet qoşunlarının Bakıda olmasına və fövqəladə vəziyyətə baxmayaraq, paytaxtda kütləvi matəm yürüşü keçirildi; həlak olanların çoxu təpədəki parkda — indiki Şəhidlər xiyabanında torpağa tapşırıldı.
    İştirakçıların sayı fərqli göstərilir: { $source_name } { $funeral_millions } milyona yaxın insanın iştirak etdiyini yazır; o vaxt isə Los Angeles Times qəzeti sakinlərə istinadən bu sayı { $funeral_latimes_millions } milyondan çox, Buffalo News qəzeti { $funeral_buffalo_millions } milyona yaxın, TIME jurnalı isə təxminən { $funeral_time } nəfər göstərirdi.

topic-supreme_soviet-title = Ali Sovetin növbədənkənar sessiyası
topic-supreme_soviet =
    { $source_name } yazır ki, Azərbaycan SSR Ali Sovetinin növbədənkənar sessiyası ictimai təzyiq nəticəsində çağırılıb və Bakıda fövqəladə vəziyyətin ləğv edilməsi barədə qərar qəbul edib. Sessiyanın { $az_resolution_date } tarixli qərarı isə SSRİ fərmanının respublika ərazisində, Dağlıq Qarabağ istisna olmaqla, qüvvəsini dayandırdı və onun ləğvini tələb etdi; sovet fövqəladə vəziyyəti özü aylarla qüvvədə qaldı.
    { $source_name } saytının yazdığına görə, respublikanın bir çox yüksək vəzifəli şəxsi xalq qəzəbindən ehtiyat edərək sessiyaya gəlməyib; deputat Maksim Musayev isə sonralar xatırlayırdı ki, sessiya kiçik bir deputat qrupunun təkidi ilə çağırılıb.

topic-assessment-title = Rəsmi siyasi-hüquqi qiymət
topic-assessment =
    Hələ { $az_resolution_date }də Azərbaycan SSR Ali Soveti fərmanı həyata keçirən SSRİ rəhbərlərinin hərəkətlərini Azərbaycan xalqına qarşı cinayət adlandırmışdı. Müstəqil Azərbaycanın parlamenti — Milli Məclis faciəyə siyasi-hüquqi qiyməti { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə verdi: Azərbaycan XİN-in məlumatına görə, fevral ayında növbədənkənar sessiya insanların qətlə yetirilməsini hərbi təcavüz və cinayət kimi tövsif etdi, mart ayında isə faciəli hadisələr haqqında qərar qəbul olundu. { $source_name } və digər Azərbaycan nəşrləri yazır ki, bu qərar { $assessment_date }də Heydər Əliyevin təşəbbüsü ilə qəbul edilib; XİN yalnız ayı bildirir, qərarın tapdığım mətnində isə gün yoxdur.
    Azərbaycanda hər il 20 Yanvar Ümumxalq Hüzn Günü kimi anılır.

topic-commemoration-title = 20 Yanvar necə anılır
topic-commemoration =
    Azərbaycanda 20 Yanvar Ümumxalq Hüzn Günüdür. Hər il dövlət rəsmiləri və sıravi vətəndaşlar həlak olanların xatirəsini yad etmək üçün Şəhidlər xiyabanını ziyarət edir.
    Həmin gün səhərdən mərasimlər başa çatanadək xiyabana aparan küçə və prospektlərdə nəqliyyatın hərəkəti məhdudlaşdırılır. Bakı vaxtı ilə saat { $silence_at }-da bütün ölkədə bir dəqiqəlik sükut elan olunur; həmin dəqiqə gəmilər, avtomobillər və qatarlar səs siqnalı verir. Matəm əlaməti olaraq dövlət bayraqları endirilir.

topic-traffic-title = Nəqliyyatın hərəkətinə məhdudiyyət
topic-traffic =
    { $event_date_short }da Şəhidlər xiyabanına aparan küçə və prospektlərdə Bakı vaxtı ilə saat { $traffic_from }-dan mərasimlər başa çatanadək nəqliyyatın hərəkəti məhdudlaşdırılır. Səlahiyyətli qurumlar həmin ərazidə şəxsi avtomobillərdən mümkün qədər az istifadə etməyi və ictimai nəqliyyatdan yararlanmağı tövsiyə edir.

topic-silence-title = Bir dəqiqəlik sükut
# 20 Yanvarda cavab əvvəlcə günün harasında olduğumuzu deyir: sükut qabaqdadır, indidir, yoxsa olub.
topic-silence =
    { $phase ->
        [before] Bu gün Bakı vaxtı ilə saat { $silence_at }-da faciə qurbanlarının xatirəsinə bütün ölkədə { $silence_minutes ->
            [one] bir dəqiqəlik
           *[other] { $silence_minutes } dəqiqəlik
        } sükut elan olunacaq. Hər il sükut zamanı gəmilər, avtomobillər və qatarlar səs siqnalı verir.
        [now] Hazırda, Bakı vaxtı ilə saat { $silence_at }-da, bütün ölkədə faciə qurbanlarının xatirəsinə { $silence_minutes ->
            [one] bir dəqiqəlik
           *[other] { $silence_minutes } dəqiqəlik
        } sükut saxlanılır. Hər il sükut zamanı gəmilər, avtomobillər və qatarlar səs siqnalı verir.
        [after] Bu gün Bakı vaxtı ilə saat { $silence_at }-da faciə qurbanlarının xatirəsinə bütün ölkədə { $silence_minutes ->
            [one] bir dəqiqəlik
           *[other] { $silence_minutes } dəqiqəlik
        } sükut elan olundu. Hər il sükut zamanı gəmilər, avtomobillər və qatarlar səs siqnalı verir.
       *[days] { $event_date_short }da Bakı vaxtı ilə saat { $silence_at }-da faciə qurbanlarının xatirəsinə bütün ölkədə { $silence_minutes ->
            [one] bir dəqiqəlik
           *[other] { $silence_minutes } dəqiqəlik
        } sükut elan olunur. Həmin dəqiqə gəmilər, avtomobillər və qatarlar səs siqnalı verir.
    } Matəm əlaməti olaraq Azərbaycanın hər yerində dövlət bayraqları endirilir.

topic-abroad-title = Xaricdə anım tədbirləri
topic-abroad =
    Dünya ictimaiyyətinin diqqətini { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin yanvar hadisələrinə cəlb etmək üçün anım tədbirləri xaricdə də keçirilir: Azərbaycanın səfirlikləri və diplomatik nümayəndəlikləri, həmçinin xaricdəki Azərbaycan icmaları çox vaxt Qanlı Yanvar adlandırılan bu faciənin xatirəsinə mərasimlər təşkil edir.

topic-anniversary-title = Neçə il keçib
topic-anniversary = { $phase ->
    [days] { $event_date }dən bəri { $years_passed } il keçib. { $next_date }də faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü olacaq.
   *[other] Bu gün faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümüdür: { $event_date }dən bəri { $years_passed } il tamam olur.
}

# Mərhələ `days`-da $days_until heç vaxt 0 olmur; [1] sabahdır. `before`-da qalan vaxt
# $hours_until saat və $minutes_until dəqiqədir (yuxarı yuvarlaqlaşdırılıb, ikisi birdən 0 olmur).
topic-countdown-title = { $event_date_short } və bir dəqiqəlik sükut
topic-countdown = { $phase ->
    [days] { $days_until ->
        [1] Sabah 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
            [one] ci
            [few] cü
            [many] cı
           *[other] cu
        } ildönümü. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olunacaq.
       *[other] Faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
            [one] ci
            [few] cü
            [many] cı
           *[other] cu
        } ildönümünə { $days_until } gün qalıb. { $next_date }də Bakı vaxtı ilə saat { $silence_at }-da bütün ölkədə bir dəqiqəlik sükut elan olunacaq.
    }
    [before] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü. Bakı vaxtı ilə saat { $silence_at }-da bütün ölkədə bir dəqiqəlik sükut elan olunacaq; buna { $hours_until ->
        [0] { $minutes_until } dəqiqə
       *[other] { $hours_until } saat{ $minutes_until ->
            [0] {""}
           *[other] {" "}{ $minutes_until } dəqiqə
        }
    } qalıb.
    [now] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü. Bir dəqiqəlik sükut hazırda bütün ölkədə davam edir.
   *[after] Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür, faciənin { $anniversary_next }-{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildönümü. Bir dəqiqəlik sükut Bakı vaxtı ilə saat { $silence_at }-da elan olundu. Hər il bu gün dövlət rəsmiləri və sıravi vətəndaşlar həlak olanların xatirəsini yad etmək üçün Şəhidlər xiyabanını ziyarət edir.
}

topic-names-title = Hadisələr necə adlanır
topic-names =
    Azərbaycanda bu hadisələr 20 Yanvar faciəsi adı ilə tanınır, 20 Yanvar isə Ümumxalq Hüzn Günüdür. Faciə çox vaxt Qanlı Yanvar adlandırılır, Qara Yanvar adı ilə də tanınır. Həlak olanlar 20 Yanvar şəhidləri adlanır.

topic-sources-title = Mənbələr
topic-sources =
    Cavablarım { $sources_count } mənbəyə əsaslanır: rəsmi sənədlər və bəyanatlar, həmin dövrün mətbuatı, insan hüquqları təşkilatlarının hesabatları, sonrakı xəbərlər və müsahibələr, həmçinin kitablar və protokollar. Bunlardan birincisi { $source_name } saytının { $source_date } tarixli məqaləsidir.
    Hər cavabın altında onun hansı mənbələrə əsaslandığını göstərirəm. Mənbələr bir-birindən fərqli məlumat verəndə bunu qeyd edirəm və hər tərəfin məlumatını ayrıca çatdırıram. Hamısını görmək üçün aşağıda mənbə növünü seçin.
