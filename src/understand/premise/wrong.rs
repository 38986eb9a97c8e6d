//! The wrong figure ("did 2 million die?") and the wrong place ("did it happen in Moscow?") of a
//! question, told with the lists of data/premises.toml.

use super::super::{Outcome, Reading, Understander, Understanding};
use super::{Figure, SHORT, Signals, Wrong, quantity};
use crate::knowledge::TopicId;

/// How many words after another event's place its own year may stand ("Tbilisi massacre of April 1989").
const PLACE_YEAR_WITHIN: usize = 4;

impl Understander {
    /// "Did it happen in Moscow?": a short yes-or-no question whether the events happened in a
    /// place they did not, which asks nothing else once the place is left out; or how many died
    /// in a city of no such events («сколько погибло в москве»).
    pub(super) fn wrong_place(&self, signals: &Signals, words: &[&str]) -> bool {
        let lists = &self.premises.lists;
        // Most questions are long: that is known before their words are looked up.
        let short = signals.named || words.len() <= SHORT + 2;
        if !short {
            return false;
        }
        let cities = quantity::Lists::spans(&lists.not_there, words);
        let mut places = cities.clone();
        places.extend(self.premises.place_spans(words));
        if places.is_empty() || self.place_has_its_year(words) {
            return false;
        }
        let read = self.without(words, &places).answered();
        let asks = lists.asks.occur_in(words) && !lists.questions.occur_in(words);
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        let deaths = lists.quantities.first().map(|q| self.named(&q.topic));
        asks && about_the_event.contains(&read) || !cities.is_empty() && read.is_some() && read == deaths
    }

    /// A question with another event's place: what it gets wrong about these events, when it names
    /// them and asks of them alone. Without their name it is another event ("the Tbilisi tragedy");
    /// with that place's own year beside the place ("the Tbilisi massacre of April 1989", «с
    /// Андижаном 2005 года») it compares two events, and neither premise is set right.
    pub(super) fn beside_another_place(&self, signals: &Signals, reading: &Reading) -> Option<(TopicId, Wrong)> {
        let words = &signals.words;
        let about_the_event = ["overview", "date", "forces", "troops_entry"].map(|t| Some(self.named(t)));
        let read = reading.answered();
        if !signals.named || !(read.is_none() || about_the_event.contains(&read)) {
            return None;
        }
        if self.place_has_its_year(words) || self.place_is_no_scene(signals) {
            return None;
        }
        // "Black January was in 1991, same time as Vilnius?": the year is what is wrong.
        match self.dates.near_foreign_year(words) {
            Some(year) => Some((self.named("date"), Wrong::Year(year))),
            None => Some((self.named("overview"), Wrong::Place)),
        }
    }

    /// "The Tbilisi massacre of April 1989", «с Андижаном 2005 года»: another event's place with its
    /// own year beside it names that event.
    fn place_has_its_year(&self, words: &[&str]) -> bool {
        let is_year = |w: &&str| super::around::is_year(w);
        self.premises.place_spans(words).iter().any(|&(at, n)| {
            words.iter().skip(at + n).take(PLACE_YEAR_WITHIN).any(&is_year) || words[..at].last().is_some_and(&is_year)
        })
    }

    /// Every place of another event in the question is a country that spoke ("Litva prezidenti nə
    /// yazdı?", a word of `agents` beside it) or the other side of a comparison ("Black January or
    /// Khojaly?", "Xocalı ilə 20 Yanvar", a word of `compares` beside it, or one of `comparisons`
    /// anywhere: «чем отличается от событий в Тбилиси?»): none is said to be where these events were.
    fn place_is_no_scene(&self, signals: &Signals) -> bool {
        let marked = |j: Option<usize>, kind: super::Kind| {
            j.is_some_and(|j| signals.marks.get(j).is_some_and(|m| m & kind.bit() != 0))
        };
        let agent = |j| marked(j, super::Kind::Agent);
        if signals.marks.iter().any(|m| m & super::Kind::Comparison.bit() != 0) {
            return true;
        }
        self.premises.place_spans(&signals.words).iter().all(|&(at, n)| {
            let compare = |j| marked(j, super::Kind::Compare);
            agent(Some(at + n))
                || agent(at.checked_sub(1))
                || agent(at.checked_sub(2))
                || compare(at.checked_sub(1))
                || compare(at.checked_sub(2))
                || compare(Some(at + n))
        })
    }

