//! SCORE Readiness: a self-assessment widget for the ILO SCORE programme.
//! The crate root exposes every layer so native tests can reach them.

pub mod domain;
