# Everything the bot says outside the topic answers: greetings, menus, subscriptions, errors.

start =
    Hello. I help keep alive the memory of the tragedy of { $event_date } in Baku, also known as Black January.
    Ask me about it in Azerbaijani, English or Russian, for example: “How many people were killed?” or “When is the minute of silence?”
    /facts: the topics I can tell you about
    /subscribe: reminders on { $night_start_date_day }–{ $event_date_short } (Baku time)
    /language: choose the language of this chat
    /help: everything I can do

help =
    Write a question in Azerbaijani, English or Russian and I will answer it. In groups, mention me or reply to my message.
    /facts: topics as buttons
    /countdown: { $event_date_short } and the minute of silence
    /subscribe: reminders on { $night_start_date_day }–{ $event_date_short } (Baku time)
    /unsubscribe: stop the reminders
    /status: this chat’s subscription and the next reminder
    /language: Azerbaijani, English or Russian
    /sources: where my facts come from
    /card: a memorial card to share
    /candle: light a candle in memory of the victims
    /timezone: show times in your time zone as well (reminders stay on Baku time)
    Questions I cannot answer are kept for { $unanswered_kept_days ->
        [one] { $unanswered_kept_days } day
       *[other] { $unanswered_kept_days } days
    }, without names or any chat details, so that my answers can be improved.

# Added to /help where the bot knows its username (in Telegram; not in the terminal).
help-inline = To share an answer in any chat, type { $bot } there, then a few words of your question.
facts-menu = Choose a topic:
list-item = • { $item }


empty-question = Please write your question, for example: “How many people were killed?”
question-too-long = That message is too long for me. Please ask a shorter question, up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
invalid-text = I could not read that text. Please send it again as plain text.
not-text = I can only read text. Please type your question.
unknown-command = I don’t know the command /{ $command }. Send /help to see what I can do.
error-generic = Sorry, something went wrong. Please try again in a moment.
flood-slow-down = You are writing faster than I can answer. I will answer your first messages and skip the rest; please wait a few seconds before you ask again.
button-expired = Those buttons are no longer active. Please send the command again.

language-prompt = Choose the language for this chat:
language-set = English is now the language of this chat. If you write to me in Azerbaijani or Russian, I will answer in that language.
admins-only = Only administrators of this group can change its language or its reminders.
owners-only = This command is only for the bot’s owners.
group-welcome =
    Thank you for adding me. In this group I answer commands and messages that mention me or reply to me.
    Administrators can send /subscribe to get the reminders for 20 January here.

subscribe-choose =
    Which reminders would you like? All times are Baku time.
    All: on { $night_start_date_short } by { $eve_time }, on { $event_date_short } by { $morning_time }, and one for the minute of silence at { $silence_time }.
    Or only the minute-of-silence reminder, for { $silence_time } on { $event_date_short }.
subscribe-option-all = All reminders
subscribe-option-silence = Only the minute-of-silence reminder
subscribe-done = { $plan ->
    [all] Subscribed: every year, this chat will receive all the reminders for 20 January.
   *[silence] Subscribed: every year, this chat will receive the minute-of-silence reminder.
} Send /unsubscribe to stop the reminders.
# /subscribe in a chat already subscribed: its plan, and the other as a button.
subscribe-change = { $plan ->
    [all] This chat receives all the reminders. To receive only the minute-of-silence reminder instead, press the button below.
   *[silence] This chat receives only the minute-of-silence reminder. To receive all the reminders instead, press the button below.
} To stop the reminders, send /unsubscribe.
subscribe-already = { $plan ->
    [all] This chat is already subscribed to all the reminders.
   *[silence] This chat is already subscribed to the minute-of-silence reminder.
} Send /subscribe to change the choice, or /unsubscribe to stop the reminders.
unsubscribe-done = Unsubscribed: this chat will no longer receive reminders. You can subscribe again at any time with /subscribe.
unsubscribe-not-subscribed = This chat is not subscribed to reminders. Send /subscribe to start.

status-not-subscribed = This chat is not subscribed to reminders. Send /subscribe to start.
# The time left is split into $days_until, $hours_until and $minutes_until (minutes rounded up).
# /status on 20 January itself: what the day is and where its minute of silence stands (`day`: the
# next reminder line below gives the silence's hour).
status-today = { $phase ->
        [before] Today is the national day of mourning. The minute of silence will be observed at { $silence_at } Baku time.
        [day] Today is the national day of mourning.
        [now] Today is the national day of mourning, and the minute of silence is being observed right now.
       *[after] Today is the national day of mourning. The minute of silence was observed at { $silence_at } Baku time.
    }
# $next_when: "today" (the next reminder is later today), "late" (today’s is due but has not yet
# reached this chat: it is on its way, no time left to count) or "other".
# A wave goes out up to two hours before $next_time: the reminder comes "by" that time, never "at" it,
# and the time left is counted to the hour ("within 3 hours" today).
status-subscribed =
    { $plan ->
        [all] This chat is subscribed to all the reminders.
       *[silence] This chat is subscribed to the minute-of-silence reminder.
    } { $next_when ->
        [late] Today’s reminder for { $next_time } Baku time has not reached this chat yet, but it is on its way.
       *[other] The next one will arrive { $next_when ->
            [today] today by { $next_time } Baku time, within
            [tomorrow] on { $next_date } by { $next_time } Baku time, in
           *[other] on { $next_date } by { $next_time } Baku time, in
        } { $days_until ->
            [0] { $hours_until ->
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
            }
           *[other] { $days_until ->
                [one] { $days_until } day
               *[other] { $days_until } days
            }{ $hours_until ->
                [0] {""}
                [one] {" "}and { $hours_until } hour
               *[other] {" "}and { $hours_until } hours
            }
        }.
    }

