# The night and its figures, beyond the first article: how the troops came in, the barricades, the rival
# accounts, the days after, the tolls by source, and where the documents and the lists of names are.

# troops_entry: facts N02 N03 N04 N04a N13 A17c (Disagreements 7)
topic-troops_entry-title = How the troops came in
topic-troops_entry =
    According to the USSR Ministry of Internal Affairs, as the Chicago Tribune reported from Moscow, troops and tanks broke into Baku shortly after midnight, in the early hours of Saturday { $event_date }. The paper added that Gorbachev had signed the emergency order just before the assault. The New York Times placed the storming of Baku on the morning of { $event_date_short }.
    A Los Angeles Times reconstruction says armoured columns came in from the northern suburbs; troops stationed in Baku, the paper reported, broke out of barracks that protesters had blockaded. Azerbaijan’s First Deputy Prosecutor General later said the troops came from the direction of Nasosnaya, the area of the former Azizbeyov metro station and Sumgait.

# barricades: facts N04 N05
topic-barricades-title = The barricades
topic-barricades =
    According to Izvestia, as quoted by the Los Angeles Times, residents had blocked the roads into Baku with barricades of trucks, buses and cars in the days before the troops came in. After the night, Izvestia reported, the wrecks of those vehicles lined the highways, covered with flowers.
    A Los Angeles Times reconstruction of the night says the armoured columns rolled over the makeshift barricades, firing on anyone who challenged them.

# medics_attacked: facts N08 N09 N10 A13 A19 (the year of the 1994 decision)
topic-medics_attacked-title = Attacks on medical staff
topic-medics_attacked =
    According to the official Azerbaijani account, set out in the Milli Majlis decision of { $assessment_date_year }, ambulance workers were among the victims, and ambulances were among the vehicles that soldiers fired on.
    The report that Human Rights Watch and the Memorial society published in { $hrw_report_year }, as others quote it, counted the repeated attacks on medical staff, ambulances and even hospitals among the worst abuses of the Baku operation.

# who_fired_first: facts N12 B20
topic-who_fired_first-title = Who fired first
topic-who_fired_first =
    The accounts contradict each other. The Soviet news agency Tass said armed fighters of the Popular Front fired at the troops first and the troops returned fire; the Popular Front said the soldiers fired first as they broke through the barricades.
    In his television address, Gorbachev said the troops had been fired on and had returned fire. These are the words of the parties themselves; none of my sources gives an independent finding that settles the question.

# nakhchivan_secession: facts N11
topic-nakhchivan_secession-title = Nakhchivan that night
topic-nakhchivan_secession =
    According to an account in the Los Angeles Times of February { $event_date_year }, shortly after midnight on { $event_date_short }, Nakhchivan’s leader, Sakina Aliyeva, announced on television that Nakhchivan was seceding from the USSR. A matching announcement for Azerbaijan was meant to be broadcast as well, the paper wrote, but it never went on air.
    This rests on that single report from the time; I have no second source for it.

# after_the_night: facts N14 G13
topic-after_the_night-title = After the night: Soviet reports
topic-after_the_night =
    According to Soviet reports, the shooting did not stop at once. On { $soviet_count_date_short } the Associated Press, citing Soviet media, reported that a military convoy had been ambushed and { $convoy_soldiers_killed } soldiers and a woman bystander killed. Later that week the USSR Ministry of Internal Affairs reported another soldier killed.
    These are the reports and figures of Soviet media and officials.

# soviet_losses: facts G20 G10 G13 (Disagreements 5)
topic-soviet_losses-title = Soviet military losses
topic-soviet_losses =
    The reports do not agree on one figure. On the first day the USSR Ministry of Internal Affairs reported { $mvd_first_day_soldiers_killed } soldiers killed and { $mvd_first_day_soldiers_wounded } wounded, while the Chicago Tribune, reporting from Moscow, gave at least { $tribune_soldiers_dead } soldiers dead. By { $soviet_count_date_short }, Soviet officials counted { $soviet_soldiers_and_families_dead } soldiers and members of their families among { $soviet_dead_by_23_january } dead.
    According to commonspace.eu, the Soviet Army itself claimed { $army_claim_soldiers_dead } soldiers killed, a figure that is disputed.

# toll_official_now: facts G03 G04 A27 G02 A20 (the 1994 figure and its year)
topic-toll_official_now-title = Today’s official toll
topic-toll_official_now =
    In its statements on recent anniversaries, Azerbaijan’s Foreign Ministry gives { $mfa_killed } civilians killed, { $injured_total } seriously injured and { $mfa_missing } missing.
    Before these statements, the official line reported by the Trend news agency was { $official_killed_2023 } killed, with the same numbers of injured and missing. The figure of { $killed_total } killed comes from the Milli Majlis decision of { $assessment_date_year }.

