//! How the two layers decide together. The vocabulary keeps what it does best: a refusal it is
//! sure of (an explicit out-of-scope term) stands, and a confident match stands unless the model
//! strongly disagrees. The model covers what no vocabulary lists: transliterated Russian, polite
//! frames, unseen paraphrases. Where they disagree, or the model is only fairly sure, the bot
//! asks "did you mean" rather than answering a different question than the one asked. The
//! thresholds were chosen on leave-one-set-out predictions (BENCHMARKS.md).

use super::model::Prediction;
use super::{Outcome, RuleVerdict, Understanding, round2};
use crate::i18n::Lang;
use crate::knowledge::TopicId;

/// A `none` total this high is an explicit refusal term ("Eurovision", "metro station").
const SURE_REFUSAL: f32 = 2.0;
/// The model answers on its own above this probability.
const MODEL_ANSWERS: f32 = 0.80;
/// Below this the model's best topic is not worth offering.
const MODEL_OFFERS: f32 = 0.30;
/// A further topic is offered beside the best when it has this much.
const ALSO_OFFER: f32 = 0.12;
/// The model overrules a vocabulary match when it gives "none" this much.
const MODEL_REFUSES: f32 = 0.60;
/// The model's own topic is answered over the vocabulary's when it is this sure of it. With 68
/// topics whose words overlap, the model is the better judge: on the held-out blind sets it was
/// right in 201 of 202 such disagreements (BENCHMARKS.md, round 4).
const MODEL_OVERRULES: f32 = 0.65;
/// A refusal term of the vocabulary ("Sumgait", "Karabakh") does not stand when the model is this
/// sure of a topic: the same words name neighbouring events and details of the topics ("the
/// Sumgait road", "the emergency in Karabakh on 15 January"). The model's topic is offered.
const MODEL_DOUBTS_REFUSAL: f32 = 0.90;
/// ... and answered when the model is this sure of it and gives "none" no more than
/// `MODEL_NONE_SMALL`: on the held-out blind sets that was so for 42 questions of their own topic
/// ("Yazov at Nasosnaya airfield", "when did the Eternal Flame open") and for 2 of the 957
/// questions to be refused that met a refusal term; at 0.90 "When was Elchibey born?" was
/// answered with the Popular Front (BENCHMARKS.md, round 6).
const MODEL_ANSWERS_OVER_REFUSAL: f32 = 0.95;
const MODEL_NONE_SMALL: f32 = 0.05;
/// "Agreeing" with the vocabulary means little when the model's best topic is a crumb beside its
/// "none": this sure of "none", with a refusal term of the vocabulary in the question too ("Hocalı
/// … ne zaman oldu", «конфликт в Карабахе в 1988»), the question is refused; this sure without
/// one, the vocabulary's topic is only offered ("Mütəllibov 1992-ci ildə niyə istefa verdi?").
/// On the held-out blind sets 9–17 no question answered right had the model this sure of "none".
const MODEL_SURE_NONE_WITH_TERM: f32 = 0.75;
const MODEL_SURE_NONE: f32 = 0.90;
/// The model's language is taken when it is this sure.
const MODEL_LANG: f32 = 0.90;
/// At most this many topics in a "did you mean".
const MAX_OFFERED: usize = 3;

