# One answer and one short title per topic (ids as in data/topics.toml). Every figure and date comes in
# as a variable from data/facts.toml; clock-dependent ones ($years_passed, $days_until, …) are computed.

topic-overview-title = What happened
topic-overview =
    On the night of { $night_start_date_day }–{ $event_date }, Soviet troops were sent into Baku and other parts of Azerbaijan. According to official accounts, they opened fire on peaceful civilians with armoured vehicles and many kinds of weapons.
    { $killed_total } people were killed and { $injured_total } injured. The tragedy is remembered as one of the bloodiest episodes of the last years of the Soviet Union, and every 20 January Azerbaijan observes it as the day of national mourning.

topic-date-title = When it happened
topic-date =
    The troops entered Baku on the night of { $night_start_date_day }–{ $event_date }. Further killings followed in the days after: in Baku, and on { $neftchala_date_short } in Neftchala and { $lankaran_date_short } in Lankaran.
    Since then, 20 January has been a day of national mourning in Azerbaijan.

topic-orders-title = Who gave the order
topic-orders =
    The military units were sent into Azerbaijan on the orders of Mikhail Gorbachev, then General Secretary of the Communist Party of the Soviet Union.

topic-forces-title = Which forces took part
topic-forces =
    Forces of three Soviet bodies moved into Baku and the surrounding areas: the USSR Ministry of Defence, the State Security Committee (KGB) and the Ministry of Internal Affairs (MVD). Large contingents of special forces and internal troops occupied the city.

topic-casualties-title = Killed and injured
topic-casualties =
    In all, { $killed_total } people were killed and { $injured_total } were injured in Baku and the surrounding areas as a result of the deployment of Soviet troops.
    Women, children and elderly people were among the victims, as were ambulance workers and police officers.

topic-timeline_deaths-title = Deaths before and after the state of emergency
topic-timeline_deaths =
    Before the state of emergency was announced to the population, { $killed_before_emergency } people were killed and { $fatally_injured_before_emergency } more were fatally wounded.
    After it was declared, another { $killed_after_emergency_baku } people were killed in Baku in the days that followed.
    In districts where no state of emergency was declared, { $killed_in_regions } more people were killed: on { $neftchala_date_short } in Neftchala and on { $lankaran_date_short } in Lankaran.

topic-victims-title = Who the victims were
topic-victims =
    The victims were civilians: women, children and elderly people among them, as well as ambulance workers and police officers. { $killed_total } people were killed in all.

topic-arrests-title = Arrests
topic-arrests =
    The operation came with mass arrests: { $detained } civilians were detained in Baku and in other cities and districts of the republic. { $sent_to_ussr_prisons } of them were taken to prisons in various parts of the Soviet Union.

topic-damage-title = Destruction of property
topic-damage =
    Soldiers fired on about { $houses_fired_on } houses and { $vehicles_fired_on } vehicles, ambulances among them. Fires started by incendiary ammunition destroyed a great deal of state and private property.

topic-martyrs-title = The January 20 martyrs
topic-martyrs =
    In Azerbaijan, the people killed in these events are called the January 20 martyrs (20 Yanvar şəhidləri). According to official figures, { $martyrs_recognised } people are recognised as January 20 martyrs across the country.

topic-aliyev_protest-title = Heydar Aliyev's protest in Moscow
topic-aliyev_protest =
    The day after the tragedy, on { $aliyev_protest_date }, national leader Heydar Aliyev came with members of his family to Azerbaijan's permanent mission in Moscow. There he publicly protested against the military operation of the Soviet leadership and condemned those responsible.

topic-funeral-title = The funeral procession
topic-funeral =
    On { $funeral_date_short }, despite the Soviet troops and the state of emergency in Baku, a mass mourning procession took place in the capital. Nearly { $funeral_millions } million people are reported to have taken part in the burial at Martyrs' Alley.

topic-supreme_soviet-title = The extraordinary session of the Supreme Soviet
topic-supreme_soviet =
    Under public pressure, an extraordinary session of the Supreme Soviet of the Azerbaijan SSR was convened and decided to lift the state of emergency in Baku. Many senior officials of the republic stayed away from the session, fearing the anger of the people.

topic-assessment-title = The official assessment
topic-assessment =
    The first formal legal and political assessment came years later: on { $assessment_date }, on the initiative of Heydar Aliyev, the Milli Majlis, the country's highest legislative body, officially evaluated the events of 20 January.

topic-commemoration-title = How the day is observed
topic-commemoration =
    Every year 20 January is observed in Azerbaijan as the day of national mourning. Officials and ordinary citizens go to Martyrs' Alley to honour those who lost their lives.
    Roads leading to the Alley are closed to traffic from { $traffic_from } until the ceremonies end, and at { $silence_at } the whole country keeps a minute of silence while ships, cars and trains sound their horns and state flags are lowered.

topic-traffic-title = Traffic restrictions
topic-traffic =
    On 20 January, traffic is restricted on the streets and avenues leading to Martyrs' Alley from { $traffic_from } until the end of the ceremonies. People are advised to use their cars as little as possible there and to take public transport instead.

topic-silence-title = The minute of silence
topic-silence =
    At { $silence_at } Baku time on 20 January, the whole country observes { $silence_minutes ->
        [one] a minute
       *[other] { $silence_minutes } minutes
    } of silence in memory of the victims. Ships, cars and trains sound their horns, and state flags are lowered across Azerbaijan as a sign of mourning.

topic-abroad-title = Remembrance abroad
topic-abroad =
    Commemorations are held abroad too, to draw international attention to the events of January 1990: Azerbaijan's embassies and diplomatic missions and Azerbaijani communities overseas hold ceremonies and remembrance events.

topic-anniversary-title = How many years have passed
topic-anniversary = { $phase ->
    [days] { $years_passed ->
        [one] { $years_passed } year has passed
       *[other] { $years_passed } years have passed
    } since { $event_date }. On { $next_date } it will be the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy.
   *[other] Today, { $next_date }, is the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy: { $years_passed ->
        [one] { $years_passed } year
       *[other] { $years_passed } years
    } since { $event_date }.
}

topic-countdown-title = How long until 20 January
topic-countdown = { $phase ->
    [days] { $days_until ->
        [one] { $days_until } day is
       *[other] { $days_until } days are
    } left until { $next_date }, the { $anniversary_next }{ NUMBER($anniversary_next, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy. The minute of silence will be at { $silence_at } Baku time.
    [before] Today is 20 January, the day of national mourning. The minute of silence is at { $silence_at } Baku time, in { $hours_until } h { $minutes_until } min.
    [now] The minute of silence is being observed right now, at { $silence_at } Baku time.
   *[after] Today is 20 January, the day of national mourning; the minute of silence was held at { $silence_at }. The next 20 January is in { $days_until ->
        [one] { $days_until } day
       *[other] { $days_until } days
    }.
}

topic-names-title = What the events are called
topic-names =
    In Azerbaijan the events are known as the January 20 tragedy (20 Yanvar faciəsi), and 20 January is the day of national mourning. They are also called Black January (Qara Yanvar), and the ceremonies held abroad often remember them as Bloody January (Qanlı Yanvar).

topic-sources-title = Sources
topic-sources =
    The facts and figures I give come from an article by { $source_name } published on { $source_date }. Where that article speaks of official figures, I say so.
