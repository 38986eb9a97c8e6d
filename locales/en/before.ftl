# The “before” topics: the decrees, the announcement, the blackout, the reasons given, and the
# unrest of the weeks before the tragedy. Figures and dates come from data/facts.toml as variables.

# decree: facts B01 B02
topic-decree-title = The decree of { $decree_date_short }
topic-decree =
    On { $decree_date } the Presidium of the USSR Supreme Soviet issued a decree declaring a state of emergency in the city of Baku from { $event_date }. It extended to Baku the decree of { $karabakh_decree_date } and was signed in the Kremlin by Mikhail Gorbachev as Chairman of the USSR Supreme Soviet.
    As its reasons, the decree named a sharp escalation of the situation in Baku, attempts by what it called criminal extremists to remove the lawful authorities from power by organising mass unrest, and the protection and security of citizens. It invoked point { $constitution_point } of Article { $constitution_article } of the USSR Constitution.

# decree_legality: facts B02 B05 B07
topic-decree_legality-title = The decree’s legality
topic-decree_legality =
    The decree invoked point { $constitution_point } of Article { $constitution_article } of the USSR Constitution. The Supreme Soviet of the Azerbaijan SSR disputed this: its resolution of { $az_resolution_date } held that the decree breached that very point and had not been agreed with Azerbaijan’s highest bodies of power.
    Azerbaijan’s Supreme Court says on its website that the decree was issued without the consent of the republic’s Supreme Soviet and took effect on { $event_date_short }.

# emergency_announced: facts B05 B08 B09 B10 (Disagreements 6)
topic-emergency_announced-title = Announcing the emergency
topic-emergency_announced =
    According to the { $assessment_date_year } decision of the Milli Majlis, the troops came in without a prior announcement of the state of emergency, and people had already been killed by the time the population was told of it. Azerbaijan’s Supreme Court says the hour at which the decree took effect was kept secret.
    Accounts of the delay differ: Human Rights Watch wrote in { $hrw_later_report_year } that the decree was announced only hours later; Baku Business University says it was announced { $announced_after_hours } hours after the troops came in; the Azerbaijani Embassy in Tehran said it was read out from tanks at { $announced_from_tanks_at } on { $event_date_short }.

# karabakh_emergency: facts B03 B03a B03b B04
topic-karabakh_emergency-title = The decree of { $karabakh_decree_date_short }
topic-karabakh_emergency =
    On { $karabakh_decree_date } Gorbachev signed a decree declaring a state of emergency in the Nagorno-Karabakh Autonomous Region and some other districts; it did not extend to Baku. The decree blamed extremist groups for organising mass disorder and allowed administrative arrests, curfews and censorship; as wire reports quoted it, it spoke of murders and attempts at armed overthrow of Soviet power in Baku, Ganja and other towns.
    On { $weapons_allowed_date_short }, UPI reported, the Soviet Defence and Interior Ministries and the KGB allowed their troops in the region to use weapons. By then, the agency wrote, { $region_deaths } people had died in { $region_clash_days } days of clashes across the region, and more than { $armenians_ferried } Armenians had been ferried out of Baku.

# known_in_advance: facts B05 B06 B26 B31
topic-known_in_advance-title = What was known in advance
topic-known_in_advance =
    According to Azerbaijan’s Supreme Court, Moscow’s envoys in Baku, CPSU Secretary Andrei Girenko and Yevgeny Primakov, Chairman of the Council of the Union, assured Azerbaijani officials that no troops would be brought into the city. The court also says that the hour at which the decree took effect was kept secret.
    An Azerbaijani scholarly article says that in the days before the operation Moscow massed troops and heavy equipment around Baku.

# tv_blackout: facts B13 B14 B16 B17a A17c (Disagreements 20)
topic-tv_blackout-title = The TV blackout
topic-tv_blackout =
    On the evening of { $night_start_date_short } the power unit of Azerbaijani State Television was blown up and broadcasting stopped. Vasif Babayev, then its chief director, recalls that the blast came shortly before the main news at { $main_news_at }, and that armed men took away the engineers on duty. Days later the Los Angeles Times reported that the television station had been sabotaged.
    Accounts of who did it differ: Azerbaijani sources name Soviet special forces, and Azerbaijan’s First Deputy Prosecutor General later alleged that the blast was organised by Vagif Huseynov, former head of the Azerbaijan SSR KGB, with envoys from Moscow; a Russian nationalist author claims an Interior Ministry group blew up the unit because protesters had taken over the TV centre.

# radio_liberty: facts B17
topic-radio_liberty-title = Radio Liberty
topic-radio_liberty =
    According to the US Embassy in Baku, in a statement marking an anniversary of the tragedy, the television station had been put out of action and phone and radio links cut before the troops came in. For several days, the Embassy said, the Azerbaijani service of Radio Free Europe/Radio Liberty, headed by Mirza Khazar, was the only source of news for Azerbaijanis inside the country and abroad.
    The European news site commonspace.eu also writes that radio, television and telephone links were cut.

# why_troops: facts B02 B18 B22 B23 B25 B26
topic-why_troops-title = Why the troops were sent
topic-why_troops =
    Moscow gave its own reasons. The decree spoke of attempts by what it called criminal extremists to remove the lawful authorities; Gorbachev gave his in a television address (the button below); Tass presented the emergency as a last resort after { $hesitation_days } days of hesitation. Defence Minister Dmitry Yazov said the army went in to stop the Popular Front and others from taking power.
    Outside assessments differ. The New York Times concluded within days that the main aim was to keep Azerbaijan’s Communist government from falling. Human Rights Watch, as others quote its report, pointed to documents of the military prosecutor in Baku indicating that the operation had been planned before the anti-Armenian pogroms.