pub fn decide(rules: &RuleVerdict, model: Option<&Prediction>, topics: usize) -> Understanding {
    let Some(model) = model else {
        let outcome = match rules.topic {
            Some(t) => Outcome::Answer(TopicId::from_index(t)),
            None => Outcome::OutOfScope,
        };
        return finish(outcome, rules.lang, rules.confidence);
    };
    let lang = language(rules.lang, model);
    let none = model.topics[topics];
    let ranked = ranked(model, topics);
    let (best, best_p) = ranked[0];
    if rules.topic.is_none() && rules.none >= SURE_REFUSAL && rules.none >= rules.score {
        if best_p >= MODEL_ANSWERS_OVER_REFUSAL && none <= MODEL_NONE_SMALL {
            return finish(Outcome::Answer(TopicId::from_index(best)), lang, best_p);
        }
        if best_p >= MODEL_DOUBTS_REFUSAL && best_p > none {
            return finish(Outcome::DidYouMean(vec![TopicId::from_index(best)]), lang, best_p);
        }
        return finish(Outcome::OutOfScope, lang, rules.confidence);
    }
    match rules.topic {
        Some(t) => {
            let agree = best == t || model.topics[t] >= 0.25;
            if agree && none >= MODEL_SURE_NONE_WITH_TERM && rules.none >= SURE_REFUSAL {
                finish(Outcome::OutOfScope, lang, none)
            } else if agree && none >= MODEL_SURE_NONE {
                finish(Outcome::DidYouMean(vec![TopicId::from_index(t)]), lang, none)
            } else if agree {
                let confidence = 0.5 * rules.confidence + 0.5 * (model.topics[t] + (1.0 - none)) / 2.0;
                finish(Outcome::Answer(TopicId::from_index(t)), lang, confidence)
            } else if none >= MODEL_REFUSES {
                finish(Outcome::DidYouMean(vec![TopicId::from_index(t)]), lang, none)
            } else if best_p >= MODEL_OVERRULES {
                finish(Outcome::Answer(TopicId::from_index(best)), lang, best_p)
            } else {
                // Neither is sure: both readings, and the model's next if it is close.
                let mut offered = vec![TopicId::from_index(t)];
                let others = ranked.iter().enumerate().filter(|&(i, &(c, p))| c != t && (i == 0 || p >= ALSO_OFFER));
                offered.extend(others.map(|(_, &(c, _))| TopicId::from_index(c)).take(MAX_OFFERED - 1));
                finish(Outcome::DidYouMean(offered), lang, best_p.max(rules.confidence * (1.0 - none)))
            }
        }
        None if best_p >= MODEL_ANSWERS => finish(Outcome::Answer(TopicId::from_index(best)), lang, best_p),
        None if best_p >= MODEL_OFFERS && best_p > none => {
            let offered: Vec<TopicId> = ranked
                .iter()
                .take(MAX_OFFERED)
                .enumerate()
                .filter(|&(i, &(_, p))| i == 0 || p >= ALSO_OFFER)
                .map(|(_, &(t, _))| TopicId::from_index(t))
                .collect();
            finish(Outcome::DidYouMean(offered), lang, best_p)
        }
        None => finish(Outcome::OutOfScope, lang, none.max(rules.confidence)),
    }
}

/// The best `MAX_OFFERED` topics (not "none") by the model's probability, best first. Only these
/// are ever looked at; sorting all of them cost more than the rest of the decision.
fn ranked(model: &Prediction, topics: usize) -> Vec<(usize, f32)> {
    best_of(model.topics[..topics].iter().copied().enumerate(), MAX_OFFERED)
}

/// The `k` best of `ranked` by probability (ties: the lower slot), best first.
pub(super) fn top(ranked: Vec<(usize, f32)>, k: usize) -> Vec<(usize, f32)> {
    best_of(ranked, k)
}

/// `top` in one pass that keeps the few best in order: every question ranks all the topics to
/// offer three. A better candidate takes the last place and moves up past the worse ones, a
/// few swaps where an insertion moved memory for each.
fn best_of(candidates: impl IntoIterator<Item = (usize, f32)>, k: usize) -> Vec<(usize, f32)> {
    let order = |a: &(usize, f32), b: &(usize, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let mut best: Vec<(usize, f32)> = Vec::with_capacity(k + 1);
    for candidate in candidates {
        // Most candidates are plainly below the last kept: that is told before their order is.
        let beaten = |last: &(usize, f32)| candidate.1 < last.1 || order(&candidate, last).is_ge();
        if k == 0 || best.len() == k && beaten(&best[k - 1]) {
            continue;
        }
        best.truncate(k - 1);
        best.push(candidate);
        let mut at = best.len() - 1;
        while at > 0 && order(&best[at], &best[at - 1]).is_lt() {
            best.swap(at, at - 1);
            at -= 1;
        }
    }
    best
}

/// The vocabulary tells a language by its function words and script; the model also reads
/// Russian in Latin letters, so where it is very sure, it decides.
fn language(rules: Option<Lang>, model: &Prediction) -> Option<Lang> {
    let (best, p) =
        model.langs.iter().map(|(l, &p)| (l, p)).fold((Lang::En, 0.0), |a, b| if b.1 > a.1 { b } else { a });
    if p >= MODEL_LANG { Some(best) } else { rules.or(Some(best).filter(|_| p >= 0.5)) }
}

fn finish(outcome: Outcome, lang: Option<Lang>, confidence: f32) -> Understanding {
    let topic = match &outcome {
        Outcome::Answer(t) => Some(*t),
        _ => None,
    };
    Understanding { outcome, topic, lang, confidence: round2(confidence.clamp(0.0, 1.0)) }
}
