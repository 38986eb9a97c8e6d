# After the night, and the remembrance: how long the emergency lasted, the protests and the change of
# leaders, the findings and the criminal case, the world's reaction, and the laws and customs of the day.

# emergency_duration: facts B11 B12 (Disagreements 8)
topic-emergency_duration-title = The emergency and curfew
topic-emergency_duration =
    Although the Supreme Soviet of the Azerbaijan SSR suspended the USSR decree in the republic (except in Nagorno-Karabakh) on { $az_resolution_date }, the Soviet state of emergency in Baku stayed in force: a Christian Science Monitor report of { $curfew_report_date } found it still formally in effect, with gatherings needing permission, soldiers checking passes on the airport road and a night curfew from { $curfew_from } to { $curfew_until }; at first it had run from { $curfew_first_from } to { $curfew_first_until }.
    RFE/RL later wrote that emergency rule lasted more than a year. My sources do not show when it formally ended.

# kafarova_statement: facts A03a A03b
topic-kafarova_statement-title = Elmira Kafarova’s statement
topic-kafarova_statement =
    Elmira Kafarova, Chair of the Presidium of the Supreme Soviet of the Azerbaijan SSR, issued a statement of protest in the name of the people of Azerbaijan. The statement, as reproduced by Azerbaijani media, said that heavy armour and automatic weapons had been used against civilians, that Azerbaijan’s highest bodies had not consented to the decree, and that the USSR authorities who took and carried out the decision bore responsibility for the bloodshed.
    Deputy Maksim Musayev later recalled that when he and his colleagues came to the Supreme Soviet on { $event_date_short }, they found no other deputies there, and that the extraordinary session was called at the insistence of a small group of deputies.

# party_cards: facts A06 A07
topic-party_cards-title = Party cards burned
topic-party_cards =
    On { $funeral_date_short }, as the funeral procession moved through Baku and factories stood closed in a protest strike, mourners threw away or burned their Communist Party cards, the Los Angeles Times reported. They carried placards against Gorbachev, one of which called him an executioner.
    TIME magazine wrote that almost a third of the republic’s { $party_members } Communist Party members had burned their cards.

# leadership_change: facts A10 (Disagreements 11)
topic-leadership_change-title = Vezirov and Mutalibov
topic-leadership_change =
    Abdurrahman Vezirov, first secretary of the Communist Party of Azerbaijan, left Baku as the troops came in. According to the Los Angeles Times, he was formally dismissed and blamed for serious mistakes, and the Central Committee elected Prime Minister Ayaz Mutalibov first secretary at an all-night meeting on the Thursday after the troops came in.
    A wire report carried by the Sun-Sentinel said the party had dismissed Vezirov as early as { $event_date }, so the reports give different dates for his dismissal.

# hrw_report: facts A13 A14 A36 B26 A15
topic-hrw_report-title = Human Rights Watch report
topic-hrw_report =
    In May { $hrw_report_year }, Human Rights Watch/Helsinki and the Inter-Republic Memorial Society published the report “Conflict in the Soviet Union: Black January in Azerbaidzhan”. I know its findings only as others quote them: that the violence of { $night_start_date_day }–{ $event_date_day } January amounted to collective punishment (some later press pieces add that it may have been meant as a warning to nationalists elsewhere), and that documents of the Baku military prosecutor’s office indicated that the operation had been planned before the pogroms against Armenians began on { $pogroms_start_date_short }.
    In { $hrw_later_report_year }, Human Rights Watch wrote of more than { $hrw_deaths_over } civilian deaths, mostly of Azerbaijanis, caused by unjustified and excessive force.