# gorbachev_speech: facts B18 B19 B20 B21 (Disagreements 22)
topic-gorbachev_speech-title = Gorbachev’s TV address
topic-gorbachev_speech =
    In a nationally televised address Gorbachev said that appeals to conscience had gone unheeded and that the state had a duty to stop inhumanity and violence. He spoke of mounting calls to seize power by force and presented the intervention as preventing a coup by the Popular Front; the troops, he said, had been fired on by people he called terrorists and had no choice but to return fire. The Chicago Tribune reported that he spoke of attempts by Azerbaijan to secede and set up an Islamic state: the paper’s paraphrase, not his words.
    Reports differ on when he spoke: the Chicago Tribune places the address on the night of { $night_start_date_short }, the Sun-Sentinel on the night of { $event_date_short }.

# yazov_words: facts B23 B24 B24a A12
topic-yazov_words-title = What Yazov said
topic-yazov_words =
    In an interview with Izvestia published on { $yazov_interview_date }, Defence Minister Dmitry Yazov said the army had gone in to stop the Popular Front from taking power and to dismantle the Front’s power structure in enterprises and offices. On { $closed_session_date }, at a closed session of the USSR Supreme Soviet, he blamed the deaths on Azerbaijani extremists who, he said, had meant to seize power; Azerbaijani deputies walked out in the middle of his speech.
    In his memoir, former USSR Interior Minister Vadim Bakatin recalls Yazov briefing some { $briefed_officers } generals and colonels at Nasosnaya airfield: they were to enter the city along set routes, ram the barricades rather than clear them, suppress organised fire and ignore single shots.

# january_pogroms: facts B27 B28 B29 B30 B30a (Disagreements 17, 19)
topic-january_pogroms-title = The anti-Armenian pogroms
topic-january_pogroms =
    On { $pogroms_start_date } anti-Armenian pogroms broke out in Baku. Sources give different numbers of Armenians killed: at least { $pogrom_dead_latimes } according to the Los Angeles Times at the time; { $pogrom_dead_hrw } in a figure attributed to Human Rights Watch; about { $pogrom_dead_de_waal } in one attributed to Thomas de Waal. The board of the Popular Front condemned the violence of { $pogroms_start_date_short } and the following day in a statement that, citing official reports, spoke of { $pogrom_dead_two_days } Armenians killed in those days.
    Human Rights Watch wrote in { $hrw_later_report_year } that the central authorities, including { $mvd_in_baku_hrw } Interior Ministry troops already in Baku, did little to stop the pogroms; a Russian biography of Gorbachev says an extra { $mvd_in_baku_biography } Interior Ministry troops had been sent to Baku before the pogroms and did not react.

# troop_buildup: facts B31 B32 B03b G23
topic-troop_buildup-title = The build-up of troops
topic-troop_buildup =
    According to an Azerbaijani scholarly article, between { $karabakh_decree_date_day } and { $weapons_allowed_date_short } Moscow massed troops and heavy equipment around Baku. TIME reported that the Kremlin had sent { $caucasus_reinforcements } army, navy, KGB and Interior Ministry troops to reinforce nearly { $caucasus_troops_before } already in the region; these figures are for the whole Caucasus, not for the force that entered Baku.

# border_events: facts B34 B35 B36 (Disagreements 16)
topic-border_events-title = The border with Iran
topic-border_events =
    In late December { $solidarity_date_year }, crowds in Nakhchivan tore down fences along the Soviet–Iranian border: about { $border_miles_report } miles of fencing according to one report, { $border_miles_official } miles according to a local party official. On { $solidarity_date } the Popular Front called for the border with Iran to be removed; in Azerbaijan, { $solidarity_date_short } is now the Day of Solidarity of World Azerbaijanis, a non-working day.
    In Jalilabad, on { $jalilabad_date_short } and the following day, crowds forced local party leaders to flee. Local journalists said police fire at a rally had killed a teenager and wounded { $jalilabad_wounded } people; Baku Radio reported { $jalilabad_detained } people detained and { $jalilabad_police_injured } police officers injured.

# popular_front: facts B37 B38 B39 (Disagreements 12, 13)
topic-popular_front-title = The Popular Front
topic-popular_front =
    The Popular Front of Azerbaijan elected Abulfaz Elchibey as its chairman. By the autumn of { $pf_founded_loc_year } the Front had forced the authorities to recognise it through strikes and rail stoppages, and it backed Azerbaijan’s law on sovereignty, dated { $sovereignty_law_date } in Azerbaijani sources and October in a US Library of Congress study. When the troops entered Baku, reports at the time described the Communist Party as having lost control, with local governments and police looking to the Popular Front for leadership.
    Sources give different founding dates: { $pf_founded_wikipedia } in texts based on Wikipedia; March { $pf_founded_loc_year }, with a founding congress in July, in the Library of Congress study; { $pf_founded_turan } according to the Turan news agency.

# us_position: facts B40 B41 A31
topic-us_position-title = The US position
topic-us_position =
    On { $fitzwater_date }, before the operation in Baku, White House spokesman Marlin Fitzwater said the United States understood the need to restore order where it had broken down; US officials called the Soviet deployment to Azerbaijan and Armenia the largest since Afghanistan. On { $tutwiler_date_short }, State Department spokeswoman Margaret Tutwiler said the US had recognised the territorial integrity of the USSR since { $us_recognised_ussr_since } and did not back Azerbaijani independence, drawing a line between the Baltic states and Azerbaijan.
    By late January, US officials admitted they had underestimated the crisis.
