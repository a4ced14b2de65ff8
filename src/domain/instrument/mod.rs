//! Instrument v1: the questions, scales, figures and profile choices. Data
//! only; scoring reads it generically. Its wording is in the catalogs
//! (`catalogs/*.json`), read into [`text::InstrumentText`].

use super::model::{Instrument, Module};

mod m1_cooperation;
mod m2_quality;
mod m3_cleaner_production;
mod m4_workforce;
mod m5_safety_health;
mod profile;
pub mod text;

#[cfg(test)]
mod content_tests;

pub const V1_ID: &str = "score-readiness/1";

static MODULES: [Module; 5] = [
    m1_cooperation::MODULE,
    m2_quality::MODULE,
    m3_cleaner_production::MODULE,
    m4_workforce::MODULE,
    m5_safety_health::MODULE,
];

pub static V1: Instrument = Instrument {
    version: V1_ID,
    modules: &MODULES,
    profile: profile::CHOICES,
};
