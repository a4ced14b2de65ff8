//! Rendering only: each component reads the app context and dispatches
//! actions; none holds business rules.

mod app;
mod language_picker;
mod welcome;

pub use app::{App, AppProps};
