# Sualların ətrafındakı söhbət: salam və təşəkkür, yanlış fikrin düzəldilməsi, cavab verilə bilməyən
# suallar və «bunu nəzərdə tuturdunuz?». Cavablar qısadır; təklif olunan mövzular düymələrdədir, siyahı kimi təkrarlanmır.

talk-mourning = Allah bütün şəhidlərimizə rəhmət eləsin. İstəsəniz, bir dəqiqəlik sükutun vaxtını və günün necə anıldığını oxuya bilərsiniz:
talk-loss = Başınız sağ olsun. Allah əzizinizə rəhmət eləsin. İstəsəniz, şəhidlərin siyahıları və Şəhidlər xiyabanı barədə oxuya bilərsiniz:
talk-wounded = O günlərin sizə və ailənizə yaşatdığı ağrını ürəkdən bölüşürəm. İstəsəniz, tibb işçilərinə edilən hücumlar və günün necə anıldığı barədə oxuya bilərsiniz:
# "Salam aleykum", answered as it is said.
talk-peace = Əleyküməssalam. Mən Bakıda və bir sıra digər bölgələrdə baş vermiş { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi barədə suallara cavab verirəm. Aşağıdakı mövzulardan biri ilə başlaya bilərsiniz:
talk-greeting = Salam. Mən Bakıda və bir sıra digər bölgələrdə baş vermiş { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi barədə suallara cavab verirəm. Aşağıdakı mövzulardan biri ilə başlaya bilərsiniz:
talk-thanks = Dəyməz. Davam etmək istəsəniz, bu mövzulara baxa bilərsiniz:
talk-unsubscribe = Bu söhbətdə xatırlatmaları dayandırmaq üçün /unsubscribe göndərin. Söhbətin hansı xatırlatmaları aldığını /status göstərir.
# By the chat's state: "stop writing to me" where no reminders come, "subscribe me" where they do.
talk-unsubscribe-none = Bu söhbət xatırlatma almır: mən yalnız sizin mesajlarınıza cavab verirəm.
# Gözlənilən cavab yoxdursa "ləğv et" (/timezone və /broadcast sualı da bu sözlə bitir).
talk-cancel = Ləğv ediləcək bir şey yoxdur: hazırda sizdən heç bir cavab gözləmirəm. Xatırlatmaları dayandırmaq istəyirsinizsə, /unsubscribe göndərin; söhbətin hansı xatırlatmaları aldığını /status göstərir.
talk-cancel-none = Ləğv ediləcək bir şey yoxdur: hazırda sizdən heç bir cavab gözləmirəm, bu söhbətə xatırlatma da göndərilmir.
talk-subscribe = { $event_date_short } ərəfəsində və həmin gün xatırlatma almaq üçün /subscribe göndərin və istədiyiniz xatırlatmaları seçin. Söhbətin hansı xatırlatmaları aldığını /status göstərir.
talk-subscribe-already = Bu söhbət artıq xatırlatmalar alır: hansılarını aldığını /status göstərir, seçimi dəyişmək üçün isə /subscribe göndərin.
# Botdan sözlə şam yandırmağı, fotoşəkil göndərməyi və ya istədiyi saatda xatırlatmağı istəyəndə: bunu edən əmr.
talk-candle = Faciə qurbanlarının xatirəsinə şam yandırmaq üçün /candle göndərin. Hər kəs hər ildönümü üçün bir şam yandıra bilər; yandırılan şamları sayıram.
talk-picture = Fotoşəkil göndərə bilmirəm, amma sizin üçün xatirə kartı hazırlaya bilərəm: onu saxlaya və ya yaxınlarınızla paylaşa bilərsiniz. Kart üçün /card göndərin.
talk-remind_at = Xatırlatmanı istədiyiniz saatda göndərə bilmirəm: xatırlatmalar hər il { $night_start_date_day }–{ $event_date_short }da cədvəl üzrə gəlir, bir dəqiqəlik sükut xatırlatması isə Bakı vaxtı ilə saat { $silence_at }-dək. Onları almaq və ya seçimi dəyişmək üçün /subscribe göndərin; bu söhbətin hansı xatırlatmaları aldığını /status göstərir.
# Wishes for 20 January as a holiday, or wishes that name no day in the days around it: said gently, with the day-off
# topic under it. "20 yanvar bayramınız mübarək" may come on any day of the year, so the day is "həmin gün", never "bu gün".
talk-holiday = 20 Yanvar bayram deyil, Ümumxalq Hüzn Günüdür: həmin gün Azərbaycanda faciə qurbanlarının xatirəsi yad edilir. İstəsəniz, bu barədə aşağıdakı mövzularda oxuya bilərsiniz:
# Wishes for another holiday on any day, and wishes that name no day ("bayramınız mübarək", "yeni iliniz mübarək") away from 20 January: thanks, the wish back, and what the bot is for.
talk-wishes = Təşəkkür edirəm, sizin də bayramınız mübarək olsun. Mən { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirəsini yaşadan botam. Bu barədə oxumaq istəsəniz, aşağıdakı mövzulardan başlaya bilərsiniz:
# A person's own day (a birthday, a wedding) wished to the bot: thanks, no wish back.
talk-personal_wish = Xoş sözlərinizə görə təşəkkür edirəm. Mən { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirəsini yaşadan botam. Bu barədə oxumaq istəsəniz, aşağıdakı mövzulardan başlaya bilərsiniz:
# Wishes for another holiday on 20 January itself: thanks, and what the day is.
talk-wishes_today = Təşəkkür edirəm. Bu gün 20 Yanvar — Ümumxalq Hüzn Günüdür: Azərbaycanda faciə qurbanlarının xatirəsi yad edilir. İstəsəniz, bu barədə aşağıdakı mövzularda oxuya bilərsiniz:
# Said first when a loss or a wound is told together with a question, which is then answered.
consoled-loss = Başınız sağ olsun, Allah əzizinizə rəhmət eləsin.
consoled-wounded = O günlərin sizə və ailənizə yaşatdığı ağrını ürəkdən bölüşürəm.
talk-goodbye = Sağ olun. İstədiyiniz vaxt yenidən yaza bilərsiniz. { $event_date_short } ərəfəsində və həmin gün xatırlatma almaq istəsəniz, /subscribe göndərin; abunəliyinizi /status ilə yoxlaya bilərsiniz.
talk-ack = { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi barədə bilmək istədiyinizi soruşun və ya mövzu seçin:
talk-who = Mən { $event_date_year }-cı il { $event_date_day } Yanvar faciəsinin xatirəsini yaşadan botam. Azərbaycan, ingilis və rus dillərində cavab verirəm; verdiyim hər faktın mənbəyi var, mənbələrin siyahısı /sources bölməsindədir.
talk-abilities = { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi barədə Azərbaycan, ingilis və rus dillərində suallara cavab verirəm, { $night_start_date_day }–{ $event_date_short }da xatırlatmalar göndərirəm (/subscribe), xatirə kartı hazırlayıram (/card) və şam yandırmağa imkan verirəm (/candle). Hamısı /help bölməsindədir. Başlamaq üçün bir neçə sual:

# Yanlış fikir: əvvəl bu sətir, sonra düzgün faktı verən mövzunun cavabı.
correction-year = Xeyr, faciənin baş verdiyi il { $wrong } deyil.
correction-year-other = Xeyr, mənbələrimdə göstərilən il { $wrong } deyil.
correction-month = Xeyr, { $month ->
        [2] fevralda
        [3] martda
        [4] apreldə
        [5] mayda
        [6] iyunda
        [7] iyulda
        [8] avqustda
        [9] sentyabrda
        [10] oktyabrda
        [11] noyabrda
       *[12] dekabrda
    } yox, yanvarda.
correction-day = Tam belə deyil: { $night_start_date_day } yanvar cümə, { $event_date_day } yanvar isə şənbə idi; faciə bu iki gün arasındakı gecə başlayıb.
correction-place = Mənbələrim hadisələrin baş verdiyi yerlər sırasında adını çəkdiyiniz yeri göstərmir.
# Sualda mənbələrin adını çəkdiyi yer soruşulanda əvvəlcə deyilir ($place: data/premises.toml-dakı açarı);
# altındakı mövzu bəyanatların rəqəmlərini və mənbələrini verir.
correction-named = { $place ->
   *[sumgait] Xarici İşlər Nazirliyinin ildönümü bəyanatlarından biri dinc sakinlərin həlak olduğu yerlər sırasında Bakı, Lənkəran və Neftçala ilə yanaşı Sumqayıtı da çəkir. Nazirliyin bəyanatlarındakı rəqəmlər aşağıdadır.
}
correction-figure = Mənbələrimin heç biri { $wrong } nəfər rəqəmini vermir.
# Doğru fərziyyəli «hə, yoxsa yox» sualı («şənbə idi?»): bu sətir, sonra bunu deyən mövzu.
confirmed = Bəli.

not-in-sources = Bu suala mənbəyə əsaslanan cavabım yoxdur. Cavab verə biləcəyim ən yaxın mövzular bunlardır:
out-of-scope = Mən { $event_date_year }-cı il { $event_date_day } Yanvar faciəsi barədə suallara cavab verirəm; bu mesajı mövzularımdan heç birinə aid edə bilmədim. Aşağıdakı mövzulardan birini seçə və ya bütün mövzular üçün /facts göndərə bilərsiniz:
more-about = «{ $title }» mövzusunda deyə biləcəyim bu qədərdir. Başqa mövzular üçün /facts göndərin və ya sualınızı yazın.
did-you-mean-one = «{ $title }» mövzusunu nəzərdə tuturdunuz?
did-you-mean = Bunlardan hansını nəzərdə tuturdunuz?

# A prompt that waited for an answer (a city after /timezone, the text after /broadcast) was cancelled.
prompt-cancelled = Ləğv edildi, heç nə dəyişmədi. Xatırlatmalara abunəliyi dayandırmaq istəyirdinizsə, /unsubscribe göndərin.
# "cancel" typed after /subscribe's menu: nothing was subscribed or changed.
subscribe-cancelled = Ləğv edildi, heç nə dəyişmədi.
