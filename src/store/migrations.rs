//! The schema's steps, in order, each written for both engines: `migrations/NNNN_name.sql` for
//! SQLite and its twin `migrations/postgres/NNNN_name.sql` for PostgreSQL. A new step is one
//! `step!` line here and the two files; `tests/store.rs` checks that every file has its twin.
//!
//! SQLite records how many steps ran in `PRAGMA user_version` (as it always has, so existing
//! databases open unchanged); PostgreSQL in the table `january20_schema`.

/// One step of the schema, for each engine.
pub(super) struct Migration {
    pub name: &'static str,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

macro_rules! step {
    ($name:literal) => {
        Migration {
            name: $name,
            sqlite: include_str!(concat!("../../migrations/", $name, ".sql")),
            postgres: include_str!(concat!("../../migrations/postgres/", $name, ".sql")),
        }
    };
}

/// In order; the position (from 1) is the schema version a step brings the database to.
pub(super) const MIGRATIONS: &[Migration] = &[
    step!("0001_init"),
    step!("0002_outbox_by_chat"),
    step!("0003_reminders_rendered_when_sent"),
    step!("0004_unanswered"),
    step!("0005_candles_and_chat_settings"),
    step!("0006_replicas"),
    step!("0007_health_probe"),
];

/// The names of the steps, for the test that every migration file is listed with its twin.
pub fn names() -> Vec<&'static str> {
    MIGRATIONS.iter().map(|m| m.name).collect()
}
