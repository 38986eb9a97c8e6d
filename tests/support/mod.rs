//! Shared support code for the integration tests.
//!
//! - [`fake_bot_api`]: an in-process fake Telegram Bot API server that
//!   validates every request against the official Bot API description, serves
//!   pushed updates to `getUpdates`, answers sends with parseable `Message`s,
//!   and can inject faults (429, 403, 400 migrate, 5xx, slow answers) and a
//!   rate cap.
//!
//! - [`app`]: the application layer on a temporary database and a manual clock (tests/app_*.rs).
//!
//! - [`bot`]: temporary databases, instants, and the bot run in-process.
//!
//! - [`db_proxy`]: a proxy to the test's PostgreSQL that a test cuts for an outage.
//!
//! - [`webdriver`]: headless Chromium through Debian's chromedriver, for the memorial page.
//!
//! Each test binary uses only part of this module, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod app;
pub mod bot;
pub mod db_proxy;
pub mod fake_bot_api;
pub mod measure;
pub mod page;
pub mod webdriver;

#[allow(unused_imports)]
pub use bot::*;
#[allow(unused_imports)]
pub use fake_bot_api::*;
