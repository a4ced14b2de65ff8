//! SCORE Readiness: a self-assessment widget for the ILO SCORE programme.
//!
//! Layers, from the inside out: `domain` (pure rules, no browser), `app`
//! (state and reducer), `components` (rendering), `host` (the page around the
//! widget). `trainer` is the trainer's workbench, a page of its own with its
//! own entry point (`src/bin/trainer.rs`). `i18n` reads the text catalogs (`catalogs/*.json`), one per
//! language, into typed structs.

#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod domain;
pub mod host;
pub mod i18n;
pub mod trainer;
