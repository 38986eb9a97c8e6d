# The memorial page (/app), a Telegram Mini App. It also shows, from the other files, the card's
# date, years and line, the countdown topic, the candle texts and the source line: they are not
# written again here. Figures and dates come in as variables from data/facts.toml; the timeline and
# the figures are listed in data/app.toml.

app-title = 20 January
app-description = The memorial page of the tragedy of { $event_date }: the days of January, the figures with their source, the minute of silence and a candle.
app-languages = Language
app-open-button = Open the memorial page
app-menu-button = Memorial page
app-noscript = The countdown and the candle need scripts turned on; everything else is on this page.

# The countdown: the day and hour of the next minute of silence on Baku time (the reader's own time
# follows in the words of `local-time`, filled in from the browser).
app-silence-when = The minute of silence: { $silence_date }, { $silence_at } Baku time.
# The live countdown's units; the page shows the number above the rest.
app-unit-days = { $days_until ->
    [one] { $days_until } day
   *[other] { $days_until } days
}
app-unit-hours = { $hours_until ->
    [one] { $hours_until } hour
   *[other] { $hours_until } hours
}
app-unit-minutes = { $minutes_until ->
    [one] { $minutes_until } minute
   *[other] { $minutes_until } minutes
}

app-candle-heading = A candle in memory of the victims
app-candle-outside = Candles are lit in Telegram, one per person for each anniversary: open this page from the bot to light yours.

app-timeline-heading = { $night_start_date_day }–{ $lankaran_date_day } January { $event_date_year }
app-timeline-night-when = The night of { $night_start_date_day }–{ $event_date_day } January
app-timeline-night = Soviet troops were sent into Baku and the surrounding areas. According to Azerbaijan’s official accounts, they opened fire on peaceful civilians with armoured vehicles and a range of military weapons.
app-timeline-aliyev-when = { $aliyev_protest_date_short }
app-timeline-aliyev = Heydar Aliyev, then living in retirement in Moscow, came to Azerbaijan’s permanent mission there with members of his family, called the events illegal, hostile to democracy and contrary to humanism, and asked for his condolences to be passed on.
app-timeline-funeral-when = { $funeral_date_short }
app-timeline-funeral = Despite the presence of Soviet troops and the state of emergency, a mass mourning procession was held in Baku, and many of the dead were buried in the hilltop park that is now Martyrs’ Alley. { $source_name } writes of nearly { $funeral_millions } million people; reports at the time put the crowd at between some { $funeral_time } and more than { $funeral_latimes_millions } million.
app-timeline-districts-when = { $neftchala_date_day }–{ $lankaran_date_day } January
app-timeline-districts = Deaths were reported in other districts where no state of emergency had been introduced: on { $neftchala_date_short } in Neftchala and on { $lankaran_date_short } in Lankaran.

app-figures-heading = The figures
app-figure-killed-value = { $killed_total }
app-figure-killed = { $killed_total ->
    [one] person was
   *[other] people were
} killed in Baku and other districts, according to the decision of the Milli Majlis of { $assessment_date_year }
app-figure-killed-now-value = { $mfa_killed }
app-figure-killed-now = { $mfa_killed ->
    [one] person was
   *[other] people were
} killed, according to the Foreign Ministry’s statements of recent years
app-figure-injured-value = { $injured_total }
app-figure-injured = { $injured_total ->
    [one] person was
   *[other] people were
} injured
app-figure-killed-before-value = { $killed_before_emergency }
app-figure-killed-before = { $killed_before_emergency ->
    [one] person was
   *[other] people were
} killed before the state of emergency was formally announced to the population
app-figure-fatally-injured-value = { $fatally_injured_before_emergency }
app-figure-fatally-injured = more { $fatally_injured_before_emergency ->
    [one] person was
   *[other] people were
} fatally wounded before it was announced
app-figure-killed-after-value = { $killed_after_emergency_baku }
app-figure-killed-after = more { $killed_after_emergency_baku ->
    [one] person was
   *[other] people were
} killed in Baku after it was announced, on 20 January and in the days that followed
app-figure-killed-districts-value = { $killed_in_regions }
app-figure-killed-districts = { $killed_in_regions ->
    [one] person was
   *[other] people were
} killed in Neftchala and Lankaran, where no state of emergency had been introduced
app-figure-detained-value = { $detained }
app-figure-detained = { $detained ->
    [one] civilian was
   *[other] civilians were
} detained in Baku and in other cities and districts of the republic
app-figure-prisons-value = { $sent_to_ussr_prisons }
app-figure-prisons = of them { $sent_to_ussr_prisons ->
    [one] was
   *[other] were
} transferred to prisons in various parts of the Soviet Union
app-figure-houses-value = about { $houses_fired_on }
app-figure-houses = { $houses_fired_on ->
    [one] house was
   *[other] houses were
} fired on by the soldiers
app-figure-vehicles-value = about { $vehicles_fired_on }
app-figure-vehicles = { $vehicles_fired_on ->
    [one] vehicle was
   *[other] vehicles were
} fired on, including ambulances
app-figure-martyrs-value = { $martyrs_recognised }
app-figure-martyrs = { $martyrs_recognised ->
    [one] person is
   *[other] people are
} recognised as January 20 martyrs across the country, according to official figures

app-card-heading = The memorial card
app-share = Share in a chat
