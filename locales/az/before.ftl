# «Əvvəl» qrupunun mövzuları: fərmanlar, fövqəladə vəziyyətin elanı, televiziyanın susması, göstərilən
# səbəblər və faciədən əvvəlki həftələrin hadisələri. Rəqəm və tarixlər data/facts.toml-dan dəyişən kimi gəlir.

# decree: facts B01 B02
topic-decree-title = { $decree_date_short } fərmanı
topic-decree =
    { $decree_date }də SSRİ Ali Sovetinin Rəyasət Heyəti { $event_date_short }dan etibarən Bakı şəhərində fövqəladə vəziyyət elan edilməsi haqqında fərman verdi. Fərmanı Kremldə SSRİ Ali Sovetinin sədri Mixail Qorbaçov imzalamışdı. Bu fərmanla { $karabakh_decree_date } tarixli fərmanın qüvvəsi Bakıya da şamil edilirdi.
    Fərmanda səbəb kimi Bakıda vəziyyətin kəskin gərginləşməsi, fərmanın cinayətkar ekstremistlər adlandırdığı qüvvələrin kütləvi iğtişaşlar təşkil etməklə qanuni dövlət orqanlarını hakimiyyətdən uzaqlaşdırmaq cəhdləri, həmçinin vətəndaşların müdafiəsi və təhlükəsizliyinin təmin edilməsi göstərilirdi. Fərman SSRİ Konstitusiyasının { $constitution_article }-{ NUMBER($constitution_article, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } maddəsinin { $constitution_point }-{ NUMBER($constitution_point, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } bəndinə istinad edirdi.

# decree_legality: facts B02 B05 B07
topic-decree_legality-title = Fərmanın qanuniliyi
topic-decree_legality =
    Fərman SSRİ Konstitusiyasının { $constitution_article }-{ NUMBER($constitution_article, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } maddəsinin { $constitution_point }-{ NUMBER($constitution_point, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } bəndinə istinad edirdi. Azərbaycan SSR Ali Soveti bu əsaslandırmanı qəbul etmədi: onun { $az_resolution_date } tarixli qərarında bildirilirdi ki, fərman məhz bu bəndi pozur və Azərbaycanın ali hakimiyyət orqanları ilə razılaşdırılmayıb.
    Azərbaycan Respublikasının Ali Məhkəməsi öz saytında yazır ki, fərman Azərbaycan SSR Ali Sovetinin razılığı olmadan verilib və { $event_date_short }da qüvvəyə minib.

# emergency_announced: facts B05 B08 B09 B10 (Disagreements 6)
topic-emergency_announced-title = Fövqəladə vəziyyətin elanı
topic-emergency_announced =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə qəbul etdiyi qərara görə, qoşunlar fövqəladə vəziyyət əvvəlcədən elan edilmədən yeridilib və əhaliyə bu barədə məlumat veriləndə artıq həlak olanlar var idi. Azərbaycan Ali Məhkəməsinin məlumatına görə, fərmanın qüvvəyə mindiyi saat gizli saxlanılıb.
    Gecikmənin müddəti barədə məlumatlar fərqlidir: Human Rights Watch { $hrw_later_report_year }-{ NUMBER($hrw_later_report_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə fərmanın qoşunlar şəhərə girdikdən yalnız bir neçə saat sonra elan olunduğunu yazıb; Bakı Biznes Universitetinin saytında bu müddət { $announced_after_hours } saat göstərilir; Azərbaycanın Tehrandakı səfirliyi isə fərmanın { $event_date_short } səhəri, saat { $announced_from_tanks_at }-da tankların üstündən oxunduğunu bildirib.

# karabakh_emergency: facts B03 B03a B03b B04
topic-karabakh_emergency-title = { $karabakh_decree_date_short } fərmanı
topic-karabakh_emergency =
    { $karabakh_decree_date }də Qorbaçov Dağlıq Qarabağ Muxtar Vilayətində və bəzi digər rayonlarda fövqəladə vəziyyət elan edən fərman imzaladı; Bakı bu ərazilərə daxil deyildi. Fərmanda kütləvi iğtişaşların təşkilində ekstremist qruplar günahlandırılırdı, inzibati həbslərə, komendant saatına və senzuraya icazə verilirdi. Agentliklərin sitat gətirdiyinə görə, fərmanda Bakıda, Gəncədə və başqa şəhərlərdə qətllərdən və sovet hakimiyyətini silahla devirmək cəhdlərindən də bəhs olunurdu.
    UPI agentliyinin xəbərinə görə, { $weapons_allowed_date_short }da SSRİ Müdafiə və Daxili İşlər nazirlikləri, eləcə də DTK bölgədəki qoşunlarına silahdan istifadəyə icazə verdi. Agentlik yazırdı ki, o vaxtadək bölgədə { $region_clash_days } gün davam edən toqquşmalarda { $region_deaths } nəfər həlak olmuş, { $armenians_ferried } nəfərdən çox erməni Bakıdan çıxarılmışdı.

# known_in_advance: facts B05 B06 B26 B31
topic-known_in_advance-title = Əvvəlcədən nə bilinirdi
topic-known_in_advance =
    Azərbaycan Ali Məhkəməsinin məlumatına görə, Moskvanın Bakıdakı nümayəndələri — Sov.İKP MK-nın katibi Andrey Girenko və İttifaq Sovetinin sədri Yevgeni Primakov — Azərbaycan rəsmilərini şəhərə qoşun yeridilməyəcəyinə əmin edirdilər. Məhkəmə həmçinin yazır ki, fərmanın qüvvəyə mindiyi saat gizli saxlanılıb.
    Azərbaycanlı müəllifin elmi məqaləsinə görə, əməliyyatdan əvvəlki günlərdə Moskva Bakı ətrafında qoşun kontingentləri və ağır texnika cəmləşdirib.

# tv_blackout: facts B13 B14 B16 B17a A17c (Disagreements 20)
topic-tv_blackout-title = Televiziyada partlayış
topic-tv_blackout =
    { $night_start_date_short } axşamı Azərbaycan Dövlət Televiziyasının enerji bloku partladıldı və yayım dayandı. Televiziyanın o zamankı baş rejissoru Vasif Babayev xatırlayır ki, partlayış saat { $main_news_at }-da başlayacaq əsas xəbər buraxılışından az əvvəl baş verib, növbətçi mühəndisləri isə silahlı şəxslər aparıb. Bir neçə gün sonra Los Angeles Times televiziya stansiyasında təxribat törədildiyini yazdı.
    Partlayışı kimin törətdiyi barədə fikirlər fərqlidir. Azərbaycan mənbələri bunu sovet xüsusi təyinatlı dəstələrinin işi sayır; Azərbaycanın Baş prokurorunun birinci müavini sonralar iddia edib ki, partlayışı keçmiş Azərbaycan SSR DTK sədri Vaqif Hüseynov Moskvadan gəlmiş emissarlarla birlikdə təşkil edib. Bir rus millətçi müəllif isə iddia edir ki, telemərkəz etirazçıların əlində olduğu üçün enerji blokunu DİN-in xüsusi qrupu partladıb.

# radio_liberty: facts B17
topic-radio_liberty-title = Azadlıq Radiosu
topic-radio_liberty =
    ABŞ-ın Bakıdakı səfirliyinin faciənin ildönümlərindən birində yaydığı bəyanata görə, qoşunlar girməzdən əvvəl televiziya sıradan çıxarılmış, telefon və radio əlaqəsi kəsilmişdi. Səfirliyin sözlərinə görə, bir neçə gün Mirzə Xəzərin rəhbərlik etdiyi Azad Avropa/Azadlıq Radiosunun Azərbaycan xidməti ölkə daxilində və xaricdə yaşayan azərbaycanlılar üçün yeganə xəbər mənbəyi olub.
    Avropa xəbər saytı commonspace.eu da radio, televiziya və telefon əlaqəsinin kəsildiyini yazır.

# why_troops: facts B02 B18 B22 B23 B25 B26
topic-why_troops-title = Qoşunlar niyə yeridildi
topic-why_troops =
    Moskva öz səbəblərini göstərirdi. Fərmanda cinayətkar ekstremistlər adlandırılan qüvvələrin qanuni orqanları hakimiyyətdən uzaqlaşdırmaq cəhdlərindən danışılırdı; Qorbaçov səbəbləri televiziya müraciətində açıqladı (aşağıdakı düymə); TASS fövqəladə vəziyyətin elanını { $hesitation_days } günlük tərəddüddən sonra atılmış son addım kimi təqdim etdi. Müdafiə naziri Dmitri Yazov ordunun Bakıya Xalq Cəbhəsinin və başqalarının hakimiyyəti ələ keçirməsinə mane olmaq üçün girdiyini bildirdi.
    Kənar qiymətləndirmələr fərqlidir. The New York Times bir neçə gün sonra yazdı ki, əsas məqsəd Azərbaycanın kommunist hökumətini süqutdan qorumaq idi. Başqa mənbələrin Human Rights Watch hesabatından gətirdiyi sitatlara görə isə Bakı hərbi prokurorluğunun sənədləri əməliyyatın ermənilərə qarşı poqromlardan əvvəl planlaşdırıldığını göstərir.

# gorbachev_speech: facts B18 B19 B20 B21 (Disagreements 22)
topic-gorbachev_speech-title = Qorbaçovun müraciəti
topic-gorbachev_speech =
    Ümumittifaq televiziyasında yayımlanan müraciətində Qorbaçov vicdana edilən çağırışların cavabsız qaldığını, dövlətin isə qeyri-insaniliyin və zorakılığın qarşısını almağa borclu olduğunu dedi. O, hakimiyyəti zorla ələ keçirmək çağırışlarının artmasından danışdı və müdaxiləni Xalq Cəbhəsinin dövlət çevrilişi etməsinin qarşısını almaq kimi təqdim etdi; onun sözlərinə görə, terrorçu adlandırdığı şəxslər qoşunlara atəş açıb və qoşunlar cavab atəşi açmağa məcbur olub. Chicago Tribune yazdı ki, o, Azərbaycanın SSRİ-dən ayrılmaq və islam dövləti qurmaq cəhdlərindən danışıb; bu, qəzetin öz ifadəsidir, Qorbaçovun sözləri deyil.
    Müraciətin vaxtı fərqli göstərilir: Chicago Tribune onu { $night_start_date_short } axşamına, Sun-Sentinel isə { $event_date_short } axşamına aid edir.

# yazov_words: facts B23 B24 B24a A12
topic-yazov_words-title = Yazovun sözləri
topic-yazov_words =
    Müdafiə naziri Dmitri Yazov «İzvestiya» qəzetinə verdiyi və { $yazov_interview_date }də dərc olunan müsahibəsində bildirdi ki, ordu Bakıya Xalq Cəbhəsinin hakimiyyəti ələ keçirməsinə mane olmaq və Cəbhənin müəssisə və idarələrdə qurduğu hakimiyyət strukturunu dağıtmaq üçün girib. { $closed_session_date }də SSRİ Ali Sovetinin qapalı iclasında o, insanların ölümündə azərbaycanlı ekstremistləri günahlandırdı və onların hakimiyyəti ələ keçirmək niyyətində olduğunu söylədi; azərbaycanlı deputatlar onun çıxışının ortasında zalı tərk etdi.
    Keçmiş SSRİ daxili işlər naziri Vadim Bakatin xatirələrində yazır ki, Yazov Nasosnı aerodromunda təxminən { $briefed_officers } general və polkovnikə təlimat verib: şəhərə müəyyən marşrutlarla girmək, barrikadaları sökmək əvəzinə taranla yarmaq, mütəşəkkil atəşi susdurmaq, tək-tək atəşlərə əhəmiyyət verməmək.

# january_pogroms: facts B27 B28 B29 B30 B30a (Disagreements 17, 19)
topic-january_pogroms-title = Ermənilərə qarşı poqromlar
topic-january_pogroms =
    { $pogroms_start_date }də Bakıda ermənilərə qarşı poqromlar başladı. Öldürülən ermənilərin sayı fərqli göstərilir: Los Angeles Times o vaxt ən azı { $pogrom_dead_latimes } nəfər yazırdı, Human Rights Watch-a aid edilən rəqəm { $pogrom_dead_hrw }, Tomas de Vaala aid edilən rəqəm isə təxminən { $pogrom_dead_de_waal } nəfərdir. Xalq Cəbhəsinin İdarə Heyəti { $pogroms_start_date_short }da və ertəsi gün baş verən zorakılığı pisləyən bəyanatında rəsmi məlumatlara istinadən həmin iki gündə { $pogrom_dead_two_days } erməninin öldürüldüyünü bildirdi.
    Human Rights Watch { $hrw_later_report_year }-{ NUMBER($hrw_later_report_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə yazırdı ki, mərkəzi hakimiyyət, o cümlədən artıq Bakıda olan { $mvd_in_baku_hrw } nəfərlik DİN qoşunları poqromların qarşısını almaq üçün az iş görüb. Qorbaçovun rusca bir bioqrafiyasında isə deyilir ki, poqromlardan əvvəl Bakıya əlavə { $mvd_in_baku_biography } DİN hərbçisi göndərilmişdi, lakin onlar baş verənlərə reaksiya verməyiblər.

# troop_buildup: facts B31 B32 B03b G23
topic-troop_buildup-title = Qoşunların toplanması
topic-troop_buildup =
    Azərbaycanlı müəllifin elmi məqaləsinə görə, yanvarın { $karabakh_decree_date_day }-{ NUMBER($karabakh_decree_date_day, type: "ordinal") ->
        [one] dən
        [few] dən
        [many] dan
       *[other] dan
    } { $weapons_allowed_date_day }-dək Moskva Bakı ətrafında qoşun kontingentləri və ağır texnika cəmləşdirib. TIME jurnalı yazırdı ki, Kreml bölgədə artıq olan təxminən { $caucasus_troops_before } hərbçiyə əlavə olaraq ordu, hərbi dəniz qüvvələri, DTK və DİN qoşunlarından { $caucasus_reinforcements } nəfər göndərib; bu rəqəmlər Bakıya daxil olan qüvvəyə deyil, bütövlükdə Qafqaza aiddir.

# border_events: facts B34 B35 B36 (Disagreements 16)
topic-border_events-title = İranla sərhəddə hadisələr
topic-border_events =
    { $solidarity_date_year }-{ NUMBER($solidarity_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin dekabr ayının sonunda Naxçıvanda izdiham sovet-İran sərhədi boyunca çəkilmiş hasarları sökdü. Sökülən hasarların uzunluğu bir xəbərə görə təxminən { $border_miles_report } mil, yerli partiya rəsmisinin sözlərinə görə isə { $border_miles_official } mil idi. { $solidarity_date }də Xalq Cəbhəsi İranla sərhədin aradan qaldırılmasına çağırdı; hazırda Azərbaycanda { $solidarity_date_short } Dünya Azərbaycanlılarının Həmrəylik Günüdür və qeyri-iş günüdür.
    Cəlilabadda { $jalilabad_date_short }da və ertəsi gün izdiham yerli partiya rəhbərlərini qaçmağa məcbur etdi. Yerli jurnalistlərin sözlərinə görə, mitinqdə milisin açdığı atəşdən bir yeniyetmə həlak olmuş, { $jalilabad_wounded } nəfər yaralanmışdı; Bakı radiosu isə { $jalilabad_detained } nəfərin saxlanıldığını və { $jalilabad_police_injured } milis əməkdaşının xəsarət aldığını bildirdi.

# popular_front: facts B37 B38 B39 (Disagreements 12, 13)
topic-popular_front-title = Azərbaycan Xalq Cəbhəsi
topic-popular_front =
    Azərbaycan Xalq Cəbhəsinin yaranma tarixi fərqli göstərilir: Vikipediyaya əsaslanan mətnlərdə { $pf_founded_wikipedia }, ABŞ Konqres Kitabxanasının araşdırmasında { $pf_founded_loc_year }-{ NUMBER($pf_founded_loc_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin martı (təsis qurultayı həmin ilin iyulunda), Turan agentliyinə görə isə { $pf_founded_turan }. Cəbhənin sədri Əbülfəz Elçibəy seçildi. { $pf_founded_loc_year }-{ NUMBER($pf_founded_loc_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin payızınadək Cəbhə tətillər keçirməklə və dəmir yolu hərəkətini dayandırmaqla hakimiyyəti özünü tanımağa məcbur etmiş, Azərbaycanın suverenliyi haqqında qanunu dəstəkləmişdi; qanunun tarixi Azərbaycan mənbələrində { $sovereignty_law_date }, Konqres Kitabxanasının araşdırmasında isə həmin ilin oktyabrı kimi göstərilir.
    Qoşunlar Bakıya girəndə, o dövrün xəbərlərinə görə, Azərbaycan Kommunist Partiyası nəzarəti itirmişdi: yerli hakimiyyət orqanları və milis rəhbərlik üçün Xalq Cəbhəsinə üz tuturdu.

# us_position: facts B40 B41 A31
topic-us_position-title = ABŞ-ın mövqeyi
topic-us_position =
    { $fitzwater_date }də, Bakıdakı əməliyyatdan əvvəl, Ağ Evin sözçüsü Marlin Fitsuoter bildirdi ki, ABŞ asayişin pozulduğu yerlərdə onun bərpa edilməsinin zəruriliyini anlayır; amerikalı rəsmilər sovet qoşunlarının Azərbaycana və Ermənistana göndərilməsini Əfqanıstandan bəri ən böyük qoşun yeridilməsi adlandırdılar. { $tutwiler_date_short }da Dövlət Departamentinin sözçüsü Marqaret Tatuayler bəyan etdi ki, ABŞ { $us_recognised_ussr_since }-{ NUMBER($us_recognised_ussr_since, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildən SSRİ-nin ərazi bütövlüyünü tanıyır və Azərbaycanın müstəqilliyini dəstəkləmir; o, Baltikyanı ölkələrlə Azərbaycan arasında fərq qoydu.
    Yanvarın sonlarında amerikalı rəsmilər böhranın miqyasını lazımınca qiymətləndirmədiklərini etiraf etdilər.