# criminal_case: facts A17a A17b G09d A18 (no court verdict found)
topic-criminal_case-title = The criminal case
topic-criminal_case =
    According to Azerbaijan’s Prosecutor General’s Office, the USSR Prosecutor’s Office closed its case on { $ussr_case_closed_date }, finding no crime in the servicemen’s actions; on { $case_opened_date }, Azerbaijan’s Prosecutor General annulled that decision and opened a criminal case. The prosecution says the investigation established { $prosecution_killed } killed, { $prosecution_wounded } wounded and { $detained } illegally arrested. It says that in { $prosecution_decisions_year } it was decided to prosecute Vezirov, Mutalibov and others, who were put on the wanted list after leaving the country, and that the { $case_volumes } volumes of the Soviet case were taken to Moscow and had not been returned.
    In { $prosecutor_statement_year }, Prosecutor General Kamran Aliyev said that the case was open and the investigation was continuing. I have found no court verdict.

# responsibility: facts B01 A05 A16 N17 (each body's finding, not a court's; the prosecution's decisions, A17b, are told in criminal_case)
topic-responsibility-title = Who was held responsible
topic-responsibility =
    The decree of { $decree_date } declaring the state of emergency in Baku was signed by Mikhail Gorbachev as Chairman of the USSR Supreme Soviet. On { $az_resolution_date_short }, the Supreme Soviet of the Azerbaijan SSR called the actions of the USSR leaders who carried it out a crime against the Azerbaijani people. On { $nakhchivan_resolution_date }, the Supreme Majlis of Nakhchivan named those it held responsible, among them Gorbachev, Yazov, Bakatin, Vezirov, Kafarova and Mutalibov.
    In { $aliyev_interview_year }, Heydar Aliyev named Yazov, Bakatin, Varennikov and Bobkov as the officials who led the suppression. Azerbaijan’s prosecution has opened a criminal case of its own (the button below). None of these findings is a court verdict, and I have found no verdict.

# gorbachev_later: facts A22 A23
topic-gorbachev_later-title = Gorbachev’s later words
topic-gorbachev_later =
    Azerbaijani sources and pages based on Wikipedia report that in { $gorbachev_regret_year } Mikhail Gorbachev called the declaration of the state of emergency in Baku the gravest error of his political career. I have found no transcript and no report from the time that confirms these words, so I can give them only as reported; nor have I found a record of an apology.
    Dmitry Yazov, the USSR Defence Minister at the time, has since died; when he died, Azerbaijani media described him as one of those directly responsible for the tragedy.

# world_reaction: facts A30 A32 B42 A34 A33
topic-world_reaction-title = How the world reacted
topic-world_reaction =
    According to a later assessment by the European news site commonspace.eu, the international reaction at the time was weak, with very little official response abroad. A Turkish academic study finds that Turkey’s government treated the events as an internal Soviet matter, while the Turkish press sided with the Azerbaijanis.
    Iran’s spiritual leader Ali Khamenei had warned Moscow against harsh measures before the operation; on { $iran_letter_date_short }, more than { $iran_mps_letter } Iranian members of parliament wrote to Gorbachev urging him not to use force against Azerbaijan’s Muslims, while Iran’s leadership kept a cautious line. Inside the USSR, Azerbaijani deputies compared the military action in Azerbaijan to the Soviet invasions of Hungary, Czechoslovakia and Afghanistan.

# recognition: facts R17 R14 R15 R16 A37
topic-recognition-title = International recognition
topic-recognition =
    I have found no resolution adopted by a foreign parliament or an intergovernmental body that recognises the tragedy; the texts that exist are statements, motions and appeals. Individual members of the US Congress have placed statements in the Congressional Record, which are not House resolutions. In January { $edm_year }, UK MP Bob Blackman tabled Early Day Motion { $edm_number }, which speaks of around { $edm_killed_about } civilians killed; such a motion is open for MPs’ signatures and is not an adopted resolution. The Director General of ICESCO has called for a legal evaluation.
    The European Parliament’s resolution of { $ep_resolution_date } concerned Armenia and came before the troops entered Baku.

