//! `schedule`: the reminder occurrences of a year, the same ones the scheduler uses; with
//! `--plan`, each one's wave for a given audience (start, end, rate, order, what a paid broadcast
//! would cost), so that an operator can rehearse the day before it comes.

use chrono::{DateTime, Datelike, SecondsFormat, Utc};
use serde::Serialize;

use super::PlanArgs;
use crate::calendar::{BAKU, Reminders};
use crate::delivery::budget::{Limits, PAID_PER_SECOND};
use crate::delivery::wave::{self, Audience, WavePlan};

#[derive(Serialize)]
struct JsonOccurrence {
    id: String,
    local: String,
    utc: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    wave: Option<JsonWave>,
}

#[derive(Serialize)]
struct JsonWave {
    chats: u64,
    start: String,
    end: String,
    lead_seconds: i64,
    rate_per_second: f64,
    budget_per_second: u32,
    paid_broadcast: bool,
    fits: bool,
    capacity: u64,
    late: u64,
    order: Vec<JsonSegment>,
    paid_cost_stars: String,
    /// Messages that go out in the night on Baku time, silently (`[quiet]`).
    silent: u64,
}

#[derive(Serialize)]
struct JsonSegment {
    part: &'static str,
    chats: u64,
    start: String,
    end: String,
}

fn rfc(t: DateTime<Utc>) -> String {
    t.with_timezone(&BAKU).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn json_wave(plan: &WavePlan) -> JsonWave {
    JsonWave {
        chats: plan.audience.total(),
        start: rfc(plan.start),
        end: rfc(plan.end),
        lead_seconds: plan.lead().num_seconds(),
        rate_per_second: (plan.rate * 100.0).round() / 100.0,
        budget_per_second: plan.budget_rate,
        paid_broadcast: plan.paid,
        fits: plan.fits(),
        capacity: plan.capacity,
        late: plan.late(),
        order: plan
            .segments
            .iter()
            .map(|s| JsonSegment { part: s.part.as_str(), chats: s.chats, start: rfc(s.start), end: rfc(s.end) })
            .collect(),
        paid_cost_stars: plan.paid_cost_stars(),
        silent: plan.silent,
    }
}

pub fn run(
    reminders: &Reminders,
    year: Option<i32>,
    now: DateTime<Utc>,
    json: bool,
    args: &PlanArgs,
) -> anyhow::Result<()> {
    let year = year.unwrap_or_else(|| now.with_timezone(&BAKU).year());
    let audience = Audience { private: args.subscribers, groups: args.groups, channels: args.channels };
    let limits = Limits::with_per_second(args.max_per_second);
    let list: Vec<JsonOccurrence> = reminders
        .occurrences(year)
        .into_iter()
        .map(|o| JsonOccurrence {
            id: o.reminder.clone(),
            local: o.local().to_rfc3339_opts(SecondsFormat::Secs, true),
            utc: o.at.to_rfc3339_opts(SecondsFormat::Secs, true),
            wave: args
                .plan
                .then(|| json_wave(&wave::plan(o.at, audience, &reminders.wave, &limits, args.paid_broadcast))),
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    for o in &list {
        println!("{:<8} {}  (Asia/Baku)   {}", o.id, o.local, o.utc);
        if let Some(w) = &o.wave {
            print_wave(w, reminders);
        }
    }
    Ok(())
}

fn clock_time(rfc: &str) -> &str {
    rfc.get(11..19).unwrap_or(rfc)
}

fn print_wave(w: &JsonWave, reminders: &Reminders) {
    let kind = if w.paid_broadcast { "paid broadcast" } else { "free limit" };
    println!(
        "  wave: {} chats at {:.1}/s ({kind}, {}/s), {} – {} Baku time, starting {} min {} s before the time",
        w.chats,
        w.rate_per_second,
        w.budget_per_second,
        clock_time(&w.start),
        clock_time(&w.end),
        w.lead_seconds / 60,
        w.lead_seconds % 60
    );
    for (i, s) in w.order.iter().enumerate() {
        println!("    {}. {:<15} {:>8}  {} – {}", i + 1, s.part, s.chats, clock_time(&s.start), clock_time(&s.end));
    }
    let quiet = &reminders.wave.quiet;
    let night = format!("{} – {}", quiet.from.format("%H:%M"), quiet.until.format("%H:%M"));
    println!("  silent: {} messages go out in the night ({night} Baku time), without a sound", w.silent);
    let lead = reminders.wave.lead.num_minutes();
    if w.fits {
        println!("  fits: the {lead}-minute window holds {} chats at {}/s", w.capacity, w.budget_per_second);
    } else {
        println!(
            "  DOES NOT FIT: the {lead}-minute window holds {} chats at {}/s; {} would get it after its time. \
             Lengthen [wave] lead_minutes in data/reminders.toml or use --paid-broadcast",
            w.capacity, w.budget_per_second, w.late
        );
    }
    if !w.paid_broadcast {
        println!(
            "  as a paid broadcast (up to {PAID_PER_SECOND}/s) it would cost {} Telegram Stars (0.1 per message)",
            w.paid_cost_stars
        );
    } else {
        println!("  cost: {} Telegram Stars (0.1 per message)", w.paid_cost_stars);
    }
}
