# The reminders of data/reminders.toml, one message per id: `reminder-<id>`.
# $anniversary is the number of this year's anniversary (37 on 20 January 2027).
# Each text must be true whenever it arrives: a wave starts up to two hours before the reminder's
# time so that everyone has it by then, and a reminder missed while the bot was down is sent late
# (the silence one up to 10 minutes late). So: "today at 12:00", never "now" or "in 5 minutes".

# $day: where 20 January stands on the chat's own date when the reminder is sent: "today" or
# "tomorrow" (the eve reaches Tokyo at 01:00 on the 20th; the morning, New York on the 19th).
reminder-eve =
    { $day ->
        [today] Today
       *[tomorrow] Tomorrow
    }, 20 January, is the national day of mourning: the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy of January { $event_date_year }.
    From { $traffic_from } Baku time until the end of the ceremonies, traffic will be restricted on the streets and avenues leading to Martyrs’ Alley. At { $silence_at } Baku time, a nationwide minute of silence will be observed.

reminder-morning =
    { $day ->
        [tomorrow] Tomorrow
       *[today] Today
    }, 20 January, is the national day of mourning and the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary of the tragedy. { $day ->
        [tomorrow] In Baku it is already 20 January: from { $traffic_from } Baku time until the end of the ceremonies, traffic is restricted on the streets and avenues leading to Martyrs’ Alley.
       *[today] From { $traffic_from } Baku time until the end of the ceremonies, traffic is restricted on the streets and avenues leading to Martyrs’ Alley.
    } The authorities advise people to limit the use of private cars in the area and to take public transport instead.
    The minute of silence will be observed at { $silence_at } Baku time.

reminder-silence =
    { $day ->
        [tomorrow] On 20 January
       *[today] Today
    } at { $silence_at } Baku time: a nationwide minute of silence in memory of the victims of { $event_date }.
    During the silence, ships, cars and trains sound their horns. State flags are lowered across Azerbaijan as a sign of mourning.

# /status: the night of [quiet] in data/reminders.toml, when reminders and broadcasts go without a
# sound. $zone is "baku", or "local" for a chat that chose a time zone ($place names it).
status-quiet = { $zone ->
    [local] Between { $quiet_from } and { $quiet_until } { $place } time, reminders and announcements arrive without a notification sound.
   *[baku] Between { $quiet_from } and { $quiet_until } Baku time, reminders and announcements arrive without a notification sound.
}