# memorial_law: facts A24 A26 A25
topic-memorial_law-title = The Day of Martyrs law
topic-memorial_law =
    On { $martyrs_day_law_date }, the National Council of the Supreme Soviet adopted a law declaring 20 January the “Day of Martyrs”. Of the acts that made it a day of remembrance, this is the earliest my sources record.
    The presidential decree establishing the honorary title “20 January Martyr”, published on { $martyr_title_published_date }, calls 20 January both a day of the Bloody January tragedy and a day of the people’s heroism.

# martyr_title: facts A25 A26 A27 (Disagreements 15: the conferring decrees, no key and no source here)
topic-martyr_title-title = The “20 January Martyr” title
topic-martyr_title =
    The honorary title “20 January Martyr” was established by a decree of the President of Azerbaijan for citizens of Azerbaijan killed in the tragedy of January { $event_date_year }; the decree was published on { $martyr_title_published_date }.
    Accounts differ on when the title was conferred on those killed, and I have not found the decrees that conferred it.

# day_off: facts R01 R02 R04 (Disagreements 14: the Labour Ministry's rule)
topic-day_off-title = A non-working day
topic-day_off =
    In Azerbaijan, 20 January, the national day of mourning, is a non-working day under the law and is listed as one in the official annual work calendars. According to the Ministry of Labour and Social Protection, it is a day of mourning and not a holiday, so it is not carried over: when it falls on a Saturday or a Sunday, the following Monday remains a working day. The same rule was reported in earlier years.

# short_eve: facts R03
topic-short_eve-title = The shorter day before
topic-short_eve =
    Under Article { $labour_code_article } of the Labour Code of Azerbaijan, the working day before the national day of mourning, 20 January, is { $eve_shorter_hours ->
        [one] { $eve_shorter_hours } hour
       *[other] { $eve_shorter_hours } hours
    } shorter. The Code shortens the working day before public holidays that are non-working days in the same way. I know the article from press accounts of it, not from the text of the Code itself.

# eternal_flame: facts A28
topic-eternal_flame-title = The Eternal Flame
topic-eternal_flame =
    On { $eternal_flame_ordered_date }, Heydar Aliyev ordered the creation of the “Eternal Flame” memorial complex at Martyrs’ Alley in Baku, according to the reference page that the state news agency AZERTAC keeps on the monument. The complex was opened on { $eternal_flame_opened_date }. My sources say nothing more about the monument itself.

# martyrs_alley: facts R10 A09 R09
topic-martyrs_alley-title = Martyrs’ Alley
topic-martyrs_alley =
    Martyrs’ Alley lies on the hill above Baku Bay, on the site of the former Kirov Park. Many of those killed in January { $event_date_year } were buried in the hilltop park, which became a cemetery of martyrs: by { $buried_count_date }, { $buried_by_february ->
        [one] { $buried_by_february } person had
       *[other] { $buried_by_february } people had
    } been buried there in a long row, the Los Angeles Times reported.
    Every year on { $event_date_short }, officials, the diplomatic corps and ordinary people visit the Alley, and the President lays a wreath at the Eternal Flame.

# unknown_graves: facts R11
topic-unknown_graves-title = The unnamed graves
topic-unknown_graves =
    According to a photo report that the news agency Report.az published on the anniversary of the tragedy, among the graves at Martyrs’ Alley { $unknown_graves ->
        [one] is that of { $unknown_graves } person whose name is
       *[other] are those of { $unknown_graves } people whose names are
    } not known. Their headstones give the date of death as { $event_date }. My source does not say who they were or whether anyone has identified them since.

# day_customs: facts R07 R08 R05 (the time of the silence)
topic-day_customs-title = Customs of the day
topic-day_customs =
    On { $event_date_short }, remembrance services are held in mosques, and television channels take entertainment programmes off the air. In the Baku metro, mourning music is played and red carnations are placed at the stations. At { $silence_at } Baku time, during the minute of silence, metro trains stop. The stations nearest to Martyrs’ Alley are İçərişəhər and Elmlər Akademiyası.