stats =
    Active subscriptions: { $total }
    Private chats: { $private }, groups: { $groups }, channels: { $channels }
    Azerbaijani: { $az }, English: { $en }, Russian: { $ru }
stats-last =
    Last reminder ({ $occurrence }): delivered { $delivered }, failed { $failed }, pending { $pending }, superseded by a later reminder { $superseded }.
stats-no-last = No reminder has been sent yet.
stats-wave = Next reminder ({ $occurrence }): { $chats ->
        [0] no chat is subscribed, so there is nothing to send.
        [one] { $chats } chat, to be sent { $start }–{ $end } Baku time at { $rate ->
            [one] { $rate } message
           *[other] { $rate } messages
        } per second. It will arrive on time.
       *[other] { $chats } chats, to be sent { $start }–{ $end } Baku time at { $rate ->
            [one] { $rate } message
           *[other] { $rate } messages
        } per second. Every chat will have it on time.
    }
stats-wave-over = Next reminder ({ $occurrence }): { $chats ->
        [one] { $chats } chat
       *[other] { $chats } chats
    }, but its { $lead }-minute window holds only { $capacity }, so { $late } will get it late. Lengthen lead_minutes in data/reminders.toml or start the bot with --paid-broadcast.
stats-paid-off = { $stars ->
        [0] Sent as a paid broadcast, it would cost no Telegram Stars.
        [one] Sent as a paid broadcast, it would cost { $stars } Telegram Star.
       *[other] Sent as a paid broadcast, it would cost { $stars } Telegram Stars.
    }
stats-paid-on = { $stars ->
        [0] Paid broadcast is on: it will cost no Telegram Stars.
        [one] Paid broadcast is on: it will cost { $stars } Telegram Star.
       *[other] Paid broadcast is on: it will cost { $stars } Telegram Stars.
    }
broadcast-usage = Send the text of the announcement as your next message, or write it after the command: /broadcast TEXT. To stop, send “Cancel”.
broadcast-confirm =
    { $count ->
        [0] No chat is subscribed, so this message would reach no one. Send it anyway?
        [one] Send this message to { $count } subscribed chat?
       *[other] Send this message to { $count } subscribed chats?
    }

    { $text }
broadcast-queued = { $count ->
        [0] No chat is subscribed, so nothing was sent.
        [one] The message has been queued for { $count } chat.
       *[other] The message has been queued for { $count } chats.
    }
broadcast-cancelled = Cancelled; nothing was sent.
button-confirm = Send
button-cancel = Cancel

cmd-start = Start and see what I can do
cmd-help = How to use the bot
cmd-facts = Topics I can tell you about
cmd-language = Choose the language
cmd-subscribe = Reminders on { $night_start_date_day }–{ $event_date_short }
cmd-unsubscribe = Stop the reminders
cmd-status = Subscription and the next reminder
cmd-countdown = { $event_date_short } and the minute of silence
cmd-sources = Where the facts come from
cmd-stats = Subscribers and deliveries (owners)
cmd-broadcast = Message every subscriber (owners)
cmd-unanswered = Questions the bot could not answer (owners)

unanswered-header = The most frequent unanswered questions in the last { $days ->
        [one] day
       *[other] { $days } days
    }:
# $outcome is the code of the reply the person got (see `ask --json`); each is put into words.
unanswered-item = { $count } × { $question } ({ $lang }, { $outcome ->
        [out_of_scope] off-topic reply
        [not_in_sources] no sourced answer
        [did_you_mean] asked which topic
        [more] nothing more to say
       *[other] { $outcome }
    })
unanswered-none = No question went unanswered in the last { $days ->
        [one] day
       *[other] { $days } days
    }.

bot-short-description = Facts and reminders about the tragedy of { $event_date } in Baku, in Azerbaijani, English and Russian.
bot-description =
    This bot helps keep alive the memory of the tragedy of { $event_date } in Baku. Ask it about what happened, the victims, the aftermath and how the day is observed, in Azerbaijani, English or Russian, and subscribe to reminders for the national day of mourning.

unanswered-private-only = I show the unanswered questions only in a private chat with me.

# Under every answer: its sources, named as data/sources.toml names them ($list is "A (1994); B (2026)";
# $cited how many there are, which only chooses "Source" or "Sources").
answer-sources = { $cited ->
    [1] Source
   *[other] Sources
}: { $list }

# /facts: first the parts of the story, then the topics of one part.
facts-groups = What would you like to read about?
facts-group-night = The night itself
facts-group-before = What led up to it
facts-group-after = The days and years after
facts-group-remembrance = Remembrance
facts-group-figures = Figures and what they rest on
facts-group-sources = Sources and documents
button-back = ‹ Back

# /sources: the kinds of source as buttons, then the list of one kind.
source-kind-official = Official documents and statements
source-kind-news-1990 = Press reports of the time
source-kind-ngo = Human rights reports
source-kind-later = Later news and interviews
source-kind-reference = Books, encyclopaedias, records
source-list-header = { $kind } ({ $count }):
source-item = • { $name }: { $title }, { $date }
source-item-undated = • { $name }: { $title }
