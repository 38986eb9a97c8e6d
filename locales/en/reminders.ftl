# The reminders of data/reminders.toml, one message per id: `reminder-<id>`.
# $anniversary is the number of this year's anniversary (37 on 20 January 2027).

reminder-eve =
    Tomorrow, 20 January, is the day of national mourning: the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy of 1990.
    Roads to Martyrs' Alley will be closed to traffic from { $traffic_from }, and at { $silence_at } Baku time the whole country will keep a minute of silence.

reminder-morning =
    Today is the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the 20 January tragedy. From { $traffic_from }, traffic is restricted on the roads to Martyrs' Alley until the ceremonies end: please take public transport if you can.
    The minute of silence is at { $silence_at } Baku time.

reminder-silence =
    It is { $silence_at } in Baku: the minute of silence in memory of the victims of 20 January 1990 begins now. Ships, cars and trains sound their horns, and flags are lowered across Azerbaijan.
