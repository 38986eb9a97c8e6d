//! The word lists that premises are told by, as data/conversation.toml writes them under `[premise]`.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(in crate::understand) struct MonthSource {
    pub number: u32,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub(in crate::understand) struct PremiseSource {
    pub names: Vec<String>,
    pub anchors: Vec<String>,
    pub places: Vec<String>,
    pub here: Vec<String>,
    pub comparatives: Vec<String>,
    pub approximations: Vec<String>,
    pub millions: Vec<String>,
    pub thousands: Vec<String>,
    pub counted: Vec<String>,
    pub agents: Vec<String>,
    pub compares: Vec<String>,
    pub comparisons: Vec<String>,
    pub month: Vec<MonthSource>,
}