    /// "Was it in Sumgait?": for a short yes-or-no question whether the events happened in a place
    /// the sources name, which asks nothing else once the place is left out, the topic that
    /// answers for it and which of the places it is (what is said first).
    pub(super) fn named_place(&self, signals: &Signals, words: &[&str]) -> Option<(TopicId, u8)> {
        let lists = &self.premises.lists;
        let short = signals.named || words.len() <= SHORT + 2;
        if !short {
            return None;
        }
        let at = lists.named_places.iter().position(|place| place.words.occur_in(words))?;
        let (list, topic) = (&lists.named_places[at].words, &lists.named_places[at].topic);
        if !lists.asks.occur_in(words) || lists.questions.occur_in(words) {
            return None;
        }
        let read = self.without(words, &quantity::Lists::spans(list, words)).answered();
        let about_the_event = [None, Some(self.named("overview")), Some(self.named("date"))];
        about_the_event.contains(&read).then(|| (self.named(topic), at as u8))
    }

    /// "What happened in Sumgait in 1988?": a place the sources name about these events, with a
    /// year before them and no word of these events, is that place's own earlier event.
    pub(in crate::understand) fn named_place_earlier(&self, signals: &Signals, words: &[&str]) -> bool {
        let earlier =
            |w: &&str| w.len() == 4 && w.parse::<i32>().is_ok_and(|y| y > 1900 && y < self.figures.event_year);
        !signals.anchored
            && words.iter().any(earlier)
            && self.premises.lists.named_places.iter().any(|place| place.words.occur_in(words))
    }

    /// "How many troops went into Baku? I'm comparing it with Tbilisi": Baku named beside another
    /// event's place compares the two, and what it asks of Baku is read with the other place left
    /// out, where the whole was refused for that place's words.
    pub(in crate::understand) fn compared(&self, signals: &Signals, reading: &Reading) -> Option<Understanding> {
        // Another month is the other event's time («события в Душанбе в феврале 1990 похожи на
        // бакинские?»): a question about that event and its likeness, not about Baku.
        let compares = signals.other_place && signals.here && signals.month.is_none();
        if !compares || reading.understanding.outcome != Outcome::OutOfScope {
            return None;
        }
        let read = self.without(&signals.words, &self.premises.place_spans(&signals.words));
        let asks = matches!(read.understanding.outcome, Outcome::Answer(_) | Outcome::DidYouMean(_));
        asks.then_some(Understanding { lang: reading.understanding.lang, ..read.understanding })
    }

    /// The key of the `at`-th named place, for what is said first.
    pub fn named_place_key(&self, at: u8) -> &str {
        &self.premises.lists.named_places[usize::from(at)].said
    }

    /// The reading of a question with the words of `spans` left out.
    fn without(&self, words: &[&str], spans: &[(usize, usize)]) -> super::super::Reading {
        let kept = |i: &usize| !spans.iter().any(|&(at, n)| (at..at + n).contains(i));
        let masked: Vec<&str> = words.iter().enumerate().filter(|(i, _)| kept(i)).map(|(_, w)| *w).collect();
        let text = masked.join(" ");
        self.read(&text, &text)
    }

