# Gecə və onun rəqəmləri, ilk məqalədən kənarda: qoşunların şəhərə girməsi, barrikadalar, tərəflərin bir-birinə
# zidd izahları, sonrakı günlər, mənbələrə görə rəqəmlər, sənədlərin və adların siyahılarının harada olduğu.

# troops_entry: facts N02 N03 N04 N04a N13 A17c (Disagreements 7)
topic-troops_entry-title = Qoşunlar necə daxil oldu
topic-troops_entry =
    Chicago Tribune qəzetinin Moskvadan verdiyi xəbərə görə, SSRİ Daxili İşlər Nazirliyi bildirib ki, qoşunlar və tanklar şəhərə { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il yanvarın { $event_date_day }-{ NUMBER($event_date_day, type: "ordinal") ->
        [one] də
        [few] də
        [many] da
       *[other] da
    }, şənbə gününün ilk saatlarında, gecə yarısından az sonra yarıb girib. Qəzetin yazdığına görə, Qorbaçov fövqəladə vəziyyət haqqında əmri hücumdan az əvvəl imzalayıb. The New York Times isə Bakıya hücumu { $event_date_short } səhərinə aid edirdi.
    Los Angeles Times qəzetinin hadisələrin gedişini bərpa edən yazısına görə, zirehli kolonlar şəhərə şimal qəsəbələri tərəfdən girib; qəzetin başqa bir xəbərinə görə, Bakıda yerləşən qoşunlar etirazçıların mühasirəyə aldığı kazarmalardan yarıb çıxıb. Azərbaycanın Baş prokurorunun birinci müavini sonralar bildirib ki, qoşunlar Nasosnı, keçmiş «Əzizbəyov» metro stansiyasının ərazisi və Sumqayıt istiqamətindən daxil olub.

# barricades: facts N04 N05
topic-barricades-title = Barrikadalar
topic-barricades =
    Los Angeles Times qəzetinin sitat gətirdiyi «İzvestiya» qəzetinin xəbərinə görə, qoşunlar girməzdən əvvəlki günlərdə sakinlər Bakıya aparan yolları yük maşınlarından, avtobuslardan və minik avtomobillərindən qurulmuş barrikadalarla bağlamışdılar. Həmin xəbərə görə, o gecədən sonra bu maşınların qalıqları güllərə bürünmüş halda yol kənarlarında qalmışdı.
    Los Angeles Times qəzetinin hadisələrin gedişini bərpa edən yazısında isə deyilir ki, həmin gecə zirehli kolonlar tələsik qurulmuş barrikadaları əzib keçib və qarşılarına çıxan hər kəsə atəş açıb.

# medics_attacked: facts N08 N09 N10 A13 A19 (the year of the 1994 decision)
topic-medics_attacked-title = Tibb işçilərinə hücumlar
topic-medics_attacked =
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarında əks olunmuş rəsmi Azərbaycan mövqeyinə görə, qurbanlar arasında təcili tibbi yardım işçiləri, hərbçilərin atəşə tutduğu nəqliyyat vasitələri arasında isə təcili yardım maşınları da var idi.
    Başqa mənbələrin sitat gətirdiyinə görə, Human Rights Watch və «Memorial» cəmiyyətinin { $hrw_report_year }-{ NUMBER($hrw_report_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə dərc etdiyi hesabat tibb işçilərinə, təcili yardım maşınlarına və hətta xəstəxanalara dəfələrlə edilən hücumları Bakı əməliyyatı zamanı yol verilmiş ən ağır hüquq pozuntuları sırasına aid edir.

# who_fired_first: facts N12 B20
topic-who_fired_first-title = İlk atəşi kim açdı
topic-who_fired_first =
    Tərəflərin izahları bir-birinə ziddir. Sovet informasiya agentliyi TASS bildirirdi ki, qoşunlara ilk atəşi Xalq Cəbhəsinin silahlı döyüşçüləri açıb, qoşunlar da cavab atəşi açıb. Xalq Cəbhəsi isə bildirirdi ki, ilk atəşi barrikadaları yararkən əsgərlər açıb.
    Qorbaçov televiziya çıxışında qoşunlara atəş açıldığını və onların cavab atəşi açdığını dedi. Bunlar tərəflərin öz sözləridir; mənbələrimin heç birində bu məsələyə birmənalı aydınlıq gətirən müstəqil nəticə yoxdur.

# nakhchivan_secession: facts N11
topic-nakhchivan_secession-title = Həmin gecə Naxçıvanda
topic-nakhchivan_secession =
    Los Angeles Times qəzetinin { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin fevralında dərc etdiyi yazıya görə, { $event_date_short }da, gecə yarısından az sonra Naxçıvan rəhbəri Səkinə Əliyeva televiziya ilə çıxış edərək Naxçıvanın SSRİ-dən çıxdığını elan edib. Qəzet yazırdı ki, Azərbaycan üçün də oxşar bəyanat yayımlanmalı idi, lakin o, efirə getməyib.
    Bu məlumat o dövrə aid yalnız bir qəzet yazısına əsaslanır; onu təsdiqləyən ikinci mənbəm yoxdur.

# after_the_night: facts N14 G13
topic-after_the_night-title = Həmin gecədən sonra: sovet tərəfinin məlumatları
topic-after_the_night =
    Sovet mənbələrinin məlumatına görə, atışma dərhal dayanmadı. { $soviet_count_date_short }da Associated Press agentliyi sovet mətbuatına istinadla xəbər verirdi ki, hərbi kolon pusquya düşüb, { $convoy_soldiers_killed } əsgər və təsadüfən yaxınlıqda olan bir qadın həlak olub. Həmin həftənin sonrakı günlərində SSRİ Daxili İşlər Nazirliyi daha bir əsgərin həlak olduğunu bildirdi.
    Bu məlumatlar və rəqəmlər sovet tərəfinə məxsusdur.

# soviet_losses: facts G20 G10 G13 (Disagreements 5)
topic-soviet_losses-title = Sovet qoşunlarının itkiləri
topic-soviet_losses =
    Bu barədə məlumatlar fərqlidir. İlk gün SSRİ Daxili İşlər Nazirliyi { $mvd_first_day_soldiers_killed } hərbçinin həlak olduğunu, { $mvd_first_day_soldiers_wounded } hərbçinin yaralandığını bildirdi; Moskvadan xəbər verən Chicago Tribune qəzeti isə ən azı { $tribune_soldiers_dead } əsgərin həlak olduğunu yazdı. { $soviet_count_date_short }adək sovet rəsmiləri həlak olanların sayını { $soviet_dead_by_23_january } nəfər göstərirdi və onlardan { $soviet_soldiers_and_families_dead } nəfərinin hərbçilər və onların ailə üzvləri olduğunu bildirirdi.
    Sovet Ordusu özü, commonspace.eu saytının yazdığına görə, { $army_claim_soldiers_dead } əsgərin həlak olduğunu iddia edirdi; bu rəqəm mübahisəlidir.

# toll_official_now: facts G03 G04 A27 G02 A20 (the 1994 figure and its year)
topic-toll_official_now-title = Hazırkı rəsmi rəqəmlər
topic-toll_official_now =
    Azərbaycan Xarici İşlər Nazirliyi son illərin ildönümü bəyanatlarında { $mfa_killed } dinc sakinin həlak olduğunu, { $injured_total } nəfərin ağır yaralandığını, { $mfa_missing } nəfərin itkin düşdüyünü bildirir.
    Bu bəyanatlardan əvvəl Trend agentliyinin yaydığı rəsmi məlumatda həlak olanların sayı { $official_killed_2023 } nəfər idi, yaralıların və itkin düşənlərin sayı da eyni idi. Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarında isə həlak olanların sayı { $killed_total } nəfər göstərilib.

# toll_differs: facts G01 G05 G06 G09d G10 G11 G14 G15 G16 G17 A15 A35 (Disagreements 1, 2)
topic-toll_differs-title = Rəqəmlər niyə fərqlidir
topic-toll_differs =
    Hər rəqəm onu verən quruma və verildiyi vaxta aiddir. İlk gün SSRİ Daxili İşlər Nazirliyi { $mvd_first_day_killed } azərbaycanlının həlak olduğunu, { $mvd_first_day_wounded } dinc sakinin yaralandığını bildirdi; Bakının hərbi komendantı { $commandant_dead } nəfərin, Xalq Cəbhəsi isə { $popular_front_dead_claim } nəfərdən çox insanın həlak olduğunu deyirdi. Bir ay sonra Los Angeles Times ən azı { $killed_latimes_february } azərbaycanlının həlak olduğunu hesabladı; { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə Bakıda tərtib olunmuş sənədlər toplusunda həlak olanların sayı { $killed_collection_1990 } nəfər göstərilir.
    Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarına görə, { $killed_total } nəfər həlak olub, { $injured_total } nəfər yaralanıb; bəzi Azərbaycan saytlarında (Echo.az, Azglobus.net) dərc olunan mətn variantlarında isə həlak olanlar { $killed_variant_total } nəfərdir; prokurorluğun məlumatında bu rəqəmlər { $prosecution_killed } və { $prosecution_wounded } nəfərdir. BBC həlak olanların sayını { $killed_bbc }, Xarici İşlər Nazirliyi əvvəlki bəyanatında { $killed_often_cited }, ABŞ səfirliyi isə ən azı { $killed_often_cited } nəfər göstərib. Human Rights Watch { $hrw_deaths_over } nəfərdən çox dinc sakinin həlak olduğunu yazıb.

# missing: facts G18 G03 (Disagreements 3)
topic-missing-title = İtkin düşənlər
topic-missing =
    İtkin düşənlərin sayı mənbədən mənbəyə xeyli fərqlənir. Azərbaycan Xarici İşlər Nazirliyi son illərin ildönümü bəyanatlarında { $mfa_missing } nəfərin itkin düşdüyünü bildirir; ABŞ Nümayəndələr Palatasının üzvü Stiv Koenin Konqresin rəsmi protokoluna (Congressional Record) daxil edilmiş bəyanatında { $missing_other } nəfər göstərilir; { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə Bakıda tərtib olunmuş sənədlər toplusunda isə { $missing_collection_1990 } nəfərin itkin düşdüyü qeyd edilir.
    Hər rəqəm öz mənbəyinə və öz dövrünə aiddir; onlardan hansının tam olduğunu deyə bilmərəm.

# troop_numbers: facts G21 G22 G23 B32 (Disagreements 4)
topic-troop_numbers-title = Qoşunların sayı
topic-troop_numbers =
    Ən çox istinad edilən rəqəm { $troops_common } nəfərdir: onu Azadlıq Radiosu (RFE/RL), ABŞ-ın Bakıdakı səfirliyi və ABŞ Nümayəndələr Palatasının üzvü Stiv Şabot göstərir. TIME jurnalı { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin fevralında ordu, DİN və DTK qoşunlarından ibarət təxminən { $troops_time } nəfərlik işğal qüvvəsindən yazırdı; Turan agentliyi { $troops_turan } nəfər rəqəmini verib, bir xəbərində isə { $troops_turan_2019_over } nəfərdən artıq say göstərib.
    TIME jurnalının { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin yanvarındakı xəbərində keçən { $caucasus_reinforcements } nəfər rəqəmi Bakıya daxil olan qüvvəyə deyil, bütövlükdə regiona göndərilən əlavə qüvvələrə aiddir.

# documents: facts S01 S02 S03 S04 S06 B01 (the decree's date) A19 (the year of the 1994 decision)
topic-documents-title = Sənədlərin mətnləri
topic-documents =
    SSRİ Ali Soveti Rəyasət Heyətinin Bakıda fövqəladə vəziyyət haqqında { $decree_date } tarixli fərmanının mətni bir rus kitabında dərc olunub; onu orada oxumaq olar. Milli Məclisin { $assessment_date_year }-{ NUMBER($assessment_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il qərarının rusca mətni Azərbaycanın Çindəki səfirliyindən götürülərək rusdilli Vikimənbədə yerləşdirilib.
    Prezident Kitabxanasının «Təcavüz. Bakı. 20 Yanvar { $event_date_year }» elektron nəşrində (azərbaycan, rus və ingilis dillərində) parlament qərarlarının və prezident aktlarının tam mətnləri var. «Qara Yanvar. Bakı — { $event_date_year }. Sənədlər və materiallar» toplusunda o dövrün rəsmi məlumatları bir araya gətirilib; Milli Kitabxana isə hadisələrə dair kitab və məqalələrin elektron bazasını aparır.

# fallen_list: facts S04 S05 S07 and "Names of the fallen — finding" (names: never copied)
topic-fallen_list-title = Şəhidlərin siyahıları
topic-fallen_list =
    Şəhidlərin adlarını burada özüm sadalamıram, amma siyahının harada dərc olunduğunu deyə bilərəm. Prezident Kitabxanası «Təcavüz. Bakı. 20 Yanvar { $event_date_year }» elektron nəşrini buraxıb ({ $names_edition_year }; azərbaycan, rus və ingilis dillərində), nəşrin yenilənmiş variantı isə { $names_update_date }də təqdim olunub. Kitabxananın məlumatına görə, nəşrdə 20 Yanvar şəhidlərinin ümumi siyahısı var. Siyahının özünü görməmişəm, ona görə də orada neçə ad olduğunu deyə bilmərəm.
    Azərbaycan Milli Tarix Muzeyi «20 Yanvar şəhidləri» kataloqunu ({ $museum_catalogue_year }), Prezident Administrasiyası isə AZƏRTAC ilə birlikdə «Şəhidlər» bölməsi olan kitab-albom nəşr edib; bu nəşrlərdə bütün adların verilib-verilmədiyini təsdiqləyə bilmirəm.
