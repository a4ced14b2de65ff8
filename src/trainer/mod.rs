//! The trainer's workbench: collect many respondents' records, screen their
//! firms side by side and plan classes (README, "For trainers").
//!
//! It is a page of its own (`trainer.html`) with its own wasm entry point
//! (`src/bin/trainer.rs`): a respondent's widget never links any of this.
//! The rules live in `domain::workbench`; here are the workbench's state
//! (`state`: an `Action` enum and its reducer, tested natively), its words
//! (`words`) and its Yew components, one per file.

pub mod components;
pub mod hooks;
pub mod links;
pub mod sentences;
pub mod state;
pub mod words;
