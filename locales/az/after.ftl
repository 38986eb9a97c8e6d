# O gecədən sonra və xatirə: fövqəladə vəziyyətin nə qədər sürdüyü, etirazlar və rəhbərliyin dəyişməsi,
# araşdırmaların nəticələri və cinayət işi, dünyanın reaksiyası, anım gününün qanunları və adətləri.

# emergency_duration: facts B11 B12 (Disagreements 8)
topic-emergency_duration-title = Fövqəladə vəziyyətin müddəti
topic-emergency_duration =
    Azərbaycan SSR Ali Soveti { $az_resolution_date }də SSRİ fərmanının respublikada (Dağlıq Qarabağdan başqa) tətbiqini dayandırsa da, SSRİ-nin elan etdiyi fövqəladə vəziyyət Bakıda qüvvədə qaldı: The Christian Science Monitor qəzetinin { $curfew_report_date } tarixli reportajına görə, rejim o vaxt da formal olaraq qüvvədə idi — toplantılar üçün icazə lazım idi, hava limanı yolunda əsgərlər buraxılış vərəqələrini yoxlayırdı, gecə komendant saatı isə saat { $curfew_from }-dan { $curfew_until }-a qədər davam edirdi (əvvəlcə { $curfew_first_from }-dan { $curfew_first_until }-a qədər).
    Azadlıq Radiosu sonralar yazırdı ki, fövqəladə vəziyyət rejimi bir ildən çox sürüb. Fövqəladə vəziyyətin rəsmən nə vaxt başa çatdığı mənbələrimdə göstərilmir.

# kafarova_statement: facts A03a A03b
topic-kafarova_statement-title = Elmira Qafarovanın bəyanatı
topic-kafarova_statement =
    Azərbaycan SSR Ali Soveti Rəyasət Heyətinin sədri Elmira Qafarova Azərbaycan xalqı adından etiraz bəyanatı ilə çıxış etdi. Bəyanatın Azərbaycan mətbuatında dərc olunmuş mətnində deyilirdi ki, dinc əhaliyə qarşı ağır zirehli texnika və avtomat silahlar tətbiq edilib, Azərbaycanın ali hakimiyyət orqanları fərmana razılıq verməyib, qan tökülməsinə görə məsuliyyəti isə bu qərarı qəbul edib həyata keçirən SSRİ hakimiyyət orqanları daşıyır.
    Deputat Maksim Musayev sonralar xatırlayırdı ki, { $event_date_short }da həmkarları ilə Ali Sovetə gələndə orada başqa heç bir deputatla rastlaşmayıblar, növbədənkənar sessiya isə kiçik bir deputat qrupunun təkidi ilə çağırılıb.

# party_cards: facts A06 A07
topic-party_cards-title = Yandırılan partiya biletləri
topic-party_cards =
    { $funeral_date_short }da, zavodların etiraz tətili ilə dayandığı bir vaxtda, Bakı küçələrindən matəm yürüşü keçdi. Los Angeles Times qəzetinin xəbərinə görə, dəfn mərasiminə gələnlər partiya biletlərini atır və yandırırdılar. Onlar Qorbaçov əleyhinə plakatlar gəzdirirdilər; plakatlardan birində o, cəllad adlandırılmışdı.
    TIME jurnalı respublikadakı { $party_members } partiya üzvünün təxminən üçdə birinin partiya biletini yandırdığını yazırdı.

# leadership_change: facts A10 (Disagreements 11)
topic-leadership_change-title = Vəzirov və Mütəllibov
topic-leadership_change =
    Azərbaycan Kommunist Partiyası Mərkəzi Komitəsinin birinci katibi Əbdürrəhman Vəzirov qoşunlar şəhərə daxil olarkən Bakını tərk etdi. Los Angeles Times qəzetinin məlumatına görə, o, ciddi səhvlərə yol verməkdə günahlandırılaraq rəsmən vəzifəsindən azad edildi; Mərkəzi Komitə isə qoşunlar girdikdən sonrakı cümə axşamı bütün gecə davam edən iclasda Nazirlər Sovetinin sədri Ayaz Mütəllibovu birinci katib seçdi.
    Sun-Sentinel qəzetinin dərc etdiyi agentlik xəbərində isə deyilirdi ki, partiya Vəzirovu hələ { $event_date_short }da vəzifədən kənarlaşdırıb. Beləliklə, onun vəzifədən azad edildiyi tarix bu xəbərlərdə fərqli göstərilir.