# toll_differs: facts G01 G05 G06 G09d G10 G11 G14 G15 G16 G17 A15 A35 (Disagreements 1, 2)
topic-toll_differs-title = Why death tolls differ
topic-toll_differs =
    Each figure belongs to the body that gave it, at the time it gave it. On the first day, the USSR Ministry of Internal Affairs reported { $mvd_first_day_killed } Azerbaijanis killed and { $mvd_first_day_wounded } civilians wounded; Baku’s military commandant spoke of { $commandant_dead } dead, the Popular Front of more than { $popular_front_dead_claim }. A month later the Los Angeles Times counted at least { $killed_latimes_february } killed; a collection of documents compiled in Baku in { $event_date_year } gave { $killed_collection_1990 } dead.
    The Milli Majlis decision of { $assessment_date_year } gives { $killed_total } killed and { $injured_total } wounded, and texts of it reproduced on some Azerbaijani sites (Echo.az, Azglobus.net), { $killed_variant_total } killed; the prosecutors give { $prosecution_killed } killed and { $prosecution_wounded } wounded; the BBC, { $killed_bbc } killed; an earlier Foreign Ministry statement, { $killed_often_cited }, and the US Embassy, at least { $killed_often_cited }; Human Rights Watch, more than { $hrw_deaths_over } civilians. The Foreign Ministry’s present figure is under “Today’s official toll” (the button below).

# missing: facts G18 G03 (Disagreements 3)
topic-missing-title = The missing
topic-missing =
    The number of people missing differs widely from source to source. Azerbaijan’s Foreign Ministry, in its statements on recent anniversaries, gives { $mfa_missing } missing; US Representative Steve Cohen’s statement in the Congressional Record gives { $missing_other }; a collection of documents compiled in Baku in { $event_date_year } counted { $missing_collection_1990 } people who had disappeared.
    Each figure is its source’s own, from a different time; I cannot say which of them is complete.

# troop_numbers: facts G21 G22 G23 B32 (Disagreements 4)
topic-troop_numbers-title = How many troops
topic-troop_numbers =
    The figure most often cited is { $troops_common }, given by Radio Free Europe/Radio Liberty, the US Embassy in Baku and US Representative Steve Chabot. TIME magazine wrote in February { $event_date_year } of an occupying force of about { $troops_time } army, Interior Ministry and KGB troops; the Turan news agency has given { $troops_turan }, and in one report more than { $troops_turan_2019_over }.
    The figure of { $caucasus_reinforcements } in TIME’s report of January { $event_date_year } refers to reinforcements sent to the region as a whole, not to the force that entered Baku.

# documents: facts S01 S02 S03 S04 S06 B01 (the decree's date) A19 (the year of the 1994 decision)
topic-documents-title = Where to read the documents
topic-documents =
    The decree of the Presidium of the USSR Supreme Soviet of { $decree_date } on the state of emergency in Baku can be read in a Russian book that reproduces it. The Russian text of the Milli Majlis decision of { $assessment_date_year } is on Russian Wikisource, taken from Azerbaijan’s Embassy in China.
    The Presidential Library’s electronic edition “Təcavüz. Bakı. 20 Yanvar { $event_date_year }” (in Azerbaijani, Russian and English) holds the full texts of parliamentary decisions and presidential acts. The collection “Black January. Baku, { $event_date_year }. Documents and materials” gathers official reports of the time, and the National Library keeps a database of books and articles on the events.

# fallen_list: facts S04 S05 S07 and "Names of the fallen — finding" (names: never copied)
topic-fallen_list-title = Lists of the fallen
topic-fallen_list =
    I do not list the names of the fallen myself, but I can tell you where a list has been published. The Presidential Library issued the electronic edition “Təcavüz. Bakı. 20 Yanvar { $event_date_year }” ({ $names_edition_year }, in Azerbaijani, Russian and English; an updated edition was presented on { $names_update_date }); according to the library, it includes a general list of the January 20 martyrs. I have not seen the list itself, so I cannot say how many names it holds.
    The National Museum of History of Azerbaijan published the catalogue “20 Yanvar şəhidləri” (“The January 20 Martyrs”, { $museum_catalogue_year }), and the Presidential Administration, together with AZERTAC, published a book-album with a section “Şəhidlər” (“Martyrs”). I cannot confirm whether either of them gives every name.
