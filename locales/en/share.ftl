# Sharing and taking part: the memorial card, candles, inline mode and local times for those abroad.

# The memorial card (a picture: keep each line short). $years_passed is computed on Baku time.
card-date = { $event_date }
card-years = { $years_passed ->
    [one] { $years_passed } year has passed
   *[other] { $years_passed } years have passed
}
card-line = In memory of the victims of the tragedy of 20 January
card-footer = National day of mourning
card-caption = A card in memory of the victims of { $event_date }. You are welcome to share it.
card-reminder-on = Get this card with the { $silence_at } reminder
card-reminder-off = Stop sending the card with the { $silence_at } reminder
card-reminder-subscribe = Subscribe to get this card with the { $silence_at } reminder
card-reminder-set-on = From now on, the minute-of-silence reminder will come to this chat with the card.
# After the subscription confirmation, when the chat asked for the card (the button under /card).
subscribe-done-card = The minute-of-silence reminder will come with the card.
card-reminder-set-unsubscribed = This chat is not subscribed yet. Once it is (/subscribe), the minute-of-silence reminder will come { $card ->
        [on] with the card
       *[off] without the card
    }.
card-reminder-set-off = From now on, the minute-of-silence reminder will come without the card.

# Candles: one a person for each anniversary, counted from one 20 January to the next (a candle of
# 25 November 2026 is one for the 37th). $anniversary is its number; $count and $others its candles.
candle-button = Light a candle
candle-count = { $count ->
    [0] No candle has been lit yet for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary: yours can be the first.
    [one] { $count } person has lit a candle for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary.
   *[other] { $count } people have lit a candle for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary.
}
candle-lit = { $others ->
    [0] You have lit a candle in memory of the victims. Yours is the first for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary.
    [one] You and { $others } other person have lit a candle for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary.
   *[other] You and { $others } others have lit a candle for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary.
}
candle-already = You have already lit your candle for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } anniversary: each person can light one per anniversary. Candles lit for it so far: { $count }.
candle-no-user = Only a person can light a candle, not a group or channel account: please press the button under this message from your own account.

# /stats, one line a year (the last few years).
stats-candles = Candles lit for the { $anniversary }{ NUMBER($anniversary, type: "ordinal") ->
    [one] st
    [two] nd
    [few] rd
   *[other] th
} anniversary ({ $year }): { $count }

# Time zones: reminders keep to Baku time; these show the local equivalent.
timezone-prompt =
    Reminders are always sent on Baku time. Choose your city, or type it in your next message (for example Paris or Europe/Paris), and I will show your local time beside Baku time.
timezone-set = From now on, I will also show the time in { $place }. Reminders are still sent on Baku time.
timezone-reset = From now on, I will show Baku time only.
timezone-unknown = I don’t know the city or time zone “{ $name }”. Choose one of the buttons, or type a name such as Europe/Paris.
timezone-baku-only = Baku time only
# Above what speaks of Baku's today or tomorrow, for a chat whose own date is another.
baku-now = In Baku it is now { $baku_time } on { $baku_date }.
# Above the countdown for a person who asked what day it is: the chat's own date ($date, with the year).
# Not "Today is": in a zone chat it stands under `baku-now` and above a topic whose "Today" is Baku's.
today-date = Where you are, it is { $time } on { $date }.
local-time = { $baku_time } in Baku — { $local_time } in { $place }{ $day ->
    [before] {" "}(the day before)
    [after] {" "}(the next day)
   *[same] {""}
}
place-istanbul = Istanbul
place-moscow = Moscow
place-tbilisi = Tbilisi
place-berlin = Berlin
place-london = London
place-new-york = New York


cmd-card = A memorial card to share
cmd-candle = Light a candle in memory of the victims
cmd-timezone = Show times in your time zone too
