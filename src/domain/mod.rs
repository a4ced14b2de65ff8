//! The assessment itself: the instrument, scoring, recommendation and the
//! file and link formats. Pure Rust with no browser dependency, so every rule
//! here is tested natively.

pub mod answers;
pub mod digits;
#[cfg(test)]
mod fixtures;
pub mod instrument;
pub mod invitation;
pub mod lang;
pub mod model;
pub mod recommend;
pub mod record;
pub mod scoring;
pub mod share;
pub mod workbench;
