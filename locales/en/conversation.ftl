# The conversation around the questions: small talk, corrections of wrong premises, refusals and
# "did you mean". Each reply is short; the topics it offers come as buttons, never as a list above them.

talk-mourning = May their memory live on. You can read when the minute of silence is held and how the day is observed:
talk-loss = I am so sorry for your loss. May the memory of your loved one, and of all the victims, live on. If you wish, you can read about the fallen and about Martyrs’ Alley:
talk-wounded = I am so sorry for what you and your family went through in those days. If you wish, you can read about the attacks on medical staff and how the day is observed:
# "Salam aleykum", answered as it is said.
talk-peace = Wa alaikum assalam. I answer questions about the tragedy of { $event_date } in Baku. You could start with one of these:
talk-greeting = Hello. I answer questions about the tragedy of { $event_date } in Baku. You could start with one of these:
talk-thanks = You are welcome. If you would like to read on:
talk-unsubscribe = To stop the reminders to this chat, send /unsubscribe. /status shows which ones it receives.
# By the chat's state: "stop writing to me" where no reminders come, "subscribe me" where they do.
talk-unsubscribe-none = This chat receives no reminders: I write only in reply to your messages.
# "Cancel" with nothing waiting for an answer (a /timezone or /broadcast prompt ends with the same word).
talk-cancel = There is nothing to cancel: I am not waiting for an answer. /unsubscribe stops the reminders; /status shows what this chat receives.
talk-cancel-none = There is nothing to cancel: I am not waiting for an answer, and this chat receives no reminders.
talk-subscribe = To get the reminders for { $event_date_short }, send /subscribe and choose which ones.
talk-subscribe-already = This chat already receives reminders: /status shows which ones, and /subscribe lets you change the choice.
# A candle asked of the bot in words ("light a candle for them"), a photograph, and a reminder at a time of one's own: the command that does what can be done.
talk-candle = To light a candle in memory of the victims, send /candle. Each person can light one for each anniversary, and the reply shows how many have been lit for it so far.
talk-picture = I don’t send photographs, but I can make a memorial card for you to keep or share: send /card.
talk-remind_at = I can’t send a reminder at a time of your choosing: my reminders come every year on { $night_start_date_day }–{ $event_date_short } at set times, one of them for the minute of silence at { $silence_at } Baku time. Send /subscribe to turn them on or to change which ones this chat receives; /status shows what it receives now.
# Wishes for 20 January as a holiday, or wishes that name no day in the days around it: said gently, with the day-off topic under it.
talk-holiday = In Azerbaijan, 20 January is not a holiday: it is the national day of mourning, when the country remembers the victims of the tragedy. If you would like to read more about the day:
# Wishes for another holiday on any day, and wishes that name no day ("happy holidays", "happy new year") away from 20 January: thanks, the wish back, and what the bot is for.
talk-wishes = Thank you, and the same to you. I am a bot that helps keep alive the memory of the tragedy of { $event_date } in Baku. If you would like to read about it, you could start here:
# A person's own day (a birthday, a wedding) wished to the bot: thanks, no wish back.
talk-personal_wish = Thank you for the kind words. I am a bot that helps keep alive the memory of the tragedy of { $event_date } in Baku. If you would like to read about it, you could start here:
# Wishes for another holiday on 20 January itself: thanks, and what the day is.
talk-wishes_today = Thank you. Today is 20 January, the national day of mourning in Azerbaijan, when the country remembers the victims of the tragedy. If you would like to read about it:
# Said first when a loss or a wound is told together with a question, which is then answered.
consoled-loss = I am so sorry for your loss.
consoled-wounded = I am so sorry for what you and your family went through.
talk-goodbye = Goodbye. You can write again at any time, and /subscribe brings the reminders for { $event_date_short }.
talk-ack = Ask me anything you would like to know about { $event_date }, or choose a topic:
talk-who = I am a bot that helps keep alive the memory of the tragedy of { $event_date } in Baku. I answer in Azerbaijani, English and Russian, and every fact I give has its source, listed under /sources.
talk-abilities = I answer questions about { $event_date } in Azerbaijani, English and Russian, send reminders on { $night_start_date_day }–{ $event_date_short } (/subscribe), make a memorial card (/card) and let you light a candle (/candle). /help lists everything. Some questions to start with:

# A wrong premise: this line, then the answer of the topic that holds the right fact.
correction-year = The tragedy did not happen in { $wrong }.
# A wrong year of a later act or a dated topic (not of the tragedy itself): before that topic's answer.
correction-year-other = My sources do not date this to { $wrong }; the dates they give are below.
correction-month = The tragedy did not happen in { $month ->
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }: it was in January.
correction-day = Not quite: the troops entered Baku on the night of Friday { $night_start_date_day } to Saturday { $event_date_day } January.
correction-place = No, it did not happen there.
# Said first when a question asks whether it happened in a place the sources name ($place: its key
# in data/premises.toml); the topic under it gives the statements' figures and sources.
correction-named = { $place ->
   *[sumgait] One of the Foreign Ministry’s anniversary statements names Sumgait, with Baku, Lankaran and Neftchala, among the places where civilians were killed.
}
correction-figure = None of my sources gives the figure { $wrong }.
# A yes-or-no question whose premise is right ("was it on a Saturday?"): this line, then the topic that says so.
confirmed = Yes.

not-in-sources = I have no sourced answer to that. These are the closest topics I can answer:
out-of-scope = I don’t have an answer to that. I answer questions about the tragedy of { $event_date } in Baku: you could ask about one of these, or send /facts for every topic:
more-about = That is all I can tell you under “{ $title }”. You could read on with:
did-you-mean-one = Did you mean “{ $title }”?
did-you-mean = Which of these did you mean?

# A prompt that waited for an answer (a city after /timezone, the text after /broadcast) was cancelled.
prompt-cancelled = Cancelled: nothing has been changed.
# "cancel" typed after /subscribe's menu: nothing was subscribed or changed.
subscribe-cancelled = Cancelled: nothing has been changed.
