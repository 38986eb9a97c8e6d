//! A question told after a story ("My father went to every rally of the Popular Front. My children
//! hear very different things about it now. What part did the Front play in January 1990?"): the
//! question, read on its own, where the story's words would leave the whole message only offered
//! or refused.

use super::{Outcome, Understander, Understanding, normalize, phrases};

/// How sure the question read alone must be to replace the whole's offer: an answer that is
/// less than even is no better than offering the topic, and the story is then better kept.
const SURE_ALONE: f32 = 0.5;

impl Understander {
    /// The one question of a message that otherwise tells, read alone, when the whole was only
    /// offered or refused and the question alone is answered with one of the topics the whole was
    /// nearest to. The whole must name that topic: a sentence alone has lost the story around it.
    /// A question that points back at a person or a place of the story ("Was he one of those
    /// detained?", «Что там произошло?» after Dushanbe) keeps the whole's reading: the sources do
    /// not tell of that person, and the place may be another event's. Several questions in one
    /// message are left to be read together ("Is there a bus from Tabriz? How much is a ticket?"):
    /// each of them alone may look like another question.
    pub(super) fn asked_in_story(&self, question: &str, whole: &Understanding) -> Option<Understanding> {
        let (Outcome::DidYouMean(near) | Outcome::NotInSources(near)) = &whole.outcome else { return None };
        let sentences = sentences(question);
        let (asking, telling): (Vec<&str>, Vec<&str>) = sentences.iter().partition(|s| self.asking(s));
        let ([asked], false) = (asking.as_slice(), telling.is_empty()) else { return None };
        if self.with_words(asked, |words| self.conversation.points_back_in(words)) {
            return None;
        }
        let alone = self.answered(asked, &normalize::fold(asked))?;
        let topic = alone.outcome.told()?;
        (near.contains(&topic) && alone.confidence >= SURE_ALONE)
            .then(|| Understanding { lang: whole.lang.or(alone.lang), ..alone })
    }

    /// Whether a sentence is a question: it ends with "?" (also "?!"), or it ends with no stop at
    /// all and asks in its words ("Lənkəranda 20 Yanvar küçəsi haradadır? taksi ilə necə gedim"). A
    /// sentence that ends with a stop tells, whatever words it has («…не понимает, почему…»).
    fn asking(&self, sentence: &str) -> bool {
        let end = sentence.trim_end();
        end.trim_end_matches(['!', '.', '…']).ends_with('?')
            || !end.ends_with(['.', '!', '…']) && self.with_words(sentence, |words| self.asks_in_words(words))
    }

    /// A sentence read on its own, when it is answered.
    fn answered(&self, sentence: &str, folded: &str) -> Option<Understanding> {
        let understanding = self.read(sentence, folded).understanding;
        matches!(understanding.outcome, Outcome::Answer(_)).then_some(understanding)
    }

    /// `f` of a sentence's folded words.
    fn with_words<T>(&self, sentence: &str, f: impl FnOnce(&[&str]) -> T) -> T {
        let folded = normalize::fold(sentence);
        let split = phrases::words(&folded);
        f(&split.iter().map(AsRef::as_ref).collect::<Vec<&str>>())
    }
}

/// The sentences of a message: each ends at ".", "!", "?" or "…" followed by a space or the end
/// (so "20.01.1990" stays whole).
fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '…');
        let next = chars.peek().map(|&(_, n)| n);
        if ends && next.is_none_or(char::is_whitespace) {
            let end = i + c.len_utf8();
            if !text[start..end].trim().is_empty() {
                sentences.push(&text[start..end]);
            }
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        sentences.push(&text[start..]);
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn sentences_end_at_a_stop_before_a_space() {
        assert_eq!(
            sentences("It was on 20.01.1990. Why?! And then… what"),
            vec!["It was on 20.01.1990.", " Why?!", " And then…", " what"]
        );
        assert_eq!(sentences("Who?"), vec!["Who?"]);
        assert_eq!(sentences("   "), Vec::<&str>::new());
    }
}