# hrw_report: facts A13 A14 A36 B26 A15
topic-hrw_report-title = Human Rights Watch hesabatı
topic-hrw_report =
    Human Rights Watch/Helsinki və Respublikalararası «Memorial» Cəmiyyəti { $hrw_report_year }-{ NUMBER($hrw_report_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin mayında «Conflict in the Soviet Union: Black January in Azerbaidzhan» adlı hesabat dərc etdi. Hesabatın nəticələrini yalnız başqa mənbələrdəki sitatlardan bilirəm. Bu sitatlara görə, yanvarın { $night_start_date_day }-{ NUMBER($night_start_date_day, type: "ordinal") ->
        [one] dən
        [few] dən
        [many] dan
       *[other] dan
    } { $event_date_day }-{ NUMBER($event_date_day, type: "ordinal") ->
        [one] nə
        [few] nə
        [many] na
       *[other] na
    } keçən gecə törədilən zorakılıq kollektiv cəza xarakteri daşıyırdı (sonrakı bəzi mətbuat yazıları buna əlavə edir ki, bu cəza, ola bilsin, başqa yerlərdəki millətçilərə xəbərdarlıq kimi nəzərdə tutulmuşdu); hesabatda həmçinin deyilir ki, müəlliflərin tanış olduğu Bakı hərbi prokurorluğunun sənədləri əməliyyatın { $pogroms_start_date_short }da ermənilərə qarşı poqromlar başlamazdan əvvəl planlaşdırıldığını göstərir.
    Human Rights Watch { $hrw_later_report_year }-{ NUMBER($hrw_later_report_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə yazırdı ki, əsassız və həddindən artıq güc tətbiqi nəticəsində { $hrw_deaths_over } nəfərdən çox dinc sakin, əsasən azərbaycanlılar həlak olub.

# criminal_case: facts A17a A17b G09d A18 (no court verdict found)
topic-criminal_case-title = Cinayət işi
topic-criminal_case =
    Azərbaycan Baş Prokurorluğunun məlumatına görə, SSRİ Prokurorluğu { $ussr_case_closed_date }də hərbçilərin hərəkətlərində cinayət tərkibi görmədiyi üçün işə xitam verib; Azərbaycanın Baş prokuroru isə { $case_opened_date }də bu qərarı ləğv edərək cinayət işi başlayıb. Prokurorluğun sözlərinə görə, istintaq { $prosecution_killed } nəfərin həlak olduğunu, { $prosecution_wounded } nəfərin yaralandığını və { $detained } nəfərin qanunsuz həbs edildiyini müəyyən edib. Prokurorluq həmçinin bildirir ki, { $prosecution_decisions_year }-{ NUMBER($prosecution_decisions_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə Vəzirovun, Mütəllibovun və başqalarının məsuliyyətə cəlb edilməsi barədə qərar qəbul olunub, onlar ölkəni tərk etdikdən sonra axtarışa verilib; sovet cinayət işinin { $case_volumes } cildi isə Moskvaya aparılıb və geri qaytarılmayıb.
    Baş prokuror Kamran Əliyev { $prosecutor_statement_year }-{ NUMBER($prosecutor_statement_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə bildirib ki, cinayət işi açıqdır və istintaq davam edir. Bu iş üzrə çıxarılmış məhkəmə hökmünə rast gəlməmişəm.

# responsibility: facts B01 A05 A16 N17 (each body's finding, not a court's; the prosecution's decisions, A17b, are told in criminal_case)
topic-responsibility-title = Məsuliyyət məsələsi
topic-responsibility =
    Bakıda fövqəladə vəziyyət elan edən { $decree_date } tarixli fərmanı SSRİ Ali Sovetinin sədri kimi Mixail Qorbaçov imzalayıb. Azərbaycan SSR Ali Soveti { $az_resolution_date_short }da fərmanı həyata keçirən SSRİ rəhbərlərinin hərəkətlərini Azərbaycan xalqına qarşı cinayət adlandırdı. Naxçıvan Ali Məclisi { $nakhchivan_resolution_date }də məsuliyyət daşıdığını hesab etdiyi şəxslərin adlarını çəkdi; onların arasında Qorbaçov, Yazov, Bakatin, Vəzirov, Qafarova və Mütəllibov var.
    Heydər Əliyev { $aliyev_interview_year }-{ NUMBER($aliyev_interview_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə verdiyi müsahibədə Yazovu, Bakatini, Varennikovu və Bobkovu yatırma əməliyyatına rəhbərlik etmiş şəxslər kimi adlandırıb. Azərbaycan prokurorluğu da öz cinayət işini başlayıb (aşağıdakı düymə). Bu qiymətlərin heç biri məhkəmə hökmü deyil; məhkəmə hökmünə isə rast gəlməmişəm.

# gorbachev_later: facts A22 A23
topic-gorbachev_later-title = Qorbaçovun sonrakı sözləri
topic-gorbachev_later =
    Azərbaycan mənbələri və Vikipediyaya əsaslanan səhifələr yazır ki, Mixail Qorbaçov { $gorbachev_regret_year }-{ NUMBER($gorbachev_regret_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ildə Bakıda fövqəladə vəziyyət elan edilməsini siyasi karyerasının ən ağır səhvi adlandırıb. Bu sözləri təsdiqləyən nə stenoqrama, nə də həmin dövrə aid xəbərə rast gəlmişəm, ona görə də onları yalnız bu mənbələrin dediyi kimi çatdırıram; onun üzr istədiyini göstərən sənədə də rast gəlməmişəm.
    O zamankı SSRİ müdafiə naziri Dmitri Yazov artıq həyatda deyil; onun ölümü ilə bağlı xəbərlərdə Azərbaycan mətbuatı onu faciəyə görə birbaşa məsuliyyət daşıyanlardan biri kimi təqdim edib.

# world_reaction: facts A30 A32 B42 A34 A33
topic-world_reaction-title = Dünyanın reaksiyası
topic-world_reaction =
    Avropa xəbər saytı commonspace.eu-nun sonrakı qiymətləndirməsinə görə, o zaman beynəlxalq reaksiya zəif idi, xaricdən rəsmi münasibət bildirənlər çox az oldu. Türkiyədə aparılmış elmi araşdırmaya görə, Türkiyə hökuməti hadisələrə Sovet İttifaqının daxili işi kimi yanaşıb, türk mətbuatı isə azərbaycanlıların tərəfini tutub.
    İranın ruhani lideri Əli Xamenei əməliyyatdan əvvəl Moskvanı sərt tədbirlərə əl atmamaq barədə xəbərdar etmişdi; { $iran_letter_date_short }da { $iran_mps_letter } nəfərdən çox İran millət vəkili Qorbaçova məktub yazaraq onu Azərbaycan müsəlmanlarına qarşı güc tətbiq etməməyə çağırdı, İran rəhbərliyi isə ehtiyatlı mövqe tutdu. SSRİ daxilində azərbaycanlı deputatlar Azərbaycandakı hərbi əməliyyatı sovet qoşunlarının Macarıstana, Çexoslovakiyaya və Əfqanıstana müdaxiləsi ilə müqayisə edirdilər.

# recognition: facts R17 R14 R15 R16 A37
topic-recognition-title = Beynəlxalq tanınma
topic-recognition =
    Faciəni tanıyan və hər hansı xarici parlament ya da hökumətlərarası təşkilat tərəfindən qəbul olunmuş qətnaməyə rast gəlməmişəm: mövcud mətnlər bəyanatlar, təkliflər və müraciətlərdir. ABŞ Konqresinin ayrı-ayrı üzvləri Konqresin rəsmi protokoluna (Congressional Record) bəyanatlar daxil ediblər, lakin bunlar Nümayəndələr Palatasının qətnamələri deyil. Britaniyalı deputat Bob Blekmen { $edm_year }-{ NUMBER($edm_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin yanvarında «Early Day Motion» adlanan { $edm_number } nömrəli təklifi təqdim edib; təklifdə təxminən { $edm_killed_about } dinc sakinin həlak olduğu bildirilir. Belə təklif deputatların imzasına açıqdır, qəbul olunmuş qətnamə deyil. İSESKO-nun baş direktoru hadisələrə hüquqi qiymət verilməsinə çağırıb.
    Avropa Parlamentinin { $ep_resolution_date } tarixli qətnaməsi isə Ermənistandakı vəziyyətə aid idi və qoşunlar Bakıya daxil olmazdan əvvəl qəbul olunmuşdu.

# memorial_law: facts A24 A26 A25
topic-memorial_law-title = Şəhidlər Günü haqqında qanun
topic-memorial_law =
    { $martyrs_day_law_date }də Ali Sovetin Milli Şurası 20 Yanvarı «Şəhidlər Günü» elan edən qanun qəbul etdi. Həmin günü anım günü kimi təsbit edən aktlardan mənbələrimdə adı keçən ən erkəni budur.
    «20 Yanvar şəhidi» fəxri adını təsis edən və { $martyr_title_published_date }də dərc olunan Prezident fərmanında isə 20 Yanvar həm Qanlı Yanvar faciəsi günü, həm də xalqın qəhrəmanlıq günü adlandırılır.

# martyr_title: facts A25 A26 A27 (Disagreements 15: the conferring decrees, no key and no source here)
topic-martyr_title-title = «20 Yanvar şəhidi» fəxri adı
topic-martyr_title =
    «20 Yanvar şəhidi» fəxri adı { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin yanvarında baş vermiş faciədə həlak olmuş Azərbaycan vətəndaşları üçün Azərbaycan Prezidentinin fərmanı ilə təsis edilib; fərman { $martyr_title_published_date }də dərc olunub.
    Fəxri adın həlak olanlara nə vaxt verildiyi barədə mənbələrdə fərqli məlumat var; bu adı verən fərmanların özünü tapa bilməmişəm.

# day_off: facts R01 R02 R04 (Disagreements 14: the Labour Ministry's rule)
topic-day_off-title = Qeyri-iş günü
topic-day_off =
    Ümumxalq Hüzn Günü olan 20 Yanvar Azərbaycanda qanunla qeyri-iş günüdür və rəsmi istehsalat təqvimlərində qeyri-iş günləri sırasında göstərilir. Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin izahına görə, 20 Yanvar bayram deyil, hüzn günüdür, ona görə də başqa günə keçirilmir: şənbə və ya bazar gününə düşəndə ondan sonrakı bazar ertəsi iş günü olaraq qalır. Eyni qayda əvvəlki illərdə də açıqlanıb.

# short_eve: facts R03
topic-short_eve-title = Ərəfədə qısaldılmış iş günü
topic-short_eve =
    Azərbaycan Respublikasının Əmək Məcəlləsinin { $labour_code_article }-{ NUMBER($labour_code_article, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } maddəsinə görə, Ümumxalq Hüzn Günü olan 20 Yanvardan əvvəlki iş günü { $eve_shorter_hours } saat qısaldılır. Məcəllə qeyri-iş günü sayılan bayramlardan əvvəlki iş gününü də eyni qaydada qısaldır. Bu maddəni Məcəllənin öz mətnindən deyil, yalnız mətbuatdakı şərhlərdən bilirəm.

# eternal_flame: facts A28
topic-eternal_flame-title = «Əbədi məşəl» abidəsi
topic-eternal_flame =
    Dövlət informasiya agentliyi AZƏRTAC-ın abidə haqqında arayış səhifəsinə görə, Heydər Əliyev { $eternal_flame_ordered_date }də Bakıda, Şəhidlər xiyabanında «Əbədi məşəl» abidə kompleksinin yaradılması barədə sərəncam verib. Kompleks { $eternal_flame_opened_date }də açılıb. Mənbələrimdə abidənin özü haqqında başqa məlumat yoxdur.

# martyrs_alley: facts R10 A09 R09
topic-martyrs_alley-title = Şəhidlər xiyabanı
topic-martyrs_alley =
    Şəhidlər xiyabanı Bakı buxtası üzərindəki təpədə, keçmiş Kirov parkının yerində yerləşir. { $event_date_year }-{ NUMBER($event_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } ilin yanvarında həlak olanlar təpədəki bu parkda dəfn edildi və park şəhidlər qəbiristanlığına çevrildi: Los Angeles Times qəzetinin yazdığına görə, { $buried_count_date_year }-{ NUMBER($buried_count_date_year, type: "ordinal") ->
        [one] ci
        [few] cü
        [many] cı
       *[other] cu
    } il fevralın { $buried_count_date_day }-{ NUMBER($buried_count_date_day, type: "ordinal") ->
        [one] nə
        [few] nə
        [many] na
       *[other] na
    } qədər burada uzun bir cərgə boyunca { $buried_by_february } nəfər dəfn olunmuşdu.
    Hər il { $event_date_short }da dövlət rəsmiləri, diplomatik korpus və sıravi vətəndaşlar xiyabanı ziyarət edir, Prezident «Əbədi məşəl» abidəsinin önünə əklil qoyur.

# unknown_graves: facts R11
topic-unknown_graves-title = Naməlum şəxslərin məzarları
topic-unknown_graves =
    Report.az agentliyinin faciənin ildönümündə dərc etdiyi fotoreportaja görə, Şəhidlər xiyabanındakı məzarlar arasında kimliyi məlum olmayan { $unknown_graves } nəfərin məzarı var. Onların baş daşlarında ölüm tarixi kimi { $event_date } göstərilib. Mənbəm onların kim olduğunu və sonradan kimliklərinin müəyyən edilib-edilmədiyini bildirmir.

# day_customs: facts R07 R08 R05 (the time of the silence)
topic-day_customs-title = Anım günü ənənələri
topic-day_customs =
    { $event_date_short }da məscidlərdə anım mərasimləri keçirilir, televiziya kanalları əyləncəli verilişləri efirdən çıxarır. Bakı metrosunda matəm musiqisi səslənir, stansiyalara qırmızı qərənfillər qoyulur. Bakı vaxtı ilə saat { $silence_at }-da, bir dəqiqəlik sükut zamanı metro qatarları dayanır. Şəhidlər xiyabanına ən yaxın stansiyalar bunlardır: «İçərişəhər» və «Elmlər Akademiyası».