    /// "Was it on 21 January?": a short yes-or-no question whether the events happened on a day of
    /// January, which asks nothing else once the date is left out; the day it names. "What
    /// happened on 21 January?" asks about that day (Heydar Aliyev's protest), and is no premise.
    pub(super) fn wrong_day(&self, signals: &Signals, words: &[&str]) -> Option<u32> {
        let lists = &self.premises.lists;
        let asks = lists.asks.occur_in(words) || lists.day_asks.occur_in(words);
        if !asks || lists.questions.occur_in(words) || !(signals.named || words.len() <= SHORT + 3) {
            return None;
        }
        let january = |i: usize| words.get(i).is_some_and(|w| self.dates.is_january(w));
        let day = (0..words.len()).find_map(|i| {
            let day = words[i].parse::<u32>().ok().filter(|d| (1..=31).contains(d))?;
            (january(i + 1) || i > 0 && january(i - 1)).then_some(day)
        })?;
        let masked: Vec<&str> =
            words.iter().copied().filter(|w| w.parse::<u32>().is_err() && !self.dates.is_january(w)).collect();
        let text = masked.join(" ");
        // A long question that asks for the story of the night it names ("a concise summary of
        // the events … of 19–20 January 1990") asks for the story, not whether the day is right.
        let overview = Some(self.named("overview")).filter(|_| words.len() <= SHORT + 3);
        let about_the_event = [None, overview, Some(self.named("date"))];
        let rest = self.read(&text, &text);
        // The rest refused outright (a town the sources do not name): not a question of the day.
        let refused = rest.rules.none >= super::super::SURE_NONE;
        (about_the_event.contains(&rest.answered()) && !refused).then_some(day)
    }

    /// A figure no source gives for what the question says it counts (the word nearest to it, or
    /// the topic the question is read as, tells), in a question not refused as being about
    /// something else.
    pub(super) fn wrong_figure(&self, signals: &Signals, reading: &Reading) -> Option<(TopicId, Wrong)> {
        let refused = matches!(reading.understanding.outcome, Outcome::OutOfScope) && !signals.anchored;
        let figures = self.premises.figures(signals);
        if figures.is_empty() {
            return None;
        }
        let words = &signals.words;
        if self.premises.lists.elsewhere.occur_in(words) {
            return None;
        }
        let known = |v: i64| self.figures.known.contains(&v) || self.dates.is_known_number(v);
        figures.into_iter().find_map(|f| {
            let year_like = (1900..=2100).contains(&f.value);
            // A counted figure that looks like a year weighs in `none` as a foreign date.
            let allowance = if year_like { super::super::FOREIGN_DATE } else { 0.0 };
            let elsewhere = reading.rules.none >= super::super::SURE_NONE + allowance || refused && !f.counted;
            // Only a count is a claim ("500 people?"): "50-dir?" may be a rank, "10:00" an hour.
            if f.value <= 2 || !f.counted || elsewhere || known(f.value) {
                return None;
            }
            let quantity = self.counted_as(words, &f, reading)?;
            // "131 147 150" may be three figures: none may be given.
            let digits = &words[f.at..=f.end - usize::from(f.scaled)];
            let groups = digits.iter().filter_map(|w| w.parse::<i64>().ok()).filter(|&v| v > 2 && f.runs > 1);
            let given = |v: i64| known(v) || quantity.gives(v, f.estimate, &self.figures.by_key);
            if groups.chain([f.value]).any(given) {
                return None;
            }
            // The topic the question is read as answers it when it gives a figure of the kind
            // ("the martyrs are 50?": the martyrs, not the casualties).
            let tells =
                |t: &TopicId| self.figures.told.iter().any(|(s, k)| *s == t.index() && quantity.facts.contains(k));
            let own = || TopicId::from_index(self.names.iter().position(|n| *n == quantity.topic).unwrap_or(0));
            let topic = reading.answered().filter(tells).unwrap_or_else(own);
            let (run, runs) = (u16::try_from(f.run).ok()?, u16::try_from(f.runs).ok()?);
            Some((topic, Wrong::Figure { value: f.value, run, runs, scaled: f.scaled }))
        })
    }

    /// What a figure counts: the quantity whose word stands nearest to it, or, for a count with no
    /// such word ("150 nəfər olub?"), the first quantity of the topic the question is read as.
    pub(super) fn counted_as(&self, words: &[&str], f: &Figure, reading: &Reading) -> Option<&quantity::Quantity> {
        let lists = &self.premises.lists;
        lists.nearest(words, f.at, f.end + 1).or_else(|| {
            let read = reading.answered().filter(|_| f.counted)?;
            lists.quantities.iter().find(|q| self.names.get(read.index()) == Some(&q.topic))
        })
    }
}
