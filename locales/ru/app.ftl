# Страница памяти (/app), мини-приложение Telegram. Дата, годы и строка открытки, тема обратного
# отсчёта, тексты о свечах и строка источника берутся из других файлов и здесь не повторяются. Цифры
# и даты приходят переменными из data/facts.toml; хроника и список цифр — в data/app.toml.

app-title = 20 Января
app-description = Страница памяти о трагедии { $event_date }: январские дни, цифры с источником, минута молчания и свеча.
app-languages = Язык
app-open-button = Открыть страницу памяти
app-menu-button = Страница памяти
app-noscript = Для обратного отсчёта и свечи нужны включённые скрипты; всё остальное есть на этой странице.

# Обратный отсчёт: день и час следующей минуты молчания по бакинскому времени (время читателя
# показывается словами `local-time`, по данным браузера).
app-silence-when = Минута молчания: { $silence_date }, в { $silence_at } по бакинскому времени.
# Единицы живого отсчёта; страница показывает число над словом.
app-unit-days = { $days_until ->
    [one] { $days_until } день
    [few] { $days_until } дня
   *[many] { $days_until } дней
}
app-unit-hours = { $hours_until ->
    [one] { $hours_until } час
    [few] { $hours_until } часа
   *[many] { $hours_until } часов
}
app-unit-minutes = { $minutes_until ->
    [one] { $minutes_until } минута
    [few] { $minutes_until } минуты
   *[many] { $minutes_until } минут
}

app-candle-heading = Свеча в память о жертвах
app-candle-outside = Свечу зажигают в Telegram, по одной к каждой годовщине: откройте эту страницу из бота, чтобы зажечь свою.

app-timeline-heading = { $night_start_date_day }–{ $lankaran_date_day } января { $event_date_year } года
app-timeline-night-when = Ночь с { $night_start_date_day } на { $event_date_day } января
app-timeline-night = В Баку и прилегающие районы были введены советские войска. Согласно официальной азербайджанской версии, военные открыли огонь по мирным жителям, применяя бронетехнику и различные виды боевого оружия.
app-timeline-aliyev-when = { $aliyev_protest_date_short }
app-timeline-aliyev = Гейдар Алиев, который тогда был на пенсии и жил в Москве, вместе с членами семьи пришёл в Постоянное представительство Азербайджана, назвал произошедшее незаконным, антидемократичным и противоречащим гуманизму и попросил передать его соболезнования.
app-timeline-funeral-when = { $funeral_date_short }
app-timeline-funeral = Несмотря на присутствие советских войск и чрезвычайное положение, в Баку прошло массовое траурное шествие; многих погибших похоронили в парке на холме — теперь это Аллея шехидов. { $source_name } называет почти { $funeral_millions ->
    [one] { $funeral_millions } миллион
    [few] { $funeral_millions } миллиона
   *[many] { $funeral_millions } миллионов
} участников, а сообщения тех дней — от примерно { $funeral_time } до более чем { $funeral_latimes_millions ->
    [one] { $funeral_latimes_millions } миллиона
   *[other] { $funeral_latimes_millions } миллионов
} человек.
app-timeline-districts-when = { $neftchala_date_day }–{ $lankaran_date_day } января
app-timeline-districts = Сообщалось о гибели людей в других районах, где чрезвычайное положение не вводилось: { $neftchala_date_short } — в Нефтечале, { $lankaran_date_short } — в Ленкорани.

# Подпись под цифрой читается вместе с ней: «131 / человек погиб…».
app-figures-heading = Цифры
app-figure-killed-value = { $killed_total }
app-figure-killed = { $killed_total ->
    [one] человек погиб
    [few] человека погибли
   *[many] человек погибли
} в Баку и других районах, согласно постановлению Милли Меджлиса { $assessment_date_year } года
app-figure-killed-now-value = { $mfa_killed }
app-figure-killed-now = { $mfa_killed ->
    [one] человек погиб
    [few] человека погибли
   *[many] человек погибли
}, согласно заявлениям, которые МИД Азербайджана делал в последние годы
app-figure-injured-value = { $injured_total }
app-figure-injured = { $injured_total ->
    [one] человек был ранен
    [few] человека были ранены
   *[many] человек были ранены
}
app-figure-killed-before-value = { $killed_before_emergency }
app-figure-killed-before = { $killed_before_emergency ->
    [one] человек погиб
    [few] человека погибли
   *[many] человек погибли
} до того как населению официально объявили о чрезвычайном положении
app-figure-fatally-injured-value = { $fatally_injured_before_emergency }
app-figure-fatally-injured = { $fatally_injured_before_emergency ->
    [one] человек был смертельно ранен
    [few] человека были смертельно ранены
   *[many] человек были смертельно ранены
} до этого объявления
app-figure-killed-after-value = { $killed_after_emergency_baku }
app-figure-killed-after = { $killed_after_emergency_baku ->
    [one] человек погиб
    [few] человека погибли
   *[many] человек погибли
} в Баку 20 января и в последующие дни, уже после объявления чрезвычайного положения
app-figure-killed-districts-value = { $killed_in_regions }
app-figure-killed-districts = { $killed_in_regions ->
    [one] человек погиб
    [few] человека погибли
   *[many] человек погибли
} в Нефтечале и Ленкорани, где чрезвычайное положение не вводилось
app-figure-detained-value = { $detained }
app-figure-detained = { $detained ->
    [one] мирный житель был задержан
    [few] мирных жителя были задержаны
   *[many] мирных жителей были задержаны
} в Баку и других городах и районах республики
app-figure-prisons-value = { $sent_to_ussr_prisons }
app-figure-prisons = из них { $sent_to_ussr_prisons ->
    [one] был переведён
   *[other] были переведены
} в тюрьмы в разных частях Советского Союза
app-figure-houses-value = около { $houses_fired_on }
app-figure-houses = { $houses_fired_on ->
    [one] дома
   *[other] домов
} обстреляли военные
app-figure-vehicles-value = около { $vehicles_fired_on }
app-figure-vehicles = { $vehicles_fired_on ->
    [one] автомобиля
   *[other] автомобилей
}, в том числе машины скорой помощи, обстреляли военные
app-figure-martyrs-value = { $martyrs_recognised }
app-figure-martyrs = { $martyrs_recognised ->
    [one] человек признан шехидом
    [few] человека признаны шехидами
   *[many] человек признаны шехидами
} 20 Января по всей стране, по официальным данным

app-card-heading = Открытка памяти
app-share = Поделиться в чате
