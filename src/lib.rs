//! january20-bot keeps the memory of the 20 January 1990 tragedy in Baku: it answers questions in
//! Azerbaijani, English and Russian and posts reminders on 19–20 January, Baku time.
//!
//! The core (knowledge, i18n, understand, calendar, answer, store, delivery) knows nothing of
//! Telegram; `app` decides what a chat can do; `telegram`, `cli` and `web` (the memorial page) are
//! thin adapters over it.

pub mod allocator;
pub mod answer;
pub mod app;
pub mod calendar;
pub mod card;
pub mod check;
pub mod cli;
pub mod clock;
pub mod connections;
pub mod delivery;
pub mod health;
pub mod html;
pub mod http;
pub mod i18n;
pub mod knowledge;
pub mod local_time;
pub mod logging;
pub mod metrics;
pub mod privacy;
pub mod quiet;
pub mod reply;
pub mod retention;
pub mod serve;
pub mod shutdown;
pub mod slowdown;
pub mod sources;
pub mod store;
pub mod telegram;
pub mod told;
pub mod understand;
pub mod web;
