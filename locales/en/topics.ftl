# One answer and one short title per topic (ids as in data/topics.toml). Every figure and date comes in
# as a variable from data/facts.toml; clock-dependent ones ($years_passed, $days_until, …) are computed.

topic-overview-title = What happened
topic-overview =
    On the night of { $night_start_date_day }–{ $event_date_day } January { $event_date_year }, Soviet troops were sent into Baku and the surrounding areas. According to Azerbaijan’s official accounts, they opened fire on peaceful civilians with armoured vehicles and a range of military weapons.
    The { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, gives { $killed_total } killed and { $injured_total } injured; the Foreign Ministry now gives { $mfa_killed } killed, and other sources give other totals. { $source_name } calls the tragedy one of the bloodiest episodes of the final years of Soviet rule. Every year Azerbaijan observes 20 January as the national day of mourning.

topic-date-title = When it happened
topic-date =
    Soviet troops entered Baku on the night of Friday { $night_start_date_day } to Saturday { $event_date_day } January { $event_date_year }; according to Azerbaijan’s official accounts, they opened fire on peaceful civilians. More people were killed in Baku in the days that followed, and deaths were reported on { $neftchala_date_short } in Neftchala and on { $lankaran_date_short } in Lankaran.

topic-orders-title = Who gave the order
topic-orders =
    The decree declaring a state of emergency in Baku from { $event_date_short } was signed on { $decree_date } by Mikhail Gorbachev, as Chairman of the USSR Supreme Soviet; the Chicago Tribune reported at the time that he signed the emergency order just before the assault. { $source_name }, like the Azerbaijani state’s accounts, writes that the troops were sent in on the orders of Gorbachev, then general secretary of the Communist Party of the Soviet Union.

topic-forces-title = Which forces took part
topic-forces =
    Units of the USSR Ministry of Defence, the State Security Committee (KGB) and the Ministry of Internal Affairs (MVD) were sent into Baku and the surrounding areas. Azerbaijani accounts, { $source_name } among them, say that large contingents of special forces and internal troops took the city with extreme brutality and unprecedented violence.

topic-casualties-title = Killed and injured
topic-casualties =
    According to the { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, { $killed_total } people were killed and { $injured_total } injured in Baku and other districts during and after the entry of Soviet troops.
    The Foreign Ministry now gives { $mfa_killed } killed, { $injured_total } seriously injured and { $mfa_missing } missing; other sources give other totals (the buttons below).

topic-timeline_deaths-title = Deaths before and after the state of emergency
topic-timeline_deaths =
    According to the { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, { $killed_before_emergency } people were killed and { $fatally_injured_before_emergency } more were fatally wounded before the state of emergency was formally announced to the population.
    After it was announced, another { $killed_after_emergency_baku } people were killed in Baku, on 20 January and in the days that followed.
    Deaths were also reported in other districts where no state of emergency had been introduced: { $killed_in_regions } people were killed on { $neftchala_date_short } in Neftchala and on { $lankaran_date_short } in Lankaran.
    In all, counting those fatally wounded, the decision gives { $killed_total } killed. Texts reproduced on some Azerbaijani sites as the official one give { $killed_in_regions_variant } killed in these districts, and so { $killed_variant_total } in all.

topic-victims-title = Who the victims were
topic-victims =
    The victims included women, children and elderly people, as well as ambulance workers and police officers. The { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, gives { $killed_total } killed in all; other sources give other totals.

topic-arrests-title = Arrests
topic-arrests =
    According to the { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, { $detained } civilians were illegally detained in Baku and in other cities and districts of the republic. { $source_name } adds that { $sent_to_ussr_prisons } of them were transferred to prisons in various parts of the Soviet Union.

topic-damage-title = Damage to property
topic-damage =
    According to the { $assessment_date_year } decision of Azerbaijan’s parliament, the Milli Majlis, soldiers opened fire on about { $houses_fired_on } houses and { $vehicles_fired_on } vehicles, including ambulances, and fires started by incendiary ammunition destroyed state and private property.

topic-martyrs-title = The January 20 martyrs
topic-martyrs =
    In Azerbaijan, those killed in the tragedy are collectively called the January 20 martyrs (20 Yanvar şəhidləri). According to official figures, { $martyrs_recognised } people are recognised as January 20 martyrs across the country.

topic-aliyev_protest-title = Heydar Aliyev’s protest
topic-aliyev_protest =
    The day after the tragedy, on { $aliyev_protest_date }, Heydar Aliyev, then living in retirement in Moscow, came to Azerbaijan’s permanent mission in Moscow with members of his family. He spoke to journalists there, called the events illegal, hostile to democracy and contrary to humanism, and asked the permanent representative to pass on his condolences; { $source_name } describes his visit as a public protest against the military operation.

topic-funeral-title = The funeral procession
topic-funeral =
    On { $funeral_date_short } { $funeral_date_year }, despite the presence of Soviet troops and the state of emergency in Baku, a mass mourning procession was held in the capital, and many of the dead were buried in the hilltop park that is now Martyrs’ Alley.
    Accounts of the size of the crowd differ: { $source_name } writes of nearly { $funeral_millions } million people; at the time, the Los Angeles Times, citing residents, reported more than { $funeral_latimes_millions } million, the Buffalo News almost { $funeral_buffalo_millions } million, and TIME some { $funeral_time }.

topic-supreme_soviet-title = The extraordinary session of the Supreme Soviet
topic-supreme_soviet =
    { $source_name } writes that an extraordinary session of the Supreme Soviet of the Azerbaijan SSR was convened under public pressure and decided to lift the state of emergency in Baku. The session’s own resolution of { $az_resolution_date } suspended the USSR decree in the republic, except in Nagorno-Karabakh, and demanded its repeal; the Soviet state of emergency itself stayed in force for months.
    According to { $source_name }, many senior officials of the republic stayed away from the session for fear of public anger; a deputy, Maksim Musayev, later recalled that it was called at the insistence of a small group of deputies.

topic-assessment-title = The official assessment
topic-assessment =
    As early as { $az_resolution_date }, the Supreme Soviet of the Azerbaijan SSR called the actions of the USSR leaders who carried out the decree a crime against the Azerbaijani people. Independent Azerbaijan’s parliament, the Milli Majlis, gave its legal and political assessment in { $assessment_date_year }: according to Azerbaijan’s Foreign Ministry, an extraordinary session in February described the killings as military aggression and a crime, and in March the parliament adopted its decision on the tragic events. { $source_name } and other Azerbaijani outlets date that decision to { $assessment_date } and say it was adopted on the initiative of Heydar Aliyev; the Foreign Ministry names only the month, and the decision’s text, as I have found it, does not give the day.
    Every year, 20 January is observed in Azerbaijan as the national day of mourning.

topic-commemoration-title = How the day is observed
topic-commemoration =
    In Azerbaijan, 20 January is the national day of mourning. Each year, officials and ordinary citizens visit Martyrs’ Alley to pay their respects to those who lost their lives.
    On that day, traffic is restricted on the streets and avenues leading to the Alley from the morning until the end of the ceremonies. At { $silence_at } Baku time, a nationwide minute of silence is observed, during which ships, cars and trains sound their horns. State flags are lowered across Azerbaijan as a sign of mourning.

topic-traffic-title = Traffic restrictions
topic-traffic =
    On { $event_date_short }, traffic is restricted on the streets and avenues leading to Martyrs’ Alley from { $traffic_from } Baku time until the end of the ceremonies. The authorities advise people to limit the use of private cars in the area and to take public transport instead.

topic-silence-title = The minute of silence
# On 20 January the answer says where the day stands (to come, now, or done) without repeating the hour.
topic-silence =
    { $phase ->
        [before] Today, { $event_date_short }, a nationwide { $silence_minutes ->
            [one] minute of silence
           *[other] silence of { $silence_minutes } minutes
        } will be observed at { $silence_at } Baku time in memory of the victims. During the silence, ships, cars and trains sound their horns.
        [now] It is { $silence_at } in Baku on { $event_date_short }: a nationwide { $silence_minutes ->
            [one] minute of silence
           *[other] silence of { $silence_minutes } minutes
        } is being observed now in memory of the victims. During the silence, ships, cars and trains sound their horns.
        [after] Today’s nationwide { $silence_minutes ->
            [one] minute of silence
           *[other] silence of { $silence_minutes } minutes
        } in memory of the victims was observed at { $silence_at } Baku time. Every year on { $event_date_short }, ships, cars and trains sound their horns during the silence.
       *[days] At { $silence_at } Baku time on { $event_date_short }, a nationwide { $silence_minutes ->
            [one] minute of silence
           *[other] silence of { $silence_minutes } minutes
        } is observed in memory of the victims. During the silence, ships, cars and trains sound their horns.
    } State flags are lowered across Azerbaijan as a sign of mourning.

topic-abroad-title = Remembrance abroad
topic-abroad =
    Commemorations are held abroad too, to draw international attention to the events of January { $event_date_year }: Azerbaijan’s embassies, diplomatic missions and Azerbaijani communities overseas hold ceremonies and remembrance events marking what is often referred to as Bloody January.

topic-anniversary-title = How many years have passed
topic-anniversary = { $phase ->
    [days] Since { $event_date }, { $years_passed ->
        [one] { $years_passed } year has passed
       *[other] { $years_passed } years have passed
    }, and { $next_date } marks the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy.
   *[other] { $next_date } marks the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy: { $years_passed ->
        [one] { $years_passed } year has passed
       *[other] { $years_passed } years have passed
    } since { $event_date }.
}

# $days_until is never 0 in the phase `days`; [1] is tomorrow. In the phase `before`, the time left
# is $hours_until and $minutes_until (rounded up, so never both 0).
topic-countdown-title = { $event_date_short } and the minute of silence
topic-countdown = { $phase ->
    [days] { $days_until ->
        [1] Tomorrow, { $next_date }, is the national day of mourning and the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
            [one] st
            [two] nd
            [few] rd
           *[other] th
        } anniversary of the tragedy. The minute of silence will be observed at { $silence_at } Baku time.
       *[other] There { $days_until ->
            [one] is { $days_until } day
           *[other] are { $days_until } days
        } to go until { $next_date }, the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
            [one] st
            [two] nd
            [few] rd
           *[other] th
        } anniversary of the tragedy. On that day, the minute of silence will be observed at { $silence_at } Baku time.
    }
    [before] Today is 20 January, the national day of mourning and the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy. The minute of silence will be observed at { $silence_at } Baku time, in { $hours_until ->
        [0] { $minutes_until ->
            [one] { $minutes_until } minute
           *[other] { $minutes_until } minutes
        }
       *[other] { $hours_until ->
            [one] { $hours_until } hour
           *[other] { $hours_until } hours
        }{ $minutes_until ->
            [0] {""}
            [one] {" "}and { $minutes_until } minute
           *[other] {" "}and { $minutes_until } minutes
        }
    }.
    [now] Today is 20 January, the national day of mourning and the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy. The minute of silence in memory of the victims is being observed right now across Azerbaijan.
   *[after] Today is 20 January, the national day of mourning and the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy. The minute of silence was observed at { $silence_at } Baku time. Every year on this day, officials and ordinary citizens visit Martyrs’ Alley to pay their respects to those who lost their lives.
}

topic-names-title = What the events are called
topic-names =
    In Azerbaijan the events are known as the January 20 tragedy (20 Yanvar faciəsi). They are also known as Black January (Qara Yanvar) and are often referred to as Bloody January (Qanlı Yanvar). Those killed are collectively called the January 20 martyrs (20 Yanvar şəhidləri). The day itself, 20 January, is the national day of mourning (Ümumxalq Hüzn Günü).

topic-sources-title = Sources
topic-sources =
    I rely on { $sources_count } sources: official documents and statements, press reports of the time, human rights reports, later news and interviews, and books and records. The first of them is the article that { $source_name } published on { $source_date }.
    Under every answer I name the sources it rests on. Where they disagree, I say so and give each side. Choose a kind of source below to see them all.
